"""Device lists written the way customers' programs write them: real files in a temp folder."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

HEADER_VI = (
    "STT",
    "Tên thiết bị",
    "Hãng sản xuất",
    "Kiểu",
    "Số sê-ri",
    "Mã tài sản",
    "Phạm vi đo",
    "Độ phân giải",
    "Chu kỳ hiệu chuẩn",
    "Ngày hiệu chuẩn",
    "Vị trí",
)
DEVICE_VI = (
    "1",
    "Nhiệt kế điện tử",
    "Testo",
    "735-2",
    "02258874",
    "TS-041",
    "-200...600 °C",
    "0,01 °C",
    "12 tháng",
    "05/06/2024",
    "Phòng thí nghiệm",
)


def csv_text(rows: Sequence[Sequence[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


@pytest.fixture
def write_csv(tmp_path: Path):
    """write_csv(rows, encoding="utf-8", delimiter=",", name="list.csv") -> Path"""

    def write(rows, encoding="utf-8", delimiter=",", name="list.csv") -> Path:
        path = tmp_path / name
        path.write_bytes(csv_text(rows, delimiter).encode(encoding))
        return path

    return write


@pytest.fixture
def write_xlsx(tmp_path: Path):
    """write_xlsx(rows, merges=(), name="list.xlsx", sheets=None) -> Path (openpyxl-written)."""

    def write(rows, merges=(), name="list.xlsx", before=()) -> Path:
        workbook = Workbook()
        first = workbook.active
        for index, (title, other_rows) in enumerate(before):
            sheet = first if index == 0 else workbook.create_sheet()
            sheet.title = title
            for row in other_rows:
                sheet.append(list(row))
        sheet = workbook.create_sheet("Thiết bị") if before else first
        for row in rows:
            sheet.append(list(row))
        for merge in merges:
            sheet.merge_cells(merge)
        path = tmp_path / name
        workbook.save(path)
        return path

    return write
