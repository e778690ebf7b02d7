"""Finding the header row of a device list and mapping its columns (issue 2, Build item 3).

Customers' lists start with letterheads, titles and merged cells ("CÔNG TY ... / DANH SÁCH THIẾT
BỊ ĐỀ NGHỊ HIỆU CHUẨN"); the header is the row among the first 30 that names the most known columns,
in English or Vietnamese, with or without accents. The mapping is a proposal: the user corrects it
(:meth:`ColumnMapping.with_column`) before anything is imported.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from lab.importing.reading import SourceTable, UnusableFile
from lab.sentences import sentence
from lab.storage.text import match_key

log = logging.getLogger(__name__)

FIELDS: tuple[str, ...] = (
    "name",
    "kind",
    "manufacturer",
    "model",
    "serial",
    "asset_tag",
    "range",
    "range_min",
    "range_max",
    "unit",
    "resolution",
    "accuracy",
    "interval_months",
    "last_calibrated",
    "location",
    "notes",
)
HEADER_SEARCH_ROWS = 30

# Header words per field, as written; they are compared by match_key (no accents, case, spaces or
# punctuation), so "Số sê-ri", "SO SERI" and "so se ri" are one word.
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "Tên thiết bị",
        "Tên TB",
        "Tên",
        "Tên dụng cụ",
        "Tên phương tiện đo",
        "Tên PTĐ",
        "Tên thiết bị đo",
        "Thiết bị",
        "Device",
        "Device name",
        "Instrument",
        "Name",
        "Description",
        "Equipment",
        "Tên máy",
    ),
    "kind": ("Loại", "Loại thiết bị", "Chủng loại", "Type", "Kind", "Category", "Device type"),
    "manufacturer": (
        "Hãng sản xuất",
        "Hãng SX",
        "Hãng",
        "Nhà sản xuất",
        "NSX",
        "Manufacturer",
        "Make",
        "Brand",
        "Hãng/Nước SX",
        "Hãng sản xuất/Xuất xứ",
    ),
    "model": ("Model", "Kiểu", "Kiểu/Model", "Model/Kiểu", "Mã hiệu", "Type/Model", "Model No"),
    "serial": (
        "Số sê-ri",
        "Số seri",
        "Số serial",
        "Số hiệu",
        "Serial",
        "Serial No",
        "Serial number",
        "S/N",
        "SN",
        "Số máy",
        "Số chế tạo",
    ),
    "asset_tag": (
        "Mã tài sản",
        "Mã TS",
        "Asset tag",
        "Asset",
        "Asset No",
        "Mã quản lý",
        "Số quản lý",
        "Mã thiết bị",
        "Tag",
    ),
    "range": (
        "Phạm vi đo",
        "PVĐ",
        "Range",
        "Measuring range",
        "Dải đo",
        "Khoảng đo",
        "Giới hạn đo",
        "Phạm vi",
        "Thang đo",
    ),
    "range_min": ("Giới hạn dưới", "Min", "Range min", "Minimum", "Từ", "GHD"),
    "range_max": ("Giới hạn trên", "Max", "Range max", "Maximum", "Đến", "GHT"),
    "unit": ("Đơn vị", "ĐVT", "Đơn vị đo", "Unit", "Units"),
    "resolution": (
        "Độ phân giải",
        "Phân giải",
        "Resolution",
        "Giá trị độ chia",
        "GTĐC",
        "Độ chia",
        "Division",
        "Scale interval",
    ),
    "accuracy": (
        "Cấp chính xác",
        "CCX",
        "Độ chính xác",
        "Accuracy",
        "Class",
        "Accuracy class",
        "MPE",
        "Sai số cho phép",
        "Sai số",
    ),
    "interval_months": (
        "Chu kỳ hiệu chuẩn",
        "Chu kỳ",
        "Chu kỳ HC",
        "Chu kỳ kiểm định",
        "Interval",
        "Calibration interval",
        "Cal interval",
        "Chu kỳ hiệu chuẩn (tháng)",
    ),
    "last_calibrated": (
        "Ngày hiệu chuẩn",
        "Ngày HC",
        "Ngày hiệu chuẩn gần nhất",
        "Ngày hiệu chuẩn lần cuối",
        "Lần hiệu chuẩn cuối",
        "Last calibrated",
        "Last calibration",
        "Calibration date",
        "Cal date",
        "Ngày kiểm định",
        "Ngày HC gần nhất",
    ),
    "location": (
        "Vị trí",
        "Nơi đặt",
        "Nơi sử dụng",
        "Bộ phận sử dụng",
        "Vị trí lắp đặt",
        "Location",
        "Department",
        "Phòng ban",
        "Bộ phận",
    ),
    "notes": ("Ghi chú", "Notes", "Note", "Remarks", "Remark", "Comments", "Comment"),
}
# Columns that are known but carry nothing to import: the row number, and the error file's own.
_IGNORED_WORDS = ("STT", "TT", "No", "No.", "#", "Số TT", "Line", "Dòng", "Reason", "Lý do")

_KEYS: dict[str, str] = {
    match_key(word): field for field, words in _HEADER_WORDS.items() for word in words
}
_IGNORED: frozenset[str] = frozenset(match_key(word) for word in _IGNORED_WORDS)
_BILINGUAL_SPLIT = re.compile(r"[/()\[\]\n]")


@dataclass(frozen=True)
class ColumnMapping:
    """Which column holds which field, found from the header row and corrected by the user."""

    header_line: int
    headers: tuple[str, ...]
    columns: Mapping[str, int]

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", MappingProxyType(dict(self.columns)))

    def with_column(self, field: str, column: int | None) -> ColumnMapping:
        """The mapping with ``field`` read from ``column`` (``None`` unmaps it).

        One column feeds one field, so a column taken for ``field`` is unmapped elsewhere.
        """
        if field not in FIELDS:
            raise ValueError(f"'{field}' is not a field of a device list.")
        if column is not None and not 0 <= column < len(self.headers):
            raise ValueError(f"The file has no column {column + 1}.")
        columns = {name: index for name, index in self.columns.items() if index != column}
        columns.pop(field, None)
        if column is not None:
            columns[field] = column
        return ColumnMapping(self.header_line, self.headers, columns)

    def header_of(self, field: str) -> str:
        """The header text in the file for ``field`` ("" when it is not mapped); a column with no
        header is named by its number, in a sentence the UI translates."""
        index = self.columns.get(field)
        if index is None or index >= len(self.headers):
            return ""
        return self.headers[index] or sentence("column {number}", number=index + 1)


def field_for_header(text: str) -> str | None:
    """The field a header cell names, or ``None``.

    >>> field_for_header("Tên thiết bị"), field_for_header("SO SE-RI"), field_for_header("Kieu")
    ('name', 'serial', 'model')
    >>> field_for_header("Phạm vi đo\\n(Range)"), field_for_header("STT")
    ('range', None)
    """
    key = match_key(text)
    if not key or key in _IGNORED:
        return None
    if key in _KEYS:
        return _KEYS[key]
    for part in _BILINGUAL_SPLIT.split(text):  # "Tên thiết bị / Device name", "Model (Kiểu)"
        part_key = match_key(part)
        if part_key in _KEYS and part_key not in _IGNORED:
            return _KEYS[part_key]
    return None


def find_header(table: SourceTable) -> ColumnMapping:
    """The header row among the first 30 rows and the columns it maps; :class:`UnusableFile`
    when no row names at least two known columns."""
    best: tuple[int, int, dict[str, int]] | None = None
    for row in table.rows[:HEADER_SEARCH_ROWS]:
        columns = _columns_named(row.cells)
        score = len(columns) + (1 if "name" in columns else 0)
        if len(columns) >= 2 and (best is None or score > best[0]):
            best = (score, row.line, columns)
    if best is None:
        raise UnusableFile(
            sentence(
                "No header row was found in the first {rows} rows of '{file}': CalDesk looks "
                "for column titles such as 'Tên thiết bị' / 'Device name', 'Hãng sản xuất' / "
                "'Manufacturer', 'Model', 'Số sê-ri' / 'Serial', 'Phạm vi đo' / 'Range' and "
                "'Ngày hiệu chuẩn' / 'Calibration date'.",
                rows=HEADER_SEARCH_ROWS,
                file=table.path.name,
            )
        )
    _, line, columns = best
    headers = next(row.cells for row in table.rows if row.line == line)
    log.info("Header of %s on line %d maps %s", table.path.name, line, sorted(columns))
    return ColumnMapping(line, tuple(cell.strip() for cell in headers), columns)


def _columns_named(cells: tuple[str, ...]) -> dict[str, int]:
    """field -> first column whose header names it."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = field_for_header(cell) if cell else None
        if field is not None and field not in columns:
            columns[field] = index
    return columns
