"""Whatever file a customer sends, the import either reads it or says in a sentence why not:
random bytes and random spreadsheets never raise anything but UnusableFile, and never yield a
device record without a name."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from lab.importing import UnusableFile, find_header, parse_devices, read_table, write_error_file
from tests.lab.importing.conftest import DEVICE_VI, HEADER_VI

QUICK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CELL_WORDS = [*HEADER_VI, *DEVICE_VI, "0 – 10 barr", "31/02/2024", "(1)", "I. NHIỆT", "=1+1", ""]
cells = st.one_of(
    st.none(),
    st.sampled_from(CELL_WORDS),
    st.text(max_size=15),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
)
sheets = st.lists(st.lists(cells, max_size=14), max_size=25)


def import_or_refuse(path: Path, *, then_error_file: bool = True) -> None:
    """The whole parsing path a user's import takes, then the error file and its re-import."""
    try:
        table = read_table(path)
        mapping = find_header(table)
    except UnusableFile as refused:
        assert path.name in str(refused) or "header" in str(refused)
        return
    result = parse_devices(table, mapping)
    assert all(record.name and record.name.strip() for record in result.records)
    assert not {record.line for record in result.records} & set(result.rejected_lines)
    assert all(problem.reason.endswith((".", ")")) for problem in result.problems)
    if result.problems and then_error_file:
        errors = write_error_file(path.with_name("errors.xlsx"), table, mapping, result.problems)
        import_or_refuse(errors, then_error_file=False)


@QUICK
@given(st.binary(max_size=600), st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_are_read_or_refused_with_a_sentence(content, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"list{suffix}"
        path.write_bytes(content)
        import_or_refuse(path)


@QUICK
@given(st.binary(max_size=400))
def test_a_damaged_workbook_is_refused_with_a_sentence(content):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "list.xlsx"
        path.write_bytes(b"PK\x03\x04" + content)
        import_or_refuse(path)


@QUICK
@given(sheets, st.booleans())
def test_random_spreadsheets_are_read_or_refused_and_never_give_a_nameless_device(rows, header):
    with tempfile.TemporaryDirectory() as folder:
        workbook = Workbook()
        sheet = workbook.active
        if header:
            sheet.append(list(HEADER_VI))
        for row in rows:
            sheet.append([_storable(value) for value in row])
        path = Path(folder) / "list.xlsx"
        workbook.save(path)
        import_or_refuse(path)


def _storable(value):
    """openpyxl refuses control characters in strings; Excel files cannot hold them either."""
    if isinstance(value, str):
        return "".join(ch for ch in value if ch >= " " or ch in "\t\n\r")
    return value
