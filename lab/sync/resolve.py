"""A person settles a conflict; the decision syncs (issue 8, "Conflicts").

Keeping the centre's value changes nothing in the record; taking the other workstation's value
is an ordinary edit (outbox, audit trail, version check upstream). Either way the conflict is
marked resolved here and, at the next sync, upstream, under a new change number so every
workstation's list clears.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, DateTime, Engine, Uuid, select, text

from lab.storage.base import UTCDateTime, utc_now
from lab.storage.database import Database
from lab.storage.sync_models import SyncConflict
from lab.sync.tables import synced_tables

KEEP = "kept"
TAKE_OTHER = "other"


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


def resolve_conflict(db: Database, conflict_id: uuid.UUID, choice: str, actor: object) -> None:
    """Settle one conflict: ``KEEP`` the value the record has, or ``TAKE_OTHER``."""
    if choice not in (KEEP, TAKE_OTHER):
        raise ValueError(f"choose '{KEEP}' or '{TAKE_OTHER}', not '{choice}'")
    with db.session(actor=actor, reason=f"sync conflict {conflict_id} settled") as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise ConflictNotFound(f"There is no sync conflict {conflict_id}.")
        if choice == TAKE_OTHER and conflict.field != "*":
            _set_field(session, conflict)
        conflict.resolved_at = utc_now()
        conflict.resolution = choice
        conflict.resolution_pushed_at = None


def _set_field(session, conflict: SyncConflict) -> None:  # noqa: ANN001
    synced = {t.name: t for t in synced_tables()}[conflict.entity]
    cls = next(m.class_ for m in _mappers() if m.local_table is synced.table)
    record = session.get(cls, conflict.row_id)
    column = synced.table.c[conflict.field]
    setattr(record, conflict.field, _python_value(column, conflict.other_value))


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
