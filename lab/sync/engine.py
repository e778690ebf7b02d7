"""One sync: push everything pending, then pull everything new (issue 8, "Push and pull").

Push goes first so that a pull never has to set aside this workstation's own edits more than
necessary. Every step is safe to repeat: a sync cut off anywhere resumes the next time, and the
caller gets a :class:`SyncReport` or an :class:`~lab.sync.upstream.UpstreamError` with a sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from lab.storage.database import Database
from lab.storage.models import OutboxEntry
from lab.storage.sync_models import SyncConflict
from lab.sync.audit_trail import sync_audit
from lab.sync.codes import claim_code
from lab.sync.faults import checkpoint
from lab.sync.pull import (
    apply_changes,
    pulled_seq,
    read_changes,
    report_cursor,
    take_centre_copies,
)
from lab.sync.purge import purge_outbox
from lab.sync.push import BATCH_ROWS, confirm_batch, next_batch, send_batch
from lab.sync.resolve import push_resolutions
from lab.sync.roles import claim_workstation
from lab.sync.upstream import UpstreamError, check_schema, refused, unreachable

log = logging.getLogger(__name__)

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class SyncReport:
    """What one sync did: rows pushed and pulled, conflicts found and still open."""

    pushed: int
    pulled: int
    conflicts_found: int
    conflicts_open: int
    pending: int
    set_aside: int = 0
    audit_pushed: int = 0
    audit_pulled: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "conflicts_found": self.conflicts_found,
            "conflicts_open": self.conflicts_open,
            "pending": self.pending,
        }


def sync(
    db: Database,
    upstream: Engine,
    progress: Progress | None = None,
    *,
    batch_rows: int = BATCH_ROWS,
) -> SyncReport:
    """Push, then pull; raises UpstreamError (with a sentence) when the centre cannot be used.

    ``batch_rows``: outbox rows per push batch (a unit of work larger than that goes whole)."""
    workstation = str(db.workstation_id)
    try:
        with upstream.begin() as conn:
            check_schema(conn)
            claim_workstation(conn, workstation)
            claim_code(conn, db)  # refused before any row is sent if another has the code
        pushed, found, versions, turned_down = _push_all(
            db, upstream, workstation, progress, batch_rows
        )
        # The centre's copies of records it kept append-only come before the pull: the pull may
        # seal their unit here, after which this file takes no change to them.
        restored = take_centre_copies(db, upstream, turned_down) if turned_down else 0
        pulled, set_aside = _pull_all(db, upstream, workstation, versions, progress)
        pulled += restored
        # The audit trail goes last, on its own: it is append-only and conflicts with nothing.
        audit = sync_audit(db, upstream)
        purge_outbox(db)
    except DBAPIError as exc:
        raise refused(upstream, exc) from exc
    return SyncReport(
        pushed,
        pulled,
        found,
        open_conflicts(db),
        pending_changes(db),
        set_aside,
        audit.pushed,
        audit.pulled,
    )


def _push_all(
    db: Database, upstream: Engine, ws: str, progress: Progress | None, batch_rows: int
) -> tuple:
    pushed = found = 0
    versions: dict[str, int] = {}
    turned_down: dict[str, list[str]] = {}
    push_resolutions(db, upstream)
    # Three things overlap: the centre applies a batch; the previous batch is confirmed in
    # the file; the next one is stamped and read. Each waits on a different process or
    # lock, and a first sync's confirmations alone take a third of its time.
    with (
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="caldesk-push-read") as reader,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="caldesk-push-confirm") as confirmer,
    ):
        confirming = None
        unconfirmed: tuple = ()  # the batch whose confirmation may still be running
        batch = next_batch(db, batch_rows)
        while batch is not None:
            checkpoint("push-after-stamp")
            # Batches not confirmed yet are never picked again while they are in hand here.
            upcoming = reader.submit(next_batch, db, batch_rows, (batch.batch_id, *unconfirmed))
            result = send_batch(upstream, ws, batch)
            if confirming is not None:
                confirming.result()  # one confirmation in flight at a time, in batch order
            confirming = confirmer.submit(confirm_batch, db, batch, result)
            unconfirmed = (batch.batch_id,)
            pushed += batch.size
            found += result.conflicts
            versions.update(result.versions)
            for entity, ids in result.refused.items():
                turned_down.setdefault(entity, []).extend(ids)
            if progress:
                progress("push", pushed)
            batch = upcoming.result()
        if confirming is not None:
            confirming.result()  # every batch confirmed before anything is pulled
    return pushed, found, versions, turned_down


def _pull_all(
    db: Database, upstream: Engine, ws: str, pushed: dict[str, int], progress: Progress | None
) -> tuple:
    pulled = set_aside = 0
    cursor = pulled_seq(db)
    while (page := read_changes(upstream, cursor, db, pushed)) is not None:
        result = apply_changes(db, page)
        pulled += result.applied
        set_aside += result.skipped_pending + result.refused
        cursor = page.upper
        if progress:
            progress("pull", pulled)
    report_cursor(upstream, ws, cursor)
    return pulled, set_aside


def pending_changes(db: Database) -> int:
    """Outbox rows not yet confirmed upstream."""
    with db.read_session() as session:
        return session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.pushed_at.is_(None))
        )


def open_conflicts(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )


def ensure_reachable(upstream: Engine) -> None:
    """Raise UpstreamError with a sentence if the centre cannot be reached right now."""
    try:
        with upstream.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        raise unreachable(upstream, exc) from exc


__all__ = ["SyncReport", "UpstreamError", "ensure_reachable", "sync"]
