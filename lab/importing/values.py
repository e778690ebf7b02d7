"""The values of one device-list cell: ranges, resolutions, dates, intervals, kinds (issue 2,
Build item 3).

Every parser is pure and memoised (real lists repeat the same ranges, units and dates) and returns
``(value, reason)``: ``reason`` is ``None`` when the value is good, else a sentence saying what is
wrong with the text, in the technician's words.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from functools import lru_cache

from lab.importing.numbers import (
    NUMBER_PATTERN,
    canonical_unit,
    convert,
    read_number,
    same_quantity,
    unit_scale,
)
from lab.sentences import Sentence, sentence
from lab.storage.text import fold

log = logging.getLogger(__name__)

# --- ranges --------------------------------------------------------------------------------------

_SEPARATOR = r"(?:\.{2,}|…|–|—|-|÷|~|～|→|->|\bto\b|\bđến\b|\bden\b)"
_UNIT_TEXT = r"[^\s\d().,;:+\-−–—÷~～…→±][^\s;:÷~～…–—→]*"
_RANGE = re.compile(
    rf"^\s*(?P<pre>{_UNIT_TEXT})?\s*[:=]?\s*\(?\s*"
    rf"(?P<lo>{NUMBER_PATTERN})\s*(?P<lo_unit>{_UNIT_TEXT})?\s*{_SEPARATOR}\s*"
    rf"(?P<hi>{NUMBER_PATTERN})\s*\)?\s*(?P<post>\S.*?)?\s*$",
    re.IGNORECASE,
)
_PLUS_MINUS = re.compile(
    rf"^\s*\(?\s*(?:±|\+/-|\+-)\s*(?P<hi>{NUMBER_PATTERN})\s*\)?\s*(?P<post>\S.*?)?\s*$"
)
_SINGLE = re.compile(rf"^\s*\(?\s*(?P<hi>{NUMBER_PATTERN})\s*\)?\s*(?P<post>\S.*?)?\s*$")

# Separators between the ranges of a multi-range instrument; "/" only where it cannot be part
# of a unit such as kgf/cm2 (a digit or a space follows it).
_RANGE_LIST = re.compile(r";|/(?=\s*[\d(±+\-−])")
Range = tuple[float, float, str | None]
Read = tuple[Range | None, Sentence | None]


@lru_cache(maxsize=8192)
def read_range(text: str) -> Read:
    """``((minimum, maximum, canonical unit or None), None)`` or ``(None, reason)``.

    Accepts ``0 – 10 bar``, ``(0 ÷ 600) V``, ``-50...200 °C``, ``0~220 g``, ``0-10bar``,
    ``-1 ... 0 kgf/cm2``, ``0 to 100 %RH``, ``bar 0-10``, ``0 bar - 10 bar``, ``±10 V`` and a
    single upper limit ``600 V`` (read as 0 to 600 V). A multi-range instrument's list of ranges,
    ``200 mV/2 V/20 V/200 V`` or ``0-10 bar; 0-100 bar``, gives its whole span, in the unit of the
    highest range.

    >>> read_range("(0 ÷ 600) V")
    ((0.0, 600.0, 'V'), None)
    >>> read_range("-50...200 °C")
    ((-50.0, 200.0, 'degC'), None)
    >>> read_range("200mV/2V/20V/600V")
    ((0.0, 600.0, 'V'), None)
    >>> read_range("0 – 10 barr")[1]
    "The range '0 – 10 barr' has a unit CalDesk does not know ('barr')."
    """
    cleaned = text.strip()
    span, reason = _one_range(cleaned)
    if span is None and _RANGE_LIST.search(cleaned):
        return _widest_range(cleaned, reason)
    return span, reason


def _one_range(cleaned: str) -> Read:
    match = _RANGE.match(cleaned)
    if match:
        return _range_from(
            cleaned, match["lo"], match["hi"], match["pre"], match["lo_unit"], match["post"]
        )
    match = _PLUS_MINUS.match(cleaned)
    if match:
        return _range_from(cleaned, "-" + match["hi"], match["hi"], None, None, match["post"])
    match = _SINGLE.match(cleaned)
    if match and not match["hi"].lstrip().startswith(("-", "−")):
        return _range_from(cleaned, "0", match["hi"], None, None, match["post"])
    return None, _unreadable_range(cleaned)


def _widest_range(text: str, reason: Sentence | None) -> Read:
    """The span of a list of ranges, all of one quantity; else the first part's problem, said
    of the whole list as written."""
    spans = []
    for part in _RANGE_LIST.split(text):
        span, part_reason = _one_range(part.strip())
        if span is None:
            return None, reason if part_reason is None else part_reason.with_params(text=text)
        spans.append(span)
    low, high, unit = max(spans, key=lambda span: _in_base_units(span[1], span[2]))
    for other_low, _, other_unit in spans:
        if unit and other_unit and other_unit != unit:
            if not same_quantity(other_unit, unit):
                return None, sentence(
                    "The ranges in '{text}' mix units of different quantities.", text=text
                )
            other_low = convert(other_low, other_unit, unit)
        low = min(low, other_low)
    return (low, high, unit), None


def _in_base_units(value: float, unit: str | None) -> float:
    return value if unit is None else convert(value, unit, unit) * unit_scale(unit)


def _unreadable_range(text: str) -> Sentence:
    return sentence(
        "The range '{text}' cannot be read: write it as minimum – maximum and unit, "
        "for example '0 – 10 bar'.",
        text=text,
    )


def _range_from(text, lo, hi, pre, lo_unit, post) -> Read:
    low, _ = read_number(lo)
    high, _ = read_number(hi)
    if low is None or high is None:
        return None, _unreadable_range(text)
    written = [unit for unit in (pre, lo_unit, post) if unit]
    units = []
    for unit in written:
        canonical, _ = canonical_unit(unit)
        if canonical is None:
            return None, sentence(
                "The range '{text}' has a unit CalDesk does not know ('{unit}').",
                text=text,
                unit=unit.strip(),
            )
        units.append(canonical)
    if len(set(units)) > 1:
        return None, sentence(
            "The range '{text}' names two different units ({units}).",
            text=text,
            units=", ".join(written),
        )
    if low > high:
        return None, sentence("The range '{text}' has its minimum above its maximum.", text=text)
    return (low, high, units[0] if units else None), None


# --- resolution ----------------------------------------------------------------------------------

_QUANTITY = re.compile(rf"^\s*(?P<value>{NUMBER_PATTERN})\s*(?P<unit>\S.*?)?\s*$")


@lru_cache(maxsize=4096)
def read_quantity(text: str) -> tuple[tuple[float, str | None] | None, Sentence | None]:
    """A positive value with an optional unit, as a resolution is written: ``0,1 °C``.

    >>> read_quantity("0,1 °C"), read_quantity("0.01")
    (((0.1, 'degC'), None), ((0.01, None), None))
    """
    cleaned = text.strip()
    match = _QUANTITY.match(cleaned)
    value = read_number(match["value"])[0] if match else None
    if value is None:
        return None, sentence(
            "The resolution '{text}' is not a number with a unit, like '0.01 V'.", text=cleaned
        )
    if value <= 0:
        return None, sentence("The resolution '{text}' must be greater than zero.", text=cleaned)
    if not match["unit"]:
        return (value, None), None
    unit, _ = canonical_unit(match["unit"])
    if unit is None:
        return None, sentence(
            "The resolution '{text}' has a unit CalDesk does not know ('{unit}').",
            text=cleaned,
            unit=match["unit"],
        )
    return (value, unit), None


# --- dates ---------------------------------------------------------------------------------------

_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_EXCEL_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 past Excel's phantom 29 Feb 1900
_EARLIEST = date(1950, 1, 1)


@lru_cache(maxsize=8192)
def read_date(text: str, today: date) -> tuple[date | None, Sentence | None]:
    """A past calibration date: dd/mm/yyyy, d/m/yy, dd-mm-yyyy, dd.mm.yyyy, ISO yyyy-mm-dd or an
    Excel serial number (``45292`` is 2024-01-01). Two-digit years are 2000+yy unless that lies in
    the future, then 1900+yy.

    >>> read_date("05/03/2024", date(2025, 1, 1)), read_date("45292", date(2025, 1, 1))
    ((datetime.date(2024, 3, 5), None), (datetime.date(2024, 1, 1), None))
    >>> read_date("31/02/2024", date(2025, 1, 1))[1]
    "The date '31/02/2024' does not exist (day 31 of month 2 in 2024)."
    """
    cleaned = text.strip()
    parts = _date_parts(cleaned, today)
    if parts is None:
        return None, sentence(
            "The date '{text}' cannot be read: write it as day/month/year, for example 15/03/2024.",
            text=cleaned,
        )
    if isinstance(parts, date):
        found = parts
    else:
        year, month, day = parts
        try:
            found = date(year, month, day)
        except ValueError:
            return None, sentence(
                "The date '{text}' does not exist (day {day} of month {month} in {year}).",
                text=cleaned,
                day=day,
                month=month,
                year=year,
            )
    if found > today:
        return None, sentence(
            "The date '{text}' is in the future; a calibration date must be past.", text=cleaned
        )
    if found < _EARLIEST:
        return None, sentence(
            "The date '{text}' is before {year}; please check the year.",
            text=cleaned,
            year=_EARLIEST.year,
        )
    return found, None


def _date_parts(text: str, today: date) -> tuple[int, int, int] | date | None:
    match = _ISO.match(text)
    if match:
        return int(match[1]), int(match[2]), int(match[3])
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = int(match[1]), int(match[2]), int(match[3])
        if len(match[3]) == 2:
            year += 2000 if 2000 + year <= today.year else 1900
        return year, month, day
    if _EXCEL_SERIAL.match(text):
        return _EXCEL_EPOCH + timedelta(days=int(float(text)))
    return None


# --- interval ------------------------------------------------------------------------------------

_INTERVAL = re.compile(
    r"^(?P<count>\d+(?:[.,]5)?)\s*(?P<unit>thang|th|months?|mo|m|nam|years?|yrs?|y)?\.?"
    r"(?:\s*/\s*lan)?$"
)
_PER_YEAR = re.compile(r"^(?P<count>\d+)\s*lan\s*/\s*nam$")


@lru_cache(maxsize=1024)
def read_interval(text: str) -> tuple[int | None, Sentence | None]:
    """A calibration interval in whole months: ``12``, ``12 tháng``, ``1 năm``, ``1 year``,
    ``6 months``, ``1 lần/năm`` (once a year).

    >>> read_interval("12 tháng"), read_interval("1 năm"), read_interval("18")
    ((12, None), (12, None), (18, None))
    """
    cleaned = text.strip()
    folded = fold(cleaned)
    per_year = _PER_YEAR.match(folded)
    if per_year and 0 < int(per_year["count"]) <= 12 and 12 % int(per_year["count"]) == 0:
        return 12 // int(per_year["count"]), None
    match = _INTERVAL.match(folded)
    if match is None:
        return None, sentence(
            "The calibration interval '{text}' cannot be read: write it in months, "
            "for example '12 tháng' or '12 months'.",
            text=cleaned,
        )
    count = float(match["count"].replace(",", "."))
    in_years = (match["unit"] or "").startswith(("nam", "y"))
    months = count * 12 if in_years else count
    if months != int(months) or not 1 <= months <= 120:
        return None, sentence(
            "The calibration interval '{text}' must be a whole number of months from 1 to 120.",
            text=cleaned,
        )
    return int(months), None


# --- kind ----------------------------------------------------------------------------------------

# Folded words of a device name -> the kind. Longer, more specific names come first: a
# thermohygrometer ("nhiệt ẩm kế") must not be taken for a thermometer ("nhiệt kế").
_KINDS: tuple[tuple[str, str], ...] = (
    ("nhiet am ke", "thermohygrometer"),
    ("thermohygrometer", "thermohygrometer"),
    ("thermo-hygrometer", "thermohygrometer"),
    ("am ke", "hygrometer"),
    ("hygrometer", "hygrometer"),
    ("dong ho van nang", "multimeter"),
    ("van nang ke", "multimeter"),
    ("multimeter", "multimeter"),
    ("ampe kim", "clamp meter"),
    ("clamp meter", "clamp meter"),
    ("dien tro cach dien", "insulation tester"),
    ("megomet", "insulation tester"),
    ("insulation tester", "insulation tester"),
    ("qua can", "weight"),
    ("weight", "weight"),
    ("can phan tich", "balance"),
    ("can ky thuat", "balance"),
    ("can dien tu", "balance"),
    ("can", "balance"),
    ("balance", "balance"),
    ("scale", "balance"),
    ("dong ho ap suat", "pressure gauge"),
    ("dong ho do ap suat", "pressure gauge"),
    ("ap ke", "pressure gauge"),
    ("chan khong ke", "pressure gauge"),
    ("manometer", "pressure gauge"),
    ("pressure gauge", "pressure gauge"),
    ("vacuum gauge", "pressure gauge"),
    ("bo chuyen doi ap suat", "pressure transmitter"),
    ("pressure transmitter", "pressure transmitter"),
    ("nhiet ke", "thermometer"),
    ("thermometer", "thermometer"),
    ("thuoc cap", "caliper"),
    ("caliper", "caliper"),
    ("calliper", "caliper"),
    ("panme", "micrometer"),
    ("micrometer", "micrometer"),
    ("dong ho so", "dial gauge"),
    ("dial gauge", "dial gauge"),
    ("dial indicator", "dial gauge"),
    ("may hien song", "oscilloscope"),
    ("oscilloscope", "oscilloscope"),
    ("nguon mot chieu", "power supply"),
    ("power supply", "power supply"),
    ("cle luc", "torque wrench"),
    ("torque wrench", "torque wrench"),
    ("may do ph", "pH meter"),
    ("ph meter", "pH meter"),
    ("luxmeter", "lux meter"),
    ("lux meter", "lux meter"),
    ("do anh sang", "lux meter"),
    ("do am thanh", "sound level meter"),
    ("sound level meter", "sound level meter"),
    ("be dieu nhiet", "temperature bath"),
    ("temperature bath", "temperature bath"),
    ("lo nhiet", "dry-well calibrator"),
    ("dry-well", "dry-well calibrator"),
    ("tu say", "oven"),
    ("tu am", "incubator"),
    ("oven", "oven"),
    ("lo nung", "furnace"),
    ("furnace", "furnace"),
    ("dong ho bam giay", "stopwatch"),
    ("stopwatch", "stopwatch"),
)
_WORD_EDGE = r"(?<![a-z0-9]){}(?![a-z0-9])"
_KIND_PATTERNS = tuple((re.compile(_WORD_EDGE.format(re.escape(w))), k) for w, k in _KINDS)


@lru_cache(maxsize=8192)
def guess_kind(name: str) -> str | None:
    """The kind of device a name says, in English lab words, or ``None`` when unsure.

    >>> guess_kind("Nhiệt ẩm kế tự ghi"), guess_kind("Đồng hồ vạn năng số"), guess_kind("Bơm")
    ('thermohygrometer', 'multimeter', None)
    """
    folded = fold(name)
    for pattern, kind in _KIND_PATTERNS:
        if pattern.search(folded):
            return kind
    return None
