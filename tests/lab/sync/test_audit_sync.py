"""The audit trail reaches the centre, and a device's history shows every workstation's events
(issue 8): against a real PostgreSQL, real SQLite files and real processes killed with SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import ProgrammingError

from lab.audit import device_history, history, verify_chain
from lab.storage.security_models import AuditEvent, RemoteAuditEvent
from lab.storage.sync_models import SyncState
from lab.sync.audit_trail import (
    AuditRewritten,
    audit_pushed_seq,
    pull_audit,
    push_audit,
    verify_upstream_audit,
)
from lab.sync.engine import sync
from lab.sync.roles import add_workstation
from lab.sync.upstream import UpstreamSchemaMismatch, connect_upstream, init_upstream
from tests.conftest import REPO
from tests.lab.sync.calibrations import add_calibration, add_standard
from tests.lab.sync.helpers import add_customer, add_devices, edit_device, upstream_count


def run_main(*args: str, crash_at: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "CALDESK_SYNC_CRASH_AT": crash_at}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def own_events(db) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


def remote_events(db) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(RemoteAuditEvent))


def centre_events(upstream, db) -> int:
    with upstream.connect() as conn:
        query = text("SELECT count(*) FROM audit_events WHERE workstation = :w")
        return conn.execute(query, {"w": str(db.workstation_id)}).scalar_one()


def forget_pushed_mark(db) -> None:
    """As if the mark had never been saved: the next sync sends every event again."""
    with db.session() as s:
        s.get(SyncState, 1).audit_pushed_seq = 0


def test_a_device_history_on_a_shows_the_calibration_made_on_b_with_b_named(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    (device,) = add_devices(a, add_customer(a), 1)
    edit_device(a, device, notes="Vỏ nứt nhẹ")
    sync(a, upstream)
    sync(b, upstream)
    calibration = add_calibration(b, device, add_standard(b), points=2)
    edit_device(b, device, notes="Đã hiệu chuẩn")
    sync(b, upstream)
    report = sync(a, upstream)

    assert report.audit_pulled == remote_events(a) == own_events(b)
    with a.read_session() as s:
        entries = device_history(s, str(device))
        calibration_history = history(s, "calibrations", str(calibration))
        assert verify_chain(s).intact  # B's events stay out of A's own chain
    assert [(e.workstation_name, e.action) for e in calibration_history] == [("B", "create")]
    assert [(e.workstation_name, e.entity, e.action) for e in entries] == [
        ("A", "devices", "create"),
        ("A", "devices", "update"),
        ("B", "calibrations", "create"),
        ("B", "devices", "update"),
    ]
    assert entries[2].record_id == str(calibration) and entries[2].remote
    assert [e.recorded_at for e in entries] == sorted(e.recorded_at for e in entries)
    notes = next(c for c in entries[3].changes if c.field == "notes")
    assert (notes.old, notes.new) == ("Vỏ nứt nhẹ", "Đã hiệu chuẩn")


def test_a_replayed_push_of_the_audit_trail_doubles_nothing(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    add_devices(a, add_customer(a), 5)
    first = sync(a, upstream)
    forget_pushed_mark(a)
    again = sync(a, upstream)
    sync(b, upstream)

    assert first.audit_pushed == again.audit_pushed == own_events(a)
    assert centre_events(upstream, a) == own_events(a)
    assert audit_pushed_seq(a) == own_events(a)
    assert remote_events(b) == own_events(a)
    assert sync(b, upstream).audit_pulled == 0


@pytest.mark.parametrize(
    "step", ["audit-push-before-upstream-commit", "audit-push-after-upstream-commit"]
)
def test_a_push_killed_around_the_centres_commit_resends_and_doubles_nothing(
    step, workstations, upstream, upstream_url
):
    a = workstations("A")
    add_devices(a, add_customer(a), 3)
    killed = run_main("--db", str(a.path), "sync", "--upstream", upstream_url, crash_at=step)
    assert killed.returncode == -signal.SIGKILL
    assert audit_pushed_seq(a) == 0  # the mark never moves before the centre has committed
    held = centre_events(upstream, a)
    assert held == (own_events(a) if step.endswith("after-upstream-commit") else 0)

    again = run_main("--db", str(a.path), "sync", "--upstream", upstream_url)
    assert again.returncode == 0, again.stderr
    assert centre_events(upstream, a) == own_events(a)
    assert audit_pushed_seq(a) == own_events(a)


def test_a_pull_killed_before_its_local_commit_takes_every_event_once(
    workstations, upstream, upstream_url
):
    a, b = workstations("A"), workstations("B")
    add_devices(a, add_customer(a), 3)
    sync(a, upstream)
    step = "audit-pull-before-local-commit"
    killed = run_main("--db", str(b.path), "sync", "--upstream", upstream_url, crash_at=step)
    assert killed.returncode == -signal.SIGKILL
    assert remote_events(b) == 0
    again = run_main("--db", str(b.path), "sync", "--upstream", upstream_url)
    assert again.returncode == 0, again.stderr
    assert remote_events(b) == own_events(a)


@pytest.fixture
def logins(upstream, upstream_url):
    engines = []

    def login(name: str):
        role = add_workstation(upstream, name, password=None)
        as_role = upstream_url.replace("postgresql://postgres@", f"postgresql://{role}@")
        engines.append(connect_upstream(as_role))
        return engines[-1]

    yield login
    for engine in engines:
        engine.dispose()


def test_a_workstation_cannot_write_audit_events_in_anothers_name_or_change_any(
    workstations, logins
):
    a, b = workstations("A"), workstations("B")
    as_a, as_b = logins("lab-dien-1"), logins("lab-nhiet-2")
    add_devices(a, add_customer(a), 2)
    sync(a, as_a)
    sync(b, as_b)
    assert remote_events(b) == own_events(a)  # every workstation reads every trail

    forged = text(
        "INSERT INTO audit_events (workstation, seq, recorded_at, actor, action, entity, "
        "record_id, changes, sealed_workstation, prev_hash, hash) "
        "VALUES (:w, 999, '2026-11-26T00:00:00.000000Z', 'x', 'update', 'devices', 'x', '{}', "
        ":w, '', '')"
    )
    with pytest.raises(ProgrammingError, match="row-level security"):
        with as_b.begin() as conn:
            conn.execute(forged, {"w": str(a.workstation_id)})
    for statement in ("UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(ProgrammingError, match="permission denied"):
            with as_a.begin() as conn:
                conn.execute(text(statement))
    assert verify_upstream_audit(as_b)[0].intact


def test_verify_audit_names_the_workstation_and_entry_of_a_tampered_event(
    workstations, upstream, upstream_url
):
    a, b = workstations("A"), workstations("B")
    add_devices(a, add_customer(a), 2)
    add_devices(b, add_customer(b), 2)
    sync(a, upstream)
    sync(b, upstream)
    intact = run_main("upstream", "verify-audit", upstream_url, "--json")
    assert intact.returncode == 0, intact.stderr
    assert all(t["intact"] for t in json.loads(intact.stdout))

    with upstream.begin() as conn:  # the centre's owner edits one of A's entries
        conn.execute(
            text("UPDATE audit_events SET actor = 'someone' WHERE workstation = :w AND seq = 2"),
            {"w": str(a.workstation_id)},
        )
    checked = run_main("upstream", "verify-audit", upstream_url)
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    (broken,) = [line for line in lines if "broken" in line]
    assert broken.startswith(f"A ({a.workstation_id})") and "entry #2" in broken
    assert any(line.startswith("B (") and "chain intact" in line for line in lines)

    c = workstations("C")
    with pytest.raises(AuditRewritten, match=r"workstation A .* broken at entry #2"):
        sync(c, upstream)


def test_a_rewritten_trail_is_refused_with_the_workstation_and_entry_named(workstations, upstream):
    a = workstations("A")
    add_devices(a, add_customer(a), 2)
    sync(a, upstream)
    with upstream.begin() as conn:
        conn.execute(
            text(
                "UPDATE audit_events SET hash = repeat('f', 64) WHERE seq = 1 AND workstation = :w"
            ),
            {"w": str(a.workstation_id)},
        )
    forget_pushed_mark(a)

    with pytest.raises(AuditRewritten, match=r"entry #1 of workstation A .*rewritten"):
        sync(a, upstream)
    assert audit_pushed_seq(a) == 0
    assert upstream_count(upstream, "audit_events") == own_events(a)


def test_events_come_down_in_chunks_and_later_syncs_take_only_the_new_ones(workstations, upstream):
    a, b, c = workstations("A"), workstations("B"), workstations("C")
    customer = add_customer(a)
    add_devices(a, customer, 4)
    add_devices(c, add_customer(c, "Nhà máy Nước"), 3)
    assert push_audit(a, upstream, chunk=2) == own_events(a)
    push_audit(c, upstream, chunk=2)
    assert pull_audit(b, upstream, chunk=2) == own_events(a) + own_events(c)
    (device,) = add_devices(a, customer, 1)
    edit_device(a, device, notes="Thay pin")
    push_audit(a, upstream, chunk=2)

    assert pull_audit(b, upstream, chunk=2) == 2  # the new device's create and its edit
    assert remote_events(b) == own_events(a) + own_events(c)
    with b.read_session() as s:
        named = {e.workstation_name for e in s.scalars(select(RemoteAuditEvent))}
    assert named == {"A", "C"}


def test_a_centre_set_up_before_the_audit_trail_synced_gets_it_from_upstream_init(
    workstations, upstream, logins
):
    a = workstations("A")
    as_a = logins("lab-dien-1")
    with upstream.begin() as conn:  # the centre as an earlier CalDesk left it
        conn.execute(text("DROP TABLE audit_events"))
    add_devices(a, add_customer(a), 2)
    with pytest.raises(UpstreamSchemaMismatch, match="upstream init"):
        sync(a, as_a)

    init_upstream(upstream)
    report = sync(a, as_a)  # the login registered before the table existed may now insert
    assert report.audit_pushed == own_events(a) == centre_events(upstream, a)
