"""The hash chain under the audit trail: sealing events and appending them in the caller's
transaction (issue 5, "Audit trail").

Each event's hash is SHA-256 over the previous event's hash and a canonical JSON array of the
event's own fields, its sequence number included. Editing a field, deleting an event or swapping
two events therefore breaks the chain at that point; the head row catches events cut off the end.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy.orm import Session

from lab.storage.security_models import AuditEvent, AuditHead

GENESIS_HASH = "0" * 64
# Made once: ``json.dumps`` with these options builds a new encoder per call, and verification
# seals 100,000 events in a row (benchmarks/bench_audit.py).
_encode_fields = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_sha256 = hashlib.sha256
SYSTEM_ACTOR = "system"


@dataclass(frozen=True)
class EventDraft:
    """An event before it is sealed: what happened, to which record, by whom and why."""

    actor: str
    action: str
    entity: str
    record_id: str
    changes: Mapping[str, object]
    reason: str | None = None


def json_value(value: object) -> object:
    """A JSON-safe form of a column value, stable across runs (UUID, dates, Decimal, Enum).

    >>> json_value(date(2026, 11, 26))
    '2026-11-26'
    >>> json_value(uuid.UUID(int=1))
    '00000000-0000-0000-0000-000000000001'
    """
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date | uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, Enum):
        return json_value(value.value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_value(v) for v in value]
    return str(value)


def canonical_json(value: object) -> str:
    """One text for one value: sorted keys, no spaces, Unicode kept as is.

    >>> canonical_json({"b": 1, "a": "Nhiệt kế"})
    '{"a":"Nhiệt kế","b":1}'
    """
    return json.dumps(json_value(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def seal(
    prev_hash: str,
    seq: int,
    recorded_at: str,
    actor: str,
    action: str,
    entity: str,
    record_id: str,
    changes: str,
    reason: str | None,
    workstation: str,
) -> str:
    """The SHA-256 (hex) that links one event to the one before it.

    >>> len(seal(GENESIS_HASH, 1, "2026-11-26T00:00:00.000000Z", "system", "create",
    ...          "devices", "x", "{}", None, ""))
    64
    """
    fields = (seq, recorded_at, actor, action, entity, record_id, changes, reason, workstation)
    return seal_fields(prev_hash, fields)


def seal_fields(prev_hash: str, fields: tuple) -> str:
    """:func:`seal` over the nine fields in their stored order (the verifier's fast path)."""
    return _sha256(f"{prev_hash}\n{_encode_fields(fields)}".encode()).hexdigest()


def timestamp(moment: datetime | None = None) -> str:
    """The UTC time an event is recorded at, as the fixed-width text that is hashed and stored."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def chain_head(session: Session) -> AuditHead:
    """The head row, created on the first event; kept in the session so flushes chain on."""
    head = session.get(AuditHead, 1)
    if head is None:
        head = AuditHead(id=1, last_seq=0, last_hash=GENESIS_HASH)
        session.add(head)
    return head


def append_events(session: Session, drafts: Iterable[EventDraft]) -> list[AuditEvent]:
    """Seal ``drafts`` onto the end of the chain, in the session's transaction."""
    drafts = list(drafts)
    if not drafts:
        return []
    head = chain_head(session)
    workstation = str(session.info.get("workstation", ""))
    recorded_at = timestamp()
    events = []
    for draft in drafts:
        event = _sealed(draft, head.last_seq + 1, head.last_hash, recorded_at, workstation)
        head.last_seq, head.last_hash = event.seq, event.hash
        events.append(event)
    session.add_all(events)
    return events


def _sealed(
    draft: EventDraft, seq: int, prev_hash: str, recorded_at: str, workstation: str
) -> AuditEvent:
    changes = canonical_json(draft.changes)
    actor = draft.actor or SYSTEM_ACTOR
    digest = seal(
        prev_hash,
        seq,
        recorded_at,
        actor,
        draft.action,
        draft.entity,
        draft.record_id,
        changes,
        draft.reason,
        workstation,
    )
    return AuditEvent(
        seq=seq,
        recorded_at=recorded_at,
        actor=actor,
        action=draft.action,
        entity=draft.entity,
        record_id=draft.record_id,
        changes=changes,
        reason=draft.reason,
        workstation=workstation,
        prev_hash=prev_hash,
        hash=digest,
    )
