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


def test_upstream_commands_set_up_the_centre_and_a_workstation_login(pg_server, pg_socket_dir):
    import subprocess
    import sys
    import uuid

    from tests.conftest import REPO

    name = f"centre_{uuid.uuid4().hex[:12]}"
    pg_server.psql(f"CREATE DATABASE {name};")
    url = f"postgresql://postgres@/{name}?host={pg_socket_dir}"

    def caldesk(*args):
        return subprocess.run(
            [sys.executable, str(REPO / "main.py"), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    try:
        init = caldesk("upstream", "init", url)
        again = caldesk("upstream", "init", url)
        added = caldesk("upstream", "add-workstation", "Lab Áp suất 3", "--url", url)
        twice = caldesk("upstream", "add-workstation", "Lab Áp suất 3", "--url", url)
        not_pg = caldesk("upstream", "init", "sqlite:///centre.db")
    finally:
        pg_server.psql(f"DROP DATABASE {name} WITH (FORCE);")

    assert init.returncode == 0 and "central database ready" in init.stdout, init.stderr
    assert again.returncode == 0  # init on a set-up centre is a no-op migration
    assert added.returncode == 0 and "caldesk_ws_lab_ap_suat_3" in added.stdout, added.stderr
    assert twice.returncode == 3 and "already exists" in twice.stderr
    assert not_pg.returncode == 3 and "must be PostgreSQL" in not_pg.stderr
