"""Calibrations with their points and standards on a workstation, for the sync tests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from lab.storage.calibration_models import (
    Calibration,
    CalibrationStandard,
    MeasurementPoint,
    ReferenceStandard,
)

STARTED = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def add_standard(db) -> uuid.UUID:
    with db.session() as s:
        standard = ReferenceStandard(
            code=f"STD-{uuid.uuid4().hex[:6]}",
            name="Máy hiệu chuẩn đa năng",
            quantity="voltage",
            role="source",
            certificate_number="VMI-2026-17",
            calibrated_by="VMI",
            calibrated_on=date(2026, 1, 10),
            valid_until=date(2027, 1, 10),
            unit="V",
        )
        s.add(standard)
    return standard.id


def add_calibration(db, device_id, standard_id, points: int, state: str = "measured"):
    """A calibration of ``device_id`` with ``points`` measurement points, in one transaction."""
    with db.session() as s:
        calibration = Calibration(
            device_id=device_id,
            procedure_name="DMM-DCV",
            procedure_version=1,
            quantity="voltage",
            decision_rule="simple",
            technician="an.nv",
            started_at=STARTED,
            state=state,
            standards=[{"id": "STD-01", "certificate": "VMI-2026-17"}],
        )
        s.add(calibration)
        s.flush()
        s.add(CalibrationStandard(calibration_id=calibration.id, standard_id=standard_id))
        for seq in range(1, points + 1):
            s.add(MeasurementPoint(calibration_id=calibration.id, **point(seq)))
    return calibration.id


def point(seq: int, phase: str = "as_left") -> dict:
    return {
        "phase": phase,
        "seq": seq,
        "nominal": float(seq),
        "unit": "V",
        "reference": float(seq),
        "readings": [seq + 0.0002, seq + 0.0003, seq + 0.0001],
        "indication": seq + 0.0002,
        "std_dev": 0.0001,
        "error": 0.0002,
        "correction": -0.0002,
        "expanded_uncertainty": 0.0004,
        "coverage_factor": 2.0,
        "mpe": 0.003,
        "verdict": "pass",
        "taken_at": datetime(2026, 11, 26, 9, 5, tzinfo=UTC),
    }


def local_points(db, calibration_id) -> int:
    with db.read_session() as s:
        return s.scalar(
            select(func.count())
            .select_from(MeasurementPoint)
            .where(MeasurementPoint.calibration_id == calibration_id)
        )


def set_calibration(db, calibration_id, **values) -> None:
    with db.session() as s:
        calibration = s.get(Calibration, calibration_id)
        for key, value in values.items():
            setattr(calibration, key, value)


def calibration_field(db, calibration_id, field: str):
    with db.read_session() as s:
        return getattr(s.get(Calibration, calibration_id), field)
