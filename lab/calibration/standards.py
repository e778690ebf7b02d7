"""The lab's reference standards: what their certificates say, whether they may be used today,
and which calibrations used one (issue 6, item 2; ISO/IEC 17025 6.4.7, 6.5 traceability, and
7.10 for the day a standard is found out of tolerance).

``certified`` (a JSON column) holds the certificate as data:

- ``points``: ``[{"nominal", "value", "U", "k"}]``, certified values at nominal points (a set of
  weights: one entry per weight; a dry-well: its correction at each temperature as value − nominal);
- ``relative_U``, ``floor_U``, ``k``: a specification ``U = relative_U·|x| + floor_U`` where the
  certificate states one (a multiproduct calibrator, a reference gauge);
- ``drift``: the half-width allowed for drift since the certificate, relative to |x| (``drift``)
  plus ``drift_floor``.
"""

from __future__ import annotations

import logging
import math
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lab.sentences import ROLE_WORDS, SaysWhy, Sentence, sentence, word
from lab.storage.calibration_models import Calibration, CalibrationStandard, ReferenceStandard
from lab.storage.models import Device

log = logging.getLogger(__name__)

WARNING_DAYS = 30


class StandardRefused(SaysWhy, Exception):
    """A standard that may not be used; the sentence says which and why."""


@dataclass(frozen=True)
class CertifiedValue:
    """The reference value at one point and its uncertainty, from the certificate."""

    value: float
    correction: float
    expanded_uncertainty: float
    k: float
    drift: float


@dataclass(frozen=True)
class StandardView:
    """A standard as lists and screens show it, with its validity in words."""

    id: str
    code: str
    name: str
    quantity: str
    role: str
    certificate_number: str
    calibrated_by: str
    valid_until: date
    status: str  # valid | due soon | expired
    sentence: Sentence

    def as_json(self) -> dict:
        return {**self.__dict__, "valid_until": self.valid_until.isoformat()}


def validity(standard: ReferenceStandard, today: date) -> tuple[str, Sentence]:
    """(status, sentence): expired past its date, "due soon" within 30 days of it."""
    until = standard.valid_until
    if today > until:
        return "expired", sentence(
            "{code} ({name}) cannot be used: its certificate {certificate} expired on "
            "{until}; have it recalibrated and enter the new certificate.",
            code=standard.code,
            name=standard.name,
            certificate=standard.certificate_number,
            until=until.isoformat(),
        )
    left = (until - today).days
    if left <= WARNING_DAYS:
        return "due soon", sentence(
            "{code} is valid until {until}, {left} days from now: book its recalibration.",
            code=standard.code,
            until=until.isoformat(),
            left=left,
        )
    return "valid", sentence(
        "{code} is valid until {until}.", code=standard.code, until=until.isoformat()
    )


def view(standard: ReferenceStandard, today: date) -> StandardView:
    status, said = validity(standard, today)
    return StandardView(
        str(standard.id),
        standard.code,
        standard.name,
        standard.quantity,
        standard.role,
        standard.certificate_number,
        standard.calibrated_by,
        standard.valid_until,
        status,
        said,
    )


def list_standards(session: Session, today: date | None = None) -> list[StandardView]:
    today = today or date.today()
    query = select(ReferenceStandard).where(ReferenceStandard.deleted_at.is_(None))
    return [view(s, today) for s in session.scalars(query.order_by(ReferenceStandard.code))]


def require_usable(standard: ReferenceStandard, today: date) -> Sentence | None:
    """Raise :class:`StandardRefused` for an expired standard; return the 30-day warning, if any."""
    status, said = validity(standard, today)
    if status == "expired":
        raise StandardRefused(said)
    return said if status == "due soon" else None


def find_standard(session: Session, code: str) -> ReferenceStandard | None:
    query = select(ReferenceStandard).where(
        ReferenceStandard.code == code.strip(), ReferenceStandard.deleted_at.is_(None)
    )
    return session.scalars(query).first()


def standards_for_role(session: Session, role: str) -> list[ReferenceStandard]:
    query = select(ReferenceStandard).where(
        ReferenceStandard.role == role, ReferenceStandard.deleted_at.is_(None)
    )
    return list(session.scalars(query.order_by(ReferenceStandard.valid_until.desc())))


def no_standard_for(role: str) -> Sentence:
    """Why no standard can be chosen for ``role``: the lab has none."""
    return sentence(
        "The lab has no reference standard used as '{role}'.", role=word(ROLE_WORDS, role)
    )


def choose_standard(session: Session, role: str, today: date, code: str | None = None):  # noqa: ANN201
    """The standard to use for ``role``: the one named, or the valid one that stays valid
    longest. Raises :class:`StandardRefused` saying why none can be used."""
    if code:
        standard = find_standard(session, code)
        if standard is None:
            raise StandardRefused(_no_standard(code))
        if standard.role != role:
            raise StandardRefused(
                sentence(
                    "{code} is used as '{role}', but this step needs a standard used as "
                    "'{needed}'.",
                    code=code,
                    role=word(ROLE_WORDS, standard.role),
                    needed=word(ROLE_WORDS, role),
                )
            )
        require_usable(standard, today)
        return standard
    candidates = standards_for_role(session, role)
    if not candidates:
        raise StandardRefused(no_standard_for(role))
    for standard in candidates:
        if validity(standard, today)[0] != "expired":
            return standard
    raise StandardRefused(validity(candidates[0], today)[1])


def certified_value(standard: ReferenceStandard, nominal: float) -> CertifiedValue:
    """The certificate's value and U at ``nominal`` (a certified point, or the specification)."""
    cert = standard.certified or {}
    drift = float(cert.get("drift", 0.0)) * abs(nominal) + float(cert.get("drift_floor", 0.0))
    for point in cert.get("points", ()):
        if math.isclose(float(point["nominal"]), nominal, rel_tol=1e-9, abs_tol=1e-12):
            value = float(point["value"])
            return CertifiedValue(
                value, value - nominal, float(point["U"]), float(point.get("k", 2.0)), drift
            )
    if "relative_U" in cert or "floor_U" in cert:
        U = float(cert.get("relative_U", 0.0)) * abs(nominal) + float(cert.get("floor_U", 0.0))
        return CertifiedValue(nominal, 0.0, U, float(cert.get("k", 2.0)), drift)
    certified = ", ".join(f"{float(p['nominal']):g}" for p in cert.get("points", ()))
    raise StandardRefused(
        sentence(
            "{code} has no certified value at {nominal:g} {unit} "
            "(its certificate covers {certified}).",
            code=standard.code,
            nominal=nominal,
            unit=standard.unit,
            certified=certified or sentence("no points"),
        )
    )


def _no_standard(code: str) -> Sentence:
    return sentence("There is no reference standard with the code {code}.", code=code)


def calibrations_using(session: Session, standard_code: str, start: date, end: date) -> list[dict]:
    """Every calibration that used the standard between two dates (both included): the reverse
    traceability a lab needs when the standard is found out of tolerance (ISO/IEC 17025 7.10)."""
    standard = find_standard(session, standard_code)
    if standard is None:
        raise StandardRefused(_no_standard(standard_code))
    since = datetime.combine(start, time.min).astimezone()
    until = datetime.combine(end + timedelta(days=1), time.min).astimezone()
    query = (
        select(Calibration, Device.lab_id)
        .join(CalibrationStandard, CalibrationStandard.calibration_id == Calibration.id)
        .join(Device, Device.id == Calibration.device_id)
        .where(
            CalibrationStandard.standard_id == standard.id,
            Calibration.started_at >= since,
            Calibration.started_at < until,
            Calibration.deleted_at.is_(None),
        )
        .order_by(Calibration.started_at)
    )
    return [
        {
            "calibration": str(c.id),
            "device": lab_id,
            "procedure": f"{c.procedure_name} v{c.procedure_version}",
            "started_at": c.started_at.isoformat(),
            "state": c.state,
        }
        for c, lab_id in session.execute(query)
    ]


def add_standard(session: Session, **fields) -> uuid.UUID:  # noqa: ANN003
    """Register a reference standard (fields as the columns of ReferenceStandard)."""
    standard = ReferenceStandard(**fields)
    session.add(standard)
    session.flush()
    return standard.id
