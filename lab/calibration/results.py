"""One point's result from its readings: mean, error, correction, s, U with k and ν_eff from the
uncertainty engine, MPE and verdict (issue 6, item 3).

The error is the output of the procedure's model (indication − reference, with the corrections
the budget names), evaluated by :func:`uncertainty.budget.evaluate` with the budget the template
makes for this point (GUM 5.1.2, Welch–Satterthwaite G.4, k from t, U rounded per GUM 7.2.6).
"""

from __future__ import annotations

import logging
import math
import statistics
from dataclasses import asdict, dataclass

from lab.calibration.procedures import Procedure, point_budget
from lab.calibration.standards import CertifiedValue
from lab.calibration.tolerance import DeviceScale, mpe_of, verdict_for
from uncertainty.budget import Budget, evaluate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceUnderTest:
    """The device as a run needs it: plain data read from the register."""

    lab_id: str
    kind: str | None
    name: str
    unit: str
    accuracy: str | None
    scale: DeviceScale


@dataclass(frozen=True)
class PointTaken:
    """What the bench (or the technician) delivered for one test point."""

    seq: int
    nominal: float
    readings: tuple[float, ...]
    reference_readings: tuple[float, ...] = ()
    phase: str = "as_left"


@dataclass(frozen=True)
class PointResult:
    seq: int
    phase: str
    nominal: float
    unit: str
    reference: float
    readings: tuple[float, ...]
    reference_readings: tuple[float, ...]
    indication: float
    std_dev: float
    error: float
    correction: float
    expanded_uncertainty: float
    coverage_factor: float
    nu_eff: float | None
    mpe: float
    verdict: str
    rule: str

    def as_json(self) -> dict:
        """Per point, as ``calibrate --json`` prints it (issue 6, item 5)."""
        data = asdict(self)
        data["readings"] = list(self.readings)
        data["reference_readings"] = list(self.reference_readings)
        data.update(U=self.expanded_uncertainty, k=self.coverage_factor)
        return data


def budget_context(
    device: DeviceUnderTest, certified: CertifiedValue, taken: PointTaken
) -> dict[str, object]:
    """The values a budget template may name (``$readings``, ``$reference``, ...)."""
    if taken.reference_readings:
        reference = statistics.fmean(taken.reference_readings) + certified.correction
    else:
        reference = certified.value
    return {
        "readings": list(taken.readings),
        "reference_readings": list(taken.reference_readings),
        "reference": reference,
        "reference_correction": certified.correction,
        "reference_U": certified.expanded_uncertainty,
        "reference_k": certified.k,
        "reference_drift": certified.drift,
        "resolution": device.scale.resolution,
        "nominal": taken.nominal,
    }


def point_budget_for(
    procedure: Procedure, device: DeviceUnderTest, certified: CertifiedValue, taken: PointTaken
) -> dict:
    """The uncertainty budget of this point, exactly as it goes to the engine."""
    return point_budget(procedure, budget_context(device, certified, taken))


def evaluate_point(
    procedure: Procedure, device: DeviceUnderTest, certified: CertifiedValue, taken: PointTaken
) -> PointResult:
    """The point's result; raises :class:`uncertainty.budget.BudgetError` on unusable readings."""
    context = budget_context(device, certified, taken)
    report = evaluate(Budget.from_dict(point_budget(procedure, context)))
    (output,) = report["outputs"].values()
    indication = statistics.fmean(taken.readings)
    std_dev = statistics.stdev(taken.readings) if len(taken.readings) > 1 else 0.0
    mpe = mpe_of(device.accuracy, indication, device.scale)
    error, U = float(output["y"]), float(output["U"])
    verdict = verdict_for(procedure.decision_rule, error, U, mpe)
    return PointResult(
        seq=taken.seq,
        phase=taken.phase,
        nominal=taken.nominal,
        unit=device.unit,
        reference=float(context["reference"]),
        readings=tuple(taken.readings),
        reference_readings=tuple(taken.reference_readings),
        indication=indication,
        std_dev=std_dev,
        error=error,
        correction=-error,
        expanded_uncertainty=U,
        coverage_factor=float(output["k"]),
        nu_eff=_finite_or_none(output["nu_eff"]),
        mpe=mpe,
        verdict=verdict.verdict,
        rule=verdict.rule,
    )


def _finite_or_none(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)
