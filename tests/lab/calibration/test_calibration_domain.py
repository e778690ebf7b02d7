"""Calibration as the lab relies on it: standards in date, results by the engine, verdicts by the
stated rule, states moved by the right people, approved records frozen (issue 6)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from lab.calibration.procedures import ProcedureError, find_procedure, shipped_procedures
from lab.calibration.runner import run_points, simulated_bench, typed_bench, typed_in
from lab.calibration.runs import (
    CalibrationRefused,
    Environment,
    approve,
    calibration_report,
    choose_procedure,
    finish_measurement,
    review,
    run_plan,
    start_calibration,
)
from lab.calibration.standards import StandardRefused, calibrations_using, list_standards
from lab.calibration.tolerance import DeviceScale, mpe_of, verdict_for
from lab.permissions import PermissionDenied
from lab.sentences import KIND_WORDS, ROLE_WORDS
from lab.storage.base import utc_now
from lab.storage.calibration_models import Calibration, ReferenceStandard
from tests.lab.calibration.lab_helpers import PASSWORDS, device_of, user
from uncertainty.budget import Budget, evaluate

ROOM = Environment(23.0, 55.0)


def start(lab, lab_id, procedure_name, **kwargs):
    tech = user(lab, "an.nv")
    with lab.session(actor=tech) as session:
        return start_calibration(
            session, tech, lab_id, find_procedure(procedure_name), ROOM, **kwargs
        )


def measure(lab, plan):
    bench = simulated_bench(lab, plan)
    try:
        return run_points(lab, user(lab, "an.nv"), plan.calibration_id, bench)
    finally:
        bench.close()


# --- reference standards ------------------------------------------------------------------------
def test_an_expired_standard_is_refused_and_the_refusal_says_why(lab):
    dmm = device_of(lab, "multimeter")
    with pytest.raises(StandardRefused, match=r"CAL-5500A-02 .* expired on \d{4}-\d\d-\d\d"):
        start(lab, dmm, "dmm-dc-voltage", standard_code="CAL-5500A-02")
    with lab.read_session() as session:
        assert session.scalars(select(Calibration)).all() == []


def test_a_standard_of_another_role_is_refused_naming_both_roles_as_words(lab):
    with pytest.raises(StandardRefused) as refused:
        start(lab, device_of(lab, "multimeter"), "dmm-dc-voltage", standard_code="W-E2-01")
    assert (
        str(refused.value)
        == "W-E2-01 is used as 'weights', but this step needs a standard used as 'calibrator'."
    )
    params = refused.value.sentence.params
    assert params["role"].vocabulary == params["needed"].vocabulary == ROLE_WORDS


def test_a_step_whose_role_the_lab_has_no_standard_for_is_refused_naming_the_role(lab):
    with lab.session() as session:
        gauge = session.scalars(
            select(ReferenceStandard).where(ReferenceStandard.role == "reference gauge")
        ).one()
        gauge.deleted_at = utc_now()
    with pytest.raises(StandardRefused) as refused:
        start(lab, device_of(lab, "pressure gauge"), "pressure-gauge")
    assert str(refused.value) == "The lab has no reference standard used as 'reference gauge'."
    assert refused.value.sentence.params["role"].vocabulary == ROLE_WORDS


def test_a_procedure_for_other_kinds_is_refused_naming_the_kinds_as_words(lab):
    caliper = device_of(lab, "caliper")
    with lab.read_session() as session, pytest.raises(CalibrationRefused) as refused:
        choose_procedure(session, caliper, "thermometer-drywell")
    assert str(refused.value) == (
        f"thermometer-drywell calibrates thermometer, thermohygrometer, but {caliper} is a caliper."
    )
    params = refused.value.sentence.params
    assert params["kinds"].items == ("thermometer", "thermohygrometer")
    assert params["kinds"].vocabulary == params["kind"].vocabulary == KIND_WORDS


def test_when_every_standard_for_the_step_is_expired_none_is_chosen(lab):
    with lab.session() as session:
        valid = session.scalars(
            select(ReferenceStandard).where(ReferenceStandard.code == "CAL-5520A-01")
        ).one()
        valid.valid_until = date.today() - timedelta(days=1)
    with pytest.raises(StandardRefused, match="expired"):
        start(lab, device_of(lab, "multimeter"), "dmm-dc-voltage")


def test_a_standard_due_within_30_days_warns_but_may_be_used(lab):
    balance = device_of(lab, "balance", range_max=220)
    plan = start(lab, balance, "balance-mass")
    assert "W-E2-01" in plan.warnings[0] and "days from now" in plan.warnings[0]
    with lab.read_session() as session:
        status = {s.code: s.status for s in list_standards(session)}
    assert status == {
        "CAL-5500A-02": "expired",
        "CAL-5520A-01": "valid",
        "DW-9102S-01": "valid",
        "PG-REF-01": "valid",
        "W-E2-01": "due soon",
    }


def test_reverse_traceability_finds_the_calibrations_that_used_a_standard_between_two_dates(lab):
    plan = start(lab, device_of(lab, "multimeter"), "dmm-dc-voltage")
    start(lab, device_of(lab, "pressure gauge"), "pressure-gauge")
    today = date.today()
    with lab.read_session() as session:
        used = calibrations_using(session, "CAL-5520A-01", today, today)
        before = calibrations_using(
            session, "CAL-5520A-01", today - timedelta(days=9), today - timedelta(days=1)
        )
    assert [u["calibration"] for u in used] == [plan.calibration_id]
    assert before == []


# --- results --------------------------------------------------------------------------------------
def test_the_uncertainty_of_a_point_equals_the_engines_result_for_the_same_budget(lab):
    plan = start(lab, device_of(lab, "multimeter"), "dmm-dc-voltage")
    measure(lab, plan)
    with lab.read_session() as session:
        point = calibration_report(session, plan.calibration_id)["points"][2]  # 10 V
    # The budget written out by hand from the procedure and the 5520A's certificate.
    resolution = plan.device.scale.resolution
    budget = {
        "model": "E = V_x + dV_res - V_s - dV_drift",
        "inputs": [
            {"name": "V_x", "observations": point["readings"], "unit": "V"},
            {"name": "dV_res", "estimate": 0, "distribution": "rectangular",
             "half_width": resolution / 2, "unit": "V"},
            {"name": "V_s", "estimate": 10.0, "expanded_uncertainty": 12e-6 * 10 + 2e-6,
             "k": 2.0, "unit": "V"},
            {"name": "dV_drift", "estimate": 0, "distribution": "rectangular",
             "half_width": 5e-6 * 10, "unit": "V"},
        ],
    }  # fmt: skip
    engine = evaluate(Budget.from_dict(budget))["outputs"]["E"]
    assert point["error"] == pytest.approx(engine["y"], rel=1e-12)
    assert point["U"] == engine["U"] and point["k"] == engine["k"]
    assert point["nu_eff"] == pytest.approx(engine["nu_eff"], rel=1e-9)
    assert point["correction"] == -point["error"]
    assert point["indication"] == pytest.approx(sum(point["readings"]) / len(point["readings"]))


@pytest.mark.parametrize(
    ("accuracy", "reading", "scale", "mpe"),
    [
        ("±(0.05 % + 2 d)", 10.0, DeviceScale(0.001, 0, 1000), 0.007),
        ("±(0,09 % + 2 d)", 100.0, DeviceScale(0.01, 0, 1000), 0.11),
        ("±0.025 %", 100.0, DeviceScale(0.0001, 0, 1000), 0.025),
        ("±0.2 °C", 50.0, DeviceScale(0.1, -50, 150), 0.2),
        ("Cấp 1.6", 4.0, DeviceScale(0.2, 0, 10), 0.16),
        ("Class 1.0", 4.0, DeviceScale(0.5, 0, 16), 0.16),
        ("Cấp II", 100.0, DeviceScale(0.01, 0, 3200), 0.01),  # 10 000 e: 1 e
        ("Cấp I", 50.0, DeviceScale(0.0001, 0, 220, 10), 0.0005),  # 50 000 e: 0.5 e
    ],
)
def test_mpe_follows_the_accuracy_as_device_lists_write_it(accuracy, reading, scale, mpe):
    assert mpe_of(accuracy, reading, scale) == pytest.approx(mpe, rel=1e-12)


def test_an_accuracy_that_cannot_be_read_is_refused_before_any_reading(lab):
    dmm = device_of(lab, "multimeter")
    with lab.session() as session:
        from lab.storage.models import Device

        session.scalars(select(Device).where(Device.lab_id == dmm)).one().accuracy = "tốt"
    with pytest.raises(CalibrationRefused, match=f"{dmm}: The accuracy 'tốt' is not one"):
        start(lab, dmm, "dmm-dc-voltage")


# Edges in exact binary fractions (MPE 0.5, U 0.125), so "at the limit" is exactly at it.
@pytest.mark.parametrize(
    ("rule", "error", "verdict"),
    [
        ("simple", 0.5, "pass"),
        ("simple", -0.5, "pass"),
        ("simple", 0.5000000000000001, "fail"),
        ("simple", -0.5000000000000001, "fail"),
        ("guarded", 0.375, "pass"),
        ("guarded", -0.375, "pass"),
        ("guarded", 0.37500000000000006, "fail"),
        ("guarded", -0.37500000000000006, "fail"),
        ("non-binary", 0.375, "pass"),
        ("non-binary", 0.3750000000000002, "conditional pass"),
        ("non-binary", 0.5, "conditional pass"),
        ("non-binary", 0.5000000000000001, "conditional fail"),
        ("non-binary", -0.625, "conditional fail"),
        ("non-binary", -0.6250000000000001, "fail"),
    ],
)
def test_verdicts_exactly_at_the_edges_of_each_decision_rule(rule, error, verdict):
    assert verdict_for(rule, error, 0.125, 0.5).verdict == verdict


def test_guarded_acceptance_fails_when_u_leaves_no_acceptance_zone():
    decision = verdict_for("guarded", 0.0, 0.5, 0.5)
    assert decision.verdict == "pass"  # w = U = MPE: the zone is the single point 0
    decision = verdict_for("guarded", 0.0, 0.5000000000000001, 0.5)
    assert decision.verdict == "fail" and "no acceptance zone" in decision.rule


# --- states, people, signatures -------------------------------------------------------------------
def test_review_and_approval_are_signed_by_the_right_people_and_then_the_record_is_frozen(lab):
    plan = start(lab, device_of(lab, "multimeter"), "dmm-dc-voltage")
    measure(lab, plan)
    cid = plan.calibration_id
    tech, reviewer = user(lab, "an.nv"), user(lab, "dung.hq")
    with pytest.raises(CalibrationRefused, match="another person must review"):
        with lab.session(actor=tech) as session:
            review(session, tech, PASSWORDS["an.nv"], cid)
    with pytest.raises(CalibrationRefused, match="only a reviewed calibration can be approved"):
        with lab.session() as session:
            approve(session, user(lab, "chi.ttm"), PASSWORDS["chi.ttm"], cid)
    with lab.session(actor=reviewer) as session:
        review(session, reviewer, PASSWORDS["dung.hq"], cid)
    with pytest.raises(PermissionDenied, match="outside their signing scope"):
        with lab.session() as session:
            approve(session, user(lab, "em.dt"), PASSWORDS["em.dt"], cid)
    with lab.session() as session:
        approve(session, user(lab, "chi.ttm"), PASSWORDS["chi.ttm"], cid)
    with lab.read_session() as session:
        report = calibration_report(session, cid)
    assert (report["state"], report["reviewed_by"], report["approved_by"]) == (
        "approved", "dung.hq", "chi.ttm",
    )  # fmt: skip
    with pytest.raises(CalibrationRefused, match="approved and never edited"):
        with lab.session() as session:
            review(session, reviewer, PASSWORDS["dung.hq"], cid)
    # Not even a program writing straight into the file can change it.
    with (
        sqlite3.connect(lab.path) as raw,
        pytest.raises(sqlite3.IntegrityError, match="never edited"),
    ):
        raw.execute("UPDATE measurement_points SET indication = indication + 1")


def test_a_calibration_is_measured_only_when_every_point_is_taken(lab):
    plan = start(lab, device_of(lab, "multimeter"), "dmm-dc-voltage")
    tech = user(lab, "an.nv")
    with pytest.raises(
        CalibrationRefused, match=r"Points still to take \(V\): 0.1, 1, 10, 100, 900"
    ):
        with lab.session(actor=tech) as session:
            finish_measurement(session, tech, plan.calibration_id)


def test_a_technician_out_of_role_cannot_start_a_calibration(lab):
    from lab.permissions import LabUser, Role

    admin = LabUser("hung.pv", Role.ADMIN)
    with pytest.raises(PermissionDenied, match="record calibrations"):
        with lab.session() as session:
            start_calibration(
                session, admin, device_of(lab, "multimeter"), find_procedure("dmm-dc-voltage"), ROOM
            )


def test_an_implausible_room_temperature_is_refused_with_the_value(lab):
    with pytest.raises(CalibrationRefused, match="room temperature 230 °C"):
        tech = user(lab, "an.nv")
        with lab.session() as session:
            start_calibration(
                session, tech, device_of(lab, "multimeter"), find_procedure("dmm-dc-voltage"),
                Environment(230.0, 55.0),
            )  # fmt: skip


# --- procedures as versioned data -----------------------------------------------------------------
def test_a_changed_procedure_is_a_new_version_and_the_old_one_stays_loadable(tmp_path):
    shipped = find_procedure("dmm-dc-voltage")
    data = json.loads((shipped_dir() / shipped.source).read_text(encoding="utf-8"))
    (tmp_path / "dmm-dc-voltage.v1.json").write_text(json.dumps(data), encoding="utf-8")
    data.update(version=2, readings_per_point=10)
    (tmp_path / "dmm-dc-voltage.v2.json").write_text(json.dumps(data), encoding="utf-8")
    assert find_procedure("dmm-dc-voltage", directory=tmp_path).version == 2
    assert find_procedure("dmm-dc-voltage", 1, directory=tmp_path).readings_per_point == 5


def test_a_calibration_keeps_the_procedure_version_it_ran(lab):
    plan = start(lab, device_of(lab, "multimeter"), "dmm-dc-voltage")
    with lab.read_session() as session:
        assert run_plan(session, plan.calibration_id).procedure.version == 1
        row = session.get(Calibration, uuid.UUID(plan.calibration_id))
        assert (row.procedure_name, row.procedure_version) == ("dmm-dc-voltage", 1)


def test_a_broken_procedure_file_is_named_with_what_is_wrong(tmp_path):
    (tmp_path / "broken.v1.json").write_text('{"name": "broken", "version": 1}', encoding="utf-8")
    with pytest.raises(ProcedureError, match=r"broken.v1.json: the field 'points' is missing"):
        shipped_procedures(tmp_path)


def shipped_dir():
    from lab.calibration.procedures import PROCEDURES_DIR

    return PROCEDURES_DIR


# --- typed in: a balance read off its display -----------------------------------------------------
class TechnicianAtTheBalance:
    """Places each weight, then types the three readings the display shows: 0.2 mg high."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, float]] = []
        self.on_the_pan: float | None = None

    def place_weights(self, point, certified) -> None:
        self.steps.append(("weight placed", point.nominal))
        self.on_the_pan = certified.value

    def type_values(self, what, point, count, shown):
        self.steps.append((f"{what} typed", point.nominal))
        return (round(self.on_the_pan + 0.0002, 4),) * count


def test_a_balance_typed_in_has_each_weight_placed_before_its_readings_are_typed(lab):
    plan = start(lab, device_of(lab, "balance", range_max=220), "balance-mass")
    assert typed_in(plan)
    technician = TechnicianAtTheBalance()
    bench = typed_bench(lab, plan, technician)
    try:
        outcome = run_points(lab, user(lab, "an.nv"), plan.calibration_id, bench)
    finally:
        bench.close()
    nominals = [p.nominal for p in plan.points]
    assert technician.steps == [
        step for n in nominals for step in (("weight placed", n), ("unit under test typed", n))
    ]
    assert outcome.state == "measured"
    assert [p.error for p in outcome.points] == pytest.approx([0.0002] * len(nominals), abs=6e-5)


def test_only_a_procedure_whose_reference_needs_no_instrument_can_be_typed_in(lab):
    devices = {
        "balance-mass": ("balance", {"range_max": 220}),
        "pressure-gauge": ("pressure gauge", {}),
        "dmm-dc-voltage": ("multimeter", {}),
        "thermometer-drywell": ("thermometer", {"accuracy_startswith": "±0.2"}),
    }
    typed = {
        name: typed_in(start(lab, device_of(lab, kind, **which), name))
        for name, (kind, which) in devices.items()
    }
    assert typed == {
        "balance-mass": True,
        "pressure-gauge": True,
        "dmm-dc-voltage": False,  # the calibrator sources each point
        "thermometer-drywell": False,  # the dry-well is set to each temperature by its driver
    }
    plan = start(lab, device_of(lab, "multimeter"), "dmm-dc-voltage")
    with pytest.raises(CalibrationRefused, match="only procedures read off displays"):
        typed_bench(lab, plan, TechnicianAtTheBalance())
