"""find_header and ColumnMapping: the header row below titles, in Vietnamese or English."""

from __future__ import annotations

import pytest

from lab.importing import ColumnMapping, UnusableFile, find_header, read_table

from .conftest import DEVICE_VI, HEADER_VI

TITLES = [
    ("CÔNG TY TNHH CƠ KHÍ CHÍNH XÁC MIỀN TRUNG",),
    ("Địa chỉ: 12 Nguyễn Văn Linh, Đà Nẵng",),
    (),
    ("DANH SÁCH THIẾT BỊ ĐỀ NGHỊ HIỆU CHUẨN",),
    ("Tên khách hàng: Công ty Cơ khí",),  # a title row that also says "Tên": must not win
    (),
]


def test_header_below_merged_title_rows_is_found_in_a_workbook(write_xlsx):
    path = write_xlsx(TITLES + [HEADER_VI, DEVICE_VI], merges=("A1:K1", "A2:K2", "A4:K4"))
    mapping = find_header(read_table(path))
    assert mapping.header_line == 7
    assert dict(mapping.columns) == {
        "name": 1,
        "manufacturer": 2,
        "model": 3,
        "serial": 4,
        "asset_tag": 5,
        "range": 6,
        "resolution": 7,
        "interval_months": 8,
        "last_calibrated": 9,
        "location": 10,
    }
    assert mapping.header_of("serial") == "Số sê-ri"


def test_headers_typed_without_accents_or_in_capitals_map_the_same(write_csv):
    header = ("TT", "TEN THIET BI", "Hang SX", "Model", "So hieu", "Ma TS", "Pham vi do", "DVT")
    mapping = find_header(read_table(write_csv([header, ("1", "Can", "AND")])))
    assert dict(mapping.columns) == {
        "name": 1,
        "manufacturer": 2,
        "model": 3,
        "serial": 4,
        "asset_tag": 5,
        "range": 6,
        "unit": 7,
    }


def test_english_and_bilingual_headers_are_understood(write_csv):
    header = (
        "No.",
        "Tên thiết bị / Device name",
        "Manufacturer",
        "Kiểu (Model)",
        "Serial No",
        "Asset tag",
        "Measuring range",
        "Resolution",
        "Accuracy class",
        "Calibration interval",
        "Last calibration",
        "Location",
        "Remarks",
        "Type",
    )
    mapping = find_header(read_table(write_csv([header])))
    assert set(mapping.columns) == {
        "name",
        "manufacturer",
        "model",
        "serial",
        "asset_tag",
        "range",
        "resolution",
        "accuracy",
        "interval_months",
        "last_calibrated",
        "location",
        "notes",
        "kind",
    }
    assert 0 not in mapping.columns.values()  # the row-number column is ignored


def test_a_file_with_no_header_row_says_which_headers_it_expected(write_csv):
    path = write_csv([("Cân", "AND", "GF-3000"), ("Nhiệt kế", "Testo", "735")])
    with pytest.raises(UnusableFile) as caught:
        find_header(read_table(path))
    sentence = str(caught.value)
    assert "list.csv" in sentence and "'Tên thiết bị'" in sentence and "'Serial'" in sentence


def test_the_user_can_remap_and_unmap_a_column():
    mapping = ColumnMapping(3, ("STT", "Tên", "Ghi chú", "Số máy"), {"name": 1, "notes": 2})
    corrected = mapping.with_column("serial", 3).with_column("notes", None)
    assert dict(corrected.columns) == {"name": 1, "serial": 3}
    assert dict(mapping.columns) == {"name": 1, "notes": 2}  # the proposal is left as it was


def test_giving_a_column_to_a_second_field_takes_it_from_the_first():
    mapping = ColumnMapping(1, ("Tên", "Số"), {"name": 0, "serial": 1})
    assert dict(mapping.with_column("asset_tag", 1).columns) == {"name": 0, "asset_tag": 1}


def test_remapping_to_an_unknown_field_or_missing_column_is_refused():
    mapping = ColumnMapping(1, ("Tên",), {"name": 0})
    with pytest.raises(ValueError, match="'colour' is not a field"):
        mapping.with_column("colour", 0)
    with pytest.raises(ValueError, match="no column 5"):
        mapping.with_column("serial", 4)
