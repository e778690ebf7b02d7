"""Derived columns of a merged record, worked out again at the centre.

A device's identity and asset keys, due date and search text, and a customer's name key, are
functions of the record's other fields (a device's search text also of its customer's name;
:mod:`lab.devices`, :func:`lab.register.customer_name_key`). Merged field by field they would
set two workstations' edits of different fields against each other (both changed the search
text) and keep a search text stale for one of the two; so the merge leaves them out
(:attr:`lab.sync.tables.SyncedTable.merged_columns`) and they are worked out here from the
merged record, by the register's own rules. A model names its derived columns in
``__sync_derived__``; the rule that works them out is listed here, by table.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import Connection, select

from lab.devices import DEVICE_FIELDS, derived_columns
from lab.register import customer_name_key
from lab.sync.tables import SyncedTable, upstream_metadata


def rederived(conn: Connection, synced: SyncedTable, rows: list[dict]) -> list[dict]:
    """``rows`` (merged records of ``synced`` at the centre) with their derived columns worked
    out again; ``conn`` is the push's transaction, where the batch's parents are in already
    (tables are applied parents first), so a device reads its customer's merged name."""
    if not synced.derived or not rows:
        return rows
    rule = RULES.get(synced.name)
    if rule is None:
        raise ValueError(f"The {synced.name} table names derived columns that no rule works out.")
    return rule(conn, rows)


def _devices(conn: Connection, rows: list[dict]) -> list[dict]:
    names = _customer_names(conn, {r["customer_id"] for r in rows})
    return [
        {**row, **_device_columns(row, names[row["customer_id"]])}
        if row["customer_id"] in names
        else row  # its customer is not at the centre yet: nothing to work the text out from
        for row in rows
    ]


def _device_columns(row: dict, customer_name: str) -> dict:
    """The derived columns of the device ``row`` (all its columns), as every writer has them."""
    fields = {f: row[f] for f in DEVICE_FIELDS}
    return derived_columns(fields, row["lab_id"], customer_name)


def _customer_names(conn: Connection, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    customers = upstream_metadata().tables["customers"]
    query = select(customers.c.id, customers.c.name).where(customers.c.id.in_(ids))
    return dict(conn.execute(query).all())


def _customers(conn: Connection, rows: list[dict]) -> list[dict]:
    return [{**row, "name_key": customer_name_key(row["name"])} for row in rows]


# How each table's ``__sync_derived__`` columns are worked out from a merged record.
RULES: dict[str, Callable[[Connection, list[dict]], list[dict]]] = {
    "devices": _devices,
    "customers": _customers,
}
