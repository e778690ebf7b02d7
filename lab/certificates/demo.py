"""Approved demo calibrations, ready for a certificate (issue 7, item 8).

Two multimeters of the demo lab are calibrated on the simulated bench by the demo technician,
reviewed and approved by the demo reviewer and signatory, exactly as the Calibrate pane does it,
so the Certificates pane and ``main.py issue`` have something to issue. The customer of the first
one asked for a statement of conformity and agreed a 12-month interval at contract review, so a
demo certificate shows verdicts, the decision rule and the interval; the second shows neither.
A meter found out of tolerance is adjusted and measured again, and the second meter is always
trimmed, so the demo has a certificate with as-found and as-left results (7.8.4.1 d).

Kept out of :func:`lab.demo.load_demo_lab` on purpose: it takes a few seconds (every reading goes
through the simulators and the uncertainty engine), which the many tests that load the demo lab
would pay for nothing. ``main.py demo`` calls it.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lab.calibration.bench import SimulatedBench
from lab.calibration.procedures import find_procedure
from lab.calibration.runs import (
    Environment,
    approve,
    finish_measurement,
    record_adjustment,
    record_point,
    review,
    run_plan,
    start_calibration,
)
from lab.calibration.standards import certified_value
from lab.certificates.terms import set_calibration_terms, set_work_order_terms, work_order_of
from lab.permissions import LabUser
from lab.storage.calibration_models import Calibration, ReferenceStandard
from lab.storage.models import Device, LabSetting
from lab.users import DEMO_USERS, create_demo_users, find_user, lab_user

log = logging.getLogger(__name__)

DEMO_RUNS_FLAG = "demo_calibrations_loaded"
PROCEDURE = "dmm-dc-voltage"
TECHNICIAN, REVIEWER, SIGNATORY = "an.nv", "dung.hq", "chi.ttm"
ADJUSTMENT = "DC zero and 10 V gain trimmed per the manufacturer's calibration procedure"


def load_demo_calibrations(session: Session, today: date | None = None) -> list[str]:
    """Add the approved demo calibrations (once); returns their ids (none the second time)."""
    if session.get(LabSetting, DEMO_RUNS_FLAG) is not None:
        return []
    create_demo_users(session)
    today = today or date.today()
    ids = []
    for index, lab_id in enumerate(_demo_multimeters(session)):
        calibration_id = _calibrate(session, lab_id, today, conformity=index == 0)
        ids.append(calibration_id)
    session.add(LabSetting(key=DEMO_RUNS_FLAG, value=ids, note="approved demo calibrations"))
    session.flush()
    log.info("demo calibrations approved: %s", ", ".join(ids))
    return ids


def _demo_multimeters(session: Session) -> list[str]:
    """Two multimeters of two customers, with an accuracy the DC voltage procedure can judge."""
    query = (
        select(Device)
        .where(Device.kind == "multimeter", Device.deleted_at.is_(None))
        .order_by(Device.lab_id)
    )
    chosen: dict[object, str] = {}
    for device in session.scalars(query):
        if device.customer_id not in chosen:
            chosen[device.customer_id] = device.lab_id
        if len(chosen) == 2:
            break
    return list(chosen.values())


def _calibrate(session: Session, lab_id: str, today: date, *, conformity: bool) -> str:
    technician = _user(session, TECHNICIAN)
    plan = start_calibration(
        session, technician, lab_id, find_procedure(PROCEDURE), Environment(23.2, 56.0),
        today=today,
    )  # fmt: skip
    calibration = session.get(Calibration, uuid.UUID(plan.calibration_id))
    if conformity:
        work_order = work_order_of(session, calibration)
        set_work_order_terms(
            session, technician, work_order.number, conformity_requested=True,
            interval_agreed_months=12,
        )  # fmt: skip
    set_calibration_terms(session, technician, plan.calibration_id, condition_received="normal")
    standard = session.scalars(
        select(ReferenceStandard).where(ReferenceStandard.code == plan.standard_code)
    ).one()
    verdicts = _take_points(session, technician, plan, standard)
    if any("fail" in v for v in verdicts) or not conformity:
        record_adjustment(session, technician, plan.calibration_id, ADJUSTMENT)
        _take_points(session, technician, run_plan(session, plan.calibration_id), standard)
    finish_measurement(session, technician, plan.calibration_id)
    review(session, _user(session, REVIEWER), _password(REVIEWER), plan.calibration_id)
    approve(session, _user(session, SIGNATORY), _password(SIGNATORY), plan.calibration_id)
    session.flush()
    return plan.calibration_id


def _take_points(session: Session, technician: LabUser, plan, standard) -> list[str]:  # noqa: ANN001
    """Take the plan's remaining points on the simulated bench; returns their verdicts."""
    bench = SimulatedBench(plan, lambda nominal: certified_value(standard, nominal))
    verdicts = []
    try:
        for point in plan.remaining:
            verdicts.append(record_point(session, technician, plan, bench.take(point)).verdict)
            session.flush()
    finally:
        bench.close()
    return verdicts


def _user(session: Session, name: str) -> LabUser:
    return lab_user(find_user(session, name))


def _password(name: str) -> str:
    """The demo user's public demo password (shown on the demo log-in screen)."""
    return next(password for _, user, _, password, _ in DEMO_USERS if user == name)
