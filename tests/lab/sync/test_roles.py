"""Each workstation logs in with its own role; forced row-level security makes it write only as
itself, whatever SQL it sends."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from lab.sync.engine import sync
from lab.sync.roles import WorkstationRefused, add_workstation
from lab.sync.upstream import UpstreamError, connect_upstream
from tests.lab.sync.helpers import add_customer, add_devices, register_snapshot


def _login(upstream_url: str, role: str):
    return connect_upstream(upstream_url.replace("postgresql://postgres@", f"postgresql://{role}@"))


@pytest.fixture
def logins(upstream, upstream_url):
    engines = {}

    def login(name: str):
        role = add_workstation(upstream, name, password=None)
        engines[name] = _login(upstream_url, role)
        return engines[name]

    yield login
    for engine in engines.values():
        engine.dispose()


def test_workstations_sync_through_their_own_logins(workstations, logins):
    a, b = workstations("A"), workstations("B")
    as_a, as_b = logins("lab-dien-1"), logins("lab-nhiet-2")
    add_devices(a, add_customer(a), 3)
    add_devices(b, add_customer(b, "Nhà máy Nước"), 2)
    for ws, login in ((a, as_a), (b, as_b), (a, as_a)):
        sync(ws, login)

    assert register_snapshot(a) == register_snapshot(b)


def test_a_workstation_cannot_overwrite_rows_in_another_workstations_name(workstations, logins):
    a, b = workstations("A"), workstations("B")
    as_a, as_b = logins("lab-dien-1"), logins("lab-nhiet-2")
    add_devices(a, add_customer(a), 1)
    sync(a, as_a)
    sync(b, as_b)

    forged = text("UPDATE devices SET notes = 'forged', origin_workstation = :a")
    with pytest.raises(ProgrammingError, match="row-level security"):
        with as_b.begin() as conn:
            conn.execute(forged, {"a": str(a.workstation_id)})
    with pytest.raises(ProgrammingError, match="row-level security"):
        with as_b.begin() as conn:
            conn.execute(text("UPDATE sync_cursors SET pulled_seq = 0"))
            conn.execute(
                text("INSERT INTO sync_cursors (workstation, pulled_seq) VALUES (:a, 0)"),
                {"a": str(a.workstation_id)},
            )
    with as_a.connect() as conn:
        assert conn.execute(text("SELECT notes FROM devices")).scalar_one() is None


def test_a_login_is_refused_from_another_workstations_database(workstations, logins):
    a, b = workstations("A"), workstations("B")
    as_a = logins("lab-dien-1")
    sync(a, as_a)

    with pytest.raises(WorkstationRefused, match="belongs to another workstation"):
        sync(b, as_a)


def test_a_workstation_name_is_added_once(upstream):
    add_workstation(upstream, "lab-dien-1", password=None)
    with pytest.raises(UpstreamError, match="already exists"):
        add_workstation(upstream, "Lab Dien 1", password=None)
