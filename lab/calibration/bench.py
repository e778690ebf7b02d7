"""Taking the readings of a point: the reference and the unit under test, each read through its
driver (with the measurement helpers of :mod:`instruments.measure`), sourced, placed by hand or
typed in, as the procedure says (issue 6, item 3).

:class:`Bench` works with real ports and an :class:`Operator` (the person at the bench: typing
values, placing weights). :class:`SimulatedBench` is the same bench on the ``sim://`` simulators,
wired together as the cables and the pan would be, with a simulated operator who types what a
display shows: the demo and the tests run it with no hardware attached. Some simulated devices
arrive out of tolerance (as the demo's adjustment shows); once the calibration records an
adjustment, the simulated bench adjusts them.
"""

from __future__ import annotations

import hashlib
import logging
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from instruments.drivers import driver_named
from instruments.drivers.base import Driver
from instruments.measure import StabilityCriterion, readings_once_stable, source_and_settle
from instruments.simulators import bench_simulator, wire_calibrator_to_dmm
from instruments.simulators.mt_sics import CAPACITY_G
from lab.calibration.results import DeviceUnderTest, PointTaken
from lab.calibration.runs import CalibrationRefused, PlannedPoint, RunPlan
from lab.calibration.standards import CertifiedValue
from lab.calibration.tolerance import mpe_of
from lab.sentences import sentence

log = logging.getLogger(__name__)


class Operator(Protocol):
    """The person at the bench, for the steps no driver does."""

    def type_values(
        self, what: str, point: PlannedPoint, count: int, shown: tuple[float, ...]
    ) -> tuple[float, ...]:
        """``count`` values read off a display ("reference" or "unit under test")."""

    def place_weights(self, point: PlannedPoint, certified: CertifiedValue) -> None:
        """Put the reference weights for ``point`` on the pan."""


@dataclass(frozen=True)
class PortChoice:
    """Where one instrument is: a port path or pyserial URL, and its baud rate if the
    instrument's menu was set away from the driver's default."""

    url: str
    baudrate: int | None = None


class Bench:
    """Takes points for one run. ``ports`` maps a driver name to its port."""

    def __init__(
        self,
        plan: RunPlan,
        ports: dict[str, str | PortChoice],
        operator: Operator,
        certified: Callable[[float], CertifiedValue],
        cancel: threading.Event | None = None,
        time_scale: float = 1.0,
        *,
        typed_in: bool = False,
    ) -> None:
        self.plan, self.operator, self.certified = plan, operator, certified
        self.cancel = cancel or threading.Event()
        self.time_scale = time_scale
        self.typed_in = typed_in  # no instrument opened: the operator types what they show
        procedure = plan.procedure
        self.reference = self._open(procedure.reference, ports)
        try:
            self.uut = self._open(procedure.unit_under_test, ports)
        except Exception:
            if self.reference is not None:
                self.reference.close()  # the calibrator goes to standby, the port is freed
            raise

    def _open(self, role, ports: dict[str, str | PortChoice]) -> Driver | None:  # noqa: ANN001
        if self.typed_in or role.entry not in ("driver", "source"):
            return None
        if role.driver not in ports:
            raise CalibrationRefused(
                sentence("Say which port the {drivers} is on.", drivers=role.driver)
            )
        choice = ports[role.driver]
        if isinstance(choice, str):
            choice = PortChoice(choice)
        return driver_named(role.driver).open(choice.url, baudrate=choice.baudrate)

    def time_limit(self) -> float:
        return max(self.plan.procedure.stability.time_limit_s * self.time_scale, 5.0)

    def take(self, point: PlannedPoint) -> PointTaken:
        """The readings of one point (raises an InstrumentError or MeasurementCancelled)."""
        procedure = self.plan.procedure
        n = procedure.readings_per_point
        reference_readings: tuple[float, ...] = ()
        entry = procedure.reference.entry
        if entry == "source":
            source_and_settle(
                self.reference, point.nominal, self.plan.device.unit or "V",
                time_limit=self.time_limit(), cancel=self.cancel,
            )  # fmt: skip
        elif entry == "weights":
            self.operator.place_weights(point, self.certified(point.nominal))
        elif entry == "driver":
            reference_readings = self._reference_by_driver(point, n)
        else:
            reference_readings = self.operator.type_values("reference", point, n, ())
        readings = self._uut_readings(point, n, reference_readings)
        return PointTaken(point.seq, point.nominal, readings, reference_readings)

    def _reference_by_driver(self, point: PlannedPoint, n: int) -> tuple[float, ...]:
        self.reference.set_setpoint(point.nominal)
        function = self.plan.procedure.reference.function
        return self._stable(lambda: self.reference.read(function), n, point.nominal)

    def _uut_readings(
        self, point: PlannedPoint, n: int, shown: tuple[float, ...]
    ) -> tuple[float, ...]:
        role = self.plan.procedure.unit_under_test
        if role.entry == "keyboard" or self.typed_in:
            return self.operator.type_values("unit under test", point, n, shown)
        return self._stable(lambda: self.uut.read(role.function), n, point.nominal)

    def _stable(self, read, n: int, nominal: float) -> tuple[float, ...]:  # noqa: ANN001
        s = self.plan.procedure.stability
        criterion = StabilityCriterion(window=s.window, tolerance=s.tolerance_at(nominal))
        return readings_once_stable(read, n, criterion, self.time_limit(), self.cancel).readings

    def close(self) -> None:
        for driver in (self.reference, self.uut):
            if driver is not None:
                driver.close()  # the 5520A driver sends STBY on close


# --- simulation -----------------------------------------------------------------------------------
DRIFTED_SHARE = 64 / 256  # about one simulated device in four arrives out of tolerance
DRIFTED_FRACTION = 1.8  # its error as found, in MPEs
ADJUSTED_SHARE = 0.1  # what an adjustment leaves of the error


def simulated_fraction(device: DeviceUnderTest, adjusted: bool = False) -> float:
    """The simulated device's own error as a fraction of its MPE, the same for a device every
    time (a re-run reproduces it): −0.6 to 0.6, or ±1.8 for the drifted ones; an adjustment
    leaves a tenth of it."""
    digest = hashlib.sha256(device.lab_id.encode()).digest()
    fraction = (digest[0] / 255.0 - 0.5) * 1.2
    if digest[1] < DRIFTED_SHARE * 256:
        fraction = DRIFTED_FRACTION if fraction >= 0 else -DRIFTED_FRACTION
    return fraction * ADJUSTED_SHARE if adjusted else fraction


def simulated_error(device: DeviceUnderTest, nominal: float, adjusted: bool = False) -> float:
    """The simulated device's own error at ``nominal`` (see :func:`simulated_fraction`)."""
    return simulated_fraction(device, adjusted) * mpe_of(device.accuracy, nominal, device.scale)


def simulated_dmm_constants(device: DeviceUnderTest, adjusted: bool) -> tuple[float, float]:
    """The simulated meter's (gain error, offset) that make its error the device's simulated
    error: the MPE is linear in the reading, so a gain and an offset reproduce it."""
    low = simulated_error(device, 0.0, adjusted)
    top = device.scale.range_max
    return (simulated_error(device, top, adjusted) - low) / top, low


def round_to(value: float, step: float) -> float:
    """What a display with resolution ``step`` shows.

    >>> round_to(10.0437, 0.01)
    10.04
    """
    return round(round(value / step) * step, 10) if step > 0 else value


class SimulatedOperator:
    """Types what the simulated displays show and puts the weights on the simulated pan."""

    def __init__(
        self,
        device: DeviceUnderTest,
        balance=None,  # noqa: ANN001
        seed: int = 0,
        adjusted: bool = False,
    ) -> None:
        self.device, self.balance, self.adjusted = device, balance, adjusted
        self.rng = random.Random(seed)

    def type_values(
        self, what: str, point: PlannedPoint, count: int, shown: tuple[float, ...]
    ) -> tuple[float, ...]:
        if what == "reference":
            # A reference gauge reads to 1/10 of the device's resolution, with a little noise.
            step = self.device.scale.resolution / 10
            return tuple(
                round_to(point.nominal + self.rng.gauss(0, step / 5), step) for _ in range(count)
            )
        truth = shown or (point.nominal,) * count
        error = simulated_error(self.device, point.nominal, self.adjusted)
        step = self.device.scale.resolution
        return tuple(round_to(t + error, step) for t in truth)

    def place_weights(self, point: PlannedPoint, certified: CertifiedValue) -> None:
        error = simulated_error(self.device, point.nominal, self.adjusted)
        self.balance.place(certified.value + error)


class SimulatedBench(Bench):
    """The bench on simulators: ``sim://NAME?bench=KEY`` for each driver, wired together."""

    def __init__(
        self,
        plan: RunPlan,
        certified: Callable[[float], CertifiedValue],
        cancel: threading.Event | None = None,
        *,
        time_scale: float = 0.0,
        seed: int = 0,
    ) -> None:
        procedure = plan.procedure
        if (
            procedure.unit_under_test.driver == "mt_sics"
            and plan.device.scale.range_max > CAPACITY_G
        ):
            raise CalibrationRefused(
                sentence(
                    "The simulated balance carries at most {capacity:g} g, and {lab_id} "
                    "is calibrated up to {range_max:g} g: run it on its own port.",
                    capacity=CAPACITY_G,
                    lab_id=plan.device.lab_id,
                    range_max=plan.device.scale.range_max,
                )
            )
        self.key = f"cal-{uuid.uuid4().hex}"
        names = [r.driver for r in (procedure.reference, procedure.unit_under_test) if r.driver]
        ports = {
            name: f"sim://{driver_named(name).simulator}?bench={self.key}&seed={seed}"
            f"&time_scale={time_scale:g}"
            for name in names
        }
        adjusted = plan.adjusted
        operator = SimulatedOperator(plan.device, None, seed, adjusted)
        super().__init__(plan, ports, operator, certified, cancel, time_scale)
        if "mt_sics" in ports:
            balance = bench_simulator("mt_sics", self.key)
            self.operator = SimulatedOperator(plan.device, balance, seed, adjusted)
            self.uut.zero()
        if "fluke5520a" in ports and "hp34401a" in ports:
            self._wire_the_dmm(adjusted)

    def _wire_the_dmm(self, adjusted: bool) -> None:
        """Test leads from the 5520A to the DMM; the DMM's own error is in its calibration
        constants, which the adjustment recorded on the calibration sets (the simulator's knob)."""
        dmm = bench_simulator("hp34401a", self.key)
        wire_calibrator_to_dmm(bench_simulator("fluke5520a", self.key), dmm)
        dmm.adjust(*simulated_dmm_constants(self.plan.device, adjusted))
