"""A bulk intake writes each device exactly as the ORM would have: the same values of the same
SQLite types, whether a value comes per row, is shared by every row (written into the statement
as a literal) or fills a column the list leaves empty."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    create_engine,
)  # fmt: skip
from sqlalchemy.orm import Session

from lab.storage.base import NFCText
from lab.storage.bulk import insert_columns

texts = st.none() | st.text(max_size=12)
numbers = st.none() | st.floats(allow_nan=False) | st.integers(-(2**63), 2**63 - 1)
days = st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1))


def twin_tables() -> tuple[MetaData, Table, Table]:
    metadata = MetaData()

    def table(name: str) -> Table:
        return Table(
            name, metadata,
            Column("n", Integer, primary_key=True),
            Column("name", NFCText), Column("note", NFCText), Column("reading", Float),
            Column("count", Integer), Column("day", Date), Column("owner", Uuid),
            Column("stamp", DateTime), Column("tag", String(32)), Column("factor", Float),
        )  # fmt: skip

    return metadata, table("by_orm"), table("in_bulk")


def stored(con: sqlite3.Connection, table: str) -> list[tuple]:
    names = ("n", "name", "note", "reading", "count", "day", "owner", "stamp", "tag", "factor")
    typed = ", ".join(f"{c}, typeof({c})" for c in names)
    return con.execute(f"SELECT {typed} FROM {table} ORDER BY n").fetchall()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.tuples(texts, numbers, days), min_size=1, max_size=8),
    note=texts,
    count=st.none() | st.integers(-(2**63), 2**63 - 1),
    factor=numbers,
    tag=st.none() | st.text(max_size=12),
    empty_column=st.booleans(),
)
def test_rows_written_in_bulk_are_stored_as_the_orm_stores_them(
    tmp_path_factory, rows, note, count, factor, tag, empty_column
):
    path = tmp_path_factory.mktemp("bulk") / "twin.sqlite"
    metadata, by_orm, in_bulk = twin_tables()
    engine = create_engine(f"sqlite:///{path}")
    metadata.create_all(engine)
    owner, stamp = uuid.uuid4(), datetime(2026, 11, 26, 20, 18, 33, 753373)
    names = [None if empty_column else name for name, _, _ in rows]
    shared = {
        "note": note, "count": count, "owner": owner, "stamp": stamp, "tag": tag, "factor": factor
    }  # fmt: skip
    with Session(engine) as session, session.begin():
        session.execute(
            by_orm.insert(),
            [
                {"n": n, "name": names[n], "reading": r, "day": d, **shared}
                for n, (_, r, d) in enumerate(rows)
            ],
        )
        columns = {
            "n": list(range(len(rows))),
            "name": names,
            "reading": [r for _, r, _ in rows],
            "day": [d for _, _, d in rows],
        }
        insert_columns(session, in_bulk, columns, shared)
    con = sqlite3.connect(path)
    try:
        assert stored(con, "in_bulk") == stored(con, "by_orm")
    finally:
        con.close()
        engine.dispose()


def test_a_shared_text_with_quotes_is_stored_as_written(tmp_path):
    metadata, _, in_bulk = twin_tables()
    engine = create_engine(f"sqlite:///{tmp_path / 'quotes.sqlite'}")
    metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        insert_columns(
            session, in_bulk, {"n": [1, 2]}, {"note": "Công ty O'Brien; DROP TABLE in_bulk --"}
        )
    con = sqlite3.connect(tmp_path / "quotes.sqlite")
    assert (
        con.execute("SELECT note FROM in_bulk ORDER BY n").fetchall()
        == [("Công ty O'Brien; DROP TABLE in_bulk --",)] * 2
    )
    con.close()
    engine.dispose()
