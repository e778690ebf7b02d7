"""Measurement helpers: stable readings and a settled source, stoppable from another thread."""

from __future__ import annotations

import threading
import time

import pytest

from instruments.drivers.fluke5520a import Fluke5520a
from instruments.drivers.mt_sics import MtSicsBalance
from instruments.errors import MeasurementCancelled, NotStable
from instruments.measure import StabilityCriterion, readings_once_stable, source_and_settle
from instruments.simulators import bench_simulator

_count = iter(range(10_000))


def open_on_bench(driver_cls, time_scale):
    bench = f"measure{next(_count)}"
    driver = driver_cls.open(
        f"sim://{driver_cls.simulator}?time_scale={time_scale}&bench={bench}", timeout=2.0
    )
    return driver, bench_simulator(driver_cls.simulator, bench)


def stop_after(seconds: float) -> threading.Event:
    event = threading.Event()
    threading.Timer(seconds, event.set).start()
    return event


def test_readings_are_taken_only_after_the_balance_is_stable():
    balance, sim = open_on_bench(MtSicsBalance, time_scale=0.1)
    sim.place(20.0)
    result = readings_once_stable(
        lambda: balance.read("weight_now"),
        5,
        StabilityCriterion(window=3, tolerance=0.0005, interval=0.01),
        time_limit=5.0,
    )
    assert len(result.readings) == 5
    assert all(abs(v - 20.0) < 0.0005 for v in result.readings)
    assert result.waited_s >= 0.1  # the load swung for 1.5 s × 0.1 first


def test_a_reading_that_never_settles_stops_at_the_time_limit_with_a_sentence():
    balance, sim = open_on_bench(MtSicsBalance, time_scale=0.0)
    sim.stable_forever = False
    sim.place(20.0)
    started = time.monotonic()
    with pytest.raises(NotStable, match="within 0.3 s"):
        readings_once_stable(
            lambda: balance.read("weight_now"),
            5,
            StabilityCriterion(window=3, tolerance=0.0005, interval=0.01),
            0.3,
        )
    assert time.monotonic() - started < 1.5


def test_waiting_for_stability_stops_when_another_thread_says_stop():
    balance, sim = open_on_bench(MtSicsBalance, time_scale=0.0)
    sim.stable_forever = False
    started = time.monotonic()
    with pytest.raises(MeasurementCancelled):
        readings_once_stable(
            lambda: balance.read("weight_now"),
            5,
            StabilityCriterion(window=3, tolerance=0.0005, interval=0.05),
            time_limit=30.0,
            cancel=stop_after(0.2),
        )
    assert time.monotonic() - started < 1.0


def test_sourcing_waits_for_settled_and_reports_how_long():
    cal, sim = open_on_bench(Fluke5520a, time_scale=0.1)
    settled = source_and_settle(cal, 1.0, "V", frequency=1000.0, time_limit=5.0)
    assert sim.operating and sim.output.frequency == 1000.0
    assert settled.settled_after_s >= 0.09


def test_stopping_a_source_leaves_the_calibrator_in_standby():
    cal, sim = open_on_bench(Fluke5520a, time_scale=10.0)  # settling takes 10 s
    with pytest.raises(MeasurementCancelled):
        source_and_settle(cal, 10.0, "V", time_limit=60.0, cancel=stop_after(0.2))
    assert not sim.operating


def test_a_source_that_does_not_settle_in_time_is_left_in_standby():
    cal, sim = open_on_bench(Fluke5520a, time_scale=10.0)
    with pytest.raises(NotStable, match="standby"):
        source_and_settle(cal, 10.0, "V", time_limit=0.2)
    assert not sim.operating
