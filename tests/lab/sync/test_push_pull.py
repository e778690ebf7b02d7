"""Push and pull against a real PostgreSQL: workstations converge, nothing lost or doubled."""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import func, select, text

from lab.storage.changes import tombstone
from lab.storage.models import Device, OutboxEntry
from lab.sync.engine import sync
from lab.sync.push import confirm_batch, next_batch, send_batch
from tests.lab.sync.helpers import (
    add_customer,
    add_devices,
    device_field,
    edit_device,
    register_snapshot,
    upstream_count,
)


def test_two_workstations_editing_offline_converge(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    customer = add_customer(a)
    devices = add_devices(a, customer, 3)
    first = sync(a, upstream)
    assert first.pushed == 4 and first.pending == 0
    assert sync(b, upstream).pulled == 4

    edit_device(a, devices[0], location="Phòng đo điện")
    edit_device(b, devices[0], notes="Vỏ nứt")
    edit_device(b, devices[1], status="retired")
    b_customer = add_customer(b, "Nhà máy Nước")
    add_devices(b, b_customer, 2, prefix="B")
    sync(a, upstream)
    report = sync(b, upstream)
    sync(a, upstream)

    assert report.conflicts_found == 0
    assert register_snapshot(a) == register_snapshot(b)
    assert device_field(a, devices[0], "location") == "Phòng đo điện"
    assert device_field(a, devices[0], "notes") == "Vỏ nứt"
    assert device_field(a, devices[1], "status") == "retired"
    assert upstream_count(upstream, "devices") == 5


def test_three_workstations_converge_and_every_change_is_upstream_once(workstations, upstream):
    a, b, c = (workstations(n) for n in "ABC")
    customer = add_customer(a)
    devices = add_devices(a, customer, 4)
    for ws in (a, b, c):
        sync(ws, upstream)
    edit_device(a, devices[0], location="Kho A")
    edit_device(b, devices[1], location="Kho B")
    edit_device(c, devices[2], location="Kho C")
    edit_device(c, devices[0], notes="Kiểm tra lại")
    with c.session() as s:
        tombstone(s.get(Device, devices[3]))
    for _ in range(2):
        for ws in (a, b, c):
            sync(ws, upstream)

    assert register_snapshot(a) == register_snapshot(b) == register_snapshot(c)
    assert device_field(b, devices[0], "location") == "Kho A"
    assert device_field(b, devices[0], "notes") == "Kiểm tra lại"
    assert device_field(a, devices[3], "deleted_at") is not None
    assert upstream_count(upstream, "devices") == 4
    with upstream.connect() as conn:
        # one upstream version per accepted change: insert, then each workstation's edit
        versions = dict(conn.execute(text("SELECT id, upstream_version FROM devices")).all())
    assert versions[devices[0]] == 3  # insert, A's location, C's notes (merged)
    assert versions[devices[1]] == 2 and versions[devices[2]] == 2 and versions[devices[3]] == 2


def test_a_repeated_batch_changes_nothing_upstream(workstations, upstream):
    a = workstations("A")
    add_devices(a, add_customer(a), 5)
    batch = next_batch(a)
    first = send_batch(upstream, str(a.workstation_id), batch)
    counter_after_first = _counter(upstream)
    again = send_batch(upstream, str(a.workstation_id), batch)
    confirm_batch(a, batch, again)

    assert again.replayed and again.versions == first.versions
    assert _counter(upstream) == counter_after_first
    assert upstream_count(upstream, "devices") == 5
    assert sync(a, upstream).pushed == 0


def test_an_old_batch_arriving_after_a_newer_one_changes_nothing(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    sync(a, upstream)
    edit_device(a, device, location="first")
    older = next_batch(a)
    confirm_batch(a, older, send_batch(upstream, str(a.workstation_id), older))
    edit_device(a, device, location="second")
    sync(a, upstream)

    # the first edit delivered again, late and under another id (a relay that reorders)
    late = dataclasses.replace(older, batch_id=uuid.uuid4())
    result = send_batch(upstream, str(a.workstation_id), late)
    sync(b, upstream)

    assert result.conflicts == 0
    assert device_field(b, device, "location") == "second"
    with upstream.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_conflicts")).scalar_one() == 0


def test_rows_edited_during_a_sync_are_sent_the_next_time(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    batch = next_batch(a)
    edit_device(a, device, notes="written while the batch was on its way")
    confirm_batch(a, batch, send_batch(upstream, str(a.workstation_id), batch))
    sync(a, upstream)
    sync(b, upstream)

    assert device_field(b, device, "notes") == "written while the batch was on its way"
    with a.read_session() as s:
        pending = s.scalar(select(func.count()).where(OutboxEntry.pushed_at.is_(None)))
    assert pending == 0


def test_a_deleted_device_is_deleted_on_every_workstation(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    sync(a, upstream)
    sync(b, upstream)
    with b.session() as s:
        tombstone(s.get(Device, device))
    sync(b, upstream)
    sync(a, upstream)

    assert device_field(a, device, "deleted_at") is not None


def _counter(upstream) -> int:
    with upstream.connect() as conn:
        return conn.execute(text("SELECT value FROM sync_counter")).scalar_one()


def test_a_page_holding_a_device_whose_customer_changed_later_brings_the_customer(
    workstations, upstream, monkeypatch
):
    from lab.storage.models import Customer
    from lab.sync import pull

    a, b = workstations("A"), workstations("B")
    customer = add_customer(a, "Công ty Cũ")
    device = add_devices(a, customer, 1)[0]
    sync(a, upstream)
    with a.session() as s:
        s.get(Customer, customer).contact = "Chị Lan"  # the customer now has a later number
    sync(a, upstream)
    monkeypatch.setattr(pull, "BATCHES_PER_PULL", 1)  # one batch per page

    report = sync(b, upstream)

    assert report.set_aside == 0
    assert device_field(b, device, "customer_id") == customer
    assert register_snapshot(a) == register_snapshot(b)


def test_calibrations_with_their_points_sync_without_changes_to_the_engine(workstations, upstream):
    from datetime import UTC, datetime

    from lab.storage.calibration_models import Calibration, MeasurementPoint

    a, b = workstations("A"), workstations("B")
    devices = add_devices(a, add_customer(a), 250)
    with a.session() as s:
        for device in devices:  # 250 calibrations: the large-batch (COPY) path
            calibration = Calibration(
                device_id=device,
                procedure_name="DMM-DCV",
                procedure_version=1,
                quantity="voltage",
                decision_rule="simple",
                technician="an.nv",
                started_at=datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
                standards=[{"id": "STD-01", "certificate": "VMI-2026-17"}],
            )
            s.add(calibration)
            s.flush()
            s.add(MeasurementPoint(calibration_id=calibration.id, **_point()))
    sync(a, upstream)
    sync(b, upstream)

    assert upstream_count(upstream, "calibrations") == 250
    assert register_snapshot(a) == register_snapshot(b)
    with b.read_session() as s:
        calibration = s.query(Calibration).first()
        assert calibration.standards == [{"id": "STD-01", "certificate": "VMI-2026-17"}]


def _point() -> dict:
    from datetime import UTC, datetime

    return {
        "seq": 1,
        "nominal": 10.0,
        "unit": "V",
        "reference": 10.0,
        "readings": [10.0002, 10.0003, 10.0001],
        "indication": 10.0002,
        "std_dev": 0.0001,
        "error": 0.0002,
        "correction": -0.0002,
        "expanded_uncertainty": 0.0004,
        "coverage_factor": 2.0,
        "mpe": 0.003,
        "verdict": "pass",
        "taken_at": datetime(2026, 11, 26, 9, 5, tzinfo=UTC),
    }


def test_an_imported_device_list_and_its_reimport_reach_the_other_workstation(
    workstations, upstream, tmp_path
):
    """An intake writes its devices, work-order links and outbox rows with set statements,
    not through the ORM: what it queues must still be what the other workstations get."""
    from lab.intake import import_device_list
    from tests.lab.test_intake import ROWS, write_list

    a, b = workstations("A"), workstations("B")
    listed = write_list(tmp_path / "list.csv", ROWS)
    with a.session() as s:
        import_device_list(s, listed, "Công ty Nhựa Bình An")
    sync(a, upstream)
    with a.session() as s:  # the same devices again, one calibrated a day later: a second intake
        changed = [[*ROWS[0][:-1], "16/03/2025"], *ROWS[1:]]
        import_device_list(s, write_list(tmp_path / "again.csv", changed), "Công ty Nhựa Bình An")
    sync(a, upstream)
    sync(b, upstream)
    assert register_snapshot(a) == register_snapshot(b)
    assert upstream_count(upstream, "devices") == len(ROWS)
    assert upstream_count(upstream, "work_order_devices") == len(ROWS)  # the second intake's
    with b.read_session() as s:
        assert str(s.scalar(select(Device.last_calibrated).where(Device.serial == "FL001"))) == (
            "2025-03-16"
        )
    with a.read_session() as s:
        assert s.scalar(select(func.count()).where(OutboxEntry.pushed_at.is_(None))) == 0


def test_an_edit_made_while_the_insert_is_still_unconfirmed_is_not_dropped(workstations, upstream):
    """The push reads the next batch while the previous one travels: a device inserted in the
    batch in flight and edited before that batch is confirmed goes up again with base version 0.
    The centre must take it as an edit of the insert it holds, not as a replay."""
    a, b = workstations("A"), workstations("B")
    customer = add_customer(a)
    device = add_devices(a, customer, 1)[0]
    ws = str(a.workstation_id)
    in_flight = next_batch(a)
    sent = send_batch(upstream, ws, in_flight)  # applied upstream, not yet confirmed here
    edit_device(a, device, location="Phòng đo áp suất")
    following = next_batch(a, in_flight={in_flight.batch_id})
    assert following is not None and following.batch_id != in_flight.batch_id
    confirm_batch(a, in_flight, sent)
    confirm_batch(a, following, send_batch(upstream, ws, following))
    sync(b, upstream)
    assert device_field(b, device, "location") == "Phòng đo áp suất"
    assert sync(a, upstream).conflicts_found == 0
    assert register_snapshot(a) == register_snapshot(b)
