"""Slow work off the GUI thread (Anki's ``QueryOp``, PyMeasure's ``StoppableQThread``).

A plain function runs on a pool thread; ``on_success``/``on_failure`` run back on the GUI thread.
The function receives a :class:`TaskControl` to report progress and to check for cancellation,
so long loops stop cooperatively. A worker that needs the database opens its own session and
hands back IDs or plain data, never live ORM objects.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ui.qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task by :meth:`TaskControl.check` once the user pressed Cancel."""


class TaskControl:
    """What a running task sees: a cancel flag and a progress callback (thread-safe)."""

    def __init__(self, emit_progress: Callable[[int, int, str], None]) -> None:
        self._cancel = threading.Event()
        self._emit_progress = emit_progress

    @property
    def cancel_event(self) -> threading.Event:
        return self._cancel

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._emit_progress(int(done), int(total), message)


@dataclass(frozen=True)
class TaskFailure:
    """A failure handed to the GUI: the sentence for the user and the detail one click away."""

    error: BaseException
    detail: str


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], signals: _Signals, control: TaskControl):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._control = control

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self._fn(self._control)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            log.exception("background task failed")
            self._signals.failed.emit(TaskFailure(exc, traceback.format_exc()))
        else:
            if self._control.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


class Task(QObject):
    """A handle on one background task; keep a reference while it runs."""

    progress = Signal(int, int, str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.control = TaskControl(self._signals.progress.emit)
        self.running = False
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._on_finished)

    def cancel(self) -> None:
        self.control.cancel()

    def _on_finished(self) -> None:
        self.running = False
        self.finished.emit()


def run_task(
    fn: Callable[[TaskControl], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[TaskFailure], None],
    on_cancelled: Callable[[], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn(control)`` on a pool thread; callbacks run on the GUI thread."""
    task = Task(parent)
    task._signals.succeeded.connect(on_success)
    task._signals.failed.connect(on_failure)
    if on_cancelled is not None:
        task._signals.cancelled.connect(on_cancelled)
    task.running = True
    (pool or QThreadPool.globalInstance()).start(_Runnable(fn, task._signals, task.control))
    return task
