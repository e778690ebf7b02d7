"""Realistic device lists for benchmarks: Vietnamese headers, the kinds a lab calibrates."""

from __future__ import annotations

import csv
import random
from pathlib import Path

HEADER = [
    "STT", "Tên thiết bị", "Hãng sản xuất", "Model", "Số sê-ri", "Mã tài sản", "Phạm vi đo",
    "Độ phân giải", "Cấp chính xác", "Chu kỳ hiệu chuẩn", "Ngày hiệu chuẩn", "Vị trí", "Ghi chú",
]  # fmt: skip
KINDS = [
    ("Đồng hồ vạn năng", "Fluke", "87V", "0 – 1000 V", "0,001", "±(0,05 % + 1 d)"),
    ("Cân phân tích", "Mettler Toledo", "ME204", "0~220 g", "0,0001", "Cấp I"),
    ("Đồng hồ áp suất", "Wika", "213.53", "(0 ÷ 10) bar", "0,2", "Cấp 1,6"),
    ("Nhiệt kế điện tử", "Testo", "720", "-50...150 °C", "0,1", "±0,2 °C"),
    ("Thước cặp điện tử", "Mitutoyo", "500-196-30", "0 - 150 mm", "0,01", "±0,02 mm"),
    ("Áp kế", "Yamaki", "AT 100", "0 ~ 1 MPa", "0,02", "Cấp 1,6"),
]


def device_rows(count: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        name, maker, model, rng_text, res, acc = KINDS[n % len(KINDS)]
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025))
        rows.append([
            str(n + 1), name, maker, model, f"SN{n:07d}", f"TS-{n:06d}", rng_text, res, acc,
            f"{rng.choice((6, 12, 24))} tháng", f"{day:02d}/{month:02d}/{year}",
            rng.choice(("Phòng QC", "Xưởng 1", "Kho")), "",
        ])  # fmt: skip
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
