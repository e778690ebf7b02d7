"""Input quantities of a measurement model: Type A from observations, Type B from distributions.

Each input carries its estimate, standard uncertainty, degrees of freedom and unit (GUM 4.1-4.3),
plus what Monte Carlo needs to draw from it (JCGM 101 6.4). Inputs are immutable; the
constructors below validate at the boundary and say what is wrong in a sentence.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field, replace

import numpy as np
from scipy import stats

from uncertainty.errors import Phrase, UncertaintyError

log = logging.getLogger(__name__)

INFINITE = math.inf
DISTRIBUTIONS = ("normal", "rectangular", "triangular", "arcsine", "trapezoidal", "student-t")
# Standard uncertainty = half-width / divisor (GUM 4.3.7, 4.3.9; JCGM 101 6.4.3-6.4.6).
_DIVISORS = {"rectangular": math.sqrt(3.0), "triangular": math.sqrt(6.0), "arcsine": math.sqrt(2.0)}


class InputError(UncertaintyError):
    """An input that cannot be used; the message names the input and says why."""


@dataclass(frozen=True)
class InputQuantity:
    """One input X_i: estimate x_i, standard uncertainty u(x_i), dof ν_i, unit, distribution.

    >>> InputQuantity.rectangular("d_D", 0.0, half_width=0.015, unit="g").std_uncertainty
    0.008660254037844387
    """

    name: str
    estimate: float
    std_uncertainty: float
    distribution: str = "normal"
    dof: float = INFINITE
    unit: str = ""
    half_width: float | None = None
    beta: float = 0.0  # trapezoid: half-width of the top over half-width of the base
    components: tuple[InputQuantity, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        _check_finite(self.name, Phrase("estimate", values={}), self.estimate)
        _check_finite(self.name, Phrase("standard uncertainty", values={}), self.std_uncertainty)
        if self.std_uncertainty < 0:
            raise InputError(
                "Input '{name}': the standard uncertainty cannot be negative.",
                values={"name": self.name},
            )
        if self.distribution not in DISTRIBUTIONS and not self.components:
            raise InputError(
                "Input '{name}': '{distribution}' is not a distribution CalDesk knows ({known}).",
                values={
                    "name": self.name,
                    "distribution": self.distribution,
                    "known": ", ".join(DISTRIBUTIONS),
                },
            )
        if not (self.dof > 0):
            raise InputError(
                "Input '{name}': the degrees of freedom must be above zero.",
                values={"name": self.name},
            )

    # --- Type A -------------------------------------------------------------------------------
    @classmethod
    def type_a(cls, name: str, observations: list[float], unit: str = "") -> InputQuantity:
        """Type A evaluation (GUM 4.2): mean, s/√n and n−1 degrees of freedom.

        >>> x = InputQuantity.type_a("d1", [10.1, 10.3, 10.2])
        >>> round(x.estimate, 6), round(x.std_uncertainty, 6), x.dof
        (10.2, 0.057735, 2.0)
        """
        values = np.asarray(observations, dtype=float)
        if values.ndim != 1 or values.size < 2:
            raise InputError(
                "Input '{name}': a Type A evaluation needs at least two observations.",
                values={"name": name},
            )
        if not np.all(np.isfinite(values)):
            raise InputError(
                "Input '{name}': an observation is not a finite number.", values={"name": name}
            )
        n = values.size
        s = float(values.std(ddof=1))
        return cls(name, float(values.mean()), s / math.sqrt(n), "normal", float(n - 1), unit)

    # --- Type B -------------------------------------------------------------------------------
    @classmethod
    def normal(
        cls,
        name: str,
        estimate: float,
        std_uncertainty: float | None = None,
        *,
        expanded_uncertainty: float | None = None,
        k: float | None = None,
        coverage_probability: float | None = None,
        dof: float = INFINITE,
        unit: str = "",
    ) -> InputQuantity:
        """A normal input from u, or from an expanded U with its k or its coverage probability.

        GUM 4.3.3-4.3.4: u = U/k; with only a coverage probability p, k is the normal quantile.

        >>> InputQuantity.normal("m_S", 10000.005, expanded_uncertainty=0.045, k=2).std_uncertainty
        0.0225
        >>> round(InputQuantity.normal("R", 1.0, expanded_uncertainty=0.196,
        ...                            coverage_probability=0.95).std_uncertainty, 4)
        0.1
        """
        if std_uncertainty is None:
            std_uncertainty = _from_expanded(name, expanded_uncertainty, k, coverage_probability)
        return cls(name, float(estimate), float(std_uncertainty), "normal", _dof(dof), unit)

    @classmethod
    def rectangular(
        cls, name: str, estimate: float, half_width: float, dof: float = INFINITE, unit: str = ""
    ) -> InputQuantity:
        """Uniform over estimate ± a: u = a/√3 (GUM 4.3.7)."""
        return cls._bounded(name, estimate, half_width, "rectangular", dof, unit)

    @classmethod
    def triangular(
        cls, name: str, estimate: float, half_width: float, dof: float = INFINITE, unit: str = ""
    ) -> InputQuantity:
        """Symmetric triangle over estimate ± a: u = a/√6 (GUM 4.3.9).

        >>> round(InputQuantity.triangular("V", 100, 0.1).std_uncertainty, 6)
        0.040825
        """
        return cls._bounded(name, estimate, half_width, "triangular", dof, unit)

    @classmethod
    def arcsine(
        cls, name: str, estimate: float, half_width: float, dof: float = INFINITE, unit: str = ""
    ) -> InputQuantity:
        """U-shaped (arcsine) over estimate ± a, e.g. a cycling temperature: u = a/√2."""
        return cls._bounded(name, estimate, half_width, "arcsine", dof, unit)

    @classmethod
    def trapezoidal(
        cls,
        name: str,
        estimate: float,
        half_width: float,
        beta: float,
        dof: float = INFINITE,
        unit: str = "",
    ) -> InputQuantity:
        """Symmetric trapezoid, base ± a, top ± βa: u = a·√((1+β²)/6) (GUM 4.3.9, JCGM 101 6.4.4).

        >>> round(InputQuantity.trapezoidal("t", 0, 1.0, beta=0.5).std_uncertainty, 6)
        0.456435
        """
        if not 0.0 <= beta <= 1.0:
            raise InputError(
                "Input '{name}': the trapezoid's β must lie between 0 and 1.",
                values={"name": name},
            )
        _check_half_width(name, half_width)
        u = half_width * math.sqrt((1.0 + beta * beta) / 6.0)
        return cls(name, float(estimate), u, "trapezoidal", _dof(dof), unit, half_width, beta)

    @classmethod
    def student_t(
        cls, name: str, estimate: float, scale: float, dof: float, unit: str = ""
    ) -> InputQuantity:
        """Scaled and shifted t_ν(x, s²) of JCGM 101 6.4.9; u = s·√(ν/(ν−2)), needs ν > 2.

        >>> round(InputQuantity.student_t("x", 0.0, 1.0, dof=4).std_uncertainty, 6)
        1.414214
        """
        if not dof > 2:
            raise InputError(
                "Input '{name}': a t-distribution needs more than 2 degrees of freedom.",
                values={"name": name},
            )
        u = scale * math.sqrt(dof / (dof - 2.0))
        return cls(name, float(estimate), u, "student-t", float(dof), unit, None)

    @classmethod
    def _bounded(
        cls, name: str, estimate: float, half_width: float, kind: str, dof: float, unit: str
    ) -> InputQuantity:
        _check_half_width(name, half_width)
        u = half_width / _DIVISORS[kind]
        return cls(name, float(estimate), u, kind, _dof(dof), unit, float(half_width))

    # --- several components -------------------------------------------------------------------
    @classmethod
    def combined(cls, name: str, components: list[InputQuantity], unit: str = "") -> InputQuantity:
        """One input made of several independent components added together (GUM 5.1.2 on a sum).

        u is the root sum of squares, ν from Welch–Satterthwaite; Monte Carlo draws each
        component and adds the draws, so the shape of the sum is kept.

        >>> a = InputQuantity.normal("a", 1.0, 0.3, dof=10)
        >>> b = InputQuantity.rectangular("b", 0.5, 0.4 * 3 ** 0.5)
        >>> c = InputQuantity.combined("ab", [a, b])
        >>> c.estimate, round(c.std_uncertainty, 6), round(c.dof, 2)
        (1.5, 0.5, 77.16)
        """
        if not components:
            raise InputError(
                "Input '{name}': a combined input needs at least one component.",
                values={"name": name},
            )
        estimate = sum(c.estimate for c in components)
        u = math.sqrt(sum(c.std_uncertainty**2 for c in components))
        finite = [(c.std_uncertainty**4 / c.dof) for c in components if math.isfinite(c.dof)]
        dof = INFINITE if not finite or sum(finite) == 0 else u**4 / sum(finite)
        return cls(name, estimate, u, "combined", dof, unit, components=tuple(components))

    def with_dof(self, dof: float) -> InputQuantity:
        """The same input with other degrees of freedom."""
        return replace(self, dof=_dof(dof))

    # --- Monte Carlo (JCGM 101 6.4) -------------------------------------------------------------
    def sample(self, rng: np.random.Generator, size: int) -> np.ndarray:
        """``size`` independent draws from this input's probability distribution."""
        if self.components:
            return sum((c.sample(rng, size) for c in self.components), np.zeros(size))
        x, u, kind = self.estimate, self.std_uncertainty, self.distribution
        # Direct generators where numpy has them: faster than inverting the distribution.
        if kind == "normal" and math.isinf(self.dof):
            return rng.normal(x, u, size) if u > 0 else np.full(size, x)
        if kind == "normal":
            return x + u * rng.standard_t(self.dof, size)
        if kind == "student-t":
            return x + u * math.sqrt((self.dof - 2.0) / self.dof) * rng.standard_t(self.dof, size)
        if kind == "trapezoidal":
            # JCGM 101 6.4.4.4: the sum of two uniforms of half-widths a(1±β)/2.
            a = self.half_width or 0.0
            wide, narrow = a * (1 + self.beta) / 2, a * (1 - self.beta) / 2
            return x + rng.uniform(-wide, wide, size) + rng.uniform(-narrow, narrow, size)
        a = self.half_width or 0.0
        if kind == "rectangular":
            return rng.uniform(x - a, x + a, size)
        if kind == "arcsine":
            # JCGM 101 6.4.6.2: x + a·sin(2πU); cos of a uniform phase has the same law.
            return x - a * np.cos(rng.uniform(0.0, np.pi, size))
        return self.quantile(rng.random(size))

    def quantile(self, p: np.ndarray) -> np.ndarray:
        """Inverse distribution function at probabilities ``p`` (used for correlated draws)."""
        x, u, a = self.estimate, self.std_uncertainty, self.half_width or 0.0
        kind = self.distribution
        if kind == "normal" and math.isfinite(self.dof):
            # JCGM 101 6.4.9.2: an estimate with u and ν is a t_ν(x, u²).
            return x + u * stats.t.ppf(p, self.dof)
        if kind == "normal" or (kind == "combined"):
            return x + u * stats.norm.ppf(p)
        if kind == "student-t":
            scale = u * math.sqrt((self.dof - 2.0) / self.dof)
            return x + scale * stats.t.ppf(p, self.dof)
        if kind == "rectangular":
            return x + a * (2.0 * p - 1.0)
        if kind == "triangular":
            return x + a * np.where(p < 0.5, np.sqrt(2.0 * p) - 1.0, 1.0 - np.sqrt(2.0 - 2.0 * p))
        if kind == "arcsine":
            return x - a * np.cos(np.pi * p)
        return x + a * stats.trapezoid.ppf(p, (1 - self.beta) / 2, (1 + self.beta) / 2, -1.0, 2.0)


def dof_from_relative_uncertainty(relative: float) -> float:
    """ν ≈ ½ (Δu/u)⁻² for a Type B input whose u is itself uncertain (GUM G.4.2).

    >>> dof_from_relative_uncertainty(0.25)
    8.0
    """
    if not relative > 0:
        return INFINITE
    return 0.5 / (relative * relative)


def _from_expanded(
    name: str, expanded: float | None, k: float | None, coverage_probability: float | None
) -> float:
    if expanded is None:
        raise InputError(
            "Input '{name}': give a standard uncertainty or an expanded one.",
            values={"name": name},
        )
    if k is None and coverage_probability is None:
        raise InputError(
            "Input '{name}': an expanded uncertainty needs its coverage factor k "
            "or its coverage probability.",
            values={"name": name},
        )
    if k is None:
        if not 0 < coverage_probability < 1:  # type: ignore[operator]
            raise InputError(
                "Input '{name}': the coverage probability must lie between 0 and 1.",
                values={"name": name},
            )
        k = float(stats.norm.ppf(0.5 + coverage_probability / 2.0))  # type: ignore[operator]
    if not k > 0:
        raise InputError(
            "Input '{name}': the coverage factor k must be above zero.", values={"name": name}
        )
    return float(expanded) / float(k)


def _dof(dof: float | None) -> float:
    return INFINITE if dof is None else float(dof)


def _check_finite(name: str, what: Phrase, value: float) -> None:
    if not isinstance(value, int | float) or not math.isfinite(value):
        raise InputError(
            "Input '{name}': the {what} must be a finite number, not {value!r}.",
            values={"name": name, "what": what, "value": value},
        )


def _check_half_width(name: str, half_width: float) -> None:
    if not isinstance(half_width, int | float) or not half_width >= 0:
        raise InputError(
            "Input '{name}': the half-width must be a number of zero or more.",
            values={"name": name},
        )
