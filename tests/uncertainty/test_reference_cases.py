"""Every published example of the reference file, one test per case, named after its id.

Models and inputs are read from each case's own ``model`` and ``inputs`` fields (the same JSON
shape a budget file has); the expected numbers are only compared against, never fed in.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from uncertainty.budget import Budget, evaluate
from uncertainty.coverage import coverage_factor, coverage_probability_of, dof_for
from uncertainty.curve_file import evaluate_curve_file

REPO = Path(__file__).resolve().parents[2]
CASES_FILE = REPO / "tests/uncertainty/data/uncertainty_cases.json"
SHARED_FILE = REPO.parent / "shared/reference/uncertainty_cases.json"


def case(case_id: str) -> dict:
    for item in json.loads(CASES_FILE.read_text(encoding="utf-8")):
        if item["id"] == case_id:
            return item
    raise LookupError(case_id)


def run(item: dict, method: str = "gum", **mcm: object) -> dict:
    data = dict(item)
    data.pop("expected")
    data["method"] = method
    data["coverage_probability"] = item["expected"].get("coverage_probability") or 0.9545
    data["mcm"] = {"trials": 1_000_000, "seed": 20260101, **mcm}
    return evaluate(Budget.from_dict(data))


def close(actual: float, expected: float, tolerance: float) -> None:
    assert abs(actual - expected) <= tolerance, f"{actual} differs from {expected} by > {tolerance}"


def test_GUM_H1_components() -> None:
    item = case("GUM-H1-components")
    want, tol = item["expected"], item["tolerance"]
    out = run(item)["outputs"]["l"]
    close(out["y"], want["y"], tol["y"])
    close(out["u_c"], want["u_c"], tol["u_c"])
    close(out["nu_eff"], want["nu_eff"], tol["nu_eff"])
    close(out["k"], want["k"], tol["k"])
    close(out["U"], want["U"], tol["U"])
    contributions = {row["name"]: row["contribution"] for row in out["budget"]}
    for name, u in want["budget_u_components_nm"].items():
        close(contributions[name], u, 1e-3 * max(u, 1.0))
    assert out["report"] == "l = (50000838 ± 67) nm, k = 2.12, p ≈ 95.00 %"


def test_GUM_H1_tableH1() -> None:
    item = case("GUM-H1-tableH1")
    want, tol = item["expected"], item["tolerance"]
    out = run(item)["outputs"]["l"]
    for key in ("y", "u_c", "nu_eff", "U"):
        close(out[key], want[key], tol[key])
    close(out["k"], want["k"], 0.01)


def test_WS_GUM_H1_d() -> None:
    item = case("WS-GUM-H1-d")
    want, tol = item["expected"], item["tolerance"]
    out = run(item)["outputs"]["d"]
    for key in ("y", "u_c", "nu_eff"):
        close(out[key], want[key], tol[key])


def test_GUM_H2_summary() -> None:
    item = case("GUM-H2-summary")
    want, tol = item["expected"], item["tolerance"]
    result = run(item)
    for name in ("R", "X", "Z"):
        out = result["outputs"][name]
        close(out["y"], want[name]["y"], tol["y"])
        close(out["u_c"], want[name]["u_c"], tol["u_c"])
        assert out["nu_eff"] is None  # every input has infinite dof: no W-S nonsense
    for pair, r in want["output_correlations"].items():
        first, second = pair.split(",")
        key = pair if pair in result["correlations"] else f"{second},{first}"
        close(result["correlations"][key], r, tol["correlation"])


def test_GUM_H3_linefit() -> None:
    item = case("GUM-H3-linefit")
    want, tol = item["expected"], item["tolerance"]
    data = {i["name"]: i for i in item["inputs"]}
    fit = evaluate_curve_file(
        {
            "fit": {
                "x": data["t_k"]["observations"],
                "y": data["b_k"]["observations"],
                "x_offset": data["t0"]["estimate"],
                "predict_at": [30.0],
            }
        }
    )
    (y1, y2), cov = fit["coefficients"], fit["covariance"]
    close(y1, want["y1"]["y"], tol["y1"])
    close(math.sqrt(cov[0][0]), want["y1"]["u"], tol["u_y1"])
    close(y2, want["y2"]["y"], tol["y2"])
    close(math.sqrt(cov[1][1]), want["y2"]["u"], tol["u_y2"])
    close(fit["correlation"][0][1], want["r(y1,y2)"], tol["r"] + 0.005)  # published to 2 digits
    close(fit["residual_std"], want["s_residual"], tol["s"])
    close(fit["sum_sq_residuals"], want["sum_sq_residuals"], 1e-12)
    at_30 = fit["predictions"][0]
    close(at_30["y"], want["b(30)"]["y"], tol["b30"])
    close(at_30["u"], want["b(30)"]["u_c"], tol["u_b30"])
    assert at_30["dof"] == want["b(30)"]["nu_eff"]


def test_S1_9_2_2_additive_normal() -> None:
    item = case("S1-9.2.2-additive-normal")
    want, tol = item["expected"], item["tolerance"]
    out = run(item, "both")["outputs"]["Y"]
    close(out["y"], want["y"], tol["y"])
    close(out["u_c"], want["u_c"], tol["u_c"])
    close(out["U"], want["U"], tol["U"])
    mcm = out["mcm"]
    close(mcm["mean"], want["mcm"]["mean"], tol["y"])
    close(mcm["u"], want["mcm"]["u"], tol["u_c"])
    close(mcm["interval_low"], want["mcm"]["interval_low"], tol["mcm_interval"])
    close(mcm["interval_high"], want["mcm"]["interval_high"], tol["mcm_interval"])
    assert mcm["validation"]["passed"]  # a linear model with normal inputs: GUM is exact


def test_TN1900_E13_thermal_expansion() -> None:
    item = case("TN1900-E13-thermal-expansion")
    want, tol = item["expected"], item["tolerance"]
    out = run(item, "both")["outputs"]["alpha"]
    close(out["y"], want["y"], tol["y"])
    close(out["u_c"], want["u_c"], tol["u_c"])
    close(out["mcm"]["mean"], want["mcm"]["mean"], tol["mcm_mean"])
    close(out["mcm"]["u"], want["mcm"]["u"], tol["mcm_u"])


def test_EA_4_02_S1_mass_10kg() -> None:
    item = case("EA-4/02-S1-mass-10kg")
    want, tol = item["expected"], item["tolerance"]
    out = run(item)["outputs"]["m_X"]
    close(out["y"], want["y"], tol["y"])
    close(out["u_c"], want["u_c"], tol["u_c"])
    close(out["U"], want["U"], tol["U"])
    close(out["k"], want["k"], 0.005)
    rows = {row["name"]: row for row in out["budget"]}
    for name, row in want["budget"].items():
        close(rows[name]["c"], row["c"], 1e-12)
        close(rows[name]["index_pct"], row["index_pct"], 0.05)
        # GUM Workbench prints contributions to two significant digits.
        close(float(f"{rows[name]['contribution']:.2g}"), row["contrib"], 1e-12)
    assert out["report"] == "m_X = (10000.025 ± 0.058) g, k = 2.00, p ≈ 95.45 %"


def test_QUAM_A1_cadmium_standard() -> None:
    item = case("QUAM-A1-cadmium-standard")
    want, tol = item["expected"], item["tolerance"]
    out = run(item)["outputs"]["c_Cd"]
    close(out["y"], want["y"], tol["y"])
    close(out["u_c"], want["u_c"], tol["u_c"])
    contributions = {row["name"]: row["contribution"] for row in out["budget"]}
    volume = ("V_flask", "V_rep", "V_T")
    contributions["V_total"] = math.sqrt(sum(contributions[v] ** 2 for v in volume))
    for name, u in want["budget_u"].items():
        close(contributions[name], u, 1e-5 * u)


def test_GUM_TableG2_t_factors() -> None:
    item = case("GUM-TableG2-t-factors")
    tol = item["tolerance"]
    pattern = re.compile(r"(\w+)\((\w+)=([\d.]+),(\w+)=([\w.]+)\)")
    for key, expected in item["expected"].items():
        wanted, a_name, a, b_name, b = pattern.fullmatch(key).groups()
        args = {a_name: float(a), b_name: math.inf if b == "inf" else float(b)}
        if wanted == "k":
            close(coverage_factor(args["p"], args["nu"]), expected, tol["k"])
        elif wanted == "p":
            close(coverage_probability_of(args["k"], args["nu"]), expected, tol["p"])
        else:
            close(dof_for(args["k"], args["p"]), expected, tol["nu"])


def test_every_reference_case_has_a_test_named_after_it() -> None:
    ids = [item["id"] for item in json.loads(CASES_FILE.read_text(encoding="utf-8"))]
    names = {re.sub(r"\W", "_", f"test_{i}") for i in ids}
    missing = sorted(n for n in names if n not in globals())
    assert not missing, f"reference cases without a test: {missing}"


@pytest.mark.parametrize("shared", [SHARED_FILE])
def test_repo_copy_of_reference_cases_is_the_shared_file(shared: Path) -> None:
    copy = CASES_FILE.read_bytes()
    assert json.loads(copy), "the repo copy of the reference cases is empty"
    if shared.exists():  # CI has shared/ beside the clone; a lone clone checks the copy only
        assert shared.read_bytes() == copy, f"{CASES_FILE} differs from {shared}: copy it again"
