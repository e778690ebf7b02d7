"""The algebras a compiled model runs on besides plain numbers: dual numbers and dimensions.

:class:`Dual` is forward-mode automatic differentiation: a value and the gradient of that value
with respect to every input at once, carried through each whitelisted operation by its exact
derivative rule. The sensitivity coefficients of GUM 5.1.3 come out exact to floating-point
accuracy, with no step size to choose (finite differences lose half the digits). The value may be
a numpy array, so a model is differentiated at a thousand test points in one pass.

:class:`Dimension` carries only the physical dimension of a quantity, so that a model that adds a
length to a temperature is refused before any number is computed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np

from uncertainty.errors import Phrase, UncertaintyError

log = logging.getLogger(__name__)


class Dual:
    """A value with its gradient over the model's inputs (forward-mode AD).

    >>> x = Dual.variable(3.0, index=0, size=2)
    >>> y = Dual.variable(2.0, index=1, size=2)
    >>> f = x * x * y
    >>> float(f.value), f.gradient.tolist()
    (18.0, [12.0, 9.0])
    """

    __slots__ = ("value", "gradient")
    __array_priority__ = 100  # numpy scalars defer to Dual's reflected operators

    def __init__(self, value: Any, gradient: np.ndarray) -> None:
        self.value = value
        self.gradient = gradient

    @classmethod
    def variable(cls, value: Any, index: int, size: int) -> Dual:
        """The independent input number ``index`` of ``size``: its gradient is a unit vector."""
        value = np.asarray(value, dtype=float)
        gradient = np.zeros((size, *value.shape))
        gradient[index] = 1.0
        return cls(value, gradient)

    def __add__(self, other: Any) -> Dual:
        if isinstance(other, Dual):
            return Dual(self.value + other.value, self.gradient + other.gradient)
        return Dual(self.value + other, self.gradient)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Dual:
        if isinstance(other, Dual):
            return Dual(self.value - other.value, self.gradient - other.gradient)
        return Dual(self.value - other, self.gradient)

    def __rsub__(self, other: Any) -> Dual:
        return Dual(other - self.value, -self.gradient)

    def __neg__(self) -> Dual:
        return Dual(-self.value, -self.gradient)

    def __mul__(self, other: Any) -> Dual:
        if isinstance(other, Dual):
            return Dual(
                self.value * other.value,
                self.gradient * other.value + other.gradient * self.value,
            )
        return Dual(self.value * other, self.gradient * other)

    __rmul__ = __mul__

    def __truediv__(self, other: Any) -> Dual:
        if isinstance(other, Dual):
            value = self.value / other.value
            return Dual(value, (self.gradient - other.gradient * value) / other.value)
        return Dual(self.value / other, self.gradient / other)

    def __rtruediv__(self, other: Any) -> Dual:
        value = other / self.value
        return Dual(value, -self.gradient * (value / self.value))

    def __pow__(self, other: Any) -> Dual:
        if isinstance(other, Dual):
            value = self.value**other.value
            gradient = value * (
                other.gradient * np.log(self.value) + other.value * self.gradient / self.value
            )
            return Dual(value, gradient)
        if other == 0:
            return Dual(np.ones_like(self.value), self.gradient * 0.0)
        return Dual(self.value**other, self.gradient * (other * self.value ** (other - 1)))

    def __rpow__(self, other: Any) -> Dual:
        value = other**self.value
        return Dual(value, self.gradient * (value * np.log(other)))


def _chain(
    value_fn: Callable[[Any], Any], derivative_fn: Callable[[Any], Any]
) -> Callable[[Any], Any]:
    """A one-argument function that also knows its derivative (the chain rule for Dual)."""

    def apply(x: Any) -> Any:
        if isinstance(x, Dual):
            return Dual(value_fn(x.value), x.gradient * derivative_fn(x.value))
        if isinstance(x, Dimension):
            return x.through(value_fn.__name__)
        return value_fn(x)

    return apply


def _atan2(y: Any, x: Any) -> Any:
    if isinstance(y, Dimension) or isinstance(x, Dimension):
        return Dimension.atan2(y, x)
    if not isinstance(y, Dual) and not isinstance(x, Dual):
        return np.arctan2(y, x)
    yv, xv = (a.value if isinstance(a, Dual) else a for a in (y, x))
    denominator = xv * xv + yv * yv
    gradient = 0.0
    if isinstance(y, Dual):
        gradient = gradient + y.gradient * (xv / denominator)
    if isinstance(x, Dual):
        gradient = gradient - x.gradient * (yv / denominator)
    return Dual(np.arctan2(yv, xv), gradient)


def _named(fn: Callable[[Any], Any], name: str) -> Callable[[Any], Any]:
    def wrapped(x: Any) -> Any:
        return fn(x)

    wrapped.__name__ = name
    return wrapped


_LN10 = float(np.log(10.0))

# name -> (function working on floats, arrays, Dual and Dimension; number of arguments)
FUNCTIONS: dict[str, tuple[Callable[..., Any], int]] = {
    "sqrt": (_chain(_named(np.sqrt, "sqrt"), lambda v: 0.5 / np.sqrt(v)), 1),
    "exp": (_chain(_named(np.exp, "exp"), np.exp), 1),
    "log": (_chain(_named(np.log, "log"), lambda v: 1.0 / v), 1),
    "log10": (_chain(_named(np.log10, "log10"), lambda v: 1.0 / (v * _LN10)), 1),
    "sin": (_chain(_named(np.sin, "sin"), np.cos), 1),
    "cos": (_chain(_named(np.cos, "cos"), lambda v: -np.sin(v)), 1),
    "tan": (_chain(_named(np.tan, "tan"), lambda v: 1.0 / np.cos(v) ** 2), 1),
    "asin": (_chain(_named(np.arcsin, "asin"), lambda v: 1.0 / np.sqrt(1.0 - v * v)), 1),
    "acos": (_chain(_named(np.arccos, "acos"), lambda v: -1.0 / np.sqrt(1.0 - v * v)), 1),
    "atan": (_chain(_named(np.arctan, "atan"), lambda v: 1.0 / (1.0 + v * v)), 1),
    "atan2": (_atan2, 2),
    "abs": (_chain(_named(np.abs, "abs"), np.sign), 1),
}


_NUMBER = "#number"  # the unit of a bare number written in the model


class DimensionError(UncertaintyError):
    """A model that combines quantities of different dimensions."""


class Dimension:
    """The physical dimension of a model quantity, for the unit check before any number is used.

    ``dims`` maps base dimensions (``'[length]'``) to exponents; ``unit`` is the unit's text when
    the quantity is one input as given, so that adding ``nm`` to ``mm`` can be warned about.

    >>> length = Dimension({"[length]": 1}, "nm")
    >>> (length * length).dims
    {'[length]': 2}
    >>> length + Dimension({"[temperature]": 1}, "degC")
    Traceback (most recent call last):
    ...
    uncertainty.dual.DimensionError: adds degC ([temperature]) to nm ([length])
    """

    __slots__ = ("dims", "unit", "notes")

    def __init__(self, dims: dict[str, float], unit: str = "", notes: list[str] | None = None):
        self.dims = {k: v for k, v in dims.items() if v != 0}
        self.unit = unit
        self.notes = notes if notes is not None else []

    @staticmethod
    def _of(x: Any) -> Dimension:
        return x if isinstance(x, Dimension) else Dimension({}, _NUMBER)

    def _text(self) -> str:
        if not self.dims:
            return "dimensionless"
        return " ".join(f"{k}^{v:g}" if v != 1 else k for k, v in sorted(self.dims.items()))

    def _shown(self) -> str:
        return f"{self.unit} ({self._text()})" if self.unit else self._text()

    def _same(self, other: Any, verb: str) -> Dimension:
        other = self._of(other)
        # A bare number added to a quantity is read in that quantity's unit: t - 20 with t in
        # degC means 20 degC, as a technician writes it.
        if other.unit == _NUMBER:
            return Dimension(self.dims, self.unit, self.notes)
        if self.unit == _NUMBER:
            return Dimension(other.dims, other.unit, other.notes)
        if self.dims != other.dims:
            shown = {"other": other._shown(), "this": self._shown()}
            if verb == "subtracts":
                raise DimensionError("subtracts {other} from {this}", values=shown)
            if verb == "adds":
                raise DimensionError("adds {other} to {this}", values=shown)
            raise DimensionError("compares in atan2 {other} to {this}", values=shown)
        notes = self.notes + other.notes
        if self.dims and self.unit and other.unit and self.unit != other.unit:
            notes.append(
                Phrase(
                    "{this} and {other} are added as plain numbers",
                    values={"this": self.unit, "other": other.unit},
                )
            )
        unit = self.unit if self.unit == other.unit or not other.unit else other.unit
        return Dimension(self.dims, unit if self.dims else "", notes)

    def __add__(self, other: Any) -> Dimension:
        return self._same(other, "adds")

    def __radd__(self, other: Any) -> Dimension:
        return self._of(other)._same(self, "adds")

    def __sub__(self, other: Any) -> Dimension:
        return self._same(other, "subtracts")

    def __rsub__(self, other: Any) -> Dimension:
        return self._of(other)._same(self, "subtracts")

    def __neg__(self) -> Dimension:
        return self

    def _combine(self, other: Any, sign: int) -> Dimension:
        other = self._of(other)
        dims = dict(self.dims)
        for key, power in other.dims.items():
            dims[key] = dims.get(key, 0) + sign * power
        result = Dimension(dims, "", self.notes + other.notes)
        if result.dims:
            result.unit = self._product_unit(other, sign)
        return result

    def _product_unit(self, other: Dimension, sign: int) -> str:
        # A dimensionless factor (a ratio, a coefficient times a temperature) keeps the unit.
        if not other.dims:
            return self.unit
        if not self.dims:
            if sign > 0:
                return other.unit
            return f"1/({other.unit})" if other.unit else ""
        if self.unit and other.unit:
            return f"({self.unit}){'*' if sign > 0 else '/'}({other.unit})"
        return ""

    def __mul__(self, other: Any) -> Dimension:
        return self._combine(other, 1)

    __rmul__ = __mul__

    def __truediv__(self, other: Any) -> Dimension:
        return self._combine(other, -1)

    def __rtruediv__(self, other: Any) -> Dimension:
        return self._of(other)._combine(self, -1)

    def __pow__(self, other: Any) -> Dimension:
        if isinstance(other, Dimension):
            if other.dims:
                raise DimensionError(
                    "raises to a power that has a unit ({unit})", values={"unit": other._shown()}
                )
            if self.dims:
                raise DimensionError(
                    "raises {unit} to a power that is not a fixed number",
                    values={"unit": self._shown()},
                )
            return Dimension({}, "", self.notes + other.notes)
        power = float(other)
        unit = f"({self.unit})**{power:g}" if self.unit and self.dims else ""
        return Dimension({k: v * power for k, v in self.dims.items()}, unit, self.notes)

    def __rpow__(self, other: Any) -> Dimension:
        if self.dims:
            raise DimensionError("uses {unit} as an exponent", values={"unit": self._shown()})
        return Dimension({}, "", self.notes)

    def through(self, function: str) -> Dimension:
        """The dimension after ``function``: sqrt halves, abs keeps, the others need none."""
        if function == "sqrt":
            return self**0.5
        if function == "abs":
            return self
        if self.dims:
            raise DimensionError(
                "takes {function}() of {unit}, which has a unit",
                values={"function": function, "unit": self._shown()},
            )
        return Dimension({}, "", self.notes)

    @staticmethod
    def atan2(y: Any, x: Any) -> Dimension:
        Dimension._of(y)._same(x, "compares in atan2")
        return Dimension({}, "", Dimension._of(y).notes + Dimension._of(x).notes)
