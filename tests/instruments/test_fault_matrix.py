"""Each serial fault × each driver × both front-ends (instruments.md 6).

A fault ends in the right typed error, or in the right reading where the transport is meant to
cope (split replies, echo); afterwards the link is clean: once the fault is gone and the
instrument has finished sending, the next answer is the right one (no reply shifted by one).
The calibrator is in standby after every failure, or, when the cable was pulled, as soon as it
is connected again.
"""

from __future__ import annotations

import itertools
import time

import pytest

from instruments.drivers.base import Driver
from instruments.drivers.fluke5520a import Fluke5520a
from instruments.drivers.hart_drywell import HartDryWell
from instruments.drivers.hp34401a import Hp34401a
from instruments.drivers.mt_sics import MtSicsBalance
from instruments.errors import GarbledReply, LinkLost, LinkTimeout
from instruments.pty_bridge import PtyBridge
from instruments.simulators import bench_simulator, make_simulator
from instruments.simulators.base import FAULT_KINDS, Fault

TIMEOUT = 0.25  # generous: the CI machine is shared; a hiccup must not look like a fault
EXPECTED = {
    "delay": LinkTimeout,
    "lost_terminator": LinkTimeout,
    "garbage": GarbledReply,
    "disconnect": LinkLost,
    "split": None,  # whole lines are assembled across reads
    "echo": None,  # an echoed command line is skipped
}
# What each driver does under the fault, and the value it must read when the link copes.
SETUP = {
    Hp34401a: (lambda d, sim: sim.apply("VOLT", 10.0), "DCV", 10.0, 1e-3),
    Fluke5520a: (lambda d, sim: (d.source(10.0, "V"), d.operate()), "output", 10.0, 0.0),
    MtSicsBalance: (lambda d, sim: sim.place(50.0), "weight", 50.0, 1e-3),
    HartDryWell: (lambda d, sim: None, "temperature", 25.0, 0.05),
}
_benches = itertools.count()


class SimFrontEnd:
    """``sim://`` on a named bench, so a reconnect finds the same instrument."""

    def __init__(self, driver_cls: type[Driver]) -> None:
        self.url = f"sim://{driver_cls.simulator}?time_scale=0&bench=matrix{next(_benches)}"
        self.driver_cls = driver_cls

    def connect(self) -> Driver:
        driver = self.driver_cls.open(self.url, timeout=TIMEOUT)
        self.link = driver.transport.port.link
        self.simulator = bench_simulator(self.driver_cls.simulator, self.url.rsplit("=", 1)[1])
        return driver

    def close(self) -> None:
        pass


class PtyFrontEnd:
    """A simulator behind a pseudo-terminal; a reconnect is a new pty to the same simulator."""

    def __init__(self, driver_cls: type[Driver]) -> None:
        self.driver_cls = driver_cls
        self.simulator = make_simulator(driver_cls.simulator, seed=3, time_scale=0.0)
        self.bridges: list[PtyBridge] = []

    def connect(self) -> Driver:
        bridge = PtyBridge(self.simulator)
        self.bridges.append(bridge)
        self.link = bridge.link
        return self.driver_cls.open(bridge.path, timeout=TIMEOUT)

    def close(self) -> None:
        for bridge in self.bridges:
            bridge.close()


def in_standby_soon(simulator, within: float = 1.0) -> bool:
    """Over a pty the simulator thread takes the STBY line a moment after the host wrote it."""
    deadline = time.monotonic() + within
    while simulator.operating and time.monotonic() < deadline:
        time.sleep(0.005)
    return not simulator.operating


def wait_until_quiet(link) -> None:
    time.sleep(max(0.0, link.quiet_at - time.monotonic()) + 0.05)


@pytest.mark.parametrize("front_end", [SimFrontEnd, PtyFrontEnd], ids=["sim", "pty"])
@pytest.mark.parametrize("driver_cls", list(SETUP), ids=lambda c: c.name)
@pytest.mark.parametrize("fault", FAULT_KINDS)
def test_fault_ends_in_the_right_outcome_and_a_clean_link(fault, driver_cls, front_end):
    setup, function, expected_value, tolerance = SETUP[driver_cls]
    bench = front_end(driver_cls)
    driver = bench.connect()
    try:
        setup(driver, bench.simulator)
        bench.link.fault = Fault(fault, seconds=1.2)
        outcome = EXPECTED[fault]
        if outcome is None:
            assert driver.read(function).value == pytest.approx(expected_value, abs=tolerance)
        else:
            with pytest.raises(outcome) as failure:
                driver.read(function)
            assert str(failure.value).endswith(".")  # a sentence, not a traceback
            if driver_cls is Fluke5520a and fault != "disconnect":
                assert in_standby_soon(bench.simulator)
        bench.link.fault = None
        if fault == "disconnect":
            assert not driver.transport.is_open
            if driver_cls is Fluke5520a:
                assert bench.simulator.operating  # nobody could tell it; connect must
            driver = bench.connect()
            if driver_cls is Fluke5520a:
                assert in_standby_soon(bench.simulator)
        wait_until_quiet(bench.link)
        assert driver.read(function).value == pytest.approx(expected_value, abs=tolerance)
        assert driver.identify() == driver.identify()
    finally:
        driver.close()
        bench.close()


def test_a_single_garbled_reply_to_a_safe_query_is_asked_again():
    bench = SimFrontEnd(Hp34401a)
    driver = bench.connect()
    bench.link.fault = Fault("garbage", after=bench.link.commands_seen)
    # Only the next reply is hit: lift the fault once the first answer has gone out.
    original = bench.link._answer

    def once(command):
        pieces = original(command)
        bench.link.fault = None
        return pieces

    bench.link._answer = once
    assert driver.identify() == "HEWLETT-PACKARD,34401A,0,11-5-2"
    assert [c for c, _ in bench.link.transcript].count("*IDN?") == 2


def test_a_garbled_reply_to_a_command_that_changes_state_is_not_repeated():
    bench = SimFrontEnd(MtSicsBalance)
    balance = bench.connect()
    bench.link.fault = Fault("garbage")
    with pytest.raises(GarbledReply):
        balance.tare()
    assert [c for c, _ in bench.link.transcript].count("T") == 1
