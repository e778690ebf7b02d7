"""Calibrating with the instruments on serial ports: the DC voltage procedure through real
pseudo-terminals (a simulated 5520A and 34401A behind each, wired together by test leads), with
as-found points, an adjustment and as-left points; the cable pulled mid-run; resuming after a
SIGKILL in the as-left points."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from instruments.pty_bridge import PtyBridge
from instruments.simulators import make_simulator, wire_calibrator_to_dmm
from instruments.simulators.base import Fault
from main import main
from tests.lab.calibration.lab_helpers import PASSWORDS, device_of

REPO = Path(__file__).resolve().parents[3]
ADJUSTED = "DC offset and gain trimmed (CAL menu, 10 V range)"
# The meter's replies turn to noise after this many commands: in the third point of five.
GARBLED_AFTER = 40


class PtyBench:
    """A 5520A and a 34401A simulator, leads between them, each behind its own pty. The meter
    arrives with an error well beyond its MPE; :meth:`adjust_the_meter` is the technician's
    adjustment. :meth:`plug_in_again` serves the same instruments on fresh ptys."""

    def __init__(self, time_scale: float = 0.0) -> None:
        self.calibrator = make_simulator("fluke5520a", seed=3, time_scale=time_scale)
        self.dmm = make_simulator("hp34401a", seed=4, time_scale=time_scale)
        wire_calibrator_to_dmm(self.calibrator, self.dmm)
        # As found: +0.05 % of reading + 20 µV, about twice the meter's MPE at every point.
        self.dmm.adjust(gain_error=5e-4, offset=2e-5)
        self.bridges: list[PtyBridge] = []
        self.plug_in_again()

    def plug_in_again(self, uut_fault: Fault | None = None) -> None:
        self.reference = PtyBridge(self.calibrator)
        self.uut = PtyBridge(self.dmm, uut_fault)
        self.bridges += [self.reference, self.uut]

    def adjust_the_meter(self) -> None:
        self.dmm.adjust(gain_error=0.0, offset=0.0)

    def ports(self) -> list[str]:
        return ["--port-reference", self.reference.path, "--port-uut", self.uut.path]

    def close(self) -> None:
        for bridge in self.bridges:
            bridge.close()


@pytest.fixture
def pty_bench():
    benches = []

    def make(time_scale: float = 0.0) -> PtyBench:
        benches.append(PtyBench(time_scale))
        return benches[-1]

    yield make
    for bench in benches:
        bench.close()


def calibrate(lab, *argv):
    env = {**os.environ, "CALDESK_PASSWORD": PASSWORDS["an.nv"]}
    return subprocess.Popen(
        [sys.executable, "main.py", "--db", str(lab.path), "calibrate", *argv, "--user", "an.nv"],
        cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def saved(db_path: Path, calibration_id: str, phase: str | None = None) -> list[tuple]:
    query = (
        "SELECT phase, seq, id, readings, error, verdict, row_version FROM measurement_points "
        "WHERE calibration_id = ?"
    )
    with sqlite3.connect(db_path) as raw:
        rows = raw.execute(query + " ORDER BY phase, seq", (calibration_id.replace("-", ""),))
        return [r for r in rows.fetchall() if phase is None or r[0] == phase]


def wait_for(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def read_until(stream, words: str) -> list[str]:
    lines = []
    while not lines or words not in lines[-1]:
        line = stream.readline()
        assert line, "the command ended before saying: " + words + "\n" + "".join(lines)
        lines.append(line)
    return lines


def test_a_dc_voltage_run_through_ptys_as_found_adjusted_and_as_left(lab, pty_bench):
    bench = pty_bench()
    process = calibrate(
        lab, "--device", device_of(lab, "multimeter"), *bench.ports(), "--adjust", ADJUSTED,
        "--json",
    )  # fmt: skip
    said = read_until(process.stderr, "press Enter")
    calibration_id = said[0].split()[1]
    as_found = saved(lab.path, calibration_id, "as_found")
    assert [row[5] for row in as_found] == ["fail"] * 5  # the meter as it came in
    bench.adjust_the_meter()  # the technician trims the meter, then presses Enter
    out, err = process.communicate("\n", timeout=60)
    assert process.returncode == 0, err
    report = json.loads(out)
    assert report["state"] == "measured"
    assert report["adjustment"]["what"] == ADJUSTED
    found = [p for p in report["points"] if p["phase"] == "as_found"]
    left = [p for p in report["points"] if p["phase"] == "as_left"]
    assert [p["verdict"] for p in found] == ["fail"] * 5
    assert [p["verdict"] for p in left] == ["pass"] * 5
    assert found[2]["indication"] == pytest.approx(10 * 1.0005 + 2e-5, abs=1e-4)
    assert left[2]["indication"] == pytest.approx(10.0, abs=1e-4)
    wait_for(lambda: not bench.calibrator.operating, 5)  # the 5520A left in standby


def test_a_run_on_ports_stops_when_nobody_confirms_the_adjustment(lab, pty_bench):
    bench = pty_bench()
    process = calibrate(
        lab, "--device", device_of(lab, "multimeter"), *bench.ports(), "--adjust", ADJUSTED
    )
    out, err = process.communicate("", timeout=60)  # stdin closed: nobody pressed Enter
    assert process.returncode == 1
    assert "Nobody confirmed that" in err and "resume with --resume" in err
    calibration_id = err.split()[1]
    assert len(saved(lab.path, calibration_id, "as_found")) == 5


def test_the_cable_pulled_mid_run_stops_with_a_sentence_and_the_run_resumes(lab, pty_bench):
    bench = pty_bench(time_scale=0.2)  # the 5520A settles in 0.2 s: points come one by one
    bench.adjust_the_meter()
    process = calibrate(lab, "--device", device_of(lab, "multimeter"), *bench.ports())
    calibration_id = process.stderr.readline().split()[1]
    wait_for(lambda: len(saved(lab.path, calibration_id)) >= 2)
    bench.uut.pull_cable()  # the meter's USB adapter comes out
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert f"The connection to the HP 34401A multimeter on {bench.uut.path} was lost" in err
    assert "check the cable" in err and "Traceback" not in err
    before = saved(lab.path, calibration_id)
    assert 2 <= len(before) < 5
    wait_for(lambda: not bench.calibrator.operating, 5)  # STBY sent as the run stopped

    bench.plug_in_again()  # plugged back in: the adapter gets a new device path
    process = calibrate(lab, "--resume", calibration_id, *bench.ports(), "--json")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    after = saved(lab.path, calibration_id)
    assert after[: len(before)] == before  # the saved points, untouched
    assert [row[1] for row in after] == [1, 2, 3, 4, 5]
    assert json.loads(out)["state"] == "measured"


def test_a_garbled_reply_mid_run_stops_with_a_sentence_and_the_run_resumes(
    capsys, monkeypatch, lab, pty_bench
):
    monkeypatch.setenv("CALDESK_PASSWORD", PASSWORDS["an.nv"])
    bench = pty_bench()
    bench.adjust_the_meter()
    bench.uut.close()
    bench.plug_in_again(uut_fault=Fault("garbage", after=GARBLED_AFTER))  # noise on the line
    code = main(["--db", str(lab.path), "calibrate", "--device", device_of(lab, "multimeter"),
                 *bench.ports(), "--user", "an.nv"])  # fmt: skip
    _, err = capsys.readouterr()
    assert code == 1
    assert f"The HP 34401A multimeter on {bench.uut.path} sent bytes that are not text" in err
    assert "check the baud rate and the cable" in err
    calibration_id = err.split()[1]
    before = saved(lab.path, calibration_id)
    assert 1 <= len(before) < 5
    wait_for(lambda: not bench.calibrator.operating, 5)  # STBY sent as the run stopped

    bench.plug_in_again()  # the noisy cable replaced
    code = main(["--db", str(lab.path), "calibrate", "--resume", calibration_id, *bench.ports(),
                 "--user", "an.nv", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    after = saved(lab.path, calibration_id)
    assert after[: len(before)] == before and [row[1] for row in after] == [1, 2, 3, 4, 5]
    assert json.loads(out)["state"] == "measured"


def test_a_run_killed_in_the_as_left_points_resumes_with_both_sets_intact(capsys, lab):
    env = {**os.environ, "CALDESK_PASSWORD": PASSWORDS["an.nv"]}
    process = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(lab.path), "calibrate", "--device",
         device_of(lab, "multimeter"), "--simulate", "--time-scale", "0.3", "--adjust", ADJUSTED,
         "--user", "an.nv"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    calibration_id = process.stderr.readline().split()[1]
    # The first set is saved as left until the adjustment relabels it as found.
    wait_for(
        lambda: (
            len(saved(lab.path, calibration_id, "as_found")) == 5
            and len(saved(lab.path, calibration_id, "as_left")) >= 2
        )
    )
    process.send_signal(signal.SIGKILL)
    process.wait()
    found_before = saved(lab.path, calibration_id, "as_found")
    left_before = saved(lab.path, calibration_id, "as_left")
    assert len(found_before) == 5 and 2 <= len(left_before) < 5, "not killed in the as-left points"

    os.environ["CALDESK_PASSWORD"] = PASSWORDS["an.nv"]
    try:
        code = main(["--db", str(lab.path), "calibrate", "--resume", calibration_id,
                     "--simulate", "--user", "an.nv", "--json"])  # fmt: skip
    finally:
        del os.environ["CALDESK_PASSWORD"]
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "as left: point" in err and "as found: point" not in err
    assert saved(lab.path, calibration_id, "as_found") == found_before
    left = saved(lab.path, calibration_id, "as_left")
    assert left[: len(left_before)] == left_before and [r[1] for r in left] == [1, 2, 3, 4, 5]
    report = json.loads(out)
    assert report["state"] == "measured" and report["adjustment"]["what"] == ADJUSTED


def test_ports_and_simulate_together_are_refused(capsys, lab):
    code = main(["--db", str(lab.path), "calibrate", "--device", device_of(lab, "multimeter"),
                 "--simulate", "--port-uut", "/dev/ttyUSB0", "--user", "an.nv"])  # fmt: skip
    assert code != 0
    assert "not both" in capsys.readouterr().err


def test_a_port_that_does_not_exist_is_named_and_nothing_is_measured(capsys, lab, monkeypatch):
    monkeypatch.setenv("CALDESK_PASSWORD", PASSWORDS["an.nv"])
    code = main(["--db", str(lab.path), "calibrate", "--device", device_of(lab, "multimeter"),
                 "--port-reference", "/dev/ttyNOPE0", "--port-uut", "/dev/ttyNOPE1",
                 "--user", "an.nv"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "The port /dev/ttyNOPE0 could not be opened for the Fluke 5520A calibrator" in err
