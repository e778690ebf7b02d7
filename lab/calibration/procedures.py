"""Procedures as versioned data: ``resources/procedures/NAME.vN.json`` (issue 6, item 1).

A procedure says how a kind of device is calibrated: the quantity, the test points, readings per
point, how the reference and the unit under test are read (a driver, a sourced value, weights
placed by hand, or values typed in), the budget template of one point, the tolerance and the
decision rule. A changed procedure is a new file with a higher version; a calibration keeps the
name and version it ran, so older versions stay loadable.
"""

from __future__ import annotations

import json
import logging
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lab.sentences import SaysWhy, Sentence, sentence
from lab.storage.text import fold

log = logging.getLogger(__name__)

PROCEDURES_DIR = Path(__file__).resolve().parents[2] / "resources" / "procedures"
# A lab keeping its own procedures elsewhere points CALDESK_PROCEDURES at that folder.
PROCEDURES_ENV = "CALDESK_PROCEDURES"
ENTRIES = ("driver", "source", "weights", "keyboard")
DECISION_RULES = ("simple", "guarded", "non-binary")


class ProcedureError(SaysWhy, ValueError):
    """A procedure file that cannot be used; the sentence names the file and the field."""


@dataclass(frozen=True)
class Role:
    """How one side of the comparison is read: ``entry`` and, for a driver, which one."""

    entry: str
    role: str = ""
    driver: str | None = None
    function: str | None = None


@dataclass(frozen=True)
class Stability:
    window: int = 3
    relative_tolerance: float = 0.0
    absolute_tolerance: float = 0.0
    time_limit_s: float = 30.0

    def tolerance_at(self, value: float) -> float:
        return self.absolute_tolerance + self.relative_tolerance * abs(value)


@dataclass(frozen=True)
class Procedure:
    name: str
    version: int
    title: str
    quantity: str
    unit: str | None
    applies_to: tuple[str, ...]
    points: dict[str, tuple[float, ...]]
    readings_per_point: int
    reference: Role
    unit_under_test: Role
    stability: Stability
    tolerance: dict[str, Any]
    decision_rule: str
    budget: dict[str, Any] = field(repr=False)
    source: str = ""
    title_vi: str = ""  # the title as the Vietnamese side of a certificate prints it
    # The lab's calibration and measurement capability, when the procedure states it: U at a
    # point is never printed below absolute + relative·|nominal| (ILAC-P14 6), in ``unit``.
    cmc: dict[str, float] | None = None

    def cmc_at(self, nominal: float) -> float | None:
        """The CMC at ``nominal`` (in the procedure's unit), or None when none is stated.

        >>> from dataclasses import replace
        >>> dmm = find_procedure("dmm-dc-voltage")
        >>> dmm.cmc_at(10.0) is None
        True
        >>> round(replace(dmm, cmc={"absolute": 1e-6, "relative": 1e-5}).cmc_at(10.0), 9)
        0.000101
        """
        if not self.cmc:
            return None
        return self.cmc.get("absolute", 0.0) + self.cmc.get("relative", 0.0) * abs(nominal)

    def applies_to_kind(self, kind: str | None) -> bool:
        return fold(kind or "") in {fold(k) for k in self.applies_to}

    def summary(self) -> dict[str, Any]:
        """What ``procedures --json`` prints for this procedure."""
        return {
            "name": self.name,
            "version": self.version,
            "title": self.title,
            "quantity": self.quantity,
            "device_kinds": list(self.applies_to),
            "decision_rule": self.decision_rule,
            "readings_per_point": self.readings_per_point,
        }


def load_procedure(path: Path) -> Procedure:
    """Read and check one procedure file; :class:`ProcedureError` names what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProcedureError(
            sentence("{file}: cannot be read as JSON ({why}).", file=path.name, why=exc)
        ) from None
    try:
        return _procedure(data, path.name)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ProcedureError):
            raise
        raise ProcedureError(
            sentence("{file}: {why}", file=path.name, why=_describe(exc))
        ) from None


def _describe(exc: Exception) -> Sentence | str:
    if isinstance(exc, KeyError):
        return sentence("the field {field!r} is missing.", field=exc.args[0])
    return str(exc)


def _procedure(data: dict, source: str) -> Procedure:
    points = {k: tuple(float(v) for v in vs) for k, vs in data["points"].items()}
    if not points or set(points) - {"nominal", "fraction_of_range"}:
        raise ProcedureError(
            sentence("{file}: 'points' needs 'nominal' or 'fraction_of_range'.", file=source)
        )
    rule = data["decision_rule"]
    if rule not in DECISION_RULES:
        raise ProcedureError(
            sentence(
                "{file}: the decision rule must be one of {rules}.",
                file=source,
                rules=DECISION_RULES,
            )
        )
    readings = int(data["readings_per_point"])
    if readings < 1:
        raise ProcedureError(
            sentence("{file}: 'readings_per_point' must be 1 or more.", file=source)
        )
    reference, uut = _role(data["reference"], source), _role(data["unit_under_test"], source)
    return Procedure(
        name=str(data["name"]),
        version=int(data["version"]),
        title=str(data["title"]),
        quantity=str(data["quantity"]),
        unit=data.get("unit"),
        applies_to=tuple(str(k) for k in data["applies_to"]),
        points=points,
        readings_per_point=readings,
        reference=reference,
        unit_under_test=uut,
        stability=Stability(**data.get("stability", {})),
        tolerance=dict(data.get("tolerance") or {"from": "device accuracy"}),
        decision_rule=rule,
        budget=_budget_template(data["budget"], source),
        source=source,
        title_vi=str(data.get("title_vi", "")),
        cmc=_cmc(data.get("cmc"), source),
    )


def _cmc(data: Any, source: str) -> dict[str, float] | None:
    if data is None:
        return None
    if not isinstance(data, dict) or not data or set(data) - {"absolute", "relative"}:
        raise ProcedureError(
            sentence("{file}: 'cmc' needs 'absolute' and/or 'relative' (numbers).", file=source)
        )
    values = {k: float(v) for k, v in data.items()}
    if any(not math.isfinite(v) or v < 0 for v in values.values()):
        raise ProcedureError(
            sentence("{file}: the 'cmc' values must be zero or positive numbers.", file=source)
        )
    return values


def _role(data: dict, source: str) -> Role:
    role = Role(
        entry=data["entry"],
        role=data.get("role", ""),
        driver=data.get("driver"),
        function=data.get("function"),
    )
    if role.entry not in ENTRIES:
        raise ProcedureError(
            sentence(
                "{file}: entry {entry!r} is not one of {entries}.",
                file=source,
                entry=role.entry,
                entries=ENTRIES,
            )
        )
    if role.entry in ("driver", "source") and not role.driver:
        raise ProcedureError(
            sentence(
                "{file}: an entry by {entry} needs its 'driver'.", file=source, entry=role.entry
            )
        )
    return role


def _budget_template(budget: dict, source: str) -> dict:
    if not isinstance(budget.get("model"), str) or not isinstance(budget.get("inputs"), list):
        raise ProcedureError(
            sentence("{file}: the budget needs a 'model' and a list of 'inputs'.", file=source)
        )
    return budget


def procedures_dir() -> Path:
    """The folder procedures are read from: ``$CALDESK_PROCEDURES`` or the shipped one."""
    return Path(os.environ[PROCEDURES_ENV]) if os.environ.get(PROCEDURES_ENV) else PROCEDURES_DIR


def shipped_procedures(directory: Path | None = None) -> list[Procedure]:
    """Every procedure version in ``directory``, by name then version."""
    directory = directory or procedures_dir()
    found = [load_procedure(p) for p in sorted(directory.glob("*.json"))]
    seen: set[tuple[str, int]] = set()
    for p in found:
        if (p.name, p.version) in seen:
            raise ProcedureError(
                sentence(
                    "Two files define {procedure} version {version}.",
                    procedure=p.name,
                    version=p.version,
                )
            )
        seen.add((p.name, p.version))
    return sorted(found, key=lambda p: (p.name, p.version))


def latest_procedures(directory: Path | None = None) -> list[Procedure]:
    """The newest version of each procedure."""
    newest: dict[str, Procedure] = {}
    for p in shipped_procedures(directory):
        newest[p.name] = p
    return list(newest.values())


def find_procedure(
    name: str, version: int | None = None, directory: Path | None = None
) -> Procedure:
    """A procedure by name (its newest version unless ``version`` is given)."""
    matches = [p for p in shipped_procedures(directory) if p.name == name]
    if version is not None:
        matches = [p for p in matches if p.version == version]
    if not matches:
        known = ", ".join(p.name for p in latest_procedures(directory))
        which = (
            name
            if version is None
            else sentence("{procedure} version {version}", procedure=name, version=version)
        )
        raise ProcedureError(
            sentence(
                "There is no procedure {which}; the procedures are: {known}.",
                which=which,
                known=known,
            )
        )
    return matches[-1]


def procedures_for_kind(kind: str | None, directory: Path | None = None) -> list[Procedure]:
    return [p for p in latest_procedures(directory) if p.applies_to_kind(kind)]


# --- budget templates -----------------------------------------------------------------------------
def fill_template(value: Any, context: dict[str, Any]) -> Any:
    """A template value with its ``$name`` and ``NUMBER*$name`` placeholders filled in.

    Only these two forms exist, so a procedure file can never run code.

    >>> fill_template({"half_width": "0.5*$resolution"}, {"resolution": 0.001})
    {'half_width': 0.0005}
    >>> fill_template("$readings", {"readings": [1.0, 2.0]})
    [1.0, 2.0]
    """
    if isinstance(value, dict):
        return {k: fill_template(v, context) for k, v in value.items()}
    if isinstance(value, list):
        return [fill_template(v, context) for v in value]
    if not isinstance(value, str) or "$" not in value:
        return value
    factor_text, _, name = value.rpartition("$")
    factor = 1.0
    if factor_text:
        factor = float(factor_text.rstrip("*"))
    if name not in context:
        raise ProcedureError(
            sentence("The budget template uses ${name}, which a point does not provide.", name=name)
        )
    filled = context[name]
    return filled if factor_text == "" else factor * float(filled)


def point_budget(procedure: Procedure, context: dict[str, Any]) -> dict:
    """The budget of one point: the template filled in, ready for :mod:`uncertainty.budget`.

    A bounded input whose half-width comes out as 0 (no drift stated, say) becomes an exact
    input: the engine rightly refuses a rectangular distribution of zero width.
    """
    budget = fill_template(procedure.budget, context)
    budget["inputs"] = [_exact_if_zero_width(i) for i in budget["inputs"]]
    return budget


def _exact_if_zero_width(item: dict) -> dict:
    half = item.get("half_width")
    if half is not None and math.isclose(float(half), 0.0, abs_tol=0.0):
        exact = {k: v for k, v in item.items() if k not in ("half_width", "distribution")}
        exact["std_uncertainty"] = 0.0
        return exact
    if item.get("expanded_uncertainty") is not None and float(item["expanded_uncertainty"]) == 0:
        exact = {k: v for k, v in item.items() if k not in ("expanded_uncertainty", "k")}
        exact["std_uncertainty"] = 0.0
        return exact
    return item
