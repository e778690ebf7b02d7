"""Approved calibrations and their points are append-only: what was signed is never changed by a
push from another workstation or by a pull, and never becomes a conflict for a person."""

from __future__ import annotations

from sqlalchemy import select, text

from lab.storage.calibration_models import MeasurementPoint
from lab.sync.engine import open_conflicts, sync
from lab.sync.resolve import list_conflicts
from tests.lab.sync.calibrations import (
    add_calibration,
    add_standard,
    calibration_field,
    local_points,
    set_calibration,
)
from tests.lab.sync.helpers import add_customer, add_devices, register_snapshot, upstream_count


def _calibration_on_two(workstations, upstream, state: str):
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    calibration = add_calibration(a, device, add_standard(a), 3, state=state)
    sync(a, upstream)
    sync(b, upstream)
    return a, b, calibration


def _upstream_calibration(upstream, calibration) -> tuple:
    with upstream.connect() as conn:
        return conn.execute(
            text("SELECT state, approved_by, notes, upstream_version FROM calibrations"),
        ).one()


def test_an_approved_calibration_is_not_changed_by_another_workstation(workstations, upstream):
    a, b, calibration = _calibration_on_two(workstations, upstream, "reviewed")
    set_calibration(a, calibration, state="approved", approved_by="lan.tt")
    sync(a, upstream)
    before = _upstream_calibration(upstream, calibration)
    # B has not pulled the approval yet and still edits the reviewed record and a point.
    set_calibration(b, calibration, notes="sửa sau khi duyệt")
    with b.session() as s:
        s.scalars(select(MeasurementPoint).order_by(MeasurementPoint.seq)).first().indication = 9.5

    report = sync(b, upstream)
    sync(a, upstream)

    assert _upstream_calibration(upstream, calibration) == before
    assert calibration_field(b, calibration, "state") == "approved"  # B has the signed record
    assert calibration_field(b, calibration, "notes") is None
    assert report.conflicts_open == 0 and open_conflicts(a) == 0
    # Nothing is lost: B's changes are listed, as settled, where anyone can read them.
    kept = {c.entity: c for c in list_conflicts(a, include_resolved=True)}
    assert sorted(kept) == ["calibrations", "measurement_points"]
    assert all(c.resolved for c in kept.values())
    assert kept["calibrations"].other["notes"] == "sửa sau khi duyệt"
    assert kept["measurement_points"].other["indication"] == 9.5
    assert register_snapshot(a) == register_snapshot(b)


def test_points_added_elsewhere_to_an_approved_calibration_are_refused(workstations, upstream):
    from tests.lab.sync.calibrations import point

    a, b, calibration = _calibration_on_two(workstations, upstream, "reviewed")
    set_calibration(a, calibration, state="approved", approved_by="lan.tt")
    sync(a, upstream)
    with b.session() as s:
        s.add(MeasurementPoint(calibration_id=calibration, **point(4)))

    sync(b, upstream)

    assert upstream_count(upstream, "measurement_points") == 3
    assert local_points(b, calibration) == 3 + 1  # B's file keeps what it has
    [refusal] = list_conflicts(b)  # and says so: the others never get that point
    assert (refusal.entity, refusal.other["seq"]) == ("measurement_points", 4)
    assert "without this row" in refusal.kept
    sync(a, upstream)
    assert [c.entity for c in list_conflicts(a, include_resolved=True)] == ["measurement_points"]
    assert local_points(a, calibration) == 3


def test_a_second_approval_of_the_same_calibration_is_a_no_op(workstations, upstream):
    a, b, calibration = _calibration_on_two(workstations, upstream, "reviewed")
    set_calibration(a, calibration, state="approved", approved_by="lan.tt")
    set_calibration(b, calibration, state="approved", approved_by="lan.tt")
    sync(a, upstream)
    version = _upstream_calibration(upstream, calibration)[3]

    report = sync(b, upstream)

    assert _upstream_calibration(upstream, calibration)[3] == version
    assert report.conflicts_open == 0
    assert list_conflicts(b, include_resolved=True) == []
    assert register_snapshot(a) == register_snapshot(b)


def test_the_first_approval_to_reach_the_centre_stands(workstations, upstream):
    a, b, calibration = _calibration_on_two(workstations, upstream, "reviewed")
    set_calibration(a, calibration, state="approved", approved_by="lan.tt")
    set_calibration(b, calibration, state="approved", approved_by="minh.pq")
    sync(a, upstream)

    report = sync(b, upstream)
    sync(a, upstream)

    assert _upstream_calibration(upstream, calibration)[:2] == ("approved", "lan.tt")
    assert calibration_field(a, calibration, "approved_by") == "lan.tt"
    # B's file never changes an approved record (migration 0003): B keeps its signature and is
    # told, with the reason, that the centre kept the other approval.
    assert calibration_field(b, calibration, "approved_by") == "minh.pq"
    [refusal] = list_conflicts(b)
    assert (refusal.entity, refusal.field) == ("calibrations", "*")
    assert "never edited" in refusal.kept and refusal.other["approved_by"] == "lan.tt"
    assert report.conflicts_open == 1 and open_conflicts(a) == 0


def test_an_approval_stands_whole_over_an_edit_made_meanwhile_elsewhere(workstations, upstream):
    a, b, calibration = _calibration_on_two(workstations, upstream, "reviewed")
    set_calibration(b, calibration, notes="ghi chú của B")
    sync(b, upstream)
    set_calibration(a, calibration, state="approved", approved_by="lan.tt")

    report = sync(a, upstream)  # approved from the version before B's note
    sync(b, upstream)

    assert _upstream_calibration(upstream, calibration)[:3] == ("approved", "lan.tt", None)
    assert report.conflicts_open == 0 and open_conflicts(b) == 0
    with upstream.connect() as conn:  # B's note is not lost: it is the version kept before
        kept = conn.execute(text("SELECT data->>'notes' FROM sync_row_versions")).scalars().all()
    assert "ghi chú của B" in kept
    assert register_snapshot(a) == register_snapshot(b)


def test_a_new_workstation_receives_an_approved_calibration_with_all_its_points(
    workstations, upstream
):
    a = workstations("A")
    device = add_devices(a, add_customer(a), 1)[0]
    calibration = add_calibration(a, device, add_standard(a), 12)
    set_calibration(a, calibration, state="approved", approved_by="lan.tt")
    sync(a, upstream)
    c = workstations("C")

    report = sync(c, upstream)

    assert (report.set_aside, report.conflicts_open) == (0, 0)
    assert calibration_field(c, calibration, "state") == "approved"
    assert local_points(c, calibration) == 12
    assert register_snapshot(a) == register_snapshot(c)
