"""write_error_file: the rejected rows, untouched, ready to fix and import again."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lab.importing import find_header, parse_devices, read_table, write_error_file
from lab.importing.error_file import LINE_HEADER, REASON_HEADER

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"
FIXES = {  # what the technician corrects, by the line the row had in the sample list
    "49": ("Ngày hiệu chuẩn", "28/02/2024"),
    "50": ("Phạm vi đo", "0 – 10 bar"),
    "53": ("Tên thiết bị", "Thước cặp điện tử"),
}


def import_parts(path: Path):
    table = read_table(path)
    mapping = find_header(table)
    return table, mapping, parse_devices(table, mapping)


@pytest.mark.parametrize("sample", ["danh_sach_thiet_bi_mau.xlsx", "danh_sach_thiet_bi_mau.csv"])
def test_error_workbook_holds_the_original_rejected_rows_with_line_and_reason(tmp_path, sample):
    table, mapping, result = import_parts(DEMO / sample)

    written = write_error_file(tmp_path / "loi.xlsx", table, mapping, result.problems)

    sheet = load_workbook(written).active
    rows = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0][: len(mapping.headers)] == list(mapping.headers)
    assert rows[0][-2:] == [LINE_HEADER, REASON_HEADER]
    assert [row[-2] for row in rows[1:]] == ["49", "50", "52", "53"]
    originals = {row.line: row.cells for row in table.rows}
    for row in rows[1:]:
        assert tuple(row[: len(originals[int(row[-2])])]) == originals[int(row[-2])]
    assert "[Phạm vi đo] The range '0 – 10 barr' has a unit" in rows[2][-1]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_fixed_error_file_imports_every_row(tmp_path, suffix):
    table, mapping, result = import_parts(DEMO / "danh_sach_thiet_bi_mau.xlsx")
    error_file = write_error_file(tmp_path / f"loi{suffix}", table, mapping, result.problems)

    unchanged = import_parts(error_file)[2]
    assert len(unchanged.problems) == 3  # the duplicate serial alone is no longer a duplicate
    fix(error_file, mapping.headers)
    _, _, fixed = import_parts(error_file)

    assert fixed.problems == ()
    assert sorted(record.serial for record in fixed.records) == sorted(
        ["TE-720-5501", "1A0099812", "31480012", "13055299"]
    )
    assert {record.name for record in fixed.records} >= {"Thước cặp điện tử"}


def fix(path: Path, headers: tuple[str, ...]) -> None:
    """Correct the cells named in FIXES, as a technician would in Excel."""
    if path.suffix == ".xlsx":
        workbook = load_workbook(path)
        sheet = workbook.active
        line_column = [cell.value for cell in sheet[1]].index(LINE_HEADER)
        for row in sheet.iter_rows(min_row=2):
            if row[line_column].value in FIXES:
                header, value = FIXES[row[line_column].value]
                row[headers.index(header)].value = value
        workbook.save(path)
        return
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=","))
    line_column = rows[0].index(LINE_HEADER)
    for row in rows[1:]:
        if row[line_column] in FIXES:
            header, value = FIXES[row[line_column]]
            row[headers.index(header)] = value
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(rows)


def test_error_csv_keeps_the_delimiter_of_the_imported_file(tmp_path):
    table, mapping, result = import_parts(DEMO / "danh_sach_thiet_bi_mau.csv")
    written = write_error_file(tmp_path / "loi.csv", table, mapping, result.problems)
    reread = read_table(written)
    assert (reread.encoding, reread.delimiter) == ("utf-8-sig", ";")
    assert reread.rows[2].cells[6] == "0 – 10 barr"


def test_a_cell_starting_with_equals_comes_back_as_the_same_text(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Tên thiết bị,Phạm vi đo\n=SUM(A1),0 - 10 barr\n", encoding="utf-8")
    table, mapping, result = import_parts(path)
    written = write_error_file(tmp_path / "loi.xlsx", table, mapping, result.problems)
    assert read_table(written).rows[1].cells[0] == "=SUM(A1)"
