"""Decisions of conformity with a specification (ILAC-G8:09/2019, JCGM 106:2012).

A tolerance interval [lower, upper] (either limit may be absent for a one-sided specification),
a measured value y with its standard uncertainty u and expanded uncertainty U. The decision rule
is stated with the result, as ISO/IEC 17025 7.8.6 requires.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from scipy import integrate, stats

from uncertainty.errors import UncertaintyError

log = logging.getLogger(__name__)

PASS, CONDITIONAL_PASS, CONDITIONAL_FAIL, FAIL = (
    "pass",
    "conditional pass",
    "conditional fail",
    "fail",
)


class ConformityError(UncertaintyError):
    """A specification or result that cannot be judged; the message says why."""


@dataclass(frozen=True)
class Specification:
    """Tolerance limits: lower ≤ value ≤ upper; ``None`` for a one-sided limit."""

    lower: float | None
    upper: float | None

    def __post_init__(self) -> None:
        if self.lower is None and self.upper is None:
            raise ConformityError("A specification needs at least one limit.", values={})
        if self.lower is not None and self.upper is not None and not self.lower < self.upper:
            raise ConformityError(
                "The lower tolerance limit must be below the upper one.", values={}
            )

    def contains(self, y: float) -> bool:
        return (self.lower is None or y >= self.lower) and (self.upper is None or y <= self.upper)


@dataclass(frozen=True)
class Decision:
    """A verdict, the rule it came from and the acceptance limits used."""

    verdict: str
    rule: str
    acceptance_lower: float | None
    acceptance_upper: float | None


def simple_acceptance(y: float, spec: Specification) -> Decision:
    """ILAC-G8 4.2.1 (shared risk, w = 0): pass when y lies within the tolerance limits.

    >>> simple_acceptance(9.98, Specification(9.95, 10.05)).verdict
    'pass'
    """
    verdict = PASS if spec.contains(y) else FAIL
    return Decision(verdict, "simple acceptance (ILAC-G8 4.2.1)", spec.lower, spec.upper)


def guarded_acceptance(
    y: float, expanded_uncertainty: float, spec: Specification, guard_band: float | None = None
) -> Decision:
    """ILAC-G8 4.2.2 guard band: accept only within limits moved inwards by w (default w = U).

    >>> guarded_acceptance(10.04, 0.02, Specification(9.95, 10.05)).verdict
    'fail'
    """
    w = expanded_uncertainty if guard_band is None else guard_band
    if w < 0:
        raise ConformityError("A guard band cannot be negative.", values={})
    low = None if spec.lower is None else spec.lower + w
    high = None if spec.upper is None else spec.upper - w
    if low is not None and high is not None and low > high:
        raise ConformityError(
            "The guard bands overlap: U is larger than half the tolerance.", values={}
        )
    inside = (low is None or y >= low) and (high is None or y <= high)
    rule = f"guarded acceptance, w = {w:g} (ILAC-G8 4.2.2)"
    return Decision(PASS if inside else FAIL, rule, low, high)


def non_binary(y: float, expanded_uncertainty: float, spec: Specification) -> Decision:
    """ILAC-G8 4.2.3: pass, conditional pass, conditional fail or fail from y ± U.

    >>> non_binary(10.04, 0.02, Specification(9.95, 10.05)).verdict
    'conditional pass'
    >>> non_binary(10.06, 0.02, Specification(9.95, 10.05)).verdict
    'conditional fail'
    """
    U = expanded_uncertainty
    low_inside = spec.lower is None or y - U >= spec.lower
    high_inside = spec.upper is None or y + U <= spec.upper
    if spec.contains(y):
        verdict = PASS if low_inside and high_inside else CONDITIONAL_PASS
    else:
        wholly_out = (spec.upper is not None and y - U > spec.upper) or (
            spec.lower is not None and y + U < spec.lower
        )
        verdict = FAIL if wholly_out else CONDITIONAL_FAIL
    return Decision(verdict, "non-binary statement (ILAC-G8 4.2.3)", spec.lower, spec.upper)


def probability_of_conformity(
    y: float, std_uncertainty: float, spec: Specification, dof: float = math.inf
) -> float:
    """p_c = probability that the true value lies within the limits (JCGM 106 7.3, 7.4).

    Normal knowledge of the measurand (t with ν degrees of freedom when ν is finite).

    >>> round(probability_of_conformity(10.04, 0.01, Specification(9.95, 10.05)), 4)
    0.8413
    """
    if not std_uncertainty > 0:
        return 1.0 if spec.contains(y) else 0.0
    dist = stats.norm if math.isinf(dof) else stats.t(dof)
    upper = 1.0 if spec.upper is None else dist.cdf((spec.upper - y) / std_uncertainty)
    lower = 0.0 if spec.lower is None else dist.cdf((spec.lower - y) / std_uncertainty)
    return float(upper - lower)


def test_uncertainty_ratio(spec: Specification, expanded_uncertainty: float) -> float:
    """TUR = tolerance span / (2 U) (ANSI/NCSL Z540.3 3.24; ILAC-G8 uses the same ratio).

    >>> round(test_uncertainty_ratio(Specification(9.95, 10.05), 0.0125), 6)
    4.0
    """
    if spec.lower is None or spec.upper is None:
        raise ConformityError("A TUR needs both tolerance limits.", values={})
    if not expanded_uncertainty > 0:
        raise ConformityError("A TUR needs an expanded uncertainty above zero.", values={})
    return (spec.upper - spec.lower) / (2.0 * expanded_uncertainty)


test_uncertainty_ratio.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


@dataclass(frozen=True)
class GlobalRisks:
    """JCGM 106 9.5: probability of false accept (consumer's risk) and false reject."""

    false_accept: float
    false_reject: float


def global_risks(
    spec: Specification,
    process_mean: float,
    process_std: float,
    measurement_std: float,
    acceptance: Specification | None = None,
) -> GlobalRisks:
    """PFA and PFR for a normal process N(μ, σ²) measured with normal error of std u (JCGM 106 9.5).

    PFA = P(true value outside tolerance, measured value accepted); PFR the reverse. The
    acceptance limits default to the tolerance limits (simple acceptance).

    >>> r = global_risks(Specification(-1, 1), 0.0, 0.5, 0.125)
    >>> round(r.false_accept, 4), round(r.false_reject, 4)
    (0.008, 0.0149)
    """
    if not process_std > 0 or not measurement_std > 0:
        raise ConformityError(
            "The process and measurement standard deviations must be above zero.", values={}
        )
    accept = acceptance or spec

    def accepted(eta: float) -> float:
        return probability_of_conformity(eta, measurement_std, accept)

    def density(eta: float) -> float:
        return float(stats.norm.pdf(eta, process_mean, process_std))

    span = 10.0 * process_std
    lo = spec.lower if spec.lower is not None else process_mean - span
    hi = spec.upper if spec.upper is not None else process_mean + span
    points = [process_mean - span, lo, hi, process_mean + span]
    inside = _integrate(lambda e: density(e) * (1.0 - accepted(e)), lo, hi)
    outside = 0.0
    if spec.lower is not None:
        outside += _integrate(lambda e: density(e) * accepted(e), min(points), lo)
    if spec.upper is not None:
        outside += _integrate(lambda e: density(e) * accepted(e), hi, max(points))
    return GlobalRisks(outside, inside)


def _integrate(fn, a: float, b: float) -> float:  # type: ignore[no-untyped-def]
    if not b > a:
        return 0.0
    value, _ = integrate.quad(fn, a, b, limit=200)
    return float(value)
