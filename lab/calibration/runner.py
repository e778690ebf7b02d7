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

from lab.calibration.bench import Bench, Operator, SimulatedBench
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
    """Whether every reading of the procedure is read off a display and typed in by a person."""
    procedure = plan.procedure
    return procedure.reference.entry == "keyboard" and procedure.unit_under_test.entry == "keyboard"


def typed_bench(
    db: Database, plan: RunPlan, operator: Operator, cancel: threading.Event | None = None
) -> Bench:
    """A bench with no instruments: the person at it types every reading (``operator``)."""
    if not typed_in(plan):
        raise CalibrationRefused(
            f"{plan.procedure.name} reads instruments; only procedures read off displays "
            "can be typed in."
        )
    values = certified_values(db, plan)
    return Bench(plan, {}, operator, values.__getitem__, cancel)


def run_points(
    db: Database,
    user: LabUser,
    calibration_id: str,
    bench: Bench,
    on_point: Callable[[PointResult, int, int], None] | None = None,
) -> RunOutcome:
    """Take every remaining point of the draft, saving each at once; then mark it measured."""
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
    with db.session(actor=user, reason="calibration measured") as session:
        finish_measurement(session, user, calibration_id)
    return RunOutcome(calibration_id, "measured", tuple(saved))
