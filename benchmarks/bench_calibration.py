"""A 20-point automatic DC voltage calibration on the simulators with zero settling time, against
issue 6's targets (the named baseline): ≤ 2 s for the whole run, and the GUI thread never blocked
for more than 50 ms while the Calibrate pane runs it.

What is timed is what the technician waits for: the draft saved, the simulated 5520A and DMM
opened, then per point the output sourced and settled, five stable readings taken, the budget
evaluated by the engine and the point saved in its own transaction (fsync'd: synchronous=FULL),
and the calibration marked measured. The procedure is the shipped DC voltage one with 20 points.

The GUI figure is a timer probe: a 5 ms QTimer on the GUI thread records the longest gap between
its ticks while the pane's worker takes the 20 points and the pane redraws the table and plot
after each one, and the technician's "Finish: not adjusted" at the end (Qt offscreen).

Run: ``python benchmarks/bench_calibration.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import report  # noqa: E402

BASELINE = "issue 6 target"
TARGET_S = 2.0
TARGET_GUI_GAP_S = 0.050
POINTS_V = [0.1, 0.2, 0.5, 1, 2, 3, 5, 10, 15, 20, 30, 50, 100, 150, 200, 300, 500, 700, 800, 900]


def twenty_point_procedures(folder: Path) -> None:
    from lab.calibration.procedures import PROCEDURES_DIR

    data = json.loads((PROCEDURES_DIR / "dmm-dc-voltage.v1.json").read_text(encoding="utf-8"))
    data["points"] = {"nominal": POINTS_V}
    (folder / "dmm-dc-voltage.v1.json").write_text(json.dumps(data), encoding="utf-8")


def one_run(db, technician, lab_id: str) -> float:
    from lab.calibration.procedures import find_procedure
    from lab.calibration.runner import run_points, simulated_bench
    from lab.calibration.runs import Environment, start_calibration

    start = time.perf_counter()
    with db.session(actor=technician) as session:
        plan = start_calibration(
            session, technician, lab_id, find_procedure("dmm-dc-voltage"), Environment(23, 50)
        )
    bench = simulated_bench(db, plan, time_scale=0.0)
    try:
        outcome = run_points(db, technician, plan.calibration_id, bench)
    finally:
        bench.close()
    elapsed = time.perf_counter() - start
    assert len(outcome.points) == len(POINTS_V)
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "procedures").mkdir()
        twenty_point_procedures(folder / "procedures")
        os.environ["CALDESK_PROCEDURES"] = str(folder / "procedures")
        from sqlalchemy import select

        from lab.demo import load_demo_lab
        from lab.storage import open_database
        from lab.storage.models import Device
        from lab.users import create_demo_users, log_in

        db = open_database(folder / "bench.sqlite")
        with db.session() as session:
            load_demo_lab(session, devices_per_customer=10)
            create_demo_users(session)
            lab_id = session.scalars(
                select(Device.lab_id).where(Device.kind == "multimeter").limit(1)
            ).one()
        technician = log_in(db, "an.nv", "demo-tech-2026")
        one_run(db, technician, lab_id)  # warm-up: imports, first connections
        best = min(one_run(db, technician, lab_id) for _ in range(3))
        gap, took = longest_gui_gap(db, technician, lab_id)
        db.close()
    report(
        "20-point DC voltage run on simulators (best of 3)",
        best, "s", BASELINE, TARGET_S, f"≤ {TARGET_S:g} s", best <= TARGET_S,
    )  # fmt: skip
    report(
        f"longest GUI-thread gap during a 20-point run in the Calibrate pane ({took:.2f} s)",
        gap * 1000, "ms", BASELINE, TARGET_GUI_GAP_S * 1000, f"≤ {TARGET_GUI_GAP_S * 1000:g} ms",
        gap <= TARGET_GUI_GAP_S,
    )  # fmt: skip


def longest_gui_gap(db, technician, lab_id: str) -> tuple[float, float]:
    """The longest time the GUI thread did not get to run a 5 ms timer during a pane run."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.context import PaneContext
    from ui.panes.calibrate import CalibratePane
    from ui.qt import QApplication, QTimer

    app = QApplication.instance() or QApplication([])
    pane = CalibratePane(PaneContext(database=db, user=technician, demo=True))
    pane.resize(1100, 760)
    pane.show()
    run = pane.run
    run.device_edit.setText(lab_id)
    run.device_edit.editingFinished.emit()
    run.to_environment.click()
    run.start_button.click()
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    app.processEvents()
    started = time.perf_counter()
    ticks.append(started)
    run.measure_button.click()
    while run.stack.currentIndex() != 3 and time.perf_counter() - started < 60:
        if run.finish_button.isVisible():  # every point taken as found: not adjusted, finish
            run.finish_button.click()
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - started
    probe.stop()
    if run.stack.currentIndex() != 3:
        raise RuntimeError(f"the pane's run did not finish: {run.message.text()}")
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    pane.close()
    return max(gaps), took


if __name__ == "__main__":
    main()
