"""Budget files: the JSON a lab saves, opens and runs headless (issue 3, item 7).

A budget holds ``model``, ``inputs`` (each with ``name`` and either ``observations`` or an
``estimate`` with ``std_uncertainty`` | ``half_width`` | ``expanded_uncertainty`` + ``k`` (or
``coverage_probability``); ``distribution``, ``dof`` (null = infinite), ``unit``, ``correlations``
as ``{other: r}``), ``coverage_probability``, ``method`` (gum, mcm, both) and ``mcm`` (trials,
seed, interval, adaptive). A curve file is ``{"fit": {...}}``. Every mistake becomes a
:class:`BudgetError` whose message names the field.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from uncertainty.coverage import DEFAULT_COVERAGE_PROBABILITY
from uncertainty.dual import DimensionError
from uncertainty.errors import Phrase, UncertaintyError
from uncertainty.gum import GumResult, check_units, propagate
from uncertainty.inputs import InputError, InputQuantity, dof_from_relative_uncertainty
from uncertainty.mcm import McmResult, monte_carlo, validate_gum
from uncertainty.model import Model, ModelError
from uncertainty.units import UnitError

log = logging.getLogger(__name__)

METHODS = ("gum", "mcm", "both")
# Keys the reference case file carries for people, not for the engine.
_DESCRIPTIVE = {
    "id",
    "category",
    "status",
    "source",
    "expected",
    "tolerance",
    "notes",
    "note",
    "units",
    "title",
    "description",
}


class BudgetError(UncertaintyError):
    """A budget file that cannot be evaluated; the message says which field and why."""


@dataclass(frozen=True)
class McmSettings:
    trials: int = 1_000_000
    seed: int | None = None
    interval: str = "symmetric"
    adaptive: bool = False


@dataclass(frozen=True)
class Budget:
    """A parsed budget, ready to evaluate.

    >>> b = Budget.from_dict({"model": "y = a + b", "inputs": [
    ...     {"name": "a", "estimate": 1, "std_uncertainty": 0.3, "unit": "V"},
    ...     {"name": "b", "estimate": 2, "std_uncertainty": 0.4, "unit": "V"}]})
    >>> out = evaluate(b)["outputs"]["y"]
    >>> out["y"], out["u_c"], out["report"]
    (3.0, 0.5, 'y = (3.0 ± 1.0) V, k = 2.00, p ≈ 95.45 %')
    """

    model: Model
    inputs: tuple[InputQuantity, ...]
    correlations: Mapping[tuple[str, str], float]
    coverage_probability: float = DEFAULT_COVERAGE_PROBABILITY
    method: str = "gum"
    mcm: McmSettings = McmSettings()
    cmc: Mapping[str, float] = field(default_factory=dict)
    output_units: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Any) -> Budget:
        """Read a budget from parsed JSON; :class:`BudgetError` says what is wrong."""
        if not isinstance(data, dict):
            raise BudgetError(
                "A budget file must hold one JSON object with 'model' and 'inputs'.", values={}
            )
        if "model" not in data or not isinstance(data["model"], str):
            raise BudgetError("The budget has no 'model' text (e.g. \"y = a + b\").", values={})
        try:
            model = Model.parse(data["model"])
        except ModelError as exc:
            raise BudgetError("The model: {reason}", values={"reason": exc}) from None
        raw_inputs = data.get("inputs")
        if not isinstance(raw_inputs, list) or not raw_inputs:
            raise BudgetError(
                "The budget's 'inputs' must be a list with one entry per input.", values={}
            )
        warnings: list[str] = []
        inputs = tuple(_input(raw, i, warnings) for i, raw in enumerate(raw_inputs, start=1))
        _check_unique([x.name for x in inputs])
        missing = [n for n in model.inputs if n not in {x.name for x in inputs}]
        if missing:
            listed = ", ".join(repr(n) for n in missing)
            if len(missing) == 1:
                raise BudgetError(
                    "The model uses {listed}, which is not an input of the budget: "
                    "add it to 'inputs' or correct the spelling.",
                    values={"listed": listed},
                )
            raise BudgetError(
                "The model uses {listed}, which are not inputs of the budget: "
                "add it to 'inputs' or correct the spelling.",
                values={"listed": listed},
            )
        correlations = _correlations(raw_inputs)
        p = _probability(data.get("coverage_probability", DEFAULT_COVERAGE_PROBABILITY))
        method = data.get("method", "gum")
        if method not in METHODS:
            raise BudgetError(
                "'method' must be one of {known}, not {method!r}.",
                values={"known": ", ".join(METHODS), "method": method},
            )
        unknown = (
            set(data)
            - _DESCRIPTIVE
            - {"model", "inputs", "coverage_probability", "method", "mcm", "cmc", "output_units"}
        )
        warnings.extend(
            Phrase("The key '{key}' is not part of a budget and was ignored.", values={"key": k})
            for k in sorted(unknown)
        )
        return cls(
            model,
            inputs,
            correlations,
            p,
            method,
            _mcm(data.get("mcm") or {}),
            _number_map(data.get("cmc"), "cmc"),
            _text_map(data.get("output_units")),
            tuple(warnings),
        )

    def with_method(
        self, method: str | None = None, trials: int | None = None, seed: int | None = None
    ) -> Budget:
        """The same budget with the command line's --method, --trials and --seed applied."""
        from dataclasses import replace

        if method is not None and method not in METHODS:
            raise BudgetError(
                "--method must be one of {known}.", values={"known": ", ".join(METHODS)}
            )
        mcm = replace(
            self.mcm,
            trials=trials if trials is not None else self.mcm.trials,
            seed=seed if seed is not None else self.mcm.seed,
        )
        if trials is not None and trials < 1:
            raise BudgetError("--trials must be a whole number of 1 or more.", values={})
        return replace(self, method=method or self.method, mcm=mcm)


def _input(raw: Any, position: int, warnings: list[str]) -> InputQuantity:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"]:
        raise BudgetError("Input {position} has no 'name'.", values={"position": position})
    name = raw["name"]
    try:
        return _build_input(raw, name, warnings)
    except InputError as exc:
        raise BudgetError.retold(exc) from None
    except (TypeError, ValueError) as exc:
        raise BudgetError(
            "Input '{name}': a value is not a number ({reason}).",
            values={"name": name, "reason": exc},
        ) from None


def _build_input(raw: dict, name: str, warnings: list[str]) -> InputQuantity:
    unit = str(raw.get("unit") or "")
    if raw.get("components"):
        parts = [_input(c, i, warnings) for i, c in enumerate(raw["components"], start=1)]
        return InputQuantity.combined(name, parts, unit)
    if raw.get("observations") is not None:
        return InputQuantity.type_a(name, raw["observations"], unit)
    if "estimate" not in raw:
        raise InputError(
            "Input '{name}': give an 'estimate' (or 'observations').", values={"name": name}
        )
    x = _finite(raw["estimate"], name, "estimate")
    dof = _dof(raw, name)
    kind = str(raw.get("distribution", "normal")).lower().replace("_", "-")
    kind = {"uniform": "rectangular", "u-shaped": "arcsine", "t": "student-t"}.get(kind, kind)
    if kind in ("rectangular", "triangular", "arcsine", "trapezoidal"):
        return _bounded(raw, name, x, kind, dof, unit, warnings)
    if kind == "student-t":
        return InputQuantity.student_t(name, x, _finite(raw.get("scale"), name, "scale"), dof, unit)
    if kind != "normal":
        raise InputError(
            "Input '{name}': '{distribution}' is not a distribution CalDesk knows.",
            values={"name": name, "distribution": raw.get("distribution")},
        )
    if raw.get("std_uncertainty") is not None:
        return InputQuantity.normal(
            name, x, _finite(raw["std_uncertainty"], name, "std_uncertainty"), dof=dof, unit=unit
        )
    return InputQuantity.normal(
        name,
        x,
        expanded_uncertainty=_optional(raw, "expanded_uncertainty", name),
        k=_optional(raw, "k", name),
        coverage_probability=_optional(raw, "coverage_probability", name),
        dof=dof,
        unit=unit,
    )


def _bounded(
    raw: dict, name: str, x: float, kind: str, dof: float, unit: str, warnings: list[str]
) -> InputQuantity:
    build: dict[str, Callable[..., InputQuantity]] = {
        "rectangular": InputQuantity.rectangular,
        "triangular": InputQuantity.triangular,
        "arcsine": InputQuantity.arcsine,
    }
    half = raw.get("half_width")
    if half is None and raw.get("std_uncertainty") is None:
        raise InputError(
            "Input '{name}': a {kind} distribution needs its 'half_width'.",
            values={"name": name, "kind": kind},
        )
    if kind == "trapezoidal":
        beta = _finite(raw.get("beta", 0.0), name, "beta")
        return InputQuantity.trapezoidal(
            name, x, _finite(half, name, "half_width"), beta, dof, unit
        )
    if half is None:
        divisor = {"rectangular": math.sqrt(3), "triangular": math.sqrt(6), "arcsine": math.sqrt(2)}
        half = _finite(raw["std_uncertainty"], name, "std_uncertainty") * divisor[kind]
    made = build[kind](name, x, _finite(half, name, "half_width"), dof, unit)
    stated = raw.get("std_uncertainty")
    if stated is not None and not math.isclose(float(stated), made.std_uncertainty, rel_tol=1e-6):
        warnings.append(
            Phrase(
                "Input '{name}': the stated u = {stated} does not match the {kind} half-width "
                "{half} (u = {u:.6g}); the half-width was used.",
                values={
                    "name": name,
                    "stated": stated,
                    "kind": kind,
                    "half": half,
                    "u": made.std_uncertainty,
                },
            )
        )
    return made


def _dof(raw: dict, name: str) -> float:
    if raw.get("relative_uncertainty_of_u") is not None:
        return dof_from_relative_uncertainty(
            _finite(raw["relative_uncertainty_of_u"], name, "relative_uncertainty_of_u")
        )
    dof = raw.get("dof")
    if dof is None:
        return math.inf
    value = _finite(dof, name, "dof")
    if value <= 0:
        raise InputError(
            "Input '{name}': 'dof' must be above zero (null means infinite).",
            values={"name": name},
        )
    return value


def _finite(value: Any, name: str, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InputError(
            "Input '{name}': '{what}' must be a finite number, not {value!r}.",
            values={"name": name, "what": what, "value": value},
        )
    return float(value)


def _optional(raw: dict, key: str, name: str) -> float | None:
    return None if raw.get(key) is None else _finite(raw[key], name, key)


def _check_unique(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise BudgetError(
                "Two inputs are named '{name}'; each input needs its own name.",
                values={"name": name},
            )
        seen.add(name)


def _correlations(raw_inputs: list[dict]) -> dict[tuple[str, str], float]:
    pairs: dict[tuple[str, str], float] = {}
    for raw in raw_inputs:
        given = raw.get("correlations") or {}
        if not isinstance(given, dict):
            raise BudgetError(
                "Input '{name}': 'correlations' must be {{other_name: r}}.",
                values={"name": raw["name"]},
            )
        for other, r in given.items():
            with_other = Phrase("correlation with {other}", values={"other": other})
            value = _finite(r, raw["name"], with_other)
            key = tuple(sorted((raw["name"], other)))
            if key in pairs and not math.isclose(pairs[key], value):
                raise BudgetError(
                    "'{first}' and '{second}' are given two different correlations.",
                    values={"first": key[0], "second": key[1]},
                )
            pairs[key] = value  # type: ignore[index]
    return pairs  # type: ignore[return-value]


def _probability(p: Any) -> float:
    if isinstance(p, bool) or not isinstance(p, int | float) or not 0 < p < 1:
        raise BudgetError(
            "'coverage_probability' must lie between 0 and 1 (e.g. 0.9545), not {p!r}.",
            values={"p": p},
        )
    return float(p)


def _mcm(raw: Any) -> McmSettings:
    if not isinstance(raw, dict):
        raise BudgetError(
            "'mcm' must be an object with trials, seed, interval, adaptive.", values={}
        )
    trials = raw.get("trials", 1_000_000)
    if isinstance(trials, float) and trials.is_integer():
        trials = int(trials)
    if isinstance(trials, bool) or not isinstance(trials, int) or trials < 1:
        raise BudgetError(
            "'mcm.trials' must be a whole number of 1 or more, not {trials!r}.",
            values={"trials": trials},
        )
    seed = raw.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise BudgetError(
            "'mcm.seed' must be a whole number of 0 or more, not {seed!r}.", values={"seed": seed}
        )
    interval = raw.get("interval", "symmetric")
    if interval not in ("symmetric", "shortest"):
        raise BudgetError(
            "'mcm.interval' must be symmetric or shortest, not {interval!r}.",
            values={"interval": interval},
        )
    return McmSettings(trials, seed, interval, bool(raw.get("adaptive", False)))


def _number_map(raw: Any, key: str) -> dict[str, float]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, int | float) for v in raw.values()):
        raise BudgetError("'{key}' must map output names to numbers.", values={"key": key})
    return {str(k): float(v) for k, v in raw.items()}


def _text_map(raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise BudgetError("'output_units' must map output names to units.", values={})
    return {str(k): str(v) for k, v in raw.items()}


# --- evaluation -----------------------------------------------------------------------------------
def evaluate(budget: Budget, checkpoint: Callable[[int, int], None] | None = None) -> dict:
    """Run the budget by its method and return the JSON-ready report of issue 3, item 7."""
    warnings = list(budget.warnings)
    try:
        units = check_units(budget.model, budget.inputs, budget.output_units)
    except (UnitError, DimensionError) as exc:
        raise BudgetError("Units: {reason}", values={"reason": exc}) from None
    warnings.extend(units.notes)
    try:
        gum = propagate(
            budget.model,
            budget.inputs,
            budget.correlations,
            budget.coverage_probability,
            budget.cmc,
            units.units,
        )
    except ModelError as exc:
        raise BudgetError.retold(exc) from None
    warnings.extend(gum.warnings)
    mcm = None
    if budget.method in ("mcm", "both"):
        s = budget.mcm
        try:
            mcm = monte_carlo(
                budget.model,
                budget.inputs,
                budget.correlations,
                budget.coverage_probability,
                s.trials,
                s.seed,
                s.interval,
                s.adaptive,
                checkpoint=checkpoint,
            )
        except ModelError as exc:
            raise BudgetError.retold(exc) from None
        warnings.extend(mcm.warnings)
    return report(budget, gum, mcm, warnings)


def report(budget: Budget, gum: GumResult, mcm: McmResult | None, warnings: list[str]) -> dict:
    """The JSON document `main.py uncertainty` prints (plain numbers; null for infinite ν)."""
    outputs = {}
    for out in gum.outputs:
        entry: dict[str, Any] = {
            "y": out.value,
            "u_c": out.std_uncertainty,
            "nu_eff": None if math.isinf(out.dof) else out.dof,
            "k": out.coverage_factor,
            "U": out.reported_expanded_uncertainty,
            "coverage_probability": out.coverage_probability,
            "interval": [
                out.value - out.expanded_uncertainty,
                out.value + out.expanded_uncertainty,
            ],
            "unit": out.unit,
            "budget": [_row(r) for r in out.budget],
            "report": out.reported.line(
                out.name, out.unit, out.coverage_factor, out.coverage_probability
            )
            if out.reported
            else f"{out.name} = {out.value!r} (no uncertainty)",
        }
        if mcm is not None:
            m = mcm.output(out.name)
            v = validate_gum(out, m)
            entry["mcm"] = {
                "mean": m.mean,
                "u": m.std_uncertainty,
                "interval_low": m.interval.low,
                "interval_high": m.interval.high,
                "interval": m.interval.kind,
                "trials": mcm.trials,
                "seed": mcm.seed,
                "adaptive": mcm.adaptive,
                "converged": mcm.converged,
                "validation": {
                    "d_low": v.d_low,
                    "d_high": v.d_high,
                    "tolerance": v.tolerance,
                    "passed": v.passed,
                },
            }
            if budget.method == "mcm":
                _mcm_as_primary(entry, m)
        outputs[out.name] = entry
    names = [o.name for o in gum.outputs]
    correlations = {
        f"{a},{b}": gum.correlation(a, b)
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if _both_uncertain(gum, a, b)
    }
    return json_safe(
        {
            "outputs": outputs,
            "correlations": correlations,
            "warnings": list(dict.fromkeys(warnings)),
        }
    )


def json_safe(value: Any) -> Any:
    """JSON has no infinity: an infinite ν or an unbounded tolerance is written as null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def _both_uncertain(gum: GumResult, a: str, b: str) -> bool:
    return gum.output(a).std_uncertainty > 0 and gum.output(b).std_uncertainty > 0


def _mcm_as_primary(entry: dict, m: Any) -> None:
    from uncertainty.coverage import round_for_report

    half = (m.interval.high - m.interval.low) / 2.0
    entry.update(
        {
            "y": m.mean,
            "u_c": m.std_uncertainty,
            "nu_eff": None,
            "k": None,
            "U": half,
            "interval": [m.interval.low, m.interval.high],
        }
    )
    shown = round_for_report(m.mean, half) if half > 0 else None
    unit = f" {entry['unit']}" if entry["unit"] else ""
    if shown:
        digits = shown.decimals + 1
        low, high = f"{m.interval.low:.{digits}f}", f"{m.interval.high:.{digits}f}"
        entry["report"] = (
            f"{m.name} = {shown.value}{unit}, {m.interval.kind} coverage interval "
            f"[{low}, {high}]{unit}, p = {m.coverage_probability * 100:.2f} % (JCGM 101)"
        )


def _row(r: Any) -> dict:
    return {
        "name": r.name,
        "estimate": r.estimate,
        "u": r.std_uncertainty,
        "unit": r.unit,
        "distribution": r.distribution,
        "c": r.sensitivity,
        "contribution": r.contribution,
        "index_pct": r.index_percent,
        "dof": None if math.isinf(r.dof) else r.dof,
    }
