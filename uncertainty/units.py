"""The one pint registry of CalDesk (suncal ``common/unitmgr.py``): made once, set as pint's
application registry, imported everywhere else. Unit errors become sentences a technician reads.
"""

from __future__ import annotations

import functools

import pint

from uncertainty.errors import UncertaintyError

ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
# Units met on Vietnamese device lists and certificates that pint does not know by these names.
for _definition in (
    "percent_relative_humidity = [] = pct_RH",
    "mmH2O = 9.80665 * pascal = mmH₂O",
    "kgf_per_cm2 = 98066.5 * pascal = at_tech",
):
    ureg.define(_definition)
pint.set_application_registry(ureg)
Quantity = ureg.Quantity

# How these units are written on device lists and certificates; pint's parser would read
# "%RH" as percent times ronnahenry and "kgf/cm2" as a product with the number 2.
_WRITTEN = {
    "%RH": "pct_RH",
    "% RH": "pct_RH",
    "%rh": "pct_RH",
    "kgf/cm2": "kgf_per_cm2",
    "kgf/cm²": "kgf_per_cm2",
    "kG/cm2": "kgf_per_cm2",
}


# Where the symbol pint prints is not how the lab writes the unit.
_PRINTED = {"pct_RH": "%RH", "percent_relative_humidity": "%RH", "kgf_per_cm2": "kgf/cm²"}


class UnitError(UncertaintyError):
    """A unit that is unknown, or that does not fit the quantity it is used for."""


def parse_unit(text: str) -> pint.Unit:
    """The pint unit for ``text``, or :class:`UnitError` with a sentence saying why not.

    >>> str(parse_unit("kPa"))
    'kilopascal'
    >>> parse_unit("kgf/cm2") == parse_unit("kgf_per_cm2"), str(parse_unit("%RH"))
    (True, 'percent_relative_humidity')
    >>> parse_unit("{")
    Traceback (most recent call last):
    ...
    uncertainty.units.UnitError: '{' is not a unit CalDesk knows.
    >>> parse_unit("vôn")
    Traceback (most recent call last):
    ...
    uncertainty.units.UnitError: 'vôn' is not a unit CalDesk knows.
    """
    cleaned = (text or "").strip()
    if not cleaned:
        raise UnitError("No unit was given.", values={})
    try:
        return ureg.Unit(_WRITTEN.get(cleaned, cleaned))
    except Exception:  # noqa: BLE001 - pint's parser raises many kinds (tokenize errors too)
        raise UnitError("'{unit}' is not a unit CalDesk knows.", values={"unit": cleaned}) from None


def check_compatible(unit: str, expected: str) -> None:
    """Raise :class:`UnitError` unless ``unit`` measures the same quantity as ``expected``.

    >>> check_compatible("mV", "V")
    >>> check_compatible("g", "V")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    uncertainty.units.UnitError: 'g' measures [mass], not ... like 'V'.
    """
    got, want = parse_unit(unit), parse_unit(expected)
    if got.dimensionality != want.dimensionality:
        raise UnitError(
            "'{unit}' measures {got}, not {wanted} like '{expected}'.",
            values={
                "unit": unit,
                "got": str(got.dimensionality),
                "wanted": str(want.dimensionality),
                "expected": expected,
            },
        )


@functools.lru_cache(maxsize=1024)
def unit_symbol(text: str | None) -> str:
    """A unit as CalDesk stores it (pint's names) written as a technician writes it, for
    screens, reports and certificates; a text that is not a unit comes back as it is.

    >>> [unit_symbol(u) for u in ("degC", "kohm", "uV", "kgf/cm**2", "pct_RH", "percent", "bar")]
    ['°C', 'kΩ', 'µV', 'kgf/cm²', '%RH', '%', 'bar']
    >>> unit_symbol(""), unit_symbol(None), unit_symbol("pH")
    ('', '', 'pH')
    """
    if not text:
        return ""
    if text in _PRINTED:
        return _PRINTED[text]
    try:
        return f"{parse_unit(text):~P}"
    except UnitError:
        return text
