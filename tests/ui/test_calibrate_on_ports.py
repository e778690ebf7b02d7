"""The Calibrate pane with the instruments on serial ports: each instrument simulated or on a
port (listed, or typed: here real pseudo-terminals with a simulator behind), Test connection, the
choice remembered per workstation; a DC voltage run as found, adjusted and as left; the cable
pulled mid-run; and the demo's simulated meter adjusted back into tolerance."""

from __future__ import annotations

import os
import tty

import pytest

from instruments.pty_bridge import PtyBridge
from instruments.simulators import make_simulator
from lab.calibration.runs import calibration_report
from lab.users import log_in
from tests.lab.calibration.lab_helpers import PASSWORDS, device_of, drifted_device
from tests.lab.calibration.test_calibrate_on_ports import PtyBench
from tests.ui.test_calibrate_pane import choose_device, lab, make_pane  # noqa: F401 - fixture
from ui.context import PaneContext
from ui.panes.calibrate import CalibratePane
from ui.qt import QSettings
from ui.settings import Settings

ADJUSTED = "Nulled the DC offset and trimmed the 10 V gain"


@pytest.fixture
def pty_bench():
    benches = []

    def make(time_scale: float = 0.0) -> PtyBench:
        benches.append(PtyBench(time_scale))
        return benches[-1]

    yield make
    for bench in benches:
        bench.close()


def settings_in(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat))


def pane_with_settings(qtbot, lab, settings):  # noqa: F811
    context = PaneContext(database=lab, user=log_in(lab, "an.nv", PASSWORDS["an.nv"]),
                          settings=settings, demo=True)  # fmt: skip
    pane = CalibratePane(context)
    qtbot.addWidget(pane)
    pane.resize(1200, 900)
    pane.show()
    return pane


def put_on_ports(run, bench):
    run.connections.row("reference").port_box.setCurrentText(bench.reference.path)
    run.connections.row("unit under test").port_box.setCurrentText(bench.uut.path)


def start_on_ports(qtbot, run, lab, bench):  # noqa: F811
    choose_device(run, device_of(lab, "multimeter"))
    put_on_ports(run, bench)
    run.to_environment.click()
    run.start_button.click()
    assert run.stack.currentIndex() == 2
    assert bench.reference.path in run.run_label.text()


def phases(lab, calibration_id):  # noqa: F811
    with lab.read_session() as session:
        report = calibration_report(session, calibration_id)
    return (
        report,
        [p for p in report["points"] if p["phase"] == "as_found"],
        [p for p in report["points"] if p["phase"] == "as_left"],
    )


def test_each_instrument_is_simulated_or_on_a_port_with_the_drivers_settings(qtbot, lab):  # noqa: F811
    run = make_pane(qtbot, lab).run
    choose_device(run, device_of(lab, "multimeter"))
    rows = run.connections.rows
    assert [(r.role, r.driver) for r in rows] == [
        ("reference", "fluke5520a"),
        ("unit under test", "hp34401a"),
    ]
    assert all(r.is_simulated() for r in rows)
    assert rows[0].serial_settings.text() == "9600 8N1, XON/XOFF"
    assert rows[1].serial_settings.text() == "9600 8N2, DTR/DSR"
    rows[1].baud_box.setCurrentIndex(rows[1].baud_box.findData(19200))
    assert rows[1].serial_settings.text() == "19200 8N2, DTR/DSR"
    rows[1].port_box.setCurrentText("/dev/ttyUSB0")
    assert rows[1].choice().url == "/dev/ttyUSB0" and rows[1].choice().baudrate == 19200
    run.grab().save("/tmp/calibrate_instruments_step.png")


def test_test_connection_names_what_answered_and_what_did_not(qtbot, lab, pty_bench):  # noqa: F811
    bench = pty_bench()
    run = make_pane(qtbot, lab).run
    choose_device(run, device_of(lab, "multimeter"))
    master, slave = os.openpty()  # a port with nothing behind it: the instrument is off
    tty.setraw(slave)
    silent = os.ttyname(slave)
    try:
        reference, uut = run.connections.row("reference"), run.connections.row("unit under test")
        reference.port_box.setCurrentText(bench.reference.path)
        uut.port_box.setCurrentText(silent)
        reference.test_button.click()
        uut.test_button.click()
        assert not uut.test_button.isEnabled()  # asking, off the GUI thread
        qtbot.waitUntil(lambda: "answered" in reference.result.text(), timeout=10000)
        assert reference.result.text().startswith(
            f"The Fluke 5520A calibrator answered on {bench.reference.path}: FLUKE,5520A"
        )
        qtbot.waitUntil(lambda: uut.test_button.isEnabled(), timeout=20000)
        assert uut.result.text().startswith(f"No answer on {silent} within ")
        assert "remote mode" in uut.result.text()
        run.grab().save("/tmp/calibrate_test_connection.png")
    finally:
        os.close(slave)
        os.close(master)


def test_the_ports_chosen_are_remembered_on_this_workstation(qtbot, lab, pty_bench, tmp_path):  # noqa: F811
    bench = pty_bench()
    settings = settings_in(tmp_path)
    run = pane_with_settings(qtbot, lab, settings).run
    choose_device(run, device_of(lab, "multimeter"))
    put_on_ports(run, bench)
    run.connections.row("unit under test").baud_box.setCurrentIndex(
        run.connections.row("unit under test").baud_box.findData(19200)
    )
    run.to_environment.click()
    run.start_button.click()
    again = pane_with_settings(qtbot, lab, settings_in(tmp_path)).run
    choose_device(again, device_of(lab, "multimeter"))
    assert again.connections.row("reference").port_box.currentText() == bench.reference.path
    uut = again.connections.row("unit under test")
    assert uut.port_box.currentText() == bench.uut.path and uut.baud_box.currentData() == 19200


def test_a_dc_voltage_run_on_ptys_as_found_adjusted_and_as_left(qtbot, lab, pty_bench):  # noqa: F811
    bench = pty_bench()
    pane = make_pane(qtbot, lab)
    run = pane.run
    start_on_ports(qtbot, run, lab, bench)
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.adjust_button.isVisible(), timeout=30000)
    _, found, left = phases(lab, run.plan.calibration_id)
    assert found == [] and {p["verdict"] for p in left} == {"fail"}  # not yet adjusted
    assert "Every point is taken as found" in run.run_label.text()
    run.grab().save("/tmp/calibrate_as_found.png")

    run.adjust_button.click()
    dialog = run.adjust_dialog
    assert dialog.isVisible()
    bench.adjust_the_meter()  # the technician trims the meter, then says what was done
    dialog.setTextValue(ADJUSTED)
    dialog.accept()
    assert "Adjustment recorded" in run.message.text()
    assert run.measure_button.text() == "Take the points as left"
    assert run.progress.value() == 0
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.stack.currentIndex() == 3, timeout=30000)

    report, found, left = phases(lab, run.plan.calibration_id)
    assert report["state"] == "measured" and report["adjustment"]["what"] == ADJUSTED
    assert [p["verdict"] for p in found] == ["fail"] * 5
    assert [p["verdict"] for p in left] == ["pass"] * 5
    table = run.results.table
    assert table.rowCount() == 10
    assert [table.item(y, 0).text() for y in range(10)] == ["as found"] * 5 + ["as left"] * 5
    assert len(run.results.plot.points) == 10 and run.results.plot.adjusted
    assert "5 of 5 points pass" in run.summary.text() and ADJUSTED in run.summary.text()
    pane.grab().save("/tmp/calibrate_as_left.png")
    run.results.plot.grab().save("/tmp/calibrate_plot_both_phases.png")


def test_the_cable_pulled_mid_run_is_said_and_the_run_resumes(qtbot, lab, pty_bench):  # noqa: F811
    bench = pty_bench(time_scale=0.2)
    bench.adjust_the_meter()
    run = make_pane(qtbot, lab).run
    start_on_ports(qtbot, run, lab, bench)
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.progress.value() >= 2, timeout=30000)
    bench.uut.pull_cable()
    qtbot.waitUntil(lambda: "The run stopped" in run.message.text(), timeout=30000)
    assert (
        f"The connection to the HP 34401A multimeter on {bench.uut.path} was lost"
        in run.message.text()
    )
    assert "Every point taken before is saved" in run.message.text()
    _, _, kept = phases(lab, run.plan.calibration_id)
    assert 2 <= len(kept) < 5 and run.results.table.rowCount() == len(kept)
    assert run.measure_button.isEnabled()
    run.grab().save("/tmp/calibrate_cable_pulled.png")

    bench.plug_in_again()  # back in, on a new device path: the port is changed on this step
    put_on_ports(run, bench)
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.finish_button.isVisible(), timeout=30000)
    _, _, left = phases(lab, run.plan.calibration_id)
    assert left[: len(kept)] == kept and len(left) == 5
    run.finish_button.click()
    assert run.stack.currentIndex() == 3


def test_the_demo_meter_out_of_tolerance_is_adjusted_on_the_simulated_bench(qtbot, lab):  # noqa: F811
    drifted = drifted_device(lab, "multimeter")
    run = make_pane(qtbot, lab).run
    choose_device(run, drifted)
    run.to_environment.click()
    run.start_button.click()
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.adjust_button.isVisible(), timeout=30000)
    run.adjust_button.click()
    run.adjust_dialog.setTextValue("   ")
    run.adjust_dialog.accept()
    assert "Say in a sentence what was adjusted" in run.message.text()
    assert run.adjust_button.isVisible()
    run.adjust_button.click()
    run.adjust_dialog.setTextValue(ADJUSTED)
    run.adjust_dialog.accept()
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.stack.currentIndex() == 3, timeout=30000)
    _, found, left = phases(lab, run.plan.calibration_id)
    assert {p["verdict"] for p in found} == {"fail"} and {p["verdict"] for p in left} == {"pass"}


def test_a_draft_stopped_in_the_as_left_points_resumes_as_left(qtbot, lab):  # noqa: F811
    pane = make_pane(qtbot, lab)
    run = pane.run
    choose_device(run, drifted_device(lab, "multimeter"))
    run.to_environment.click()
    run.start_button.click()
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.adjust_button.isVisible(), timeout=30000)
    run.adjust_button.click()
    run.adjust_dialog.setTextValue(ADJUSTED)
    run.adjust_dialog.accept()
    run.measure_button.click()
    run.stop_button.click()
    qtbot.waitUntil(lambda: "Stopped." in run.message.text(), timeout=30000)
    _, found, left = phases(lab, run.plan.calibration_id)
    assert len(found) == 5 and len(left) < 5

    again = make_pane(qtbot, lab)
    assert again.drafts_table.rowCount() == 1
    again.drafts_table.selectRow(0)
    again.resume_button.click()
    resumed = again.run
    assert f"Adjusted: {ADJUSTED}. Points as left." in resumed.run_label.text()
    assert resumed.measure_button.text() == "Take the points as left"
    assert resumed.progress.value() == len(left)
    assert resumed.results.table.rowCount() == 5 + len(left)
    resumed.measure_button.click()
    qtbot.waitUntil(lambda: resumed.stack.currentIndex() == 3, timeout=30000)
    _, found_after, left_after = phases(lab, resumed.plan.calibration_id)
    assert found_after == found and left_after[: len(left)] == left and len(left_after) == 5


def test_test_connection_says_in_vietnamese_why_nothing_answered(qtbot, vietnamese):
    from ui.panes.calibration_connections import ConnectionRow
    from ui.settings import InstrumentPort

    row = ConnectionRow("unit under test", "hp34401a", InstrumentPort())
    qtbot.addWidget(row)
    assert row.name.text().startswith("Đồng hồ vạn năng HP 34401A (")
    master, slave = os.openpty()  # a port with nothing behind it: the meter is off
    tty.setraw(slave)
    silent = os.ttyname(slave)
    try:
        row.port_box.setCurrentText(silent)
        row.test_button.click()
        qtbot.waitUntil(lambda: row.test_button.isEnabled(), timeout=20000)
    finally:
        os.close(slave)
        os.close(master)
    said = row.result.text()
    assert said.startswith(f"Không có trả lời trên cổng {silent} trong vòng "), said
    assert "kiểm tra đồng hồ vạn năng HP 34401A đã bật nguồn" in said
    assert said.endswith("cài đặt cổng nối tiếp của thiết bị là 9600 8N2, DTR/DSR.")


def test_test_connection_says_a_garbled_reply_in_vietnamese(qtbot, vietnamese):
    from ui.panes.calibration_connections import ConnectionRow
    from ui.settings import InstrumentPort

    url = "sim://hp34401a?time_scale=0&fault=garbage"
    row = ConnectionRow("unit under test", "hp34401a", InstrumentPort())
    qtbot.addWidget(row)
    row.port_box.setCurrentText(url)
    row.test_button.click()
    qtbot.waitUntil(lambda: row.test_button.isEnabled(), timeout=20000)
    said = row.result.text()
    assert said.startswith(f"Đồng hồ vạn năng HP 34401A trên cổng {url} gửi các byte"), said
    assert said.endswith(
        "; hãy kiểm tra tốc độ baud và cáp. Cài đặt cổng nối tiếp đã thử: 9600 8N2, DTR/DSR."
    )


def test_the_cable_pulled_mid_run_is_said_in_vietnamese(qtbot, lab, pty_bench, vietnamese):  # noqa: F811
    bench = pty_bench(time_scale=0.2)
    run = make_pane(qtbot, lab).run
    start_on_ports(qtbot, run, lab, bench)
    run.measure_button.click()
    qtbot.waitUntil(lambda: run.progress.value() >= 2, timeout=30000)
    bench.uut.pull_cable()
    qtbot.waitUntil(lambda: "Phép đo đã dừng" in run.message.text(), timeout=30000)
    assert run.message.text() == (
        f"Phép đo đã dừng: Mất kết nối với đồng hồ vạn năng HP 34401A trên cổng "
        f"{bench.uut.path}; hãy kiểm tra cáp và nguồn điện, rồi kết nối lại. "
        "Mọi điểm đã đo trước đó đều được lưu."
    )


# --- a balance on its port: the technician places each weight, the driver reads the balance ------
BALANCE_ERROR_G = 0.0003  # the balance reads 0.3 mg high at every load: three display steps


@pytest.fixture
def balance_on_a_pty():
    """A simulated XS204 behind a real pseudo-terminal, as if on its RS-232 cable."""
    balance = make_simulator("mt_sics", seed=5, time_scale=0.0)
    bridge = PtyBridge(balance)
    yield bridge
    bridge.close()


def start_the_balance_on_its_port(qtbot, lab, bridge):  # noqa: F811
    run = make_pane(qtbot, lab).run
    choose_device(run, device_of(lab, "balance", range_max=220))
    run.connections.row("unit under test").port_box.setCurrentText(bridge.path)
    run.to_environment.click()
    run.start_button.click()
    assert run.stack.currentIndex() == 2 and not run.typed_box.isChecked()
    run.measure_button.click()
    return run


def next_dialog(qtbot, run, before=None):
    qtbot.waitUntil(
        lambda: run.operator.dialog is not None and run.operator.dialog is not before,
        timeout=20000,
    )
    return run.operator.dialog


def place_the_weight(bridge, dialog):
    """What the technician does before pressing OK: the certified weight on the pan."""
    bridge.simulator.place(dialog.request.certified.value + BALANCE_ERROR_G)
    dialog.ok_button.click()


def test_a_balance_on_its_port_asks_for_each_weight_and_reads_the_balance(
    qtbot,
    lab,  # noqa: F811
    balance_on_a_pty,
):
    bridge = balance_on_a_pty
    run = start_the_balance_on_its_port(qtbot, lab, bridge)
    total = len(run.plan.points)
    asked, dialog = [], None
    for _ in range(total):
        dialog = next_dialog(qtbot, run, dialog)
        asked.append(dialog.instructions.text())
        assert dialog.request.nominal == run.plan.points[len(asked) - 1].nominal
        place_the_weight(bridge, dialog)
    qtbot.waitUntil(lambda: run.finish_button.isVisible(), timeout=30000)
    assert asked[0] == (
        "First empty the pan and zero the balance.\n\n"
        "Test point 1 g: place the 1 g weight of the set W-E2-01 (serial K-E2-0457) on the pan "
        "of the balance.\n\n"
        "Once the weight is on the pan, the balance is read as soon as it is stable."
    )
    assert all(text.startswith("Take the previous weight off the pan.") for text in asked[1:])
    assert "place the 200 g weight of the set W-E2-01" in asked[-1]
    run.finish_button.click()
    report, _, points = phases(lab, run.plan.calibration_id)
    assert report["state"] == "measured" and len(points) == total
    assert run.results.table.rowCount() == total
    for point in points:  # the balance was read through its driver, with the weight on the pan
        assert point["error"] == pytest.approx(BALANCE_ERROR_G, abs=0.00005)
        assert len(point["readings"]) == 3
    run.window().grab().save("/tmp/calibrate_balance_on_its_port.png")


def test_stop_at_the_weights_dialog_keeps_the_points_before_it(qtbot, lab, balance_on_a_pty):  # noqa: F811
    bridge = balance_on_a_pty
    run = start_the_balance_on_its_port(qtbot, lab, bridge)
    dialog = None
    for _ in range(2):
        dialog = next_dialog(qtbot, run, dialog)
        place_the_weight(bridge, dialog)
    dialog = next_dialog(qtbot, run, dialog)
    assert dialog.request.nominal == run.plan.points[2].nominal
    dialog.reject()  # "Stop the run"
    qtbot.waitUntil(lambda: "Stopped." in run.message.text(), timeout=20000)
    assert run.message.text() == ("Stopped. Every point taken is saved; resume the draft to go on.")
    _, _, kept = phases(lab, run.plan.calibration_id)
    assert [p["nominal"] for p in kept] == [p.nominal for p in run.plan.points[:2]]
    assert run.results.table.rowCount() == 2 and run.measure_button.isEnabled()
    assert run.operator.dialog is None


def test_the_weights_dialog_says_in_vietnamese_which_weight_to_place(
    qtbot,
    lab,  # noqa: F811
    balance_on_a_pty,
    vietnamese,
):
    bridge = balance_on_a_pty
    run = start_the_balance_on_its_port(qtbot, lab, bridge)
    dialog = next_dialog(qtbot, run)
    assert dialog.windowTitle() == "Đặt quả cân chuẩn"
    assert dialog.instructions.text() == (
        "Trước hết hãy để trống đĩa cân và đặt cân về không.\n\n"
        "Điểm đo 1 g: đặt quả cân chuẩn 1 g của bộ quả cân W-E2-01 (số sê-ri K-E2-0457) lên "
        "đĩa cân.\n\n"
        "Khi quả cân đã nằm trên đĩa cân, cân được đọc ngay khi chỉ thị ổn định."
    )
    assert dialog.ok_button.text() == "Quả cân đã ở trên đĩa cân"
    place_the_weight(bridge, dialog)
    dialog = next_dialog(qtbot, run, dialog)
    assert dialog.instructions.text().startswith("Hãy nhấc quả cân trước ra khỏi đĩa cân.")
    dialog.reject()
    qtbot.waitUntil(lambda: run.message.text().startswith("Đã dừng."), timeout=20000)
    assert run.message.text() == (
        "Đã dừng. Mọi điểm đã đo đều được lưu; tiếp tục bản nháp để đo tiếp."
    )


def test_the_serial_settings_are_said_in_vietnamese(qtbot, vietnamese):
    from ui.panes.calibration_connections import ConnectionRow
    from ui.settings import InstrumentPort

    balance = ConnectionRow("unit under test", "mt_sics", InstrumentPort())
    meter = ConnectionRow("unit under test", "hp34401a", InstrumentPort())
    qtbot.addWidget(balance)
    qtbot.addWidget(meter)
    assert balance.serial_settings.text() == "9600 8N1, không bắt tay"
    assert meter.serial_settings.text() == "9600 8N2, DTR/DSR"  # the instrument menu's words
