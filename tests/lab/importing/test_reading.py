"""read_table: every encoding and delimiter customers send, workbooks, and files it must refuse."""

from __future__ import annotations

import codecs
from datetime import date, datetime

import pytest

from lab.importing import UnusableFile, read_table
from resources.demo.make_samples import cp1258_text

from .conftest import DEVICE_VI, HEADER_VI, csv_text

ROWS = [("DANH SÁCH THIẾT BỊ",), HEADER_VI, DEVICE_VI]


@pytest.mark.parametrize(
    ("encoding", "bom", "reported"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
    ],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_each_unicode_encoding_and_delimiter_reads_the_same_cells(
    tmp_path, encoding, bom, reported, delimiter
):
    path = tmp_path / "list.csv"
    path.write_bytes(bom + csv_text(ROWS, delimiter).encode(encoding))

    table = read_table(path)

    assert (table.kind, table.encoding, table.delimiter) == ("csv", reported, delimiter)
    assert [row.cells for row in table.rows][1:] == [HEADER_VI, DEVICE_VI]
    assert [row.line for row in table.rows] == [1, 2, 3]


@pytest.mark.parametrize("delimiter", [";", ","])
def test_cp1258_csv_from_vietnamese_windows_reads_as_composed_text(tmp_path, delimiter):
    rows = [[cp1258_text(cell) for cell in row] for row in ROWS]
    path = tmp_path / "list.csv"
    path.write_bytes(csv_text(rows, delimiter).encode("cp1258"))
    assert b"\xf2" in path.read_bytes()  # cp1258 writes the dot below of "ệ" as a combining mark

    table = read_table(path)

    assert (table.encoding, table.delimiter) == ("cp1258", delimiter)
    assert table.rows[2].cells[1] == "Nhiệt kế điện tử"  # NFC, one code point per letter
    assert table.rows[1].cells[4] == "Số sê-ri"


def test_decomposed_utf8_text_is_composed(write_csv):
    path = write_csv([("Tên", "Hãng"), ("Nhie\u0323\u0302t ke\u0302\u0301", "Testo")])
    assert read_table(path).rows[1].cells[0] == "Nhiệt kế"


def test_a_quoted_cell_spanning_lines_keeps_the_line_where_its_row_starts(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text('Tên,Ghi chú\n"Cân","dòng một\ndòng hai"\nNhiệt kế,x\n', encoding="utf-8")
    table = read_table(path)
    assert [(row.line, row.cells[0]) for row in table.rows] == [
        (1, "Tên"),
        (2, "Cân"),
        (4, "Nhiệt kế"),
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_quoted_cells_on_one_line_and_blank_rows_keep_their_line_numbers(tmp_path, newline):
    path = tmp_path / "list.csv"
    lines = ["Tên,Phạm vi đo", '"Cân, điện tử","0,1 ÷ 220 g"', "", '"Nhiệt kế",x']
    path.write_bytes(newline.join(lines).encode("utf-8") + newline.encode())
    table = read_table(path)
    assert [(row.line, row.cells) for row in table.rows] == [
        (1, ("Tên", "Phạm vi đo")),
        (2, ("Cân, điện tử", "0,1 ÷ 220 g")),
        (3, ()),
        (4, ("Nhiệt kế", "x")),
    ]


def test_decimal_commas_in_a_semicolon_file_do_not_fool_the_delimiter_sniffer(write_csv):
    rows = [("Tên", "Độ phân giải", "Phạm vi đo")] + [("Cân", "0,01 g", "0 ÷ 220 g")] * 5
    assert read_table(write_csv(rows, delimiter=";")).rows[1].cells == rows[1]


def test_workbook_numbers_come_back_as_typed_without_excel_float_form(write_xlsx):
    path = write_xlsx(
        [
            ("Tên", "Chu kỳ", "Độ phân giải", "Số sê-ri", "Ngày", "Lúc"),
            ("Cân", 12, 0.05, 123456789, date(2024, 3, 15), datetime(2024, 3, 15, 9, 30)),
        ]
    )
    cells = read_table(path).rows[1].cells
    assert cells == ("Cân", "12", "0.05", "123456789", "2024-03-15", "2024-03-15T09:30:00")


def test_workbook_rows_keep_their_sheet_row_numbers_below_blank_rows(write_xlsx):
    path = write_xlsx([(), (), ("DANH SÁCH",), ("Tên", "Hãng")])
    table = read_table(path)
    assert table.kind == "xlsx"
    assert [(row.line, row.cells[0]) for row in table.rows if row.cells and row.cells[0]] == [
        (3, "DANH SÁCH"),
        (4, "Tên"),
    ]


def test_first_non_empty_sheet_is_read_unless_one_is_named(write_xlsx):
    path = write_xlsx([("Tên", "Hãng")], before=[("Bìa", []), ("Ghi chú", [("Ghi chú",)])])
    assert read_table(path).sheet == "Ghi chú"
    assert read_table(path, sheet="Thiết bị").rows[0].cells == ("Tên", "Hãng")


def test_a_sheet_name_that_is_not_in_the_workbook_is_named_in_the_sentence(write_xlsx):
    path = write_xlsx([("Tên",)])
    with pytest.raises(UnusableFile, match="no sheet named 'Devices'.*'Sheet'"):
        read_table(path, sheet="Devices")


def test_a_workbook_saved_with_a_csv_suffix_is_still_read_as_a_workbook(write_xlsx, tmp_path):
    path = write_xlsx([("Tên", "Hãng"), ("Cân", "AND")])
    renamed = path.rename(tmp_path / "danh sach.csv")
    assert read_table(renamed).kind == "xlsx"


@pytest.mark.parametrize(
    ("content", "name", "sentence"),
    [
        (b"", "empty.csv", "'empty.csv' is empty"),
        (b"  \r\n \n", "blank.csv", "'blank.csv' is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "photo.csv", "binary data"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old.xls", "Excel 97-2003"),
        (b"Ten,Hang\nCan,AND\n", "list.xlsx", "named like an Excel workbook but is not one"),
        (b"PK\x03\x04broken zip", "list.xlsx", "not a workbook CalDesk can read"),
    ],
)
def test_files_that_cannot_be_used_say_which_file_and_why(tmp_path, content, name, sentence):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnusableFile, match=sentence) as caught:
        read_table(path)
    assert name in str(caught.value)


def test_a_missing_file_is_an_unusable_file_not_a_crash(tmp_path):
    with pytest.raises(UnusableFile, match="cannot be opened"):
        read_table(tmp_path / "nowhere.csv")


def test_excels_sep_line_names_the_delimiter(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("sep=,\nTên;Hãng,Model\nCân;AND,GF-3000\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == "," and table.rows[2].cells == ("Cân;AND", "GF-3000")
