"""A demo lab with its users, and approved DMM calibrations made as the lab makes them: run on the
simulated bench, reviewed and approved by the demo people, in a real SQLite file."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from lab.calibration.procedures import find_procedure
from lab.calibration.runner import run_points, simulated_bench
from lab.calibration.runs import Environment, approve, review, start_calibration
from lab.certificates.issuing import issue_certificate
from lab.demo import load_demo_lab
from lab.storage import open_database
from lab.storage.calibration_models import MeasurementPoint
from lab.users import create_demo_users
from tests.lab.calibration.lab_helpers import PASSWORDS, device_of, user


def approved_calibration(
    database, lab_id: str | None = None, before_review: Callable[[str], None] | None = None
) -> str:
    """Run the DMM procedure, review and approve it; its id. ``before_review(id)`` may add to
    the measured record (as-found points, the customer's terms) while it is still open."""
    lab_id = lab_id or device_of(database, "multimeter")
    tech = user(database, "an.nv")
    with database.session(actor=tech) as session:
        plan = start_calibration(
            session, tech, lab_id, find_procedure("dmm-dc-voltage"), Environment(23.1, 54.0)
        )
    bench = simulated_bench(database, plan)
    try:
        run_points(database, tech, plan.calibration_id, bench)
    finally:
        bench.close()
    if before_review is not None:
        before_review(plan.calibration_id)
    reviewer, signatory = user(database, "dung.hq"), user(database, "chi.ttm")
    with database.session(actor=reviewer) as session:
        review(session, reviewer, PASSWORDS["dung.hq"], plan.calibration_id)
    with database.session(actor=signatory) as session:
        approve(session, signatory, PASSWORDS["chi.ttm"], plan.calibration_id)
    return plan.calibration_id


def add_as_found(database, calibration_id: str) -> None:
    """The as-found set of an adjusted device: the same points before adjustment, each off by
    far more than the device's MPE (what the adjustment corrected)."""
    with database.session(actor="an.nv") as session:
        key = uuid.UUID(calibration_id)
        rows = session.scalars(
            select(MeasurementPoint).where(MeasurementPoint.calibration_id == key)
        ).all()
        for p in rows:
            off = 0.01 * max(p.nominal, 1.0)
            session.add(
                MeasurementPoint(
                    calibration_id=key, phase="as_found", seq=p.seq, nominal=p.nominal,
                    unit=p.unit, reference=p.reference,
                    readings=[r + off for r in p.readings],
                    reference_readings=list(p.reference_readings),
                    indication=p.indication + off, std_dev=p.std_dev, error=p.error + off,
                    correction=-(p.error + off), expanded_uncertainty=p.expanded_uncertainty,
                    coverage_factor=p.coverage_factor, nu_eff=p.nu_eff, mpe=p.mpe,
                    verdict="fail", taken_at=p.taken_at,
                )
            )  # fmt: skip


def issue(database, calibration_id: str, signer: str = "chi.ttm", **kwargs):
    signatory = user(database, signer)
    with database.session(actor=signatory) as session:
        return issue_certificate(session, signatory, PASSWORDS[signer], calibration_id, **kwargs)


@pytest.fixture
def lab(tmp_path):
    database = open_database(tmp_path / "lab.sqlite")
    with database.session() as session:
        load_demo_lab(session, devices_per_customer=8)
        create_demo_users(session)
    yield database
    database.close()


@pytest.fixture
def approved(lab):
    return approved_calibration(lab)
