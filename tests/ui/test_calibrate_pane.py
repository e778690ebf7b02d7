"""The Calibrate pane: a technician runs each shipped procedure end to end on the simulated
bench, an expired standard cannot be chosen, a draft resumes, and the reviewer and the signatory
sign the results off (issue 6, item 6)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from instruments.errors import MeasurementCancelled
from lab.calibration.runner import run_points, simulated_bench
from lab.calibration.runs import (
    Environment,
    choose_procedure,
    record_adjustment,
    run_plan,
    start_calibration,
)
from lab.demo import load_demo_lab
from lab.signatures import Meaning
from lab.storage import open_database
from lab.storage.base import utc_now
from lab.storage.calibration_models import ReferenceStandard
from lab.storage.models import Device
from lab.users import create_demo_users, log_in
from tests.lab.calibration.lab_helpers import PASSWORDS, device_of
from ui.context import PaneContext
from ui.panes.calibrate import CalibratePane

DEVICE_FOR = {
    "dmm-dc-voltage": ("multimeter", {}),
    "balance-mass": ("balance", {"range_max": 220}),
    "thermometer-drywell": ("thermometer", {"accuracy_startswith": "±0.2"}),
    "pressure-gauge": ("pressure gauge", {}),
}


@pytest.fixture
def lab(tmp_path):
    database = open_database(tmp_path / "lab.sqlite")
    with database.session() as session:
        load_demo_lab(session, devices_per_customer=8)
        create_demo_users(session)
    yield database
    database.close()


def make_pane(qtbot, lab, name="an.nv"):
    context = PaneContext(database=lab, user=log_in(lab, name, PASSWORDS[name]), demo=True)
    pane = CalibratePane(context)
    qtbot.addWidget(pane)
    pane.resize(1100, 760)
    pane.show()
    return pane


def choose_device(run, lab_id):
    run.device_edit.setText(lab_id)
    run.device_edit.editingFinished.emit()


def run_to_the_end(qtbot, run):
    run.to_environment.click()
    run.start_button.click()
    assert run.message.text() == "" or "days from now" in run.message.text()
    take_the_points_and_finish(qtbot, run)


def take_the_points_and_finish(qtbot, run):
    """Take the points as found, then decide: not adjusted (the set is the result)."""
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.finish_button.isVisible(), timeout=20000)
    assert run.adjust_button.isVisible() and not run.measure_button.isVisible()
    run.finish_button.click()
    assert run.stack.currentIndex() == 3


@pytest.mark.parametrize("procedure", sorted(DEVICE_FOR))
def test_a_full_simulated_run_through_the_gui(qtbot, lab, procedure):
    pane = make_pane(qtbot, lab)
    run = pane.run
    kind, which = DEVICE_FOR[procedure]
    lab_id = device_of(lab, kind, **which)
    choose_device(run, lab_id)
    assert run.procedure_box.currentData().name == procedure
    run_to_the_end(qtbot, run)
    table = run.results.table
    assert table.rowCount() == len(run.plan.points) >= 3
    verdicts = {table.item(y, run.results.VERDICT_COLUMN).text() for y in range(table.rowCount())}
    assert verdicts <= {"pass", "conditional pass", "conditional fail", "fail"}
    assert len(run.results.plot.points) == table.rowCount()
    assert f"{lab_id} is measured" in run.summary.text()
    pane.grab().save(f"/tmp/calibrate_{procedure}.png")


def test_an_expired_standard_cannot_be_chosen_and_the_screen_says_why(qtbot, lab):
    run = make_pane(qtbot, lab).run
    choose_device(run, device_of(lab, "multimeter"))
    run.standard_box.setCurrentIndex(run.standard_box.findData("CAL-5500A-02"))
    assert "cannot be used" in run.standard_note.text()
    assert "expired on" in run.standard_note.text()
    assert not run.to_environment.isEnabled()
    run.standard_box.setCurrentIndex(run.standard_box.findData("CAL-5520A-01"))
    assert run.to_environment.isEnabled()


def test_an_unknown_lab_id_is_said_plainly(qtbot, lab):
    run = make_pane(qtbot, lab).run
    choose_device(run, "26-XYZ-99999")
    assert run.message.text() == "There is no device 26-XYZ-99999 in the register."
    assert run.procedure_box.count() == 0 and not run.to_environment.isEnabled()


def retire_the_standards_used_as(lab, role):
    with lab.session() as session:
        for standard in session.scalars(
            select(ReferenceStandard).where(ReferenceStandard.role == role)
        ):
            standard.deleted_at = utc_now()


def test_a_kind_no_procedure_fits_and_a_missing_standard_are_named(qtbot, lab):
    run = make_pane(qtbot, lab).run
    caliper = device_of(lab, "caliper")
    choose_device(run, caliper)
    assert (
        run.message.text()
        == f"{caliper} is a caliper; no procedure calibrates that kind of device."
    )
    retire_the_standards_used_as(lab, "reference gauge")
    choose_device(run, device_of(lab, "pressure gauge"))
    assert run.message.text() == ""
    assert run.standard_note.text() == (
        "The lab has no reference standard used as 'reference gauge'."
    )
    assert not run.to_environment.isEnabled()


def test_a_kind_no_procedure_fits_and_a_missing_standard_are_named_in_vietnamese(
    qtbot, lab, vietnamese
):
    run = make_pane(qtbot, lab).run
    caliper = device_of(lab, "caliper")
    choose_device(run, caliper)
    assert run.message.text() == (
        f"{caliper} là thước cặp; chưa có quy trình nào hiệu chuẩn loại thiết bị này."
    )
    retire_the_standards_used_as(lab, "reference gauge")
    choose_device(run, device_of(lab, "pressure gauge"))
    assert run.standard_note.text() == (
        "Phòng thí nghiệm không có chuẩn đo lường nào dùng làm áp kế chuẩn."
    )
    run.grab().save("/tmp/vi_calibrate_no_standard.png")


def test_a_draft_is_listed_and_resumes_to_the_end(qtbot, lab):
    pane = make_pane(qtbot, lab)
    run = pane.run
    choose_device(run, device_of(lab, "multimeter"))
    run.to_environment.click()
    run.start_button.click()
    pane.new_draft_id = run.plan.calibration_id
    run.new_calibration()
    pane.reload_lists()
    assert pane.drafts_table.rowCount() == 1
    pane.drafts_table.selectRow(0)
    pane.resume_button.click()
    assert pane.tabs.currentWidget() is run and run.stack.currentIndex() == 2
    take_the_points_and_finish(qtbot, run)
    assert run.plan.calibration_id == pane.new_draft_id


def interrupted_draft(lab, kind, which, *, taken, adjusted=False):
    """A draft of a demo device of ``kind`` whose run stopped after ``taken`` points of its set
    (of the as-left set after an adjustment, every as-found point then taken); its plan."""
    technician = log_in(lab, "an.nv", PASSWORDS["an.nv"])
    lab_id = device_of(lab, kind, **which)
    with lab.session(actor=technician) as session:
        procedure = choose_procedure(session, lab_id, None)
        plan = start_calibration(session, technician, lab_id, procedure, Environment(23.0, 50.0))
    if adjusted:
        take_points(lab, technician, plan.calibration_id, len(plan.points))
        with lab.session(actor=technician, reason="calibration adjusted") as session:
            record_adjustment(session, technician, plan.calibration_id, "Zero trimmed")
    take_points(lab, technician, plan.calibration_id, taken)
    return plan


def take_points(lab, technician, calibration_id, how_many):
    """Take ``how_many`` points on the simulated bench, then stop as the Stop button does."""
    with lab.read_session() as session:
        plan = run_plan(session, calibration_id)
    cancel = threading.Event()
    bench = simulated_bench(lab, plan, cancel)

    def saved(_result, done, _total):
        if done - len(plan.done) >= how_many:
            cancel.set()

    try:
        run_points(lab, technician, calibration_id, bench, saved, finish=False)
    except MeasurementCancelled:
        pass
    finally:
        bench.close()


def two_interrupted_drafts(lab):
    """A balance stopped in its points as found, a multimeter stopped in its points as left."""
    balance = interrupted_draft(lab, "balance", {"range_max": 220}, taken=2)
    multimeter = interrupted_draft(lab, "multimeter", {}, taken=3, adjusted=True)
    return balance, multimeter


def drafts_listed(pane):
    """The Drafts tab as the technician reads it: its headers, and each line by device."""
    table = pane.drafts_table
    headers = [table.horizontalHeaderItem(x).text() for x in range(table.columnCount())]
    lines = {}
    for y in range(table.rowCount()):
        line = {header: table.item(y, x).text() for x, header in enumerate(headers)}
        lines[line[headers[1]]] = line
    return headers, lines


def test_the_drafts_say_which_set_of_points_each_is_at_and_how_far(qtbot, lab):
    balance, multimeter = two_interrupted_drafts(lab)
    pane = make_pane(qtbot, lab)
    pane.tabs.setCurrentIndex(1)
    headers, lines = drafts_listed(pane)
    assert headers == ["Started", "Device", "Procedure", "Technician", "Points", "Taken"]
    total = len(balance.points)
    assert lines[balance.device.lab_id]["Points"] == "As found"
    assert lines[balance.device.lab_id]["Taken"] == f"2 of {total} points"
    assert lines[multimeter.device.lab_id]["Points"] == "As left (after adjustment)"
    assert lines[multimeter.device.lab_id]["Taken"] == "3 of 5 points"
    review = pane.review.table  # a list of measured calibrations has no points left to take
    assert [review.horizontalHeaderItem(x).text() for x in range(review.columnCount())] == [
        "Started", "Device", "Procedure", "Technician", "State"
    ]  # fmt: skip
    pane.grab().save("/tmp/calibrate_drafts.png")


def test_a_draft_that_can_no_longer_be_planned_says_how_many_points_are_taken(qtbot, lab):
    plan = interrupted_draft(lab, "multimeter", {}, taken=1)
    with lab.session() as session:  # the register's range was cleared since the run began
        device = session.scalars(select(Device).where(Device.lab_id == plan.device.lab_id)).one()
        device.range_max = None
    _, lines = drafts_listed(make_pane(qtbot, lab))
    assert lines[plan.device.lab_id]["Taken"] == "1 point taken"


def test_the_drafts_say_where_each_stands_in_vietnamese(qtbot, lab, vietnamese):
    balance, multimeter = two_interrupted_drafts(lab)
    pane = make_pane(qtbot, lab)
    pane.tabs.setCurrentIndex(1)
    headers, lines = drafts_listed(pane)
    assert headers[-2:] == ["Điểm đo", "Đã đo"]
    total = len(balance.points)
    assert lines[balance.device.lab_id]["Điểm đo"] == "Trước hiệu chỉnh"
    assert lines[balance.device.lab_id]["Đã đo"] == f"2 trên {total} điểm"
    assert lines[multimeter.device.lab_id]["Điểm đo"] == "Sau hiệu chỉnh"
    assert lines[multimeter.device.lab_id]["Đã đo"] == "3 trên 5 điểm"
    pane.grab().save("/tmp/calibrate_drafts_vi.png")


def test_the_reviewer_and_the_signatory_sign_the_results_off(qtbot, lab):
    technician = make_pane(qtbot, lab)
    choose_device(technician.run, device_of(lab, "multimeter"))
    run_to_the_end(qtbot, technician.run)

    reviewer = make_pane(qtbot, lab, "dung.hq")
    screen = reviewer.review
    reviewer.tabs.setCurrentWidget(screen)
    assert screen.table.rowCount() == 1 and screen.review_button.isEnabled()
    assert not screen.approve_button.isEnabled()
    assert screen.results.table.rowCount() == 5
    reviewer.grab().save("/tmp/calibrate_review.png")
    screen.password.setText("wrong password")
    screen.review_button.click()
    assert "password is wrong" in screen.message.text()
    screen.password.setText(PASSWORDS["dung.hq"])
    screen.review_button.click()
    assert screen.table.item(0, 4).text() == "reviewed"

    signatory = make_pane(qtbot, lab, "chi.ttm")
    screen = signatory.review
    assert screen.approve_button.isEnabled()
    screen.password.setText(PASSWORDS["chi.ttm"])
    screen.approve_button.click()
    assert screen.table.rowCount() == 0  # approved: nothing more to sign


def test_stop_keeps_the_points_taken_and_the_draft_resumes_to_the_end(qtbot, lab):
    pane = make_pane(qtbot, lab)
    run = pane.run
    choose_device(run, device_of(lab, "multimeter"))
    run.to_environment.click()
    run.start_button.click()
    run.measure_button.click()
    run.stop_button.click()
    qtbot.waitUntil(lambda: run.measure_button.isEnabled(), timeout=20000)
    assert run.message.text().startswith("Stopped. Every point taken is saved")
    pane.reload_lists()
    assert pane.drafts_table.rowCount() == 1
    taken = run.results.table.rowCount()
    assert taken < 5
    pane.drafts_table.selectRow(0)
    pane.resume_button.click()
    assert run.progress.value() == taken
    take_the_points_and_finish(qtbot, run)
    assert run.results.table.rowCount() == 5


def test_a_pressure_gauge_run_with_the_readings_typed_by_the_technician(qtbot, lab):
    from lab.calibration.runs import run_plan

    run = make_pane(qtbot, lab).run
    lab_id = device_of(lab, "pressure gauge")
    choose_device(run, lab_id)
    run.to_environment.click()
    run.start_button.click()
    assert run.typed_box.isVisible()
    run.typed_box.setChecked(True)
    assert "readings typed in" in run.run_label.text()
    run.measure_button.click()
    typed = []
    for _ in range(2 * len(run.plan.points)):  # the reference gauge, then the gauge itself
        qtbot.waitUntil(lambda: run.operator.dialog is not None, timeout=10000)
        dialog = run.operator.dialog
        nominal = dialog.request.nominal
        if not typed:  # a value that is not a number is refused with a sentence
            dialog.fields[0].setText("bốn")
            dialog.ok_button.click()
            assert "is not a number" in dialog.problem.text() and dialog.isVisible()
        offset = 0.1 if dialog.request.what == "unit under test" else 0.0
        for edit in dialog.fields:
            edit.setText(f"{nominal + offset:g}".replace(".", ","))  # decimal comma typed
        dialog.ok_button.click()
        typed.append(dialog.request.values)
        qtbot.waitUntil(lambda d=dialog: run.operator.dialog is not d, timeout=5000)
    qtbot.waitUntil(lambda: run.finish_button.isVisible(), timeout=20000)
    run.finish_button.click()
    assert f"{lab_id} is measured" in run.summary.text()
    with lab.read_session() as session:
        plan = run_plan(session, run.plan.calibration_id)
    assert len(plan.done) == len(plan.points)
    errors = {round(float(run.results.table.item(y, 4).text().replace("+", "")), 6)
              for y in range(run.results.table.rowCount())}  # fmt: skip
    assert errors == {0.1}  # each error is what was typed: gauge − reference


def test_stop_at_the_readings_dialog_keeps_the_points_already_typed(qtbot, lab):
    run = make_pane(qtbot, lab).run
    choose_device(run, device_of(lab, "pressure gauge"))
    run.to_environment.click()
    run.start_button.click()
    run.typed_box.setChecked(True)
    run.measure_button.click()
    for _ in range(2):  # one whole point: reference, then gauge
        qtbot.waitUntil(lambda: run.operator.dialog is not None, timeout=10000)
        dialog = run.operator.dialog
        for edit in dialog.fields:
            edit.setText(f"{dialog.request.nominal:g}")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda d=dialog: run.operator.dialog is not d, timeout=5000)
    qtbot.waitUntil(lambda: run.operator.dialog is not None, timeout=10000)
    run.operator.dialog.reject()  # "Stop the run"
    qtbot.waitUntil(lambda: run.task is None or not run.task.running, timeout=10000)
    qtbot.waitUntil(lambda: "Every point taken" in run.message.text(), timeout=5000)
    assert run.results.table.rowCount() == 1


def test_a_balance_typed_in_asks_for_each_weight_before_its_readings(qtbot, lab):
    from ui.typed_entry import PlaceWeightsDialog

    run = make_pane(qtbot, lab).run
    lab_id = device_of(lab, "balance", range_max=220)
    choose_device(run, lab_id)
    run.to_environment.click()
    run.start_button.click()
    assert run.typed_box.isVisible()  # a balance with no cable: its display is read and typed
    run.typed_box.setChecked(True)
    assert "readings typed in" in run.run_label.text()
    run.measure_button.click()
    assert not run.typed_box.isEnabled()  # how the readings come in is settled for the run
    asked, dialog, on_the_pan = [], None, None
    for _ in range(2 * len(run.plan.points)):
        qtbot.waitUntil(lambda d=dialog: run.operator.dialog not in (None, d), timeout=10000)
        dialog = run.operator.dialog
        if isinstance(dialog, PlaceWeightsDialog):
            asked.append(("weight", dialog.request.nominal))
            on_the_pan = dialog.request.certified.value
            dialog.ok_button.click()
        else:
            asked.append((dialog.request.what, dialog.request.nominal))
            for edit in dialog.fields:
                edit.setText(f"{on_the_pan + 0.0002:.4f}")
            dialog.ok_button.click()
    qtbot.waitUntil(lambda: run.finish_button.isVisible(), timeout=20000)
    assert run.typed_box.isEnabled()
    nominals = [p.nominal for p in run.plan.points]
    assert asked == [step for n in nominals for step in (("weight", n), ("unit under test", n))]
    run.finish_button.click()
    assert f"{lab_id} is measured" in run.summary.text()
    assert run.results.table.rowCount() == len(nominals)


def test_the_weights_dialog_gives_the_certified_mass_only_where_the_balance_shows_it(qtbot):
    from lab.calibration.standards import CertifiedValue
    from ui.typed_entry import PlaceWeightsDialog, StandardLabel, WeightsRequest

    heavy = CertifiedValue(200.0003, 0.0003, 0.00003, 2.0, 0.0)  # 0.3 mg above its nominal
    said = {}
    for step in (0.0001, 0.001):  # an analytical balance shows 0.3 mg; a 1 mg one does not
        request = WeightsRequest(200.0, "g", StandardLabel("W-E2-01"), heavy, step, first=False)
        dialog = PlaceWeightsDialog(request)
        qtbot.addWidget(dialog)
        said[step] = dialog.instructions.text()
    assert said[0.0001] == (
        "Take the previous weight off the pan.\n\n"
        "Test point 200 g: place the 200 g weight of the set W-E2-01 on the pan of the balance."
        "\n\nIts certified conventional mass is 200.0003 g.\n\n"
        "Once the weight is on the pan, the balance is read as soon as it is stable."
    )
    assert "certified conventional mass" not in said[0.001]


def test_the_refusals_of_a_run_and_its_sign_off_are_said_in_vietnamese(qtbot, lab, vietnamese):
    technician = make_pane(qtbot, lab)
    run = technician.run
    choose_device(run, "26-XYZ-99999")
    assert run.message.text() == "Không có thiết bị 26-XYZ-99999 trong danh mục thiết bị."
    choose_device(run, device_of(lab, "multimeter"))
    assert run.procedure_box.currentText().startswith("Hiệu chuẩn điện áp một chiều của đồng hồ")
    run.standard_box.setCurrentIndex(run.standard_box.findData("CAL-5500A-02"))
    assert run.standard_note.text().startswith("Không dùng được CAL-5500A-02 (")
    assert "đã hết hạn ngày" in run.standard_note.text()
    run.standard_box.setCurrentIndex(run.standard_box.findData("CAL-5520A-01"))
    run.to_environment.click()
    run.start_button.click()
    take_the_points_and_finish(qtbot, run)
    assert f"{run.plan.device.lab_id} ở trạng thái đã đo xong:" in run.summary.text()

    screen = technician.review
    technician.tabs.setCurrentWidget(screen)
    screen.password.setText(PASSWORDS["an.nv"])
    screen.sign(Meaning.REVIEWED)
    assert screen.message.text() == (
        "an.nv đã thực hiện các phép đo này; người khác phải soát xét."
    )
    reviewer = make_pane(qtbot, lab, "dung.hq").review
    assert reviewer.table.item(0, 4).text() == "đã đo xong"
    reviewer.password.setText("wrong password")
    reviewer.sign(Meaning.REVIEWED)
    assert reviewer.message.text() == "Mật khẩu sai; chưa ký gì cả."
    reviewer.password.setText(PASSWORDS["dung.hq"])
    reviewer.sign(Meaning.APPROVED)
    assert reviewer.message.text() == (
        f"Lần hiệu chuẩn {run.plan.calibration_id} đang ở trạng thái đã đo xong; chỉ lần hiệu "
        "chuẩn ở trạng thái "
        "đã soát xét mới chuyển được sang đã phê duyệt."
    )
