"""Conflicts: master data merges field by field; the same field changed twice goes to a list a
person settles, and the decision syncs to every workstation."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import text

from lab.storage.changes import tombstone
from lab.storage.models import Customer, Device
from lab.sync.engine import sync
from lab.sync.pull import apply_changes, pulled_seq, read_changes
from lab.sync.resolve import KEEP, TAKE_OTHER, list_conflicts, resolve_conflict
from tests.conftest import REPO
from tests.lab.sync.helpers import (
    add_customer,
    add_devices,
    device_field,
    edit_device,
    register_snapshot,
)


def _shared_device(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    sync(a, upstream)
    sync(b, upstream)
    return a, b, device


def test_different_fields_changed_on_two_workstations_merge_without_a_conflict(
    workstations, upstream
):
    a, b, device = _shared_device(workstations, upstream)
    edit_device(a, device, location="Phòng 1", range_max=1000.0)
    edit_device(b, device, notes="Pin yếu", interval_months=12)
    sync(a, upstream)
    report = sync(b, upstream)
    sync(a, upstream)

    assert report.conflicts_found == 0 and report.conflicts_open == 0
    for ws in (a, b):
        assert device_field(ws, device, "location") == "Phòng 1"
        assert device_field(ws, device, "range_max") == 1000.0
        assert device_field(ws, device, "notes") == "Pin yếu"
        assert device_field(ws, device, "interval_months") == 12


def test_the_same_field_changed_twice_is_listed_on_every_workstation(workstations, upstream):
    a, b, device = _shared_device(workstations, upstream)
    edit_device(a, device, location="Phòng A")
    edit_device(b, device, location="Phòng B")
    sync(a, upstream)
    report = sync(b, upstream)
    sync(a, upstream)

    assert report.conflicts_found == 1 and report.conflicts_open == 1
    for ws in (a, b):
        [conflict] = list_conflicts(ws)
        assert conflict.field == "location"
        assert (conflict.ancestor, conflict.kept, conflict.other) == (None, "Phòng A", "Phòng B")
        assert conflict.other_workstation == str(b.workstation_id)
        assert device_field(ws, device, "location") == "Phòng A"


def test_a_settled_conflict_syncs_to_every_workstation(workstations, upstream):
    a, b, device = _shared_device(workstations, upstream)
    c = workstations("C")
    sync(c, upstream)
    edit_device(a, device, location="Phòng A")
    edit_device(b, device, location="Phòng B")
    for ws in (a, b, c):
        sync(ws, upstream)
    [conflict] = list_conflicts(c)

    resolve_conflict(c, conflict.id, TAKE_OTHER, actor="kythuat")
    for ws in (c, a, b):
        sync(ws, upstream)

    for ws in (a, b, c):
        assert device_field(ws, device, "location") == "Phòng B"
        assert list_conflicts(ws) == []
    assert register_snapshot(a) == register_snapshot(b) == register_snapshot(c)
    with upstream.connect() as conn:
        assert conn.execute(text("SELECT resolution FROM sync_conflicts")).scalar_one() == "other"


def test_keeping_the_centres_value_clears_the_conflict_without_a_change(workstations, upstream):
    a, b, device = _shared_device(workstations, upstream)
    edit_device(a, device, notes="A")
    edit_device(b, device, notes="B")
    sync(a, upstream)
    sync(b, upstream)
    [conflict] = list_conflicts(b)

    resolve_conflict(b, conflict.id, KEEP, actor="kythuat")
    report = sync(b, upstream)
    sync(a, upstream)

    assert report.pushed == 0 and report.conflicts_open == 0
    assert list_conflicts(a) == []
    assert device_field(b, device, "notes") == "A"


def test_one_customer_registered_on_two_workstations_is_listed_not_fatal(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    add_customer(a, "Công ty Cấp nước")
    add_customer(b, "Công ty Cấp nước")
    sync(a, upstream)
    report = sync(b, upstream)

    assert report.set_aside == 1
    [refusal] = list_conflicts(b)
    assert refusal.entity == "customers" and refusal.field == "*"
    assert "UNIQUE" in refusal.kept
    with b.read_session() as s:
        assert s.query(Customer).count() == 1  # B's own customer, untouched


def test_conflicts_command_lists_and_settles(workstations, upstream):
    a, b, device = _shared_device(workstations, upstream)
    edit_device(a, device, model="A-1")
    edit_device(b, device, model="B-1")
    sync(a, upstream)
    sync(b, upstream)
    [conflict] = list_conflicts(b)
    b.close()

    def caldesk(*args):
        return subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--db", str(b.path), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    listed = caldesk("conflicts")
    settled = caldesk("conflicts", "--resolve", str(conflict.id), "--take", "other")
    unknown = caldesk("conflicts", "--resolve", "not-an-id")

    assert str(conflict.id) in listed.stdout and "'A-1'" in listed.stdout
    assert settled.returncode == 0, settled.stderr
    assert device_field(b, device, "model") == "B-1"
    assert unknown.returncode == 2 and "is not a conflict id" in unknown.stderr


def test_a_deletion_and_an_edit_on_two_workstations_both_survive(workstations, upstream):
    a, b, device = _shared_device(workstations, upstream)
    with a.session() as s:
        tombstone(s.get(Device, device))
    edit_device(b, device, notes="Đã hiệu chuẩn lại")
    sync(b, upstream)  # the edit reaches the centre first; the deletion is merged into it
    report = sync(a, upstream)
    sync(b, upstream)

    assert report.conflicts_found == 0
    for ws in (a, b):
        assert device_field(ws, device, "deleted_at") is not None
        assert device_field(ws, device, "notes") == "Đã hiệu chuẩn lại"


def test_an_edit_made_while_a_pull_runs_is_not_lost_and_gets_the_centres_version(
    workstations, upstream
):
    a, b, device = _shared_device(workstations, upstream)
    edit_device(b, device, notes="B", location="Phòng B")
    sync(b, upstream)
    page = read_changes(upstream, pulled_seq(a), a)
    edit_device(a, device, notes="A")  # typed while the page was on its way
    apply_changes(a, page)
    assert device_field(a, device, "notes") == "A"  # set aside, not overwritten

    sync(a, upstream)
    sync(b, upstream)

    assert register_snapshot(a) == register_snapshot(b)
    assert device_field(a, device, "location") == "Phòng B"
    [conflict] = list_conflicts(a)
    assert (conflict.field, conflict.kept, conflict.other) == ("notes", "B", "A")
