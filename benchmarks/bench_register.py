"""Issue 2 targets with 360,000 devices (ten years) in the register:
- a search returns its first page in ≤ 50 ms (median);
- the register shows its first rows ≤ 300 ms after opening;
- the register's memory does not grow with the number of devices beyond one id list.

Run: python benchmarks/bench_register.py [DEVICES]   (the database is built once and kept in
the system's temp folder; delete it to rebuild)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

from common import report  # noqa: I001

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lab.importing import DeviceRecord  # noqa: E402
from lab.intake import register_devices  # noqa: E402
from lab.register import (  # noqa: E402
    DeviceQuery,
    RowIdStream,
    SortKey,
    _row_ids_sql,
    count_devices,
    device_rows,
)
from lab.storage import open_database  # noqa: E402
from ui.models.device_table import FIRST_CHUNK, PAGE_SIZE  # noqa: E402

DEVICES = int(sys.argv[1]) if len(sys.argv) > 1 else 360_000
PER_CUSTOMER = 36_000
KINDS = (
    ("Đồng hồ vạn năng", "Fluke", "87V", "V"),
    ("Cân phân tích", "Mettler Toledo", "ME204", "g"),
    ("Đồng hồ áp suất", "Wika", "213.53", "bar"),
    ("Nhiệt kế điện tử", "Testo", "720", "degC"),
    ("Thước cặp điện tử", "Mitutoyo", "500-196-30", "mm"),
    ("Nhiệt ẩm kế", "Testo", "608-H1", "degC"),
)
SEARCHES = ("nhiet ke", "fluke 87", "SN0012", "can phan tich", "TS-0042", "wika", "mettler me2")


def records(customer: int, count: int) -> list[DeviceRecord]:
    out = []
    for n in range(count):
        name, maker, model, unit = KINDS[(n + customer) % len(KINDS)]
        out.append(DeviceRecord(
            line=n + 1, name=name, kind=None, manufacturer=maker, model=model,
            serial=f"SN{customer:02d}{n:06d}", asset_tag=f"TS-{customer:02d}{n:06d}",
            range_min=0.0, range_max=100.0, unit=unit, resolution=0.1, accuracy="Cấp 1",
            interval_months=12, last_calibrated=date(2016 + customer % 10, 1 + n % 12, 1 + n % 28),
            location="Kho", notes=None,
        ))  # fmt: skip
    return out


def build(path: Path, total: int) -> None:
    db = open_database(path)
    with db.read_session() as s:
        have = count_devices(s)
    customer = have // PER_CUSTOMER
    while have < total:
        batch = min(PER_CUSTOMER, total - have)
        with db.session() as s:
            register_devices(s, f"Khách hàng {customer:02d}", records(customer, batch), source="b")
        have += batch
        customer += 1
        print(f"  built {have} devices", flush=True)
    db.close()


def search_first_page(db, text: str, sort: SortKey = SortKey.REGISTERED) -> int:
    """What the register does when a search is typed: read the first chunk of row numbers,
    then the first page of rows (the rest of the list streams in afterwards)."""
    stream = RowIdStream(db, DeviceQuery(search=text, sort=sort))
    ids = stream.next_chunk(FIRST_CHUNK)
    stream.close()
    with db.read_session() as s:
        device_rows(s, ids[:PAGE_SIZE])
    return len(ids)


SORTS = (SortKey.LAB_ID, SortKey.NAME, SortKey.DUE_DATE, SortKey.LAST_CALIBRATED)


def sorted_first_page(db, sort: SortKey) -> float:
    """Seconds from a click on a column header to the first page of the whole register in that
    order (the median of five), and the query plan SQLite chose for it."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        search_first_page(db, "", sort)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def sort_plan(db, sort: SortKey) -> str:
    sql, params = _row_ids_sql(DeviceQuery(sort=sort))
    with db.read_session() as s:
        rows = s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return " / ".join(row[3] for row in rows)


def first_rows_after_opening(path: Path) -> float:
    """From opening the database to the register pane showing its first row, in seconds."""
    from ui.context import PaneContext
    from ui.panes.devices import DevicesPane
    from ui.qt import QApplication, QEvent, QObject

    class FirstPaint(QObject):
        at: float | None = None

        def eventFilter(self, watched, event):  # noqa: N802, ANN001
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.perf_counter()
            return False

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    db = open_database(path)
    pane = DevicesPane(PaneContext(database=db))
    probe = FirstPaint()
    pane.table.viewport().installEventFilter(probe)
    pane.resize(1200, 700)
    pane.show()
    while probe.at is None:
        app.processEvents()
    assert pane.model.index(0, 0).data(), "no first row"
    elapsed = probe.at - start  # the table painted its first rows
    pane.close()
    db.close()
    return elapsed


def model_memory(path: Path) -> tuple[int, int]:
    """Bytes the register model holds after reading the whole register and scrolling."""
    from ui.models.device_table import DeviceTableModel
    from ui.qt import QApplication

    QApplication.instance() or QApplication([])
    db = open_database(path)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    model = DeviceTableModel(db)
    model.refresh()
    model.load_all()
    for row in range(0, model.rowCount(), max(1, model.rowCount() // 50)):
        model.device_at(row)  # scroll through: pages come and go
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    used = sum(s.size_diff for s in after.compare_to(before, "filename"))
    rows = model.rowCount()
    db.close()
    return used, rows


if __name__ == "__main__":
    path = Path(tempfile.gettempdir()) / f"caldesk-bench-{DEVICES}.sqlite"
    build(path, DEVICES)
    db = open_database(path)
    for text in SEARCHES:  # warm the page cache the way a working day would
        search_first_page(db, text)
    times = []
    for _ in range(5):
        for text in SEARCHES:
            start = time.perf_counter()
            search_first_page(db, text)
            times.append(time.perf_counter() - start)
    by_lab_id = []
    for text in SEARCHES:
        start = time.perf_counter()
        search_first_page(db, text, SortKey.LAB_ID)
        by_lab_id.append(time.perf_counter() - start)
    sorted_pages = {sort: (sorted_first_page(db, sort), sort_plan(db, sort)) for sort in SORTS}
    db.close()
    median_search = statistics.median(times)
    opening = min(first_rows_after_opening(path) for _ in range(3))
    small_path = Path(tempfile.gettempdir()) / "caldesk-bench-36000.sqlite"
    build(small_path, 36_000)
    small_bytes, small_rows = model_memory(small_path)
    big_bytes, big_rows = model_memory(path)
    print(f"{DEVICES} devices in the register")
    report(
        "search, first page (median)",
        median_search * 1000,
        "ms",
        "target",
        50,
        "≤ 50 ms",
        median_search <= 0.050,
    )
    report(
        "first rows after opening",
        opening * 1000,
        "ms",
        "target",
        300,
        "≤ 300 ms",
        opening <= 0.300,
    )
    for sort, (seconds, plan) in sorted_pages.items():
        report(
            f"register sorted by {sort.value}, first page (median)",
            seconds * 1000,
            "ms",
            "search target",
            50,
            "≤ 50 ms, as a search",
            seconds <= 0.050,
        )
        print(f"  plan: {plan}")
    growth = (big_bytes - small_bytes) / (big_rows - small_rows)
    report(
        "register model memory growth per device",
        growth,
        "bytes",
        "one id (int64)",
        8,
        "≈ one id per device",
        growth <= 16,
    )
    print(
        f"  model: {small_bytes / 1e6:.2f} MB at {small_rows} devices, "
        f"{big_bytes / 1e6:.2f} MB at {big_rows} devices"
    )
