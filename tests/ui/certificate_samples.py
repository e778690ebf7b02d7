"""Realistic certificate contents for the renderer's tests and benchmark.

A bench DMM (Fluke 45 class) calibrated in DC voltage: five points as found, five as left after an
adjustment, for a customer with a Vietnamese name; a twenty-point variant that must break across
pages; an amendment; a certificate without conformity statement or agreed interval.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lab.certificates.content import (
    AS_FOUND,
    AS_LEFT,
    Bilingual,
    CertificateContent,
    CustomerIdentity,
    ItemIdentity,
    LabIdentity,
    Person,
    PlotPoint,
    ResultRow,
    ResultTable,
    StandardUsed,
)

PASS = Bilingual("Đạt", "Pass")
FAIL = Bilingual("Không đạt", "Fail")

LAB = LabIdentity(
    name=Bilingual(
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Lâm Đồng",
        "Lam Dong Technical Centre for Standards, Metrology and Quality",
    ),
    address="Số 35 Trần Hưng Đạo, Phường 10, TP. Đà Lạt, Lâm Đồng",
    phone="0263 3822 471",
    email="hieuchuan@tdc-lamdong.vn",
    accreditation="VILAS 999 (ISO/IEC 17025:2017)",
)

# (nominal V, reference, indication, error, U, mpe) as the lab rounds them (ILAC-P14).
_FOUND = [
    ("1.0000", "1.00002", "1.0004", "0.0004", "0.0003", "0.0007"),
    ("5.0000", "5.00003", "5.0019", "0.0019", "0.0012", "0.0027"),
    ("10.000", "10.0001", "10.007", "0.007", "0.003", "0.007"),
    ("50.000", "50.0004", "50.031", "0.031", "0.012", "0.027"),
    ("100.00", "100.001", "100.07", "0.07", "0.03", "0.07"),
]
_LEFT = [
    ("1.0000", "1.00002", "1.0001", "0.0001", "0.0003", "0.0007"),
    ("5.0000", "5.00003", "5.0003", "0.0003", "0.0012", "0.0027"),
    ("10.000", "10.0001", "10.001", "0.001", "0.003", "0.007"),
    ("50.000", "50.0004", "50.004", "0.004", "0.012", "0.027"),
    ("100.00", "100.001", "100.01", "0.01", "0.03", "0.07"),
]


def _row(values: tuple[str, ...]) -> ResultRow:
    nominal, reference, indication, error, u, mpe = values
    verdict = PASS if abs(float(error)) <= float(mpe) else FAIL
    return ResultRow(nominal, reference, indication, error, u, "2.0", mpe, verdict)


def _table(phase: str, rows: list[tuple[str, ...]]) -> ResultTable:
    title = (
        Bilingual("Kết quả trước hiệu chỉnh", "Results as found")
        if phase == AS_FOUND
        else Bilingual("Kết quả sau hiệu chỉnh", "Results as left")
    )
    return ResultTable(phase, title, "V", tuple(_row(r) for r in rows))


def _plot(phase: str, rows: list[tuple[str, ...]]) -> tuple[PlotPoint, ...]:
    return tuple(
        PlotPoint(phase, float(n), float(e), float(u), float(m)) for n, _r, _i, e, u, m in rows
    )


def dmm_certificate() -> CertificateContent:
    """Two pages: a DMM with five points as found (one fails) and five as left."""
    return CertificateContent(
        number="GCN-26-A94-000123",
        revision=1,
        title=Bilingual("Giấy chứng nhận hiệu chuẩn", "Calibration certificate"),
        lab=LAB,
        customer=CustomerIdentity(
            name="Công ty TNHH Điện lực Đức Trọng",
            address="Thôn Phú Thạnh, xã Hiệp Thạnh, huyện Đức Trọng, Lâm Đồng",
            contact="Nguyễn Thị Hồng Nhung — 0912 345 678",
        ),
        item=ItemIdentity(
            lab_id="26-A94-00017",
            name="Đồng hồ vạn năng hiện số",
            kind="Digital multimeter",
            manufacturer="Fluke",
            model="45",
            serial="7382015",
            asset_tag="ĐL-ĐT-0042",
            measuring_range="0 … 1000 V DC",
            resolution="0.0001 V",
            accuracy="±(0.025 % + 6 d)",
            condition_received=Bilingual(
                "Hoạt động bình thường, không hư hỏng bên ngoài",
                "Working normally, no visible damage",
            ),
        ),
        received_on=date(2026, 11, 18),
        calibrated_on=date(2026, 11, 20),
        issued_on=date(2026, 11, 23),
        location=Bilingual("Phòng thí nghiệm Điện, tầng 2", "Electrical laboratory, 2nd floor"),
        method=Bilingual(
            "dmm-dc-voltage v1 — Hiệu chuẩn điện áp một chiều của đồng hồ vạn năng (ĐLVN 64)",
            "dmm-dc-voltage v1 — DC voltage calibration of multimeters (ĐLVN 64)",
        ),
        environment=Bilingual(
            "Nhiệt độ (23.1 ± 1.0) °C, độ ẩm (52 ± 5) %RH",
            "Temperature (23.1 ± 1.0) °C, humidity (52 ± 5) %RH",
        ),
        standards=(
            StandardUsed(
                "STD-5520A-01",
                "Fluke 5520A Multi-Product Calibrator",
                "V06.2026.0417",
                "Viện Đo lường Việt Nam (VMI)",
                date(2027, 4, 17),
            ),
            StandardUsed(
                "STD-34401-02",
                "Agilent 34401A Digital Multimeter",
                "QT1-HC-2026-1183",
                "Quatest 1",
                date(2027, 2, 28),
            ),
        ),
        tables=(_table(AS_FOUND, _FOUND), _table(AS_LEFT, _LEFT)),
        plot_unit="V",
        plot=_plot(AS_FOUND, _FOUND) + _plot(AS_LEFT, _LEFT),
        uncertainty_statement=Bilingual(
            "Độ không đảm bảo đo mở rộng U được tính bằng độ không đảm bảo đo chuẩn nhân với hệ "
            "số phủ k = 2, tương ứng với xác suất phủ xấp xỉ 95 % đối với phân bố chuẩn.",
            "The reported expanded uncertainty of measurement U is the standard uncertainty "
            "multiplied by the coverage factor k = 2, which for a normal distribution corresponds "
            "to a coverage probability of approximately 95 %.",
        ),
        conformity=Bilingual(
            "Sau hiệu chỉnh, phương tiện đo phù hợp với MPE của nhà sản xuất theo quy tắc chấp "
            "nhận đơn giản (ILAC-G8:09/2019 4.2.1).",
            "As left, the instrument conforms to the manufacturer's MPE under the simple "
            "acceptance rule (ILAC-G8:09/2019 4.2.1).",
        ),
        interval=Bilingual(
            "Chu kỳ hiệu chuẩn theo thỏa thuận với khách hàng: 12 tháng (đến 20/11/2027)",
            "Calibration interval agreed with the customer: 12 months (due 2027-11-20)",
        ),
        remarks=(
            Bilingual(
                "Phương tiện đo đã được hiệu chỉnh thang 1000 V DC theo yêu cầu của khách hàng.",
                "The 1000 V DC range was adjusted at the customer's request.",
            ),
        ),
        statements=(
            Bilingual(
                "Kết quả hiệu chuẩn chỉ có giá trị đối với phương tiện đo được hiệu chuẩn.",
                "The results relate only to the item calibrated.",
            ),
            Bilingual(
                "Không được sao chép giấy chứng nhận này nếu không sao chép toàn bộ, trừ khi "
                "có sự đồng ý bằng văn bản của phòng thí nghiệm.",
                "This certificate shall not be reproduced except in full without the written "
                "approval of the laboratory.",
            ),
        ),
        performed_by=Person("Trần Văn Hùng", Bilingual("Kỹ thuật viên", "Technician")),
        authorized_by=Person(
            "Lê Thị Thu Hằng", Bilingual("Người có thẩm quyền ký", "Approved signatory")
        ),
    )


def long_certificate(points: int = 20) -> CertificateContent:
    """The DMM with ``points`` points in each phase: the tables must break across pages."""
    found, left = [], []
    for i in range(points):
        nominal = 5.0 * (i + 1)
        mpe = nominal * 0.00025 + 0.0006
        found.append(_values(nominal, 0.00040 * (i + 1), mpe))
        left.append(_values(nominal, 0.00005 * (i + 1), mpe))
    base = dmm_certificate()
    return replace(
        base,
        number="GCN-26-A94-000124",
        tables=(_table(AS_FOUND, found), _table(AS_LEFT, left)),
        plot=_plot(AS_FOUND, found) + _plot(AS_LEFT, left),
    )


def _values(nominal: float, error: float, mpe: float) -> tuple[str, ...]:
    return (
        f"{nominal:.3f}",
        f"{nominal + 0.00002 * nominal:.4f}",
        f"{nominal + error:.4f}",
        f"{error:.4f}",
        f"{0.0002 + nominal * 0.00003:.4f}",
        f"{mpe:.4f}",
    )


def amended_certificate() -> CertificateContent:
    """Revision 2 of the DMM's certificate: the customer's address was wrong."""
    return replace(
        dmm_certificate(),
        revision=2,
        issued_on=date(2026, 11, 25),
        supersedes="GCN-26-A94-000123 rev. 1",
        amendment_reason=Bilingual(
            "Sửa địa chỉ khách hàng theo yêu cầu ngày 24/11/2026",
            "Customer address corrected at the customer's request of 2026-11-24",
        ),
    )


def plain_certificate() -> CertificateContent:
    """No statement of conformity asked for, no interval agreed, no MPE: none of them printed."""
    base = dmm_certificate()
    tables = tuple(
        replace(t, rows=tuple(replace(r, mpe="", verdict=None) for r in t.rows))
        for t in base.tables[1:]
    )
    plot = tuple(replace(p, mpe=None) for p in base.plot if p.phase == AS_LEFT)
    return replace(
        base,
        number="GCN-26-A94-000125",
        tables=tables,
        plot=plot,
        conformity=None,
        interval=None,
        remarks=(),
    )


SAMPLE_QR = "CALDESK-GCN|GCN-26-A94-000123|1|" + "3f9a" * 16
