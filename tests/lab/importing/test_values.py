"""The cell parsers: every range form on real lists, numbers, units, dates, intervals, kinds."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lab.importing.measurement import read_measurement
from lab.importing.numbers import canonical_unit, read_number
from lab.importing.values import guess_kind, read_date, read_interval, read_range
from uncertainty.units import parse_unit

TODAY = date(2025, 6, 30)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("0 – 10 bar", (0, 10, "bar")),
        ("(0 ÷ 600) V", (0, 600, "V")),
        ("-50...200 °C", (-50, 200, "degC")),
        ("0~220 g", (0, 220, "g")),
        ("0-10bar", (0, 10, "bar")),
        ("-1 ... 0 kgf/cm2", (-1, 0, "kgf/cm**2")),
        ("0 ~ 1000 mmH2O", (0, 1000, "mmH2O")),
        ("0 to 100 %RH", (0, 100, "pct_RH")),
        ("bar 0 - 16", (0, 16, "bar")),
        ("0 bar – 16 bar", (0, 16, "bar")),
        ("(-40 ÷ 150)°C", (-40, 150, "degC")),
        ("0,5 - 1,5 mm", (0.5, 1.5, "mm")),
        ("0 đến 150 mm", (0, 150, "mm")),
        ("±10 V", (-10, 10, "V")),
        ("1 kg", (0, 1, "kg")),
        ("0 - 1000 MΩ", (0, 1000, "Mohm")),
        ("0...10", (0, 10, None)),
        ("−199,9 … 1370 ℃", (-199.9, 1370, "degC")),
        ("200mV/2V/20V/600V", (0, 600, "V")),  # a multi-range meter: its whole span
        ("0-10 bar; 0-100 bar", (0, 100, "bar")),
        ("0-10 kgf/cm2/0-100 kgf/cm2", (0, 100, "kgf/cm**2")),
    ],
)
def test_every_range_form_on_real_lists_gives_minimum_maximum_and_unit(written, expected):
    (low, high, unit), reason = read_range(written)
    assert reason is None
    assert (low, high) == pytest.approx(expected[:2]) and unit == expected[2]
    if unit:
        parse_unit(unit)  # the canonical text is one the lab's pint registry reads


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("0 – 10 barr", "The range '0 – 10 barr' has a unit CalDesk does not know ('barr')."),
        ("10 - 0 bar", "The range '10 - 0 bar' has its minimum above its maximum."),
        ("0 mV - 10 V", "The range '0 mV - 10 V' names two different units (mV, V)."),
        ("từ thấp đến cao", "The range 'từ thấp đến cao' cannot be read"),
        ("-50 °C", "The range '-50 °C' cannot be read"),
        ("200 mV / 2 g", "The ranges in '200 mV / 2 g' mix units of different quantities."),
    ],
)
def test_bad_ranges_are_explained_in_a_sentence(written, reason):
    span, said = read_range(written)
    assert span is None and said.startswith(reason)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("0,05", 0.05),
        ("0.05", 0.05),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1 000", 1000),
        ("1.000.000", 1_000_000),
        ("1.000", 1.0),  # one separator is always the decimal mark (documented rule)
        ("1,000", 1.0),
        ("−1", -1),
        ("2e-3", 0.002),
    ],
)
def test_numbers_follow_the_documented_decimal_and_thousands_rule(written, value):
    assert read_number(written) == (pytest.approx(value), None)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("°C", "degC"),
        ("℃", "degC"),
        ("oC", "degC"),
        ("%RH", "pct_RH"),
        ("kgf/cm²", "kgf/cm**2"),
        ("Ω", "ohm"),
        ("mΩ", "mohm"),
        ("MΩ", "Mohm"),
        ("KPA", "kPa"),
        ("µm", "um"),
        ("pH", "pH"),
    ],
)
def test_units_as_written_become_canonical_texts_pint_reads_as_the_same_unit(written, canonical):
    assert canonical_unit(written) == (canonical, None)


def test_percent_relative_humidity_is_a_humidity_not_percent_times_ronnahenry():
    assert parse_unit(canonical_unit("%RH")[0]).dimensionality == parse_unit("%").dimensionality


def test_resolution_with_its_own_unit_is_converted_to_the_range_unit():
    cells = ("0 ÷ 220 g", "", "0,1 mg", "", "", "", "")
    measured = read_measurement(*cells, TODAY)
    assert (measured.resolution, measured.unit, measured.problems) == (0.0001, "g", ())


def test_a_temperature_resolution_converts_as_a_step_not_a_temperature():
    cells = ("0 ÷ 300 K", "", "0,1 °C", "", "", "", "")
    assert read_measurement(*cells, TODAY).resolution == pytest.approx(0.1)


def test_a_resolution_of_another_quantity_is_a_problem_of_the_resolution_cell():
    measured = read_measurement("0 – 10 bar", "", "0.01 V", "", "", "", "", TODAY)
    assert measured.problems == (
        ("resolution", "The resolution '0.01 V' is not in a unit of the range ('bar')."),
    )


def test_a_reason_names_the_range_unit_as_a_technician_writes_it():
    measured = read_measurement("-50...150 °C", "", "0,1 V", "", "", "", "", TODAY)
    assert measured.problems == (
        ("resolution", "The resolution '0,1 V' is not in a unit of the range ('°C')."),
    )
    clash = read_measurement("0 - 10 kgf/cm2", "%RH", "", "", "", "", "", TODAY)
    assert "is in 'kgf/cm²' but the unit column says '%RH'" in clash.problems[0][1]


def test_a_separate_unit_column_supplies_or_converts_the_range_unit():
    assert read_measurement("0 - 10", "bar", "", "", "", "", "", TODAY)[:3] == (0, 10, "bar")
    low, high, unit = read_measurement("0 - 1 MPa", "bar", "", "", "", "", "", TODAY)[:3]
    assert (low, high, unit) == (0, pytest.approx(10), "bar")
    clash = read_measurement("0 - 10 bar", "V", "", "", "", "", "", TODAY)
    assert clash.problems[0][0] == "range" and "measures something else" in clash.problems[0][1]


def test_minimum_and_maximum_columns_are_read_when_there_is_no_range_column():
    measured = read_measurement("", "°C", "", "-50", "150", "", "", TODAY)
    assert measured[:3] == (-50, 150, "degC")
    assert read_measurement("", "", "", "9", "1", "", "", TODAY).problems[0][0] == "range_min"


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("05/06/2024", date(2024, 6, 5)),
        ("5/6/24", date(2024, 6, 5)),
        ("2024-06-05", date(2024, 6, 5)),
        ("45448", date(2024, 6, 5)),
        ("05-06-2024", date(2024, 6, 5)),
        ("05.06.2024", date(2024, 6, 5)),
        ("2024-06-05T00:00:00", date(2024, 6, 5)),
    ],
)
def test_calibration_dates_in_every_common_form_are_read_day_first(written, day):
    assert read_date(written, TODAY) == (day, None)


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("31/02/2024", "The date '31/02/2024' does not exist (day 31 of month 2 in 2024)."),
        ("01/07/2025", "The date '01/07/2025' is in the future; a calibration date must be past."),
        ("06/2024", "The date '06/2024' cannot be read: write it as day/month/year"),
        ("hôm qua", "The date 'hôm qua' cannot be read"),
    ],
)
def test_impossible_future_and_unreadable_dates_are_explained(written, reason):
    found, said = read_date(written, TODAY)
    assert found is None and said.startswith(reason)


@pytest.mark.parametrize(
    ("written", "months"),
    [
        ("12 tháng", 12),
        ("12 months", 12),
        ("1 năm", 12),
        ("12", 12),
        ("1 year", 12),
        ("6 th", 6),
        ("2 năm", 24),
        ("1 lần/năm", 12),
        ("18 Tháng", 18),
    ],
)
def test_intervals_in_months_or_years_become_months(written, months):
    assert read_interval(written) == (months, None)


@pytest.mark.parametrize("written", ["0", "200 tháng", "thường xuyên", "1,3 năm"])
def test_intervals_that_are_no_whole_number_of_months_are_refused(written):
    months, reason = read_interval(written)
    assert months is None and f"'{written}'" in reason


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Đồng hồ vạn năng số", "multimeter"),
        ("Digital multimeter", "multimeter"),
        ("Cân phân tích", "balance"),
        ("Analytical balance", "balance"),
        ("Quả cân 1 kg", "weight"),
        ("Đồng hồ áp suất", "pressure gauge"),
        ("Áp kế lò xo", "pressure gauge"),
        ("Nhiệt kế thủy tinh", "thermometer"),
        ("NHIET KE DIEN TU", "thermometer"),
        ("Nhiệt ẩm kế tự ghi", "thermohygrometer"),
        ("Thước cặp điện tử", "caliper"),
        ("Ampe kìm", "clamp meter"),
        ("Máy bơm nước", None),
        ("Cáp nguồn", None),
    ],
)
def test_the_kind_is_guessed_from_the_name_in_both_languages_or_left_open(name, kind):
    assert guess_kind(name) == kind


@given(st.text(max_size=40))
def test_no_text_makes_a_value_parser_raise(text):
    for result in (
        read_range(text),
        read_number(text),
        read_interval(text),
        read_date(text, TODAY),
        canonical_unit(text),
    ):
        value, reason = result
        assert (value is None) != (reason is None)
