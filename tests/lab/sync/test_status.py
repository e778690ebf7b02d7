"""What the Sync pane and the status bar read: the run history, the address without its
password, and the password in libpq's own file."""

from __future__ import annotations

import stat
from datetime import timedelta

import pytest

from lab.storage.base import utc_now
from lab.storage.sync_models import SyncState
from lab.sync.pgpass import has_password, save_password
from lab.sync.status import (
    KEPT_RUNS,
    OK,
    UNREACHABLE,
    SyncRunRecord,
    parse_address,
    recent_runs,
    record_run,
    save_upstream,
    saved_upstream,
    sync_status,
)


@pytest.fixture
def password_file(tmp_path, monkeypatch):
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def run(minutes_ago: int, outcome: str = OK) -> SyncRunRecord:
    start = utc_now() - timedelta(minutes=minutes_ago)
    return SyncRunRecord(start, start + timedelta(seconds=1), "manual", outcome, 1, 2)


def test_the_history_keeps_the_newest_runs_and_a_later_success_clears_a_failure(db):
    for n in range(KEPT_RUNS + 5):
        record_run(db, run(500 - n))
    record_run(db, run(3, UNREACHABLE))

    assert len(recent_runs(db, limit=1000)) == KEPT_RUNS
    assert sync_status(db).last_failed
    record_run(db, run(1))
    assert not sync_status(db).last_failed


def test_the_address_is_stored_without_its_password_and_with_its_tls_mode(db):
    address, password = parse_address("postgresql://tram-1:bí:mật@centre.lab:5433/caldesk", None)
    address = type(address)(address.url, "verify-full")
    save_upstream(db, address)

    assert password == "bí:mật"
    with db.read_session() as s:
        stored = s.get(SyncState, 1).upstream_url
    assert stored == "postgresql://tram-1@centre.lab:5433/caldesk?sslmode=verify-full"
    assert saved_upstream(db) == address
    with pytest.raises(ValueError, match="must be PostgreSQL"):
        parse_address("sqlite:///x.db", None)


def test_a_password_replaces_the_old_one_and_leaves_other_lines_alone(password_file):
    password_file.write_text("other.host:5432:db:someone:theirs\n")
    url = "postgresql://tram-1@centre.lab/caldesk"
    save_password(url, "first")
    save_password(url, "sec:ond\\")

    lines = password_file.read_text().splitlines()
    assert lines == [
        "other.host:5432:db:someone:theirs",
        "centre.lab:*:caldesk:tram-1:sec\\:ond\\\\",
    ]
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    assert has_password(url) and not has_password("postgresql://tram-2@centre.lab/caldesk")
    with pytest.raises(ValueError, match="login name"):
        save_password("postgresql://centre.lab/caldesk", "x")


def test_main_py_sync_remembers_the_address_without_the_password_typed_into_it(db, password_file):
    from lab.commands.sync_cmd import remember_url

    remember_url(db, "postgresql://ws_a:s3cret@centre.lab:5433/caldesk?sslmode=require")
    with db.read_session() as session:
        stored = session.get(SyncState, 1).upstream_url
    assert "s3cret" not in stored and "ws_a@centre.lab:5433/caldesk" in stored
    assert "sslmode=require" in stored
    assert password_file.read_text(encoding="utf-8").strip().endswith(":ws_a:s3cret")
