"""The value a person types to settle a conflict, read into the column's own type.

Neither workstation's value is always right: two technicians corrected a serial number
differently and the label on the device says a third thing. The text is read the way the
register reads a customer's list (:mod:`lab.importing`): a decimal comma or point, a date as
day/month/year or ISO, text stored NFC. What a person cannot sensibly type (ids, timestamps,
lists, columns the register works out itself) is refused with a sentence that says so.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Float, Integer, String, Uuid

from lab.importing.numbers import read_number
from lab.importing.values import read_date
from lab.sentences import SaysWhy, sentence
from lab.storage.base import UTCDateTime
from lab.storage.text import nfc
from lab.sync.tables import synced_tables

# Dates of something that has happened; a date yet to come (a standard's validity) may be later.
PAST_DATES = frozenset({"last_calibrated", "calibrated_on", "received_on", "issued_on"})
_NO_LIMIT = date(9999, 12, 31)


class SettlingRefused(SaysWhy, ValueError):
    """The conflict cannot be settled that way; nothing was changed."""


class TypedValueRefused(SettlingRefused):
    """The typed text is not a value of the field; nothing was changed."""


def read_typed(column: Column, text: str, today: date) -> object:
    """The value ``text`` gives the conflict's field ``column``; :class:`TypedValueRefused`
    when it gives none. An empty text clears a field that may be empty.

    >>> from lab.storage.models import Device
    >>> c = Device.__table__.c
    >>> read_typed(c.resolution, "0,05", date(2025, 6, 1)), read_typed(c.serial, " SN 12 ", None)
    (0.05, 'SN 12')
    >>> read_typed(c.last_calibrated, "15/03/2025", date(2025, 6, 1))
    datetime.date(2025, 3, 15)
    >>> read_typed(c.range_max, "abc", date(2025, 6, 1))
    Traceback (most recent call last):
    lab.sync.typed.TypedValueRefused: The range_max must be a number, such as 0,05 or 1.5; \
'abc' is not one.
    """
    field = column.name
    _refuse_untypable(column)
    cleaned = nfc(text)
    if not cleaned:
        if not column.nullable:
            raise TypedValueRefused(sentence("The {field} cannot be empty.", field=field))
        return None
    if isinstance(column.type, Date):
        return _date(field, cleaned, today if field in PAST_DATES else _NO_LIMIT)
    if isinstance(column.type, Integer):
        return _whole_number(field, cleaned)
    if isinstance(column.type, Float):
        return _number(field, cleaned)
    return _text(column, cleaned)


def _refuse_untypable(column: Column) -> None:
    field, kind = column.name, column.type
    # A column worked out from others (the model's ``__sync_derived__``): typing one would
    # only make it disagree with the fields it is made from.
    if field in _derived(column):
        raise TypedValueRefused(
            sentence(
                "The {field} is worked out from other fields and cannot be typed; settle the "
                "fields it is made from.",
                field=field,
            )
        )
    if isinstance(kind, Uuid):
        raise TypedValueRefused(
            sentence(
                "The {field} is a link to another record and cannot be typed; keep the value in "
                "the record or take the other one.",
                field=field,
            )
        )
    if isinstance(kind, UTCDateTime | DateTime | JSON | Boolean):
        raise TypedValueRefused(
            sentence(
                "The {field} cannot be typed; keep the value in the record or take the other one.",
                field=field,
            )
        )


def _derived(column: Column) -> tuple[str, ...]:
    by_table = {t.name: t.derived for t in synced_tables()}
    return by_table.get(column.table.name, ())


def _date(field: str, text: str, today: date) -> date:
    found, reason = read_date(text, today)
    if found is None:
        raise TypedValueRefused(
            sentence("The {field} must be a date: {reason}", field=field, reason=reason)
        )
    return found


def _number(field: str, text: str) -> float:
    value, _ = read_number(text)
    if value is None:
        raise TypedValueRefused(
            sentence(
                "The {field} must be a number, such as 0,05 or 1.5; '{text}' is not one.",
                field=field,
                text=text,
            )
        )
    return value


def _whole_number(field: str, text: str) -> int:
    value, _ = read_number(text)
    if value is None or not value.is_integer():
        raise TypedValueRefused(
            sentence(
                "The {field} must be a whole number, such as 12; '{text}' is not one.",
                field=field,
                text=text,
            )
        )
    return int(value)


def _text(column: Column, text: str) -> str:
    length = getattr(column.type, "length", None) if isinstance(column.type, String) else None
    if length is not None and len(text) > length:
        raise TypedValueRefused(
            sentence(
                "The {field} holds at most {length} characters; the text typed has {count}.",
                field=column.name,
                length=length,
                count=len(text),
            )
        )
    return text
