"""A demo lab with its users and reference standards, in a real SQLite file."""

from __future__ import annotations

import pytest

from lab.demo import load_demo_lab
from lab.storage import open_database
from lab.users import create_demo_users


@pytest.fixture
def lab(tmp_path):
    database = open_database(tmp_path / "lab.sqlite")
    with database.session() as session:
        load_demo_lab(session, devices_per_customer=8)
        create_demo_users(session)
    yield database
    database.close()
