"""A real PostgreSQL for the sync tests: one server per test session (pgserver), a fresh
central database per test, and workstations as real SQLite files."""

from __future__ import annotations

import itertools
import uuid

import pytest
from sqlalchemy import text

from lab.storage import open_database
from lab.storage.models import Customer, Device
from lab.storage.text import fold
from lab.sync.upstream import connect_upstream, init_upstream

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    import pgserver

    server = pgserver.get_server(tmp_path_factory.mktemp("pgdata"), cleanup_mode="stop")
    yield server
    server.cleanup()


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


def add_customer(db, name: str = "Công ty Điện lực") -> uuid.UUID:
    with db.session() as s:
        customer = Customer(name=name, name_key=fold(name))
        s.add(customer)
    return customer.id


def add_devices(db, customer_id: uuid.UUID, count: int, prefix: str = "D") -> list[uuid.UUID]:
    with db.session() as s:
        devices = [
            Device(
                lab_id=f"{prefix}-{next(_numbers):06d}",
                customer_id=customer_id,
                name=f"Đồng hồ vạn năng {i}",
                manufacturer="Fluke",
                model="87V",
                serial=f"SN{i:05d}",
            )
            for i in range(count)
        ]
        s.add_all(devices)
    return [d.id for d in devices]


def edit_device(db, device_id: uuid.UUID, **values) -> None:
    with db.session() as s:
        device = s.get(Device, device_id)
        for key, value in values.items():
            setattr(device, key, value)


def device_field(db, device_id: uuid.UUID, field: str):
    with db.read_session() as s:
        return getattr(s.get(Device, device_id), field)


def register_snapshot(db) -> dict:
    """Every synced row's content (without per-workstation bookkeeping), table by table."""
    from lab.sync.tables import synced_tables

    snapshot = {}
    with db.engine.connect() as conn:
        for synced in synced_tables():
            cols = ", ".join(("id", *synced.data_columns))
            rows = conn.execute(text(f"SELECT {cols} FROM {synced.name} ORDER BY id")).all()
            snapshot[synced.name] = [tuple(r) for r in rows]
    return snapshot


def upstream_count(engine, table: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
