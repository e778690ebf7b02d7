"""The demo lab's reference standards: one of each kind the shipped procedures need, valid for
months, and an older calibrator whose certificate has expired (to show the refusal).

Certified values are typical of such certificates (a 5520A's DC voltage uncertainty in ppm, OIML
E2 weights with U ≤ MPE/3 per OIML R 111-1 table 1, a dry-well's correction and uncertainty).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from lab.calibration.standards import add_standard, find_standard

VMI = "Viện Đo lường Việt Nam (VMI), VILAS 001"
QUATEST3 = "QUATEST 3, VILAS 004"

# (nominal g, conventional mass correction g, U g at k = 2): OIML E2.
_WEIGHTS = (
    (1, 0.000003, 0.000004),
    (10, -0.000005, 0.000008),
    (50, 0.000010, 0.000010),
    (100, 0.000012, 0.000016),
    (200, -0.000020, 0.000030),
    (500, 0.000040, 0.000080),
    (1000, -0.00006, 0.00016),
    (2000, 0.00010, 0.00030),
    (5000, -0.00020, 0.00080),
)
_DRY_WELL = ((0, 0.03, 0.06), (25, 0.02, 0.06), (50, -0.01, 0.07), (100, -0.04, 0.09))


def demo_standards(today: date) -> list[dict]:
    def cert(months_ago: int, valid_days: int) -> dict:
        calibrated = today - timedelta(days=30 * months_ago)
        return {"calibrated_on": calibrated, "valid_until": today + timedelta(days=valid_days)}

    return [
        dict(
            code="CAL-5520A-01", name="Máy hiệu chuẩn đa năng", quantity="DC voltage",
            role="calibrator", manufacturer="Fluke", model="5520A", serial="9385011",
            certificate_number="VMI-DC-2026-0412", calibrated_by=VMI, unit="V",
            certified={"relative_U": 12e-6, "floor_U": 2e-6, "k": 2.0, "drift": 5e-6},
            driver="fluke5520a", port="sim://fluke5520a", **cert(5, 210),
        ),
        dict(
            code="CAL-5500A-02", name="Máy hiệu chuẩn đa năng (cũ)", quantity="DC voltage",
            role="calibrator", manufacturer="Fluke", model="5500A", serial="7101342",
            certificate_number="VMI-DC-2025-0198", calibrated_by=VMI, unit="V",
            certified={"relative_U": 30e-6, "floor_U": 5e-6, "k": 2.0, "drift": 10e-6},
            driver="fluke5520a", port="sim://fluke5520a", **cert(13, -20),
        ),
        dict(
            code="W-E2-01", name="Bộ quả cân chuẩn E2 1 g – 5 kg", quantity="mass",
            role="weights", manufacturer="Kern", model="E2 set 1 g–5 kg", serial="K-E2-0457",
            certificate_number="QT3-M-2026-1123", calibrated_by=QUATEST3, unit="g",
            certified={
                "points": [
                    {"nominal": n, "value": n + c, "U": u, "k": 2.0} for n, c, u in _WEIGHTS
                ],
                "drift": 2e-8,
            },
            **cert(3, 20),
        ),
        dict(
            code="DW-9102S-01", name="Lò hiệu chuẩn nhiệt độ khô", quantity="temperature",
            role="dry-well", manufacturer="Fluke/Hart", model="9102S", serial="A47219",
            certificate_number="VMI-T-2026-0088", calibrated_by=VMI, unit="degC",
            certified={
                "points": [
                    {"nominal": n, "value": n + c, "U": u, "k": 2.0} for n, c, u in _DRY_WELL
                ],
                "drift_floor": 0.02,
            },
            driver="hart9102s", port="sim://hart9102s", **cert(4, 240),
        ),
        dict(
            code="PG-REF-01", name="Áp kế chuẩn hiện số", quantity="pressure",
            role="reference gauge", manufacturer="Additel", model="ADT681", serial="681-22-0931",
            certificate_number="QT3-P-2026-0310", calibrated_by=QUATEST3, unit="bar",
            certified={"relative_U": 0.0005, "floor_U": 0.0, "k": 2.0, "drift": 0.0002},
            **cert(2, 300),
        ),
    ]  # fmt: skip


def load_demo_standards(session: Session, today: date) -> int:
    """Add the demo standards that are missing; returns how many were added."""
    added = 0
    for fields in demo_standards(today):
        if find_standard(session, fields["code"]) is None:
            add_standard(session, **fields)
            added += 1
    return added
