"""As found and as left (ISO/IEC 17025 7.8.4.1 d): a device adjusted during its calibration keeps
both sets of results and the sentence saying what was adjusted; one not adjusted has one set."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lab.calibration.bench import simulated_fraction
from lab.calibration.procedures import find_procedure
from lab.calibration.results import PointTaken
from lab.calibration.runner import run_points, simulated_bench
from lab.calibration.runs import (
    CalibrationRefused,
    Environment,
    calibration_report,
    drafts,
    finish_measurement,
    record_adjustment,
    record_point,
    run_plan,
    signed_content,
    start_calibration,
)
from lab.storage.calibration_models import MeasurementPoint
from lab.storage.models import Device
from tests.lab.calibration.lab_helpers import drifted_device, user

ADJUSTED = "DC zero and gain trimmed on every range (front-panel calibration)"


def drifted_multimeter(lab) -> str:
    """A demo multimeter whose simulated error as found is beyond its MPE."""
    return drifted_device(lab, "multimeter")


def start(lab, lab_id):
    tech = user(lab, "an.nv")
    with lab.session(actor=tech) as session:
        plan = start_calibration(
            session, tech, lab_id, find_procedure("dmm-dc-voltage"), Environment(23.0, 55.0)
        )
    return plan.calibration_id


def take(lab, calibration_id, *, finish, stop_after=None):
    with lab.read_session() as session:
        plan = run_plan(session, calibration_id)
    bench = simulated_bench(lab, plan)
    taken = []

    def count(result, done, total):
        taken.append(result)
        if stop_after is not None and len(taken) >= stop_after:
            raise KeyboardInterrupt  # the process dies here, after the point is saved

    try:
        run_points(lab, user(lab, "an.nv"), calibration_id, bench, count, finish=finish)
    except KeyboardInterrupt:
        pass
    finally:
        bench.close()


def adjust(lab, calibration_id, what=ADJUSTED):
    tech = user(lab, "an.nv")
    with lab.session(actor=tech, reason="calibration adjusted") as session:
        return record_adjustment(session, tech, calibration_id, what)


def phases(lab, calibration_id):
    with lab.read_session() as session:
        report = calibration_report(session, calibration_id)
    found = [p for p in report["points"] if p["phase"] == "as_found"]
    left = [p for p in report["points"] if p["phase"] == "as_left"]
    return report, found, left


def test_a_device_not_adjusted_has_one_set_of_results_stored_as_left(lab):
    calibration_id = start(lab, drifted_multimeter(lab))
    take(lab, calibration_id, finish=True)
    report, found, left = phases(lab, calibration_id)
    assert report["state"] == "measured" and report["adjustment"] is None
    assert found == [] and [p["seq"] for p in left] == [1, 2, 3, 4, 5]


def test_an_adjusted_device_keeps_the_as_found_set_and_gets_an_as_left_set(lab):
    lab_id = drifted_multimeter(lab)
    calibration_id = start(lab, lab_id)
    take(lab, calibration_id, finish=False)
    plan = adjust(lab, calibration_id)
    assert plan.adjusted and plan.as_found == (1, 2, 3, 4, 5) and plan.done == ()
    take(lab, calibration_id, finish=True)
    report, found, left = phases(lab, calibration_id)
    assert report["state"] == "measured"
    assert report["adjustment"]["what"] == ADJUSTED and report["adjustment"]["by"] == "an.nv"
    assert {p["verdict"] for p in found} == {"fail"}  # the drifted meter as it came in
    assert {p["verdict"] for p in left} == {"pass"}  # and after the adjustment
    assert [p["seq"] for p in found] == [p["seq"] for p in left] == [1, 2, 3, 4, 5]
    fraction = simulated_fraction(run_plan_of(lab, calibration_id).device)
    assert abs(fraction) > 1  # the simulated error as found is beyond the MPE


def run_plan_of(lab, calibration_id):
    with lab.read_session() as session:
        return run_plan(session, calibration_id)


def test_the_signed_content_holds_both_sets_and_the_adjustment(lab):
    calibration_id = start(lab, drifted_multimeter(lab))
    take(lab, calibration_id, finish=False)
    adjust(lab, calibration_id)
    take(lab, calibration_id, finish=True)
    with lab.read_session() as session:
        content = signed_content(session, calibration_id)
    assert content["adjustment"]["what"] == ADJUSTED
    assert [p["phase"] for p in content["points"]] == ["as_found"] * 5 + ["as_left"] * 5


def test_no_adjustment_before_every_as_found_point_is_taken(lab):
    calibration_id = start(lab, drifted_multimeter(lab))
    take(lab, calibration_id, finish=False, stop_after=2)
    with pytest.raises(CalibrationRefused, match=r"Take every as-found point before adjusting; "
                       r"still to take \(V\): 10, 100, 900\."):  # fmt: skip
        adjust(lab, calibration_id)
    assert run_plan_of(lab, calibration_id).adjustment is None


@pytest.mark.parametrize("what", ["", "   \n "])
def test_an_adjustment_without_a_sentence_is_refused(lab, what):
    calibration_id = start(lab, drifted_multimeter(lab))
    take(lab, calibration_id, finish=False)
    with pytest.raises(CalibrationRefused, match="Say in a sentence what was adjusted"):
        adjust(lab, calibration_id, what)


def test_a_device_is_adjusted_once_and_the_as_found_set_is_never_overwritten(lab):
    calibration_id = start(lab, drifted_multimeter(lab))
    take(lab, calibration_id, finish=False)
    adjust(lab, calibration_id)
    take(lab, calibration_id, finish=False)
    _, found_before, _ = phases(lab, calibration_id)
    with pytest.raises(CalibrationRefused, match="was already adjusted"):
        adjust(lab, calibration_id, "trimmed again")
    _, found_after, left = phases(lab, calibration_id)
    assert found_after == found_before and len(left) == 5


def test_measured_only_with_a_complete_as_left_set(lab):
    calibration_id = start(lab, drifted_multimeter(lab))
    take(lab, calibration_id, finish=False)
    adjust(lab, calibration_id)
    take(lab, calibration_id, finish=False, stop_after=3)
    tech = user(lab, "an.nv")
    with pytest.raises(CalibrationRefused, match=r"As-left points still to take \(V\): 100, 900"):
        with lab.session(actor=tech) as session:
            finish_measurement(session, tech, calibration_id)


def test_a_run_resumes_in_the_as_left_phase_keeping_both_sets(lab):
    calibration_id = start(lab, drifted_multimeter(lab))
    take(lab, calibration_id, finish=False, stop_after=3)  # crash in the as-found points
    plan = run_plan_of(lab, calibration_id)
    assert plan.pass_name == "as found" and plan.done == (1, 2, 3)
    take(lab, calibration_id, finish=False)
    adjust(lab, calibration_id)
    take(lab, calibration_id, finish=False, stop_after=2)  # crash in the as-left points
    plan = run_plan_of(lab, calibration_id)
    assert plan.pass_name == "as left" and plan.as_found == (1, 2, 3, 4, 5)
    assert plan.done == (1, 2) and [p.seq for p in plan.remaining] == [3, 4, 5]
    with lab.read_session() as session:
        rows_before = {
            (p.phase, p.seq): (p.id, p.row_version, p.error)
            for p in session.scalars(select(MeasurementPoint))
        }
    take(lab, calibration_id, finish=True)
    report, found, left = phases(lab, calibration_id)
    with lab.read_session() as session:
        rows_after = {
            (p.phase, p.seq): (p.id, p.row_version, p.error)
            for p in session.scalars(select(MeasurementPoint))
        }
    assert all(rows_after[key] == value for key, value in rows_before.items())
    assert report["state"] == "measured" and len(found) == len(left) == 5


def listed(lab, calibration_id):
    with lab.read_session() as session:
        (row,) = [d for d in drafts(session) if d["calibration"] == str(calibration_id)]
    return row["phase"], row["points_taken"], row["points_planned"]


def test_the_list_of_drafts_says_which_set_each_is_at_and_how_far(lab):
    calibration_id = start(lab, drifted_multimeter(lab))
    assert listed(lab, calibration_id) == ("as_found", 0, 5)
    take(lab, calibration_id, finish=False, stop_after=3)
    assert listed(lab, calibration_id) == ("as_found", 3, 5)
    take(lab, calibration_id, finish=False)
    adjust(lab, calibration_id)
    assert listed(lab, calibration_id) == ("as_left", 0, 5)
    take(lab, calibration_id, finish=False, stop_after=2)
    assert listed(lab, calibration_id) == ("as_left", 2, 5)


def test_the_planned_points_of_a_draft_are_those_of_its_device_range(lab):
    """The points are planned inside the device's range: a multimeter up to 20 V is not taken at
    100 V and 900 V, and the list counts only the points the run will take."""
    lab_id = drifted_multimeter(lab)
    with lab.session() as session:
        session.scalars(select(Device).where(Device.lab_id == lab_id)).one().range_max = 20.0
    calibration_id = start(lab, lab_id)
    planned = len(run_plan_of(lab, calibration_id).points)
    assert planned < 5 and listed(lab, calibration_id) == ("as_found", 0, planned)


def test_a_draft_that_can_no_longer_be_planned_is_listed_without_a_total(lab):
    lab_id = drifted_multimeter(lab)
    calibration_id = start(lab, lab_id)
    take(lab, calibration_id, finish=False, stop_after=2)
    with lab.session() as session:  # the register's range was cleared since the run began
        session.scalars(select(Device).where(Device.lab_id == lab_id)).one().range_max = None
    assert listed(lab, calibration_id) == ("as_found", 2, None)


def test_a_point_from_a_run_begun_before_the_adjustment_is_refused(lab):
    calibration_id = start(lab, drifted_multimeter(lab))
    take(lab, calibration_id, finish=False)
    stale = run_plan_of(lab, calibration_id)  # e.g. a second window, opened before adjusting
    adjust(lab, calibration_id)
    tech = user(lab, "an.nv")
    taken = PointTaken(1, 0.1, (0.1, 0.1, 0.1, 0.1, 0.1))
    with pytest.raises(CalibrationRefused, match="was adjusted since this run began"):
        with lab.session(actor=tech) as session:
            record_point(session, tech, stale, taken)
    assert run_plan_of(lab, calibration_id).done == ()
