"""Issue 8, the audit trail at the centre, against a real PostgreSQL started by pgserver:
- the first push of a year's audit trail (150,000 events: 36,000 devices × a few events) in
  ≤ 3× the time psycopg COPY takes to load the same rows, measured in the same run;
- another workstation pulling all of it, and what it adds to that workstation's file per event
  (whether pulling every workstation's events, not only those of records held here, is affordable);
- the audit step of a sync with nothing to do, against the 200 ms of a whole idle sync.

Run: python benchmarks/bench_audit_sync.py [EVENTS]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from common import report  # noqa: I001
from sqlalchemy import text  # noqa: E402

from lab.storage import open_database  # noqa: E402
from lab.storage.audit_chain import EventDraft, append_events  # noqa: E402
from lab.sync.audit_trail import EVENT_COLUMNS, pull_audit, push_audit, sync_audit  # noqa: E402
from lab.sync.upstream import connect_upstream, init_upstream  # noqa: E402

EVENTS = int(sys.argv[1]) if len(sys.argv) > 1 else 150_000


def record_year(db) -> None:
    """EVENTS events shaped like a register's: a device created, edited, calibrated."""
    for start in range(0, EVENTS, 5000):
        drafts = [
            EventDraft(
                actor="an.nv",
                action="update" if i % 3 else "create",
                entity="devices" if i % 2 else "calibrations",
                record_id=str(uuid.uuid4()),
                changes={"notes": [None, f"Vỏ nứt nhẹ {i}"], "status": ["active", "due"]},
                reason="hiệu chuẩn định kỳ" if i % 5 == 0 else None,
            )
            for i in range(start, min(EVENTS, start + 5000))
        ]
        with db.session(actor="an.nv") as s:
            append_events(s, drafts)


def copy_baseline(url: str, db) -> float:
    """Seconds for psycopg COPY to load the same events into a table shaped like the centre's."""
    import psycopg

    columns = ("workstation", "workstation_name", *EVENT_COLUMNS)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT seq, recorded_at, actor, action, entity, record_id, changes, reason, "
                "workstation, prev_hash, hash FROM audit_events ORDER BY seq"
            )
        ).all()
    ws = str(db.workstation_id)
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE audit_copy (LIKE audit_events INCLUDING ALL)")
        conn.commit()
        start = time.perf_counter()
        with (
            conn.cursor() as cur,
            cur.copy(f"COPY audit_copy ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row((ws, "A", *row))
        conn.commit()
        return time.perf_counter() - start


def file_bytes(db) -> int:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return db.path.stat().st_size


def main() -> None:
    import pgserver

    folder = Path(tempfile.mkdtemp(prefix="caldesk-bench-audit-sync-"))
    server = pgserver.get_server(folder / "pg", cleanup_mode="stop")
    try:
        server.psql("CREATE DATABASE centre;")
        host = server.get_uri().split("host=")[1]
        url = f"postgresql://postgres@/centre?host={host}"
        upstream = connect_upstream(url)
        init_upstream(upstream)
        a = open_database(folder / "A.sqlite", workstation_name="A")
        b = open_database(folder / "B.sqlite", workstation_name="B")
        record_year(a)
        copy_s = copy_baseline(url.replace("postgresql://", "postgresql://", 1), a)

        start = time.perf_counter()
        pushed = push_audit(a, upstream)
        push_s = time.perf_counter() - start
        report(
            f"first push of {pushed} audit events", push_s, "s",
            "psycopg COPY of the same events", copy_s, "≤ 3× COPY", push_s <= 3 * copy_s,
        )  # fmt: skip

        before = file_bytes(b)
        start = time.perf_counter()
        pulled = pull_audit(b, upstream)
        pull_s = time.perf_counter() - start
        per_event = (file_bytes(b) - before) / max(pulled, 1)
        report(
            f"pull of {pulled} audit events by another workstation", pull_s, "s",
            "the first push", push_s, "≤ 3× the push", pull_s <= 3 * push_s,
        )  # fmt: skip
        print(
            f"pulled events add {per_event:.0f} bytes each to the workstation's file: "
            f"{per_event * pulled / 1e6:.1f} MB for {pulled} events"
        )

        idle = []
        for _ in range(21):
            start = time.perf_counter()
            sync_audit(b, upstream)
            idle.append(time.perf_counter() - start)
        idle_ms = statistics.median(idle) * 1000
        report(
            "audit step of a sync with nothing to do (median of 21)", idle_ms, "ms",
            "an idle sync's 200 ms target", 200.0, "≤ 10% of it (20 ms)", idle_ms <= 20,
        )  # fmt: skip
        upstream.dispose()
        a.close()
        b.close()
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
