"""What a bulk intake leaves for the rest of the day: the register's sorts walk their indexes,
and the intake's commit is durable before its pages are copied back into the database file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from lab.importing import DeviceRecord
from lab.intake import import_device_list, register_devices
from lab.register import DeviceQuery, SortKey, _row_ids_sql, count_devices
from lab.storage import open_database
from lab.storage.models import Customer

from .test_intake import ROWS, write_list


def records(count: int) -> list[DeviceRecord]:
    return [
        DeviceRecord(
            line=n + 1, name=f"Nhiệt kế {n % 97}", kind=None, manufacturer="Testo", model="720",
            serial=f"SN{n:06d}", asset_tag=None, range_min=None, range_max=None, unit=None,
            resolution=None, accuracy=None, interval_months=12,
            last_calibrated=date(2025, 1 + n % 12, 1 + n % 28), location=None, notes=None,
        )
        for n in range(count)
    ]  # fmt: skip


def plan(db, sort: SortKey) -> str:
    sql, params = _row_ids_sql(DeviceQuery(sort=sort))
    con = sqlite3.connect(db.path)
    try:
        return " / ".join(row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    finally:
        con.close()


def test_after_an_intake_the_register_sorts_by_walking_the_column_index(db):
    with db.session() as s:
        register_devices(s, "Bệnh viện Đa khoa tỉnh", records(3_000), source="list")
    for sort, index in [
        (SortKey.NAME, "ix_devices_live_name"),
        (SortKey.DUE_DATE, "ix_devices_live_due_date"),
        (SortKey.LAB_ID, "ix_devices_live_lab_id"),
    ]:
        found = plan(db, sort)
        # no sort of every device: the first page is the index's first entries
        assert found == f"SCAN d USING INDEX {index}", (sort, found)


def test_statistics_are_counted_again_only_when_the_register_doubles(db):
    stat = "SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_devices_live'"
    with db.session() as s:
        register_devices(s, "Khách A", records(1_000), source="first")
        assert s.connection().exec_driver_sql(stat).scalar() == "1000 1000"
    with db.session() as s:
        customer = s.query(Customer).filter_by(name="Khách A").one()
        register_devices(s, "Khách B", records(500), source="second")  # 1,500: not yet stale
        assert s.connection().exec_driver_sql(stat).scalar() == "1000 1000"
        register_devices(s, "Khách C", records(600), source="third")  # 2,100: more than twice
        assert s.connection().exec_driver_sql(stat).scalar() == "2100 2100"
        assert count_devices(s) == 2_100 and customer.name == "Khách A"


def test_an_intake_is_durable_in_the_log_and_the_next_write_copies_it_back(db, tmp_path):
    path = write_list(tmp_path / "list.csv", ROWS * 1)
    with db.session() as s:
        register_devices(s, "Khách lớn", records(5_000), source="big")
    wal = Path(f"{db.path}-wal")
    assert wal.stat().st_size > 4_000_000  # the intake's pages are still in the log
    # A power cut now: the files as they are on disk hold every committed device.
    crash = tmp_path / "after-crash.sqlite"
    shutil.copy(db.path, crash)
    shutil.copy(wal, f"{crash}-wal")
    con = sqlite3.connect(crash)
    assert con.execute("SELECT count(*) FROM devices").fetchone() == (5_000,)
    con.close()
    with db.session() as s:  # a second intake leaves the copying to the next write too
        import_device_list(s, path, "Khách nhỏ")
    size_before = db.path.stat().st_size
    with db.session() as s:  # the next user action that writes
        s.add(Customer(name="Khách mới", name_key="khach moi"))
    assert db.path.stat().st_size > size_before + 4_000_000  # the log was copied back
    reopened = open_database(db.path)
    with reopened.read_session() as s:
        assert count_devices(s) == 5_000 + len(ROWS)
    reopened.close()


def schema(db) -> list[tuple]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        con.close()


def index_check(db) -> str:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def test_an_intake_leaves_every_index_as_the_migrations_made_it_and_complete(db):
    before = [row for row in schema(db) if row[1] != "sqlite_stat1"]
    with db.session() as s:  # into an empty register: the indexes are built after the rows
        register_devices(s, "Khách A", records(2_000), source="first")
    with db.session() as s:  # a smaller list into a larger register: row by row
        register_devices(s, "Khách B", records(300), source="second")
    assert [row for row in schema(db) if row[1] != "sqlite_stat1"] == before
    assert index_check(db) == "ok"  # every index holds every device
    with db.read_session() as s:
        assert count_devices(s, DeviceQuery(search="nhiet ke 42")) == 21 + 3


def test_a_cancelled_intake_into_an_empty_register_leaves_it_as_it_was(db, tmp_path):
    from lab.intake import ImportCancelled

    before = schema(db)
    path = write_list(tmp_path / "list.csv", ROWS)
    stages = []

    def cancelled() -> bool:  # the user cancels once the devices are being written
        return "writing" in stages

    try:
        with db.session() as s:
            import_device_list(
                s,
                path,
                "Khách",
                progress=lambda done, total, stage: stages.append(stage),
                cancelled=cancelled,
            )
    except ImportCancelled:
        pass
    else:
        raise AssertionError("the import was not cancelled")
    assert schema(db) == before and index_check(db) == "ok"
    with db.read_session() as s:
        assert count_devices(s) == 0
