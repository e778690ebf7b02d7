"""How fast a 36,000-row device list is read and checked (issue 2, Build item 3; the parsing half
of the import benchmark: read_table + find_header + parse_devices, no database).

    python benchmarks/bench_import_parsing.py [--rows 36000] [--repeat 5] [--xlsx]

Prints the median time against two figures: the target of 0.4 s, and the baseline — the same file
read with the standard library's ``csv.reader`` into lists of strings, nothing checked — as a ratio.
The list is the demo sample list repeated with fresh serial numbers and asset tags, so ranges,
units and dates repeat the way they do in a real year of intake. With ``--xlsx`` the same rows
are also written as a workbook (openpyxl, slow to write) and its median is printed as a ratio to
the CSV's.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lab.importing import find_header, parse_devices, read_table  # noqa: E402
from resources.demo.make_samples import HEADERS, TITLE_ROWS, device_rows  # noqa: E402

TARGET_SECONDS = 0.4


def write_big_list(path: Path, rows: int) -> None:
    """A UTF-8 semicolon CSV of ``rows`` devices made from the sample list's good rows."""
    samples = [row for row in device_rows() if row[0].isdigit() and row[1]]
    samples = [row for row in samples if "barr" not in row[6] and "/02/" not in row[10][:6]]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerows([list(title) for title in TITLE_ROWS])
        writer.writerow(HEADERS)
        for number in range(1, rows + 1):
            sample = list(samples[number % len(samples)])
            sample[0] = str(number)
            sample[4] = f"{sample[4]}-{number:06d}"
            sample[5] = f"TS-{number:06d}"
            writer.writerow(sample)


def write_big_workbook(csv_path: Path, path: Path) -> None:
    """The same rows as an XLSX, row numbers and short numbers as Excel numbers."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Thiết bị")
    with csv_path.open(encoding="utf-8", newline="") as stream:
        for row in csv.reader(stream, delimiter=";"):
            sheet.append([int(cell) if cell.isdigit() and len(cell) < 6 else cell for cell in row])
    workbook.save(path)


def parse_once(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    table = read_table(path)
    parsed = parse_devices(table, find_header(table))
    return time.perf_counter() - started, len(parsed.records)


def baseline_once(path: Path) -> float:
    started = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=36_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--xlsx", action="store_true", help="also time the same rows as XLSX")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big_list.csv"
        write_big_list(path, args.rows)
        # Each run is a fresh import, but the memoised value parsers stay warm within one
        # process as they would in the running app; the first run shows the cold figure.
        runs = [parse_once(path) for _ in range(args.repeat)]
        baselines = [baseline_once(path) for _ in range(args.repeat)]
        if args.xlsx:
            workbook = Path(folder) / "big_list.xlsx"
            write_big_workbook(path, workbook)
            workbook_runs = [parse_once(workbook)[0] for _ in range(args.repeat)]
    cold, records = runs[0]
    median = statistics.median(seconds for seconds, _ in runs)
    baseline = statistics.median(baselines)
    print(f"rows: {args.rows}, records accepted: {records}")
    print(f"read_table + find_header + parse_devices: cold {cold:.3f} s, median {median:.3f} s")
    print(f"target {TARGET_SECONDS:.3f} s: ratio {median / TARGET_SECONDS:.2f} (≤ 1.00 meets it)")
    print(f"baseline csv.reader only {baseline:.3f} s: ratio {median / baseline:.1f}×")
    if args.xlsx:
        workbook_median = statistics.median(workbook_runs)
        ratio = workbook_median / median
        print(f"same rows as XLSX: median {workbook_median:.3f} s, {ratio:.2f}× the CSV")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
