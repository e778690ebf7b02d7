"""What SQLite alone needs to store an intake, as a ratio to the import benchmark's baseline.

bench_import.py times a 36,000-row CSV import against csv.reader + executemany of the same 13
text columns into a bare table. The register stores more than that, by design: 29 columns a
device (UUIDs, sync bookkeeping, match keys, the accent-free search text), the indexes the
register sorts and filters with, the full-text index, an outbox row a device, all committed with
synchronous=FULL. As the import does, the secondary indexes are built after the rows (the
register is empty) and the write-ahead log is left for the next write to copy back. This script
takes the very rows a CalDesk import stored and times only SQLite storing them again into a
fresh, migrated register: one executemany into devices, the full-text index and the outbox
each by one INSERT … SELECT, and the commit. No Python work per row is left in that figure, so
it is the least any importer can take on this schema; added to the baseline's own reading of the
file with csv.reader, it shows how little of the 4× target is left for checking the rows.

Run: python benchmarks/bench_import_floor.py [ROWS]
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench_import import baseline, caldesk_import  # noqa: I001
from common import best_of, report
from device_lists import device_rows, write_csv

from lab.storage import open_database

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 36_000


def stored_rows(db_path: Path) -> tuple[list[str], list[tuple]]:
    con = sqlite3.connect(db_path)
    cursor = con.execute("SELECT * FROM devices ORDER BY rowid")
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    con.close()
    return columns, rows


def sqlite_only(columns: list[str], rows: list[tuple], source: Path, db_path: Path) -> float:
    """Seconds SQLite takes to store ``rows`` again in a fresh register (setup not counted)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    open_database(db_path).close()  # migrated, empty
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA cache_size=-65536")
    con.execute("ATTACH ? AS source", (str(source),))
    con.execute("INSERT INTO customers SELECT * FROM source.customers")
    con.execute("INSERT INTO work_orders SELECT * FROM source.work_orders")
    con.execute("DETACH source")
    marks = ", ".join("?" * len(columns))
    start = time.perf_counter()
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = 'devices' AND sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    con.execute("PRAGMA wal_autocheckpoint=0")  # as the import: the next write checkpoints
    con.execute("BEGIN")
    con.execute("DROP TRIGGER devices_fts_ai")
    for name, _ in indexes:  # as the import into an empty register: indexes built after
        con.execute(f'DROP INDEX "{name}"')
    con.executemany(f"INSERT INTO devices ({', '.join(columns)}) VALUES ({marks})", rows)
    for _, sql in indexes:
        con.execute(sql)
    con.execute("INSERT INTO device_fts(rowid, search_text) SELECT rowid, search_text FROM devices")
    con.execute(
        "INSERT INTO outbox (entity, row_id, row_version, operation, recorded_at) "
        "SELECT 'devices', id, 1, 'insert', updated_at FROM devices ORDER BY rowid"
    )
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def csv_reading_only(csv_path: Path) -> None:
    """What any CSV import must do before it checks a cell: the baseline's own reading."""
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for _ in csv.reader(fh):
            pass


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv_path = write_csv(tmp / "list.csv", device_rows(ROWS))
        base = best_of(lambda: baseline(csv_path, tmp / "base.sqlite"))
        imported = tmp / "c.sqlite"
        csv_time = min(caldesk_import(csv_path, imported) for _ in range(3))
        columns, rows = stored_rows(imported)
        floor = min(sqlite_only(columns, rows, imported, tmp / "f.sqlite") for _ in range(3))
        reading = best_of(lambda: csv_reading_only(csv_path))
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
        "SQLite alone storing the same devices",
        floor,
        "s",
        "csv.reader+executemany",
        base,
        "ratio ≤ 4",
        floor <= 4 * base,
    )
    print(f"  Python's share of the import: {csv_time - floor:.3f} s ({1 - floor / csv_time:.0%})")
    # The least an importer on this schema can take: SQLite's part plus reading the file's
    # cells, with no time at all for checking them; what is left of 4× the baseline is what
    # a 36,000-row list could be checked, keyed and made searchable in.
    least = floor + reading
    print(
        f"  SQLite alone plus csv.reader alone: {least:.4f} s, ratio {least / base:.2f}; "
        f"left under the 4× target for all else: {4 * base - least:.3f} s"
    )
