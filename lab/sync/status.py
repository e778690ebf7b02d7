"""What a technician sees of sync: where the centre is, how the last syncs went, what is waiting.

Read-only views over local tables (the engine's own bookkeeping is not touched here) plus the
history of syncs this workstation started (``sync_runs``), so the Sync pane and the status bar
can say "last sync 14:32 · 12 changes pending · 1 conflict" with a few indexed queries.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote

from sqlalchemy import delete, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from lab.sentences import Sentence
from lab.storage.base import utc_now
from lab.storage.database import Database
from lab.storage.models import OutboxEntry
from lab.storage.sync_models import KnownWorkstation, SyncConflict, SyncRun, SyncState
from lab.sync.engine import SyncReport
from lab.sync.tables import synced_tables
from lab.sync.upstream import (
    UpstreamError,
    UpstreamSchemaMismatch,
    UpstreamUnreachable,
    not_an_address,
    not_postgresql,
)

log = logging.getLogger(__name__)

OK = "ok"
CANCELLED = "cancelled"
UNREACHABLE = "unreachable"
REFUSED = "refused"
SCHEMA = "schema"
FAILED = "failed"  # anything else: a bug or a local problem, detail in the message
COMMAND = "command"  # trigger of ``main.py sync``; the GUI's are "manual" and "background"
KEPT_RUNS = 50  # the history a technician scrolls through; older runs say nothing new
RECORD_COLUMNS = ("lab_id", "code", "number", "name")  # how a person names a record


@dataclass(frozen=True)
class SyncRunRecord:
    """One sync as the history shows it."""

    started_at: datetime
    finished_at: datetime
    trigger: str
    outcome: str
    pushed: int = 0
    pulled: int = 0
    conflicts_found: int = 0
    conflicts_open: int = 0
    message: str = ""

    @property
    def seconds(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()

    @property
    def failed(self) -> bool:
        return self.outcome not in (OK, CANCELLED)


@dataclass(frozen=True)
class SyncStatus:
    """The status bar's facts: last good sync, the last run if it went wrong, what waits."""

    configured: bool
    last_success_at: datetime | None
    last_run: SyncRunRecord | None
    pending: int
    conflicts_open: int

    @property
    def last_failed(self) -> bool:
        """The most recent sync failed (a later successful one clears it)."""
        run = self.last_run
        if run is None or not run.failed:
            return False
        return self.last_success_at is None or run.finished_at >= self.last_success_at


@dataclass(frozen=True)
class ConflictRow:
    """An open conflict as the Sync pane lists it, the record named as a person knows it."""

    id: uuid.UUID
    entity: str
    record: str
    field: str
    ancestor: object
    kept: object
    other: object
    other_workstation: str  # that workstation's code, as the centre listed it at the last sync
    other_is_here: bool  # the set-aside value was typed on this workstation
    found_at: datetime


@dataclass(frozen=True)
class UpstreamAddress:
    """The centre's address as stored: never with a password (that goes to libpq's pgpass)."""

    url: str  # without password and without sslmode, as shown in the pane
    sslmode: str | None

    @property
    def connect_url(self) -> str:
        """The URL given to the engine: libpq reads ``sslmode`` from its query."""
        parsed = make_url(self.url)
        if self.sslmode:
            parsed = parsed.update_query_dict({"sslmode": self.sslmode})
        return parsed.render_as_string(hide_password=False)


def finished_run(started_at: datetime, trigger: str, report: SyncReport) -> SyncRunRecord:
    return SyncRunRecord(
        started_at, utc_now(), trigger, OK, report.pushed, report.pulled,
        report.conflicts_found, report.conflicts_open,
    )  # fmt: skip


def failed_run(
    started_at: datetime, trigger: str, exc: BaseException, pushed: int = 0, pulled: int = 0
) -> SyncRunRecord:
    return SyncRunRecord(
        started_at, utc_now(), trigger, outcome_of(exc), pushed, pulled, message=message_of(exc)
    )


def message_of(exc: BaseException) -> str:
    """What went wrong in English; the lab's :class:`Sentence` itself when the error carries
    one, so the pane can say it in the user's language."""
    said = exc.args[0] if exc.args else None
    return said if isinstance(said, Sentence) else str(exc)


def outcome_of(exc: BaseException) -> str:
    if isinstance(exc, UpstreamUnreachable):
        return UNREACHABLE
    if isinstance(exc, UpstreamSchemaMismatch):
        return SCHEMA
    if isinstance(exc, UpstreamError):
        return REFUSED
    return FAILED


def record_run(db: Database, run: SyncRunRecord) -> None:
    """Keep one sync in the history (the newest ``KEPT_RUNS``)."""
    with db.session() as session:
        session.add(SyncRun(**{k: getattr(run, k) for k in _RUN_FIELDS}))
        session.flush()
        newest = select(SyncRun.id).order_by(SyncRun.id.desc()).limit(KEPT_RUNS)
        session.execute(delete(SyncRun).where(SyncRun.id.not_in(newest)))


_RUN_FIELDS = tuple(SyncRunRecord.__dataclass_fields__)


def recent_runs(db: Database, limit: int = 20) -> list[SyncRunRecord]:
    """The latest syncs, newest first."""
    with db.read_session() as session:
        rows = session.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(limit))
        return [_record(r) for r in rows]


def _record(row: SyncRun) -> SyncRunRecord:
    return SyncRunRecord(**{k: getattr(row, k) for k in _RUN_FIELDS})


def sync_status(db: Database) -> SyncStatus:
    """Cheap enough for a timer: an indexed count, a small count, two single rows."""
    with db.read_session() as session:
        pending = session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.pushed_at.is_(None))
        )
        conflicts = session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        state = session.get(SyncState, 1)
        last = session.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(1)).first()
        last_ok = session.scalar(select(func.max(SyncRun.finished_at)).where(SyncRun.outcome == OK))
    # A sync run from the command line sets the state's time but leaves no run behind.
    candidates = [t for t in (last_ok, state.last_sync_at if state else None) if t is not None]
    return SyncStatus(
        configured=bool(state and state.upstream_url),
        last_success_at=max(candidates) if candidates else None,
        last_run=_record(last) if last is not None else None,
        pending=pending,
        conflicts_open=conflicts,
    )


def open_conflict_rows(db: Database) -> list[ConflictRow]:
    here = str(db.workstation_id)
    tables = {t.name: t.table for t in synced_tables()}
    with db.read_session() as session:
        conflicts = session.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.found_at, SyncConflict.id)
        ).all()
        return [
            ConflictRow(
                c.id,
                c.entity,
                _record_name(session, tables.get(c.entity), c.row_id),
                c.field,
                c.ancestor_value,
                c.kept_value,
                c.other_value,
                _workstation_code(session, c.other_workstation),
                c.other_workstation == here,
                c.found_at,
            )  # fmt: skip
            for c in conflicts
        ]


def _record_name(session, table, row_id: uuid.UUID) -> str:  # noqa: ANN001
    """The device's lab ID, the standard's code, the customer's name; else the id itself."""
    if table is not None:
        columns = [table.c[name] for name in RECORD_COLUMNS if name in table.c]
        if columns:
            row = session.execute(select(*columns).where(table.c.id == row_id)).first()
            if row is not None:
                return " · ".join(str(v) for v in row if v not in (None, ""))
    return str(row_id)


def _workstation_code(session, workstation: str) -> str:  # noqa: ANN001
    """The other workstation's code as the centre listed it at the last sync (lab.sync.codes);
    its id when it is not listed (a centre that did not check codes yet)."""
    try:
        known = session.get(KnownWorkstation, uuid.UUID(workstation))
    except ValueError:
        return workstation
    return known.code if known is not None else workstation


def saved_upstream(db: Database) -> UpstreamAddress | None:
    with db.read_session() as session:
        state = session.get(SyncState, 1)
        stored = state.upstream_url if state is not None else None
    if not stored:
        return None
    parsed = make_url(stored)
    sslmode = parsed.query.get("sslmode")
    shown = parsed.difference_update_query(["sslmode"])._replace(password=None)
    return UpstreamAddress(_readable(shown), sslmode)


def parse_address(url: str, sslmode: str | None) -> tuple[UpstreamAddress, str | None]:
    """The address to store and the password typed into it (if any), taken out of it.

    Raises ValueError with a sentence for an address that is not a PostgreSQL URL.
    """
    try:
        parsed: URL = make_url(url.strip())
    except ArgumentError as exc:
        raise ValueError(not_an_address(url)) from exc
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(not_postgresql(parsed.drivername))
    typed_password = parsed.password
    typed_sslmode = parsed.query.get("sslmode")
    clean = parsed.difference_update_query(["sslmode"])._replace(password=None)
    address = UpstreamAddress(_readable(clean), sslmode or typed_sslmode)
    return address, (str(typed_password) if typed_password else None)


def _readable(url: URL) -> str:
    """The URL as a person types it: ``?host=/run/postgresql``, not ``%2Frun%2Fpostgresql``."""
    base, _, query = url.render_as_string(hide_password=False).partition("?")
    return f"{base}?{unquote(query)}" if query else base


def save_upstream(db: Database, address: UpstreamAddress) -> None:
    """Remember the centre for this workstation (also what ``main.py sync`` uses)."""
    stored = address.connect_url
    with db.session(reason="central database address set") as session:
        state = session.get(SyncState, 1)
        if state is None:
            session.add(SyncState(id=1, pulled_seq=0, upstream_url=stored))
        else:
            state.upstream_url = stored
    log.info("central database set to %s (sslmode %s)", address.url, address.sslmode or "prefer")
