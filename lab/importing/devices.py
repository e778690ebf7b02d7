"""Checking every row of a device list and turning the good ones into records (issue 2, Build
item 3: "Validate every row ... never a bad one; report each bad row (file line, column, value,
the reason as a sentence)").

Rules a technician can rely on:

- A row with any problem gives one or more :class:`RowProblem` and **no** :class:`DeviceRecord`.
- Only the device name is required. A row with neither serial number nor asset tag is accepted:
  cheap thermometers and gauges often carry neither, and rejecting them would make the customer's
  list impossible to import. Such a device cannot be matched to a register entry by identity, so
  the database side must give it a key of its own to keep re-imports idempotent.
- Duplicates inside one file are reported on the later row, naming the earlier line: the same
  manufacturer + model + serial (:func:`lab.storage.text.identity_key`), the same asset tag
  (:func:`lab.storage.text.asset_key`), or, for a row with neither serial nor tag, the very same
  cells (a row pasted twice).
- Rows that hold no device are skipped and counted in ``empty_rows``: blank rows, a repeated
  header row (lists printed over several pages), the "(1) (2) (3)" column-numbering row of
  Vietnamese forms, rows filled only outside the mapped columns (a template's pre-printed row
  numbers), the signature block under the table ("Người lập biểu ... Giám đốc"), and section
  headings such as "I. THIẾT BỊ ĐIỆN" standing alone in a row.
- Text is NFC with runs of white space collapsed (:func:`lab.storage.text.nfc`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from lab.importing.headers import FIELDS, ColumnMapping
from lab.importing.measurement import MEASUREMENT_FIELDS, read_measurement
from lab.importing.reading import SourceTable
from lab.importing.values import guess_kind
from lab.storage.text import fold, match_key, nfc

log = logging.getLogger(__name__)

_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_SECTION_HEADING = re.compile(r"^(?:[IVXLC]+|[A-H])[.)]\s+\S")
# Signature blocks under the table ("Người lập biểu ... Giám đốc") are not devices.
_SIGNATURE_WORDS = frozenset(
    fold(word)
    for word in (
        "Người lập biểu|Người lập|Người lập bảng|Giám đốc|Phó giám đốc|Ký tên|Xác nhận|"
        "Trưởng phòng|Thủ trưởng đơn vị|Kế toán trưởng|Đại diện|Prepared by|Checked by|"
        "Approved by|Signature"
    ).split("|")
)


@dataclass(frozen=True, slots=True)
class DeviceRecord:
    """One checked device from the list; units are canonical texts the pint registry parses."""

    line: int
    name: str
    kind: str | None
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
    location: str | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why one row (or one cell of it) cannot be imported, as a sentence."""

    line: int
    column: str
    value: str
    reason: str


@dataclass(frozen=True)
class ParsedDevices:
    """The good records, the problems of the bad rows, and how many rows held no device."""

    records: tuple[DeviceRecord, ...]
    problems: tuple[RowProblem, ...]
    empty_rows: int

    @property
    def rejected_lines(self) -> tuple[int, ...]:
        """The lines of the rejected rows, each once, in file order."""
        return tuple(sorted({problem.line for problem in self.problems}))


def parse_devices(table: SourceTable, mapping: ColumnMapping) -> ParsedDevices:
    """Check every row below the header and return records for the good ones only."""
    reader = _RowReader(mapping, date.today())
    duplicates = _DuplicateFinder(reader)
    records: list[DeviceRecord] = []
    problems: list[RowProblem] = []
    empty_rows = 0
    name_index, name_header = reader.column["name"], mapping.header_of("name")
    for row in table.rows:
        if row.line <= mapping.header_line:
            continue
        cells = reader.padded(row.cells)
        # The common case is decided on one memoised look at the name; only rows whose name
        # is empty or looks like a heading get the full check.
        if not _ordinary_name(cells[name_index], name_header) and _holds_no_device(
            row.cells, cells, reader, mapping
        ):
            empty_rows += 1
            continue
        record, row_problems = reader.read(row.line, cells)
        duplicates.check(row.line, cells, row_problems)
        if row_problems:
            problems.extend(row_problems)
        else:
            records.append(record)
    log.info(
        "Parsed %s: %d records, %d problems, %d empty rows",
        table.path.name,
        len(records),
        len(problems),
        empty_rows,
    )
    return ParsedDevices(tuple(records), tuple(problems), empty_rows)


def _holds_no_device(
    cells: tuple[str, ...], padded: tuple[str, ...], reader: _RowReader, mapping: ColumnMapping
) -> bool:
    if not reader.any_mapped(padded):  # blank, or only a pre-printed row number
        return True
    filled = [cell.strip() for cell in cells if cell and not cell.isspace()]
    if len(filled) == 1 and _SECTION_HEADING.match(filled[0]):
        return True
    if tuple(cell.strip() for cell in cells[: len(mapping.headers)]) == mapping.headers:
        return True
    if all(fold(cell).strip(" :.()") in _SIGNATURE_WORDS for cell in filled):
        return True
    return len(filled) >= 3 and all(_COLUMN_NUMBER.match(cell) for cell in filled)


@lru_cache(maxsize=16384)
def _ordinary_name(name: str, header: str) -> bool:
    """A name that cannot start a heading, numbering, repeated header or signature row."""
    name = name.strip()
    return bool(name) and not (
        _SECTION_HEADING.match(name)
        or _COLUMN_NUMBER.match(name)
        or name == header
        or fold(name).strip(" :.()") in _SIGNATURE_WORDS
    )


_DESCRIPTION_FIELDS = ("name", "kind", "manufacturer", "model", "accuracy", "location", "notes")


class _Description(NamedTuple):
    name: str
    kind: str | None
    manufacturer: str | None
    model: str | None
    accuracy: str | None
    location: str | None
    notes: str | None


@lru_cache(maxsize=16384)
def _describe(*cells: str) -> _Description:
    """The describing cells (:data:`_DESCRIPTION_FIELDS`) as NFC text, the kind guessed: one
    memoised call, since a list repeats the same name, maker, model and place many times."""
    name, kind, manufacturer, model, accuracy, location, notes = (nfc(cell) for cell in cells)
    return _Description(
        name,
        (guess_kind(kind) or kind) if kind else guess_kind(name),
        manufacturer or None,
        model or None,
        accuracy or None,
        location or None,
        notes or None,
    )


class _RowReader:
    """Picks the mapped cells of a row (C-speed itemgetters) and turns them into a record.

    Rows are cut or padded to one past the widest mapped column; an unmapped field reads that
    last cell, which is always empty.
    """

    def __init__(self, mapping: ColumnMapping, today: date) -> None:
        self.mapping = mapping
        self.today = today
        self.width = max(mapping.columns.values(), default=0) + 1
        self.padding = ("",) * (self.width + 1)
        self.column = {field: mapping.columns.get(field, self.width) for field in FIELDS}
        self.pick_description = itemgetter(*(self.column[f] for f in _DESCRIPTION_FIELDS))
        self.pick_identifiers = itemgetter(self.column["serial"], self.column["asset_tag"])
        self.pick_measurement = itemgetter(*(self.column[field] for field in MEASUREMENT_FIELDS))

    def padded(self, cells: tuple[str, ...]) -> tuple[str, ...]:
        return cells[: self.width] + self.padding[min(len(cells), self.width) :]

    def any_mapped(self, cells: tuple[str, ...]) -> bool:
        return any(cells[index].strip() for index in self.mapping.columns.values())

    def problem(self, line: int, cells: tuple[str, ...], field: str, reason: str) -> RowProblem:
        value = cells[self.column[field]].strip()
        return RowProblem(line, self.mapping.header_of(field), value, reason)

    def read(
        self, line: int, cells: tuple[str, ...]
    ) -> tuple[DeviceRecord | None, list[RowProblem]]:
        described = _describe(*self.pick_description(cells))
        measured = read_measurement(self.pick_measurement(cells), self.today)
        if described.name and not measured.problems:
            serial, asset_tag = self.pick_identifiers(cells)
            record = DeviceRecord(
                line,
                described.name,
                described.kind,
                described.manufacturer,
                described.model,
                _identifier(serial) or None,
                _identifier(asset_tag) or None,
                measured.range_min,
                measured.range_max,
                measured.unit,
                measured.resolution,
                described.accuracy,
                measured.interval_months,
                measured.last_calibrated,
                described.location,
                described.notes,
            )
            return record, []
        problems = [self.problem(line, cells, field, why) for field, why in measured.problems]
        if not described.name:
            header = self.mapping.header_of("name")
            reason = (
                f"The row has no device name ('{header}')."
                if header
                else "No column holds the device name: choose it in the column mapping."
            )
            problems.insert(0, RowProblem(line, header, "", reason))
        return None, problems


def _identifier(text: str) -> str:
    """:func:`lab.storage.text.nfc` for serial numbers and tags, which are unique (so not worth
    memoising) and nearly always ASCII, where NFC changes nothing and collapsing white space is
    what ``str.split`` does (both split on the same white-space characters)."""
    if text.isascii():
        return " ".join(text.split())
    return nfc(text)


class _DuplicateFinder:
    """Remembers the first line of each identity, asset tag and whole row seen in the file."""

    def __init__(self, reader: _RowReader) -> None:
        self.reader = reader
        self.identities: dict[str, int] = {}
        self.assets: dict[str, int] = {}
        self.rows: dict[tuple[str, ...], int] = {}
        column = reader.column
        self.pick_identity = itemgetter(
            column["manufacturer"], column["model"], column["serial"], column["asset_tag"]
        )

    def check(self, line: int, cells: tuple[str, ...], found: list[RowProblem]) -> None:
        """Append to ``found`` the duplicates this row makes with earlier rows."""
        manufacturer, model, serial, tag = self.pick_identity(cells)
        earlier = _first(self.identities, _identity_key(manufacturer, model, serial), line)
        if earlier:
            serial = serial.strip()
            reason = f"The serial number '{serial}' of this model is already on line {earlier}."
            found.append(self.reader.problem(line, cells, "serial", reason))
        earlier = _first(self.assets, _key_part(tag) or None, line)
        if earlier:
            reason = f"The asset tag '{tag.strip()}' is already on line {earlier}."
            found.append(self.reader.problem(line, cells, "asset_tag", reason))
        if serial.strip() or tag.strip():
            return
        earlier = _first(self.rows, cells, line)  # no identity: only a pasted copy is a duplicate
        if earlier:
            found.append(RowProblem(line, "", "", f"This row repeats line {earlier}."))


def _first(seen: dict, key, line: int) -> int | None:
    """The line that first had ``key`` when it is not this one; remembers ``key`` otherwise."""
    if key is None:
        return None
    earlier = seen.setdefault(key, line)
    return earlier if earlier != line else None


_ASCII_NON_WORD = re.compile(r"[^\w]+")


def _key_part(text: str) -> str:
    """:func:`lab.storage.text.match_key`, with fast paths: on ASCII text folding is just
    lower-casing (serial numbers are unique, so memoising them would not help)."""
    if text.isascii():
        if text.isalnum():
            return text.lower()
        return _ASCII_NON_WORD.sub("", text.lower())
    return match_key(text)


@lru_cache(maxsize=16384)
def _identity_prefix(manufacturer: str, model: str) -> str:
    return f"{_key_part(manufacturer)}|{_key_part(model)}|"


def _identity_key(manufacturer: str, model: str, serial: str) -> str | None:
    """Equal to :func:`lab.storage.text.identity_key`, faster on repeated makers and models."""
    serial_part = _key_part(serial)
    if not serial_part:
        return None
    return _identity_prefix(manufacturer, model) + serial_part
