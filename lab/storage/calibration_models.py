"""Calibration records: the lab's reference standards, calibrations and their measurement points
(issue 6; ISO/IEC 17025 6.4 equipment, 6.5 metrological traceability, 7.5 technical records).

Every table syncs (:class:`~lab.storage.base.Synced`). Which standards a calibration used is kept
twice on purpose: as rows of ``calibration_standards`` (indexed by standard, for the reverse
traceability query) and as a snapshot in ``calibrations.standards`` (certificate number and
validity as they were on the day, since a standard's record is later updated on recalibration).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from lab.storage.base import Base, NFCText, Synced, UTCDateTime


class ReferenceStandard(Synced, Base):
    """One of the lab's own standards, with its certificate and what the certificate states.

    ``certified`` holds the certificate's values: ``points`` (nominal, value, U, k) and/or a
    ``relative_U`` + ``floor_U`` specification, and a ``drift`` allowance (see
    :mod:`lab.calibration.standards`).
    """

    __tablename__ = "reference_standards"

    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(NFCText, nullable=False)
    quantity: Mapped[str] = mapped_column(String(32), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    manufacturer: Mapped[str | None] = mapped_column(NFCText)
    model: Mapped[str | None] = mapped_column(NFCText)
    serial: Mapped[str | None] = mapped_column(NFCText)
    certificate_number: Mapped[str] = mapped_column(String(64), nullable=False)
    calibrated_by: Mapped[str] = mapped_column(NFCText, nullable=False)
    calibrated_on: Mapped[date] = mapped_column(Date, nullable=False)
    valid_until: Mapped[date] = mapped_column(Date, nullable=False)
    unit: Mapped[str] = mapped_column(String(32), nullable=False)
    certified: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    driver: Mapped[str | None] = mapped_column(String(32))
    port: Mapped[str | None] = mapped_column(String(128))


class Calibration(Synced, Base):
    """One calibration of one device, by one procedure version (state: draft → measured →
    reviewed → approved)."""

    __tablename__ = "calibrations"
    # Once approved, what was signed never changes again, on any workstation (DESIGN.md, Sync):
    # the first approval the centre receives stands; its points are sealed with it.
    __sync_policy__ = "append_only"
    __sync_sealed_when__ = ("state", ("approved", "issued"))

    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"), nullable=False)
    procedure_name: Mapped[str] = mapped_column(String(64), nullable=False)
    procedure_version: Mapped[int] = mapped_column(Integer, nullable=False)
    quantity: Mapped[str] = mapped_column(String(32), nullable=False)
    decision_rule: Mapped[str] = mapped_column(String(32), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    technician: Mapped[str] = mapped_column(String(32), nullable=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    measured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ambient_temperature: Mapped[float | None] = mapped_column(Float)
    relative_humidity: Mapped[float | None] = mapped_column(Float)
    standards: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    reviewed_by: Mapped[str | None] = mapped_column(String(32))
    approved_by: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(NFCText)
    # ISO/IEC 17025 7.8.4.1 d: what was adjusted between the as-found and the as-left points,
    # by whom and when. None: not adjusted, and the one set of points is the as-left set.
    adjustment: Mapped[str | None] = mapped_column(NFCText)
    adjusted_by: Mapped[str | None] = mapped_column(String(32))
    adjusted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # None: as the work order says (lab.certificates.terms); set while the record is open.
    conformity_requested: Mapped[bool | None] = mapped_column(Boolean)
    condition_received: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (
        Index("ix_calibrations_device", "device_id", "started_at"),
        Index("ix_calibrations_state", "state", "started_at"),
    )


class CalibrationStandard(Synced, Base):
    """A standard used in a calibration (the link the reverse traceability query follows)."""

    __tablename__ = "calibration_standards"
    __sync_unit__ = "calibration_id"  # moves with its calibration, in one batch

    calibration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calibrations.id"), nullable=False)
    standard_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("reference_standards.id"), nullable=False
    )

    __table_args__ = (
        UniqueConstraint("calibration_id", "standard_id"),
        Index("ix_calibration_standards_standard", "standard_id"),
    )


class MeasurementPoint(Synced, Base):
    """One test point as taken: the raw readings and everything computed from them."""

    __tablename__ = "measurement_points"
    __sync_unit__ = "calibration_id"  # moves with its calibration, in one batch

    calibration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calibrations.id"), nullable=False)
    phase: Mapped[str] = mapped_column(String(8), nullable=False, default="as_left")
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    nominal: Mapped[float] = mapped_column(Float, nullable=False)
    unit: Mapped[str] = mapped_column(String(32), nullable=False)
    reference: Mapped[float] = mapped_column(Float, nullable=False)
    readings: Mapped[list] = mapped_column(JSON, nullable=False)
    reference_readings: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    indication: Mapped[float] = mapped_column(Float, nullable=False)
    std_dev: Mapped[float] = mapped_column(Float, nullable=False)
    error: Mapped[float] = mapped_column(Float, nullable=False)
    correction: Mapped[float] = mapped_column(Float, nullable=False)
    expanded_uncertainty: Mapped[float] = mapped_column(Float, nullable=False)
    coverage_factor: Mapped[float] = mapped_column(Float, nullable=False)
    nu_eff: Mapped[float | None] = mapped_column(Float)
    mpe: Mapped[float] = mapped_column(Float, nullable=False)
    verdict: Mapped[str] = mapped_column(String(24), nullable=False)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)

    __table_args__ = (UniqueConstraint("calibration_id", "phase", "seq"),)
