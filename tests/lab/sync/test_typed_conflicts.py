"""Settling a conflict with a value the person types, when neither workstation's is right: read
into the field's own type, written as an ordinary edit that syncs, refused whole when it is not
a value of the field."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select, text

from lab.register import DeviceQuery, count_devices
from lab.storage.models import Customer, OutboxEntry
from lab.storage.security_models import AuditEvent
from lab.storage.sync_models import SyncConflict
from lab.storage.text import fold, identity_key
from lab.sync.engine import sync
from lab.sync.resolve import TAKE_OTHER, TYPED, list_conflicts, resolve_conflict
from lab.sync.typed import SettlingRefused, TypedValueRefused
from tests.conftest import REPO
from tests.lab.sync.helpers import (
    add_customer,
    add_devices,
    conflict_set_aside,
    device_field,
    edit_device,
    listed_conflict,
    register_snapshot,
)

TODAY = date(2025, 6, 1)


def _conflict_on(workstations, upstream, **edits):
    """A device both workstations changed: A's value of each field kept, B's set aside."""
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    edit_device(a, device, interval_months=12)
    sync(a, upstream)
    sync(b, upstream)
    for field, (on_a, on_b) in edits.items():
        edit_device(a, device, **{field: on_a})
        edit_device(b, device, **{field: on_b})
    sync(a, upstream)
    sync(b, upstream)
    sync(a, upstream)
    return a, b, device


def _audit_changes(db, device) -> list[tuple[str, dict, str | None]]:
    with db.read_session() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.record_id == str(device)).order_by(AuditEvent.seq)
        )
        return [(e.actor, json.loads(e.changes), e.reason) for e in events]


def test_a_typed_serial_is_stored_audited_and_reaches_the_other_workstation(workstations, upstream):
    a, b, device = _conflict_on(workstations, upstream, serial=("SN-0001A", "SN-0001B"))
    [conflict] = list_conflicts(b)

    resolve_conflict(b, conflict.id, TYPED, actor="kythuat", value="  SN-0001C ")
    assert list_conflicts(b) == []
    sync(b, upstream)
    sync(a, upstream)

    for ws in (a, b):
        assert device_field(ws, device, "serial") == "SN-0001C"
        assert list_conflicts(ws) == []
    assert register_snapshot(a) == register_snapshot(b)
    actor, changes, reason = _audit_changes(b, device)[-1]
    assert (actor, changes["serial"]) == ("kythuat", ["SN-0001A", "SN-0001C"])
    assert reason == f"sync conflict {conflict.id} settled"
    with upstream.connect() as conn:
        assert conn.execute(text("SELECT resolution FROM sync_conflicts")).scalar_one() == "typed"
    [on_a] = list_conflicts(a, include_resolved=True)
    assert on_a.resolved and on_a.id == conflict.id


def test_a_typed_serial_keeps_the_device_findable_and_matchable(workstations, upstream):
    a, b, device = _conflict_on(workstations, upstream, serial=("SN-0001A", "SN-0001B"))
    [conflict] = list_conflicts(a)

    resolve_conflict(a, conflict.id, TYPED, actor="kythuat", value="SN-0001C")
    sync(a, upstream)
    sync(b, upstream)

    for ws in (a, b):
        assert device_field(ws, device, "identity_key") == identity_key("Fluke", "87V", "SN-0001C")
        assert "sn-0001c" in device_field(ws, device, "search_text").split()
        with ws.read_session() as s:
            assert count_devices(s, DeviceQuery(search="SN-0001C")) == 1  # the register's search


def test_a_typed_calibration_date_moves_the_due_date_everywhere(workstations, upstream):
    a, b, device = _conflict_on(
        workstations, upstream, last_calibrated=(date(2025, 1, 10), date(2025, 1, 20))
    )
    [conflict] = list_conflicts(b)

    resolve_conflict(b, conflict.id, TYPED, actor="kythuat", value="15/03/2025", today=TODAY)
    sync(b, upstream)
    sync(a, upstream)

    for ws in (a, b):
        assert device_field(ws, device, "last_calibrated") == date(2025, 3, 15)
        assert device_field(ws, device, "due_date") == date(2026, 3, 15)


# --- on one workstation: the conflict as a pull leaves it --------------------------------------


def _outbox_size(db) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(OutboxEntry))


@pytest.mark.parametrize(
    ("field", "kept", "typed", "why"),
    [
        ("range_max", 100.0, "abc", "The range_max must be a number, such as 0,05 or 1.5; 'abc' is not one."),
        ("last_calibrated", date(2025, 1, 10), "31/02/2025", "The last_calibrated must be a date: The date '31/02/2025' does not exist (day 31 of month 2 in 2025)."),
        ("last_calibrated", date(2025, 1, 10), "01/01/2026", "The last_calibrated must be a date: The date '01/01/2026' is in the future; a calibration date must be past."),
        ("interval_months", 12, "1,5", "The interval_months must be a whole number, such as 12; '1,5' is not one."),
        ("name", "Đồng hồ", " ", "The name cannot be empty."),
        ("unit", "V", "V" * 33, "The unit holds at most 32 characters; the text typed has 33."),
        ("customer_id", None, "x", "The customer_id is a link to another record and cannot be typed; keep the value in the record or take the other one."),
        ("due_date", None, "01/01/2025", "The due_date is worked out from other fields and cannot be typed; settle the fields it is made from."),
        ("deleted_at", None, "01/01/2025", "The deleted_at cannot be typed; keep the value in the record or take the other one."),
    ],
)  # fmt: skip
def test_a_value_that_is_not_one_of_the_field_is_refused_and_nothing_changes(
    workstations, field, kept, typed, why
):
    db = workstations("A")
    device, conflict_id = listed_conflict(db, field, kept, None)
    before = (register_snapshot(db), _outbox_size(db), len(_audit_changes(db, device)))

    with pytest.raises(TypedValueRefused) as refused:
        resolve_conflict(db, conflict_id, TYPED, actor="kythuat", value=typed, today=TODAY)

    assert str(refused.value) == why
    assert refused.value.sentence.params["field"] == field  # the UI names the field in its words
    assert (register_snapshot(db), _outbox_size(db), len(_audit_changes(db, device))) == before
    assert [c.id for c in list_conflicts(db)] == [conflict_id]


@pytest.mark.parametrize(
    ("field", "kept", "typed", "stored"),
    [
        ("range_max", 100.0, "1 000,5", 1000.5),
        ("resolution", 0.1, "0,05", 0.05),
        ("interval_months", 12, "24", 24),
        ("last_calibrated", date(2025, 1, 10), "2025-02-03", date(2025, 2, 3)),
        ("location", "Phòng A", unicodedata.normalize("NFD", "Phòng  hiệu chuẩn "), "Phòng hiệu chuẩn"),
        ("notes", "Pin yếu", "", None),
    ],
)  # fmt: skip
def test_a_typed_value_is_read_as_the_field_s_own_type(workstations, field, kept, typed, stored):
    db = workstations("A")
    device, conflict_id = listed_conflict(db, field, kept, None)

    resolve_conflict(db, conflict_id, TYPED, actor="kythuat", value=typed, today=TODAY)

    assert device_field(db, device, field) == stored
    with db.read_session() as s:
        assert s.get(SyncConflict, conflict_id).resolution == "typed"


def test_taking_the_other_serial_keeps_the_identity_key_and_search_text_right(workstations):
    db = workstations("A")
    device, conflict_id = listed_conflict(db, "serial", "SN-1", "SN-2")

    resolve_conflict(db, conflict_id, TAKE_OTHER, actor="kythuat")

    assert device_field(db, device, "identity_key") == identity_key("Fluke", "87V", "SN-2")
    assert "sn-2" in device_field(db, device, "search_text").split()


def _customer_name_conflict(db) -> tuple[uuid.UUID, uuid.UUID]:
    customer = add_customer(db, "Công ty A")
    return customer, conflict_set_aside(db, "customers", customer, "name", "Công ty A", "Công ty B")


def test_a_typed_customer_name_keeps_its_name_key(workstations):
    db = workstations("A")
    customer, conflict_id = _customer_name_conflict(db)

    resolve_conflict(db, conflict_id, TYPED, actor="kythuat", value="Công ty Cấp nước")

    with db.read_session() as s:
        assert s.get(Customer, customer).name_key == fold("Công ty Cấp nước")


def test_a_customer_name_another_customer_has_is_refused_in_a_sentence(workstations):
    db = workstations("A")
    customer, conflict_id = _customer_name_conflict(db)
    add_customer(db, "Công ty Cấp nước")

    with pytest.raises(SettlingRefused) as refused:
        resolve_conflict(db, conflict_id, TYPED, actor="kythuat", value="CÔNG TY CẤP NƯỚC")

    assert str(refused.value) == (
        "The customer 'Công ty Cấp nước' is registered already; two customers cannot have one name."
    )
    with db.read_session() as s:
        assert s.get(Customer, customer).name == "Công ty A"
    assert [c.id for c in list_conflicts(db)] == [conflict_id]


def test_conflicts_command_settles_with_a_typed_value_and_refuses_a_bad_one(workstations):
    db = workstations("A")
    device, conflict_id = listed_conflict(db, "range_max", 100.0, 200.0)
    db.close()

    def caldesk(*args):
        return subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--db", str(db.path), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    refused = caldesk("conflicts", "--resolve", str(conflict_id), "--value", "abc")
    settled = caldesk("conflicts", "--resolve", str(conflict_id), "--value", "150,5")

    assert refused.returncode == 2
    assert "The range_max must be a number" in refused.stderr
    assert settled.returncode == 0, settled.stderr
    assert "(typed)" in settled.stdout
    assert device_field(db, device, "range_max") == 150.5
