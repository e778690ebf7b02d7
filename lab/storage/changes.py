"""Change capture: every change to a synced row bumps its version and writes an outbox row in the
same transaction (DESIGN.md, Sync). Bulk paths that bypass the ORM call :func:`record_bulk`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import event
from sqlalchemy.orm import Session

from lab.storage.base import Synced, utc_now
from lab.storage.bulk import bulk_insert
from lab.storage.models import OutboxEntry


class HardDeleteRefused(RuntimeError):
    """Synced rows are never deleted, only tombstoned, so the deletion can travel upstream."""


def workstation_of(session: Session) -> str:
    return str(session.info.get("workstation", ""))


def tombstone(obj: Synced) -> None:
    """Mark a synced row deleted; it stays in the file until every workstation has seen it."""
    obj.deleted_at = utc_now()


@event.listens_for(Session, "before_flush")
def _capture_changes(session: Session, flush_context, instances) -> None:  # noqa: ANN001
    origin = workstation_of(session)
    now = utc_now()
    for obj in list(session.deleted):
        if isinstance(obj, Synced):
            raise HardDeleteRefused(
                f"{type(obj).__name__} rows are tombstoned, never deleted: use tombstone()."
            )
    for obj in list(session.new):
        if isinstance(obj, Synced):
            if obj.id is None:
                obj.id = uuid.uuid4()
            obj.row_version = obj.row_version or 1
            obj.updated_at = now
            obj.origin_workstation = origin
            session.add(_entry(obj, "insert", now))
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            obj.row_version = (obj.row_version or 0) + 1
            obj.updated_at = now
            obj.origin_workstation = origin
            op = "delete" if obj.deleted_at is not None else "update"
            session.add(_entry(obj, op, now))


def _entry(obj: Synced, operation: str, now) -> OutboxEntry:  # noqa: ANN001
    return OutboxEntry(
        entity=type(obj).__tablename__,
        row_id=obj.id,
        row_version=obj.row_version,
        operation=operation,
        recorded_at=now,
    )


def record_bulk(
    session: Session, entity: str, changes: Iterable[tuple[uuid.UUID, int, str]]
) -> None:
    """Outbox rows for changes written with Core bulk statements: (row id, version, operation)."""
    now = utc_now()
    rows = [
        {"entity": entity, "row_id": rid, "row_version": ver, "operation": op, "recorded_at": now}
        for rid, ver, op in changes
    ]
    if rows:
        bulk_insert(session, OutboxEntry.__table__, rows)
