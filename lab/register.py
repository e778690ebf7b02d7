"""The device register: customers, finding devices, and reading them page by page.

Views never hold ORM objects of the register: they get an ordered list of row numbers for a
query (:func:`device_row_ids`) and read plain :class:`DeviceRow` pages by those numbers
(:func:`device_rows`). Sorting and filtering happen in SQL over partial indexes; search goes
through the FTS5 index of the accent-free text.
"""

from __future__ import annotations

import re
import uuid
from array import array
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lab.storage import Database
from lab.storage.models import Customer
from lab.storage.text import fold, nfc

# The words FTS5's unicode61 tokenizer makes: letters and digits. (A "_" is a word character to
# Python but a separator to unicode61; kept in, "ab_cd" would be a phrase of two words, and the
# index keeps no word positions to match phrases with: migration 0012.)
_TOKEN = re.compile(r"[^\W_]+")


class DueState(StrEnum):
    ALL = "all"
    OVERDUE = "overdue"
    DUE_30_DAYS = "due30"


class SortKey(StrEnum):
    REGISTERED = "rowid"  # the order devices were registered in: the register's own order
    LAB_ID = "lab_id"
    NAME = "name"
    MANUFACTURER = "manufacturer"
    MODEL = "model"
    SERIAL = "serial"
    DUE_DATE = "due_date"
    LAST_CALIBRATED = "last_calibrated"
    KIND = "kind"


@dataclass(frozen=True)
class DeviceQuery:
    """What the technician asked the register for."""

    search: str = ""
    customer_id: uuid.UUID | None = None
    due: DueState = DueState.ALL
    sort: SortKey = SortKey.REGISTERED
    descending: bool = False
    today: date | None = None
    due_before: date | None = None


@dataclass(frozen=True)
class DeviceRow:
    """One device as a view shows it (plain data, safe to hand across threads)."""

    rowid: int
    id: uuid.UUID
    lab_id: str
    customer: str
    kind: str | None
    name: str
    manufacturer: str | None
    model: str | None
    serial: str | None
    asset_tag: str | None
    range_min: float | None
    range_max: float | None
    unit: str | None
    resolution: float | None
    accuracy: str | None
    interval_months: int | None
    last_calibrated: date | None
    due: date | None
    location: str | None
    notes: str | None
    status: str

    def as_json(self) -> dict:
        return {
            "lab_id": self.lab_id,
            "customer": self.customer,
            "kind": self.kind,
            "name": self.name,
            "manufacturer": self.manufacturer,
            "model": self.model,
            "serial": self.serial,
            "asset_tag": self.asset_tag,
            "range_min": self.range_min,
            "range_max": self.range_max,
            "unit": self.unit,
            "resolution": self.resolution,
            "accuracy": self.accuracy,
            "interval_months": self.interval_months,
            "last_calibrated": self.last_calibrated.isoformat() if self.last_calibrated else None,
            "due": self.due.isoformat() if self.due else None,
        }


def fts_query(search: str) -> str | None:
    """The FTS5 MATCH expression for what was typed: every word, as a prefix, must occur.

    Words are folded and quoted, so nothing the user types is read as FTS syntax (or SQL).

    >>> fts_query("Nhiệt kế  Fluke")
    '"nhiet"* "ke"* "fluke"*'
    >>> fts_query("  ") is None
    True
    """
    words = _TOKEN.findall(fold(search))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def _where(query: DeviceQuery, *, search: bool = True) -> tuple[list[str], dict]:
    clauses = ["d.deleted_at IS NULL"]
    params: dict = {}
    match = fts_query(query.search)
    if match and search:
        clauses.append("d.rowid IN (SELECT rowid FROM device_fts WHERE device_fts MATCH :match)")
        params["match"] = match
    if query.customer_id is not None:
        clauses.append("d.customer_id = :customer")
        params["customer"] = query.customer_id.hex
    today = query.today or date.today()
    if query.due is DueState.OVERDUE:
        clauses.append("d.due_date < :today")
        params["today"] = today.isoformat()
    elif query.due is DueState.DUE_30_DAYS:
        clauses.append("d.due_date >= :today AND d.due_date <= :horizon")
        params["today"] = today.isoformat()
        params["horizon"] = (today + timedelta(days=30)).isoformat()
    if query.due_before is not None:
        clauses.append("d.due_date < :due_before")
        params["due_before"] = query.due_before.isoformat()
    return clauses, params


def _row_ids_sql(query: DeviceQuery) -> tuple[str, dict]:
    column = SortKey(query.sort).value
    direction = "DESC" if query.descending else "ASC"
    match = fts_query(query.search)
    if match and query.sort is SortKey.REGISTERED:
        # The full-text index hands out its matches in row order, so in the register's own
        # order the first page streams straight from it, with no sort of every match.
        clauses, params = _where(query, search=False)
        sql = (
            "SELECT d.rowid FROM device_fts f JOIN devices d ON d.rowid = f.rowid "
            f"WHERE device_fts MATCH :match AND {' AND '.join(clauses)} "
            f"ORDER BY f.rowid {direction}"
        )
        return sql, {**params, "match": match}
    clauses, params = _where(query)
    # lab_id breaks ties so that pages are stable whatever the sort column.
    order = f"d.{column} {direction}"
    if query.sort not in (SortKey.LAB_ID, SortKey.REGISTERED):
        order += f", d.lab_id {direction}"
    return f"SELECT d.rowid FROM devices d WHERE {' AND '.join(clauses)} ORDER BY {order}", params


def device_row_ids(session: Session, query: DeviceQuery) -> array:
    """Row numbers of the devices matching ``query``, in the order asked for (one id list)."""
    sql, params = _row_ids_sql(query)
    # Straight from the DB-API cursor (sqlite3 takes :name parameters itself): a register of
    # 360,000 rows through SQLAlchemy's row objects takes three times as long.
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        rows = cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()
    return array("q", [r[0] for r in rows])


class RowIdStream:
    """The row numbers of a query, read chunk by chunk from one open cursor.

    A view shows the first rows at once and reads the rest while the user looks at them; the
    cursor keeps one read snapshot (WAL), so the chunks are consistent with each other.
    """

    def __init__(self, database: Database, query: DeviceQuery) -> None:
        sql, params = _row_ids_sql(query)
        self._connection = database.engine.raw_connection()
        self._cursor = self._connection.driver_connection.cursor()
        self._cursor.execute(sql, params)
        self.done = False

    def next_chunk(self, size: int) -> array:
        """Up to ``size`` more row numbers; the stream closes itself after the last."""
        if self.done:
            return array("q")
        rows = self._cursor.fetchmany(size)
        if len(rows) < size:
            self.close()
        return array("q", [r[0] for r in rows])

    def close(self) -> None:
        if not self.done:
            self.done = True
            self._cursor.close()
            self._connection.close()  # back to the pool


def has_devices(session: Session) -> bool:
    return session.execute(text("SELECT 1 FROM devices LIMIT 1")).first() is not None


def count_devices(session: Session, query: DeviceQuery = DeviceQuery()) -> int:
    clauses, params = _where(query)
    sql = f"SELECT count(*) FROM devices d WHERE {' AND '.join(clauses)}"
    return int(session.execute(text(sql), params).scalar() or 0)


_ROW_SQL = (
    "SELECT d.rowid, d.id, d.lab_id, c.name, d.kind, d.name, d.manufacturer, d.model, d.serial, "
    "d.asset_tag, d.range_min, d.range_max, d.unit, d.resolution, d.accuracy, d.interval_months, "
    "d.last_calibrated, d.due_date, d.location, d.notes, d.status "
    "FROM devices d JOIN customers c ON c.id = d.customer_id "
)


def device_rows(session: Session, rowids: list[int] | array) -> list[DeviceRow]:
    """The devices with these row numbers, in the same order (missing ones are left out)."""
    if not len(rowids):
        return []
    marks = ",".join("?" * len(rowids))
    raw = session.connection().exec_driver_sql(
        _ROW_SQL + f"WHERE d.rowid IN ({marks})", tuple(rowids)
    )
    by_rowid = {r[0]: _device_row(r) for r in raw}
    return [by_rowid[r] for r in rowids if r in by_rowid]


def rowid_of_lab_id(session: Session, lab_id: str) -> int | None:
    return session.execute(
        text("SELECT rowid FROM devices WHERE lab_id = :l"), {"l": lab_id}
    ).scalar()


def list_devices(session: Session, query: DeviceQuery, limit: int | None = None) -> list[DeviceRow]:
    ids = device_row_ids(session, query)
    if limit is not None:
        ids = ids[:limit]
    rows: list[DeviceRow] = []
    for start in range(0, len(ids), 500):
        rows.extend(device_rows(session, ids[start : start + 500]))
    return rows


def _device_row(r: tuple) -> DeviceRow:
    return DeviceRow(
        rowid=r[0],
        id=uuid.UUID(hex=r[1]),
        lab_id=r[2],
        customer=r[3],
        kind=r[4],
        name=r[5],
        manufacturer=r[6],
        model=r[7],
        serial=r[8],
        asset_tag=r[9],
        range_min=r[10],
        range_max=r[11],
        unit=r[12],
        resolution=r[13],
        accuracy=r[14],
        interval_months=r[15],
        last_calibrated=date.fromisoformat(r[16]) if r[16] else None,
        due=date.fromisoformat(r[17]) if r[17] else None,
        location=r[18],
        notes=r[19],
        status=r[20],
    )


# --- customers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerRef:
    id: uuid.UUID
    name: str


def customer_name_key(name: str | None) -> str:
    """The key a customer is known by, unique in the register: its name folded, so that case,
    accents and spacing never make two customers of one.

    >>> customer_name_key("Công ty  ĐIỆN LỰC")
    'cong ty dien luc'
    """
    return fold(name)


def find_customer(session: Session, name: str) -> CustomerRef | None:
    """The customer whose name matches ``name`` ignoring case, accents and spacing."""
    row = session.execute(
        select(Customer.id, Customer.name).where(
            Customer.name_key == customer_name_key(name), Customer.deleted_at.is_(None)
        )
    ).first()
    return CustomerRef(row.id, row.name) if row else None


def find_or_create_customer(session: Session, name: str) -> CustomerRef:
    cleaned = nfc(name) or ""
    if not cleaned:
        raise ValueError("A customer name is needed.")
    found = find_customer(session, cleaned)
    if found:
        return found
    customer = Customer(name=cleaned, name_key=customer_name_key(cleaned))
    session.add(customer)
    session.flush()
    return CustomerRef(customer.id, customer.name)


def list_customers(session: Session) -> list[CustomerRef]:
    rows = session.execute(
        select(Customer.id, Customer.name)
        .where(Customer.deleted_at.is_(None))
        .order_by(Customer.name_key)
    )
    return [CustomerRef(r.id, r.name) for r in rows]
