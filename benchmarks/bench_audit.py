"""How long ``audit verify`` takes on a trail of 100,000 audited changes (issue 5 quality bar:
≤ 2 s). Prints the time and its ratio to that 2 s baseline; below 1.0 meets the bar.

The trail is built through the real sealing path (:func:`lab.storage.audit_chain.append_events`,
as the change listener calls it) with events shaped like device edits: a field, old → new, a
reason. Run: ``python benchmarks/bench_audit.py [--events N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lab.audit import verify_chain  # noqa: E402
from lab.storage import open_database  # noqa: E402
from lab.storage.audit_chain import EventDraft, append_events  # noqa: E402

BASELINE_SECONDS = 2.0  # issue 5: 100,000 events verify in at most 2 s
BATCH = 10_000


def _drafts(start: int, count: int) -> list[EventDraft]:
    return [
        EventDraft(
            actor="an.nv",
            action="update",
            entity="devices",
            record_id=f"00000000-0000-4000-8000-{i % 5000:012d}",
            changes={"location": [f"Kệ {i % 40}", f"Kệ {(i + 1) % 40}"], "status": ["in", "out"]},
            reason="chuyển kệ sau hiệu chuẩn",
        )
        for i in range(start, start + count)
    ]


def build(path: Path, events: int) -> None:
    database = open_database(path)
    for start in range(0, events, BATCH):
        with database.session() as session:
            append_events(session, _drafts(start, min(BATCH, events - start)))
    database.close()


def measure(path: Path, repeats: int) -> tuple[float, float, int]:
    """Median wall-clock and CPU seconds of one verification (CPU shows a busy machine's share)."""
    times, cpu, count = [], [], 0
    for _ in range(repeats):
        database = open_database(path)  # a fresh connection each time: no warm session
        started, cpu_started = time.perf_counter(), time.process_time()
        with database.read_session() as session:
            result = verify_chain(session)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
        database.close()
        if not result.intact:
            raise SystemExit(f"benchmark trail is broken: {result.sentence()}")
        count = result.events
    return statistics.median(times), statistics.median(cpu), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench-audit.sqlite"
        started = time.perf_counter()
        build(path, args.events)
        built = time.perf_counter() - started
        seconds, cpu_seconds, count = measure(path, args.repeats)
    print(f"built {count} chained audit events in {built:.1f} s")
    print(
        f"audit verify: {count} events in {seconds:.3f} s wall, {cpu_seconds:.3f} s CPU "
        f"(median of {args.repeats}); ratio to the {BASELINE_SECONDS:.0f} s baseline: "
        f"{seconds / BASELINE_SECONDS:.2f} (wall), {cpu_seconds / BASELINE_SECONDS:.2f} (CPU)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
