"""Bulk writes for large intakes, straight through the DB-API's ``executemany``.

SQLAlchemy's per-row statement processing costs more than SQLite's own insert for a 36,000-row
device list; here each value is converted once by its column's own bind processor (so the
stored text is exactly what the ORM would write and read back) and the rows go to SQLite in one
``executemany``. Change capture is the caller's job (:func:`lab.storage.changes.record_bulk`).

:func:`insert_columns` goes one step further for the intake of a whole device list: the values
come column by column, a column is converted with one ``map`` (and only when its type needs it),
a value shared by every row once, and the rows are put together by ``zip`` — no Python frame per
cell, which was most of the cost of writing 36,000 devices. A value shared by every row (the
customer, the intake, the sync bookkeeping, a column the list leaves empty) is written into the
statement as an SQL literal rather than bound again for each row: binding is Python's work per
cell inside ``executemany``, about a third of the insert of a device list.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.orm import Session

from lab.storage.base import NFCText
from lab.storage.ids import new_id_texts


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


def stored_form(session: Session, column: Column, value: Any) -> Any:
    """``value`` as ``column`` stores it (what the ORM would write), for hand-written SQL."""
    dialect = session.get_bind().dialect
    proc = column.type.dialect_impl(dialect).bind_processor(dialect)
    return proc(value) if proc else value


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


def _each_converted(values: Sequence[Any], proc: Callable) -> list[Any]:
    """``proc`` of each value, called once per distinct value: an intake repeats its dates."""
    try:
        known = {value: proc(value) for value in set(values)}
    except TypeError:  # unhashable values
        return list(map(proc, values))
    return list(map(known.__getitem__, values))


def bulk_update(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Update rows of ``table`` by ``id``; every dict has ``id`` and the same other keys."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != "id"]
    sql = f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"
    ordered = [*columns, "id"]
    params = _converted(rows, ordered, _processors(session, table, ordered))
    session.connection().exec_driver_sql(sql, params)


def new_ids(count: int) -> list[str]:
    """``count`` fresh ids for new synced rows, ascending, in the form the ``Uuid`` columns
    store on SQLite (:func:`lab.storage.ids.new_id_texts`)."""
    return new_id_texts(count)


def insert_columns(
    session: Session,
    table: Table,
    columns: Mapping[str, Sequence[Any]],
    shared: Mapping[str, Any],
    *,
    stored_as_given: Collection[str] = (),
    text_is_nfc: bool = False,
) -> int:
    """Insert one row per position of the equally long ``columns`` (name -> values), each row
    also holding the ``shared`` values; returns the number of rows.

    Values are converted by their column's bind processor, as the ORM would store them, except
    the columns named in ``stored_as_given`` (the caller gives them in stored form already, such
    as ids from :func:`new_ids`) and, with ``text_is_nfc``, the NFC text columns (see
    :func:`bulk_insert`).
    """
    count = len(next(iter(columns.values()))) if columns else 0
    if not count:
        return 0
    names = [*columns, *shared]
    procs = dict(zip(names, _processors(session, table, names, text_is_nfc), strict=True))
    bound: dict[str, Sequence[Any]] = {}
    constants: dict[str, Any] = {}
    for name, values in columns.items():
        if len(values) != count:
            raise ValueError(f"column {name} has {len(values)} values, not {count}")
        if all(value is None for value in values):  # a column the list leaves empty
            constants[name] = None
            continue
        proc = None if name in stored_as_given else procs[name]
        bound[name] = _each_converted(values, proc) if proc else values
    for name, value in shared.items():
        proc = procs[name]
        constants[name] = proc(value) if proc else value
    literals = {name: _sql_literal(value) for name, value in constants.items()}
    for name, literal in literals.items():
        if literal is None:  # not writable as a literal: bound for every row after all
            bound[name] = itertools.repeat(constants[name], count)
    written = {name: text for name, text in literals.items() if text is not None}
    marks = ", ".join(["?"] * len(bound) + list(written.values()))
    sql = f"INSERT INTO {table.name} ({', '.join([*bound, *written])}) VALUES ({marks})"
    rows = list(zip(*bound.values(), strict=True)) if bound else [()] * count
    session.connection().exec_driver_sql(sql, rows)
    return count


def _sql_literal(value: Any) -> str | None:
    """``value`` as an SQLite literal that stores exactly what binding it would, or None when
    there is no such literal (a float, whose decimal text SQLite might round differently, or a
    text holding NUL). Texts are quoted the SQL way, doubling quotes: SQLite knows no escapes."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return str(value)
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


@contextmanager
def indexes_built_after(session: Session, table: Table, new_rows: int) -> Iterator[bool]:
    """Within this block, rows inserted into ``table`` go in without its secondary indexes when
    they outnumber the rows already there; the indexes are built again when the block ends.
    Yields whether it did so.

    Building an index sorts its keys once, where inserting row by row walks the B-tree for
    each row and each index: for 36,000 devices into an empty register, 0.26 s instead of
    0.34 s of SQLite's time (benchmarks/bench_import_floor.py). For a smaller intake into a
    larger register, building the indexes over every row would cost more than it saves, so the
    rows go through the indexes as usual. The indexes named by constraints (primary key,
    unique) stay and check every row as it comes. DDL is transactional in SQLite: a failed or
    cancelled intake rolls the indexes back with everything else.
    """
    conn = session.connection()
    present = conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table.name}").scalar()
    if new_rows <= present:
        yield False
        return
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid",
        (table.name,),
    ).all()
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield True
    for _, sql in indexes:
        conn.exec_driver_sql(sql)
