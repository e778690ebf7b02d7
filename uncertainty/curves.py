"""Least-squares calibration curves with uncertainty (GUM H.3, ISO/TS 28037).

Straight lines and polynomials, ordinary or weighted least squares, and a straight line with
uncertainty in both x and y (York et al. 2004, the method of ISO/TS 28037 clause 7). A fit gives
its coefficients, their covariance and correlation, the residual standard deviation, and
predictions of y at x and of x from an observed y, each with its standard uncertainty.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from uncertainty.errors import UncertaintyError

log = logging.getLogger(__name__)


class CurveError(UncertaintyError):
    """Data that cannot be fitted; the message says why."""


@dataclass(frozen=True)
class Prediction:
    """A value read from the curve with its standard uncertainty and degrees of freedom."""

    at: float
    value: float
    std_uncertainty: float
    dof: float


@dataclass(frozen=True)
class CurveFit:
    """A fitted calibration curve y = Σ b_j (x − x_offset)^j.

    >>> fit = fit_curve([1, 2, 3, 4], [2.1, 3.9, 6.1, 7.9])
    >>> [round(b, 3) for b in fit.coefficients]
    [0.1, 1.96]
    >>> p = fit.predict(2.5)
    >>> round(p.value, 3), p.dof
    (5.0, 2.0)
    """

    coefficients: tuple[float, ...]  # b_0, b_1, ... (constant term first)
    covariance: tuple[tuple[float, ...], ...]
    residual_std: float
    sum_sq_residuals: float
    dof: float  # n − (degree + 1); ∞ when the weights are known uncertainties
    method: str  # "ordinary", "weighted" or "both-axes"
    x_offset: float = 0.0

    @property
    def degree(self) -> int:
        return len(self.coefficients) - 1

    @property
    def correlation(self) -> tuple[tuple[float, ...], ...]:
        cov = np.array(self.covariance)
        s = np.sqrt(np.diag(cov))
        return tuple(tuple(float(v) for v in row) for row in cov / np.outer(s, s))

    def _row(self, x: float) -> np.ndarray:
        return (x - self.x_offset) ** np.arange(self.degree + 1)

    def predict(self, x: float) -> Prediction:
        """The fitted value at x and its uncertainty u² = gᵀ V g (GUM H.3.4: the line, not a
        new single observation)."""
        g = self._row(float(x))
        value = float(g @ np.array(self.coefficients))
        u = math.sqrt(max(float(g @ np.array(self.covariance) @ g), 0.0))
        return Prediction(float(x), value, u, self.dof)

    def slope_at(self, x: float) -> float:
        powers = np.arange(1, self.degree + 1)
        return float(
            np.sum(np.array(self.coefficients[1:]) * powers * (x - self.x_offset) ** (powers - 1))
        )

    def inverse(self, y: float, u_y: float = 0.0, near: float | None = None) -> Prediction:
        """The x at which the curve gives the observed y, with u(x) from u(y) and the fit.

        u²(x) = (u²(y) + u²_curve(x)) / (dy/dx)², the curve's own uncertainty taken at x.
        For a polynomial the real root nearest ``near`` (default: the offset) is taken.
        """
        x = self._solve(float(y), near)
        slope = self.slope_at(x)
        if slope == 0:
            raise CurveError(
                "The curve is flat at y = {y}; x cannot be read back from it.", values={"y": y}
            )
        curve_u = self.predict(x).std_uncertainty
        u = math.sqrt(u_y * u_y + curve_u * curve_u) / abs(slope)
        return Prediction(float(y), x, u, self.dof)

    def _solve(self, y: float, near: float | None) -> float:
        coefficients = np.array(self.coefficients, dtype=float)
        coefficients[0] -= y
        roots = np.roots(coefficients[::-1])
        real = roots[np.abs(roots.imag) < 1e-9 * (1 + np.abs(roots.real))].real
        if real.size == 0:
            raise CurveError("The curve never reaches y = {y}.", values={"y": y})
        target = 0.0 if near is None else near - self.x_offset
        return float(real[np.argmin(np.abs(real - target))] + self.x_offset)


def fit_curve(
    x: Sequence[float],
    y: Sequence[float],
    u_x: Sequence[float] | float | None = None,
    u_y: Sequence[float] | float | None = None,
    degree: int = 1,
    x_offset: float = 0.0,
) -> CurveFit:
    """Fit y against x: ordinary least squares, weighted by u(y), or a line with u(x) and u(y).

    Ordinary least squares scales the covariance by the residual variance s² (GUM H.3.2);
    with known u(y) the covariance is (XᵀWX)⁻¹ and ν = ∞.
    """
    xs, ys = _as_data(x, "x"), _as_data(y, "y")
    if xs.size != ys.size:
        raise CurveError(
            "There are {x} x values but {y} y values.", values={"x": xs.size, "y": ys.size}
        )
    if not isinstance(degree, int) or degree < 1:
        raise CurveError("The degree of the curve must be a whole number of 1 or more.", values={})
    if xs.size <= degree + 1:
        raise CurveError(
            "A degree-{degree} curve needs at least {points} points.",
            values={"degree": degree, "points": degree + 2},
        )
    if np.ptp(xs) == 0:
        raise CurveError("All x values are equal: no curve can be fitted.", values={})
    if u_x is not None and np.any(_spread(u_x, xs.size, "u_x") > 0):
        if degree != 1:
            raise CurveError("Uncertainty in x is supported for straight lines only.", values={})
        return _york(xs, ys, _spread(u_x, xs.size, "u_x"), _spread(u_y, ys.size, "u_y"), x_offset)
    if u_y is not None:
        return _least_squares(xs, ys, _spread(u_y, ys.size, "u_y"), degree, x_offset)
    return _least_squares(xs, ys, None, degree, x_offset)


def _as_data(values: Sequence[float], what: str) -> np.ndarray:
    try:
        data = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise CurveError("The {what} values must all be numbers.", values={"what": what}) from None
    if data.ndim != 1 or not np.all(np.isfinite(data)):
        raise CurveError(
            "The {what} values must be a list of finite numbers.", values={"what": what}
        )
    return data


def _spread(u: Sequence[float] | float | None, n: int, what: str) -> np.ndarray:
    if u is None:
        raise CurveError(
            "{what} is needed when the other axis has an uncertainty.", values={"what": what}
        )
    values = (
        np.broadcast_to(np.asarray(u, dtype=float), (n,)) if np.ndim(u) == 0 else _as_data(u, what)
    )
    if values.size != n or np.any(values < 0):
        raise CurveError(
            "{what} must be one non-negative value or one per point.", values={"what": what}
        )
    return values


def _least_squares(
    xs: np.ndarray, ys: np.ndarray, u_y: np.ndarray | None, degree: int, x_offset: float
) -> CurveFit:
    design = (xs - x_offset)[:, None] ** np.arange(degree + 1)
    weights = np.ones_like(ys) if u_y is None else 1.0 / u_y**2
    if u_y is not None and np.any(u_y == 0):
        raise CurveError("Every u_y must be above zero for a weighted fit.", values={})
    normal = design.T @ (design * weights[:, None])
    try:
        inverse = np.linalg.inv(normal)
    except np.linalg.LinAlgError:
        raise CurveError(
            "The x values do not determine the curve (too few distinct x).", values={}
        ) from None
    coefficients = inverse @ (design.T @ (weights * ys))
    residuals = ys - design @ coefficients
    n_dof = xs.size - (degree + 1)
    ssr = float(residuals @ residuals)
    s = math.sqrt(ssr / n_dof)
    if u_y is None:
        covariance, dof, method = inverse * s * s, float(n_dof), "ordinary"
    else:
        covariance, dof, method = inverse, math.inf, "weighted"
    return CurveFit(
        tuple(float(c) for c in coefficients), _tuple2(covariance), s, ssr, dof, method, x_offset
    )


def _york(
    xs: np.ndarray, ys: np.ndarray, u_x: np.ndarray, u_y: np.ndarray, x_offset: float
) -> CurveFit:
    """York et al. (2004) iteration for a line with independent errors in x and y."""
    if np.any(u_y == 0) and np.any(u_x == 0):
        raise CurveError("Each point needs an uncertainty in x or in y above zero.", values={})
    t = xs - x_offset
    w_x, w_y = 1.0 / np.maximum(u_x, 1e-300) ** 2, 1.0 / np.maximum(u_y, 1e-300) ** 2
    b = float(np.polyfit(t, ys, 1)[0])
    for _ in range(200):
        w = w_x * w_y / (w_x + b * b * w_y)
        x_bar, y_bar = (w @ t) / w.sum(), (w @ ys) / w.sum()
        du, dv = t - x_bar, ys - y_bar
        beta = w * (du / w_y + b * dv / w_x)
        b_new = float((w * beta) @ dv / ((w * beta) @ du))
        if abs(b_new - b) <= 1e-15 * max(abs(b), 1.0):
            b = b_new
            break
        b = b_new
    a = y_bar - b * x_bar
    adjusted = x_bar + beta
    x_mean = (w @ adjusted) / w.sum()
    var_b = 1.0 / float(w @ (adjusted - x_mean) ** 2)
    var_a = 1.0 / w.sum() + x_mean**2 * var_b
    cov_ab = -x_mean * var_b
    residuals = ys - (a + b * t)
    chi2 = float(w @ (ys - a - b * t) ** 2)
    n_dof = xs.size - 2
    covariance = ((var_a, cov_ab), (cov_ab, var_b))
    return CurveFit(
        (float(a), float(b)),
        _tuple2(np.array(covariance)),
        math.sqrt(chi2 / n_dof),
        float(residuals @ residuals),
        math.inf,
        "both-axes",
        x_offset,
    )


def _tuple2(matrix: np.ndarray) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(float(v) for v in row) for row in matrix)
