"""Helpers the benchmark scripts share: timing, printing a figure against its baseline."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(fn: Callable[[], object], repeat: int = 21) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(
    name: str, value: float, unit: str, baseline_name: str, baseline: float, target: str, ok: bool
) -> None:
    ratio = value / baseline if baseline else float("inf")
    verdict = "meets" if ok else "MISSES"
    print(
        f"{name}: {value:.4g} {unit}; baseline {baseline_name} {baseline:.4g} {unit}; "
        f"ratio {ratio:.2f}; target {target}: {verdict}"
    )
