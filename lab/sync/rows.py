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

from sqlalchemy import Connection, Date, Dialect, Table, Uuid

from lab.storage.base import UTCDateTime

_new_uuid = object.__new__
_set = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown


def stored_uuid(value: str) -> uuid.UUID:
    """``uuid.UUID(hex=value)`` for the 32 hex digits SQLAlchemy stores, without the checks
    and clean-up of other spellings that make the constructor the slowest part of reading a
    first sync's rows (three ids a row). The value is whatever SQLite holds for a Uuid column."""
    if len(value) != 32:
        return uuid.UUID(hex=value)
    made = _new_uuid(uuid.UUID)
    _set(made, "int", int(value, 16))
    _set(made, "is_safe", _UNKNOWN)
    return made


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def converters(dialect: Dialect, table: Table) -> list[Callable | None]:
    """One converter per column of ``table`` (None: the stored value is the value); each is
    called only on values that are not NULL."""
    out = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, UTCDateTime):
            out.append(_utc)
        elif isinstance(kind, Uuid):
            out.append(stored_uuid)
        elif isinstance(kind, Date):
            out.append(date.fromisoformat)
        else:
            out.append(kind.dialect_impl(dialect).result_processor(dialect, None))
    return out


def read_stored(conn: Connection, table: Table, where: str, params: tuple) -> list[tuple]:
    """Rows of ``table`` matching the SQL condition ``where`` (DB-API ``?`` parameters) as SQLite
    stores them, in the table's column order: the form COPY takes them in.

    Read through the driver's own cursor, as plain tuples, in the connection's transaction:
    SQLAlchemy's result rows cost a quarter again of the read for a first sync's rows."""
    names = ", ".join(c.name for c in table.columns)
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        return cursor.execute(f"SELECT {names} FROM {table.name} WHERE {where}", params).fetchall()
    finally:
        cursor.close()


def as_values(dialect: Dialect, table: Table, stored: list[tuple]) -> list[dict]:
    """Stored rows (:func:`read_stored`) as the ORM would read them, column name → value."""
    names = [c.name for c in table.columns]
    converted = [(n, p) for n, p in zip(names, converters(dialect, table), strict=True) if p]
    rows = []
    for raw in stored:
        row = dict(zip(names, raw, strict=True))
        for name, proc in converted:
            value = row[name]
            if value is not None:
                row[name] = proc(value)
        rows.append(row)
    return rows


def read_rows(conn: Connection, table: Table, where: str, params: tuple) -> list[dict]:
    """Rows of ``table`` matching the SQL condition ``where``, as the ORM would read them."""
    return as_values(conn.dialect, table, read_stored(conn, table, where, params))
