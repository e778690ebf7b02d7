"""The leaner search index (migration 0012): a register indexed before it finds the same devices
after it and goes on indexing new ones; and a migration of the workstation's own structures asks
nothing of the centre."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.orm import Session

from lab.intake import import_device_list
from lab.register import DeviceQuery, list_devices
from lab.storage import open_database
from lab.storage.database import make_engine
from lab.storage.migrate import alembic_config, head_revision, synced_schema_revision
from lab.sync.tables import synced_tables

from .test_intake import ROWS, write_list

SEARCHES = ("nhiet ke", "fluke", "nhua binh", "ts-00", "87v", "me204")


def found(session: Session) -> dict[str, list[str]]:
    return {
        words: sorted(d.lab_id for d in list_devices(session, DeviceQuery(search=words)))
        for words in SEARCHES
    }


def at_revision(path, revision: str):
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return engine


def test_a_register_indexed_before_finds_the_same_devices_after_and_keeps_indexing(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = at_revision(path, "0011")
    with Session(engine) as s, s.begin():  # a workstation still at 0011 takes in a list
        import_device_list(s, write_list(tmp_path / "a.csv", ROWS), "Công ty Nhựa Bình An")
    with Session(engine) as s:
        before = found(s)
    engine.dispose()
    assert all(before.values()), before

    database = open_database(path)  # migrated on opening
    with database.read_session() as s:
        assert found(s) == before
    more = [[str(10 + n), *row[1:4], f"X{n}", f"TS-1{n}", *row[6:]] for n, row in enumerate(ROWS)]
    with database.session() as s:
        import_device_list(s, write_list(tmp_path / "b.csv", more), "Công ty Nhựa Bình An")
    with database.read_session() as s:
        after = found(s)
        assert len(after["fluke"]) == 2 and len(after["nhua binh"]) == 8
    database.close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO device_fts(device_fts) VALUES ('integrity-check')")  # raises if not
    con.close()


def synced_columns(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {
            t.name: con.execute(f"PRAGMA table_info({t.name})").fetchall() for t in synced_tables()
        }
    finally:
        con.close()


def test_a_migration_that_says_it_leaves_the_synced_schema_alone_does(tmp_path):
    script = ScriptDirectory.from_config(alembic_config())
    local_only = [
        r for r in script.walk_revisions() if getattr(r.module, "SYNCED_SCHEMA_UNCHANGED", False)
    ]
    assert local_only
    for revision in local_only:
        before = tmp_path / f"{revision.revision}-before.sqlite"
        after = tmp_path / f"{revision.revision}-after.sqlite"
        at_revision(before, revision.down_revision).dispose()
        at_revision(after, revision.revision).dispose()
        assert synced_columns(before) == synced_columns(after), revision.revision


def test_the_centre_is_versioned_by_the_newest_migration_of_synced_tables():
    # A centre set up by a CalDesk at 0011 syncs with this one: nobody runs 'upstream init'.
    assert head_revision() == "0012"
    assert synced_schema_revision() == "0011"
