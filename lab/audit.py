"""The audit trail as the lab reads it: verify the chain, a record's history, search, and one
event for a batch operation (issue 5, "Audit trail"; ISO/IEC 17025 7.5.2: the original and the
changed values, who changed them, when, and why).

Events are written by the change listener in :mod:`lab.storage.changes` in the same transaction as
the change. Verification reads the file with one plain query and recomputes every link, so a
database of 100,000 events verifies in well under the 2 s the issue allows
(``benchmarks/bench_audit.py``).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from lab.storage.audit_chain import GENESIS_HASH, EventDraft, append_events, seal, seal_fields
from lab.storage.security_models import AuditEvent

log = logging.getLogger(__name__)

SEARCH_LIMIT = 500


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class AuditEntry:
    """One event as a view shows it: when, who, what, to which record, old → new, why."""

    seq: int
    recorded_at: str
    actor: str
    action: str
    entity: str
    record_id: str
    changes: tuple[FieldChange, ...]
    reason: str | None
    workstation: str


@dataclass(frozen=True)
class ChainVerification:
    """The outcome of ``audit verify``: intact, or the first broken entry and what is wrong."""

    events: int
    first_broken: int | None = None
    problem: str = ""
    head_hash: str = GENESIS_HASH

    @property
    def intact(self) -> bool:
        return self.first_broken is None

    def sentence(self) -> str:
        if self.intact:
            return (
                f"The audit trail is intact: {self.events} events, every link checked. "
                f"Head #{self.events}: {self.head_hash}"
            )
        return f"The audit trail is broken at entry #{self.first_broken}: {self.problem}"


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    record_id: str,
    changes: Mapping[str, object] | None = None,
    reason: str | None = None,
) -> int:
    """Append one event for work that bypassed the ORM (a bulk import: one event per batch).

    Returns the event's sequence number. ``changes`` is any JSON-able summary, for a batch e.g.
    ``{"inserted": 120, "updated": 3}``.
    """
    draft = EventDraft(
        actor=actor,
        action=action,
        entity=entity,
        record_id=str(record_id),
        changes=dict(changes or {}),
        reason=reason,
    )
    (event,) = append_events(session, [draft])
    return event.seq


_CHAIN_QUERY = (
    "SELECT seq, recorded_at, actor, action, entity, record_id, changes, reason, workstation, "
    "prev_hash, hash FROM audit_events ORDER BY seq"
)


def _chain_rows(session: Session) -> Iterator[tuple]:
    """The events as plain tuples straight from the driver, in chunks: the columns are the very
    text that was hashed, and skipping result processing keeps 100,000 rows well under 2 s."""
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(_CHAIN_QUERY)
        while rows := cursor.fetchmany(5000):
            yield from rows
    finally:
        cursor.close()


def verify_chain(session: Session, anchors: Mapping[int, str] | None = None) -> ChainVerification:
    """Recompute every link of the chain; report the first entry that does not hold.

    An edited event no longer matches its hash; a deleted or moved one breaks the sequence or the
    link to its predecessor; events cut off the end no longer reach the head row. ``anchors``
    ({entry: hash} written down or kept upstream earlier) also catch someone who rewrote the
    file and recomputed every hash after the edit, which no chain kept in one file can see alone.
    """
    prev_hash, expected_seq = GENESIS_HASH, 1
    for row in _chain_rows(session):
        # The common case in one expression; only a broken link pays for explaining itself.
        if (
            row[0] != expected_seq
            or row[9] != prev_hash
            or seal_fields(prev_hash, row[:9]) != row[10]
        ):
            return _broken(row, expected_seq, prev_hash)
        prev_hash, expected_seq = row[10], expected_seq + 1
    result = _check_head(session, expected_seq - 1, prev_hash)
    return _check_anchors(session, result, anchors or {}) if result.intact else result


def _check_anchors(
    session: Session, result: ChainVerification, anchors: Mapping[int, str]
) -> ChainVerification:
    for seq, expected in sorted(anchors.items()):
        stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == seq))
        if stored != expected.strip().lower():
            problem = (
                "it no longer has the hash recorded for it earlier: the trail was rewritten "
                "and re-hashed from this entry on."
                if stored is not None
                else "the entry recorded earlier is no longer in the trail."
            )
            return ChainVerification(result.events, seq, problem, result.head_hash)
    return result


def _broken(row, expected_seq: int, prev_hash: str) -> ChainVerification:  # noqa: ANN001
    broken = min(row[0], expected_seq)  # a missing entry is the first one broken
    problem = _link_problem(row, expected_seq, prev_hash)
    log.warning("audit chain broken at entry %s: %s", broken, problem)
    return ChainVerification(expected_seq - 1, broken, problem)


def _link_problem(row, expected_seq: int, prev_hash: str) -> str:  # noqa: ANN001
    seq = row[0]
    if seq != expected_seq:
        return f"entry #{expected_seq} is missing (the next entry found is #{seq})."
    if row[9] != prev_hash:
        return "it does not link to the entry before it (an entry was removed or moved)."
    if seal(prev_hash, *row[:9]) != row[10]:
        return f"its content was changed after it was recorded ({row[2]}, {row[1]})."
    return ""


def _check_head(session: Session, last_seq: int, last_hash: str) -> ChainVerification:
    head = session.execute(text("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")).first()
    head_seq, head_hash = head if head is not None else (0, GENESIS_HASH)
    if head_seq != last_seq or head_hash != last_hash:
        where = last_seq + 1 if head_seq > last_seq else max(last_seq, 1)
        problem = (
            f"the trail ends at #{last_seq} but its head records #{head_seq}: "
            "entries were removed from the end, or the head was changed."
        )
        return ChainVerification(last_seq, where, problem, last_hash)
    return ChainVerification(last_seq, head_hash=last_hash)


def history(session: Session, entity: str, record_id: str) -> list[AuditEntry]:
    """Every event of one record, oldest first (the record's history tab)."""
    query = (
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.record_id == str(record_id))
        .order_by(AuditEvent.seq)
    )
    return [entry_of(event) for event in session.scalars(query)]


def device_history(session: Session, device_id: str) -> list[AuditEntry]:
    """A device's own events plus the batch events of the intakes that brought it.

    Bulk imports write one event per batch (on the work order), not one per device, so a
    device's history names the import that registered or updated it through its intakes.
    """
    intakes = session.execute(
        text(
            "SELECT work_order_id FROM devices WHERE id = :d "
            "UNION SELECT work_order_id FROM work_order_devices WHERE device_id = :d"
        ),
        {"d": uuid.UUID(str(device_id)).hex},
    ).scalars()
    ids = [str(uuid.UUID(hex=h)) for h in intakes if h]
    query = (
        select(AuditEvent)
        .where(
            or_(
                (AuditEvent.entity == "devices") & (AuditEvent.record_id == str(device_id)),
                (AuditEvent.entity == "work_orders")
                & (AuditEvent.action == "import")
                & AuditEvent.record_id.in_(ids),
            )
        )
        .order_by(AuditEvent.seq)
    )
    return [entry_of(event) for event in session.scalars(query)]


def search(session: Session, words: str, *, limit: int = SEARCH_LIMIT) -> list[AuditEntry]:
    """Events whose actor, action, record, field changes or reason contain ``words``, newest first.

    The text is a bound parameter with LIKE wild cards escaped, so whatever is typed is searched
    for literally and never becomes SQL.
    """
    needle = (words or "").strip()
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(max(1, limit))
    if needle:
        pattern = "%" + _escape_like(needle) + "%"
        columns = (
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.entity,
            AuditEvent.record_id,
            AuditEvent.changes,
            AuditEvent.reason,
        )
        query = query.where(or_(*(c.ilike(pattern, escape="\\") for c in columns)))
    return [entry_of(event) for event in session.scalars(query)]


def _escape_like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def entry_of(event: AuditEvent) -> AuditEntry:
    return AuditEntry(
        seq=event.seq,
        recorded_at=event.recorded_at,
        actor=event.actor,
        action=event.action,
        entity=event.entity,
        record_id=event.record_id,
        changes=_field_changes(event.changes),
        reason=event.reason,
        workstation=event.workstation,
    )


def _field_changes(changes_json: str) -> tuple[FieldChange, ...]:
    try:
        changes = json.loads(changes_json)
    except ValueError:
        return (FieldChange("(unreadable)", None, changes_json),)
    result = []
    for field, value in sorted(changes.items()):
        if isinstance(value, list) and len(value) == 2:
            result.append(FieldChange(field, value[0], value[1]))
        else:
            result.append(FieldChange(field, None, value))
    return tuple(result)
