"""A demo lab with one approved DMM calibration (as found and as left), in a real SQLite file."""

from __future__ import annotations

import pytest

from lab.calibration.procedures import find_procedure
from lab.calibration.runner import run_points, simulated_bench
from lab.calibration.runs import Environment, approve, review, start_calibration
from lab.demo import load_demo_lab
from lab.storage import open_database
from lab.users import create_demo_users
from tests.lab.calibration.lab_helpers import PASSWORDS, device_of, user


def approved_calibration(database, lab_id=None) -> str:
    """Run the DMM procedure on the simulated bench, review and approve it; its id."""
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
    reviewer, signatory = user(database, "dung.hq"), user(database, "chi.ttm")
    with database.session(actor=reviewer) as session:
        review(session, reviewer, PASSWORDS["dung.hq"], plan.calibration_id)
    with database.session(actor=signatory) as session:
        approve(session, signatory, PASSWORDS["chi.ttm"], plan.calibration_id)
    return plan.calibration_id


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
