"""The fault matrix: SIGKILL at every step, the cable pulled mid-batch, clocks a year off, an
older schema, the network down. Nothing is lost and nothing is doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import text

from lab.storage import base, changes
from lab.storage.models import Device
from lab.sync.engine import pending_changes, sync
from lab.sync.faults import STEPS
from lab.sync.pull import pulled_seq
from lab.sync.resolve import list_conflicts
from lab.sync.upstream import UpstreamSchemaMismatch, UpstreamUnreachable, connect_upstream
from tests.conftest import REPO
from tests.lab.sync.helpers import (
    add_customer,
    add_devices,
    device_field,
    edit_device,
    register_snapshot,
    upstream_count,
)
from tests.lab.sync.proxy import CablePullingProxy


def run_sync_process(db_path, url, crash_at=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CALDESK_SYNC_CRASH_AT": crash_at or ""}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--db", str(db_path), "sync", "--upstream", url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("step", [s for s in STEPS if s.startswith("push")])
def test_push_killed_at_any_step_loses_and_doubles_nothing(
    step, workstations, upstream, upstream_url
):
    a, b = workstations("A"), workstations("B")
    devices = add_devices(a, add_customer(a), 30)

    killed = run_sync_process(a.path, upstream_url, crash_at=step)
    assert killed.returncode == -signal.SIGKILL
    again = run_sync_process(a.path, upstream_url)
    assert again.returncode == 0, again.stderr
    sync(b, upstream)

    assert pending_changes(a) == 0
    assert upstream_count(upstream, "devices") == 30
    with upstream.connect() as conn:
        assert conn.execute(text("SELECT max(upstream_version) FROM devices")).scalar_one() == 1
    assert register_snapshot(a) == register_snapshot(b)
    assert device_field(b, devices[-1], "serial") == "SN00029"


@pytest.mark.parametrize("step", [s for s in STEPS if s.startswith("pull")])
def test_pull_killed_at_any_step_loses_and_doubles_nothing(
    step, workstations, upstream, upstream_url
):
    a, b = workstations("A"), workstations("B")
    add_devices(a, add_customer(a), 30)
    sync(a, upstream)

    killed = run_sync_process(b.path, upstream_url, crash_at=step)
    assert killed.returncode == -signal.SIGKILL
    again = run_sync_process(b.path, upstream_url)
    assert again.returncode == 0, again.stderr

    assert register_snapshot(a) == register_snapshot(b)
    assert pending_changes(b) == 0  # pulled rows are not sent back as B's own changes
    with upstream.connect() as conn:
        counter = conn.execute(text("SELECT value FROM sync_counter")).scalar_one()
    assert pulled_seq(b) == counter


def test_the_cable_pulled_mid_batch_resumes_next_time(
    workstations, upstream, upstream_url, pg_socket_dir
):
    a, b = workstations("A"), workstations("B")
    add_devices(a, add_customer(a), 300)
    proxy = CablePullingProxy(pg_socket_dir)
    database = upstream_url.split("?")[0].rsplit("/", 1)[1]
    through_proxy = connect_upstream(proxy.url(database))
    try:
        proxy.cut_after = 20_000  # the handshake and schema check pass; the batch is cut
        with pytest.raises(UpstreamUnreachable, match="Nothing was lost"):
            sync(a, through_proxy)
        assert proxy.cuts == 1
        assert pending_changes(a) == 301
        assert upstream_count(upstream, "devices") == 0  # the cut transaction left nothing

        proxy.cut_after = None
        through_proxy.dispose()
        report = sync(a, through_proxy)
    finally:
        through_proxy.dispose()
        proxy.close()
    sync(b, upstream)

    assert report.pushed == 301 and report.pending == 0
    assert upstream_count(upstream, "devices") == 300
    assert register_snapshot(a) == register_snapshot(b)


def test_a_workstation_clock_a_year_off_changes_nothing(workstations, upstream, monkeypatch):
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    sync(a, upstream)
    sync(b, upstream)

    real_now = base.utc_now
    monkeypatch.setattr(changes, "utc_now", lambda: real_now() - timedelta(days=365))
    edit_device(b, device, location="Phòng B", notes="B")  # B's clock is a year behind
    sync(b, upstream)
    monkeypatch.setattr(changes, "utc_now", lambda: real_now() + timedelta(days=365))
    edit_device(a, device, location="Phòng A", model="289")  # A's clock is a year ahead
    sync(a, upstream)
    monkeypatch.setattr(changes, "utc_now", real_now)
    sync(b, upstream)

    # The order the changes reached the centre decides, never the clocks: B was first.
    for ws in (a, b):
        assert device_field(ws, device, "location") == "Phòng B"
        assert device_field(ws, device, "notes") == "B"
        assert device_field(ws, device, "model") == "289"
    [conflict] = list_conflicts(a)
    assert (conflict.field, conflict.kept, conflict.other) == ("location", "Phòng B", "Phòng A")


def test_a_workstation_with_an_older_schema_is_refused_with_a_sentence(workstations, upstream):
    a = workstations("A")
    add_devices(a, add_customer(a), 2)
    with upstream.begin() as conn:
        conn.execute(text("UPDATE sync_schema SET revision = '9999'"))

    with pytest.raises(UpstreamSchemaMismatch, match="update CalDesk on this workstation"):
        sync(a, upstream)
    assert pending_changes(a) == 3
    assert upstream_count(upstream, "devices") == 0


def test_sync_with_the_network_down_says_so_and_keeps_every_change(workstations, tmp_path):
    a = workstations("A")
    add_devices(a, add_customer(a), 2)
    result = run_sync_process(a.path, "postgresql://caldesk@127.0.0.1:9/centre")

    assert result.returncode == 3
    assert "Cannot reach the central database at 127.0.0.1/centre" in result.stderr
    assert "Traceback" not in result.stderr
    assert pending_changes(a) == 3


def test_sync_command_prints_pushed_pulled_and_conflicts_as_json(workstations, upstream_url):
    import json

    a = workstations("A")
    add_devices(a, add_customer(a), 2)
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "main.py"),
            "--db",
            str(a.path),
            "sync",
            "--upstream",
            upstream_url,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "pushed": 3,
        "pulled": 0,
        "conflicts_found": 0,
        "conflicts_open": 0,
        "pending": 0,
    }


def test_device_edits_survive_a_sync_that_brought_the_same_row(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    sync(a, upstream)
    sync(b, upstream)
    edit_device(a, device, notes="from A")
    sync(a, upstream)
    edit_device(b, device, location="edited on B before it pulled A's notes")
    sync(b, upstream)  # pushes B's edit (merged upstream), then pulls the merged row
    sync(a, upstream)

    with b.read_session() as s:
        row = s.get(Device, device)
        assert (row.notes, row.location) == ("from A", "edited on B before it pulled A's notes")
    assert register_snapshot(a) == register_snapshot(b)


def test_sslmode_require_refuses_a_centre_without_tls_with_a_sentence(
    workstations, upstream_url, pg_socket_dir
):
    a = workstations("A")
    add_devices(a, add_customer(a), 1)
    proxy = CablePullingProxy(pg_socket_dir)
    database = upstream_url.split("?")[0].rsplit("/", 1)[1]
    plain_url = proxy.url(database).replace("?sslmode=disable", "")
    strict = connect_upstream(plain_url, sslmode="require")
    try:
        with pytest.raises(UpstreamUnreachable, match="SSL"):
            sync(a, strict)
    finally:
        strict.dispose()
        proxy.close()
    assert pending_changes(a) == 2
