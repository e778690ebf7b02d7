"""Coverage factors from the t-distribution and rounding of results for the certificate.

GUM G.3-G.4 and Table G.2: k = t_p(ν) for the stated coverage probability p (default 95.45 %,
which gives k = 2 for ν = ∞). GUM 7.2.6 and ILAC-P14: the expanded uncertainty is stated with at
most two significant digits and the result rounded to the same decimal place.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from scipy import optimize, stats

from uncertainty.errors import UncertaintyError

log = logging.getLogger(__name__)

DEFAULT_COVERAGE_PROBABILITY = 0.9545


def coverage_factor(coverage_probability: float, dof: float = math.inf) -> float:
    """k = t_p(ν) (GUM G.3.4, Table G.2); ν = ∞ gives the normal quantile.

    A fractional ν_eff is truncated to the next lower integer before the look-up (GUM G.6.4),
    which is what Table G.2 and the GUM's own examples (H.1.6) do.

    >>> round(coverage_factor(0.95, 16.75), 2)
    2.12
    >>> round(coverage_factor(0.9545), 3)
    2.0
    >>> round(coverage_factor(0.9545, 3.2e19), 3)  # a Type A input of almost no spread
    2.0
    """
    _check_probability(coverage_probability)
    if not dof > 0:
        raise UncertaintyError("The degrees of freedom must be above zero.", values={})
    tail = 0.5 + coverage_probability / 2.0
    if math.isinf(dof):
        return float(stats.norm.ppf(tail))
    # As a float: the integer of an enormous ν_eff (3e19, when one input's s is a rounding
    # residue) does not fit the 64-bit integers scipy's t quantile accepts.
    return float(stats.t.ppf(tail, max(1.0, float(math.floor(dof)))))


def coverage_probability_of(k: float, dof: float = math.inf) -> float:
    """The coverage probability p that a factor k gives with ν degrees of freedom (Table G.2).

    >>> round(coverage_probability_of(3.0), 4)
    0.9973
    """
    if math.isinf(dof):
        return float(2.0 * stats.norm.cdf(k) - 1.0)
    return float(2.0 * stats.t.cdf(k, dof) - 1.0)


def dof_for(k: float, coverage_probability: float) -> float:
    """The fewest whole degrees of freedom for which t_p(ν) ≤ k (Table G.2 read backwards).

    Table G.2 lists whole ν, so the answer is the first row whose factor does not exceed k;
    ∞ when k is below the normal quantile.

    >>> dof_for(3.11, 0.99)
    11.0
    """
    _check_probability(coverage_probability)
    tail = 0.5 + coverage_probability / 2.0
    if k <= stats.norm.ppf(tail):
        return math.inf
    exact = optimize.brentq(lambda nu: stats.t.ppf(tail, nu) - k, 0.05, 1e7)
    return float(math.ceil(exact - 1e-9))


@dataclass(frozen=True)
class ReportedResult:
    """The figures a certificate prints: y and U as decimal text, with the digits used."""

    value: str
    expanded_uncertainty: str
    decimals: int

    def line(self, name: str, unit: str, k: float, coverage_probability: float) -> str:
        """The sentence of the certificate (ILAC-P14 5.4: U, k and p stated together)."""
        unit_text = f" {unit}" if unit else ""
        return (
            f"{name} = ({self.value} ± {self.expanded_uncertainty}){unit_text}, "
            f"k = {k:.2f}, p ≈ {coverage_probability * 100:.2f} %"
        )


def round_for_report(
    value: float, expanded_uncertainty: float, digits: int = 2, mode: str = "nearest"
) -> ReportedResult:
    """U to at most ``digits`` significant digits, y to the same decimal place (GUM 7.2.6).

    ``mode="nearest"`` is ILAC-P14's ordinary rounding; ``mode="up"`` never lowers U, the
    prudent choice GUM 7.2.6 allows.

    >>> round_for_report(50000838.2, 67.13)
    ReportedResult(value='50000838', expanded_uncertainty='67', decimals=0)
    >>> round_for_report(10000.0253, 0.05829)
    ReportedResult(value='10000.025', expanded_uncertainty='0.058', decimals=3)
    >>> round_for_report(1.23456, 0.0121, mode="up")
    ReportedResult(value='1.235', expanded_uncertainty='0.013', decimals=3)
    """
    if not math.isfinite(value) or not math.isfinite(expanded_uncertainty):
        raise UncertaintyError(
            "A result and its uncertainty must be finite numbers to be reported.", values={}
        )
    if expanded_uncertainty <= 0:
        return ReportedResult(repr(float(value)), "0", 0)
    rounding = ROUND_CEILING if mode == "up" else ROUND_HALF_UP
    exponent = math.floor(math.log10(expanded_uncertainty)) - (digits - 1)
    quantum = Decimal(1).scaleb(exponent)
    rounded_u = Decimal(repr(expanded_uncertainty)).quantize(quantum, rounding=rounding)
    if rounded_u.adjusted() > Decimal(repr(expanded_uncertainty)).adjusted():
        # 9.96 rounded to 10: still two significant digits, one place to the left.
        exponent += 1
        quantum = Decimal(1).scaleb(exponent)
        rounded_u = rounded_u.quantize(quantum, rounding=rounding)
    rounded_y = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_EVEN)
    decimals = max(0, -exponent)
    return ReportedResult(_plain(rounded_y, decimals), _plain(rounded_u, decimals), decimals)


def _plain(number: Decimal, decimals: int) -> str:
    return f"{number:.{decimals}f}"


def _check_probability(p: float) -> None:
    if not 0.0 < p < 1.0:
        raise UncertaintyError(
            "A coverage probability must lie between 0 and 1, not {p!r}.", values={"p": p}
        )
