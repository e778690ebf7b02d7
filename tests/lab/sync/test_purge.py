"""Tombstones and kept versions go from the centre only once every workstation has pulled past
them; a workstation's confirmed outbox rows go after a while."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import func, select, text

from lab.storage.base import utc_now
from lab.storage.changes import tombstone
from lab.storage.models import Device, OutboxEntry
from lab.sync.engine import pending_changes, sync
from lab.sync.purge import purge_outbox, purge_upstream
from lab.sync.roles import add_workstation
from tests.conftest import REPO
from tests.lab.sync.helpers import (
    add_customer,
    add_devices,
    device_field,
    edit_device,
    register_snapshot,
    upstream_count,
)


def _history(upstream) -> int:
    return upstream_count(upstream, "sync_row_versions")


def test_a_tombstone_waits_for_the_last_workstation_then_goes(workstations, upstream):
    a, b, c = workstations("A"), workstations("B"), workstations("C")
    device, kept = add_devices(a, add_customer(a), 2)
    for ws in (a, b, c):
        sync(ws, upstream)
    edit_device(a, device, notes="sắp thanh lý")
    edit_device(a, kept, notes="còn dùng")
    sync(a, upstream)
    with a.session() as s:
        tombstone(s.get(Device, device))
    sync(a, upstream)
    sync(b, upstream)  # C is away: it has not seen the delete

    early = purge_upstream(upstream)

    assert early.tombstones == {} and early.history == 0
    assert upstream_count(upstream, "devices") == 2 and _history(upstream) == 3

    sync(c, upstream)  # the late workstation still receives the delete
    assert device_field(c, device, "deleted_at") is not None
    sync(a, upstream)  # A's and B's cursors move past the delete too
    sync(b, upstream)

    late = purge_upstream(upstream)

    # the deleted device's kept versions went with it; the other device's old version too
    assert late.tombstones == {"devices": 1} and late.history == 1
    assert upstream_count(upstream, "devices") == 1 and _history(upstream) == 0
    with upstream.connect() as conn:
        assert conn.execute(text("SELECT id FROM devices")).scalar_one() == kept
    edit_device(b, kept, notes="vẫn đồng bộ")  # syncing goes on as before
    for ws in (b, a, c):
        sync(ws, upstream)
    assert device_field(c, kept, "notes") == "vẫn đồng bộ"
    assert register_snapshot(b) == register_snapshot(c)


def test_a_registered_workstation_that_never_pulled_holds_everything(workstations, upstream):
    a = workstations("A")
    device = add_devices(a, add_customer(a), 1)[0]
    sync(a, upstream)
    add_workstation(upstream, "Phòng áp suất", None)  # its login exists; it has never synced
    with a.session() as s:
        tombstone(s.get(Device, device))
    sync(a, upstream)

    report = purge_upstream(upstream)

    assert (report.horizon, report.tombstones) == (0, {})
    assert upstream_count(upstream, "devices") == 1


def test_a_deleted_customer_stays_while_a_row_still_refers_to_it(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    customer = add_customer(a, "Công ty Giải thể")
    add_devices(a, customer, 1)
    with a.session() as s:
        from lab.storage.models import Customer

        tombstone(s.get(Customer, customer))
    sync(a, upstream)
    sync(b, upstream)
    sync(a, upstream)

    report = purge_upstream(upstream)

    assert report.tombstones == {}  # B pulling the device must find its customer
    assert upstream_count(upstream, "customers") == 1


def test_upstream_purge_command_reports_what_went(workstations, upstream, upstream_url):
    a = workstations("A")
    device = add_devices(a, add_customer(a), 1)[0]
    with a.session() as s:
        tombstone(s.get(Device, device))
    sync(a, upstream)

    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "upstream", "purge", upstream_url, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["tombstones"] == {"devices": 1} and out["horizon"] >= 1
    assert upstream_count(upstream, "devices") == 0


def test_confirmed_outbox_rows_go_after_30_days_pending_ones_never(workstations, upstream):
    a = workstations("A")
    devices = add_devices(a, add_customer(a), 3)
    sync(a, upstream)
    edit_device(a, devices[0], notes="chưa gửi")

    assert purge_outbox(a) == 0  # confirmed today: kept for now
    gone = purge_outbox(a, now=utc_now() + timedelta(days=31))

    assert gone == 4
    assert pending_changes(a) == 1
    with a.read_session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 1
    sync(a, upstream)
    assert pending_changes(a) == 0
