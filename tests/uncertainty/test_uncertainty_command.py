"""``main.py uncertainty``: the headless command a lab scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from main import main

BUDGETS = Path(__file__).resolve().parents[2] / "resources/budgets"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["uncertainty", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("path", sorted(BUDGETS.glob("*.json")), ids=lambda p: p.stem)
def test_every_reference_budget_file_runs_headless(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, str(path), "--trials", "20000", "--seed", "1")
    assert code == 0, err
    result = json.loads(out)
    if "fit" in json.loads(path.read_text()):
        assert len(result["coefficients"]) == 2 and result["predictions"]
    else:
        for output in result["outputs"].values():
            assert output["u_c"] > 0
            assert " ± " in output["report"] or "coverage interval" in output["report"]


def test_command_prints_the_json_shape_of_the_issue(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, str(BUDGETS / "GUM-H1-components.json"), "--method", "both", "--trials", "50000"
    )
    assert code == 0
    output = json.loads(out)["outputs"]["l"]
    assert set(output) >= {
        "y",
        "u_c",
        "nu_eff",
        "k",
        "U",
        "coverage_probability",
        "interval",
        "budget",
        "mcm",
        "report",
    }
    assert set(output["mcm"]) >= {
        "mean",
        "u",
        "interval_low",
        "interval_high",
        "trials",
        "validation",
    }
    assert output["mcm"]["trials"] == 50_000
    assert output["report"] == "l = (50000838 ± 67) nm, k = 2.12, p ≈ 95.00 %"


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        ("{not json", "not valid JSON (line 1"),
        ('{"model": "y = a +", "inputs": [{"name": "a", "estimate": 1}]}', "The model:"),
        (
            '{"model": "y = a*b", "inputs": [{"name": "a", "estimate": 1, "std_uncertainty": 1}]}',
            "'b', which is not an input",
        ),
        (
            '{"model": "y = a", "inputs": [{"name": "a", "estimate": "x", "std_uncertainty": 1}]}',
            "Input 'a': 'estimate' must be a finite number",
        ),
        (
            '{"model": "y = a", "inputs": [{"name": "a", "estimate": 1, '
            '"distribution": "rectangular"}]}',
            "needs its 'half_width'",
        ),
        ("[1, 2]", "one JSON object"),
    ],
)
def test_bad_budget_file_gets_a_sentence_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, sentence: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, str(path))
    assert code == 2
    assert out == ""
    assert sentence in err and "Traceback" not in err


def test_missing_file_is_named_in_the_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, str(tmp_path / "nowhere.json"))
    assert code == 2 and "nowhere.json: there is no such file." in err


def test_budget_without_any_uncertainty_still_prints_valid_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "exact.json"
    path.write_text(
        json.dumps(
            {
                "model": "y = 2*a",
                "inputs": [{"name": "a", "estimate": 1.5, "std_uncertainty": 0}],
                "method": "both",
                "mcm": {"trials": 1000, "seed": 1},
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, str(path))
    assert code == 0, err
    output = json.loads(out)["outputs"]["y"]
    assert output["y"] == 3.0 and output["u_c"] == 0.0
    assert output["mcm"]["validation"]["tolerance"] is None
