"""Bulk writes for large intakes, straight through the DB-API's ``executemany``.

SQLAlchemy's per-row statement processing costs more than SQLite's own insert for a 36,000-row
device list; here each value is converted once by its column's own bind processor (so the
stored text is exactly what the ORM would write and read back) and the rows go to SQLite in one
``executemany``. Change capture is the caller's job (:func:`lab.storage.changes.record_bulk`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from lab.storage.base import NFCText


def _processors(
    session: Session, table: Table, columns: Sequence[str], text_is_nfc: bool = False
) -> list[Callable | None]:
    dialect = session.get_bind().dialect
    return [
        None
        if text_is_nfc and isinstance(table.c[c].type, NFCText)
        else table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
        for c in columns
    ]


def _converted(rows: Sequence[dict], columns: Sequence[str], procs: list) -> list[tuple]:
    pairs = list(zip(columns, procs, strict=True))
    return [tuple(proc(row[col]) if proc else row[col] for col, proc in pairs) for row in rows]


def bulk_insert(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], *, text_is_nfc: bool = False
) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in one executemany.

    ``text_is_nfc``: the caller vouches that every text is NFC-normalised already (the device
    list reader makes it so), which spares a normalisation per cell.
    """
    if not rows:
        return
    columns = list(rows[0])
    marks = ", ".join("?" * len(columns))
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"
    params = _converted(rows, columns, _processors(session, table, columns, text_is_nfc))
    session.connection().exec_driver_sql(sql, params)


def bulk_update(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Update rows of ``table`` by ``id``; every dict has ``id`` and the same other keys."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != "id"]
    sql = f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"
    ordered = [*columns, "id"]
    params = _converted(rows, ordered, _processors(session, table, ordered))
    session.connection().exec_driver_sql(sql, params)
