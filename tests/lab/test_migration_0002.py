"""Opening a database made before users and the audit trail adds them, after a backup."""

from __future__ import annotations

import sqlite3

from alembic import command

from lab.audit import verify_chain
from lab.storage import open_database
from lab.storage.database import make_engine
from lab.storage.migrate import alembic_config
from lab.users import user_count


def test_a_register_database_from_before_gains_users_and_audit_on_opening(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()

    database = open_database(path)
    with database.read_session() as s:
        assert user_count(s) == 0  # no users until the first admin is made
        assert verify_chain(s).intact and verify_chain(s).events == 0
    database.close()
    assert list(tmp_path.glob("old.before-0001-*.sqlite")), "no backup was made before migrating"
    con = sqlite3.connect(path)
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    con.close()
    assert {"audit_events_no_update", "audit_events_no_delete"} <= triggers
