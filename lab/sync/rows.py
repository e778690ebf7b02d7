"""Reading a synced table's rows from SQLite quickly, as the ORM would read them.

A first sync reads a year's register at once; SQLAlchemy's per-value result processing (UUIDs,
dates parsed by pattern) costs more than SQLite's own read. Here the common column types are
converted by the standard library's C parsers, and any other type by its own SQLAlchemy result
processor, so values are exactly what the ORM returns.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Date, Table, Uuid

from lab.storage.base import UTCDateTime


def _uuid(value: str) -> uuid.UUID:
    return uuid.UUID(hex=value)


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def converters(conn: Connection, table: Table) -> list[Callable | None]:
    """One converter per column of ``table`` (None: the stored value is the value); each is
    called only on values that are not NULL."""
    dialect = conn.dialect
    out = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, UTCDateTime):
            out.append(_utc)
        elif isinstance(kind, Uuid):
            out.append(_uuid)
        elif isinstance(kind, Date):
            out.append(date.fromisoformat)
        else:
            out.append(kind.dialect_impl(dialect).result_processor(dialect, None))
    return out


def read_rows(conn: Connection, table: Table, where: str, params: tuple) -> list[dict]:
    """Rows of ``table`` matching the SQL condition ``where`` (DB-API ``?`` parameters)."""
    names = [c.name for c in table.columns]
    converted = [(n, p) for n, p in zip(names, converters(conn, table), strict=True) if p]
    sql = f"SELECT {', '.join(names)} FROM {table.name} WHERE {where}"
    rows = []
    for raw in conn.exec_driver_sql(sql, params):
        row = dict(zip(names, raw, strict=True))
        for name, proc in converted:
            value = row[name]
            if value is not None:
                row[name] = proc(value)
        rows.append(row)
    return rows
