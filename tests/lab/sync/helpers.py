"""Building registers on workstations and reading them back, for the sync tests."""

from __future__ import annotations

import itertools
import uuid

from sqlalchemy import text

from lab.storage.audit_chain import json_value
from lab.storage.models import Customer, Device
from lab.storage.sync_models import SyncConflict
from lab.storage.text import fold

_numbers = itertools.count(1)


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


def listed_conflict(
    db, field: str, kept: object, other: object, customer: str = "Công ty Điện lực"
) -> tuple[uuid.UUID, uuid.UUID]:
    """A device whose ``field`` holds ``kept`` and a conflict setting ``other`` aside, as a
    pull leaves it (for tests of settling that need no centre)."""
    device = add_devices(db, add_customer(db, customer), 1)[0]
    if kept is not None:
        edit_device(db, device, **{field: kept})
    return device, conflict_set_aside(db, "devices", device, field, kept, other)


def conflict_set_aside(
    db, entity: str, row: uuid.UUID, field: str, kept: object, other: object
) -> uuid.UUID:
    """A conflict on ``entity`` row ``row`` keeping ``kept`` and setting ``other`` (from lab-b)
    aside, as a pull records it."""
    conflict_id = uuid.uuid4()
    with db.session() as s:
        s.add(
            SyncConflict(
                id=conflict_id,
                entity=entity,
                row_id=row,
                field=field,
                kept_value=json_value(kept),
                other_value=json_value(other),
                other_workstation="lab-b",
            )
        )
    return conflict_id
