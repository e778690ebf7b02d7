"""Numbers as a certificate prints them (ILAC-P14:09/2020 section 5; GUM 7.2.6).

The expanded uncertainty U is printed with at most two significant digits, rounded to the
NEAREST (half up), the same rule as the project's uncertainty engine
(:func:`uncertainty.coverage.round_for_report`, mode "nearest"), so the figure on a certificate
and the figure the Uncertainty pane shows never disagree. GUM 7.2.6 allows rounding up; ILAC-P14
asks only for "at most two significant digits", and the lab's floor against understating U is
the CMC: a U below the lab's calibration and measurement capability is never printed, the CMC
is (ILAC-P14 section 6), itself rounded up so the floor is never crossed by rounding. Every
result (reference, indication, error) is then rounded to the decimal place of the printed U.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, Decimal

from uncertainty.coverage import round_for_report


@dataclass(frozen=True)
class PrintedPoint:
    """One point's figures as printed, in the device's unit."""

    reference: str
    indication: str
    error: str
    expanded_uncertainty: str
    place: int  # the power of ten of the last printed digit
    cmc_applied: bool


def printed_uncertainty(expanded_uncertainty: float, cmc: float | None = None) -> tuple[str, int]:
    """U with at most two significant digits, never below the CMC; and the power of ten of its
    last digit (-4 for "0.0095", 1 for "120"): the place every result is rounded to.

    >>> printed_uncertainty(0.0095)
    ('0.0095', -4)
    >>> printed_uncertainty(0.00951)
    ('0.0095', -4)
    >>> printed_uncertainty(1.25)
    ('1.3', -1)
    >>> printed_uncertainty(12.3)
    ('12', 0)
    >>> printed_uncertainty(123.4)
    ('120', 1)
    >>> printed_uncertainty(0.00996)
    ('0.010', -3)
    >>> printed_uncertainty(0.0012, cmc=0.0015)
    ('0.0015', -4)
    >>> printed_uncertainty(0.0012, cmc=0.00151)
    ('0.0016', -4)
    """
    _check(expanded_uncertainty, "expanded uncertainty")
    if cmc is not None and cmc > 0 and expanded_uncertainty < cmc:
        return _rounded_up(cmc)
    reported = round_for_report(0.0, expanded_uncertainty)
    return reported.expanded_uncertainty, _place(reported.expanded_uncertainty)


def _place(text: str) -> int:
    """The power of ten of the last printed digit of a U of two significant digits."""
    if "." in text:
        return -len(text.split(".")[1])
    return max(0, len(text) - 2)  # "120": the zero only fills the units place


def _rounded_up(value: float) -> tuple[str, int]:
    """Two significant digits, rounded up (a floor must stay a floor after rounding)."""
    exponent = math.floor(math.log10(value)) - 1
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_CEILING)
    if rounded.adjusted() > Decimal(repr(value)).adjusted():  # 0.0996 → 0.10
        exponent += 1
        rounded = rounded.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_CEILING)
    return _text(rounded, exponent), exponent


def at_place(value: float, place: int) -> str:
    """A result rounded to the digit of 10**place (half to even, as the engine rounds y).

    >>> at_place(10.00347, -4)
    '10.0035'
    >>> at_place(-0.00004, -4)
    '0.0000'
    >>> at_place(904.6, 1)
    '900'
    """
    _check(value, "result")
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(place), ROUND_HALF_EVEN)
    if rounded.is_zero():
        rounded = abs(rounded)  # "-0.0000" reads like a sign that is not there
    return _text(rounded, place)


def _text(number: Decimal, place: int) -> str:
    return f"{number:.{max(0, -place)}f}"


def printed_point(
    reference: float,
    indication: float,
    error: float,
    expanded_uncertainty: float,
    cmc: float | None = None,
) -> PrintedPoint:
    """The figures of one point: U per ILAC-P14 and the CMC floor, results to U's place.

    >>> printed_point(10.0, 10.00347, 0.00347, 0.00351)
    PrintedPoint(reference='10.0000', indication='10.0035', error='0.0035', \
expanded_uncertainty='0.0035', place=-4, cmc_applied=False)
    >>> printed_point(900.0, 900.2, 0.2, 123.4).expanded_uncertainty
    '120'
    """
    u_text, place = printed_uncertainty(expanded_uncertainty, cmc)
    return PrintedPoint(
        reference=at_place(reference, place),
        indication=at_place(indication, place),
        error=at_place(error, place),
        expanded_uncertainty=u_text,
        place=place,
        cmc_applied=cmc is not None and cmc > 0 and expanded_uncertainty < cmc,
    )


def _check(value: float, what: str) -> None:
    if not math.isfinite(value):
        raise ValueError(f"A {what} of {value!r} cannot be printed on a certificate.")
    if what == "expanded uncertainty" and value <= 0:
        raise ValueError(
            f"An expanded uncertainty of {value!r} cannot be printed: a calibration result "
            "always has a positive uncertainty."
        )
