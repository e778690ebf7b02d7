"""The headless calibration commands, as a lab scripts them (issue 6, item 5)."""

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

from lab.calibration.procedures import latest_procedures
from main import main
from tests.lab.calibration.lab_helpers import PASSWORDS, device_of

REPO = Path(__file__).resolve().parents[3]
POINT_FIELDS = {"nominal", "reference", "indication", "error", "U", "k", "nu_eff", "mpe", "verdict"}
# A demo device each shipped procedure can calibrate on the simulated bench.
DEVICE_FOR = {
    "dmm-dc-voltage": ("multimeter", {}),
    "balance-mass": ("balance", {"range_max": 220}),
    "thermometer-drywell": ("thermometer", {"accuracy_startswith": "±0.2"}),
    "pressure-gauge": ("pressure gauge", {}),
}


def run(capsys, monkeypatch, lab, *argv, password_of=None):
    if password_of:
        monkeypatch.setenv("CALDESK_PASSWORD", PASSWORDS[password_of])
    code = main(["--db", str(lab.path), *[str(a) for a in argv]])
    out, err = capsys.readouterr()
    return code, out, err


def test_procedures_json_lists_name_version_quantity_and_device_kinds(capsys, monkeypatch, lab):
    code, out, _ = run(capsys, monkeypatch, lab, "procedures", "--json")
    listed = {p["name"]: p for p in json.loads(out)}
    assert code == 0 and set(listed) == set(DEVICE_FOR)
    assert listed["dmm-dc-voltage"]["version"] == 1
    assert listed["dmm-dc-voltage"]["quantity"] == "DC voltage"
    assert listed["thermometer-drywell"]["device_kinds"] == ["thermometer", "thermohygrometer"]


def test_devices_json_shows_each_devices_kind(capsys, monkeypatch, lab):
    code, out, _ = run(capsys, monkeypatch, lab, "devices", "--json")
    kinds = {d["kind"] for d in json.loads(out)}
    assert code == 0 and {"multimeter", "balance", "thermometer", "pressure gauge"} <= kinds


def test_every_shipped_procedure_has_a_demo_device_in_this_test():
    assert {p.name for p in latest_procedures()} == set(DEVICE_FOR)


@pytest.mark.parametrize("procedure", sorted(DEVICE_FOR))
def test_a_full_simulated_headless_run_of_each_shipped_procedure(
    procedure, capsys, monkeypatch, lab
):
    kind, which = DEVICE_FOR[procedure]
    lab_id = device_of(lab, kind, **which)
    code, out, err = run(
        capsys, monkeypatch, lab, "calibrate", "--device", lab_id, "--simulate",
        "--user", "an.nv", "--json", password_of="an.nv",
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert report["procedure"] == procedure and report["state"] == "measured"
    assert report["device"] == lab_id and len(report["points"]) >= 3
    for point in report["points"]:
        assert POINT_FIELDS <= set(point)
        assert point["U"] > 0 and point["k"] >= 1.9 and point["mpe"] > 0
        assert point["verdict"] in {"pass", "fail", "conditional pass", "conditional fail"}
        assert point["error"] == pytest.approx(point["indication"] - point["reference"], abs=1e-9)
    assert err.count("saved") == len(report["points"])  # each point saved as it was taken


def test_review_and_approve_move_a_headless_calibration_on(capsys, monkeypatch, lab):
    lab_id = device_of(lab, "multimeter")
    _, out, _ = run(
        capsys, monkeypatch, lab, "calibrate", "--device", lab_id, "--simulate",
        "--user", "an.nv", "--json", password_of="an.nv",
    )  # fmt: skip
    cid = json.loads(out)["calibration"]
    code, _, err = run(capsys, monkeypatch, lab, "approve", "--calibration", cid,
                       "--user", "chi.ttm", password_of="chi.ttm")  # fmt: skip
    assert code == 1 and "only a reviewed calibration can be approved" in err
    code, out, _ = run(capsys, monkeypatch, lab, "review", "--calibration", cid,
                       "--user", "dung.hq", password_of="dung.hq")  # fmt: skip
    assert code == 0 and "reviewed" in out
    code, out, _ = run(capsys, monkeypatch, lab, "approve", "--calibration", cid,
                       "--user", "chi.ttm", password_of="chi.ttm")  # fmt: skip
    assert code == 0 and "approved" in out


def test_an_expired_standard_is_refused_headless_with_the_reason(capsys, monkeypatch, lab):
    code, out, err = run(
        capsys, monkeypatch, lab, "calibrate", "--device", device_of(lab, "multimeter"),
        "--standard", "CAL-5500A-02", "--simulate", "--user", "an.nv", password_of="an.nv",
    )  # fmt: skip
    assert code == 1 and out == ""
    assert "CAL-5500A-02" in err and "expired on" in err and "recalibrated" in err


def test_a_device_no_procedure_fits_is_refused_with_the_kinds(capsys, monkeypatch, lab):
    code, _, err = run(
        capsys, monkeypatch, lab, "calibrate", "--device", device_of(lab, "caliper"),
        "--simulate", "--user", "an.nv", password_of="an.nv",
    )  # fmt: skip
    assert code == 1 and "is a caliper; procedures that fit: none" in err


def saved_points(db_path: Path, calibration_id: str) -> list[tuple]:
    with sqlite3.connect(db_path) as raw:
        return raw.execute(
            "SELECT id, seq, readings, error, expanded_uncertainty, verdict, row_version "
            "FROM measurement_points WHERE calibration_id = ? ORDER BY seq",
            (calibration_id.replace("-", ""),),
        ).fetchall()


def test_a_run_killed_mid_way_resumes_with_every_saved_point_intact(capsys, monkeypatch, lab):
    lab_id = device_of(lab, "multimeter")
    env = {**os.environ, "CALDESK_PASSWORD": PASSWORDS["an.nv"]}
    # Simulated time at half speed: the 5520A takes 0.5 s to settle each point.
    process = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(lab.path), "calibrate", "--device", lab_id,
         "--simulate", "--time-scale", "0.5", "--user", "an.nv"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    started = process.stderr.readline()
    calibration_id = started.split()[1]
    deadline = time.monotonic() + 60
    while len(saved_points(lab.path, calibration_id)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = saved_points(lab.path, calibration_id)
    assert 2 <= len(before) < 5, "the run was not killed mid-way"

    code, out, err = run(
        capsys, monkeypatch, lab, "calibrate", "--resume", calibration_id, "--simulate",
        "--user", "an.nv", "--json", password_of="an.nv",
    )  # fmt: skip
    assert code == 0, err
    after = saved_points(lab.path, calibration_id)
    assert after[: len(before)] == before  # the saved points, untouched
    assert [p[1] for p in after] == [1, 2, 3, 4, 5]
    assert json.loads(out)["state"] == "measured"
