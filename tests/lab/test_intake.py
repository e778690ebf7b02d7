"""Taking in device lists: valid rows in one transaction, bad rows reported, nothing doubled."""

from __future__ import annotations

import csv
import dataclasses
import gc
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from lab.importing import UnusableFile
from lab.intake import ImportCancelled, import_device_list
from lab.register import DeviceQuery, list_devices
from lab.storage.models import Device, OutboxEntry, WorkOrder

REPO = Path(__file__).resolve().parents[2]
HEADER = [
    "STT",
    "Tên thiết bị",
    "Hãng sản xuất",
    "Model",
    "Số sê-ri",
    "Mã tài sản",
    "Phạm vi đo",
    "Độ phân giải",
    "Chu kỳ hiệu chuẩn",
    "Ngày hiệu chuẩn",
]
ROWS = [
    ["1", "Đồng hồ vạn năng", "Fluke", "87V", "FL001", "TS-001", "0 – 1000 V", "0,001", "12 tháng", "15/03/2025"],
    ["2", "Cân phân tích", "Mettler Toledo", "ME204", "ME002", "TS-002", "0~220 g", "0,0001", "12", "01/06/2025"],
    ["3", "Đồng hồ áp suất", "Wika", "213.53", "WI003", "TS-003", "(0 ÷ 10) bar", "0,2", "6 tháng", "2025-02-01"],
    ["4", "Nhiệt kế điện tử", "Testo", "720", "TE004", "TS-004", "-50...150 °C", "0,1", "12", "20/09/2025"],
]  # fmt: skip


def write_list(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["DANH SÁCH THIẾT BỊ ĐỀ NGHỊ HIỆU CHUẨN"])
        writer.writerow([])
        writer.writerow(header)
        writer.writerows(rows)
    return path


def snapshot(db) -> dict:
    """Everything an import may touch, to compare before and after."""
    con = sqlite3.connect(db.path)
    try:
        return {
            table: con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("customers", "devices", "work_orders", "work_order_devices", "outbox")
        }
    finally:
        con.close()


def run_import(db, path, customer="Công ty Nhựa Bình An", **kw):
    with db.session() as s:
        return import_device_list(s, path, customer, **kw)


def test_valid_list_is_registered_with_parsed_ranges_and_due_dates(db, tmp_path):
    report = run_import(db, write_list(tmp_path / "a.csv", ROWS))
    assert (report.imported, report.updated, report.unchanged, report.rejected) == (4, 0, 0, 0)
    with db.read_session() as s:
        rows = {r.serial: r for r in list_devices(s, DeviceQuery())}
        wo = s.scalars(select(WorkOrder)).one()
    gauge = rows["WI003"]
    assert (gauge.range_min, gauge.range_max, gauge.unit) == (0.0, 10.0, "bar")
    assert gauge.due.isoformat() == "2025-08-01"  # 1 Feb + 6 months
    assert rows["TE004"].range_min == -50.0
    assert wo.number == report.work_order and wo.imported_count == 4
    assert wo.source_file == "a.csv"


def test_import_keeps_valid_rows_and_reports_bad_ones(db, tmp_path):
    bad = ROWS + [
        ["5", "Nhiệt kế", "Testo", "720", "TE005", "", "0...100 °X", "0,1", "12", "01/01/2025"],
        ["6", "Cân", "Ohaus", "PX", "OH006", "", "0~3200 g", "0,01", "12", "31/02/2025"],
    ]
    report = run_import(db, write_list(tmp_path / "b.csv", bad))
    assert (report.imported, report.rejected) == (4, 2)
    lines = sorted(p.line for p in report.problems)
    assert lines == [8, 9]  # title, blank, header, 4 good rows: the bad ones are file lines 8, 9
    assert all(p.reason.endswith(".") for p in report.problems)
    with db.read_session() as s:
        serials = {r.serial for r in list_devices(s, DeviceQuery())}
    assert "TE005" not in serials and "OH006" not in serials


def test_importing_the_same_file_twice_changes_nothing_the_second_time(db, tmp_path):
    path = write_list(tmp_path / "c.csv", ROWS)
    first = run_import(db, path)
    before = snapshot(db)
    second = run_import(db, path)
    assert (second.imported, second.updated, second.unchanged) == (0, 0, 4)
    assert second.work_order is None and second.repeat_of == first.work_order
    assert snapshot(db) == before


def test_a_device_already_registered_is_updated_not_duplicated(db, tmp_path):
    run_import(db, write_list(tmp_path / "d1.csv", ROWS))
    changed = [row[:] for row in ROWS]
    changed[0][7] = "0,01"  # new resolution for the Fluke, same serial
    changed[1][4] = ""  # balance: serial left out, still found by its asset tag
    changed[1][8] = "24"
    report = run_import(db, write_list(tmp_path / "d2.csv", changed))
    assert (report.imported, report.updated, report.unchanged) == (0, 2, 2)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Device)) == 4
        fluke = s.scalars(select(Device).where(Device.serial == "FL001")).one()
        balance = s.scalars(select(Device).where(Device.asset_tag == "TS-002")).one()
    assert fluke.resolution == 0.01 and fluke.row_version == 2
    assert balance.interval_months == 24
    assert balance.serial == "ME002"  # an empty cell never blanks what the register knows


def test_a_row_whose_serial_and_asset_tag_point_at_two_devices_is_refused(db, tmp_path):
    run_import(db, write_list(tmp_path / "e1.csv", ROWS))
    clash = [["1", "Đồng hồ vạn năng", "Fluke", "87V", "FL001", "TS-002", "", "", "", ""]]
    report = run_import(db, write_list(tmp_path / "e2.csv", clash))
    assert report.rejected == 1 and report.updated == 0
    assert "asset tag" in report.problems[0].reason


def test_dry_run_counts_but_changes_nothing(db, tmp_path):
    before = snapshot(db)
    with db.read_session() as s:
        report = import_device_list(s, write_list(tmp_path / "f.csv", ROWS), "X", dry_run=True)
    assert report.imported == 4 and report.dry_run
    assert snapshot(db) == before


def check(db, path, **kwargs):
    with db.read_session() as s:
        return import_device_list(s, path, "Nhà máy A", dry_run=True, **kwargs)


def import_checked(db, path, report):
    with db.session() as s:
        return import_device_list(s, path, "Nhà máy A", table=report.table, checked=report.parsed)


def test_importing_after_a_check_takes_the_checked_list_as_it_is(db, tmp_path):
    path = write_list(tmp_path / "g.csv", ROWS)
    checked = check(db, path)
    report = import_checked(db, path, checked)
    assert report.parsed is checked.parsed  # read and checked once
    assert report.imported == 4 and not report.problems
    with db.read_session() as s:
        order = s.scalars(select(WorkOrder)).one()
    assert order.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_list_saved_again_after_the_check_is_read_again(db, tmp_path):
    path = write_list(tmp_path / "h.csv", ROWS)
    checked = check(db, path)
    extra = ["5", "Thước cặp", "Mitutoyo", "500-196", "MI005", "TS-005", "0-150 mm", "0,01", "", ""]
    write_list(path, [*ROWS, extra])  # the technician fixed the list in Excel meanwhile
    report = import_checked(db, path, checked)
    assert report.parsed is not checked.parsed
    assert report.imported == 5
    with db.read_session() as s:
        order = s.scalars(select(WorkOrder)).one()
    assert order.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_check_made_on_an_earlier_day_is_made_again(db, tmp_path):
    # A date is refused when it lies after the day the list is checked on.
    path = write_list(tmp_path / "i.csv", ROWS)
    checked = check(db, path)
    yesterday = dataclasses.replace(checked.parsed, checked_on=date.today() - timedelta(days=1))
    report = import_checked(db, path, dataclasses.replace(checked, parsed=yesterday))
    assert report.parsed is not yesterday and report.imported == 4


def test_a_check_with_another_column_mapping_is_made_again(db, tmp_path):
    path = write_list(tmp_path / "j.csv", ROWS)
    checked = check(db, path)
    without_serials = checked.mapping.with_column("serial", None)
    with db.session() as s:
        report = import_device_list(
            s, path, "Nhà máy A", mapping=without_serials, table=checked.table,
            checked=checked.parsed,
        )  # fmt: skip
    assert report.parsed is not checked.parsed
    with db.read_session() as s:
        assert s.scalars(select(Device.serial)).all() == [None] * 4


def test_cancelling_an_import_leaves_the_register_as_it_was(db, tmp_path):
    run_import(db, write_list(tmp_path / "g1.csv", ROWS[:2]))
    before = snapshot(db)
    calls = iter(range(1000))
    with pytest.raises(ImportCancelled):
        run_import(db, write_list(tmp_path / "g2.csv", ROWS), cancelled=lambda: next(calls) >= 2)
    assert snapshot(db) == before


def test_every_imported_device_is_in_the_outbox(db, tmp_path):
    run_import(db, write_list(tmp_path / "h.csv", ROWS))
    with db.read_session() as s:
        device_ids = set(s.scalars(select(Device.id)))
        queued = set(s.scalars(select(OutboxEntry.row_id).where(OutboxEntry.entity == "devices")))
    assert device_ids == queued


_KILL_SCRIPT = """
import sys
from lab.storage import open_database
from lab.intake import import_device_list
db = open_database(sys.argv[1])
with db.session() as s:
    import_device_list(s, sys.argv[2], "Khách hàng lớn")
"""


def test_an_import_killed_midway_leaves_the_database_exactly_as_before(db, tmp_path):
    run_import(db, write_list(tmp_path / "small.csv", ROWS))
    big = [
        [str(n), "Đồng hồ vạn năng", "Fluke", "87V", f"K{n:06d}", f"A{n:06d}", "0 – 1000 V",
         "0,001", "12", "15/03/2025"]
        for n in range(30000)
    ]  # fmt: skip
    path = write_list(tmp_path / "big.csv", big)
    before = snapshot(db)
    db.close()
    wal = Path(str(db.path) + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILL_SCRIPT, str(db.path), str(path)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    deadline = time.monotonic() + 60
    # The write phase makes the WAL grow long before the commit: kill it then.
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > wal_size + 2_000_000:
            break
        time.sleep(0.002)
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    con = sqlite3.connect(db.path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert snapshot(db) == before


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_never_crash_an_import_nor_leave_part_of_one(db, tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    before = snapshot(db)
    try:
        report = run_import(db, path, customer="Fuzz")
    except UnusableFile as exc:
        assert str(exc)
        assert snapshot(db) == before
        return
    with db.read_session() as s:
        devices = s.scalar(select(func.count()).select_from(Device))
    assert devices == len(before["devices"]) + report.imported


def test_an_imported_device_history_names_the_import_that_registered_it(db, tmp_path):
    from lab.audit import device_history, verify_chain

    report = run_import(db, write_list(tmp_path / "hist.csv", ROWS))
    with db.read_session() as s:
        device_id = s.scalars(select(Device.id).where(Device.serial == "FL001")).one()
        entries = device_history(s, str(device_id))
        assert verify_chain(s).intact
    assert [e.action for e in entries] == ["import"]
    assert report.work_order in entries[0].reason


def test_an_import_leaves_the_garbage_collector_on_even_when_it_fails(db, tmp_path):
    # The cyclic collector is paused while a list is read and written (lab.importing.collector).
    run_import(db, write_list(tmp_path / "good.csv", ROWS))
    assert gc.isenabled()
    with pytest.raises(UnusableFile):
        run_import(db, tmp_path / "missing.csv")
    assert gc.isenabled()
