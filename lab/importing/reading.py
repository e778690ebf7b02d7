"""Reading a customer's device list into plain rows of text (issue 2, Build item 3).

A device list arrives as CSV (UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM, or the
Vietnamese Windows code page cp1258; comma, semicolon or TAB) or as an Excel workbook (XLSX, read
with python-calamine because it is many times faster than openpyxl). Whatever the source, the rest
of the import sees the same thing: a :class:`SourceTable` of :class:`SourceRow` s holding the cells
as NFC text, each row with the line (CSV) or row number (sheet) the technician sees in the file.

Excel values become text like this, so that a value reads the same as it did on screen:

- whole numbers lose Excel's float form: ``12.0`` becomes ``"12"``, ``0.05`` stays ``"0.05"``;
- a cell formatted as a date becomes ISO text ``"yyyy-mm-dd"`` (with ``"Thh:mm:ss"`` only when it
  carries a time of day); a date typed as a plain number stays the serial number (``"45292"``),
  which the date parser reads as an Excel serial;
- booleans become ``"TRUE"`` / ``"FALSE"``, as Excel shows them.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import logging
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from lab.importing.collector import without_cycle_collection
from lab.sentences import SaysWhy, sentence

log = logging.getLogger(__name__)

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format
_SNIFF_LINES = 60
_DELIMITERS = (";", ",", "\t")
_DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab"}


class UnusableFile(SaysWhy, Exception):
    """The file cannot be used at all; the sentence names the file and why."""


class SourceRow(NamedTuple):
    """One row as it stands in the file: 1-based line (CSV) or row (sheet), cells as text.

    A named tuple (immutable, and made far faster than a frozen dataclass: a list has tens of
    thousands of rows).
    """

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SourceTable:
    """A whole device list as text rows, with how it was read (shown in the import preview)."""

    path: Path
    kind: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    rows: tuple[SourceRow, ...]
    # Of the very bytes read: the work order records what was taken in, and a later look at
    # the file can tell whether it is still the same (lab.intake.read_device_list).
    sha256: str = field(default="", compare=False, repr=False)

    @property
    def delimiter_name(self) -> str | None:
        """The delimiter in words (``"semicolon"``), for the preview and the report."""
        return _DELIMITER_NAMES.get(self.delimiter or "")


@without_cycle_collection
def read_table(path: Path, *, sheet: str | None = None) -> SourceTable:
    """Read a CSV or XLSX device list; raise :class:`UnusableFile` with a sentence if it cannot.

    The kind is decided by the file's content (an XLSX is a ZIP archive), not only its suffix, so
    a workbook saved as ``.csv`` by mistake is still read.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableFile(
            sentence(
                "The file '{path}' cannot be opened: {error}.",
                path=str(path),
                error=exc.strerror or str(exc),
            )
        ) from None
    if not data[:65536].strip() and not data.strip():
        raise UnusableFile(sentence("The file '{file}' is empty.", file=path.name))
    table = _read_bytes(path, data, sheet)
    return replace(table, sha256=hashlib.sha256(data).hexdigest())


def _read_bytes(path: Path, data: bytes, sheet: str | None) -> SourceTable:
    if data.startswith(_ZIP_MAGIC):
        return _read_workbook(path, data, sheet)
    if data.startswith(_OLE_MAGIC):
        raise UnusableFile(
            sentence(
                "The file '{file}' is an old Excel 97-2003 workbook (.xls); "
                "save it as .xlsx or CSV and import that.",
                file=path.name,
            )
        )
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise UnusableFile(
            sentence(
                "The file '{file}' is named like an Excel workbook but is not one "
                "(it may be damaged or only partly copied).",
                file=path.name,
            )
        )
    return _read_csv(path, data)


# --- CSV -----------------------------------------------------------------------------------------


def _read_csv(path: Path, data: bytes) -> SourceTable:
    encoding, text = _decode(path, data)
    if _looks_binary(text):
        raise UnusableFile(
            sentence(
                "The file '{file}' is not a text device list (it holds binary data); "
                "export the list as CSV or XLSX.",
                file=path.name,
            )
        )
    delimiter = _excel_separator_hint(text) or _sniff_delimiter(text)
    rows = _csv_rows(path, text, delimiter)
    log.info("Read %s: %d rows, %s, delimiter %r", path.name, len(rows), encoding, delimiter)
    return SourceTable(path, "csv", encoding, delimiter, None, rows)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The encoding and the NFC text. BOMs first, then BOM-less UTF-16, UTF-8, finally cp1258."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return encoding, _decode_as(path, data[len(bom) :], encoding)
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16, _decode_as(path, data, utf16)
    try:
        return "utf-8", unicodedata.normalize("NFC", data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # cp1258 writes Vietnamese tones as separate combining marks; NFC composes them so that
    # "Nhiệt kế" from an old Windows export is the same text as the one typed in CalDesk.
    return "cp1258", _decode_as(path, data, "cp1258")


def _decode_as(path: Path, data: bytes, encoding: str) -> str:
    try:
        return unicodedata.normalize("NFC", data.decode(encoding))
    except UnicodeDecodeError as exc:
        raise UnusableFile(
            sentence(
                "The file '{file}' is not readable text: byte {byte} is not valid "
                "{encoding}; save the list again as CSV UTF-8 or XLSX.",
                file=path.name,
                byte=exc.start + 1,
                encoding=encoding.upper(),
            )
        ) from None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM shows as a NUL in every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """Text with NULs or many control characters is not a device list anyone typed."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    return "\x00" in sample or controls > max(2, len(sample) // 100)


def _excel_separator_hint(text: str) -> str | None:
    """Excel writes and honours a first line "sep=;" naming the delimiter."""
    first = text[:6].rstrip("\r\n")
    if len(first) == 5 and first.lower().startswith("sep=") and first[4] in _DELIMITERS:
        return first[4]
    return None


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most rows of one width > 1."""
    sample = text[:65536].splitlines()[:_SNIFF_LINES]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        widths: dict[int, int] = {}
        for cells in csv.reader(sample, delimiter=delimiter):
            filled = _width(cells)
            if filled > 1:
                widths[filled] = widths.get(filled, 0) + 1
        if widths:
            width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
            if (count, width) > best_score:
                best, best_score = delimiter, (count, width)
    return best


def _width(cells: list[str]) -> int:
    """Number of cells up to the last non-blank one (trailing empty cells are padding)."""
    for index in range(len(cells) - 1, -1, -1):
        if cells[index].strip():
            return index + 1
    return 0


def _csv_rows(path: Path, text: str, delimiter: str) -> tuple[SourceRow, ...]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        cells = tuple(map(tuple, reader))
        if reader.line_num == len(cells):  # no quoted cell spans lines: row n is line n
            return tuple(map(SourceRow, itertools.count(1), cells))
        # Some quoted cell holds a line break: read again, noting the line each row starts on.
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = []
        next_line = 1
        for cells in reader:
            # A quoted cell may span lines; the row is where it starts.
            rows.append(SourceRow(next_line, tuple(cells)))
            next_line = reader.line_num + 1
    except csv.Error as exc:
        raise UnusableFile(
            sentence(
                "The CSV text cannot be read near line {line}: {error}.",
                line=reader.line_num,
                error=str(exc),
            )
        ) from None
    return tuple(rows)


# --- XLSX ----------------------------------------------------------------------------------------


def _read_workbook(path: Path, data: bytes, sheet: str | None) -> SourceTable:
    try:
        return _first_filled_sheet(path, data, sheet)
    except UnusableFile:
        raise
    except Exception as exc:  # calamine raises its own types, ValueError and more on damaged files
        log.info("Cannot read workbook %s: %r", path, exc)
        raise UnusableFile(
            sentence(
                "The file '{file}' is not a workbook CalDesk can read "
                "(it may be damaged, password-protected or not an .xlsx file).",
                file=path.name,
            )
        ) from None


def _first_filled_sheet(path: Path, data: bytes, sheet: str | None) -> SourceTable:
    """The named sheet, or else the first sheet with any filled cell."""
    import python_calamine  # imported here: only workbook imports pay for loading it

    workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    names = list(workbook.sheet_names)
    if sheet is not None and sheet not in names:
        raise UnusableFile(
            sentence(
                "The workbook '{file}' has no sheet named '{sheet}' (its sheets: {sheets}).",
                file=path.name,
                sheet=sheet,
                sheets=", ".join(f"'{name}'" for name in names),
            )
            if names
            else sentence("The workbook '{file}' has no sheets at all.", file=path.name)
        )
    for name in [sheet] if sheet is not None else names:
        grid = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        rows = tuple(map(SourceRow, itertools.count(1), map(_row_text, grid)))
        if any(_width(list(row.cells)) for row in rows):
            return SourceTable(path, "xlsx", None, None, name, rows)
    if sheet is not None:
        raise UnusableFile(
            sentence(
                "The sheet '{sheet}' of '{file}' has no filled cell.", sheet=sheet, file=path.name
            )
        )
    raise UnusableFile(
        sentence("The workbook '{file}' has no sheet with any filled cell.", file=path.name)
    )


def _row_text(values: list) -> tuple[str, ...]:
    # ASCII text is already NFC: most cells skip the call (a 36,000-row sheet has 500,000).
    return tuple([v if v.__class__ is str and v.isascii() else _cell_text(v) for v in values])


def _cell_text(value: object) -> str:
    """A calamine cell value as the text the technician saw (see the module's notes)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, time):
        return value.isoformat()
    return "" if value is None else str(value)
