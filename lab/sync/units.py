"""Units of work: a record and the rows that belong to it move as one (issue 8, "A calibration
moves with its points, and a certificate with its revisions, as one unit"; sync.md 2.7).

A model joins its parent's unit by naming the column that points at the parent,
``__sync_unit__ = "calibration_id"``; the parent may itself belong to a larger unit (a
certificate revision → its certificate → its calibration), and the record at the top is the
unit's *root*. Push never cuts a unit across batches, and pull brings a unit's other rows along
with any row of it, so neither the centre nor a workstation ever holds a calibration with only
some of its points. The queries here work on any mapping of table names to tables, so the same
code reads the workstation's SQLite file and the centre's PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, Select, Table, select

from lab.sync.tables import SyncedTable, synced_tables

CHUNK = 1000


def _by_name() -> dict[str, SyncedTable]:
    return {t.name: t for t in synced_tables()}


def root_name(synced: SyncedTable) -> str:
    """The table at the top of ``synced``'s unit (itself when it belongs to none)."""
    by_name = _by_name()
    while synced.unit_column is not None:
        synced = by_name[synced.unit_parent]
    return synced.name


def unit_roots() -> frozenset[str]:
    """Tables whose rows head a unit with other rows in it (calibrations, say)."""
    return frozenset(root_name(t) for t in synced_tables() if t.unit_column is not None)


def in_unit(synced: SyncedTable) -> bool:
    """Whether rows of ``synced`` belong to a unit of more than one table."""
    return synced.unit_column is not None or synced.name in unit_roots()


def _root_column(tables: Mapping[str, Table], synced: SyncedTable) -> tuple[Select, object]:
    """A select over ``synced``'s table joined up to its root, and the root id column."""
    by_name = _by_name()
    table = tables[synced.name]
    query = select(table.c.id)
    if synced.unit_column is None:
        return query, table.c.id
    column = table.c[synced.unit_column]
    parent = by_name[synced.unit_parent]
    while parent.unit_column is not None:
        parent_table = tables[parent.name]
        query = query.join(parent_table, parent_table.c.id == column)
        column = parent_table.c[parent.unit_column]
        parent = by_name[parent.unit_parent]
    return query, column


def roots_of(
    conn: Connection, tables: Mapping[str, Table], synced: SyncedTable, ids: Iterable[uuid.UUID]
) -> set[uuid.UUID]:
    """The unit roots of the rows ``ids`` of ``synced`` (rows the database lacks give none)."""
    return set(root_of_each(conn, tables, synced, ids).values()) - {None}


def root_of_each(
    conn: Connection, tables: Mapping[str, Table], synced: SyncedTable, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, uuid.UUID]:
    """Row id → the root of its unit, for the rows ``ids`` of ``synced`` the database has."""
    ids = list(ids)
    if synced.unit_column is None:
        return {i: i for i in ids}
    query, root = _root_column(tables, synced)
    own = tables[synced.name].c.id
    found: dict[uuid.UUID, uuid.UUID] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update(conn.execute(query.with_only_columns(own, root).where(own.in_(chunk))).all())
    return found


def members(
    conn: Connection,
    tables: Mapping[str, Table],
    synced: SyncedTable,
    roots: Iterable[uuid.UUID],
    *columns: str,
) -> list:
    """Rows of ``synced`` in the units headed by ``roots``: their ``columns`` (default: id)."""
    roots = list(roots)
    query, root = _root_column(tables, synced)
    table = tables[synced.name]
    wanted = [table.c[c] for c in columns] or [table.c.id]
    found = []
    for start in range(0, len(roots), CHUNK):
        chunk = roots[start : start + CHUNK]
        found += conn.execute(query.with_only_columns(*wanted).where(root.in_(chunk))).all()
    return found


def member_tables(root: str) -> tuple[SyncedTable, ...]:
    """The tables below ``root`` in its units (not the root itself), parents first."""
    return tuple(t for t in synced_tables() if t.unit_column is not None and root_name(t) == root)


def root_select(tables: Mapping[str, Table], synced: SyncedTable, ids: Select) -> Select:
    """A select of the unit roots of the rows of ``synced`` whose ids ``ids`` selects."""
    query, root = _root_column(tables, synced)
    return query.with_only_columns(root).where(tables[synced.name].c.id.in_(ids))


def member_select(tables: Mapping[str, Table], synced: SyncedTable, roots: Select) -> Select:
    """A select of the ids of rows of ``synced`` in the units whose roots ``roots`` selects."""
    query, root = _root_column(tables, synced)
    return query.where(root.in_(roots))
