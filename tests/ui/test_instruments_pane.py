"""The Instruments pane: simulators offered, connect, identify, live readings, failures said."""

from __future__ import annotations

import pytest

from instruments.simulators import bench_simulator
from ui.context import PaneContext
from ui.panes.instruments import InstrumentsPane


@pytest.fixture
def pane(qtbot):
    widget = InstrumentsPane(PaneContext(database=None, demo=True))
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    yield widget
    widget.disconnect_instrument()


def choose(pane, driver: str, port: str) -> None:
    pane.driver_box.setCurrentIndex(pane.driver_box.findData(driver))
    pane.port_box.setEditText(port)


def connect(qtbot, pane, driver: str, port: str) -> None:
    choose(pane, driver, port)
    pane.connect_button.click()
    qtbot.waitUntil(lambda: pane.driver is not None and not pane.task.running, timeout=5000)


def test_every_driver_is_offered_with_its_simulator_among_the_ports(pane):
    drivers = [pane.driver_box.itemData(i) for i in range(pane.driver_box.count())]
    ports = [pane.port_box.itemData(i) for i in range(pane.port_box.count())]
    assert drivers == ["hp34401a", "fluke5520a", "mt_sics", "hart9102s"]
    assert {f"sim://{d}" for d in drivers} <= set(ports)


def test_choosing_a_driver_offers_its_readings_and_its_simulator(pane):
    pane.port_box.setCurrentIndex(pane.port_box.findData("sim://hp34401a"))
    pane.driver_box.setCurrentIndex(pane.driver_box.findData("mt_sics"))
    assert pane.function_box.itemData(0) == "weight"
    assert pane.chosen_port() == "sim://mt_sics"


def test_connect_and_identify_a_simulator(qtbot, pane):
    connect(qtbot, pane, "hp34401a", "sim://hp34401a?time_scale=0")
    assert pane.connect_button.text() == "Disconnect"
    assert not pane.port_box.isEnabled()
    pane.identify_button.click()
    qtbot.waitUntil(lambda: pane.identity_label.text() != "", timeout=5000)
    assert pane.identity_label.text() == "HEWLETT-PACKARD,34401A,0,11-5-2"


def test_live_readings_reach_the_plot_and_stop_cleanly(qtbot, pane):
    connect(qtbot, pane, "hp34401a", "sim://hp34401a?time_scale=0")
    pane.live_button.click()
    assert pane.live_button.text() == "Stop readings"
    qtbot.waitUntil(lambda: len(pane.plot.values) >= 3, timeout=5000)
    assert all(abs(v - 10.0) < 1e-3 for v in pane.plot.values)
    pane.live_button.click()
    qtbot.waitUntil(lambda: not pane.task.running, timeout=5000)
    count = len(pane.plot.values)
    qtbot.wait(600)
    assert len(pane.plot.values) == count
    assert pane.status_label.text() == "Readings stopped."
    assert pane.live_button.text() == "Start readings" and pane.identify_button.isEnabled()


def test_a_pulled_cable_during_live_readings_is_a_plain_sentence(qtbot, pane):
    connect(qtbot, pane, "hp34401a", "sim://hp34401a?time_scale=0&fault=disconnect&after=8")
    pane.live_button.click()
    qtbot.waitUntil(lambda: "was lost" in pane.status_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: not pane.task.running, timeout=5000)
    assert pane.status_label.text().startswith("The connection to the HP 34401A multimeter")
    assert pane.driver is None and pane.connect_button.text() == "Connect"
    assert pane.port_box.isEnabled()


def test_a_port_that_does_not_open_is_a_plain_sentence(qtbot, pane):
    choose(pane, "mt_sics", "/dev/caldesk-no-such-port")
    pane.connect_button.click()
    qtbot.waitUntil(lambda: "could not be opened" in pane.status_label.text(), timeout=5000)
    assert pane.driver is None


def test_disconnect_while_reading_stops_and_puts_the_calibrator_in_standby(qtbot, pane):
    connect(qtbot, pane, "fluke5520a", "sim://fluke5520a?time_scale=0&bench=pane")
    simulator = bench_simulator("fluke5520a", "pane")
    pane.driver.source(1.0, "V")
    pane.driver.operate()
    assert simulator.operating
    pane.live_button.click()
    qtbot.waitUntil(lambda: len(pane.plot.values) >= 2, timeout=5000)
    pane.connect_button.click()
    assert pane.driver is None and not pane.task.running
    assert not simulator.operating


def test_the_plot_draws_readings_and_leaves_a_gap_at_an_overload(qtbot):
    from instruments.drivers import Reading
    from ui.panes.instruments import ReadingPlot

    plot = ReadingPlot()
    qtbot.addWidget(plot)
    plot.resize(400, 240)
    blank = plot.grab().toImage()
    for value in (1.0, 2.0, None, 3.0, 2.5):
        plot.add(Reading("DCV", value, "V", overload=value is None))
    drawn = plot.grab().toImage()

    def line_pixels(image):
        return sum(
            1
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
            if image.pixelColor(x, y).blue() > 150 and image.pixelColor(x, y).red() < 90
        )

    assert line_pixels(blank) == 0 and line_pixels(drawn) > 20


# --- the failures said in Vietnamese ----------------------------------------------------------


def test_a_port_that_does_not_open_is_said_in_vietnamese(qtbot, vietnamese, pane):
    choose(pane, "mt_sics", "/dev/caldesk-no-such-port")
    pane.connect_button.click()
    qtbot.waitUntil(lambda: "Không mở được" in pane.status_label.text(), timeout=5000)
    assert pane.status_label.text().startswith(
        "Không mở được cổng /dev/caldesk-no-such-port cho cân Mettler Toledo: "
    )
    assert pane.driver is None


def test_a_garbled_reply_on_a_pseudo_terminal_is_said_in_vietnamese(qtbot, vietnamese, pane):
    from instruments.pty_bridge import PtyBridge
    from instruments.simulators import make_simulator
    from instruments.simulators.base import Fault

    with PtyBridge(make_simulator("mt_sics", time_scale=0), Fault("garbage")) as bridge:
        choose(pane, "mt_sics", bridge.path)
        pane.connect_button.click()
        qtbot.waitUntil(lambda: "tốc độ baud" in pane.status_label.text(), timeout=10000)
    said = pane.status_label.text()
    assert said.startswith(f"Cân Mettler Toledo trên cổng {bridge.path} gửi các byte không phải")
    assert said.endswith("; hãy kiểm tra tốc độ baud và cáp.")
    assert pane.driver is None
    pane.grab().save("/tmp/instruments_pane_garbled_vi.png")


def test_a_pulled_cable_during_live_readings_is_said_in_vietnamese(qtbot, vietnamese, pane):
    url = "sim://hp34401a?time_scale=0&fault=disconnect&after=8"
    connect(qtbot, pane, "hp34401a", url)
    assert pane.status_label.text() == f"Đã kết nối với đồng hồ vạn năng HP 34401A qua {url}."
    pane.live_button.click()
    qtbot.waitUntil(lambda: "Mất kết nối" in pane.status_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: not pane.task.running, timeout=5000)
    assert pane.status_label.text() == (
        f"Mất kết nối với đồng hồ vạn năng HP 34401A trên cổng {url}; "
        "hãy kiểm tra cáp và nguồn điện, rồi kết nối lại."
    )
