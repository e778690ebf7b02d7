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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from lab.sentences import Sentence, sentence
from lab.storage.audit_chain import GENESIS_HASH, EventDraft, append_events, seal, seal_fields
from lab.storage.models import Workstation
from lab.storage.security_models import AuditEvent, RemoteAuditEvent

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
    # The workstation's name for people; events pulled from another workstation carry theirs
    # (``seq`` is then that workstation's entry number, not this one's).
    workstation_name: str = ""
    remote: bool = False


@dataclass(frozen=True)
class ChainVerification:
    """The outcome of ``audit verify``: intact, or the first broken entry and what is wrong."""

    events: int
    first_broken: int | None = None
    problem: Sentence | str = ""
    head_hash: str = GENESIS_HASH

    @property
    def intact(self) -> bool:
        return self.first_broken is None

    def sentence(self) -> Sentence:
        if self.intact:
            return sentence(
                "The audit trail is intact: {events} events, every link checked. "
                "Head #{events}: {head}",
                events=self.events,
                head=self.head_hash,
            )
        return sentence(
            "The audit trail is broken at entry #{entry}: {problem}",
            entry=self.first_broken,
            problem=self.problem,
        )


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
                sentence(
                    "it no longer has the hash recorded for it earlier: the trail was rewritten "
                    "and re-hashed from this entry on."
                )
                if stored is not None
                else sentence("the entry recorded earlier is no longer in the trail.")
            )
            return ChainVerification(result.events, seq, problem, result.head_hash)
    return result


def _broken(row, expected_seq: int, prev_hash: str) -> ChainVerification:  # noqa: ANN001
    broken = min(row[0], expected_seq)  # a missing entry is the first one broken
    problem = _link_problem(row, expected_seq, prev_hash)
    log.warning("audit chain broken at entry %s: %s", broken, problem)
    return ChainVerification(expected_seq - 1, broken, problem)


def _link_problem(row, expected_seq: int, prev_hash: str) -> Sentence | str:  # noqa: ANN001
    seq = row[0]
    if seq != expected_seq:
        return sentence(
            "entry #{entry} is missing (the next entry found is #{found}).",
            entry=expected_seq,
            found=seq,
        )
    if row[9] != prev_hash:
        return sentence("it does not link to the entry before it (an entry was removed or moved).")
    if seal(prev_hash, *row[:9]) != row[10]:
        return sentence(
            "its content was changed after it was recorded ({actor}, {recorded_at}).",
            actor=row[2],
            recorded_at=row[1],
        )
    return ""


def _check_head(session: Session, last_seq: int, last_hash: str) -> ChainVerification:
    head = session.execute(text("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")).first()
    head_seq, head_hash = head if head is not None else (0, GENESIS_HASH)
    if head_seq != last_seq or head_hash != last_hash:
        where = last_seq + 1 if head_seq > last_seq else max(last_seq, 1)
        problem = sentence(
            "the trail ends at #{last} but its head records #{head}: "
            "entries were removed from the end, or the head was changed.",
            last=last_seq,
            head=head_seq,
        )
        return ChainVerification(last_seq, where, problem, last_hash)
    return ChainVerification(last_seq, head_hash=last_hash)


def history(session: Session, entity: str, record_id: str) -> list[AuditEntry]:
    """Every event of one record, from every workstation, oldest first (the history tab)."""
    local = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.record_id == str(record_id))
        .order_by(AuditEvent.seq)
    )
    remote = session.scalars(
        select(RemoteAuditEvent).where(
            RemoteAuditEvent.entity == entity, RemoteAuditEvent.record_id == str(record_id)
        )
    )
    return _in_time_order(session, local, remote)


def device_history(session: Session, device_id: str) -> list[AuditEntry]:
    """A device's events, its calibrations' and the batch events of the intakes that brought it,
    from this workstation and from every other one (pulled at sync), oldest first.

    Bulk imports write one event per batch (on the work order), not one per device, so a
    device's history names the import that registered or updated it through its intakes.
    Events of two workstations are put in the order they were recorded, each naming its own.
    """
    intakes, calibrations = _device_records(session, device_id)
    local = session.scalars(
        select(AuditEvent).where(_about_device(AuditEvent, device_id, intakes, calibrations))
    )
    remote = session.scalars(
        select(RemoteAuditEvent).where(
            _about_device(RemoteAuditEvent, device_id, intakes, calibrations)
        )
    )
    return _in_time_order(session, local, remote)


def _device_records(session: Session, device_id: str) -> tuple[list[str], list[str]]:
    """The ids of the work orders that brought the device, and of its calibrations."""
    key = {"d": uuid.UUID(str(device_id)).hex}
    intakes = session.execute(
        text(
            "SELECT work_order_id FROM devices WHERE id = :d "
            "UNION SELECT work_order_id FROM work_order_devices WHERE device_id = :d"
        ),
        key,
    ).scalars()
    calibrations = session.execute(
        text("SELECT id FROM calibrations WHERE device_id = :d"), key
    ).scalars()
    as_text = [str(uuid.UUID(hex=h)) for h in intakes if h]
    return as_text, [str(uuid.UUID(hex=h)) for h in calibrations if h]


def _about_device(event, device_id: str, intakes: list[str], calibrations: list[str]):  # noqa: ANN001, ANN202
    return or_(
        (event.entity == "devices") & (event.record_id == str(device_id)),
        (event.entity == "calibrations") & event.record_id.in_(calibrations),
        (event.entity == "work_orders") & (event.action == "import") & event.record_id.in_(intakes),
    )


def _in_time_order(
    session: Session, local: Iterable[AuditEvent], remote: Iterable[RemoteAuditEvent]
) -> list[AuditEntry]:
    # recorded_at is fixed-width UTC text, so it sorts as time does; clocks of two workstations
    # may drift, which only shuffles events that happened within that drift of each other.
    here = _own_name(session)
    entries = [entry_of(e, here) for e in local] + [remote_entry_of(e) for e in remote]
    return sorted(entries, key=lambda e: (e.recorded_at, e.workstation, e.seq))


def _own_name(session: Session) -> str:
    return session.scalar(select(Workstation.name)) or ""


def search(
    session: Session, words: str, *, limit: int = SEARCH_LIMIT, other_workstations: bool = False
) -> list[AuditEntry]:
    """Events whose actor, action, record, field changes or reason contain ``words``, newest first.

    The text is a bound parameter with LIKE wild cards escaped, so whatever is typed is searched
    for literally and never becomes SQL. ``other_workstations`` adds the events pulled from the
    other workstations (the Audit trail pane), newest first by the time they were recorded.
    """
    limit = max(1, limit)
    here = _own_name(session)
    newest_here = _matching(AuditEvent, words).order_by(AuditEvent.seq.desc()).limit(limit)
    local = [entry_of(e, here) for e in session.scalars(newest_here)]
    if not other_workstations:
        return local
    newest = RemoteAuditEvent.recorded_at.desc()
    remote = session.scalars(_matching(RemoteAuditEvent, words).order_by(newest).limit(limit))
    merged = local + [remote_entry_of(e) for e in remote]
    merged.sort(key=lambda e: (e.recorded_at, e.workstation, e.seq), reverse=True)
    return merged[:limit]


def _matching(event, words: str):  # noqa: ANN001, ANN202
    query = select(event)
    needle = (words or "").strip()
    if needle:
        pattern = "%" + _escape_like(needle) + "%"
        columns = (
            event.actor,
            event.action,
            event.entity,
            event.record_id,
            event.changes,
            event.reason,
        )
        query = query.where(or_(*(c.ilike(pattern, escape="\\") for c in columns)))
    return query


def _escape_like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def remote_entry_of(event: RemoteAuditEvent) -> AuditEntry:
    """An event another workstation recorded, as pulled from the centre."""
    return entry_of(event, event.workstation_name, remote=True)


def entry_of(
    event: AuditEvent | RemoteAuditEvent, workstation_name: str = "", *, remote: bool = False
) -> AuditEntry:
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
        workstation_name=workstation_name,
        remote=remote,
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
