"""Behaviour of the engine a technician relies on, beyond the published examples."""

from __future__ import annotations

import math

import numpy as np
import pytest

from uncertainty.budget import Budget, BudgetError, evaluate
from uncertainty.conformity import (
    CONDITIONAL_FAIL,
    FAIL,
    PASS,
    Specification,
    guarded_acceptance,
    non_binary,
)
from uncertainty.coverage import round_for_report
from uncertainty.curves import fit_curve
from uncertainty.gum import propagate, sensitivities
from uncertainty.inputs import InputQuantity
from uncertainty.mcm import monte_carlo
from uncertainty.model import Model, ModelError


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("y = os.system('rm')", "'os.system' is not one of the functions"),
        ("y = a.real", "attribute"),
        ("y = eval('1')", "'eval' is not one of the functions"),
        ("y = x[0]", "indexing"),
        ("y = (a + b", "brackets"),
        ("import os", "must have the form 'output = expression'"),
        ("y = a if b else c", "'if ... else'"),
        ("y = 'text'", "only numbers"),
        ("y = sqrt(a, b)", "takes 1 argument"),
        ("a = 1\nb = a ^ 2", "Equation 2 (line 2"),
    ],
)
def test_model_outside_the_whitelist_is_refused_with_what_and_where(text: str, said: str) -> None:
    with pytest.raises(ModelError) as refused:
        Model.parse(text)
    assert said in str(refused.value)


def test_later_equations_use_earlier_results_and_chain_sensitivities() -> None:
    model = Model.parse("V = V_flask + V_T\nc = 1000*m/V")
    xs = [
        InputQuantity.normal("V_flask", 100.0, 0.04),
        InputQuantity.normal("V_T", 0.0, 0.05),
        InputQuantity.normal("m", 100.0, 0.05),
    ]
    values, jacobian = sensitivities(model, xs)
    assert values.tolist() == [100.0, 1000.0]
    # dc/dV_flask = -1000 m / V² exactly, through the intermediate V.
    assert jacobian[1].tolist() == [-10.0, -10.0, 10.0]


def test_sensitivities_are_exact_not_finite_differences() -> None:
    model = Model.parse("y = exp(a) * sin(b) / sqrt(c) + atan2(a, c) + log10(c) * abs(b)**1.5")
    a, b, c = 0.3, -1.1, 2.5
    xs = [InputQuantity.normal(n, v, 0.01) for n, v in (("a", a), ("b", b), ("c", c))]
    _, jac = sensitivities(model, xs)
    exact_a = math.exp(a) * math.sin(b) / math.sqrt(c) + c / (a * a + c * c)
    exact_b = math.exp(a) * math.cos(b) / math.sqrt(c) - math.log10(c) * 1.5 * abs(b) ** 0.5
    exact_c = (
        -0.5 * math.exp(a) * math.sin(b) * c**-1.5
        - a / (a * a + c * c)
        + abs(b) ** 1.5 / (c * math.log(10))
    )
    assert jac[0] == pytest.approx([exact_a, exact_b, exact_c], rel=1e-14)


def test_correlated_inputs_with_finite_dof_get_a_stated_nu_eff_not_plain_ws() -> None:
    model = Model.parse("y = a + b + c")
    xs = [
        InputQuantity.normal("a", 0, 1.0, dof=4),
        InputQuantity.normal("b", 0, 1.0, dof=9),
        InputQuantity.normal("c", 0, 1.0, dof=20),
    ]
    result = propagate(model, xs, {("a", "b"): 0.8})
    out = result.output("y")
    # Group {a, b}: variance 1 + 1 + 2·0.8 = 3.6 with ν = 4; c alone: 1 with ν = 20.
    assert out.dof == pytest.approx(out.std_uncertainty**4 / (3.6**2 / 4 + 1 / 20))
    assert any("correlated" in w for w in result.warnings)


def test_contradictory_correlations_are_refused() -> None:
    model = Model.parse("y = a + b + c")
    xs = [InputQuantity.normal(n, 0, 1) for n in "abc"]
    with pytest.raises(ModelError, match="contradict"):
        propagate(model, xs, {("a", "b"): 0.9, ("b", "c"): 0.9, ("a", "c"): -0.9})


def test_expanded_uncertainty_is_rounded_to_two_digits_and_result_to_same_place() -> None:
    assert round_for_report(1.2345678, 0.0021432).value == "1.2346"
    assert round_for_report(1.2345678, 0.0021432).expanded_uncertainty == "0.0021"
    assert round_for_report(99.5, 9.96).expanded_uncertainty == "10"
    assert round_for_report(1.23456, 0.0121, mode="up").expanded_uncertainty == "0.013"


def test_uncertainty_below_the_cmc_is_reported_as_the_cmc() -> None:
    budget = Budget.from_dict(
        {
            "model": "y = a",
            "inputs": [{"name": "a", "estimate": 1.0, "std_uncertainty": 0.001, "unit": "V"}],
            "cmc": {"y": 0.01},
        }
    )
    out = evaluate(budget)
    assert out["outputs"]["y"]["U"] == 0.01
    assert "± 0.010" in out["outputs"]["y"]["report"]
    assert any("below the laboratory's CMC" in w for w in out["warnings"])


def test_units_that_do_not_fit_the_model_are_refused_with_the_equation() -> None:
    budget = Budget.from_dict(
        {
            "model": "l = l_s + theta",
            "inputs": [
                {"name": "l_s", "estimate": 1, "std_uncertainty": 0.1, "unit": "mm"},
                {"name": "theta", "estimate": 20, "std_uncertainty": 0.1, "unit": "degC"},
            ],
        }
    )
    with pytest.raises(BudgetError, match="adds degC .* to mm"):
        evaluate(budget)


def test_monte_carlo_is_reproducible_with_its_seed() -> None:
    model = Model.parse("y = a * b")
    xs = [InputQuantity.rectangular("a", 1.0, 0.2), InputQuantity.arcsine("b", 2.0, 0.1)]
    first = monte_carlo(model, xs, trials=50_000, seed=7)
    again = monte_carlo(model, xs, trials=50_000, seed=7)
    other = monte_carlo(model, xs, trials=50_000, seed=8)
    assert first.output("y") == again.output("y")
    assert first.output("y").mean != other.output("y").mean


def test_adaptive_monte_carlo_stops_when_stable_to_its_tolerance() -> None:
    model = Model.parse("Y = X1 + X2 + X3 + X4")
    xs = [InputQuantity.normal(f"X{i}", 0, 1) for i in range(1, 5)]
    result = monte_carlo(model, xs, seed=3, adaptive=True, coverage_probability=0.95)
    assert result.converged
    assert result.trials % 10_000 == 0 and 20_000 <= result.trials < 1_000_000
    assert result.output("Y").std_uncertainty == pytest.approx(2.0, abs=0.05)


def test_shortest_interval_is_shorter_than_symmetric_for_a_skewed_output() -> None:
    model = Model.parse("y = x**2")
    xs = [InputQuantity.normal("x", 0.0, 1.0)]
    out = monte_carlo(model, xs, trials=200_000, seed=1, coverage_probability=0.95).output("y")
    assert out.shortest.low == pytest.approx(0.0, abs=1e-3)
    assert out.shortest.high - out.shortest.low < out.symmetric.high - out.symmetric.low


def test_gum_validation_fails_where_first_order_gum_is_wrong() -> None:
    # GUM gives u = 0 for y = x² at x = 0 (zero sensitivity); Monte Carlo does not.
    budget = Budget.from_dict(
        {
            "model": "y = x**2 + a",
            "inputs": [
                {"name": "x", "estimate": 0, "std_uncertainty": 1.0},
                {"name": "a", "estimate": 0, "std_uncertainty": 0.1},
            ],
            "method": "both",
            "mcm": {"trials": 100_000, "seed": 1},
        }
    )
    validation = evaluate(budget)["outputs"]["y"]["mcm"]["validation"]
    assert validation["passed"] is False
    assert validation["d_high"] > validation["tolerance"]


def test_correlated_normal_inputs_are_drawn_with_their_correlation() -> None:
    model = Model.parse("d = a - b")
    xs = [InputQuantity.normal("a", 0, 1.0), InputQuantity.normal("b", 0, 1.0)]
    out = monte_carlo(model, xs, {("a", "b"): 0.9}, trials=200_000, seed=2).output("d")
    assert out.std_uncertainty == pytest.approx(math.sqrt(2 - 2 * 0.9), rel=0.01)


def test_weighted_fit_uses_the_stated_uncertainties_and_infinite_dof() -> None:
    x = np.arange(6.0)
    y = 2.0 + 0.5 * x + np.array([0.01, -0.02, 0.0, 0.02, -0.01, 0.0])
    fit = fit_curve(x, y, u_y=0.02)
    design = np.vstack([np.ones_like(x), x]).T
    expected_cov = np.linalg.inv(design.T @ design / 0.02**2)
    assert np.allclose(fit.covariance, expected_cov, rtol=1e-12)
    assert fit.method == "weighted" and math.isinf(fit.dof)


def test_line_with_uncertainty_in_x_and_y_matches_york_for_equal_weights() -> None:
    # With equal u_x = u_y the York line is the orthogonal (Deming) regression line.
    x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
    y = np.array([0.2, 0.9, 2.2, 2.8, 4.1])
    fit = fit_curve(x, y, u_x=0.1, u_y=0.1)
    sxx, syy = np.var(x), np.var(y)
    sxy = np.mean((x - x.mean()) * (y - y.mean()))
    slope = (syy - sxx + math.sqrt((syy - sxx) ** 2 + 4 * sxy**2)) / (2 * sxy)
    assert fit.coefficients[1] == pytest.approx(slope, rel=1e-10)


def test_inverse_prediction_reads_x_back_from_the_curve() -> None:
    fit = fit_curve([0, 1, 2, 3, 4], [1.0, 3.1, 8.9, 19.1, 33.0], degree=2)
    back = fit.inverse(fit.predict(2.5).value, u_y=0.1)
    assert back.value == pytest.approx(2.5, abs=1e-9)
    assert back.std_uncertainty > 0.1 / fit.slope_at(2.5)


def test_conformity_statements_follow_ilac_g8() -> None:
    spec = Specification(9.95, 10.05)
    assert non_binary(10.00, 0.02, spec).verdict == PASS
    assert non_binary(10.06, 0.02, spec).verdict == CONDITIONAL_FAIL
    assert non_binary(10.08, 0.02, spec).verdict == FAIL
    assert guarded_acceptance(10.02, 0.02, spec).verdict == PASS
    assert guarded_acceptance(10.04, 0.02, spec, guard_band=0.005).verdict == PASS


def test_many_test_points_in_one_pass_match_the_budget_at_each_point() -> None:
    from uncertainty.gum import propagate_at_points

    model = Model.parse("E = (R_x - R_s) / R_s * 1e6 + d")
    xs = [
        InputQuantity.normal("R_x", 100.0, 0.002, dof=9),
        InputQuantity.normal("R_s", 100.0, 0.001, dof=50),
        InputQuantity.rectangular("d", 0.0, 3.0),
    ]
    nominal = np.array([10.0, 100.0, 1000.0])
    batch = propagate_at_points(model, xs, {"R_x": nominal * 1.0001, "R_s": nominal})
    for i, r in enumerate(nominal):
        one = [
            InputQuantity.normal("R_x", r * 1.0001, 0.002, dof=9),
            InputQuantity.normal("R_s", r, 0.001, dof=50),
            xs[2],
        ]
        single = propagate(model, one).output("E")
        assert batch.values[0, i] == pytest.approx(single.value, rel=1e-12)
        assert batch.std_uncertainty[0, i] == pytest.approx(single.std_uncertainty, rel=1e-12)
        assert batch.dof[0, i] == pytest.approx(single.dof, rel=1e-12)


def test_budget_file_reads_every_kind_of_input_the_issue_lists() -> None:
    budget = Budget.from_dict(
        {
            "model": "y = a + b + c + d + e + f + g",
            "inputs": [
                {"name": "a", "observations": [10.1, 10.3, 10.2, 10.2]},
                {"name": "b", "estimate": 0, "expanded_uncertainty": 0.2, "k": 2},
                {
                    "name": "c",
                    "estimate": 0,
                    "expanded_uncertainty": 0.196,
                    "coverage_probability": 0.95,
                },
                {
                    "name": "d",
                    "estimate": 0,
                    "half_width": 0.3,
                    "distribution": "trapezoidal",
                    "beta": 0.5,
                },
                {"name": "e", "estimate": 0, "scale": 0.1, "distribution": "student-t", "dof": 5},
                {
                    "name": "f",
                    "estimate": 0,
                    "std_uncertainty": 0.1,
                    "relative_uncertainty_of_u": 0.25,
                },
                {
                    "name": "g",
                    "estimate": 0,
                    "components": [
                        {"name": "g1", "estimate": 0, "std_uncertainty": 0.05, "dof": 4},
                        {
                            "name": "g2",
                            "estimate": 0,
                            "half_width": 0.1,
                            "distribution": "rectangular",
                        },
                    ],
                },
            ],
        }
    )
    by_name = {x.name: x for x in budget.inputs}
    assert by_name["a"].dof == 3 and by_name["a"].estimate == pytest.approx(10.2)
    assert by_name["b"].std_uncertainty == pytest.approx(0.1)
    assert by_name["c"].std_uncertainty == pytest.approx(0.1, rel=1e-3)
    assert by_name["d"].std_uncertainty == pytest.approx(0.3 * math.sqrt(1.25 / 6))
    assert by_name["e"].std_uncertainty == pytest.approx(0.1 * math.sqrt(5 / 3))
    assert by_name["f"].dof == pytest.approx(8.0)
    assert by_name["g"].std_uncertainty == pytest.approx(math.sqrt(0.05**2 + 0.1**2 / 3))
    # Monte Carlo draws each distribution with the standard uncertainty stated for it.
    model = Model.parse("y = d")
    spread = monte_carlo(model, [by_name["d"]], trials=400_000, seed=4).output("y")
    assert spread.std_uncertainty == pytest.approx(by_name["d"].std_uncertainty, rel=0.01)
    # g1 (u = 0.05, ν = 4) is drawn as t_4(0, 0.05²) per JCGM 101 6.4.9, whose standard
    # deviation is 0.05·√(4/2): Monte Carlo is wider than the GUM's u here, by design.
    model = Model.parse("y = g")
    spread = monte_carlo(model, [by_name["g"]], trials=400_000, seed=4).output("y")
    expected = math.sqrt(0.05**2 * 4 / 2 + 0.1**2 / 3)
    assert spread.std_uncertainty == pytest.approx(expected, rel=0.02)


def test_a_results_notes_survive_a_copy_with_their_wording():
    import copy
    import pickle

    from uncertainty.errors import Phrase

    note = Phrase("{lost} of {trials:,} trials were left out.", values={"lost": 3, "trials": 10000})
    for copied in (copy.deepcopy(note), pickle.loads(pickle.dumps(note))):
        assert copied == "3 of 10,000 trials were left out."
        assert copied.template == note.template and dict(copied.params) == dict(note.params)
