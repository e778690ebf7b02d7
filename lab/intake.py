"""Taking in a customer's device list: match each row against the register, then write the
valid rows in one transaction and never a bad one.

A device already registered (same customer + manufacturer + model + serial, or same customer
asset tag) is updated where the list says something new, never duplicated; a value the list
leaves empty never blanks what the register knows. Importing the very same file again changes
nothing. Each import that changes the register, or that brings a file not seen before, makes a
WorkOrder (the intake) that records file, time, counts and who imported it.

A 36,000-row list is written with as little Python per row as we could (benchmarks/
bench_import.py): the new devices in one ``executemany`` built column by column
(:func:`lab.storage.bulk.insert_columns`), their derived columns worked out per column
(:func:`lab.devices.search_texts`), their search index and outbox rows, and the work-order
links' outbox rows, each by one ``INSERT … SELECT`` over the new row numbers. Most of what is
left is SQLite's own work on the register's indexes, full-text index and outbox
(benchmarks/bench_import_floor.py measures it alone).
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lab.audit import record_event
from lab.devices import DEVICE_FIELDS, derived_columns, due_dates, search_texts
from lab.importing import (
    ColumnMapping,
    DeviceRecord,
    ParsedDevices,
    RowProblem,
    SourceTable,
    find_header,
    parse_devices,
    read_table,
)
from lab.importing.collector import without_cycle_collection
from lab.numbers import lab_ids, work_order_number
from lab.permissions import LabUser, Permission, require
from lab.register import CustomerRef, find_customer, find_or_create_customer
from lab.sentences import SaysWhy, Sentence, sentence
from lab.storage.audit_chain import SYSTEM_ACTOR
from lab.storage.base import utc_now
from lab.storage.bulk import bulk_update, indexes_built_after, insert_columns, new_ids
from lab.storage.changes import record_bulk, record_inserted, workstation_of
from lab.storage.database import checkpoint_later
from lab.storage.models import Device, WorkOrder, WorkOrderDevice
from lab.storage.search import bulk_indexing
from lab.storage.statistics import count_live_devices_if_stale
from lab.storage.text import asset_key, identity_key, nfc
from lab.users import user_count

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class ImportCancelled(SaysWhy, Exception):
    """The user cancelled; the transaction is rolled back and the register is as before."""

    def __init__(self) -> None:
        super().__init__(sentence("The import was cancelled; the register is unchanged."))


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    file: str
    customer: str
    imported: int
    updated: int
    unchanged: int
    rejected: int
    empty_rows: int
    problems: tuple[RowProblem, ...]
    dry_run: bool
    work_order: str | None = None
    repeat_of: str | None = None  # the work order that already took in this very file
    mapping: ColumnMapping | None = field(default=None, compare=False)
    table: SourceTable | None = field(default=None, compare=False, repr=False)
    # The checked list, for importing it after a check without reading it again.
    parsed: ParsedDevices | None = field(default=None, compare=False, repr=False)

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0

    def as_json(self) -> dict:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "errors": [
                {"line": p.line, "column": str(p.column), "value": p.value, "reason": str(p.reason)}
                for p in self.problems
            ],
            "work_order": self.work_order,
            "repeat_of": self.repeat_of,
            "dry_run": self.dry_run,
            "empty_rows": self.empty_rows,
        }


@dataclass
class _Plan:
    # Positions in the parsed devices of those not registered yet: every one on a first intake.
    inserts: Sequence[int] = field(default_factory=list)
    updates: list[tuple[dict, dict]] = field(default_factory=list)  # (stored row, new values)
    unchanged: list[dict] = field(default_factory=list)  # stored rows
    problems: list[RowProblem] = field(default_factory=list)  # rows that clash with the register


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_device_list(
    path: Path,
    mapping: ColumnMapping | None = None,
    *,
    table: SourceTable | None = None,
    checked: ParsedDevices | None = None,
) -> tuple[SourceTable, ColumnMapping, ParsedDevices]:
    """Read and validate a device list without touching the register.

    ``table`` (what the import preview read) and ``checked`` (what a check of the list made of
    it) are taken as they are while the file still holds the very bytes they were read from,
    the mapping is the same and the day has not changed; the technician who checks a list,
    then imports it, waits for it to be read and checked once. A file saved again in between
    (the usual fix-and-retry) is read anew.
    """
    path = Path(path)
    table = table or (checked.table if checked else None)
    if table is not None and not _still_holds(path, table):
        table = checked = None
    table = table or read_table(path)
    mapping = mapping or find_header(table)
    reusable = (
        checked is not None
        and checked.table is table
        and checked.mapping == mapping
        and checked.checked_on == date.today()
    )
    return table, mapping, checked if reusable else parse_devices(table, mapping)


def _still_holds(path: Path, table: SourceTable) -> bool:
    """Whether the file at ``path`` is still the bytes ``table`` was read from."""
    try:
        return table.path == path and bool(table.sha256) and file_sha256(path) == table.sha256
    except OSError:
        return False  # gone or locked: reading it again says why


@without_cycle_collection
def import_device_list(
    session: Session,
    path: Path,
    customer_name: str,
    *,
    mapping: ColumnMapping | None = None,
    table: SourceTable | None = None,
    checked: ParsedDevices | None = None,
    dry_run: bool = False,
    user: LabUser | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import the device list at ``path`` for ``customer_name`` within ``session``'s transaction.

    ``table`` and ``checked`` are an earlier reading and check of the same file
    (:func:`read_device_list`), used again when the file has not changed since.

    Raises :class:`lab.importing.UnusableFile` when the file cannot be used at all,
    :class:`ImportCancelled` when ``cancelled()`` turns true, and
    :class:`lab.permissions.PermissionDenied` when ``user`` may not edit the register; the
    caller's unit of work then rolls everything back. ``user`` is None only on a workstation
    that has no users yet (before its first administrator is made).
    """
    if not dry_run:
        _check_may_import(session, user)
    imported_by = user.name if user else SYSTEM_ACTOR
    session.info.setdefault("actor", imported_by)  # who the audit trail names for ORM rows
    report = progress or (lambda done, total, msg: None)
    is_cancelled = cancelled or (lambda: False)
    path = Path(path)
    report(0, 100, "reading")
    table, mapping, parsed = read_device_list(path, mapping, table=table, checked=checked)
    _stop_if(is_cancelled)
    report(30, 100, "matching")
    customer = (
        find_customer(session, customer_name)
        if dry_run
        else find_or_create_customer(session, customer_name)
    )
    plan = _plan(session, customer, parsed, is_cancelled)
    problems = tuple(sorted((*parsed.problems, *plan.problems), key=lambda p: p.line))
    sha = table.sha256  # of the bytes taken in, not of whatever the file holds by now
    repeat = _earlier_intake(session, customer, sha)
    counts = dict(
        file=path.name,
        customer=customer.name if customer else customer_name,
        imported=len(plan.inserts),
        updated=len(plan.updates),
        unchanged=len(plan.unchanged),
        rejected=len({p.line for p in problems}),
        empty_rows=parsed.empty_rows,
        problems=problems,
        mapping=mapping,
        table=table,
        parsed=parsed,
    )
    if dry_run:
        return ImportReport(**counts, dry_run=True, repeat_of=repeat)
    if repeat and not plan.inserts and not plan.updates:
        return ImportReport(**counts, dry_run=False, repeat_of=repeat)
    report(60, 100, "writing")
    number = _write(
        session, customer, parsed, plan, path.name, sha, counts, imported_by, today, is_cancelled
    )
    report(100, 100, "done")
    return ImportReport(**counts, dry_run=False, work_order=number)


@without_cycle_collection
def register_devices(
    session: Session,
    customer_name: str,
    records: list[DeviceRecord],
    *,
    source: str,
    imported_by: str = "system",
    today: date | None = None,
) -> str:
    """Take in ``records`` that did not come from a file (the demo lab, a typed-in intake);
    returns the work order's number."""
    customer = find_or_create_customer(session, customer_name)
    records = tuple(_in_nfc(r) for r in records)  # insert_columns is told the texts are NFC
    keys = tuple(
        (identity_key(r.manufacturer, r.model, r.serial), asset_key(r.asset_tag)) for r in records
    )
    parsed = ParsedDevices.of_records(records, keys)
    plan = _plan(session, customer, parsed, lambda: False)
    if plan.problems:
        raise ValueError(plan.problems[0].reason)
    counts = {
        "imported": len(plan.inserts),
        "updated": len(plan.updates),
        "unchanged": len(plan.unchanged),
        "rejected": 0,
    }
    return _write(
        session, customer, parsed, plan, source, None, counts, imported_by, today, lambda: False
    )


def _in_nfc(record: DeviceRecord) -> DeviceRecord:
    return DeviceRecord._make(nfc(v) if isinstance(v, str) else v for v in record)


def _check_may_import(session: Session, user: LabUser | None) -> None:
    if user is None and user_count(session) == 0:
        return  # a workstation before its first user: nobody to ask
    require(user, Permission.EDIT_REGISTER)


def _stop_if(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise ImportCancelled()


def _earlier_intake(session: Session, customer: CustomerRef | None, sha: str) -> str | None:
    if customer is None:
        return None
    return session.execute(
        select(WorkOrder.number)
        .where(WorkOrder.customer_id == customer.id, WorkOrder.source_sha256 == sha)
        .order_by(WorkOrder.imported_at.desc())
        .limit(1)
    ).scalar()


_STORED = ("id", "lab_id", "row_version", "identity_key", "asset_key", *DEVICE_FIELDS)


def _stored_devices(session: Session, customer: CustomerRef) -> list[dict]:
    table = Device.__table__
    columns = [table.c[name] for name in _STORED]
    rows = session.execute(
        select(*columns).where(table.c.customer_id == customer.id, table.c.deleted_at.is_(None))
    )
    return [dict(r._mapping) for r in rows]


def _plan(
    session: Session,
    customer: CustomerRef | None,
    parsed: ParsedDevices,
    is_cancelled: Callable[[], bool],
) -> _Plan:
    """Sort the parsed devices into new, changed and unchanged ones."""
    stored = _stored_devices(session, customer) if customer else []
    by_identity = {row["identity_key"]: row for row in stored if row["identity_key"]}
    by_asset = {row["asset_key"]: row for row in stored if row["asset_key"]}
    plan = _Plan()
    if not by_identity and not by_asset:  # nothing registered to match: every device is new
        plan.inserts = range(parsed.count)
        return plan
    plan.inserts = []
    claimed: dict[uuid.UUID, int] = {}  # stored device id -> the file line that matched it
    for n, (record, (identity, asset)) in enumerate(zip(parsed.records, parsed.keys, strict=True)):
        if n % 2000 == 0:
            _stop_if(is_cancelled)
        by_id, by_tag = by_identity.get(identity), by_asset.get(asset)
        if by_id is None and by_tag is None:  # a new device: most rows of a first intake
            plan.inserts.append(n)
            continue
        row, clash = _match(by_id, by_tag)
        if clash is None and row["id"] in claimed:
            clash = sentence(
                "Line {line} of this file already describes the registered device {lab_id} "
                "(same serial number or asset tag).",
                line=claimed[row["id"]],
                lab_id=row["lab_id"],
            )
        if clash:
            plan.problems.append(RowProblem(record.line, "", "", clash))
            continue
        claimed[row["id"]] = record.line
        values = {name: getattr(record, name) for name in DEVICE_FIELDS}
        changed = {k: v for k, v in values.items() if v is not None and v != row[k]}
        if changed:
            plan.updates.append((row, {**{k: row[k] for k in DEVICE_FIELDS}, **changed}))
        else:
            plan.unchanged.append(row)
    return plan


def _match(by_identity: dict | None, by_asset: dict | None) -> tuple[dict | None, Sentence | None]:
    """The registered device a row describes, or a sentence when its keys point at two."""
    if by_identity and by_asset and by_identity["id"] != by_asset["id"]:
        return None, sentence(
            "The serial number matches registered device {by_serial} but the asset tag matches "
            "{by_tag}; correct the list or the register.",
            by_serial=by_identity["lab_id"],
            by_tag=by_asset["lab_id"],
        )
    return by_identity or by_asset, None


def _write(
    session: Session,
    customer: CustomerRef,
    parsed: ParsedDevices,
    plan: _Plan,
    source_name: str,
    sha: str | None,
    counts: dict,
    imported_by: str,
    today: date | None,
    is_cancelled: Callable[[], bool],
) -> str:
    now = utc_now()
    order = WorkOrder(
        number=work_order_number(session, today),
        customer_id=customer.id,
        received_on=today or date.today(),
        source_file=source_name,
        source_sha256=sha,
        imported_at=now,
        imported_by=imported_by,
        imported_count=counts["imported"],
        updated_count=counts["updated"],
        unchanged_count=counts["unchanged"],
        rejected_count=counts["rejected"],
    )
    session.add(order)
    session.flush()
    origin = workstation_of(session)
    _insert_devices(session, customer, parsed, plan, order.id, origin, now, today)
    _stop_if(is_cancelled)
    _update_devices(session, customer, plan, origin, now)
    _stop_if(is_cancelled)
    # New devices carry the intake that registered them (devices.work_order_id); devices the
    # register already knew are linked to this intake, so a work order lists all it brought.
    known = [(row["id"], None) for row, _ in plan.updates] + [
        (row["id"], None) for row in plan.unchanged
    ]
    _link_to_work_order(session, order.id, known, origin, now)
    # The register's sorts need to know how many devices are live (lab.storage.statistics).
    count_live_devices_if_stale(session)
    # A list's worth of pages in the write-ahead log: copied into the file by the next write.
    checkpoint_later(session)
    # One audit event for the whole batch (issue 5): the rows went in with bulk statements.
    record_event(
        session,
        actor=imported_by,
        action="import",
        entity="work_orders",
        record_id=str(order.id),
        changes={k: counts[k] for k in ("imported", "updated", "unchanged", "rejected")},
        reason=f"device list {source_name} taken in as {order.number}",
    )
    log.info("took in %s for %s as %s: %s", source_name, customer.name, order.number, counts)
    return order.number


def _sync_columns(origin: str, now: datetime, version: int) -> dict:
    return {
        "row_version": version,
        "updated_at": now,
        "origin_workstation": origin,
    }


def _insert_devices(
    session: Session,
    customer: CustomerRef,
    parsed: ParsedDevices,
    plan: _Plan,
    order_id: uuid.UUID,
    origin: str,
    now: datetime,
    today: date | None,
) -> None:
    """The new devices in one ``executemany`` built column by column (see
    :func:`lab.storage.bulk.insert_columns`), then their search index and outbox rows each in
    one ``INSERT … SELECT`` over the new row numbers."""
    count = len(plan.inserts)
    if not count:
        return
    numbers = lab_ids(session, count, today)
    columns: dict[str, Sequence] = {
        name: _at(parsed.columns[name], plan.inserts) for name in DEVICE_FIELDS
    }
    keys = _at(parsed.keys, plan.inserts)
    columns["identity_key"] = list(map(itemgetter(0), keys))
    columns["asset_key"] = list(map(itemgetter(1), keys))
    columns["due_date"] = due_dates(columns["last_calibrated"], columns["interval_months"])
    columns["search_text"] = search_texts(columns, numbers, customer.name)
    columns["lab_id"] = numbers
    columns["id"] = new_ids(count)
    shared = {
        "customer_id": customer.id,
        "work_order_id": order_id,
        "status": "active",
        "base_version": 0,
        "deleted_at": None,
        **_sync_columns(origin, now, 1),
    }
    with (
        bulk_indexing(session) as last_rowid,
        indexes_built_after(session, Device.__table__, count),
    ):
        # Texts come NFC from the reader (lab.importing) or from register_devices' callers.
        insert_columns(
            session, Device.__table__, columns, shared, stored_as_given={"id"}, text_is_nfc=True
        )
    record_inserted(session, "devices", last_rowid)


def _at(values: Sequence, positions: Sequence[int]) -> Sequence:
    """The ``values`` at ``positions``: all of them, as they are, when that is every one."""
    if isinstance(positions, range) and len(positions) == len(values):
        return values
    return list(map(values.__getitem__, positions))


def _update_devices(
    session: Session, customer: CustomerRef, plan: _Plan, origin: str, now: datetime
) -> None:
    if not plan.updates:
        return
    rows = []
    for stored, values in plan.updates:
        version = stored["row_version"] + 1
        rows.append(
            {
                "id": stored["id"],
                **_sync_columns(origin, now, version),
                **values,
                **derived_columns(values, stored["lab_id"], customer.name),
            }
        )
    bulk_update(session, Device.__table__, rows)
    record_bulk(session, "devices", ((r["id"], r["row_version"], "update") for r in rows))


def _link_to_work_order(
    session: Session,
    order_id: uuid.UUID,
    devices: list[tuple[uuid.UUID, int | None]],
    origin: str,
    now: datetime,
) -> None:
    if not devices:
        return
    last_rowid = (
        session.connection()
        .exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM work_order_devices")
        .scalar()
    )
    columns = {
        "id": new_ids(len(devices)),
        "device_id": [device_id for device_id, _ in devices],
        "source_line": [line for _, line in devices],
    }
    shared = {
        "work_order_id": order_id,
        "base_version": 0,
        "deleted_at": None,
        **_sync_columns(origin, now, 1),
    }
    insert_columns(session, WorkOrderDevice.__table__, columns, shared, stored_as_given={"id"})
    record_inserted(session, "work_order_devices", last_rowid)
