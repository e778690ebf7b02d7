"""Every driver against its simulator over a real pseudo-terminal (pyserial opens the tty)."""

from __future__ import annotations

import pytest

from instruments.drivers.fluke5520a import Fluke5520a as Calibrator
from instruments.drivers.hart_drywell import HartDryWell as DryWell
from instruments.drivers.hp34401a import Hp34401a as Multimeter
from instruments.drivers.mt_sics import MtSicsBalance as Balance
from instruments.errors import InstrumentReportedError
from instruments.measure import StabilityCriterion, readings_once_stable, source_and_settle
from instruments.pty_bridge import PtyBridge
from instruments.simulators import make_simulator

TIMEOUT = 0.3


@pytest.fixture
def bench():
    """Open a simulator behind a pty and its driver on the slave path; close both afterwards."""
    opened = []

    def connect(driver_cls, time_scale=0.0, seed=1):
        bridge = PtyBridge(make_simulator(driver_cls.simulator, seed=seed, time_scale=time_scale))
        driver = driver_cls.open(bridge.path, timeout=TIMEOUT)
        opened.append((driver, bridge))
        return driver, bridge.simulator

    yield connect
    for driver, bridge in opened:
        driver.close()
        bridge.close()


def test_multimeter_reads_each_function_from_the_applied_signal(bench):
    dmm, sim = bench(Multimeter)
    assert dmm.identify() == "HEWLETT-PACKARD,34401A,0,11-5-2"
    sim.apply("VOLT", 1.5)
    sim.apply("RES", 1000.0)
    assert dmm.read("DCV").value == pytest.approx(1.5, abs=1e-4)
    assert dmm.read("RES").value == pytest.approx(1000.0, abs=0.05)
    assert sim.remote


def test_multimeter_measure_and_trigger_fetch(bench):
    dmm, sim = bench(Multimeter)
    sim.apply("CURR:AC", 0.5)
    assert dmm.measure("ACI").value == pytest.approx(0.5, abs=1e-4)
    assert dmm.trigger_and_fetch().value == pytest.approx(0.5, abs=1e-4)
    dmm.reset()
    with pytest.raises(InstrumentReportedError, match="Data stale"):
        dmm.ask("FETC?")  # no reading since *RST: silence, and the queue says why


def test_multimeter_same_seed_gives_the_same_readings(bench):
    first, _ = bench(Multimeter, seed=7)
    second, _ = bench(Multimeter, seed=7)
    assert [first.read("DCV").value for _ in range(3)] == [
        second.read("DCV").value for _ in range(3)
    ]


def test_multimeter_overload_on_a_fixed_range(bench):
    dmm, sim = bench(Multimeter)
    dmm.read("DCV")
    dmm.dcv_range = 1
    sim.apply("VOLT", 5.0)
    reading = dmm.read("DCV")
    assert reading.overload and reading.value is None


def test_multimeter_unknown_query_times_out_and_the_queue_says_why(bench):
    dmm, sim = bench(Multimeter)
    with pytest.raises(InstrumentReportedError, match="Undefined header"):
        dmm.ask("VOLT:BOGUS?")
    assert not sim.errors  # the driver read the queue empty
    assert dmm.identify().startswith("HEWLETT-PACKARD")


def test_calibrator_sources_settles_and_returns_to_standby(bench):
    cal, sim = bench(Calibrator, time_scale=0.05)
    settled = source_and_settle(cal, 10.0, "V", time_limit=5.0)
    assert sim.operating and settled.settled_after_s >= 0.04
    assert cal.read("output").value == 10.0
    cal.standby()
    assert not sim.operating


def test_calibrator_above_33_volts_needs_operate_again(bench):
    cal, sim = bench(Calibrator)
    source_and_settle(cal, 10.0, "V")
    cal.source(100.0, "V")
    assert not cal.operating and not sim.operating
    source_and_settle(cal, 100.0, "V")
    assert sim.operating


def test_balance_swings_then_gives_a_stable_weight(bench):
    balance, sim = bench(Balance, time_scale=0.1)
    sim.place(100.0)
    assert balance.read("weight_now").stable is False
    stable = balance.read("weight")  # S waits for stability (about 0.15 s here)
    assert stable.stable and stable.value == pytest.approx(100.0, abs=0.0005)


def test_balance_zero_tare_and_overload(bench):
    balance, sim = bench(Balance)
    sim.place(10.0)
    assert balance.tare() == pytest.approx(10.0)
    sim.place(25.0)
    assert balance.read("weight").value == pytest.approx(15.0, abs=0.0005)
    sim.place(300.0)
    assert balance.read("weight").overload


def test_balance_lowercase_command_is_a_syntax_error(bench):
    balance, _ = bench(Balance)
    with pytest.raises(InstrumentReportedError, match="syntax"):
        balance.checked("si", "S")


def test_drywell_reaches_a_new_set_point_and_becomes_stable(bench):
    well, sim = bench(DryWell, time_scale=0.005)
    well.set_setpoint(30.0)
    result = readings_once_stable(
        lambda: well.read("temperature"),
        3,
        StabilityCriterion(window=4, tolerance=0.02, interval=0.02),
        time_limit=10.0,
    )
    assert all(abs(v - 30.0) < 0.02 for v in result.readings)
    assert result.unit == "degC"
