"""A real PostgreSQL for the sync tests: one server per test session (pgserver), a fresh
central database per test, and workstations as real SQLite files."""

from __future__ import annotations

import shutil
import tempfile
import uuid

import pytest

from lab.storage import open_database
from lab.sync.upstream import connect_upstream, init_upstream


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL for the session, in a folder of its own: pytest's numbered temp folders
    are pruned by other pytest runs on the same machine, which would pull the data away."""
    import pgserver

    folder = tempfile.mkdtemp(prefix="caldesk-pg-")
    server = pgserver.get_server(folder, cleanup_mode="stop")
    yield server
    server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_socket_dir(pg_server) -> str:
    return pg_server.get_uri().split("host=")[1]


@pytest.fixture
def upstream_url(pg_server, pg_socket_dir):
    """A fresh central database, set up with ``upstream init``; dropped after the test."""
    name = f"centre_{uuid.uuid4().hex[:12]}"
    pg_server.psql(f"CREATE DATABASE {name};")
    url = f"postgresql://postgres@/{name}?host={pg_socket_dir}"
    engine = connect_upstream(url)
    init_upstream(engine)
    engine.dispose()
    yield url
    pg_server.psql(f"DROP DATABASE {name} WITH (FORCE);")


@pytest.fixture
def upstream(upstream_url):
    engine = connect_upstream(upstream_url)
    yield engine
    engine.dispose()


@pytest.fixture
def workstations(tmp_path):
    """``workstations("A")`` opens (or makes) workstation A's own database file."""
    opened = {}

    def open_one(name: str):
        if name not in opened:
            opened[name] = open_database(tmp_path / f"{name}.sqlite", workstation_name=name)
        return opened[name]

    yield open_one
    for database in opened.values():
        database.close()
