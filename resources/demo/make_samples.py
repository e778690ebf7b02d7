"""Rebuild the sample device lists a customer might send (issue 2: "A sample device list to
import ships in resources/").

    python resources/demo/make_samples.py

writes, next to this script:

- ``danh_sach_thiet_bi_mau.xlsx``: a messy Vietnamese workbook as customers really send it, with
  a company letterhead and title in merged cells, a header row below them, the "(1) (2) ..."
  column-numbering row, a section heading, 40 devices and four deliberately bad rows;
- ``danh_sach_thiet_bi_mau.csv``: the same list as the old Windows Vietnamese code page (cp1258)
  with semicolons, as Excel "CSV" saves it on a Vietnamese Windows.

The bad rows, which a correct import rejects with a sentence each: line of an impossible date
(31/02/2024), a range with a unit nobody knows ('barr'), a serial number already listed on an
earlier line, and a row without a device name.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
XLSX = HERE / "danh_sach_thiet_bi_mau.xlsx"
CSV = HERE / "danh_sach_thiet_bi_mau.csv"

TITLE_ROWS = (
    ("CÔNG TY TNHH CƠ KHÍ CHÍNH XÁC MIỀN TRUNG",),
    ("Địa chỉ: 12 Nguyễn Văn Linh, TP. Đà Nẵng",),
    (),
    ("DANH SÁCH THIẾT BỊ ĐỀ NGHỊ HIỆU CHUẨN",),
    ("(Kèm theo phiếu yêu cầu số 27/2024/YC)",),
    (),
)
HEADERS = (
    "STT",
    "Tên thiết bị",
    "Hãng sản xuất",
    "Kiểu",
    "Số sê-ri",
    "Mã tài sản",
    "Phạm vi đo",
    "Độ phân giải",
    "Cấp chính xác",
    "Chu kỳ hiệu chuẩn",
    "Ngày hiệu chuẩn",
    "Vị trí",
    "Ghi chú",
)

DEVICES = HERE / "thiet_bi_mau.txt"
# cp1258 has no Ω: Vietnamese Windows users type "Ohm" instead.
CP1258_SPELLINGS = str.maketrans({"Ω": "Ohm"})


def device_rows() -> list[tuple[str, ...]]:
    """The rows below the header, as they appear in both files (STT first): the
    column-numbering row, then section headings and numbered devices from thiet_bi_mau.txt."""
    rows: list[tuple[str, ...]] = [tuple(f"({n})" for n in range(1, len(HEADERS) + 1))]
    number = 0
    for line in DEVICES.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            rows.append((line[3:],))
        elif line.strip() and not line.startswith("#"):
            number += 1
            fields = [field.strip() for field in line.split(" | ")]
            rows.append((str(number), *fields))
    return rows


def write_xlsx(path: Path = XLSX) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    last_column = len(HEADERS)
    for title in TITLE_ROWS:
        sheet.append(list(title))
    for row_number in (1, 2, 4, 5):  # letterhead and title span the table, as customers do it
        sheet.merge_cells(
            start_row=row_number, start_column=1, end_row=row_number, end_column=last_column
        )
        sheet.cell(row_number, 1).alignment = Alignment(horizontal="center")
    sheet.cell(4, 1).font = Font(bold=True, size=14)
    sheet.append(list(HEADERS))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in device_rows():
        sheet.append([_as_excel(value) for value in row])
        if len(row) == 1:
            sheet.merge_cells(
                start_row=sheet.max_row,
                start_column=1,
                end_row=sheet.max_row,
                end_column=last_column,
            )
    sheet.append([])
    sheet.append(["", "Người lập biểu", "", "", "", "", "", "", "", "Giám đốc"])
    workbook.save(path)
    return path


def _as_excel(value: str) -> object:
    """Row numbers and intervals typed as numbers, as Excel users do; the rest as typed."""
    return int(value) if value.isdigit() and len(value) < 4 else value


def write_csv(path: Path = CSV) -> Path:
    lines = [list(title) + [""] * (len(HEADERS) - len(title)) for title in TITLE_ROWS]
    lines.append(list(HEADERS))
    lines += [list(row) + [""] * (len(HEADERS) - len(row)) for row in device_rows()]
    with path.open("w", encoding="cp1258", newline="") as stream:
        # cp1258 writes most Vietnamese tones as combining marks: decompose before encoding.
        writer = csv.writer(stream, delimiter=";")
        writer.writerows([[cp1258_text(cell) for cell in line] for line in lines])
    return path


def cp1258_text(text: str) -> str:
    """The spelling cp1258 encodes: a precomposed base (ê, ơ, ư, ...) plus a combining tone."""
    text = unicodedata.normalize("NFC", text).translate(CP1258_SPELLINGS)
    return "".join(_cp1258_spelling(ch) for ch in text)


def _cp1258_spelling(ch: str) -> str:
    if _encodable(ch):
        return ch
    base, *marks = unicodedata.normalize("NFD", ch)
    for mark in marks:  # fold one mark into the base if the code page has that letter
        composed = unicodedata.normalize("NFC", base + mark)
        if len(composed) == 1 and _encodable(composed):
            rest = [other for other in marks if other is not mark]
            return composed + "".join(rest)
    return base + "".join(marks)


def _encodable(text: str) -> bool:
    try:
        text.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


if __name__ == "__main__":
    for written in (write_xlsx(), write_csv()):
        print(f"wrote {written}")
