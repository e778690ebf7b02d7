"""The law of propagation of uncertainty (JCGM 100, the GUM), with exact sensitivities.

Sensitivity coefficients come from forward-mode automatic differentiation (:mod:`uncertainty.dual`)
of the parsed model, so they are exact to floating-point accuracy (GUM 5.1.3). Correlated inputs
enter through their correlation coefficients (GUM 5.2.2); several outputs get their covariance and
correlation (GUM H.2, JCGM 102 6.2). ν_eff is Welch–Satterthwaite (GUM G.4.1), with the stated
treatment of correlated inputs in :func:`effective_dof`.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from uncertainty.coverage import (
    DEFAULT_COVERAGE_PROBABILITY,
    ReportedResult,
    coverage_factor,
    round_for_report,
)
from uncertainty.dual import Dimension, DimensionError, Dual
from uncertainty.errors import Phrase
from uncertainty.inputs import InputQuantity
from uncertainty.model import Model, ModelError
from uncertainty.units import UnitError, parse_unit

log = logging.getLogger(__name__)

Correlations = Mapping[tuple[str, str], float]


@dataclass(frozen=True)
class BudgetRow:
    """One line of the uncertainty budget of one output (GUM 8, EA-4/02 table)."""

    name: str
    estimate: float
    std_uncertainty: float
    unit: str
    distribution: str
    sensitivity: float  # c_i = ∂f/∂x_i at the estimates
    contribution: float  # |c_i| u(x_i)
    index_percent: float  # share of u_c², correlation terms included; the rows sum to 100
    dof: float


@dataclass(frozen=True)
class GumOutput:
    """The GUM result for one output quantity."""

    name: str
    value: float
    std_uncertainty: float
    dof: float  # ν_eff; math.inf for infinite
    coverage_factor: float
    expanded_uncertainty: float
    coverage_probability: float
    budget: tuple[BudgetRow, ...]
    reported: ReportedResult | None
    unit: str = ""
    cmc: float | None = None

    @property
    def reported_expanded_uncertainty(self) -> float:
        """U as stated on the certificate: never below the lab's CMC (ILAC-P14 5.4)."""
        if self.cmc is not None and self.expanded_uncertainty < self.cmc:
            return self.cmc
        return self.expanded_uncertainty


@dataclass(frozen=True)
class GumResult:
    """Every output of a model with their covariance, and what the user should be told.

    >>> m = Model.parse("P = V*I")
    >>> V, I = InputQuantity.normal("V", 10.0, 0.1), InputQuantity.normal("I", 2.0, 0.02)
    >>> r = propagate(m, [V, I])
    >>> out = r.output("P")
    >>> out.value, round(out.std_uncertainty, 6), out.dof
    (20.0, 0.282843, inf)
    """

    outputs: tuple[GumOutput, ...]
    covariance: tuple[tuple[float, ...], ...]
    warnings: tuple[str, ...]

    def output(self, name: str) -> GumOutput:
        for out in self.outputs:
            if out.name == name:
                return out
        raise KeyError(name)

    def correlation(self, first: str, second: str) -> float:
        """r(y_a, y_b) between two outputs (GUM H.2.3)."""
        names = [o.name for o in self.outputs]
        i, j = names.index(first), names.index(second)
        cov = self.covariance
        return cov[i][j] / math.sqrt(cov[i][i] * cov[j][j])


def correlation_matrix(
    inputs: Sequence[InputQuantity], correlations: Correlations | None
) -> np.ndarray:
    """The inputs' correlation matrix, checked: |r| ≤ 1, symmetric, positive semidefinite.

    >>> a, b = InputQuantity.normal("a", 0, 1), InputQuantity.normal("b", 0, 1)
    >>> correlation_matrix([a, b], {("a", "b"): 0.5}).tolist()
    [[1.0, 0.5], [0.5, 1.0]]
    """
    names = [x.name for x in inputs]
    matrix = np.eye(len(names))
    for (first, second), r in (correlations or {}).items():
        for name in (first, second):
            if name not in names:
                raise ModelError(
                    "The correlation names '{name}', which is not an input.",
                    values={"name": name},
                )
        if first == second:
            raise ModelError(
                "Input '{name}' cannot be given a correlation with itself.",
                values={"name": first},
            )
        pair = {"first": first, "second": second}
        if not -1.0 <= r <= 1.0:
            raise ModelError(
                "The correlation of '{first}' and '{second}' must lie in [-1, 1].", values=pair
            )
        i, j = names.index(first), names.index(second)
        if matrix[i, j] not in (0.0, r):
            raise ModelError(
                "'{first}' and '{second}' are given two different correlations.", values=pair
            )
        matrix[i, j] = matrix[j, i] = r
    if len(names) and np.linalg.eigvalsh(matrix).min() < -1e-10:
        raise ModelError(
            "The correlation coefficients contradict each other (the matrix is not positive "
            "semidefinite): check the signs and sizes of the r values.",
            values={},
        )
    return matrix


def sensitivities(model: Model, inputs: Sequence[InputQuantity]) -> tuple[np.ndarray, np.ndarray]:
    """Output values y (m,) and the Jacobian ∂y/∂x (m, n) at the estimates (GUM 5.1.3).

    >>> m = Model.parse("y = x1 * sin(x2)")
    >>> y, c = sensitivities(m, [InputQuantity.normal("x1", 2.0, 0.1),
    ...                          InputQuantity.normal("x2", 0.0, 0.1)])
    >>> y.tolist(), c.tolist()
    ([0.0], [[0.0, 2.0]])
    """
    names = [x.name for x in inputs]
    _check_inputs_cover(model, names)
    env = {x.name: Dual.variable(x.estimate, i, len(names)) for i, x in enumerate(inputs)}
    with np.errstate(all="ignore"):
        results = model.evaluate(env)
    values, jacobian = [], []
    for name in model.outputs:
        result = results[name]
        value, grad = _as_dual(result, len(names))
        if not np.all(np.isfinite(value)) or not np.all(np.isfinite(grad)):
            raise ModelError(
                "The model gives no finite value or slope for '{name}' at the estimates "
                "(a division by zero, or the log or square root of a negative number?).",
                values={"name": name},
            )
        values.append(float(value))
        jacobian.append(grad)
    return np.array(values), np.array(jacobian, dtype=float).reshape(len(values), len(names))


def _as_dual(result: object, size: int) -> tuple[np.ndarray, np.ndarray]:
    if isinstance(result, Dual):
        return np.asarray(result.value, dtype=float), np.asarray(result.gradient, dtype=float)
    return np.asarray(result, dtype=float), np.zeros(size)


def _check_inputs_cover(model: Model, names: Sequence[str]) -> None:
    missing = [name for name in model.inputs if name not in names]
    if missing:
        listed = ", ".join(repr(n) for n in missing)
        if len(missing) == 1:
            raise ModelError(
                "The model uses {listed}, which is not an input of the budget.",
                values={"listed": listed},
            )
        raise ModelError(
            "The model uses {listed}, which are not inputs of the budget.",
            values={"listed": listed},
        )


def propagate(
    model: Model,
    inputs: Sequence[InputQuantity],
    correlations: Correlations | None = None,
    coverage_probability: float = DEFAULT_COVERAGE_PROBABILITY,
    cmc: Mapping[str, float] | None = None,
    output_units: Mapping[str, str] | None = None,
) -> GumResult:
    """GUM law of propagation (5.1.2, 5.2.2) for every output of ``model``.

    See :class:`GumResult` for an example. ``cmc`` maps an output to the lab's CMC (same unit).
    """
    needed = set(model.inputs)
    used = [x for x in inputs if x.name in needed or not needed]
    warnings: list[str] = [
        f"Input '{x.name}' is not used by the model." for x in inputs if x.name not in needed
    ]
    values, jacobian = sensitivities(model, used)
    r = correlation_matrix(used, _restricted(correlations, used))
    u = np.array([x.std_uncertainty for x in used])
    dofs = np.array([x.dof for x in used])
    input_cov = r * np.outer(u, u)
    out_cov = jacobian @ input_cov @ jacobian.T
    units = output_units or {}
    outputs = []
    for index, name in enumerate(model.outputs):
        s = jacobian[index] * u
        variance = float(out_cov[index, index])
        nu, note = effective_dof(s, r, dofs, [x.name for x in used])
        if note:
            warnings.append(Phrase("For {name}, {note}", values={"name": name, "note": note}))
        outputs.append(
            _output(
                name,
                values[index],
                variance,
                nu,
                s,
                r,
                used,
                coverage_probability,
                units.get(name, ""),
                (cmc or {}).get(name),
            )
        )
    warnings.extend(_cmc_warnings(outputs))
    cov = tuple(tuple(float(v) for v in row) for row in out_cov)
    return GumResult(tuple(outputs), cov, tuple(warnings))


def _restricted(correlations: Correlations | None, used: Sequence[InputQuantity]) -> dict:
    names = {x.name for x in used}
    return {k: v for k, v in (correlations or {}).items() if k[0] in names and k[1] in names}


def _output(
    name: str,
    value: float,
    variance: float,
    nu: float,
    s: np.ndarray,
    r: np.ndarray,
    used: Sequence[InputQuantity],
    p: float,
    unit: str,
    cmc: float | None,
) -> GumOutput:
    u_c = math.sqrt(max(variance, 0.0))
    k = coverage_factor(p, nu)
    expanded = k * u_c
    shares = s * (r @ s) / variance * 100.0 if variance > 0 else np.zeros_like(s)
    rows = tuple(
        BudgetRow(
            x.name,
            x.estimate,
            x.std_uncertainty,
            x.unit,
            x.distribution,
            float(s[i] / x.std_uncertainty) if x.std_uncertainty else 0.0,
            float(abs(s[i])),
            float(shares[i]),
            x.dof,
        )
        for i, x in enumerate(used)
    )
    stated = max(expanded, cmc) if cmc is not None else expanded
    reported = round_for_report(value, stated) if stated > 0 else None
    return GumOutput(name, float(value), u_c, nu, k, expanded, p, rows, reported, unit, cmc)


def _cmc_warnings(outputs: Sequence[GumOutput]) -> list[str]:
    notes = []
    for out in outputs:
        if out.cmc is not None and out.expanded_uncertainty < out.cmc:
            notes.append(
                Phrase(
                    "{name}: U = {U:.3g} is below the laboratory's CMC of {cmc:.3g}; the CMC is "
                    "stated instead (ILAC-P14 5.4).",
                    values={"name": out.name, "U": out.expanded_uncertainty, "cmc": out.cmc},
                )
            )
    return notes


def effective_dof(
    s: np.ndarray, r: np.ndarray, dofs: np.ndarray, names: Sequence[str]
) -> tuple[float, str]:
    """Welch–Satterthwaite ν_eff (GUM G.4.1) and a note when correlation changed the method.

    ``s`` holds the contributions c_i·u(x_i). For independent inputs this is
    ν_eff = u_c⁴ / Σ (c_i u_i)⁴/ν_i. W-S assumes independence, so inputs linked by a correlation
    are grouped (connected through non-zero r); a group's joint variance sᵀ R s counts as one
    component with the smallest ν of its members, a conservative choice that reduces to plain W-S
    when nothing is correlated. A group whose inputs all have ν = ∞ adds nothing to the sum.

    >>> round(effective_dof(np.array([5.8, 3.9, 6.7]), np.eye(3), np.array([24, 5, 8.0]),
    ...                     ["d1", "d2", "d3"])[0], 6)
    25.447251
    """
    variance = float(s @ r @ s)
    if variance <= 0:
        return math.inf, ""
    if np.count_nonzero(r) == r.shape[0]:  # no correlation: plain W-S, in one vector expression
        finite = np.isfinite(dofs)
        denominator = float(np.sum(s[finite] ** 4 / dofs[finite]))
        return (variance**2 / denominator if denominator > 0 else math.inf), ""
    denominator, note = 0.0, ""
    for group in _correlated_groups(r):
        group_variance = float(s[group] @ r[np.ix_(group, group)] @ s[group])
        group_dof = float(np.min(dofs[group]))
        if math.isfinite(group_dof):
            denominator += group_variance**2 / group_dof
            if len(group) > 1:
                members = ", ".join(names[i] for i in group)
                note = Phrase(
                    "inputs {members} are correlated; for ν_eff their joint contribution was "
                    "counted as one component with the smallest of their degrees of freedom.",
                    values={"members": members},
                )
    if denominator == 0:
        return math.inf, note
    return variance**2 / denominator, note


def _correlated_groups(r: np.ndarray) -> list[list[int]]:
    n = r.shape[0]
    seen: set[int] = set()
    groups = []
    for start in range(n):
        if start in seen:
            continue
        stack, group = [start], []
        seen.add(start)
        while stack:
            i = stack.pop()
            group.append(i)
            for j in np.nonzero(r[i])[0]:
                if int(j) not in seen:
                    seen.add(int(j))
                    stack.append(int(j))
        groups.append(sorted(group))
    return groups


@dataclass(frozen=True)
class UnitCheck:
    """What the unit check found: notes for the user and the unit each output comes out in."""

    notes: tuple[str, ...]
    units: Mapping[str, str]


def check_units(
    model: Model, inputs: Sequence[InputQuantity], output_units: Mapping[str, str] | None = None
) -> UnitCheck:
    """Check the model's dimensions with the inputs' units; notes and units, or :class:`UnitError`.

    An input without a unit is a pure number. An output with a stated unit must come out with
    that unit's dimension.

    >>> m = Model.parse("c = 1000*m/V")
    >>> check_units(m, [InputQuantity.normal("m", 100, 0.05, unit="mg"),
    ...                 InputQuantity.normal("V", 100, 0.04, unit="mL")]).units
    {'c': 'mg/ml'}

    >>> m = Model.parse("l = l_s + d")
    >>> check_units(m, [InputQuantity.normal("l_s", 5e7, 25, unit="nm"),
    ...                 InputQuantity.normal("d", 215, 9, unit="degC")])
    Traceback (most recent call last):
    ...
    uncertainty.units.UnitError: Equation 'l = l_s + d' adds degC ([temperature]) to nm ([length]).
    """
    _check_inputs_cover(model, [x.name for x in inputs])
    env = {x.name: _dimension_of(x) for x in inputs}
    notes: list[str] = []
    units: dict[str, str] = {}
    for eq in model.equations:
        try:
            env[eq.output] = result = Dimension._of(eq.evaluate(env))
        except DimensionError as exc:
            raise UnitError(
                "Equation '{output} = {text}' {reason}.",
                values={"output": eq.output, "text": eq.text, "reason": exc},
            ) from None
        notes.extend(
            Phrase(
                "Equation '{output} = {text}': {note}.",
                values={"output": eq.output, "text": eq.text, "note": n},
            )
            for n in result.notes
        )
        wanted = (output_units or {}).get(eq.output)
        if wanted and Dimension(dict(parse_unit(wanted).dimensionality)).dims != result.dims:
            raise UnitError(
                "Output '{output}' comes out as {dimension}, which does not fit its unit '{unit}'.",
                values={"output": eq.output, "dimension": result._text(), "unit": wanted},
            )
        units[eq.output] = wanted or _shown_unit(result.unit)
    return UnitCheck(tuple(dict.fromkeys(notes)), units)


@functools.lru_cache(maxsize=512)
def _shown_unit(text: str) -> str:
    if not text:
        return ""
    try:
        return f"{parse_unit(text):~P}".replace(" ", "")
    except (UnitError, Exception):  # an offset unit in a product cannot be simplified by pint
        return text


def _dimension_of(x: InputQuantity) -> Dimension:
    if not x.unit:
        return Dimension({}, "")
    try:
        dims = _dimensions_of_unit(x.unit)
    except UnitError as exc:
        raise UnitError(
            "Input '{name}': {reason}", values={"name": x.name, "reason": exc}
        ) from None
    return Dimension(dict(dims), x.unit)


@functools.lru_cache(maxsize=512)
def _dimensions_of_unit(text: str) -> tuple[tuple[str, float], ...]:
    # pint parses a unit in about half a millisecond; a budget repeats the same few units.
    return tuple(dict(parse_unit(text).dimensionality).items())


@dataclass(frozen=True, eq=False)
class PointsResult:
    """y, u_c and ν_eff of every output at every test point (arrays shaped (outputs, points))."""

    outputs: tuple[str, ...]
    values: np.ndarray
    std_uncertainty: np.ndarray
    dof: np.ndarray


def propagate_at_points(
    model: Model,
    inputs: Sequence[InputQuantity],
    points: Mapping[str, Sequence[float] | np.ndarray],
) -> PointsResult:
    """The GUM at many test points in one pass: ``points`` gives arrays of estimates for some
    inputs (the others keep their own), the way a calibration run evaluates one model at each
    test point. Dual numbers carry arrays, so there is no Python loop over the points.
    Inputs are taken as uncorrelated here (ν_eff is plain Welch–Satterthwaite, GUM G.4.1).

    >>> m = Model.parse("P = V*I")
    >>> xs = [InputQuantity.normal("V", 10.0, 0.1), InputQuantity.normal("I", 2.0, 0.02)]
    >>> r = propagate_at_points(m, xs, {"V": [5.0, 10.0]})
    >>> r.values.tolist(), r.std_uncertainty.round(6).tolist()
    ([[10.0, 20.0]], [[0.223607, 0.282843]])
    """
    _check_inputs_cover(model, [x.name for x in inputs])
    unknown = [name for name in points if name not in {x.name for x in inputs}]
    if unknown:
        raise ModelError(
            "Test points are given for {names}, not inputs of the budget.",
            values={"names": ", ".join(unknown)},
        )
    arrays = {name: np.asarray(v, dtype=float) for name, v in points.items()}
    size = max((a.size for a in arrays.values()), default=1)
    env = {
        x.name: Dual.variable(
            np.broadcast_to(arrays.get(x.name, x.estimate), (size,)), i, len(inputs)
        )
        for i, x in enumerate(inputs)
    }
    with np.errstate(all="ignore"):
        results = model.evaluate(env)
    u = np.array([x.std_uncertainty for x in inputs])[:, None]
    dofs = np.array([x.dof for x in inputs])[:, None]
    values, uncertainties, nus = [], [], []
    for name in model.outputs:
        value, grad = _as_dual(results[name], len(inputs))
        s = np.broadcast_to(grad, (len(inputs), size)) * u
        variance = np.sum(s * s, axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            nu = variance**2 / np.sum(s**4 / dofs, axis=0)
        values.append(np.broadcast_to(value, (size,)))
        uncertainties.append(np.sqrt(variance))
        nus.append(np.where(np.isnan(nu), np.inf, nu))
    return PointsResult(model.outputs, np.array(values), np.array(uncertainties), np.array(nus))
