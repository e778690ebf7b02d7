"""Propagation of distributions by Monte Carlo (JCGM 101:2008, GUM Supplement 1).

Every input is drawn as a numpy array and the compiled model is evaluated once per batch on those
arrays (JCGM 101 7.4): a million trials of a ten-input model are a few dozen array operations, not
a million Python calls. The generator is seeded, so a seed reproduces a result. It is numpy's
SFC64, which passes TestU01 BigCrush and PractRand as JCGM 101 C.3.2 asks of a generator, and
draws normals about a quarter faster than the default PCG64.
Coverage intervals are probabilistically symmetric or shortest (7.7); the adaptive procedure of
7.9 stops when the results are stable to the numerical tolerance of 7.9.2; clause 8 validates the
GUM result against the Monte Carlo one.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from scipy import stats

from uncertainty.coverage import DEFAULT_COVERAGE_PROBABILITY
from uncertainty.errors import Phrase
from uncertainty.gum import Correlations, GumOutput, correlation_matrix
from uncertainty.inputs import InputQuantity
from uncertainty.model import Model, ModelError

log = logging.getLogger(__name__)

Checkpoint = Callable[[int, int], None]
HISTOGRAM_BINS = 80


@dataclass(frozen=True)
class CoverageInterval:
    low: float
    high: float
    kind: str  # "symmetric" or "shortest"


@dataclass(frozen=True)
class McmOutput:
    """The Monte Carlo result for one output: estimate, u, both intervals and a histogram."""

    name: str
    mean: float
    std_uncertainty: float
    interval: CoverageInterval  # the kind asked for
    symmetric: CoverageInterval
    shortest: CoverageInterval
    coverage_probability: float
    histogram_counts: tuple[int, ...]
    histogram_edges: tuple[float, ...]


@dataclass(frozen=True)
class McmResult:
    """All outputs of one Monte Carlo run and how it went.

    >>> m = Model.parse("Y = X1 + X2")
    >>> xs = [InputQuantity.normal("X1", 0, 1), InputQuantity.normal("X2", 0, 1)]
    >>> r = monte_carlo(m, xs, trials=200_000, seed=1, coverage_probability=0.95)
    >>> y = r.output("Y")
    >>> abs(y.std_uncertainty - 2**0.5) < 0.01, abs(y.symmetric.high - 1.96 * 2**0.5) < 0.05
    (True, True)
    """

    outputs: tuple[McmOutput, ...]
    trials: int
    seed: int | None
    adaptive: bool
    converged: bool
    correlation: tuple[tuple[float, ...], ...]
    warnings: tuple[str, ...]

    def output(self, name: str) -> McmOutput:
        for out in self.outputs:
            if out.name == name:
                return out
        raise KeyError(name)


@dataclass(frozen=True)
class Validation:
    """JCGM 101 clause 8: is the GUM interval as good as the Monte Carlo one, to tolerance δ?"""

    d_low: float
    d_high: float
    tolerance: float
    passed: bool


def monte_carlo(
    model: Model,
    inputs: Sequence[InputQuantity],
    correlations: Correlations | None = None,
    coverage_probability: float = DEFAULT_COVERAGE_PROBABILITY,
    trials: int = 1_000_000,
    seed: int | None = None,
    interval: str = "symmetric",
    adaptive: bool = False,
    significant_digits: int = 2,
    batch_size: int = 50_000,
    max_trials: int = 10_000_000,
    checkpoint: Checkpoint | None = None,
) -> McmResult:
    """Run JCGM 101: ``trials`` draws, or the adaptive procedure of 7.9 when ``adaptive``.

    ``checkpoint(done, total)`` is called after every batch; it may raise to stop the run
    (the GUI's Cancel does that). See :class:`McmResult` for an example.
    """
    if interval not in ("symmetric", "shortest"):
        raise ModelError(
            "The coverage interval must be 'symmetric' or 'shortest', not {interval!r}.",
            values={"interval": interval},
        )
    if not 0 < coverage_probability < 1:
        raise ModelError("The coverage probability must lie between 0 and 1.", values={})
    used = [x for x in inputs if x.name in model.inputs]
    missing = [n for n in model.inputs if n not in {x.name for x in used}]
    if missing:
        raise ModelError(
            "The model uses {names}, which the budget does not give.",
            values={"names": ", ".join(missing)},
        )
    sampler = _Sampler(used, correlation_matrix(used, _restricted(correlations, used)), seed)
    if adaptive:
        values, converged = _adaptive(
            model, sampler, coverage_probability, significant_digits, max_trials, checkpoint
        )
    else:
        if not 1 <= trials <= max_trials:
            raise ModelError(
                "The number of trials must be between 1 and {most:,}.", values={"most": max_trials}
            )
        values, converged = _fixed(model, sampler, trials, batch_size, checkpoint), True
    return _summarise(
        model, values, coverage_probability, interval, seed, adaptive, converged, sampler.warnings
    )


def _restricted(correlations: Correlations | None, used: Sequence[InputQuantity]) -> dict:
    names = {x.name for x in used}
    return {k: v for k, v in (correlations or {}).items() if k[0] in names and k[1] in names}


class _Sampler:
    """Draws batches of all inputs; correlated inputs through a Gaussian copula (JCGM 101 6.4.8)."""

    def __init__(self, inputs: Sequence[InputQuantity], r: np.ndarray, seed: int | None) -> None:
        self.inputs = list(inputs)
        # One independent stream per batch, spawned from the seed: the same seed gives the same
        # draws however many threads run the batches (numpy SeedSequence).
        self.seeds = np.random.SeedSequence(seed)
        self.correlated = [i for i in range(len(inputs)) if np.count_nonzero(r[i]) > 1]
        self.cholesky = (
            np.linalg.cholesky(
                r[np.ix_(self.correlated, self.correlated)] + 1e-12 * np.eye(len(self.correlated))
            )
            if self.correlated
            else None
        )
        self.warnings: list[str] = []
        odd = [
            self.inputs[i].name for i in self.correlated if not self._is_gaussian(self.inputs[i])
        ]
        if odd:
            self.warnings.append(
                Phrase(
                    "Correlated inputs that are not normal ({names}) are drawn through a Gaussian "
                    "copula: their sample correlation is close to, not exactly, the r given.",
                    values={"names": ", ".join(odd)},
                )
            )

    @staticmethod
    def _is_gaussian(x: InputQuantity) -> bool:
        return x.distribution == "normal" and math.isinf(x.dof) and not x.components

    def generators(self, count: int) -> list[np.random.Generator]:
        return [np.random.Generator(np.random.SFC64(s)) for s in self.seeds.spawn(count)]

    def draw(self, rng: np.random.Generator, size: int) -> dict[str, np.ndarray]:
        drawn: dict[str, np.ndarray] = {}
        if self.cholesky is not None:
            z = self.cholesky @ rng.standard_normal((len(self.correlated), size))
            for row, i in enumerate(self.correlated):
                x = self.inputs[i]
                if self._is_gaussian(x):
                    drawn[x.name] = x.estimate + x.std_uncertainty * z[row]
                else:
                    drawn[x.name] = x.quantile(stats.norm.cdf(z[row]))
        for x in self.inputs:
            if x.name not in drawn:
                drawn[x.name] = x.sample(rng, size)
        return drawn


def _evaluate(model: Model, sampler: _Sampler, rng: np.random.Generator, size: int) -> np.ndarray:
    with np.errstate(all="ignore"):
        results = model.evaluate(sampler.draw(rng, size))
    columns = [
        np.broadcast_to(np.asarray(results[name], dtype=float), (size,)) for name in model.outputs
    ]
    return np.vstack(columns)


def _fixed(
    model: Model, sampler: _Sampler, trials: int, batch_size: int, checkpoint: Checkpoint | None
) -> np.ndarray:
    """Batches run on a small thread pool (numpy releases the GIL while it draws and computes);
    results are taken in batch order, so progress and cancellation stay on the caller's side."""
    sizes = [min(batch_size, trials - start) for start in range(0, trials, batch_size)]
    generators = sampler.generators(len(sizes))
    workers = max(1, min(os.cpu_count() or 1, 4, len(sizes)))
    batches, done = [], 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(_evaluate, model, sampler, rng, size)
            for rng, size in zip(generators, sizes, strict=True)
        ]
        try:
            for future, size in zip(futures, sizes, strict=True):
                batches.append(future.result())
                done += size
                if checkpoint is not None:
                    checkpoint(done, trials)
        finally:
            for future in futures:
                future.cancel()
    return np.concatenate(batches, axis=1)


def _adaptive(
    model: Model,
    sampler: _Sampler,
    p: float,
    digits: int,
    max_trials: int,
    checkpoint: Checkpoint | None,
) -> tuple[np.ndarray, bool]:
    """JCGM 101 7.9.4: batches of M = max(100/(1−p), 10⁴) until 2 s ≤ δ for y, u, y_low, y_high."""
    size = max(math.ceil(100.0 / (1.0 - p)), 10_000)
    batches: list[np.ndarray] = []
    summaries: list[np.ndarray] = []  # per batch: (outputs, 4) = mean, u, low, high
    while True:
        (rng,) = sampler.generators(1)
        batch = _evaluate(model, sampler, rng, size)
        batches.append(batch)
        summaries.append(np.array([_batch_summary(row, p) for row in batch]))
        done = size * len(batches)
        if checkpoint is not None:
            checkpoint(done, max(done, max_trials // 10))
        if len(batches) >= 2 and _stable(np.array(summaries), size, digits):
            return np.concatenate(batches, axis=1), True
        if done + size > max_trials:
            return np.concatenate(batches, axis=1), False


def _batch_summary(values: np.ndarray, p: float) -> np.ndarray:
    ordered = np.sort(values)
    low, high = _symmetric(ordered, p)
    return np.array([ordered.mean(), ordered.std(ddof=1), low, high])


def _stable(summaries: np.ndarray, batch_size: int, digits: int) -> bool:
    """JCGM 101 7.9.4 g-i: 2·s of the h batch results (means, u, ends) within δ of u(y)."""
    h = summaries.shape[0]
    spread = summaries.std(axis=0, ddof=1) / math.sqrt(h)  # (outputs, 4)
    for index in range(summaries.shape[1]):
        delta = numerical_tolerance(_pooled_u(summaries[:, index], batch_size), digits)
        if np.any(2.0 * spread[index] > delta):
            return False
    return True


def _pooled_u(per_batch: np.ndarray, m: int) -> float:
    """u(y) of all h·M values from the batches' means and standard deviations, exactly."""
    means, sds = per_batch[:, 0], per_batch[:, 1]
    h = means.size
    within = (m - 1) * float(np.sum(sds * sds))
    between = m * float(np.sum((means - means.mean()) ** 2))
    return math.sqrt((within + between) / (h * m - 1))


def numerical_tolerance(u: float, significant_digits: int = 2) -> float:
    """δ = ½·10^l where u written with n_dig significant digits is c·10^l (JCGM 101 7.9.2).

    >>> numerical_tolerance(0.0291)
    0.0005
    """
    if not u > 0 or not math.isfinite(u):
        return math.inf
    exponent = math.floor(math.log10(u)) - significant_digits + 1
    return 0.5 * 10.0**exponent


def _symmetric(ordered: np.ndarray, p: float) -> tuple[float, float]:
    """JCGM 101 7.7.2: y_(r) and y_(r+q), q = pM rounded, r = (M−q)/2 (or (M−q+1)/2)."""
    m = ordered.size
    q = min(m, max(1, int(p * m + 0.5)))
    r = max(1, (m - q + 1) // 2)
    return float(ordered[r - 1]), float(ordered[min(m, r + q) - 1])


def _shortest(ordered: np.ndarray, p: float) -> tuple[float, float]:
    """JCGM 101 7.7.3: the r* minimising y_(r+q) − y_(r)."""
    m = ordered.size
    q = min(m - 1, max(1, int(p * m + 0.5)))
    widths = ordered[q:] - ordered[: m - q]
    r = int(np.argmin(widths))
    return float(ordered[r]), float(ordered[r + q])


def _summarise(
    model: Model,
    values: np.ndarray,
    p: float,
    kind: str,
    seed: int | None,
    adaptive: bool,
    converged: bool,
    warnings: list[str],
) -> McmResult:
    notes = list(warnings)
    finite = np.all(np.isfinite(values), axis=0)
    if not np.all(finite):
        lost = int(values.shape[1] - np.count_nonzero(finite))
        notes.append(
            Phrase(
                "{lost} of {trials:,} trials gave no finite value (a division by zero or the log "
                "of a negative number) and were left out.",
                values={"lost": lost, "trials": values.shape[1]},
            )
        )
        values = values[:, finite]
    if values.shape[1] < 2:
        raise ModelError("The Monte Carlo trials gave no usable values.", values={})
    if adaptive and not converged:
        notes.append(
            Phrase("The adaptive Monte Carlo did not stabilise within the trial limit.", values={})
        )
    outputs = tuple(_output(name, values[i], p, kind) for i, name in enumerate(model.outputs))
    corr = np.atleast_2d(np.corrcoef(values)) if values.shape[0] > 1 else np.ones((1, 1))
    correlation = tuple(tuple(float(v) for v in row) for row in corr)
    return McmResult(
        outputs, int(values.shape[1]), seed, adaptive, converged, correlation, tuple(notes)
    )


def _output(name: str, values: np.ndarray, p: float, kind: str) -> McmOutput:
    ordered = np.sort(values)
    symmetric = CoverageInterval(*_symmetric(ordered, p), "symmetric")
    shortest = CoverageInterval(*_shortest(ordered, p), "shortest")
    counts, edges = _histogram(ordered)
    return McmOutput(
        name,
        float(ordered.mean()),
        float(ordered.std(ddof=1)),
        symmetric if kind == "symmetric" else shortest,
        symmetric,
        shortest,
        p,
        tuple(int(c) for c in counts),
        tuple(float(e) for e in edges),
    )


def _histogram(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # The outer 0.05 % on each side would stretch the axis of a heavy-tailed output.
    m = ordered.size
    low, high = ordered[int(0.0005 * (m - 1))], ordered[int(0.9995 * (m - 1))]
    if not high > low:
        low, high = ordered[0] - 0.5, ordered[-1] + 0.5
    edges = np.linspace(low, high, HISTOGRAM_BINS + 1)
    # The values are sorted already: counting is a binary search per edge, not a pass per value.
    positions = np.searchsorted(ordered, edges, side="left")
    positions[-1] = np.searchsorted(ordered, edges[-1], side="right")
    return np.diff(positions), edges


def validate_gum(gum: GumOutput, mcm: McmOutput, significant_digits: int = 2) -> Validation:
    """JCGM 101 8.2: d_low = |y − U − y_low|, d_high = |y + U − y_high|, both ≤ δ of u(y).

    The Monte Carlo interval used is the probabilistically symmetric one, as clause 8 asks.
    """
    delta = numerical_tolerance(gum.std_uncertainty, significant_digits)
    d_low = abs(gum.value - gum.expanded_uncertainty - mcm.symmetric.low)
    d_high = abs(gum.value + gum.expanded_uncertainty - mcm.symmetric.high)
    return Validation(d_low, d_high, delta, bool(d_low <= delta and d_high <= delta))


def compare_outputs(gum: Mapping[str, GumOutput], mcm: McmResult) -> dict[str, Validation]:
    """Clause 8 validation for every output both methods computed."""
    return {o.name: validate_gum(gum[o.name], o) for o in mcm.outputs if o.name in gum}
