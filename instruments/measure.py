"""Measurement helpers for calibration procedures: stable readings, a settled source.

Both take a ``threading.Event`` so that another thread (the Stop button) can end them between
two exchanges; both stop at a stated time limit with :class:`~instruments.errors.NotStable`.
A calibrator is put in standby whenever :func:`source_and_settle` does not return normally.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from instruments.drivers.base import Reading
from instruments.drivers.fluke5520a import Fluke5520a
from instruments.errors import MeasurementCancelled, NotStable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StabilityCriterion:
    """Stable when the last ``window`` readings spread (max − min) no more than ``tolerance``,
    none is an overload, and the instrument does not flag any of them as dynamic (MT-SICS ``D``).

    >>> StabilityCriterion(window=5, tolerance=0.002).describe("V")
    'the last 5 readings within 0.002 V'
    """

    window: int = 5
    tolerance: float = 0.0
    interval: float = 0.0  # seconds between readings, on top of the instrument's own time

    def describe(self, unit: str) -> str:
        return f"the last {self.window} readings within {self.tolerance:g} {unit}".rstrip()


@dataclass(frozen=True)
class StableReadings:
    """``count`` readings taken after the criterion was met, and how long that took."""

    function: str
    unit: str
    readings: tuple[float, ...]
    waited_s: float
    criterion: StabilityCriterion


@dataclass(frozen=True)
class SettledOutput:
    amplitude: float
    unit: str
    frequency: float
    settled_after_s: float


def _check_cancel(cancel: threading.Event | None, what: str) -> None:
    if cancel is not None and cancel.is_set():
        raise MeasurementCancelled(f"{what} was stopped.")


def _not_stable(
    function: str, criterion: StabilityCriterion, unit: str, time_limit: float
) -> NotStable:
    """The criterion said in the sentence itself (not as :meth:`StabilityCriterion.describe`'s
    English phrase), so the whole of it can be translated; a unitless reading names no unit."""
    values = {
        "function": function,
        "window": criterion.window,
        "tolerance": criterion.tolerance,
        "unit": unit,
        "seconds": time_limit,
    }
    if unit:
        return NotStable(
            "The {function} reading did not become stable (the last {window} readings within "
            "{tolerance:g} {unit}) within {seconds:g} s.",
            values=values,
        )
    return NotStable(
        "The {function} reading did not become stable (the last {window} readings within "
        "{tolerance:g}) within {seconds:g} s.",
        values=values,
    )


def _pause(cancel: threading.Event | None, seconds: float) -> None:
    if seconds > 0:
        (cancel or threading.Event()).wait(seconds)


def readings_once_stable(
    read: Callable[[], Reading],
    count: int,
    criterion: StabilityCriterion,
    time_limit: float,
    cancel: threading.Event | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> StableReadings:
    """Wait until ``criterion`` holds (within ``time_limit`` s), then take ``count`` readings."""
    start, window = clock(), deque(maxlen=criterion.window)
    unit = ""
    while True:
        _check_cancel(cancel, "Waiting for a stable reading")
        reading = read()
        unit = reading.unit
        if reading.overload or reading.stable is False:
            window.clear()
        else:
            window.append(reading.value)
        if len(window) == criterion.window and max(window) - min(window) <= criterion.tolerance:
            break
        if clock() - start > time_limit:
            raise _not_stable(reading.function, criterion, unit, time_limit)
        _pause(cancel, criterion.interval)
    waited = clock() - start
    values = []
    for _ in range(count):
        _check_cancel(cancel, "Taking readings")
        reading = read()
        if reading.overload or reading.value is None:
            raise NotStable(
                "The {function} reading went to overload after it settled.",
                values={"function": reading.function},
            )
        values.append(reading.value)
        _pause(cancel, criterion.interval)
    return StableReadings(reading.function, unit, tuple(values), waited, criterion)


def source_and_settle(
    calibrator: Fluke5520a,
    amplitude: float,
    unit: str,
    *,
    frequency: float = 0.0,
    time_limit: float = 30.0,
    cancel: threading.Event | None = None,
    poll: float = 0.05,
    clock: Callable[[], float] = time.monotonic,
) -> SettledOutput:
    """Source a value, make the terminals live and wait for ISR? SETTLED (5520A, bit 12).

    On a stop, a time-out or any failure the calibrator is sent to standby before returning.
    """
    start = clock()
    try:
        calibrator.source(amplitude, unit, frequency)
        calibrator.operate()
        while not calibrator.settled():
            _check_cancel(cancel, "Sourcing")
            if clock() - start > time_limit:
                raise NotStable(
                    "The 5520A output of {amplitude:g} {unit} did not settle within "
                    "{seconds:g} s; the calibrator is in standby.",
                    values={"amplitude": amplitude, "unit": unit, "seconds": time_limit},
                )
            _pause(cancel, poll)
    except BaseException:
        calibrator.after_failure()
        raise
    return SettledOutput(amplitude, unit, frequency, clock() - start)
