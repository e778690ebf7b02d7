"""The workstation database: durable settings, NFC text, change capture, safe migrations."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select, text

from lab.storage import open_database
from lab.storage.changes import HardDeleteRefused, tombstone
from lab.storage.database import DatabaseError, make_engine
from lab.storage.migrate import SchemaTooNew, alembic_config, head_revision
from lab.storage.models import Customer, OutboxEntry
from lab.storage.text import fold


def test_database_runs_in_wal_with_full_sync_and_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_vietnamese_name_typed_on_two_keyboards_is_stored_as_one_name(db):
    composed = "Công ty Đo lường Nhiệt"
    decomposed = "Co\u0302ng ty \u0110o lu\u031bo\u031b\u0300ng Nhie\u0323\u0302t"
    with db.session() as s:
        s.add(Customer(name=decomposed, name_key=fold(decomposed)))
    raw = sqlite3.connect(db.path).execute("SELECT name FROM customers").fetchone()[0]
    assert raw == composed


def test_every_change_leaves_an_outbox_row_and_bumps_the_version(db):
    with db.session() as s:
        customer = Customer(name="A", name_key="a")
        s.add(customer)
    with db.session() as s:
        c = s.get(Customer, customer.id)
        c.address = "Hà Nội"
    with db.session() as s:
        c = s.get(Customer, customer.id)
        assert c.row_version == 2
        ops = s.execute(select(OutboxEntry.operation, OutboxEntry.row_version)).all()
        assert ops == [("insert", 1), ("update", 2)]
        assert c.origin_workstation == str(db.workstation_id)


def test_a_rolled_back_change_leaves_no_outbox_row(db):
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Customer(name="B", name_key="b"))
        s.flush()
        raise RuntimeError("the user's action failed half way")
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_synced_rows_are_tombstoned_never_deleted(db):
    with db.session() as s:
        customer = Customer(name="C", name_key="c")
        s.add(customer)
    with pytest.raises(HardDeleteRefused), db.session() as s:
        s.delete(s.get(Customer, customer.id))
    with db.session() as s:
        tombstone(s.get(Customer, customer.id))
    with db.read_session() as s:
        assert s.get(Customer, customer.id).deleted_at is not None
        last = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
        assert last.operation == "delete"


def test_migrating_an_older_database_keeps_its_data_and_a_copy_of_the_file(tmp_path):
    path = tmp_path / "old.sqlite"
    cfg = alembic_config()
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO customers (id, name, name_key, row_version, base_version, "
                "updated_at, origin_workstation) VALUES "
                "('0123456789abcdef0123456789abcdef', 'Old customer', 'old customer', 1, 0, "
                "'2025-01-01 00:00:00', 'w')"
            )
        )
    engine.dispose()
    database = open_database(path)
    backups = list(tmp_path.glob("old.before-0001-*.sqlite"))
    with database.read_session() as s:
        assert s.scalar(select(Customer.name)) == "Old customer"
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
    database.close()
    if head_revision() == "0001":
        assert backups == []  # nothing to migrate, so no copy was needed
    else:
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT name FROM customers").fetchone() == ("Old customer",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_database_from_a_newer_caldesk_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(SchemaTooNew, match="newer CalDesk"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "devices.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database")
    with pytest.raises(DatabaseError, match="not a CalDesk database"):
        open_database(path)
    assert path.read_bytes().startswith(b"PK\x03\x04 this is a spreadsheet")


def test_the_migrations_build_exactly_the_schema_the_models_describe(db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from lab.storage.base import Base

    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The full-text index and its shadow tables are made by hand in the migration, not mapped.
    differences = [d for d in differences if not str(d).count("device_fts")]
    assert differences == []
