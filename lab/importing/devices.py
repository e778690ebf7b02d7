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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache, partial
from itertools import compress, filterfalse, repeat, zip_longest
from operator import attrgetter, itemgetter, ne, not_
from typing import NamedTuple

from lab.importing.collector import without_cycle_collection
from lab.importing.headers import ColumnMapping
from lab.importing.measurement import MEASUREMENT_FIELDS, Measurement, read_measurement
from lab.importing.reading import SourceRow, SourceTable
from lab.importing.values import guess_kind
from lab.sentences import Sentence, sentence
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


class DeviceRecord(NamedTuple):
    """One checked device from the list; units are canonical texts the pint registry parses.

    A named tuple rather than a frozen dataclass: as immutable, and made several times faster,
    which counts at 36,000 records a list (a frozen dataclass sets each field through
    ``object.__setattr__``).
    """

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
    """Why one row (or one cell of it) cannot be imported, as a sentence.

    ``reason`` reads as English wherever a ``str`` is wanted (the command line, the JSON report);
    the UI says it in the user's language (:mod:`lab.sentences`). ``column`` is the header as
    written in the file, or a :class:`~lab.sentences.Sentence` naming a column without one.
    """

    line: int
    column: str
    value: str
    reason: Sentence


@dataclass(frozen=True)
class ParsedDevices:
    """The good records, the problems of the bad rows, and how many rows held no device.

    The good rows are kept column by column (``columns``: each field of :class:`DeviceRecord`
    -> its values, in file order), the form the register writes a new intake in; ``records``
    puts them together as rows only when asked, for matching against devices already
    registered. ``keys`` holds each record's (identity key, asset key) as
    :func:`lab.storage.text.identity_key` and :func:`lab.storage.text.asset_key` give them: the
    duplicate check works them out anyway, and the register matches by them.
    """

    columns: Mapping[str, Sequence] = field(repr=False)
    problems: tuple[RowProblem, ...]
    empty_rows: int
    keys: tuple[tuple[str | None, str | None], ...] = field(default=(), compare=False, repr=False)
    # What was checked, with which mapping, on which day (dates after it are refused): a later
    # import of the same file may take the result as it is (lab.intake.read_device_list).
    table: SourceTable | None = field(default=None, compare=False, repr=False)
    mapping: ColumnMapping | None = field(default=None, compare=False, repr=False)
    checked_on: date | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of_records(
        cls, records: Sequence[DeviceRecord], keys: Sequence[tuple[str | None, str | None]]
    ) -> ParsedDevices:
        """Records that did not come from a file (the demo lab, a typed-in intake)."""
        values = zip(*records, strict=True) if records else [()] * len(DeviceRecord._fields)
        return cls(dict(zip(DeviceRecord._fields, values, strict=True)), (), 0, tuple(keys))

    @property
    def count(self) -> int:
        """How many good records there are."""
        return len(self.columns["line"])

    @cached_property
    def records(self) -> tuple[DeviceRecord, ...]:
        # tuple.__new__ makes each record without a Python frame (a NamedTuple's own
        # constructor has one), and a missing field fails here (KeyError), not silently.
        ordered = (self.columns[name] for name in DeviceRecord._fields)
        return tuple(map(partial(tuple.__new__, DeviceRecord), zip(*ordered, strict=True)))

    @property
    def rejected_lines(self) -> tuple[int, ...]:
        """The lines of the rejected rows, each once, in file order."""
        return tuple(sorted({problem.line for problem in self.problems}))


@without_cycle_collection
def parse_devices(table: SourceTable, mapping: ColumnMapping) -> ParsedDevices:
    """Check every row below the header and return records for the good ones only."""
    today = date.today()
    rows = [row for row in table.rows if row.line > mapping.header_line]
    columns = _Columns(rows, mapping)
    # The memoised parsers run over whole columns through map(): no Python frame per cell.
    ordinary = list(map(_ordinary_name, columns["name"], repeat(mapping.header_of("name"))))
    described = list(map(_describe, *(columns[field] for field in _DESCRIPTION_FIELDS)))
    measured = list(
        map(
            read_measurement,
            *(columns[field] for field in MEASUREMENT_FIELDS),
            repeat(today),
        )
    )
    serials = _identifier_column(columns["serial"])
    tags = _identifier_column(columns["asset_tag"])
    identities, assets = _keys(
        *(columns[f] for f in ("manufacturer", "model", "serial", "asset_tag"))
    )
    # Only a row whose name is empty or looks like a heading gets the full check.
    empty = {
        index
        for index in compress(range(len(rows)), map(not_, ordinary))
        if _holds_no_device(rows[index].cells, index, columns, mapping)
    }
    duplicates = _DuplicateFinder(rows, columns, identities, assets, empty)
    # Rows that may have a problem, in file order: nameless, a wrong value, a duplicate.
    count = len(rows)
    suspects = set(compress(range(count), map(not_, map(itemgetter(0), described))))
    suspects.update(compress(range(count), map(attrgetter("problems"), measured)))
    suspects.update(duplicates.repeating)
    problems: list[RowProblem] = []
    rejected = set(empty)
    for index in sorted(suspects - empty):
        row, description, measurement = rows[index], described[index], measured[index]
        found = []
        if not description.name or measurement.problems:
            found = columns.problems(row.line, index, description, measurement)
        if index in duplicates.repeating:
            duplicates.check(row, index, (identities[index], assets[index]), found)
        if found:
            problems.extend(found)
            rejected.add(index)
    good = list(filterfalse(rejected.__contains__, range(count))) if rejected else range(count)
    kept = _good_columns(good, rows, described, measured, serials, tags)
    keys = list(zip(_pick(identities, good), _pick(assets, good), strict=True))
    empty_rows = len(empty)
    log.info(
        "Parsed %s: %d records, %d problems, %d empty rows",
        table.path.name,
        len(keys),
        len(problems),
        empty_rows,
    )
    return ParsedDevices(kept, tuple(problems), empty_rows, tuple(keys), table, mapping, today)


def _pick(values: Sequence, indexes: Sequence[int]) -> Sequence:
    return values if isinstance(indexes, range) else list(map(values.__getitem__, indexes))


def _good_columns(
    good: Sequence[int],
    rows: list[SourceRow],
    described: list[_Description],
    measured: list[Measurement],
    serials: list[str | None],
    tags: list[str | None],
) -> dict[str, Sequence]:
    """The fields of the ``good`` rows column by column: the described and measured values
    transposed in C, no Python frame per row."""
    if not good:
        return {name: () for name in DeviceRecord._fields}
    names, kinds, makers, models, accuracies, places, notes = zip(
        *_pick(described, good), strict=True
    )
    lows, highs, units, resolutions, intervals, dates, _ = zip(*_pick(measured, good), strict=True)
    lines = list(map(attrgetter("line"), _pick(rows, good)))
    fields = {
        "line": lines, "name": names, "kind": kinds, "manufacturer": makers, "model": models,
        "serial": _pick(serials, good), "asset_tag": _pick(tags, good), "range_min": lows,
        "range_max": highs, "unit": units, "resolution": resolutions, "accuracy": accuracies,
        "interval_months": intervals, "last_calibrated": dates, "location": places, "notes": notes,
    }  # fmt: skip
    return {name: fields[name] for name in DeviceRecord._fields}  # a field left out: KeyError


def _holds_no_device(
    cells: tuple[str, ...], index: int, columns: _Columns, mapping: ColumnMapping
) -> bool:
    if not columns.any_mapped(index):  # blank, or only a pre-printed row number
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


class _Columns:
    """The rows below the header cut into columns by one C-speed transpose; a field with no
    column reads a column of empty cells."""

    def __init__(self, rows: list[SourceRow], mapping: ColumnMapping) -> None:
        self.mapping = mapping
        transposed = list(zip_longest(*(row.cells for row in rows), fillvalue=""))
        self.empty = ("",) * len(rows)
        self.by_field = {
            field: transposed[column] if column < len(transposed) else self.empty
            for field, column in mapping.columns.items()
        }

    def __getitem__(self, field: str) -> tuple[str, ...]:
        return self.by_field.get(field, self.empty)

    def any_mapped(self, index: int) -> bool:
        return any(column[index].strip() for column in self.by_field.values())

    def problem(self, line: int, index: int, field: str, reason: Sentence) -> RowProblem:
        return RowProblem(line, self.mapping.header_of(field), self[field][index].strip(), reason)

    def problems(
        self, line: int, index: int, description: _Description, measurement: Measurement
    ) -> list[RowProblem]:
        """The problems of a row without a name or with a wrong measuring value."""
        found = [self.problem(line, index, field, why) for field, why in measurement.problems]
        if not description.name:
            header = self.mapping.header_of("name")
            reason = (
                sentence("The row has no device name ('{column}').", column=header)
                if header
                else sentence("No column holds the device name: choose it in the column mapping.")
            )
            found.insert(0, RowProblem(line, header, "", reason))
        return found


def _identifier_column(texts: Sequence[str]) -> Sequence[str | None]:
    """:func:`lab.storage.text.nfc` of each serial number or tag of a column (``None`` for an
    empty one). They are unique (so not worth memoising) and nearly always ASCII, where NFC
    changes nothing and collapsing white space is what ``str.split`` does (both split on the same
    white-space characters). A column of single ASCII words, none empty, is its own stored form:
    checked on the whole column at once, the way most serial and tag columns are."""
    joined = "\n".join(texts)
    one_word_each = (
        joined.isascii()
        and joined.count("\n") == len(texts) - 1  # no text holds a line break of its own
        and not _NOT_ONE_WORD_EACH.search(joined)
    )
    if one_word_each:
        return texts
    return [(" ".join(text.split()) if text.isascii() else nfc(text)) or None for text in texts]


# In texts joined by line breaks: white space inside or around a text, or an empty text.
_NOT_ONE_WORD_EACH = re.compile(r"[^\S\n]|\n\n|\A\n|\n\Z|\A\Z")


def _keys(
    makers: Sequence[str], models: Sequence[str], serials: Sequence[str], tags: Sequence[str]
) -> tuple[list[str | None], list[str | None]]:
    """Each row's identity key and asset key (:func:`lab.storage.text.identity_key`,
    :func:`lab.storage.text.asset_key`), worked out column by column."""
    identities = [
        _identity_prefix(maker, model) + serial if serial else None
        for maker, model, serial in zip(makers, models, _key_column(serials), strict=True)
    ]
    return identities, [key or None for key in _key_column(tags)]


class _DuplicateFinder:
    """The first line of each identity, asset tag and (for rows with neither serial nor tag)
    whole row in the file, and the rows that repeat one of them (``repeating``).

    Worked out column by column, since nearly every row of a list is its own: the first line of
    each key is a dict built from the reversed columns (so the first line wins), and only the
    rows whose key's first line is not their own are looked at one by one. Rows that hold no
    device (``empty``) take no part.
    """

    def __init__(
        self,
        rows: list[SourceRow],
        columns: _Columns,
        identities: list[str | None],
        assets: list[str | None],
        empty: set[int],
    ) -> None:
        self.columns = columns
        self.serials, self.tags = columns["serial"], columns["asset_tag"]
        kept = [i for i in range(len(rows)) if i not in empty] if empty else range(len(rows))
        lines = [rows[i].line for i in kept]
        identities = [identities[i] for i in kept] if empty else identities
        assets = [assets[i] for i in kept] if empty else assets
        self.identities = dict(zip(reversed(identities), reversed(lines), strict=True))
        self.assets = dict(zip(reversed(assets), reversed(lines), strict=True))
        self.repeating = set(_repeated(kept, identities, lines, self.identities))
        self.repeating.update(_repeated(kept, assets, lines, self.assets))
        # No identity at all: only a pasted copy of the whole row counts as a duplicate.
        bare = [
            i
            for i, identity, asset in zip(kept, identities, assets, strict=True)
            if identity is None and asset is None
            and not self.serials[i].strip() and not self.tags[i].strip()
        ]  # fmt: skip
        self.rows: dict[tuple[str, ...], int] = {}
        for i in bare:
            if self.rows.setdefault(rows[i].cells, rows[i].line) != rows[i].line:
                self.repeating.add(i)

    def check(
        self, row: SourceRow, index: int, keys: tuple[str | None, str | None], found: list
    ) -> None:
        """Append to ``found`` the duplicates this row (one of ``repeating``) makes with earlier
        rows; ``keys`` are its identity and asset keys."""
        line, serial, tag = row.line, self.serials[index], self.tags[index]
        earlier = _earlier(self.identities, keys[0], line)
        if earlier:
            serial = serial.strip()
            reason = sentence(
                "The serial number '{serial}' of this model is already on line {line}.",
                serial=serial,
                line=earlier,
            )
            found.append(self.columns.problem(line, index, "serial", reason))
        earlier = _earlier(self.assets, keys[1], line)
        if earlier:
            reason = sentence(
                "The asset tag '{tag}' is already on line {line}.", tag=tag.strip(), line=earlier
            )
            found.append(self.columns.problem(line, index, "asset_tag", reason))
        if serial.strip() or tag.strip():
            return
        earlier = _earlier(self.rows, row.cells, line)
        if earlier:
            repeats = sentence("This row repeats line {line}.", line=earlier)
            found.append(RowProblem(line, "", "", repeats))


def _repeated(
    kept: Sequence[int], keys: list[str | None], lines: list[int], first: dict
) -> Iterator[int]:
    """The row indexes in ``kept`` whose key was first seen on another line (``None`` is no
    key: such rows are dropped by :meth:`_DuplicateFinder.check`)."""
    return compress(kept, map(ne, map(first.__getitem__, keys), lines))


def _earlier(first: dict, key, line: int) -> int | None:
    """The line that first had ``key`` when it is not this one."""
    if key is None:
        return None
    earlier = first.get(key)
    return earlier if earlier != line else None


_ASCII_NON_WORD = re.compile(r"[^\w]+")


def _key_part(text: str) -> str:
    """:func:`lab.storage.text.match_key`, with fast paths: on ASCII text folding is just
    lower-casing (serial numbers are unique, so memoising them would not help)."""
    if text.isascii():
        lowered = text.lower()
        if lowered.isalnum():
            return lowered
        bare = _bare(lowered)
        return bare if bare.isalnum() else _ASCII_NON_WORD.sub("", bare)
    return match_key(text)


def _bare(lowered: str) -> str:
    # The separators serials are written with, removed by plain replaces (cheaper than the
    # pattern); anything else left goes through the pattern.
    return lowered.replace("-", "").replace(" ", "").replace("/", "").replace(".", "")


def _key_column(texts: Sequence[str]) -> list[str]:
    """:func:`_key_part` of each text of a column. An ASCII column goes in one piece: lower-cased
    and stripped of the usual separators by whole-column string operations, then split again;
    only keys with other punctuation left go through the pattern one by one."""
    joined = "\n".join(texts)
    if joined.isascii():
        keys = _bare(joined.lower()).split("\n")
        if len(keys) == len(texts):  # no cell held a line break of its own
            return [key if key.isalnum() else _ASCII_NON_WORD.sub("", key) for key in keys]
    return list(map(_key_part, texts))


@lru_cache(maxsize=16384)
def _identity_prefix(manufacturer: str, model: str) -> str:
    return f"{_key_part(manufacturer)}|{_key_part(model)}|"
