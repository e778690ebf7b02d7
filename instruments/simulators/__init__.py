"""The simulated bench: one deterministic simulator per driver, by name.

``sim://hp34401a?seed=1`` builds :class:`~instruments.simulators.hp34401a.Hp34401aSimulator`
with seed 1. Parameters: ``seed`` (int), ``time_scale`` (float, 0 answers at once), ``fault``,
``after``, ``seconds`` (see :class:`~instruments.simulators.base.Fault`), ``bench`` (keep one
instrument's state across connections).
"""

from __future__ import annotations

import threading

from instruments.simulators.base import Fault, Simulator
from instruments.simulators.fluke5520a import Fluke5520aSimulator
from instruments.simulators.hart_drywell import HartDryWellSimulator
from instruments.simulators.hp34401a import Hp34401aSimulator
from instruments.simulators.mt_sics import MtSicsBalanceSimulator

SIMULATORS: dict[str, type[Simulator]] = {
    cls.name: cls
    for cls in (
        Hp34401aSimulator,
        Fluke5520aSimulator,
        MtSicsBalanceSimulator,
        HartDryWellSimulator,
    )
}

_bench: dict[tuple[str, str], Simulator] = {}
_bench_lock = threading.Lock()


def simulator_urls() -> list[str]:
    """The ``sim://`` URLs the app offers next to the machine's real ports.

    >>> simulator_urls()[0]
    'sim://hp34401a'
    """
    return [f"sim://{name}" for name in SIMULATORS]


def make_simulator(name: str, *, seed: int = 0, time_scale: float = 1.0) -> Simulator:
    try:
        cls = SIMULATORS[name.lower()]
    except KeyError:
        known = ", ".join(SIMULATORS)
        raise ValueError(f"there is no simulator called {name!r}; known: {known}") from None
    return cls(seed=seed, time_scale=time_scale)


def simulator_from_query(name: str, query: dict[str, str]) -> tuple[Simulator, Fault | None]:
    """Build (or find on the bench) the simulator a ``sim://`` URL names, with its fault."""
    try:
        seed = int(query.get("seed", 0))
        time_scale = float(query.get("time_scale", 1.0))
        after = int(query.get("after", 0))
        seconds = float(query.get("seconds", 0.5))
    except ValueError as exc:
        raise ValueError(f"a sim:// parameter is not a number: {exc}") from None
    bench = query.get("bench")
    if bench is None:
        simulator = make_simulator(name, seed=seed, time_scale=time_scale)
    else:
        with _bench_lock:
            key = (name.lower(), bench)
            if key not in _bench:
                _bench[key] = make_simulator(name, seed=seed, time_scale=time_scale)
            simulator = _bench[key]
    fault = Fault(query["fault"], after, seconds) if "fault" in query else None
    return simulator, fault


def bench_simulator(name: str, bench: str) -> Simulator:
    """The simulated instrument a ``sim://NAME?bench=B`` connection talks to."""
    with _bench_lock:
        return _bench[(name.lower(), bench)]


def wire_calibrator_to_dmm(calibrator: Fluke5520aSimulator, dmm: Hp34401aSimulator) -> None:
    """The test leads from the 5520A's output terminals to the meter's DC voltage input: the
    meter sees the selected DC volts while the calibrator operates, and 0 V in standby."""

    def terminals() -> float:
        out = calibrator.output
        live = calibrator.operating and out.unit == "V" and out.frequency == 0
        return out.amplitude if live else 0.0

    dmm.connect_input("VOLT", terminals)
