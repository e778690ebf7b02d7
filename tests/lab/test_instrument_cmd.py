"""``main.py instrument``: list, identify and read every simulator; failures are sentences."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from instruments.simulators import bench_simulator
from main import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["instrument", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_names_each_driver_with_its_serial_defaults_and_the_simulators():
    done = subprocess.run(
        [sys.executable, "main.py", "instrument", "--list", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    listing = json.loads(done.stdout)
    drivers = {d["name"]: d for d in listing["drivers"]}
    assert set(drivers) == {"hp34401a", "fluke5520a", "mt_sics", "hart9102s"}
    assert drivers["hp34401a"]["serial"] == "9600 8N2, DTR/DSR"
    assert {"sim://hp34401a", "sim://mt_sics"} <= {p["url"] for p in listing["ports"]}


def test_list_as_text_is_readable(capsys):
    code, out, _ = run(capsys, "--list")
    assert code == 0 and "Drivers:" in out and "sim://fluke5520a" in out


@pytest.mark.parametrize(
    ("driver", "identity"),
    [
        ("hp34401a", "HEWLETT-PACKARD,34401A"),
        ("fluke5520a", "FLUKE,5520A"),
        ("mt_sics", "XS204 Excellence"),
        ("hart9102s", "ver.9102"),
    ],
)
def test_identify_each_simulator_prints_driver_port_and_identity(capsys, driver, identity):
    port = f"sim://{driver}?time_scale=0"
    code, out, _ = run(capsys, "--driver", driver, "--port", port, "identify")
    assert code == 0
    result = json.loads(out)
    assert result["driver"] == driver and result["port"] == port
    assert result["identity"].startswith(identity)


@pytest.mark.parametrize(
    ("driver", "function", "unit", "value"),
    [
        ("hp34401a", "DCV", "V", 10.0),
        ("fluke5520a", "output", "V", 0.0),
        ("mt_sics", "weight", "g", 0.0),
        ("hart9102s", "temperature", "degC", 25.0),
    ],
)
def test_read_each_simulator_prints_the_readings(capsys, driver, function, unit, value):
    code, out, _ = run(
        capsys,
        "--driver",
        driver,
        "--port",
        f"sim://{driver}?time_scale=0",
        "read",
        "--function",
        function,
        "--samples",
        "4",
    )
    assert code == 0
    result = json.loads(out)
    assert (result["function"], result["unit"], result["overload"]) == (function, unit, False)
    assert result["readings"] == pytest.approx([value] * 4, abs=0.01)


def test_an_overloaded_reading_is_null_and_flagged_never_a_number(capsys):
    port = "sim://hp34401a?time_scale=0&bench=cli-overload"
    assert run(capsys, "--driver", "hp34401a", "--port", port, "identify")[0] == 0
    bench_simulator("hp34401a", "cli-overload").apply("VOLT", 1500.0)
    code, out, _ = run(capsys, "--driver", "hp34401a", "--port", port, "read", "--samples", "2")
    assert code == 0
    assert json.loads(out) == {
        "function": "DCV",
        "unit": "V",
        "readings": [None, None],
        "overload": True,
    }


def test_an_unknown_function_is_a_sentence_and_a_non_zero_exit(capsys):
    code, out, err = run(
        capsys, "--driver", "hp34401a", "--port", "sim://hp34401a", "read", "--function", "TEMP"
    )
    assert code == 1 and out == ""
    assert err.strip() == (
        "The HP 34401A multimeter cannot read 'TEMP'; it reads DCV, ACV, DCI, ACI, RES, FRES."
    )


def test_a_port_that_does_not_exist_is_a_sentence(capsys):
    code, _, err = run(
        capsys, "--driver", "mt_sics", "--port", "/dev/caldesk-no-such-port", "identify"
    )
    assert code == 1 and err.startswith("The port /dev/caldesk-no-such-port could not be opened")


def test_the_wrong_instrument_on_the_port_is_a_sentence(capsys):
    code, _, err = run(
        capsys,
        "--driver",
        "fluke5520a",
        "--port",
        "sim://hp34401a?time_scale=0",
        "--timeout",
        "0.2",
        "identify",
    )
    assert code == 1 and "not a valid reply" in err


def test_a_pulled_cable_mid_read_is_a_sentence(capsys):
    code, out, err = run(
        capsys,
        "--driver",
        "hp34401a",
        "--port",
        "sim://hp34401a?time_scale=0&fault=disconnect&after=5",
        "read",
        "--samples",
        "10",
    )
    assert code == 1 and out == "" and "was lost" in err


def test_missing_driver_or_bad_samples_is_a_usage_sentence(capsys):
    assert run(capsys, "read")[0] == 2
    code, _, err = run(
        capsys, "--driver", "hp34401a", "--port", "sim://hp34401a", "read", "--samples", "0"
    )
    assert code == 2 and "--samples" in err
