"""Issue 8, the status bar: "last sync · N changes pending · N conflicts" is read on the GUI
thread every 5 s (ui/sync_controller.py STATUS_REFRESH_MS), so one read must stay well inside
one frame (16.7 ms at 60 Hz) or the window would stutter while the technician types.

Measured at the worst case a workstation meets: a year's register (36,000 devices) not synced
yet, so every change is still pending, with a full sync history and open conflicts.

Run: python benchmarks/bench_sync_status.py [DEVICES]
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from datetime import timedelta
from pathlib import Path

from bench_register import records  # noqa: I001
from common import median_of, report

from lab.intake import register_devices
from lab.storage import open_database
from lab.storage.base import utc_now
from lab.storage.sync_models import SyncConflict
from lab.sync.status import KEPT_RUNS, OK, SyncRunRecord, record_run, sync_status

DEVICES = int(sys.argv[1]) if len(sys.argv) > 1 else 36_000
FRAME_MS = 1000 / 60


def build(folder: Path):
    db = open_database(folder / "status.sqlite", workstation_name="A")
    with db.session() as s:
        register_devices(s, "Khách hàng 00", records(0, DEVICES), source="bench")
    now = utc_now()
    for n in range(KEPT_RUNS):
        start = now - timedelta(minutes=10 * (KEPT_RUNS - n))
        record_run(db, SyncRunRecord(start, start + timedelta(seconds=2), "background", OK, 5, 7))
    with db.session() as s:
        s.add_all(
            SyncConflict(
                id=uuid.uuid4(),
                entity="devices",
                row_id=uuid.uuid4(),
                field="location",
                kept_value="A",
                other_value="B",
                other_workstation="B",
            )  # fmt: skip
            for _ in range(20)
        )
    return db


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = build(Path(folder))
        status = sync_status(db)
        assert status.pending > DEVICES and status.conflicts_open == 20, status
        seconds = median_of(lambda: sync_status(db), repeat=51)
        db.close()
    ms = seconds * 1000
    print(f"{status.pending} changes pending, {status.conflicts_open} conflicts open")
    report(
        "status bar read (median)", ms, "ms", "one frame at 60 Hz", FRAME_MS,
        "≤ 0.25 frame", ms <= FRAME_MS / 4,
    )  # fmt: skip


if __name__ == "__main__":
    main()
