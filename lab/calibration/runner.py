"""Running a calibration: each point taken, then saved in its own unit of work at once, so a
crash (or a killed process) loses at most the point in progress (issue 6, item 3).

The runner opens its own sessions (DESIGN.md: a worker opens its own and hands back plain data),
so it can run on a worker thread; ``on_point`` is told of each saved point.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from lab.calibration.bench import Bench, Operator, PortChoice, SimulatedBench
from lab.calibration.procedures import Procedure
from lab.calibration.results import PointResult
from lab.calibration.runs import (
    CalibrationRefused,
    RunPlan,
    finish_measurement,
    record_point,
    run_plan,
)
from lab.calibration.standards import CertifiedValue, certified_value
from lab.permissions import LabUser
from lab.sentences import sentence
from lab.storage import Database
from lab.storage.calibration_models import ReferenceStandard

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOutcome:
    calibration_id: str
    state: str
    points: tuple[PointResult, ...]


def certified_values(db: Database, plan: RunPlan) -> dict[float, CertifiedValue]:
    """The standard's certified value at every planned point, read once as plain data."""
    with db.read_session() as session:
        standard = session.scalars(
            select(ReferenceStandard).where(ReferenceStandard.code == plan.standard_code)
        ).one()
        return {p.nominal: certified_value(standard, p.nominal) for p in plan.points}


def simulated_bench(
    db: Database,
    plan: RunPlan,
    cancel: threading.Event | None = None,
    *,
    time_scale: float = 0.0,
    seed: int = 0,
) -> SimulatedBench:
    values = certified_values(db, plan)
    return SimulatedBench(plan, values.__getitem__, cancel, time_scale=time_scale, seed=seed)


def typed_in(plan: RunPlan) -> bool:
    """Whether a person can take every reading of the procedure off the displays and type it in:
    the reference is typed in or placed by hand (weights: their certified values are the
    reference), and the unit under test shows its reading, even when a driver could read it (a
    balance with no cable at hand). A sourced or driven reference needs its instrument."""
    procedure = plan.procedure
    by_hand = procedure.reference.entry in ("keyboard", "weights")
    return by_hand and procedure.unit_under_test.entry in ("keyboard", "driver")


def typed_bench(
    db: Database, plan: RunPlan, operator: Operator, cancel: threading.Event | None = None
) -> Bench:
    """A bench with no instruments: the person at it places the weights, if any, and types
    every reading (``operator``)."""
    if not typed_in(plan):
        raise CalibrationRefused(
            sentence(
                "{procedure} reads instruments; only procedures read off displays can be typed in.",
                procedure=plan.procedure.name,
            )
        )
    values = certified_values(db, plan)
    return Bench(plan, {}, operator, values.__getitem__, cancel, typed_in=True)


def procedure_instruments(procedure: Procedure) -> tuple[tuple[str, str], ...]:
    """(role, driver) of each instrument the procedure talks to, reference first: role is
    "reference" or "unit under test". Each is simulated or on a port the technician chooses."""
    roles = (("reference", procedure.reference), ("unit under test", procedure.unit_under_test))
    return tuple(
        (name, r.driver) for name, r in roles if r.entry in ("driver", "source") and r.driver
    )


def instrument_roles(plan: RunPlan) -> tuple[str, ...]:
    """The drivers of the instruments the run talks to (reference first)."""
    return tuple(driver for _, driver in procedure_instruments(plan.procedure))


def needs_a_person(plan: RunPlan) -> bool:
    """Whether a step of the procedure is done by hand (weights placed, values typed)."""
    roles = (plan.procedure.reference, plan.procedure.unit_under_test)
    return any(r.entry in ("keyboard", "weights") for r in roles)


def port_bench(
    db: Database,
    plan: RunPlan,
    ports: dict[str, PortChoice],
    operator: Operator | None = None,
    cancel: threading.Event | None = None,
) -> Bench:
    """The bench on the instruments' ports (real serial ports, ptys, or any pyserial URL)."""
    missing = [name for name in instrument_roles(plan) if name not in ports]
    if missing:
        raise CalibrationRefused(
            sentence("Say which port the {drivers} is on.", drivers=", ".join(missing))
        )
    if operator is None and needs_a_person(plan):
        raise CalibrationRefused(
            sentence(
                "{procedure} has steps done by hand (weights, readings off a display); "
                "run it in the Calibrate pane.",
                procedure=plan.procedure.name,
            )
        )
    values = certified_values(db, plan)
    return Bench(plan, dict(ports), operator, values.__getitem__, cancel)


def bench_for(
    db: Database,
    plan: RunPlan,
    ports: dict[str, PortChoice | None],
    operator: Operator | None = None,
    cancel: threading.Event | None = None,
    *,
    time_scale: float = 0.0,
) -> Bench:
    """The simulated bench when every instrument is simulated, else the bench on the ports.

    A simulated calibrator cannot drive a real meter (nor the other way round), so a bench is
    either all simulated or all on ports (a ``sim://`` URL typed as a port counts as a port).
    """
    chosen = {name: ports.get(name) for name in instrument_roles(plan)}
    if all(choice is None for choice in chosen.values()):
        return simulated_bench(db, plan, cancel, time_scale=time_scale)
    simulated = [name for name, choice in chosen.items() if choice is None]
    if simulated:
        raise CalibrationRefused(
            sentence(
                "The {drivers} is simulated and the other instrument is on a port: a "
                "simulated instrument cannot be wired to a real one. Choose a port for each, "
                "or simulate both.",
                drivers=", ".join(simulated),
            )
        )
    return port_bench(db, plan, chosen, operator, cancel)


def run_points(
    db: Database,
    user: LabUser,
    calibration_id: str,
    bench: Bench,
    on_point: Callable[[PointResult, int, int], None] | None = None,
    *,
    finish: bool = True,
) -> RunOutcome:
    """Take every remaining point of the draft, saving each at once; then, with ``finish``,
    mark it measured. Without it the draft waits for the technician's decision: adjust the
    device (then take the points as left) or finish."""
    with db.read_session() as session:
        plan = run_plan(session, calibration_id)
    saved: list[PointResult] = []
    total = len(plan.points)
    for point in plan.remaining:
        taken = bench.take(point)
        with db.session(actor=user, reason="calibration point taken") as session:
            result = record_point(session, user, plan, taken)
        saved.append(result)
        if on_point is not None:
            on_point(result, len(plan.done) + len(saved), total)
    if not finish:
        return RunOutcome(calibration_id, "draft", tuple(saved))
    with db.session(actor=user, reason="calibration measured") as session:
        finish_measurement(session, user, calibration_id)
    return RunOutcome(calibration_id, "measured", tuple(saved))
