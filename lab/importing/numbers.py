"""Numbers and units as technicians write them on device lists (issue 2, Build item 3).

Decimal separators, the rule CalDesk follows (and the import report repeats):

- a number with **one** separator uses it as the decimal mark, whether comma or point:
  ``0,05`` = ``0.05`` = 0.05, and so ``1.000`` and ``1,000`` both read as **one**;
- thousands are recognised only where they cannot be a decimal mark: the separator repeats
  (``1.000.000``, ``1,000,000``), both kinds appear (``1.234,5`` and ``1,234.5``: the last one is
  the decimal mark), or the groups are split by spaces (``1 000``).

Write a thousand as ``1000`` or ``1 000``. A single separator is read as decimal because that is
what both Excel (``0.05``) and Vietnamese typing (``0,05``) mean by it on a resolution or a range
end, where a thousands mark on a four-digit number is the rare case.

Every parser here is pure and memoised: a real list repeats the same units and numbers thousands of
times. Cached functions return ``(value, reason)`` pairs instead of raising, because
``functools.lru_cache`` does not cache exceptions.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from lab.sentences import Sentence, sentence
from uncertainty.units import UnitError, parse_unit, ureg

log = logging.getLogger(__name__)

NUMBER_PATTERN = r"[+\-−]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(?:[.,]\d+)*(?:[eE][+\-]?\d+)?"
_NUMBER = re.compile(rf"\s*({NUMBER_PATTERN})\s*")
_GROUP_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3})")

# Spellings seen on Vietnamese and English device lists that pint reads wrongly or not at all,
# mapped to a text the one pint registry parses as the unit meant. Case matters here (mΩ is not
# MΩ); _LOOSE below catches only mis-capitalised units that pint itself rejects.
_EXACT = {
    "°C": "degC",
    "℃": "degC",
    "ºC": "degC",
    "oC": "degC",
    "0C": "degC",
    # Nobody sends a coulomb meter to this lab: a bare "C" on a device list is a temperature.
    "C": "degC",
    "độ C": "degC",
    "°F": "degF",
    "℉": "degF",
    "%RH": "pct_RH",
    "% RH": "pct_RH",
    "RH%": "pct_RH",
    "%rh": "pct_RH",
    "RH": "pct_RH",
    "%HR": "pct_RH",
    "Ω": "ohm",
    "kΩ": "kohm",
    "MΩ": "Mohm",
    "GΩ": "Gohm",
    "mΩ": "mohm",
    "Ohm": "ohm",
    "kOhm": "kohm",
    "MOhm": "Mohm",
    "mOhm": "mohm",
    "kgf/cm2": "kgf/cm**2",
    "kgf/cm²": "kgf/cm**2",
    "kG/cm2": "kgf/cm**2",
    "kg/cm2": "kgf/cm**2",
    "kg/cm²": "kgf/cm**2",
    "at": "kgf/cm**2",
    "mmH₂O": "mmH2O",
    "N.m": "N*m",
    "N·m": "N*m",
    "Nm": "N*m",
    "lux": "lx",
    "gam": "g",
    "tấn": "t",
    "mét": "m",
    "lít": "L",
    "vòng/phút": "rpm",
    "v/ph": "rpm",
    "giây": "s",
    "phút": "min",
}
_LOOSE = {
    name.lower(): name
    for name in (
        "V mV kV uV A mA uA Hz kHz MHz bar mbar Pa kPa MPa psi mmH2O mmHg cmH2O inH2O "
        "g kg mg mm cm um degC degF ohm L mL N kN lx dB rpm"
    ).split()
}
_LOOSE.update({"°c": "degC", "ω": "ohm", "oc": "degC", "do c": "degC"})
_PH_SCALE = "pH"  # not a pint unit: pH meters are read on the dimensionless pH scale
_SUPERSCRIPTS = str.maketrans({"²": "**2", "³": "**3", "₂": "2"})
_AREA = re.compile(r"(?<![A-Za-z])(mm|cm|m|dm|in|ft|s)([23])\b")


class NumberError(ValueError):
    """A text that is not a number; the message is a sentence."""


@lru_cache(maxsize=8192)
def read_number(text: str) -> tuple[float | None, Sentence | None]:
    """``(value, None)`` for a number written per the module's rule, else ``(None, reason)``.

    >>> read_number("0,05"), read_number("1.234,5"), read_number("1 000"), read_number("1.000")
    ((0.05, None), (1234.5, None), (1000.0, None), (1.0, None))
    >>> read_number("abc")
    (None, "'abc' is not a number.")
    >>> read_number("E0")  # an exponent with no number before it (found by hypothesis)
    (None, "'E0' is not a number.")
    """
    cleaned = text.strip()
    match = _NUMBER.fullmatch(cleaned)
    if not cleaned or match is None or not any(ch.isdigit() for ch in cleaned):
        return None, sentence("'{text}' is not a number.", text=cleaned)
    try:
        return _to_float(match.group(1)), None
    except ValueError:
        return None, sentence("'{text}' is not a number.", text=cleaned)


def _to_float(number: str) -> float:
    """A matched number in Python's syntax: separators per the module's rule."""
    number = _GROUP_SPACES.sub("", number).replace("−", "-")
    mantissa, exponent = re.fullmatch(r"([^eE]*)((?:[eE].*)?)", number).groups()
    commas, points = mantissa.count(","), mantissa.count(".")
    if commas and points:
        decimal = "," if mantissa.rfind(",") > mantissa.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        mantissa = mantissa.replace(thousands, "").replace(decimal, ".")
    elif commas > 1 or points > 1:
        mantissa = mantissa.replace(",", "").replace(".", "")
    else:
        mantissa = mantissa.replace(",", ".")
    return float(mantissa + exponent)


@lru_cache(maxsize=2048)
def canonical_unit(text: str) -> tuple[str | None, Sentence | None]:
    """``(unit text pint parses, None)`` for a unit as written, else ``(None, reason)``.

    >>> canonical_unit("°C"), canonical_unit("kgf/cm2"), canonical_unit("%RH")
    (('degC', None), ('kgf/cm**2', None), ('pct_RH', None))
    >>> canonical_unit("barr")
    (None, "CalDesk does not know the unit 'barr'.")
    """
    written = text.strip().strip("()[]").strip()
    if not written or _NUMBER.fullmatch(written):  # pint would take "1" as dimensionless
        return None, sentence("'{text}' is not a unit.", text=written)
    if written == _PH_SCALE or written.lower() == "ph":
        return _PH_SCALE, None
    candidate = _EXACT.get(written) or _AREA.sub(r"\1**\2", written.translate(_SUPERSCRIPTS))
    candidate = candidate.replace("µ", "u").replace("μ", "u")
    if not _pint_knows(candidate):
        candidate = _LOOSE.get(written.lower(), "")
        if not candidate:
            return None, sentence("CalDesk does not know the unit '{unit}'.", unit=written)
    return candidate, None


def _pint_knows(text: str) -> bool:
    try:
        parse_unit(text)
    except UnitError:
        return False
    except Exception as exc:  # pint's parser leaks tokenizer and syntax errors on odd text ("{")
        log.debug("pint cannot parse %r: %r", text, exc)
        return False
    return True


@lru_cache(maxsize=1024)
def unit_scale(canonical: str) -> float:
    """One step of ``canonical`` in SI base units (a difference: a °C step is a kelvin)."""
    if canonical == _PH_SCALE:
        return 1.0
    one, zero = ureg.Quantity(1.0, canonical), ureg.Quantity(0.0, canonical)
    return float(one.to_base_units().magnitude - zero.to_base_units().magnitude)


@lru_cache(maxsize=1024)
def same_quantity(unit: str, other: str) -> bool:
    """Whether two canonical units measure the same quantity (so one converts to the other)."""
    if _PH_SCALE in (unit, other):
        return unit == other
    return parse_unit(unit).dimensionality == parse_unit(other).dimensionality


@lru_cache(maxsize=1024)
def convert(value: float, unit: str, target: str) -> float:
    """``value`` in ``unit`` expressed in ``target`` (both canonical and of one quantity)."""
    if unit == target:
        return value
    if _PH_SCALE in (unit, target):
        raise UnitError(f"'{unit}' cannot be converted to '{target}'.")
    return float(ureg.Quantity(value, unit).to(target).magnitude)
