"""The measuring part of a device-list row: range, unit, resolution, interval and last
calibration date, checked together (issue 2, Build item 3).

They are checked together because they depend on each other (the resolution must be in a unit of
the range's quantity and is converted to the range's unit; a unit column must agree with the
range), and memoised together because a real list repeats whole combinations: a hundred Fluke 87V
multimeters share one range, resolution, interval and date.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from lab.importing.numbers import canonical_unit, convert, read_number, same_quantity, unit_scale
from lab.importing.values import read_date, read_interval, read_quantity, read_range
from lab.sentences import Sentence, sentence
from uncertainty.units import unit_symbol

log = logging.getLogger(__name__)

# The cells :func:`read_measurement` takes, in its order.
MEASUREMENT_FIELDS = (
    "range",
    "unit",
    "resolution",
    "range_min",
    "range_max",
    "interval_months",
    "last_calibrated",
)
_LONGEST = 200  # no range, unit or date is longer; longer cells are still reported, cut short
_MIN_ABOVE_MAX = sentence("The range's minimum is above its maximum.")


class Measurement(NamedTuple):
    """The checked values, and ``(field, reason)`` for each cell that is wrong."""

    range_min: float | None
    range_max: float | None
    unit: str | None
    resolution: float | None
    interval_months: int | None
    last_calibrated: date | None
    problems: tuple[tuple[str, Sentence], ...]


@lru_cache(maxsize=16384)
def read_measurement(
    span: str,
    unit: str,
    resolution: str,
    range_min: str,
    range_max: str,
    interval: str,
    last_calibrated: str,
    today: date,
) -> Measurement:
    """Check the cells of the :data:`MEASUREMENT_FIELDS` ("" where a column is absent).

    >>> read_measurement("0 – 10 bar", "", "20 kPa", "", "", "1 năm", "15/03/2024",
    ...                  date(2025, 1, 1))
    Measurement(range_min=0.0, range_max=10.0, unit='bar', resolution=0.2, interval_months=12, \
last_calibrated=datetime.date(2024, 3, 15), problems=())
    """
    cells = (span, unit, resolution, range_min, range_max, interval, last_calibrated)
    # Runs of spaces collapsed, and overlong cells cut: the patterns then stay linear in time.
    span, unit_text, resolution_text, low_text, high_text, interval_text, date_text = (
        " ".join(cell[:_LONGEST].split()) for cell in cells
    )
    problems: list[tuple[str, Sentence]] = []
    low, high, unit = _range(span, unit_text, low_text, high_text, problems)
    resolution, unit = _resolution(resolution_text, unit, problems)
    interval = _checked("interval_months", interval_text, read_interval, problems)
    calibrated = None
    if date_text:
        calibrated, reason = read_date(date_text, today)
        if reason:
            problems.append(("last_calibrated", reason))
    return Measurement(low, high, unit, resolution, interval, calibrated, tuple(problems))


def _checked(field, text, parser, problems):
    if not text:
        return None
    value, reason = parser(text)
    if reason:
        problems.append((field, reason))
    return value


def _range(span: str, unit_text: str, low_text: str, high_text: str, problems: list):
    """(min, max, unit) from the range cell, else the min and max cells; the unit column names
    the unit when the range does not, and must agree with it when both do."""
    unit = _checked("unit", unit_text, canonical_unit, problems)
    parsed = _checked("range", span, read_range, problems)
    if parsed is None:
        low = _checked("range_min", low_text, read_number, problems)
        high = _checked("range_max", high_text, read_number, problems)
        if low is not None and high is not None and low > high:
            problems.append(("range_min", _MIN_ABOVE_MAX))
        return low, high, unit
    low, high, range_unit = parsed
    if unit is None or range_unit is None or unit == range_unit:
        return low, high, range_unit or unit
    if not same_quantity(range_unit, unit):
        reason = sentence(
            "The range '{text}' is in '{range_unit}' but the unit column says '{unit}', "
            "which measures something else.",
            text=span,
            range_unit=unit_symbol(range_unit),
            unit=unit_text,
        )
        problems.append(("range", reason))
        return None, None, unit
    return _tidy(convert(low, range_unit, unit)), _tidy(convert(high, range_unit, unit)), unit


def _resolution(text: str, unit: str | None, problems: list):
    """The resolution in the range's unit; its own unit must measure the same quantity."""
    quantity = _checked("resolution", text, read_quantity, problems)
    if quantity is None:
        return None, unit
    value, own_unit = quantity
    if own_unit is None or own_unit == unit:
        return value, unit
    if unit is None:
        return value, own_unit
    if not same_quantity(own_unit, unit):
        reason = sentence(
            "The resolution '{text}' is not in a unit of the range ('{unit}').",
            text=text,
            unit=unit_symbol(unit),
        )
        problems.append(("resolution", reason))
        return None, unit
    # A resolution is a step, converted without offsets: 0.1 °C is 0.1 K, not 273.25 K.
    return _tidy(value * unit_scale(own_unit) / unit_scale(unit)), unit


def _tidy(value: float) -> float:
    """Twelve significant digits: 0.01 mV is 1e-05 V, not 1.0000000000000002e-05 V."""
    return float(f"{value:.12g}")
