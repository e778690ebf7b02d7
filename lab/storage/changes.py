"""Change capture: every change to a synced row bumps its version and writes an outbox row in the
same transaction (DESIGN.md, Sync), and every create, change and tombstone of an audited record
appends a hash-chained audit event, old → new per field, in that same transaction (issue 5, "Audit
trail"). Who and why come from ``session.info["actor"]`` and ``session.info["reason"]`` (set by
:meth:`lab.storage.database.Database.session`); a change with no actor is recorded as "system".
Bulk paths that bypass the ORM call :func:`record_bulk` (or, for rows just inserted,
:func:`record_inserted`) for the outbox and :func:`lab.audit.record_event` once for the batch.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Uuid, event, inspect
from sqlalchemy.orm import Session

from lab.storage.audit_chain import SYSTEM_ACTOR, EventDraft, append_events
from lab.storage.base import Synced, utc_now
from lab.storage.bulk import bulk_insert, stored_form
from lab.storage.ids import new_id
from lab.storage.models import LabSetting, OutboxEntry
from lab.storage.security_models import AuditEvent, AuditHead, Signature

# Bookkeeping of every synced row: it changes on every edit and says nothing a reader of the
# history needs; the tombstone is shown as the action "delete" instead.
SYNC_BOOKKEEPING = frozenset({"row_version", "base_version", "updated_at", "origin_workstation"})
# Columns the register derives from other columns (search and matching keys); the columns they
# are made from are audited, so recording these would only double every change.
DERIVED_COLUMNS = frozenset({"search_text", "identity_key", "asset_key", "name_key"})
REDACTED = "(changed, not shown)"


class HardDeleteRefused(RuntimeError):
    """Synced rows are never deleted, only tombstoned, so the deletion can travel upstream."""


class AuditTrailIsAppendOnly(RuntimeError):
    """Audit events and signatures are written once and never changed or deleted."""


def workstation_of(session: Session) -> str:
    return str(session.info.get("workstation", ""))


def actor_of(session: Session) -> str:
    return str(session.info.get("actor") or SYSTEM_ACTOR)


def tombstone(obj: Synced) -> None:
    """Mark a synced row deleted; it stays in the file until every workstation has seen it."""
    obj.deleted_at = utc_now()


def is_audited(obj: object) -> bool:
    return isinstance(obj, Synced | LabSetting) or bool(getattr(obj, "__audited__", False))


@event.listens_for(Session, "before_flush")
def _capture_changes(session: Session, flush_context, instances) -> None:  # noqa: ANN001
    origin = workstation_of(session)
    now = utc_now()
    _refuse_deletes(session)
    drafts: list[EventDraft] = []
    for obj in list(session.new):
        if isinstance(obj, Synced):
            if obj.id is None:
                obj.id = new_id()
            obj.row_version = obj.row_version or 1
            obj.updated_at = now
            obj.origin_workstation = origin
            session.add(_entry(obj, "insert", now))
        if is_audited(obj):
            _fill_defaults(obj)
            drafts.append(_draft(session, obj, "create", _created_fields(obj)))
    for obj in list(session.dirty):
        if isinstance(obj, AuditEvent | Signature) and session.is_modified(obj):
            raise AuditTrailIsAppendOnly(f"{type(obj).__name__} rows are never changed.")
        if not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, Synced):
            obj.row_version = (obj.row_version or 0) + 1
            obj.updated_at = now
            obj.origin_workstation = origin
            op = "delete" if obj.deleted_at is not None else "update"
            session.add(_entry(obj, op, now))
        if is_audited(obj):
            drafts.extend(_change_drafts(session, obj))
    append_events(session, drafts)


def _refuse_deletes(session: Session) -> None:
    for obj in list(session.deleted):
        if isinstance(obj, Synced):
            raise HardDeleteRefused(
                f"{type(obj).__name__} rows are tombstoned, never deleted: use tombstone()."
            )
        if isinstance(obj, AuditEvent | AuditHead | Signature):
            raise AuditTrailIsAppendOnly(f"{type(obj).__name__} rows are never deleted.")


def _entry(obj: Synced, operation: str, now) -> OutboxEntry:  # noqa: ANN001
    return OutboxEntry(
        entity=type(obj).__tablename__,
        row_id=obj.id,
        row_version=obj.row_version,
        operation=operation,
        recorded_at=now,
    )


def _fill_defaults(obj: object) -> None:
    """Apply the id and plain column defaults now, so the trail shows the values as created."""
    for column in inspect(obj).mapper.columns:
        key = column.key
        if getattr(obj, key, None) is not None:
            continue
        if key == "id" and isinstance(column.type, Uuid):
            setattr(obj, key, uuid.uuid4())
        elif column.default is not None and column.default.is_scalar:
            setattr(obj, key, column.default.arg)


def _skipped(obj: object) -> frozenset[str]:
    own = getattr(type(obj), "__audit_ignore__", frozenset())
    return SYNC_BOOKKEEPING | DERIVED_COLUMNS | {"id"} | own


def _shown(obj: object, key: str, value: object) -> object:
    if key in getattr(type(obj), "__audit_redact__", frozenset()):
        return REDACTED if value is not None else None
    return value


def _created_fields(obj: object) -> dict[str, list[object]]:
    skipped = _skipped(obj)
    fields = {}
    for attr in inspect(obj).mapper.column_attrs:
        value = getattr(obj, attr.key, None)
        if attr.key not in skipped and value is not None:
            fields[attr.key] = [None, _shown(obj, attr.key, value)]
    return fields


def _changed_fields(obj: object) -> dict[str, list[object]]:
    state = inspect(obj)
    skipped = _skipped(obj)
    fields = {}
    for attr in state.mapper.column_attrs:
        if attr.key in skipped:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            fields[attr.key] = [_shown(obj, attr.key, old), _shown(obj, attr.key, new)]
    return fields


def _change_drafts(session: Session, obj: object) -> list[EventDraft]:
    fields = _changed_fields(obj)
    if not fields:
        return []
    deleted = fields.get("deleted_at")
    if deleted is not None and deleted[0] is None:
        action = "delete"
    elif deleted is not None:
        action = "restore"
    else:
        action = "update"
    return [_draft(session, obj, action, fields)]


def _draft(session: Session, obj: object, action: str, fields: dict) -> EventDraft:
    return EventDraft(
        actor=actor_of(session),
        action=action,
        entity=type(obj).__tablename__,
        record_id=record_id_of(obj),
        changes=fields,
        reason=session.info.get("reason"),
    )


def record_id_of(obj: object) -> str:
    """The record's id as the trail names it: its UUID, or its key for keyed rows."""
    identity = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in identity)


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


def record_inserted(session: Session, table: str, after_rowid: int) -> int:
    """Outbox rows (version 1, "insert") for every row of ``table`` above row number
    ``after_rowid``, in row order, with one ``INSERT … SELECT``: what :func:`record_bulk` does
    for a bulk insert, without a Python round trip per row. Synced rows are tombstoned, never
    deleted, so the rows above the highest row number before an insert are that insert's.
    Returns the number of rows recorded."""
    recorded_at = stored_form(session, OutboxEntry.__table__.c.recorded_at, utc_now())
    result = session.connection().exec_driver_sql(
        "INSERT INTO outbox (entity, row_id, row_version, operation, recorded_at) "
        f"SELECT ?, id, 1, 'insert', ? FROM {table} WHERE rowid > ? ORDER BY rowid",
        (table, recorded_at, after_rowid),
    )
    return result.rowcount
