"""parse_devices: good rows become records, bad rows become sentences and never records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lab.importing import find_header, parse_devices, read_table
from lab.importing.devices import _identifier_column, _keys
from lab.storage.text import asset_key, identity_key, nfc

from .conftest import DEVICE_VI, HEADER_VI

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"
SAMPLE_PROBLEMS = [
    (49, "Ngày hiệu chuẩn", "31/02/2024", "The date '31/02/2024' does not exist"),
    (50, "Phạm vi đo", "0 – 10 barr", "The range '0 – 10 barr' has a unit CalDesk does not know"),
    (
        52,
        "Số sê-ri",
        "31480012",
        "The serial number '31480012' of this model is already on line 10.",
    ),
    (53, "Tên thiết bị", "", "The row has no device name ('Tên thiết bị')."),
]


def parsed(path: Path):
    table = read_table(path)
    return parse_devices(table, find_header(table))


@pytest.mark.parametrize("name", ["danh_sach_thiet_bi_mau.xlsx", "danh_sach_thiet_bi_mau.csv"])
def test_the_sample_list_imports_its_good_devices_and_reports_the_four_bad_rows(name):
    result = parsed(DEMO / name)

    assert len(result.records) == 37
    found = [(p.line, p.column, p.value, p.reason) for p in result.problems]
    assert [(line, column, value) for line, column, value, _ in found] == [
        expected[:3] for expected in SAMPLE_PROBLEMS
    ]
    for (*_, reason), (*_, start) in zip(found, SAMPLE_PROBLEMS, strict=True):
        assert reason.startswith(start)
    assert not {record.line for record in result.records} & set(result.rejected_lines)
    # column numbering "(1) (2) ...", four section headings, blank and signature rows
    assert result.empty_rows >= 5


def test_the_sample_workbook_records_carry_parsed_values():
    records = {
        record.asset_tag: record for record in parsed(DEMO / "danh_sach_thiet_bi_mau.xlsx").records
    }
    multimeter = records["TS-001"]
    assert (multimeter.name, multimeter.kind, multimeter.manufacturer, multimeter.model) == (
        "Đồng hồ vạn năng",
        "multimeter",
        "Fluke",
        "87V",
    )
    assert (multimeter.range_min, multimeter.range_max, multimeter.unit) == (0, 1000, "V")
    assert (multimeter.resolution, multimeter.interval_months) == (0.001, 12)
    assert multimeter.last_calibrated == date(2024, 3, 15)
    balance = records["TS-012"]  # "0,1 mg" on a range in grams
    assert (balance.kind, balance.resolution, balance.unit) == ("balance", 0.0001, "g")
    vacuum = records["TS-024"]
    assert (vacuum.range_min, vacuum.range_max, vacuum.unit) == (-1, 0, "kgf/cm**2")
    assert records["TS-044"].kind == "thermohygrometer" and records["TS-044"].unit == "pct_RH"


def rows_below_header(*rows):
    return [HEADER_VI, *rows]


def test_a_row_with_several_problems_reports_each_and_gives_no_record(write_csv):
    bad = ("2", "", "Testo", "735", "X1", "TS-9", "0 - 10 barr", "0,1", "abc", "32/13/2024", "")
    result = parsed(write_csv(rows_below_header(DEVICE_VI, bad)))
    assert [record.line for record in result.records] == [2]
    assert [problem.column for problem in result.problems] == [
        "Tên thiết bị",
        "Phạm vi đo",
        "Chu kỳ hiệu chuẩn",
        "Ngày hiệu chuẩn",
    ]
    assert {problem.line for problem in result.problems} == {3}


def test_empty_rows_are_skipped_and_counted(write_csv):
    blank = ("",) * len(HEADER_VI)
    numbered_only = ("7",) + ("",) * (len(HEADER_VI) - 1)  # a template's pre-printed row
    result = parsed(write_csv(rows_below_header(blank, DEVICE_VI, ("   ",), numbered_only, blank)))
    assert (len(result.records), result.problems, result.empty_rows) == (1, (), 4)


def test_a_repeated_header_and_section_headings_are_not_devices(write_csv):
    rows = rows_below_header(("I. THIẾT BỊ NHIỆT",), DEVICE_VI, HEADER_VI)
    result = parsed(write_csv(rows))
    assert (len(result.records), result.problems, result.empty_rows) == (1, (), 2)


def test_the_same_serial_of_the_same_model_written_differently_is_a_duplicate(write_csv):
    again = list(DEVICE_VI)
    again[2:6] = ["TESTO", "735 2", "0225-8874", "TS-777"]
    result = parsed(write_csv(rows_below_header(DEVICE_VI, tuple(again))))
    assert len(result.records) == 1
    (problem,) = result.problems
    assert (problem.line, problem.column) == (3, "Số sê-ri")
    assert problem.reason == "The serial number '0225-8874' of this model is already on line 2."


def test_the_same_asset_tag_is_a_duplicate_even_on_another_device(write_csv):
    other = ("2", "Cân phân tích", "AND", "GR-200", "T99", "ts 041", "0~210 g", "", "", "", "")
    result = parsed(write_csv(rows_below_header(DEVICE_VI, other)))
    (problem,) = result.problems
    assert (problem.line, problem.column, problem.value) == (3, "Mã tài sản", "ts 041")
    assert "already on line 2" in problem.reason


def test_a_row_pasted_twice_without_serial_or_tag_is_a_duplicate(write_csv):
    plain = ("1", "Nhiệt kế thủy tinh", "", "", "", "", "0...100 °C", "1 °C", "", "", "")
    result = parsed(write_csv(rows_below_header(plain, plain)))
    assert [record.line for record in result.records] == [2]
    assert result.problems[0].reason == "This row repeats line 2."


def test_devices_without_serial_or_asset_tag_are_accepted(write_csv):
    one = ("1", "Nhiệt kế thủy tinh", "", "", "", "", "0...100 °C", "", "", "", "Kho")
    two = ("2", "Nhiệt kế thủy tinh", "", "", "", "", "0...100 °C", "", "", "", "Xưởng")
    result = parsed(write_csv(rows_below_header(one, two)))
    assert [(r.serial, r.asset_tag, r.location) for r in result.records] == [
        (None, None, "Kho"),
        (None, None, "Xưởng"),
    ]


def test_text_is_stored_composed_with_single_spaces(write_csv):
    messy = list(DEVICE_VI)
    messy[1] = "  Nhie\u0323\u0302t   ke\u0302\u0301  "
    (record,) = parsed(write_csv(rows_below_header(tuple(messy)))).records
    assert record.name == "Nhiệt kế"


def test_a_separate_unit_column_gives_the_range_its_unit(write_csv):
    header = ("Tên thiết bị", "Phạm vi đo", "Đơn vị", "Độ phân giải")
    result = parsed(write_csv([header, ("Áp kế", "0 - 16", "bar", "0,5")]))
    (record,) = result.records
    assert (record.range_min, record.range_max, record.unit, record.resolution) == (
        0,
        16,
        "bar",
        0.5,
    )


ascii_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=12)
any_text = st.text(max_size=12)


@given(st.lists(st.tuples(any_text, any_text, ascii_text | any_text, ascii_text | any_text)))
def test_the_fast_match_keys_equal_the_registers_keys(rows):
    makers, models, serials, tags = ([row[n] for row in rows] for n in range(4))
    identities, assets = _keys(makers, models, serials, tags)
    assert identities == [identity_key(*row[:3]) for row in rows]
    assert assets == [asset_key(row[3]) for row in rows]


serial_like = st.from_regex(r"[A-Za-z0-9./-]{1,10}", fullmatch=True)
ascii_spaces = st.text(st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1f"), max_size=2)


@given(
    st.lists(ascii_text | any_text)
    | st.lists(serial_like, min_size=1)  # the whole-column path: single words, none empty
    | st.lists(st.tuples(serial_like, ascii_spaces, serial_like).map("".join))
)
@example(["SN-1", "SN\n2"])  # a line break inside a cell, among single words
@example(["SN-1", "SN\x1c2"])  # a separator character Python counts as white space
@example(["SN-1", ""])
def test_the_fast_identifier_cleaning_equals_nfc(texts):
    assert list(_identifier_column(tuple(texts))) == [nfc(text) or None for text in texts]


def test_without_a_name_column_every_row_asks_for_the_mapping_to_be_corrected(write_csv):
    table = read_table(write_csv([HEADER_VI, DEVICE_VI]))
    unmapped = find_header(table).with_column("name", None)
    result = parse_devices(table, unmapped)
    assert result.records == ()
    assert result.problems[0].reason == (
        "No column holds the device name: choose it in the column mapping."
    )
    corrected = parse_devices(table, unmapped.with_column("name", 1))
    assert [record.name for record in corrected.records] == ["Nhiệt kế điện tử"]


_SERIALS = ("", " ", "-", "A1", "a-1", "B2")
_TAGS = ("", "T1", "t 1", "T2")
_NAMES = ("Nhiệt kế", "Cân", "", "I. THIẾT BỊ ĐIỆN")


def _expected_duplicates(rows, result) -> list[tuple[int, str]]:
    """The rule in plain words, row after row: a row repeats the first earlier row (that holds a
    device) with its identity, its asset tag, or, with neither serial nor tag, all its cells."""
    kept_lines = {r.line for r in result.records} | {p.line for p in result.problems}
    seen_identity, seen_asset, seen_row, found = {}, {}, {}, []
    for line, cells in enumerate(rows, start=2):
        if line not in kept_lines:
            continue  # held no device
        serial, tag = cells[4].strip(), cells[5].strip()
        identity = identity_key(cells[2], cells[3], serial) if serial else None
        asset = asset_key(tag)
        for seen, key, sentence in (
            (seen_identity, identity, f"The serial number '{serial}' of this model is already"),
            (seen_asset, asset, f"The asset tag '{tag}' is already"),
        ):
            if key and seen.setdefault(key, line) != line:
                found.append((line, f"{sentence} on line {seen[key]}."))
        if not serial and not tag and seen_row.setdefault(cells, line) != line:
            found.append((line, f"This row repeats line {seen_row[cells]}."))
    return found


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(_NAMES), st.sampled_from(_SERIALS), st.sampled_from(_TAGS)),
        min_size=1,
        max_size=14,
    )
)
def test_duplicates_are_the_rows_repeating_an_earlier_device_whatever_lies_between(
    write_csv, drawn
):
    rows = [
        ("", name, "Testo", "735", serial, tag, "", "", "", "", "") if name or serial or tag
        else ("",) * 11  # a blank row
        for name, serial, tag in drawn
    ]  # fmt: skip
    result = parsed(write_csv(rows_below_header(*rows)))
    duplicates = [
        (p.line, p.reason) for p in result.problems if "line" in p.reason and "already" in p.reason
    ] + [(p.line, p.reason) for p in result.problems if p.reason.startswith("This row repeats")]
    assert sorted(duplicates) == sorted(_expected_duplicates(rows, result))
