"""The demo lab: a provincial metrology centre's customers and the devices they send in.

Deterministic (seeded), so a screenshot of the demo looks the same on every machine. Last
calibration dates spread over two years, so the register shows overdue and soon-due devices.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lab.calibration.demo_standards import load_demo_standards
from lab.importing import DeviceRecord
from lab.intake import register_devices
from lab.storage.models import LabSetting

DEMO_FLAG = "demo_lab_loaded"

LAB_SETTINGS = {
    "lab_name_vi": "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Bình An",
    "lab_name_en": "Binh An Centre for Standards, Metrology and Quality",
    "lab_address": "12 Đường Trần Hưng Đạo, Phường 1, Thành phố Bình An, Việt Nam",
    "lab_accreditation": "VILAS 999 (ISO/IEC 17025:2017)",
}

CUSTOMERS = (
    "Công ty TNHH Nhựa Bình An",
    "Công ty Cổ phần Thực phẩm Sông Hậu",
    "Bệnh viện Đa khoa Tỉnh",
    "Nhà máy Xi măng Hòa Phát Bình An",
    "Công ty Điện lực Bình An",
    "Trường Đại học Kỹ thuật Bình An",
    "Công ty TNHH Dược phẩm Mekong",
    "Xí nghiệp Cơ khí Số 3",
)

# (kind, name, manufacturer, model, range_min, range_max, unit, resolution, accuracy, interval)
MODELS = (
    ("multimeter", "Đồng hồ vạn năng", "Fluke", "87V", 0, 1000, "V", 0.001, "±(0.05 % + 1 d)", 12),
    ("multimeter", "Đồng hồ vạn năng", "Fluke", "179", 0, 1000, "V", 0.001, "±(0.09 % + 2 d)", 12),
    ("multimeter", "Đồng hồ vạn năng", "Hioki", "DT4282", 0, 1000, "V", 0.0001, "±0.025 %", 12),
    ("multimeter", "Đồng hồ vạn năng", "Keysight", "U1252B", 0, 1000, "V", 0.0001, "±0.025 %", 12),
    ("balance", "Cân phân tích", "Mettler Toledo", "ME204", 0, 220, "g", 0.0001, "Cấp I", 12),
    ("balance", "Cân kỹ thuật", "Ohaus", "PX3202", 0, 3200, "g", 0.01, "Cấp II", 12),
    ("balance", "Cân phân tích", "Shimadzu", "AUX220", 0, 220, "g", 0.0001, "Cấp I", 12),
    ("balance", "Cân bàn điện tử", "Sartorius", "Entris 8201", 0, 8200, "g", 0.1, "Cấp II", 12),
    ("pressure gauge", "Đồng hồ áp suất", "Wika", "213.53", 0, 10, "bar", 0.2, "Cấp 1.6", 12),
    ("pressure gauge", "Đồng hồ áp suất", "Wika", "232.50", 0, 16, "bar", 0.5, "Cấp 1.0", 12),
    ("pressure gauge", "Áp kế", "Yamaki", "AT 100", 0, 1, "MPa", 0.02, "Cấp 1.6", 6),
    ("thermometer", "Nhiệt kế điện tử", "Testo", "720", -50, 150, "degC", 0.1, "±0.2 °C", 12),
    ("thermometer", "Nhiệt kế hiện số", "Fluke", "51 II", -200, 1372, "degC", 0.1, "±0.05 %", 12),
    ("thermometer", "Nhiệt kế thủy tinh", "Amarell", "G10200", 0, 100, "degC", 0.1, "±0.2 °C", 24),
    ("thermohygrometer", "Nhiệt ẩm kế", "Testo", "608-H1", 0, 50, "degC", 0.1, "±0.5 °C", 12),
    ("caliper", "Thước cặp điện tử", "Mitutoyo", "500-196-30", 0, 150, "mm", 0.01, "±0.02 mm", 12),
)

LOCATIONS = ("Phòng QC", "Xưởng sản xuất", "Phòng thí nghiệm", "Kho", "Phòng kỹ thuật")


def demo_records(customer_index: int, count: int, rng: random.Random, today: date) -> list:
    records = []
    for n in range(count):
        kind, name, maker, model, lo, hi, unit, res, acc, interval = rng.choice(MODELS)
        last = today - timedelta(days=rng.randint(15, 400))
        records.append(
            DeviceRecord(
                line=n + 1,
                name=name,
                kind=kind,
                manufacturer=maker,
                model=model,
                serial=f"{maker[:2].upper()}{rng.randint(10**6, 10**7 - 1)}",
                asset_tag=f"TS-{customer_index + 1:02d}-{n + 1:04d}",
                range_min=float(lo),
                range_max=float(hi),
                unit=unit,
                resolution=res,
                accuracy=acc,
                interval_months=interval,
                last_calibrated=last,
                location=rng.choice(LOCATIONS),
                notes=None,
            )
        )
    return records


def demo_loaded(session: Session) -> bool:
    return session.get(LabSetting, DEMO_FLAG) is not None


def load_demo_lab(
    session: Session, *, devices_per_customer: int = 40, seed: int = 2026, today: date | None = None
) -> int:
    """Fill the database with the demo lab; returns the number of devices registered.

    Loading twice adds nothing the second time.
    """
    today = today or date.today()
    # Standards first, and on every load: a demo database made before there were standards
    # gets them too.
    load_demo_standards(session, today)
    if demo_loaded(session):
        return 0
    rng = random.Random(seed)
    for key, value in LAB_SETTINGS.items():
        if session.get(LabSetting, key) is None:
            session.add(LabSetting(key=key, value=value))
    total = 0
    for index, customer in enumerate(CUSTOMERS):
        records = demo_records(index, devices_per_customer, rng, today)
        register_devices(session, customer, records, source="demo lab", imported_by="demo")
        total += len(records)
    session.add(LabSetting(key=DEMO_FLAG, value=True, note="filled by load_demo_lab"))
    return total


def lab_settings(session: Session) -> dict:
    return {s.key: s.value for s in session.scalars(select(LabSetting))}
