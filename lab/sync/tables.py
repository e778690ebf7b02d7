"""Which tables sync, and their shape upstream: found from the mapped classes, never listed.

Every mapped class with the :class:`~lab.storage.base.Synced` mixin syncs (DESIGN.md, Data), so
calibrations and certificates sync as soon as their models exist. Upstream each table keeps the
workstation's columns and adds two of its own: ``upstream_version`` (bumped on every accepted
change) and ``change_seq`` (the commit-ordered number pulls follow). Unique and foreign-key
constraints stay on the workstations: upstream is the meeting point of rows that arrive batch by
batch, and a batch must never be refused because its parent is in the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import BigInteger, Column, Index, MetaData, Table

import lab.storage  # noqa: F401  (maps every model before the registry is read)
from lab.storage.base import Base, Synced

UPSTREAM_COLUMNS = ("upstream_version", "change_seq")
BOOKKEEPING = frozenset(Synced.SYNC_COLUMNS) - {"deleted_at"}
# Rows of these policies are written once by one author (approved calibrations, issued
# certificates): a second version from elsewhere is not a conflict but a replay.
APPEND_ONLY = "append_only"
MERGE_FIELDS = "merge_fields"


@dataclass(frozen=True)
class SyncedTable:
    """One synced entity: its local table, its columns and how concurrent edits are settled."""

    name: str
    table: Table
    columns: tuple[str, ...]
    policy: str

    @property
    def data_columns(self) -> tuple[str, ...]:
        """Columns the field-by-field merge compares: what a person edits, and the tombstone
        (a deletion on one workstation and an edit on another both survive the merge)."""
        return tuple(c for c in self.columns if c not in BOOKKEEPING)


def synced_tables() -> tuple[SyncedTable, ...]:
    """Every synced table, parents before children (the order rows are applied in)."""
    by_table = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced) and mapper.local_table is not None:
            by_table[mapper.local_table.name] = cls
    ordered = [t for t in Base.metadata.sorted_tables if t.name in by_table]
    return tuple(_described(t, by_table[t.name]) for t in ordered)


def _described(table: Table, cls: type) -> SyncedTable:
    policy = getattr(cls, "__sync_policy__", MERGE_FIELDS)
    return SyncedTable(table.name, table, tuple(c.name for c in table.columns), policy)


def upstream_metadata() -> MetaData:
    """The central schema's synced tables: local columns, no local constraints, two more columns."""
    metadata = MetaData()
    for synced in synced_tables():
        columns = [
            Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable or False)
            for c in synced.table.columns
        ]
        columns.append(Column("upstream_version", BigInteger, nullable=False))
        columns.append(Column("change_seq", BigInteger, nullable=False))
        Table(
            synced.name,
            metadata,
            *columns,
            Index(f"ix_{synced.name}_change_seq", "change_seq"),
        )
    return metadata
