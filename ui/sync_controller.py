"""Syncs started by the technician or by the clock, one at a time, off the GUI thread (issue 8).

One controller per open workstation database (it outlives a window rebuilt for a language
switch). It runs :func:`lab.sync.engine.sync` through :func:`ui.workers.run_task`, records every
run in the local history, and keeps the status the status bar shows fresh with a cheap query.

Cancelling stops between batches: every batch pushed and every page pulled is already committed
on both sides, so a sync cut off there resumes where it stopped the next time.

A background sync runs also while a calibration is in progress: its local writes are short
transactions (WAL lets the calibration read on, a point save waits at most for one page), and
holding changes back for the length of a run would keep other workstations out of date for hours.
A failed background sync opens no dialog; it turns the status bar red and says why in the pane.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from lab.storage.base import utc_now
from lab.storage.database import Database
from lab.sync.engine import sync
from lab.sync.status import (
    CANCELLED,
    FAILED,
    SyncRunRecord,
    SyncStatus,
    failed_run,
    finished_run,
    message_of,
    outcome_of,
    record_run,
    saved_upstream,
    sync_status,
)
from lab.sync.upstream import connect_upstream
from ui.qt import QObject, QThreadPool, QTimer, Signal
from ui.settings import Settings
from ui.workers import Cancelled, Task, TaskControl, TaskFailure, run_task

log = logging.getLogger(__name__)

MANUAL = "manual"
BACKGROUND = "background"
STATUS_REFRESH_MS = 5000  # measured: benchmarks/bench_sync_status.py


class SyncController(QObject):
    started = Signal(str)  # trigger
    batch_done = Signal(str, int)  # stage ("push"/"pull"), rows so far; emitted on the worker
    finished = Signal(object)  # SyncRunRecord
    status_changed = Signal(object)  # SyncStatus

    def __init__(self, database: Database, settings: Settings | None = None) -> None:
        super().__init__()
        self.db = database
        self.settings = settings
        self.task: Task | None = None
        self.status: SyncStatus | None = None
        self._cancel_requested = threading.Event()
        self._result: SyncRunRecord | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.background_sync)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start()
        self.set_interval(settings.sync_interval_minutes if settings else 0)

    @property
    def running(self) -> bool:
        return self.task is not None

    def set_interval(self, minutes: int) -> None:
        """Background sync every ``minutes`` (0: only on demand); remembered per workstation."""
        if self.settings is not None and self.settings.sync_interval_minutes != minutes:
            self.settings.sync_interval_minutes = minutes
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        if milliseconds > 0:
            self.timer.start(milliseconds)
        else:
            self.timer.stop()

    def refresh_status(self) -> SyncStatus:
        self.status = sync_status(self.db)
        self.status_changed.emit(self.status)
        return self.status

    def background_sync(self) -> None:
        if self.running:
            log.info("background sync skipped: a sync is already running")
            return
        if saved_upstream(self.db) is None:
            return  # nothing to sync with until the centre's address is set
        self.sync_now(BACKGROUND)

    def sync_now(self, trigger: str = MANUAL) -> bool:
        """Start a sync; False (and nothing started) when one is running or no centre is set."""
        address = saved_upstream(self.db)
        if self.running or address is None:
            return False
        self._cancel_requested.clear()
        self._result = None
        started_at = utc_now()
        url = address.connect_url
        self.task = run_task(
            lambda control: self._work(url, trigger, started_at, control),
            on_success=lambda _run: None,
            on_failure=self._crashed,
            parent=self,
        )
        self.task.finished.connect(self._task_finished)
        self.started.emit(trigger)
        return True

    def cancel(self) -> None:
        """Stop after the batch in flight (thread-safe: may be called from any thread)."""
        self._cancel_requested.set()

    def shut_down(self, wait_ms: int = 30_000) -> None:
        """Stop the timers and let a running sync stop at its next batch before the DB closes."""
        self.timer.stop()
        self.status_timer.stop()
        if self.running:
            self.cancel()
            QThreadPool.globalInstance().waitForDone(wait_ms)

    # --- the worker's side ------------------------------------------------------------------

    def _work(
        self, url: str, trigger: str, started_at: datetime, control: TaskControl
    ) -> SyncRunRecord:
        moved = {"push": 0, "pull": 0}

        def progress(stage: str, count: int) -> None:
            moved[stage] = count
            self.batch_done.emit(stage, count)
            control.progress(count, 0, stage)
            if self._cancel_requested.is_set() or control.cancelled:
                raise Cancelled()

        upstream = None
        try:
            upstream = connect_upstream(url)
            run = finished_run(started_at, trigger, sync(self.db, upstream, progress))
        except Cancelled:
            run = SyncRunRecord(
                started_at, utc_now(), trigger, CANCELLED, moved["push"], moved["pull"]
            )
        except Exception as exc:  # noqa: BLE001 - every failure is recorded and shown, none lost
            if outcome_of(exc) == FAILED:
                log.exception("sync failed")
            run = failed_run(started_at, trigger, exc, moved["push"], moved["pull"])
        finally:
            if upstream is not None:
                upstream.dispose()
        record_run(self.db, run)
        self._result = run
        return run

    # --- back on the GUI thread -------------------------------------------------------------

    def _crashed(self, failure: TaskFailure) -> None:
        # Recording the run itself failed (the local database, not the centre): say so anyway.
        now = utc_now()
        self._result = SyncRunRecord(now, now, MANUAL, FAILED, message=message_of(failure.error))

    def _task_finished(self) -> None:
        self.task = None
        run, self._result = self._result, None
        if run is not None:
            self.finished.emit(run)
        self.refresh_status()
