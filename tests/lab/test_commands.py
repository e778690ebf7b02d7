"""The headless commands a lab scripts: import, devices, demo."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import openpyxl

from main import main

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "demo" / "danh_sach_thiet_bi_mau.xlsx"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_of_the_sample_list_reports_counts_and_rejects_the_bad_rows(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    errors = tmp_path / "loi.xlsx"
    code, out, _ = run(
        capsys, "--db", db, "import", SAMPLE, "--customer", "Công ty Nhựa", "--json",
        "--errors", errors,
    )  # fmt: skip
    report = json.loads(out)
    assert code == 1  # some rows rejected, the valid ones imported
    assert report["imported"] > 30 and report["rejected"] >= 3
    assert set(report) >= {"imported", "updated", "unchanged", "rejected", "errors"}
    assert all(set(e) == {"line", "column", "value", "reason"} for e in report["errors"])
    sheet = openpyxl.load_workbook(errors).active
    rejected_lines = {e["line"] for e in report["errors"]}
    assert sheet.max_row >= 1 + len(rejected_lines)

    code, out, _ = run(capsys, "--db", db, "import", SAMPLE, "--customer", "Công ty Nhựa", "--json")
    again = json.loads(out)
    assert (again["imported"], again["updated"]) == (0, 0)
    assert again["unchanged"] == report["imported"]


def test_import_of_an_unusable_file_says_why_and_exits_2(tmp_path, capsys):
    junk = tmp_path / "danh_sach.csv"
    junk.write_bytes(b"\x00\x01\x02 not a device list \xff\xfe")
    code, out, err = run(capsys, "--db", tmp_path / "c.sqlite", "import", junk, "--customer", "X")
    assert code == 2
    assert "danh_sach.csv" in err and out == ""


def test_import_of_a_missing_file_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "--db", tmp_path / "c.sqlite", "import", tmp_path / "no.csv",
                       "--customer", "X")  # fmt: skip
    assert code == 2 and "no.csv" in err


def test_dry_run_changes_nothing(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    code, out, _ = run(capsys, "--db", db, "import", SAMPLE, "--customer", "A", "--dry-run")
    assert "would import" in out
    code, out, _ = run(capsys, "--db", db, "devices", "--json")
    assert json.loads(out) == []


def test_demo_then_devices_json_lists_the_documented_fields(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "devices" in out
    code, out, _ = run(capsys, "--db", db, "devices", "--json", "--search", "can phan tich")
    devices = json.loads(out)
    assert devices and all("Cân" in d["name"] for d in devices)
    assert set(devices[0]) >= {
        "lab_id", "customer", "name", "manufacturer", "model", "serial", "asset_tag",
        "range_min", "range_max", "unit", "resolution", "accuracy", "interval_months",
        "last_calibrated", "due",
    }  # fmt: skip
    code, out, _ = run(capsys, "--db", db, "devices", "--json", "--due-before", "2000-01-01")
    assert json.loads(out) == []
    code, _, err = run(capsys, "--db", db, "devices", "--customer", "Nobody")
    assert code == 1 and "Nobody" in err


def test_main_runs_as_a_program_and_uses_caldesk_db(tmp_path):
    env_db = tmp_path / "env.sqlite"
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "demo"],
        env={"CALDESK_DB": str(env_db), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert env_db.exists()


def test_import_json_gives_every_reason_as_an_english_sentence(tmp_path, capsys):
    listed = tmp_path / "danh_sach.csv"
    with open(listed, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([
            ["STT", "Tên thiết bị", "Hãng sản xuất", "Model", "Số sê-ri", "Phạm vi đo", "Ngày hiệu chuẩn"],
            ["1", "Đồng hồ áp suất", "Wika", "213.53", "WI001", "0 - 10 bảr", "15/03/2025"],
            ["2", "", "Testo", "720", "TE002", "-50...150 °C", "31/02/2025"],
        ])  # fmt: skip
    code, out, _ = run(capsys, "--db", tmp_path / "c.sqlite", "import", listed,
                       "--customer", "Công ty A", "--json", "--dry-run")  # fmt: skip
    assert code == 1
    assert json.loads(out)["errors"] == [
        {"line": 2, "column": "Phạm vi đo", "value": "0 - 10 bảr",
         "reason": "The range '0 - 10 bảr' has a unit CalDesk does not know ('bảr')."},
        {"line": 3, "column": "Tên thiết bị", "value": "",
         "reason": "The row has no device name ('Tên thiết bị')."},
        {"line": 3, "column": "Ngày hiệu chuẩn", "value": "31/02/2025",
         "reason": "The date '31/02/2025' does not exist (day 31 of month 2 in 2025)."},
    ]  # fmt: skip
