"""Finding devices in the register: accent-free search, filters, sorting."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lab.importing import DeviceRecord
from lab.intake import register_devices
from lab.register import (
    DeviceQuery,
    DueState,
    SortKey,
    count_devices,
    device_row_ids,
    device_rows,
    find_customer,
    list_devices,
)

TODAY = date(2026, 11, 26)


def record(line, name, serial, last=None, interval=12, maker="Testo", model="720"):
    return DeviceRecord(
        line=line, name=name, kind=None, manufacturer=maker, model=model, serial=serial,
        asset_tag=None, range_min=None, range_max=None, unit=None, resolution=None,
        accuracy=None, interval_months=interval, last_calibrated=last, location=None, notes=None,
    )  # fmt: skip


def fill(db):
    with db.session() as s:
        register_devices(
            s,
            "Bệnh viện Đa khoa",
            [
                record(1, "Nhiệt kế điện tử", "N1", TODAY - timedelta(days=400)),  # overdue
                record(2, "Nhiệt ẩm kế", "N2", TODAY - timedelta(days=350)),  # due in ~15 days
                record(3, "Đồng hồ áp suất", "P3", TODAY - timedelta(days=30), maker="Wika"),
            ],
            source="test",
        )
        register_devices(
            s, "Công ty Điện lực", [record(1, "Đồng hồ vạn năng", "M1", maker="Fluke")], source="t"
        )


def names(db, **query):
    with db.read_session() as s:
        return [r.name for r in list_devices(s, DeviceQuery(today=TODAY, **query))]


def test_search_without_accents_finds_vietnamese_names(db):
    fill(db)
    assert sorted(names(db, search="nhiet ke")) == ["Nhiệt kế điện tử", "Nhiệt ẩm kế"]
    assert names(db, search="dong ho ap") == ["Đồng hồ áp suất"]
    assert names(db, search="NHIỆT KẾ ĐIỆN") == ["Nhiệt kế điện tử"]


def test_search_finds_by_serial_manufacturer_customer_and_lab_id(db):
    fill(db)
    assert names(db, search="p3") == ["Đồng hồ áp suất"]
    assert names(db, search="fluke") == ["Đồng hồ vạn năng"]
    assert len(names(db, search="benh vien")) == 3
    with db.read_session() as s:
        lab_id = list_devices(s, DeviceQuery(search="fluke"))[0].lab_id
    assert names(db, search=lab_id) == ["Đồng hồ vạn năng"]


def test_search_text_that_looks_like_sql_or_fts_syntax_finds_nothing_and_changes_nothing(db):
    fill(db)
    before = sqlite3.connect(db.path).execute("SELECT count(*) FROM devices").fetchone()
    # Typed text is only ever words to look for: SQL and FTS operators are not obeyed.
    assert names(db, search="'; DROP TABLE devices; --") == []
    assert names(db, search='" OR 1=1 --') == []
    assert names(db, search="* OR *") == []
    assert names(db, search='name:"x" NOT nhiet') == []
    assert names(db, search="NEAR(nhiet ke)") == []  # 'near' is a word no device has
    assert len(names(db, search="\x00 ")) == 4  # no words at all: the whole register
    after = sqlite3.connect(db.path).execute("SELECT count(*) FROM devices").fetchone()
    assert before == after == (4,)


def test_a_serial_written_with_an_underscore_is_found_as_typed(db):
    with db.session() as s:
        register_devices(s, "Khách A", [record(1, "Cân phân tích", "AB_1203-x")], source="t")
    assert names(db, search="ab_1203") == ["Cân phân tích"]
    assert names(db, search="AB_1203-X") == ["Cân phân tích"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=30))
def test_whatever_is_typed_in_the_search_box_searches_without_an_error(db, typed):
    with db.read_session() as s:
        list_devices(s, DeviceQuery(search=typed))
        list_devices(s, DeviceQuery(search=typed, sort=SortKey.NAME))


def test_due_filters_show_overdue_and_due_within_thirty_days(db):
    fill(db)
    assert names(db, due=DueState.OVERDUE) == ["Nhiệt kế điện tử"]
    assert names(db, due=DueState.DUE_30_DAYS) == ["Nhiệt ẩm kế"]
    assert names(db, due_before=TODAY + timedelta(days=31)) == ["Nhiệt kế điện tử", "Nhiệt ẩm kế"]


def test_customer_filter_and_sorting_happen_in_sql(db):
    fill(db)
    with db.read_session() as s:
        hospital = find_customer(s, "benh vien da khoa")
    assert hospital is not None  # found by name without accents
    by_due = names(db, customer_id=hospital.id, sort=SortKey.DUE_DATE, descending=True)
    assert by_due == ["Đồng hồ áp suất", "Nhiệt ẩm kế", "Nhiệt kế điện tử"]


def test_pages_read_by_row_number_come_back_in_the_asked_order(db):
    fill(db)
    with db.read_session() as s:
        ids = device_row_ids(s, DeviceQuery(sort=SortKey.NAME))
        rows = device_rows(s, list(reversed(ids)))
        assert count_devices(s) == len(ids) == 4
    assert [r.rowid for r in rows] == list(reversed(ids))
