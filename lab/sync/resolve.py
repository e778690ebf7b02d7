"""A person settles a conflict; the decision syncs (issue 8, "Conflicts").

Keeping the centre's value changes nothing in the record; taking the other workstation's value,
or typing the right one when neither is, is an ordinary edit (outbox, audit trail, version check
upstream) that also keeps the columns worked out from the field right (a device's search text,
identity keys and due date; a customer's name key). Either way the conflict is marked resolved
here and, at the next sync, upstream, under a new change number so every workstation's list
clears.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, DateTime, Engine, Uuid, select, text

from lab.devices import DEVICE_FIELDS, derived_columns
from lab.register import customer_name_key
from lab.sentences import sentence
from lab.storage.audit_chain import json_value
from lab.storage.base import UTCDateTime, utc_now
from lab.storage.database import Database
from lab.storage.models import Customer, Device
from lab.storage.sync_models import SyncConflict
from lab.sync.tables import synced_tables
from lab.sync.typed import SettlingRefused, TypedValueRefused, read_typed

KEEP = "kept"
TAKE_OTHER = "other"
TYPED = "typed"  # a value the person typed, when neither workstation's is right


class ConflictNotFound(LookupError):
    pass


@dataclass(frozen=True)
class ConflictView:
    """A conflict as a person reads it."""

    id: uuid.UUID
    entity: str
    row_id: uuid.UUID
    field: str
    ancestor: object
    kept: object
    other: object
    other_workstation: str
    resolved: bool


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictView]:
    with db.read_session() as session:
        query = select(SyncConflict).order_by(SyncConflict.found_at, SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        return [_view(c) for c in session.scalars(query)]


def _view(c: SyncConflict) -> ConflictView:
    return ConflictView(
        c.id,
        c.entity,
        c.row_id,
        c.field,
        c.ancestor_value,
        c.kept_value,
        c.other_value,
        c.other_workstation,
        c.resolved_at is not None,
    )


def resolve_conflict(
    db: Database,
    conflict_id: uuid.UUID,
    choice: str,
    actor: object,
    value: str | None = None,
    *,
    today: date | None = None,
) -> object:
    """Settle one conflict: ``KEEP`` the value the record has, ``TAKE_OTHER``, or ``TYPED``:
    the text ``value`` read into the field's own type (:func:`lab.sync.typed.read_typed`).
    A typed text that is no value of the field raises :class:`TypedValueRefused`, a value the
    register cannot hold (a second customer of one name) :class:`SettlingRefused`, and nothing
    changes. ``today`` bounds a date of something that has happened (default: today).

    Returns the value the field has now, in the form the conflict list shows values."""
    if choice not in (KEEP, TAKE_OTHER, TYPED):
        raise ValueError(f"choose '{KEEP}', '{TAKE_OTHER}' or '{TYPED}', not '{choice}'")
    if (choice == TYPED) != (value is not None):
        raise ValueError("a value is given exactly when the choice is to type one")
    with db.session(actor=actor, reason=f"sync conflict {conflict_id} settled") as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise ConflictNotFound(f"There is no sync conflict {conflict_id}.")
        settled = conflict.kept_value
        if choice == TAKE_OTHER and conflict.field != "*":
            _set_field(session, conflict, _python_value(_column(conflict), conflict.other_value))
            settled = conflict.other_value
        elif choice == TYPED:
            _refuse_whole_record(conflict)
            typed = read_typed(_column(conflict), value, today or date.today())
            _set_field(session, conflict, typed)
            settled = json_value(typed)
        conflict.resolved_at = utc_now()
        conflict.resolution = choice
        conflict.resolution_pushed_at = None
    return settled


def _refuse_whole_record(conflict: SyncConflict) -> None:
    if conflict.field == "*":
        raise TypedValueRefused(
            sentence(
                "A whole record was set aside, not one field: there is no value to type; keep "
                "the record as it is."
            )
        )


def _column(conflict: SyncConflict):  # noqa: ANN202
    return {t.name: t for t in synced_tables()}[conflict.entity].table.c[conflict.field]


def _set_field(session, conflict: SyncConflict, value: object) -> None:  # noqa: ANN001
    table = _column(conflict).table
    cls = next(m.class_ for m in _mappers() if m.local_table is table)
    record = session.get(cls, conflict.row_id)
    setattr(record, conflict.field, value)
    _keep_derived(session, record)


def _keep_derived(session, record: object) -> None:  # noqa: ANN001
    """Work the derived columns out again from the record's fields, as every writer does
    (:mod:`lab.devices`): a new serial must find its device in search and in the next intake."""
    if isinstance(record, Device):
        _set_changed(record, _device_derived(record))
    elif isinstance(record, Customer):
        name_key = customer_name_key(record.name)
        _refuse_second_customer(session, record, name_key)
        _set_changed(record, {"name_key": name_key})
        # A device's search text holds its customer's name: a renamed customer's devices must
        # be found by the new name.
        for device in record.devices:
            _set_changed(device, _device_derived(device))


def _device_derived(device: Device) -> dict:
    fields = {f: getattr(device, f) for f in DEVICE_FIELDS}
    return derived_columns(fields, device.lab_id, device.customer.name)


def _set_changed(record: object, values: dict) -> None:
    """Set only what differs: an unchanged record stays out of the outbox."""
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)


def _refuse_second_customer(session, customer: Customer, name_key: str) -> None:  # noqa: ANN001
    """One name is one customer (the name key is unique): a name another customer has already
    is refused in a sentence rather than by the database."""
    with session.no_autoflush:
        other = session.scalar(
            select(Customer.name).where(Customer.name_key == name_key, Customer.id != customer.id)
        )
    if other is not None:
        raise SettlingRefused(
            sentence(
                "The customer '{name}' is registered already; two customers cannot have one name.",
                name=other,
            )
        )


def _mappers():  # noqa: ANN202
    from lab.storage.base import Base

    return Base.registry.mappers


def _python_value(column, value: object) -> object:  # noqa: ANN001
    """The column's own type back from its JSON form (dates, times and ids travel as text)."""
    if value is None:
        return None
    column_type = column.type
    if isinstance(column_type, UTCDateTime | DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Uuid):
        return uuid.UUID(value)
    return value


def push_resolutions(db: Database, upstream: Engine) -> int:
    """Send resolutions made here upstream; each gets a change number so others see it."""
    with db.read_session() as session:
        todo = session.scalars(
            select(SyncConflict).where(
                SyncConflict.resolved_at.is_not(None), SyncConflict.resolution_pushed_at.is_(None)
            )
        ).all()
    for conflict in todo:
        with upstream.begin() as conn:
            seq = conn.execute(
                text("UPDATE sync_counter SET value = value + 1 WHERE id = 1 RETURNING value")
            ).scalar_one()
            conn.execute(
                text(
                    "UPDATE sync_conflicts SET resolved_at = :at, resolution = :r, "
                    "change_seq = :seq WHERE id = :id AND resolved_at IS NULL"
                ),
                {
                    "at": conflict.resolved_at,
                    "r": conflict.resolution,
                    "seq": seq,
                    "id": conflict.id,
                },
            )
        with db.session() as session:
            session.get(SyncConflict, conflict.id).resolution_pushed_at = utc_now()
    return len(todo)
