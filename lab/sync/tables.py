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
from functools import cache

from sqlalchemy import BigInteger, Column, Index, MetaData, Table

import lab.storage  # noqa: F401  (maps every model before the registry is read)
from lab.storage.base import Base, Synced

UPSTREAM_COLUMNS = ("upstream_version", "change_seq")
BOOKKEEPING = frozenset(Synced.SYNC_COLUMNS) - {"deleted_at"}
# Rows of these policies are written once by one author (approved calibrations, issued
# certificates): a second version from elsewhere is not a conflict but a replay. A model declares
# it as ``__sync_policy__ = "append_only"`` (models cannot import this module: it reads them),
# and ``__sync_sealed_when__ = ("state", {"approved", ...})`` when its rows are drafts first and
# append-only only from some state on; without it a row is append-only from its first push.
APPEND_ONLY = "append_only"
MERGE_FIELDS = "merge_fields"
# Columns a model works out from its other fields (a device's search text, a customer's name
# key) are declared as ``__sync_derived__ = ("search_text", ...)``; how they are worked out is
# the register's own rule (lab.sync.derived), applied again to a merged record.


@dataclass(frozen=True)
class SyncedTable:
    """One synced entity: its local table, its columns and how concurrent edits are settled."""

    name: str
    table: Table
    columns: tuple[str, ...]
    policy: str
    unit_column: str | None = None  # names the parent this table's rows move with
    unit_parent: str | None = None  # that parent's table
    sealed_when: tuple[str, frozenset[str]] | None = None
    derived: tuple[str, ...] = ()  # columns worked out from the others (``__sync_derived__``)

    def sealed(self, row: dict) -> bool:
        """Whether ``row`` (its own columns) is append-only now; rows of a unit follow their
        root (see :mod:`lab.sync.units`), which is what a caller asks this of."""
        if self.policy != APPEND_ONLY:
            return False
        if self.sealed_when is None:
            return True
        column, states = self.sealed_when
        return row.get(column) in states

    @property
    def data_columns(self) -> tuple[str, ...]:
        """Columns the field-by-field merge compares: what a person edits, and the tombstone
        (a deletion on one workstation and an edit on another both survive the merge)."""
        return tuple(c for c in self.columns if c not in BOOKKEEPING)

    @property
    def merged_columns(self) -> tuple[str, ...]:
        """Data columns the field-by-field merge settles: not the derived ones, which both
        sides change whenever a field they are made from changes (two workstations' edits of
        different fields would otherwise clash on the search text), and which are worked out
        again from the merged record instead."""
        return tuple(c for c in self.data_columns if c not in self.derived)


@cache
def synced_tables() -> tuple[SyncedTable, ...]:
    """Every synced table, parents before children (the order rows are applied in).

    Read once: the models are all mapped when this module is imported, and a sync asks this
    for every table of every batch."""
    by_table = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced) and mapper.local_table is not None:
            by_table[mapper.local_table.name] = cls
    ordered = [t for t in Base.metadata.sorted_tables if t.name in by_table]
    return tuple(_described(t, by_table[t.name]) for t in ordered)


def _described(table: Table, cls: type) -> SyncedTable:
    policy = getattr(cls, "__sync_policy__", MERGE_FIELDS)
    if policy not in (APPEND_ONLY, MERGE_FIELDS):
        raise ValueError(f"{cls.__name__}.__sync_policy__ is '{policy}': not a sync policy")
    unit_column = getattr(cls, "__sync_unit__", None)
    unit_parent = None
    if unit_column is not None:
        keys = list(table.c[unit_column].foreign_keys)
        if len(keys) != 1:
            raise ValueError(f"{cls.__name__}.__sync_unit__ must name a foreign-key column")
        unit_parent = keys[0].column.table.name
    sealed_when = getattr(cls, "__sync_sealed_when__", None)
    if sealed_when is not None:
        sealed_when = (sealed_when[0], frozenset(sealed_when[1]))
    columns = tuple(c.name for c in table.columns)
    derived = tuple(getattr(cls, "__sync_derived__", ()))
    if not set(derived) <= set(columns) - BOOKKEEPING - {"id"}:
        raise ValueError(f"{cls.__name__}.__sync_derived__ must name data columns of its table")
    return SyncedTable(
        table.name, table, columns, policy, unit_column, unit_parent, sealed_when, derived
    )


@cache
def upstream_metadata() -> MetaData:
    """The central schema's synced tables: local columns, no local constraints, two more columns.

    Made once (see :func:`synced_tables`); callers only read it."""
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
