"""Crash points for the fault matrix (issue 8, "a process killed (SIGKILL) at every step").

A test names a step in ``CALDESK_SYNC_CRASH_AT``; the sync process kills itself there with
SIGKILL, exactly as a power cut or the task manager would, with no chance to clean up.
"""

from __future__ import annotations

import os
import signal

STEPS = (
    "push-after-stamp",
    "push-before-upstream-commit",
    "push-after-upstream-commit",
    "push-before-local-confirm",
    "pull-after-read",
    "pull-before-local-commit",
    "pull-after-local-commit",
    # The audit trail's own push and pull (lab.sync.audit_trail), after the rows.
    "audit-push-before-upstream-commit",
    "audit-push-after-upstream-commit",
    "audit-pull-before-local-commit",
)


def checkpoint(step: str) -> None:
    """Die here if the crash under test is at ``step``; otherwise do nothing."""
    if os.environ.get("CALDESK_SYNC_CRASH_AT") == step:
        os.kill(os.getpid(), signal.SIGKILL)
