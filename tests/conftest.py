"""Test set-up shared by the whole suite.

Qt runs without a display (``offscreen``); every database is a real SQLite file in a temp folder.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path):
    """A fresh workstation database in a real SQLite file."""
    from lab.storage import open_database

    database = open_database(tmp_path / "caldesk.sqlite")
    yield database
    database.close()


@pytest.fixture
def demo_db(tmp_path):
    """A database holding the demo lab."""
    from lab.demo import load_demo_lab
    from lab.storage import open_database

    database = open_database(tmp_path / "demo.sqlite")
    with database.session() as session:
        load_demo_lab(session)
    yield database
    database.close()
