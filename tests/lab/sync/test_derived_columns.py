"""Derived columns (a device's identity key, search text and due date, a customer's name key)
are never merged field by field: two workstations' edits of different fields merge without a
conflict, and the centre works the derived columns out again from the merged record, so the
device is found and matched by both edits on every workstation."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text

from lab.devices import DEVICE_FIELDS, derived_columns
from lab.register import DeviceQuery, count_devices
from lab.storage.models import Customer, Device
from lab.storage.text import fold, identity_key
from lab.sync.derived import RULES
from lab.sync.engine import sync
from lab.sync.resolve import TAKE_OTHER, list_conflicts, resolve_conflict
from lab.sync.tables import synced_tables
from tests.lab.sync.helpers import add_customer, add_devices, register_snapshot

CUSTOMER = "Công ty Điện lực"


def _edit_as_the_register(db, device_id: uuid.UUID, **values) -> None:
    """Change a device's fields and its derived columns with them, as every writer does."""
    with db.session() as s:
        device = s.get(Device, device_id)
        for key, value in values.items():
            setattr(device, key, value)
        fields = {f: getattr(device, f) for f in DEVICE_FIELDS}
        for key, value in derived_columns(fields, device.lab_id, device.customer.name).items():
            setattr(device, key, value)


def _rename_customer(db, customer_id: uuid.UUID, name: str) -> None:
    """Rename a customer as the register would: its name key and its devices' search text."""
    with db.session() as s:
        customer = s.get(Customer, customer_id)
        customer.name, customer.name_key = name, fold(name)
    with db.read_session() as s:
        devices = [d.id for d in s.get(Customer, customer_id).devices]
    for device in devices:
        _edit_as_the_register(db, device)


def _shared(workstations, upstream):
    """A device (Fluke 87V, its derived columns right) that A registered and B has pulled."""
    a, b = workstations("A"), workstations("B")
    customer = add_customer(a, CUSTOMER)
    device = add_devices(a, customer, 1)[0]
    _edit_as_the_register(a, device, serial="SN-OLD", location="Kho", interval_months=12)
    sync(a, upstream)
    sync(b, upstream)
    return a, b, customer, device


def _sync_in_order(first, second, upstream) -> int:
    """Both push (``first`` before ``second``), then both pull; conflicts found on the way."""
    found = sync(first, upstream).conflicts_found + sync(second, upstream).conflicts_found
    return found + sync(first, upstream).conflicts_found


def _at_centre(upstream, table: str, row_id: uuid.UUID, column: str):  # noqa: ANN202
    with upstream.connect() as conn:
        query = text(f"SELECT {column} FROM {table} WHERE id = :id")
        return conn.execute(query, {"id": row_id}).scalar_one()


def _everywhere(workstations_and_centre, table: str, row_id: uuid.UUID, column: str) -> list:
    *stations, upstream = workstations_and_centre
    values = []
    for ws in stations:
        with ws.engine.connect() as conn:
            query = text(f"SELECT {column} FROM {table} WHERE id = :id")
            values.append(conn.execute(query, {"id": row_id.hex}).scalar_one())
    return [*values, _at_centre(upstream, table, row_id, column)]


def _found_by(db, search: str) -> int:
    with db.read_session() as s:
        return count_devices(s, DeviceQuery(search=search))


@pytest.mark.parametrize("a_first", [True, False], ids=["A pushes first", "B pushes first"])
def test_a_new_serial_and_a_new_location_merge_and_find_the_device_by_both(
    workstations, upstream, a_first
):
    a, b, _, device = _shared(workstations, upstream)
    _edit_as_the_register(a, device, serial="SN-NEW")
    _edit_as_the_register(b, device, location="Phòng đo lường 7")

    found = _sync_in_order(a, b, upstream) if a_first else _sync_in_order(b, a, upstream)

    assert found == 0
    assert list_conflicts(a) == list_conflicts(b) == []
    places = (a, b, upstream)
    expected_key = identity_key("Fluke", "87V", "SN-NEW")
    assert _everywhere(places, "devices", device, "identity_key") == [expected_key] * 3
    for search_text in _everywhere(places, "devices", device, "search_text"):
        assert {"sn-new", "phong", "luong", "7"} <= set(search_text.split())
        assert "sn-old" not in search_text.split()
    for ws in (a, b):
        assert _found_by(ws, "SN-NEW") == 1
        assert _found_by(ws, "phòng đo lường 7") == 1
        assert _found_by(ws, "SN-OLD") == 0
    assert register_snapshot(a) == register_snapshot(b)


@pytest.mark.parametrize("a_first", [True, False], ids=["A pushes first", "B pushes first"])
def test_a_calibration_date_and_an_interval_merge_into_the_right_due_date(
    workstations, upstream, a_first
):
    a, b, _, device = _shared(workstations, upstream)
    _edit_as_the_register(a, device, last_calibrated=date(2025, 3, 15))
    _edit_as_the_register(b, device, interval_months=6)

    found = _sync_in_order(a, b, upstream) if a_first else _sync_in_order(b, a, upstream)

    assert found == 0
    assert list_conflicts(a) == list_conflicts(b) == []
    due = _everywhere((a, b, upstream), "devices", device, "due_date")
    assert [date.fromisoformat(str(d)) for d in due] == [date(2025, 9, 15)] * 3


@pytest.mark.parametrize("a_first", [True, False], ids=["A pushes first", "B pushes first"])
def test_a_customer_renamed_on_one_workstation_keeps_name_key_and_search_right(
    workstations, upstream, a_first
):
    a, b, customer, device = _shared(workstations, upstream)
    _rename_customer(a, customer, "Tổng công ty Điện lực Miền Bắc")
    with b.session() as s:
        s.get(Customer, customer).address = "20 Trần Nguyên Hãn, Hà Nội"
    _edit_as_the_register(b, device, location="Phòng đo lường 7")

    found = _sync_in_order(a, b, upstream) if a_first else _sync_in_order(b, a, upstream)

    assert found == 0
    assert list_conflicts(a) == list_conflicts(b) == []
    name_keys = _everywhere((a, b, upstream), "customers", customer, "name_key")
    assert name_keys == ["tong cong ty dien luc mien bac"] * 3
    for search_text in _everywhere((a, b, upstream), "devices", device, "search_text"):
        assert {"tong", "mien", "bac", "phong", "luong"} <= set(search_text.split())
    for ws in (a, b):
        assert _found_by(ws, "Miền Bắc phòng 7") == 1


def test_a_serial_changed_on_both_conflicts_on_the_serial_alone(workstations, upstream):
    a, b, _, device = _shared(workstations, upstream)
    # A only corrects the case (the identity key stays); B types another serial.
    _edit_as_the_register(a, device, serial="sn-old")
    _edit_as_the_register(b, device, serial="SN-OTHER")
    sync(a, upstream)
    found = sync(b, upstream).conflicts_found
    sync(a, upstream)

    assert found == 1
    for ws in (a, b):
        [conflict] = list_conflicts(ws)
        assert (conflict.field, conflict.kept, conflict.other) == ("serial", "sn-old", "SN-OTHER")
    # The record keeps A's serial; its keys and text follow that serial, not B's.
    places = (a, b, upstream)
    expected_key = identity_key("Fluke", "87V", "sn-old")
    assert _everywhere(places, "devices", device, "identity_key") == [expected_key] * 3
    for search_text in _everywhere(places, "devices", device, "search_text"):
        assert "sn-old" in search_text.split() and "sn-other" not in search_text.split()


def test_a_customer_renamed_on_both_conflicts_on_the_name_alone_and_settles_with_its_devices(
    workstations, upstream
):
    a, b, customer, _ = _shared(workstations, upstream)
    _rename_customer(a, customer, "Điện lực Hà Nội")
    _rename_customer(b, customer, "Điện lực Hải Phòng")
    sync(a, upstream)
    found = sync(b, upstream).conflicts_found
    sync(a, upstream)

    assert found == 1
    [conflict] = list_conflicts(b)
    assert (conflict.entity, conflict.field) == ("customers", "name")
    name_keys = _everywhere((a, b, upstream), "customers", customer, "name_key")
    assert name_keys == ["dien luc ha noi"] * 3

    resolve_conflict(b, conflict.id, TAKE_OTHER, actor="kythuat")
    sync(b, upstream)
    sync(a, upstream)

    name_keys = _everywhere((a, b, upstream), "customers", customer, "name_key")
    assert name_keys == ["dien luc hai phong"] * 3
    assert list_conflicts(a) == list_conflicts(b) == []
    for ws in (a, b):  # its devices are found by the name taken, no longer by the one set aside
        assert _found_by(ws, "Hải Phòng") == 1
        assert _found_by(ws, "Hà Nội") == 0


def test_every_table_with_derived_columns_has_a_rule_that_works_them_out():
    declared = {t.name: set(t.derived) for t in synced_tables() if t.derived}
    assert declared == {
        "customers": {"name_key"},
        "devices": {"identity_key", "asset_key", "due_date", "search_text"},
    }
    assert set(RULES) == set(declared)
