"""Issue 2 targets: a 36,000-row CSV device list imports in ≤ 4× the baseline (csv.reader +
sqlite3 executemany of the same columns in one transaction); the same rows as XLSX in ≤ 2× the
CSV import.

Run: python benchmarks/bench_import.py [ROWS]
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import best_of, report  # noqa: I001
from device_lists import HEADER, device_rows, write_csv, write_xlsx

from lab.intake import import_device_list
from lab.storage import open_database


def baseline(csv_path: Path, db_path: Path) -> None:
    """Read with csv.reader, insert the same columns with executemany, one transaction."""
    db_path.unlink(missing_ok=True)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADER)))
    con.execute(f"CREATE TABLE devices ({columns})")
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        marks = ", ".join("?" * len(HEADER))
        with con:
            con.executemany(f"INSERT INTO devices VALUES ({marks})", reader)
    con.close()


def forget_parsed_values() -> None:
    """Empty the memoised parsers (ranges, dates, units, names): as for the first list a
    freshly started CalDesk takes in. Later lists find the makers, units and dates they share
    with earlier ones already parsed."""
    import lab.devices
    import lab.importing.devices
    import lab.importing.headers
    import lab.importing.measurement
    import lab.importing.numbers
    import lab.importing.values
    import lab.storage.text

    modules = (
        lab.devices, lab.importing.devices, lab.importing.headers, lab.importing.measurement,
        lab.importing.numbers, lab.importing.values, lab.storage.text,
    )  # fmt: skip
    for module in modules:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def caldesk_import(path: Path, db_path: Path, *, cold: bool = False) -> float:
    """Seconds for one import into a fresh database (opening the database not counted);
    ``cold``: with the parsers' memory emptied first (:func:`forget_parsed_values`)."""
    if cold:
        forget_parsed_values()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db = open_database(db_path)
    start = time.perf_counter()
    with db.session() as session:
        result = import_device_list(session, path, "Khách hàng lớn")
    elapsed = time.perf_counter() - start
    db.close()
    assert result.imported == ROWS and result.rejected == 0, result
    return elapsed


ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 36_000

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows = device_rows(ROWS)
        csv_path = write_csv(tmp / "list.csv", rows)
        xlsx_path = write_xlsx(tmp / "list.xlsx", rows)
        base = best_of(lambda: baseline(csv_path, tmp / "base.sqlite"))
        csv_cold = min(caldesk_import(csv_path, tmp / "c.sqlite", cold=True) for _ in range(3))
        csv_time = min(caldesk_import(csv_path, tmp / "c.sqlite") for _ in range(3))
        xlsx_time = min(caldesk_import(xlsx_path, tmp / "x.sqlite") for _ in range(3))
    print(f"{ROWS} rows")
    report(
        "CSV import",
        csv_time,
        "s",
        "csv.reader+executemany",
        base,
        "ratio ≤ 4",
        csv_time <= 4 * base,
    )
    report(
        "CSV import, parsers' memory emptied first (a freshly started CalDesk)",
        csv_cold,
        "s",
        "csv.reader+executemany",
        base,
        "ratio ≤ 4",
        csv_cold <= 4 * base,
    )
    report(
        "XLSX import",
        xlsx_time,
        "s",
        "CalDesk CSV import",
        csv_time,
        "ratio ≤ 2",
        xlsx_time <= 2 * csv_time,
    )
