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
  (:func:`lab.storage.text.asset_key`), or the very same cells (a row pasted twice).
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

from lab.importing.headers import ColumnMapping
from lab.importing.numbers import (
    canonical_unit,
    convert,
    read_number,
    same_quantity,
    unit_scale,
)
from lab.importing.reading import SourceRow, SourceTable
from lab.importing.values import guess_kind, read_date, read_interval, read_quantity, read_range
from lab.storage.text import asset_key, fold, identity_key, nfc

log = logging.getLogger(__name__)

_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_SECTION_HEADING = re.compile(r"^(?:[IVXLC]+|[A-H])[.)]\s+\S")
# Signature blocks under the table ("Người lập biểu ... Giám đốc") are not devices.
_SIGNATURE_WORDS = frozenset(
    fold(word)
    for word in (
        "Người lập biểu",
        "Người lập",
        "Người lập bảng",
        "Giám đốc",
        "Phó giám đốc",
        "Ký tên",
        "Xác nhận",
        "Trưởng phòng",
        "Thủ trưởng đơn vị",
        "Kế toán trưởng",
        "Đại diện",
        "Prepared by",
        "Checked by",
        "Approved by",
        "Signature",
    )
)
_text = lru_cache(maxsize=16384)(nfc)


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
    records: list[DeviceRecord] = []
    problems: list[RowProblem] = []
    duplicates = _DuplicateFinder(mapping)
    empty_rows = 0
    for row in table.rows:
        if row.line <= mapping.header_line:
            continue
        if _holds_no_device(row.cells, mapping):
            empty_rows += 1
            continue
        record, row_problems = reader.read(row)
        row_problems.extend(duplicates.check(row, reader))
        if row_problems:
            problems.extend(row_problems)
        elif record is not None:
            records.append(record)
    log.info(
        "Parsed %s: %d records, %d problems, %d empty rows",
        table.path.name,
        len(records),
        len(problems),
        empty_rows,
    )
    return ParsedDevices(tuple(records), tuple(problems), empty_rows)


def _holds_no_device(cells: tuple[str, ...], mapping: ColumnMapping) -> bool:
    mapped = [cells[index] for index in mapping.columns.values() if index < len(cells)]
    if not any(cell.strip() for cell in mapped):  # blank, or only a pre-printed row number
        return True
    filled = [cell.strip() for cell in cells if cell.strip()]
    if len(filled) == 1 and _SECTION_HEADING.match(filled[0]):
        return True
    if tuple(cell.strip() for cell in cells[: len(mapping.headers)]) == mapping.headers:
        return True
    if all(fold(cell).strip(" :.()") in _SIGNATURE_WORDS for cell in filled):
        return True
    return len(filled) >= 3 and all(_COLUMN_NUMBER.match(cell) for cell in filled)


class _RowReader:
    """Reads the mapped cells of one row into a record and its problems."""

    def __init__(self, mapping: ColumnMapping, today: date) -> None:
        self.mapping = mapping
        self.today = today
        self.columns = dict(mapping.columns)

    def cell(self, cells: tuple[str, ...], field: str) -> str:
        index = self.columns.get(field)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()

    def problem(self, row: SourceRow, field: str, reason: str) -> RowProblem:
        return RowProblem(
            row.line, self.mapping.header_of(field), self.cell(row.cells, field), reason
        )

    def read(self, row: SourceRow) -> tuple[DeviceRecord | None, list[RowProblem]]:
        cells = row.cells
        problems: list[RowProblem] = []
        name = _text(self.cell(cells, "name"))
        if not name:
            header = self.mapping.header_of("name") or "device name"
            problems.append(
                RowProblem(row.line, header, "", f"The row has no device name ('{header}').")
            )
        low, high, unit = self._range(row, problems)
        resolution, unit = self._resolution(row, unit, problems)
        interval = self._parsed(row, "interval_months", read_interval, problems)
        calibrated = self._parsed(
            row, "last_calibrated", lambda text: read_date(text, self.today), problems
        )
        if problems:
            return None, problems
        return DeviceRecord(
            line=row.line,
            name=name,
            kind=self._kind(cells, name),
            manufacturer=_text(self.cell(cells, "manufacturer")) or None,
            model=_text(self.cell(cells, "model")) or None,
            serial=nfc(self.cell(cells, "serial")) or None,
            asset_tag=nfc(self.cell(cells, "asset_tag")) or None,
            range_min=low,
            range_max=high,
            unit=unit,
            resolution=resolution,
            accuracy=_text(self.cell(cells, "accuracy")) or None,
            interval_months=interval,
            last_calibrated=calibrated,
            location=_text(self.cell(cells, "location")) or None,
            notes=_text(self.cell(cells, "notes")) or None,
        ), problems

    def _parsed(self, row, field, parser, problems):
        text = self.cell(row.cells, field)
        if not text:
            return None
        value, reason = parser(text)
        if reason:
            problems.append(self.problem(row, field, reason))
        return value

    def _kind(self, cells: tuple[str, ...], name: str) -> str | None:
        written = _text(self.cell(cells, "kind"))
        if written:
            return guess_kind(written) or written
        return guess_kind(name)

    def _range(self, row: SourceRow, problems: list[RowProblem]):
        """(min, max, unit) from the range column, else the min and max columns; the unit column
        names the unit when the range does not, and must agree with it when both do."""
        unit = self._parsed(row, "unit", canonical_unit, problems)
        span = self._parsed(row, "range", read_range, problems)
        if span is None:
            low = self._parsed(row, "range_min", read_number, problems)
            high = self._parsed(row, "range_max", read_number, problems)
            if low is not None and high is not None and low > high:
                problems.append(self.problem(row, "range_min", _MIN_ABOVE_MAX))
            return low, high, unit
        low, high, range_unit = span
        if unit is None or range_unit is None or unit == range_unit:
            return low, high, range_unit or unit
        if not same_quantity(range_unit, unit):
            problems.append(
                self.problem(
                    row,
                    "range",
                    f"The range is in '{range_unit}' but the unit column says '{unit}', "
                    "which measures something else.",
                )
            )
            return None, None, unit
        return _converted(low, range_unit, unit), _converted(high, range_unit, unit), unit

    def _resolution(self, row: SourceRow, unit: str | None, problems: list[RowProblem]):
        """The resolution in the range's unit; its own unit must measure the same quantity."""
        quantity = self._parsed(row, "resolution", read_quantity, problems)
        if quantity is None:
            return None, unit
        value, own_unit = quantity
        if own_unit is None or own_unit == unit:
            return value, unit
        if unit is None:
            return value, own_unit
        if not same_quantity(own_unit, unit):
            text = self.cell(row.cells, "resolution")
            problems.append(
                self.problem(
                    row,
                    "resolution",
                    f"The resolution '{text}' is not in a unit of the range ('{unit}').",
                )
            )
            return None, unit
        return _converted_step(value, own_unit, unit), unit


_MIN_ABOVE_MAX = "The range's minimum is above its maximum."


def _converted(value: float, unit: str, target: str) -> float:
    return _tidy(convert(value, unit, target))


def _converted_step(value: float, unit: str, target: str) -> float:
    """A step (resolution) converted without offsets: 0.1 °C is 0.1 K, not 273.25 K."""
    return _tidy(value * unit_scale(unit) / unit_scale(target))


def _tidy(value: float) -> float:
    """Twelve significant digits: 0.01 mV is 1e-05 V, not 1.0000000000000002e-05 V."""
    return float(f"{value:.12g}")


class _DuplicateFinder:
    """Remembers the first line of each identity, asset tag and whole row seen in the file."""

    def __init__(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        self.identities: dict[str, int] = {}
        self.assets: dict[str, int] = {}
        self.rows: dict[tuple[str, ...], int] = {}

    def check(self, row: SourceRow, reader: _RowReader) -> list[RowProblem]:
        cells = row.cells
        found: list[RowProblem] = []
        serial = reader.cell(cells, "serial")
        identity = identity_key(
            reader.cell(cells, "manufacturer"), reader.cell(cells, "model"), serial
        )
        earlier = self._first(self.identities, identity, row.line)
        if earlier:
            reason = f"The serial number '{serial}' of this model is already on line {earlier}."
            found.append(reader.problem(row, "serial", reason))
        tag = reader.cell(cells, "asset_tag")
        earlier = self._first(self.assets, asset_key(tag), row.line)
        if earlier:
            reason = f"The asset tag '{tag}' is already on line {earlier}."
            found.append(reader.problem(row, "asset_tag", reason))
        earlier = self._first(self.rows, tuple(cell.strip() for cell in cells), row.line)
        if earlier and not found:
            found.append(RowProblem(row.line, "", "", f"This row repeats line {earlier}."))
        return found

    @staticmethod
    def _first(seen: dict, key, line: int) -> int | None:
        if key is None:
            return None
        earlier = seen.setdefault(key, line)
        return earlier if earlier != line else None
