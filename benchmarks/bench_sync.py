"""Issue 8 targets, against a real PostgreSQL started by pgserver:
- the first sync of a year's register (36,000 devices with their customer, intake and intake
  links, one calibration each with 14 measurement points and its standard: 504,000 points) in
  ≤ 3× the time psycopg COPY takes to load the same rows, measured in the same run;
- a sync carrying 100 changed devices in ≤ 1 s;
- a sync with nothing to do in ≤ 200 ms (median).

Run: python benchmarks/bench_sync.py [DEVICES] [POINTS_PER_CALIBRATION]   (0 points: devices only)
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from bench_register import records  # noqa: E402
from common import report  # noqa: I001
from sqlalchemy import JSON, select, text  # noqa: E402

from lab.intake import register_devices  # noqa: E402
from lab.storage import open_database  # noqa: E402
from lab.storage.bulk import bulk_insert  # noqa: E402
from lab.storage.calibration_models import (  # noqa: E402
    Calibration,
    CalibrationStandard,
    MeasurementPoint,
    ReferenceStandard,
)
from lab.storage.changes import record_bulk  # noqa: E402
from lab.storage.models import Device  # noqa: E402
from lab.sync.engine import sync  # noqa: E402
from lab.sync.tables import synced_tables, upstream_metadata  # noqa: E402
from lab.sync.upstream import connect_upstream, init_upstream  # noqa: E402

DEVICES = int(sys.argv[1]) if len(sys.argv) > 1 else 36_000
POINTS = int(sys.argv[2]) if len(sys.argv) > 2 else 14


def build_workstation(folder: Path):
    db = open_database(folder / "A.sqlite", workstation_name="A")
    with db.session() as s:
        register_devices(s, "Khách hàng 00", records(0, DEVICES), source="bench")
    if POINTS:
        add_calibrations(db)
    return db


def add_calibrations(db) -> None:
    """One measured calibration per device with POINTS points, written as the Calibrate pane
    would (outbox rows included), through the bulk path to keep the set-up short."""
    with db.session() as s:
        standard = ReferenceStandard(
            code="STD-01", name="Fluke 5520A", quantity="voltage", role="source",
            certificate_number="VMI-2026-17", calibrated_by="VMI", calibrated_on=date(2026, 1, 5),
            valid_until=date(2027, 1, 5), unit="V",
        )  # fmt: skip
        s.add(standard)
    device_ids = [d for (d,) in db.engine.connect().execute(select(Device.id))]
    now = datetime.now(UTC)
    ws = str(db.workstation_id)
    synced = {"row_version": 1, "base_version": 0, "updated_at": now, "origin_workstation": ws}
    for start in range(0, len(device_ids), 2000):
        calibrations, links, points = [], [], []
        for device_id in device_ids[start : start + 2000]:
            cal = uuid.uuid4()
            calibrations.append({
                "id": cal, "device_id": device_id, "procedure_name": "dmm-dc-voltage",
                "procedure_version": 1, "quantity": "voltage", "decision_rule": "simple",
                "state": "measured", "technician": "an.nv", "started_at": now,
                "measured_at": now, "ambient_temperature": 23.1, "relative_humidity": 51.0,
                "standards": [{"code": "STD-01", "certificate": "VMI-2026-17"}], **synced,
            })  # fmt: skip
            links.append({"id": uuid.uuid4(), "calibration_id": cal,
                          "standard_id": standard.id, **synced})  # fmt: skip
            for seq in range(1, POINTS + 1):
                points.append({
                    "id": uuid.uuid4(), "calibration_id": cal, "phase": "as_left", "seq": seq,
                    "nominal": float(seq), "unit": "V", "reference": float(seq),
                    "readings": [seq + 0.0002, seq + 0.0001, seq + 0.0003],
                    "reference_readings": [], "indication": seq + 0.0002, "std_dev": 0.0001,
                    "error": 0.0002, "correction": -0.0002, "expanded_uncertainty": 0.0004,
                    "coverage_factor": 2.0, "nu_eff": 50.0, "mpe": 0.003, "verdict": "pass",
                    "taken_at": now, **synced,
                })  # fmt: skip
        with db.session() as s:
            for table, rows in (
                (Calibration.__table__, calibrations),
                (CalibrationStandard.__table__, links),
                (MeasurementPoint.__table__, points),
            ):
                bulk_insert(s, table, rows)
                record_bulk(s, table.name, [(r["id"], 1, "insert") for r in rows])


def local_rows(db) -> dict[str, list[tuple]]:
    """Every synced row as the ORM reads it; JSON values as their text, the form COPY takes."""
    rows = {}
    with db.engine.connect() as conn:
        for synced in synced_tables():
            as_json = [isinstance(c.type, JSON) for c in synced.table.columns]
            rows[synced.name] = [
                tuple(
                    json.dumps(v) if j and v is not None else v
                    for v, j in zip(r, as_json, strict=True)
                )
                for r in conn.execute(select(synced.table))
            ]
    return rows


def copy_baseline(server, rows: dict[str, list[tuple]]) -> tuple[float, int]:
    """Seconds for psycopg COPY to load the same rows into the same tables, in one transaction."""
    import psycopg

    url = new_database(server, "copy_baseline")
    engine = connect_upstream(url)
    upstream_metadata().create_all(engine)
    engine.dispose()
    tables = upstream_metadata().tables
    total = 0
    with psycopg.connect(url.replace("postgresql://", "postgresql://", 1)) as conn:
        start = time.perf_counter()
        with conn.cursor() as cur:
            for name, table_rows in rows.items():
                columns = ", ".join(c.name for c in tables[name].columns)
                with cur.copy(f"COPY {name} ({columns}) FROM STDIN") as copy:
                    for row in table_rows:
                        copy.write_row((*row, 1, 1))
                total += len(table_rows)
        conn.commit()
        return time.perf_counter() - start, total


def new_database(server, name: str) -> str:
    server.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE);")
    server.psql(f"CREATE DATABASE {name};")
    host = server.get_uri().split("host=")[1]
    return f"postgresql://postgres@/{name}?host={host}"


def edit_devices(db, count: int) -> None:
    with db.session() as s:
        for device in s.scalars(select(Device).limit(count)):
            device.notes = f"{device.notes or ''}+"


def main() -> None:
    import pgserver

    folder = Path(tempfile.mkdtemp(prefix="caldesk-bench-sync-"))
    server = pgserver.get_server(folder / "pg", cleanup_mode="stop")
    try:
        db = build_workstation(folder)
        rows = local_rows(db)
        copy_s, total = copy_baseline(server, rows)
        upstream = connect_upstream(new_database(server, "centre"))
        init_upstream(upstream)
        with upstream.connect() as conn:
            conn.execute(text("SELECT 1"))

        start = time.perf_counter()
        first = sync(db, upstream)
        first_s = time.perf_counter() - start
        assert first.pushed == total, (first, total)
        report(
            f"first sync of {total} rows ({DEVICES} devices, {POINTS} points each)",
            first_s, "s", "psycopg COPY of the same rows", copy_s, "≤ 3× COPY",
            first_s <= 3 * copy_s,
        )  # fmt: skip

        hundred = []
        for _ in range(5):
            edit_devices(db, 100)
            start = time.perf_counter()
            result = sync(db, upstream)
            hundred.append(time.perf_counter() - start)
            assert result.pushed == 100, result
        changed_s = statistics.median(hundred)
        report(
            "sync of 100 changed devices (median of 5)",
            changed_s, "s", "the 1 s target", 1.0, "≤ 1 s", changed_s <= 1.0,
        )  # fmt: skip

        idle = []
        for _ in range(21):
            start = time.perf_counter()
            sync(db, upstream)
            idle.append(time.perf_counter() - start)
        idle_s = statistics.median(idle)
        report(
            "sync with nothing to do (median of 21)",
            idle_s * 1000, "ms", "the 200 ms target", 200.0, "≤ 200 ms", idle_s <= 0.2,
        )  # fmt: skip
        upstream.dispose()
        db.close()
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
