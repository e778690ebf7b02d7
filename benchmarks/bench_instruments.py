"""Instrument link speed against issue 4's targets (the named baseline).

1. Over a real pseudo-terminal, the 34401A simulator answering at once: median round trip of one
   reading (``READ?`` through the driver: transport, pty, simulator thread, parse). Target 1 ms.
2. That median against the time the same bytes need on the wire at 9600 baud 8N1 (10 bits per
   character; the real 34401A frames 8N2, 11 bits, which only lowers the ratio). Target < 5 %.
3. Over ``sim://``, the per-reading cost of the whole software path. Target 0.2 ms.

Run: ``python benchmarks/bench_instruments.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from instruments.drivers.hp34401a import Hp34401a  # noqa: E402
from instruments.pty_bridge import PtyBridge  # noqa: E402
from instruments.simulators import make_simulator  # noqa: E402

BASELINE = "issue 4 targets"
TARGET_ROUND_TRIP_S = 1e-3
TARGET_SOFTWARE_SHARE = 0.05
TARGET_SIM_READING_S = 0.2e-3
BAUD = 9600
BITS_PER_CHARACTER_8N1 = 10


def median_seconds(action, rounds: int) -> float:
    for _ in range(min(200, rounds)):  # warm up caches and the simulator thread
        action()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def wire_seconds(sent: str, received: str, bits_per_character: int) -> float:
    return (len(sent) + len(received)) * bits_per_character / BAUD


def bench_pty(rounds: int) -> tuple[float, float, int]:
    with PtyBridge(make_simulator("hp34401a", seed=1, time_scale=0.0)) as bridge:
        dmm = Hp34401a.open(bridge.path, timeout=2.0)
        dmm.configure("DCV")
        reply = dmm.transport.query("READ?")
        median = median_seconds(lambda: dmm.reading, rounds)
        dmm.close()
    sent, received = "READ?\n", reply + "\r\n"
    return median, wire_seconds(sent, received, BITS_PER_CHARACTER_8N1), len(sent + received)


def bench_sim(rounds: int) -> float:
    dmm = Hp34401a.open("sim://hp34401a?seed=1&time_scale=0", timeout=2.0)
    dmm.read("DCV")
    median = median_seconds(lambda: dmm.read("DCV"), rounds)
    dmm.close()
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3000)
    rounds = parser.parse_args().rounds
    round_trip, wire, characters = bench_pty(rounds)
    share = round_trip / wire
    per_reading = bench_sim(rounds)
    print(f"baseline: {BASELINE}; {rounds} rounds each, medians")
    print(
        f"pty DMM round trip (READ?): {round_trip * 1e3:.3f} ms; target "
        f"{TARGET_ROUND_TRIP_S * 1e3:.1f} ms; ratio {round_trip / TARGET_ROUND_TRIP_S:.2f}"
    )
    print(
        f"wire time at {BAUD} baud 8N1 for the same {characters} bytes: {wire * 1e3:.2f} ms; "
        f"software adds {share * 100:.2f} %; target < {TARGET_SOFTWARE_SHARE * 100:.0f} %; "
        f"ratio {share / TARGET_SOFTWARE_SHARE:.2f}"
    )
    print(
        f"sim:// per-reading overhead (driver.read): {per_reading * 1e3:.4f} ms; target "
        f"{TARGET_SIM_READING_S * 1e3:.1f} ms; ratio {per_reading / TARGET_SIM_READING_S:.2f}"
    )
    met = (
        round_trip <= TARGET_ROUND_TRIP_S
        and share < TARGET_SOFTWARE_SHARE
        and per_reading <= TARGET_SIM_READING_S
    )
    print("all targets met" if met else "TARGET MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
