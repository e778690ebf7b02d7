"""Every driver against exact (sent, received) transcripts (STYLE.md 9, instruments.md 8)."""

from __future__ import annotations

import pytest

from instruments.drivers import DRIVERS
from instruments.drivers.base import DOC_VERBS, measurement, setting
from instruments.drivers.fluke5520a import CalibratorOutput, Fluke5520a
from instruments.drivers.hart_drywell import HartDryWell
from instruments.drivers.hp34401a import Hp34401a
from instruments.drivers.mt_sics import MtSicsBalance
from instruments.errors import (
    GarbledReply,
    InstrumentReportedError,
    InvalidSetting,
    LinkTimeout,
)
from tests.instruments.protocol import expected_protocol

NO_ERROR = '+0,"No error"'
IDN = "HEWLETT-PACKARD,34401A,0,11-5-2"


def test_every_declared_property_docstring_starts_with_control_measure_get_or_set():
    checked = 0
    for driver in DRIVERS.values():
        for klass in driver.__mro__:
            for name, attribute in vars(klass).items():
                if isinstance(attribute, measurement | setting):
                    assert attribute.__doc__.startswith(DOC_VERBS), f"{driver.name}.{name}"
                    checked += 1
    assert checked >= 12


def test_a_transcript_with_an_unused_pair_fails():
    with pytest.raises(AssertionError, match="never used"):
        with expected_protocol(Hp34401a, [("*IDN?", IDN), ("*RST", None)]) as dmm:
            dmm.identify()


def test_a_command_not_in_the_transcript_fails():
    with pytest.raises(AssertionError, match="expected '\\*IDN\\?'"):
        with expected_protocol(Hp34401a, [("*IDN?", IDN)]) as dmm:
            dmm.write("*RST")


# --- HP 34401A ---------------------------------------------------------------------------------


def test_dmm_connects_in_remote_with_a_clear_queue_and_identifies():
    with expected_protocol(
        Hp34401a, [("SYST:REM", None), ("*CLS", None), ("*IDN?", IDN)], connect=True
    ) as dmm:
        assert dmm.identify() == IDN


def test_dmm_configures_once_checks_the_queue_then_reads():
    pairs = [
        ("CONF:VOLT:DC DEF,DEF", None),
        ("SYST:ERR?", NO_ERROR),
        ("READ?", "+1.00000120E+01"),
        ("READ?", "+9.99999800E+00"),
    ]
    with expected_protocol(Hp34401a, pairs) as dmm:
        first, second = dmm.read("DCV"), dmm.read("DCV")
    assert (first.value, first.unit, first.overload) == (10.0000120, "V", False)
    assert second.value == 9.999998


def test_dmm_overload_is_flagged_and_never_a_number():
    pairs = [("CONF:RES DEF,DEF", None), ("SYST:ERR?", NO_ERROR), ("READ?", "+9.90000000E+37")]
    with expected_protocol(Hp34401a, pairs) as dmm:
        reading = dmm.read("RES")
    assert reading.overload and reading.value is None and reading.unit == "ohm"


def test_dmm_error_after_a_command_is_reported_with_the_meters_words():
    pairs = [
        ("CONF:CURR:AC DEF,DEF", None),
        ("SYST:ERR?", '-222,"Data out of range"'),
        ("SYST:ERR?", NO_ERROR),
    ]
    with expected_protocol(Hp34401a, pairs) as dmm, pytest.raises(InstrumentReportedError) as err:
        dmm.read("ACI")
    assert err.value.code == "-222" and "Data out of range" in str(err.value)


def test_dmm_silence_after_a_query_is_explained_from_the_error_queue():
    # READ? is safe to repeat, so it is asked twice before the queue is read.
    pairs = [
        ("CONF:VOLT:DC DEF,DEF", None),
        ("SYST:ERR?", NO_ERROR),
        ("READ?", None),
        ("READ?", None),
        ("SYST:ERR?", '-113,"Undefined header"'),
        ("SYST:ERR?", NO_ERROR),
    ]
    with expected_protocol(Hp34401a, pairs) as dmm, pytest.raises(InstrumentReportedError) as err:
        dmm.read("DCV")
    assert err.value.code == "-113"
    assert isinstance(err.value.__cause__, LinkTimeout)


def test_dmm_silence_with_an_empty_queue_is_a_timeout():
    pairs = [("*IDN?", None), ("*IDN?", None), ("SYST:ERR?", NO_ERROR)]
    with expected_protocol(Hp34401a, pairs) as dmm, pytest.raises(LinkTimeout):
        dmm.identify()


def test_dmm_reply_that_is_not_a_number_is_garbled_not_a_reading():
    pairs = [("CONF:VOLT:AC DEF,DEF", None), ("SYST:ERR?", NO_ERROR), ("READ?", "+1.0x0E+00")]
    with expected_protocol(Hp34401a, pairs) as dmm, pytest.raises(GarbledReply):
        dmm.read("ACV")


def test_dmm_measure_configures_and_reads_in_one_query():
    pairs = [("MEAS:CURR:DC? DEF,DEF", "-1.23450000E-03"), ("READ?", "-1.23460000E-03")]
    with expected_protocol(Hp34401a, pairs) as dmm:
        assert dmm.measure("DCI").value == -1.2345e-3
        assert dmm.read("DCI").value == -1.2346e-3  # already configured by MEAS


def test_dmm_trigger_then_fetch():
    pairs = [
        ("CONF:VOLT:DC DEF,DEF", None),
        ("SYST:ERR?", NO_ERROR),
        ("INIT", None),
        ("SYST:ERR?", NO_ERROR),
        ("FETC?", "+9.90000000E+37"),
    ]
    with expected_protocol(Hp34401a, pairs) as dmm:
        assert dmm.trigger_and_fetch().overload


def test_dmm_reset_forgets_the_configured_function():
    pairs = [
        ("CONF:RES DEF,DEF", None),
        ("SYST:ERR?", NO_ERROR),
        ("READ?", "+1.00000000E+02"),
        ("*RST", None),
        ("SYST:ERR?", NO_ERROR),
        ("CONF:RES DEF,DEF", None),
        ("SYST:ERR?", NO_ERROR),
        ("READ?", "+1.00000000E+02"),
    ]
    with expected_protocol(Hp34401a, pairs) as dmm:
        dmm.read("RES")
        dmm.reset()
        assert dmm.read("RES").value == 100.0


def test_dmm_configures_again_after_a_failure():
    pairs = [
        ("CONF:VOLT:DC DEF,DEF", None),
        ("SYST:ERR?", NO_ERROR),
        ("READ?", "+1.0x0E+00"),
        ("CONF:VOLT:DC DEF,DEF", None),
        ("SYST:ERR?", NO_ERROR),
        ("READ?", "+1.00000000E+00"),
    ]
    with expected_protocol(Hp34401a, pairs) as dmm:
        with pytest.raises(GarbledReply):
            dmm.read("DCV")
        assert dmm.read("DCV").value == 1.0


def test_dmm_range_is_set_then_checked_and_read_back():
    pairs = [("VOLT:RANG 10", None), ("SYST:ERR?", NO_ERROR), ("VOLT:RANG?", "+1.00000000E+01")]
    with expected_protocol(Hp34401a, pairs) as dmm:
        dmm.dcv_range = 10
        assert dmm.dcv_range == 10.0


def test_dmm_refuses_an_nplc_it_does_not_have_without_sending_anything():
    with expected_protocol(Hp34401a, []) as dmm, pytest.raises(InvalidSetting, match="NPLC"):
        dmm.dcv_nplc = "5"


def test_dmm_unknown_function_is_a_sentence_naming_the_ones_it_reads():
    with expected_protocol(Hp34401a, []) as dmm, pytest.raises(InvalidSetting, match="DCV"):
        dmm.read("TEMP")


# --- Fluke 5520A -------------------------------------------------------------------------------


def test_calibrator_connect_puts_it_in_standby_first():
    pairs = [("STBY", None), ("REMOTE", None), ("*CLS", None)]
    with expected_protocol(Fluke5520a, pairs, connect=True):
        pass


def test_calibrator_sources_operates_and_reports_settled():
    pairs = [
        ("OUT 1 V, 1000 HZ", None),
        ("ERR?", '0,"No Error"'),
        ("OPER", None),
        ("ERR?", '0,"No Error"'),
        ("ISR?", "2049"),
        ("ISR?", "6145"),
        ("OUT?", "1.0000000E+00,V,0E+00,0,1.00E+03"),
    ]
    with expected_protocol(Fluke5520a, pairs) as cal:
        cal.source(1.0, "V", 1000.0)
        cal.operate()
        assert not cal.settled()
        assert cal.settled()
        assert cal.output == CalibratorOutput(1.0, "V", 1000.0)


def test_calibrator_operation_complete_and_a_bad_reply_to_it():
    pairs = [("*OPC?", "1"), ("*OPC?", "X"), ("STBY", None)]
    with expected_protocol(Fluke5520a, pairs) as cal:
        assert cal.operation_complete is True
        with pytest.raises(GarbledReply):
            _ = cal.operation_complete


def test_calibrator_error_sends_it_to_standby():
    pairs = [
        ("OUT 10 V", None),
        ("ERR?", '1302,"Output outside the limits"'),
        ("ERR?", '0,"No Error"'),
        ("STBY", None),
    ]
    with expected_protocol(Fluke5520a, pairs) as cal, pytest.raises(InstrumentReportedError):
        cal.source(10.0, "V")


def test_calibrator_timeout_sends_it_to_standby():
    pairs = [("OUT?", None), ("OUT?", None), ("STBY", None)]
    with expected_protocol(Fluke5520a, pairs) as cal, pytest.raises(LinkTimeout):
        cal.read("output")


def test_calibrator_refuses_a_value_beyond_its_limits_and_goes_to_standby():
    with expected_protocol(Fluke5520a, [("STBY", None)]) as cal:
        with pytest.raises(InvalidSetting, match="2000 V"):
            cal.source(2000.0, "V")


def test_calibrator_close_leaves_it_in_standby():
    with expected_protocol(Fluke5520a, [("STBY", None)]) as cal:
        cal.close()


# --- Mettler Toledo MT-SICS --------------------------------------------------------------------

SERIAL = 'I4 A "1126493049"'


def test_balance_is_reset_on_connect_and_identifies_model_and_serial():
    pairs = [("@", SERIAL), ("I2", 'I2 A "XS204 Excellence 220.0090 g"'), ("I4", SERIAL)]
    with expected_protocol(MtSicsBalance, pairs, connect=True) as balance:
        assert balance.identify() == "XS204 Excellence 220.0090 g, serial 1126493049"


def test_balance_stable_and_dynamic_weights():
    pairs = [("S", "S S     100.0002 g"), ("SI", "S D      99.8000 g")]
    with expected_protocol(MtSicsBalance, pairs) as balance:
        stable, moving = balance.read("weight"), balance.read("weight_now")
    assert (stable.value, stable.unit, stable.stable) == (100.0002, "g", True)
    assert (moving.value, moving.stable) == (99.8, False)


@pytest.mark.parametrize("reply", ["S +", "S -"])
def test_balance_overload_and_underload_are_flagged(reply):
    with expected_protocol(MtSicsBalance, [("S", reply)]) as balance:
        reading = balance.read("weight")
    assert reading.overload and reading.value is None


@pytest.mark.parametrize(
    ("reply", "words"),
    [("ES", "syntax"), ("ET", "transmission"), ("EL", "logical"), ("S I", "not stable")],
)
def test_balance_errors_are_reported_in_words(reply, words):
    with expected_protocol(MtSicsBalance, [("S", reply)]) as balance:
        with pytest.raises(InstrumentReportedError, match=words):
            balance.read("weight")


def test_balance_zero_and_tare():
    pairs = [("Z", "Z A"), ("T", "T S      10.0000 g"), ("Z", "Z +")]
    with expected_protocol(MtSicsBalance, pairs) as balance:
        balance.zero()
        assert balance.tare() == 10.0
        with pytest.raises(InstrumentReportedError, match="overload"):
            balance.zero()


def test_balance_reply_to_another_command_is_garbled():
    with expected_protocol(MtSicsBalance, [("S", "Z A")]) as balance, pytest.raises(GarbledReply):
        balance.read("weight")


# --- Hart dry-well -----------------------------------------------------------------------------


def test_drywell_connects_in_celsius_and_identifies():
    pairs = [("u=c", None), ("*ver", "ver.9102,1.20")]
    with expected_protocol(HartDryWell, pairs, connect=True) as well:
        assert well.identify() == "ver.9102,1.20"


def test_drywell_reads_temperature_and_set_point():
    pairs = [("t", "t: 55.69 C"), ("s", "set: 100.00 C")]
    with expected_protocol(HartDryWell, pairs) as well:
        assert well.read("temperature").value == 55.69
        assert well.read("setpoint").unit == "degC"


def test_drywell_set_point_is_read_back():
    pairs = [("s=100.00", None), ("s", "set: 100.00 C"), ("s=50.00", None), ("s", "set: 100.00 C")]
    with expected_protocol(HartDryWell, pairs) as well:
        well.set_setpoint(100.0)
        with pytest.raises(InstrumentReportedError, match="kept its set point"):
            well.set_setpoint(50.0)


def test_drywell_refuses_a_set_point_outside_its_range():
    with expected_protocol(HartDryWell, []) as well, pytest.raises(InvalidSetting, match="122"):
        well.set_setpoint(300.0)
