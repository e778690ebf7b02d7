"""The audit trail at the centre (issue 8: "append-only records ... audit entries never
conflict"; a device's history shows every workstation's events).

Upstream, ``audit_events`` holds every workstation's events keyed by (workstation, seq), exactly
as they were sealed, so the centre can re-verify each workstation's hash chain
(:func:`verify_upstream_audit`). A workstation inserts only its own events and can never change
or delete one (row-level security and grants: INSERT, SELECT).

Push sends this workstation's events above a local high-water mark, chunk by chunk; the mark
moves only after the centre's commit, so a crash resends, and the centre ignores what it holds
already, unless the stored event has another hash: then one of the two trails was rewritten and
the sync stops with a sentence naming the workstation and the entry.

Pull takes every other workstation's events (about 150,000 a year for 36,000 devices, roughly
400 bytes each) into ``remote_audit_events``, checking each link on arrival; the highest entry
held per workstation is the cursor, so it is saved in the same local transaction as the events.
A workstation's events reach the centre in order, one committed chunk at a time, so what the
centre holds of one workstation is always a gap-free run from entry 1.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from lab.sentences import Sentence, sentence
from lab.storage.audit_chain import GENESIS_HASH, seal_fields
from lab.storage.database import Database
from lab.storage.models import Workstation
from lab.storage.sync_models import SyncState
from lab.sync.faults import checkpoint
from lab.sync.upstream import UpstreamError

log = logging.getLogger(__name__)

AUDIT_CHUNK = 5000
# The nine sealed fields, in the order audit_chain.seal hashes them; then the two links.
SEALED = (
    "seq",
    "recorded_at",
    "actor",
    "action",
    "entity",
    "record_id",
    "changes",
    "reason",
    "sealed_workstation",
)
EVENT_COLUMNS = (*SEALED, "prev_hash", "hash")
# An event as the centre hands it out: whose it is, then the columns above. Pulled events stay
# plain tuples (a year's trail is 150,000 of them); the positions below name their fields.
HELD_COLUMNS = ("workstation", "workstation_name", *EVENT_COLUMNS)
_NAME, _SEQ, _PREV, _HASH = 1, 2, 11, 12
_SEALED_FIELDS = slice(2, 11)
_SELECT_HELD = "SELECT " + ", ".join(HELD_COLUMNS) + " FROM audit_events"
# Two syncs of one workstation at once (a scheduled one and Sync now) may take the same chunk:
# the second finds the entries there, identical, since both passed the link check.
_STORE = (
    f"INSERT INTO remote_audit_events ({', '.join(HELD_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in HELD_COLUMNS)}) ON CONFLICT DO NOTHING"
)

AUDIT_DDL = (
    """CREATE TABLE IF NOT EXISTS audit_events (
        workstation text NOT NULL,
        seq bigint NOT NULL,
        workstation_name text NOT NULL DEFAULT '',
        recorded_at text NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        entity text NOT NULL,
        record_id text NOT NULL,
        changes text NOT NULL,
        reason text,
        sealed_workstation text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workstation, seq))""",
    "CREATE INDEX IF NOT EXISTS ix_audit_events_record ON audit_events (entity, record_id)",
    "ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE audit_events FORCE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS caldesk_read ON audit_events",
    "DROP POLICY IF EXISTS caldesk_insert ON audit_events",
    "CREATE POLICY caldesk_read ON audit_events FOR SELECT USING (true)",
    # No UPDATE or DELETE policy: with RLS forced, not even the table's owner changes an event.
    """CREATE POLICY caldesk_insert ON audit_events FOR INSERT
        WITH CHECK (workstation = caldesk_workstation())""",
)

# COPY into a staging table, then one INSERT … SELECT: COPY cannot write into a table under
# row-level security, and a row-by-row executemany takes several times as long as COPY for the
# same events (benchmarks/bench_audit_sync.py).
_STAGE = "caldesk_stage_audit_events"
_STAGE_DDL = (
    f"CREATE TEMP TABLE IF NOT EXISTS {_STAGE} ("
    + ", ".join(f"{c} {'bigint' if c == 'seq' else 'text'}" for c in EVENT_COLUMNS)
    + ") ON COMMIT DELETE ROWS"
)
_FROM_STAGE = (
    "INSERT INTO audit_events (workstation, workstation_name, {cols}) "
    "SELECT %s, %s, {cols} FROM " + _STAGE + " ON CONFLICT (workstation, seq) DO NOTHING"
).format(cols=", ".join(EVENT_COLUMNS))


# The last entry of each workstation, found by hopping from one workstation to the next along
# the primary key: a few index probes per workstation, where GROUP BY would read every event
# (a sync with nothing to do stays as quick with 150,000 events as with none).
_NEXT_WORKSTATION = """WITH RECURSIVE ws(w) AS (
    SELECT min(workstation) FROM {table}
    UNION ALL
    SELECT (SELECT min(workstation) FROM {table} WHERE workstation > ws.w) FROM ws
    WHERE ws.w IS NOT NULL)"""
_LAST_HELD = text(
    _NEXT_WORKSTATION.format(table="remote_audit_events")
    + " SELECT e.workstation, e.seq, e.hash FROM ws JOIN remote_audit_events e"
    " ON e.workstation = ws.w"
    " AND e.seq = (SELECT max(seq) FROM remote_audit_events WHERE workstation = ws.w)"
)
_LAST_UPSTREAM = text(
    _NEXT_WORKSTATION.format(table="audit_events")
    + " SELECT w, (SELECT max(seq) FROM audit_events WHERE workstation = ws.w) FROM ws"
    " WHERE w IS NOT NULL"
)


class AuditRewritten(UpstreamError):
    """The centre and a workstation disagree about an audit entry both hold."""


@dataclass(frozen=True)
class AuditSync:
    pushed: int
    pulled: int


@dataclass(frozen=True)
class WorkstationTrail:
    """One workstation's trail as the centre holds it: intact, or the first broken entry."""

    workstation: str
    name: str
    events: int
    first_broken: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken is None

    def sentence(self) -> str:
        who = f"{self.name} ({self.workstation})" if self.name else self.workstation
        if self.intact:
            return f"{who}: {self.events} events, chain intact"
        return f"{who}: {self.events} events, chain broken at entry #{self.first_broken}: " + (
            self.problem
        )

    def as_dict(self) -> dict:
        return {
            "workstation": self.workstation,
            "name": self.name,
            "events": self.events,
            "intact": self.intact,
            "first_broken": self.first_broken,
            "problem": self.problem,
        }


def create_audit_table(conn: Connection) -> None:
    """``upstream init``: the table, its policies, and INSERT/SELECT for every workstation login
    registered before it existed (new logins get theirs from :func:`grant_audit`)."""
    for ddl in AUDIT_DDL:
        conn.execute(text(ddl))
    for (role,) in conn.execute(text("SELECT role_name FROM sync_workstations")):
        grant_audit(conn, role)


def grant_audit(conn: Connection, role: str) -> None:
    conn.execute(text(f'GRANT SELECT, INSERT ON audit_events TO "{role}"'))


def sync_audit(db: Database, upstream: Engine) -> AuditSync:
    """Send this workstation's new events, then take the other workstations'."""
    return AuditSync(push_audit(db, upstream), pull_audit(db, upstream))


# --- push -------------------------------------------------------------------------------------


def push_audit(db: Database, upstream: Engine, chunk: int = AUDIT_CHUNK) -> int:
    """Send every event above the high-water mark; returns how many were sent."""
    workstation, name = str(db.workstation_id), _own_name(db)
    sent, mark = 0, audit_pushed_seq(db)
    while events := _own_events_after(db, mark, chunk):
        with upstream.begin() as conn:
            _send(conn, workstation, name, events)
            checkpoint("audit-push-before-upstream-commit")
        checkpoint("audit-push-after-upstream-commit")
        mark = events[-1][0]
        _save_pushed_mark(db, mark)
        sent += len(events)
    return sent


def audit_pushed_seq(db: Database) -> int:
    with db.read_session() as session:
        state = session.get(SyncState, 1)
        return state.audit_pushed_seq if state else 0


def _own_name(db: Database) -> str:
    with db.read_session() as session:
        ws = session.get(Workstation, db.workstation_id)
        return ws.name if ws else ""


def _own_events_after(db: Database, mark: int, chunk: int) -> list[tuple]:
    """Up to ``chunk`` events after ``mark``, as tuples in the order of EVENT_COLUMNS."""
    query = text(
        "SELECT seq, recorded_at, actor, action, entity, record_id, changes, reason, "
        "workstation, prev_hash, hash FROM audit_events WHERE seq > :m ORDER BY seq LIMIT :n"
    )
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query, {"m": mark, "n": chunk})]


def _send(conn: Connection, workstation: str, name: str, events: list[tuple]) -> None:
    cursor = conn.connection.dbapi_connection.cursor()
    cursor.execute(_STAGE_DDL)
    with cursor.copy(f"COPY {_STAGE} ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
        for event in events:
            copy.write_row(event)
    cursor.execute(_FROM_STAGE, (workstation, name))
    cursor.execute(f"TRUNCATE {_STAGE}")
    held = dict(
        conn.execute(
            text(
                "SELECT seq, hash FROM audit_events WHERE workstation = :w "
                "AND seq BETWEEN :lo AND :hi"
            ),
            {"w": workstation, "lo": events[0][0], "hi": events[-1][0]},
        ).all()
    )
    for event in events:
        seq, digest = event[0], event[-1]
        if held.get(seq) != digest:
            raise AuditRewritten(
                sentence(
                    "The centre already holds audit entry #{entry} of workstation {name} "
                    "({workstation}) with different content: one of the two audit trails was "
                    "rewritten. Nothing was sent; run 'python main.py audit verify' here and "
                    "'python main.py upstream verify-audit URL' at the centre.",
                    entry=seq,
                    name=name,
                    workstation=workstation,
                )
            )


def _save_pushed_mark(db: Database, mark: int) -> None:
    with db.session() as session:
        state = session.get(SyncState, 1)
        if state is None:
            session.add(SyncState(id=1, pulled_seq=0, audit_pushed_seq=mark))
        else:
            state.audit_pushed_seq = mark


# --- pull -------------------------------------------------------------------------------------


def pull_audit(db: Database, upstream: Engine, chunk: int = AUDIT_CHUNK) -> int:
    """Take every other workstation's events not held here yet; returns how many."""
    held = _held_marks(db)
    pulled = 0
    for workstation, top in _upstream_marks(upstream).items():
        if workstation == str(db.workstation_id):
            continue
        seq, last_hash = held.get(workstation, (0, GENESIS_HASH))
        while seq < top and (events := _read_events(upstream, workstation, seq, chunk)):
            _check_links(workstation, events, seq, last_hash)
            _store(db, events)
            seq, last_hash = events[-1][_SEQ], events[-1][_HASH]
            pulled += len(events)
    return pulled


def _held_marks(db: Database) -> dict[str, tuple[int, str]]:
    with db.engine.connect() as conn:
        return {ws: (seq, digest) for ws, seq, digest in conn.execute(_LAST_HELD)}


def _upstream_marks(upstream: Engine) -> dict[str, int]:
    with upstream.connect() as conn:
        return dict(conn.execute(_LAST_UPSTREAM).all())


def _read_events(upstream: Engine, workstation: str, after: int, chunk: int) -> list[tuple]:
    query = text(_SELECT_HELD + " WHERE workstation = :w AND seq > :s ORDER BY seq LIMIT :n")
    with upstream.connect() as conn:
        return [tuple(r) for r in conn.execute(query, {"w": workstation, "s": after, "n": chunk})]


def _check_links(workstation: str, events: list[tuple], seq: int, last_hash: str) -> None:
    for event in events:
        problem = _link_problem(event, seq + 1, last_hash)
        if problem:
            name = event[_NAME] or workstation
            raise AuditRewritten(
                sentence(
                    "The centre's copy of the audit trail of workstation {name} ({workstation}) "
                    "is broken at entry #{entry}: {problem} None of its entries from there on "
                    "were taken; ask the centre to run 'python main.py upstream verify-audit URL'.",
                    name=name,
                    workstation=workstation,
                    entry=seq + 1,
                    problem=problem,
                )
            )
        seq, last_hash = event[_SEQ], event[_HASH]


def _link_problem(event: tuple, expected_seq: int, prev_hash: str) -> Sentence | str:
    if event[_SEQ] != expected_seq:
        return sentence("the entry is missing (the next one held is #{found}).", found=event[_SEQ])
    if event[_PREV] != prev_hash:
        return sentence("it does not link to the entry before it.")
    if seal_fields(prev_hash, event[_SEALED_FIELDS]) != event[_HASH]:
        return sentence("its content was changed after it was recorded.")
    return ""


def _store(db: Database, events: list[tuple]) -> None:
    with db.session() as session:
        session.connection().exec_driver_sql(_STORE, events)
        checkpoint("audit-pull-before-local-commit")


# --- the centre's check ------------------------------------------------------------------------


def verify_upstream_audit(upstream: Engine) -> list[WorkstationTrail]:
    """Recompute every workstation's chain as the centre holds it (``upstream verify-audit``)."""
    trails: list[WorkstationTrail] = []
    checker: _ChainCheck | None = None
    for event in _all_events(upstream):
        if checker is None or checker.workstation != event[0]:
            if checker is not None:
                trails.append(checker.trail())
            checker = _ChainCheck(event[0], event[_NAME])
        checker.add(event)
    if checker is not None:
        trails.append(checker.trail())
    return trails


class _ChainCheck:
    """One workstation's chain, followed event by event; the first broken link is kept."""

    def __init__(self, workstation: str, name: str) -> None:
        self.workstation, self.name = workstation, name
        self.events, self.last_seq, self.last_hash = 0, 0, GENESIS_HASH
        self.first_broken: int | None = None
        self.problem = ""

    def add(self, event: tuple) -> None:
        self.events += 1
        if self.first_broken is not None:
            return
        problem = _link_problem(event, self.last_seq + 1, self.last_hash)
        if problem:
            self.first_broken, self.problem = self.last_seq + 1, problem
        else:
            self.last_seq, self.last_hash = event[_SEQ], event[_HASH]

    def trail(self) -> WorkstationTrail:
        return WorkstationTrail(
            self.workstation, self.name, self.events, self.first_broken, self.problem
        )


def _all_events(upstream: Engine) -> Iterator[tuple]:
    query = text(_SELECT_HELD + " ORDER BY workstation, seq")
    with upstream.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=AUDIT_CHUNK).execute(query)
        for row in result:
            yield tuple(row)
