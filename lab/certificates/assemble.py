"""A certificate's content from an approved calibration and the records around it (issue 7,
item 1; ISO/IEC 17025 7.8.2.1, 7.8.4, 7.8.6; ILAC-P14; the checklist of certificates.md 5.1–5.5).

Everything printed is decided here, as :class:`~lab.certificates.content.CertificateContent`:
the labels and sentences in Vietnamese and English, every number already rounded
(:mod:`lab.certificates.rounding`). The renderer in ``ui/`` only lays it out.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lab.calibration.procedures import Procedure, ProcedureError, find_procedure
from lab.calibration.runs import state_word
from lab.calibration.tolerance import RULE_TEXT
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
from lab.certificates.rounding import at_place, printed_point
from lab.certificates.terms import condition_text, conformity_requested, work_order_of
from lab.lab_settings import lab_setting
from lab.permissions import LabUser
from lab.sentences import SaysWhy, sentence
from lab.storage.calibration_models import Calibration, MeasurementPoint
from lab.storage.models import Customer, Device
from lab.users import find_user
from uncertainty.units import unit_symbol, ureg

log = logging.getLogger(__name__)

REQUIRED_SETTINGS = {
    "lab_name_vi": sentence("the lab's name in Vietnamese"),
    "lab_name_en": sentence("the lab's name in English"),
    "lab_address": sentence("the lab's address"),
}
TITLE = Bilingual("Giấy chứng nhận hiệu chuẩn", "Calibration certificate")
# The renderer heads each table "Kết quả hiệu chuẩn / Calibration results: <title>".
PHASE_TITLES = {
    AS_FOUND: Bilingual("Trước hiệu chỉnh", "As found"),
    AS_LEFT: Bilingual("Sau hiệu chỉnh", "As left"),
}
# One set of results: the item was not adjusted, so as found and as left are the same results.
SINGLE_PHASE_TITLE = Bilingual("Không hiệu chỉnh", "No adjustment made")
VERDICTS = {
    "pass": Bilingual("Đạt", "Pass"),
    "fail": Bilingual("Không đạt", "Fail"),
    "conditional pass": Bilingual("Đạt có điều kiện", "Conditional pass"),
    "conditional fail": Bilingual("Không đạt có điều kiện", "Conditional fail"),
}
RULES_VI = {
    "simple": "chấp nhận đơn giản, không có dải bảo vệ (ILAC-G8 4.2.1)",
    "guarded": "chấp nhận có dải bảo vệ w = U (ILAC-G8 4.2.2)",
    "non-binary": "phát biểu không nhị phân, có dải bảo vệ w = U (ILAC-G8 4.2.3)",
}
STATEMENTS = (
    Bilingual(
        "Các kết quả hiệu chuẩn chỉ có giá trị đối với phương tiện đo được hiệu chuẩn.",
        "The results relate only to the item calibrated.",
    ),
    Bilingual(
        "Không được sao chép giấy chứng nhận này nếu không sao chép toàn bộ, trừ khi có sự "
        "chấp thuận bằng văn bản của phòng thí nghiệm.",
        "This certificate shall not be reproduced except in full without the written approval "
        "of the laboratory.",
    ),
)
ERROR_REMARK = Bilingual(
    "Sai số = giá trị chỉ thị − giá trị chuẩn; số hiệu chính = − sai số.",
    "Error = indication − reference value; correction = − error.",
)
ADJUSTED_REMARK = Bilingual(
    "Phương tiện đo đã được hiệu chỉnh; kết quả trước và sau hiệu chỉnh được nêu ở trên.",
    "The item was adjusted; the results before and after adjustment are given above.",
)
CMC_REMARK = Bilingual(
    "Tại các điểm đánh dấu *, độ không đảm bảo đo được báo cáo bằng khả năng đo và hiệu chuẩn "
    "(CMC) của phòng thí nghiệm.",
    "At the points marked *, the reported uncertainty is the laboratory's calibration and "
    "measurement capability (CMC).",
)
PERFORMED_ROLE = Bilingual("Kỹ thuật viên hiệu chuẩn", "Calibration technician")
AUTHORIZED_ROLE = Bilingual("Người có thẩm quyền ký", "Approved signatory")


class CertificateRefused(SaysWhy, Exception):
    """No certificate can be made as asked; the sentence says what and where."""


def certificate_content(
    session: Session,
    calibration_id: str,
    *,
    number: str,
    revision: int,
    issued_on: date,
    signatory: LabUser,
    supersedes: str | None = None,
    amendment_reason: str | None = None,
) -> CertificateContent:
    """The content of one revision, from the records as they are now."""
    calibration = approved_calibration(session, calibration_id)
    device = session.get(Device, calibration.device_id)
    procedure = _procedure(calibration)
    points = _points(session, calibration)
    conformity = conformity_requested(session, calibration)
    work_order = work_order_of(session, calibration)
    unit = points[0].unit
    tables, plot, cmc_used = _results(points, procedure, conformity)
    return CertificateContent(
        number=number,
        revision=revision,
        title=TITLE,
        lab=lab_identity(session),
        customer=_customer(session.get(Customer, device.customer_id)),
        item=_item(device, calibration),
        received_on=None if work_order is None else work_order.received_on,
        calibrated_on=_calibrated_on(calibration),
        issued_on=issued_on,
        location=_location(session),
        method=_method(procedure),
        environment=_environment(calibration),
        standards=tuple(_standard(s) for s in calibration.standards),
        tables=tables,
        plot_unit=unit_symbol(unit),
        plot=plot,
        uncertainty_statement=uncertainty_statement(points),
        conformity=_conformity(calibration) if conformity else None,
        interval=_interval(work_order.interval_agreed_months if work_order else None),
        remarks=_remarks(points, cmc_used, calibration.adjustment),
        statements=STATEMENTS,
        performed_by=Person(_full_name(session, calibration.technician), PERFORMED_ROLE),
        authorized_by=Person(signatory.full_name or signatory.name, AUTHORIZED_ROLE),
        supersedes=supersedes,
        amendment_reason=Bilingual(amendment_reason, amendment_reason)
        if amendment_reason
        else None,
    )


def approved_calibration(session: Session, calibration_id: str) -> Calibration:
    """The calibration, refused with a sentence unless it exists and is approved."""
    try:
        key = uuid.UUID(str(calibration_id).strip())
    except ValueError:
        raise CertificateRefused(
            sentence("'{calibration_id}' is not a calibration id.", calibration_id=calibration_id)
        ) from None
    calibration = session.get(Calibration, key)
    if calibration is None or calibration.deleted_at is not None:
        raise CertificateRefused(
            sentence("There is no calibration {calibration_id}.", calibration_id=calibration_id)
        )
    if calibration.state != "approved":
        raise CertificateRefused(
            sentence(
                "Calibration {calibration_id} is {state}; a certificate is made only "
                "from an approved calibration (review and approval come first).",
                calibration_id=calibration_id,
                state=state_word(calibration.state),
            )
        )
    return calibration


def lab_identity(session: Session) -> LabIdentity:
    """Who issues the certificate, from the lab settings; refused when one is missing."""
    values = {key: lab_setting(session, key) for key in REQUIRED_SETTINGS}
    for key, what in REQUIRED_SETTINGS.items():
        if not str(values[key] or "").strip():
            raise CertificateRefused(
                sentence(
                    "The lab setting '{key}' ({what}) is not set; an administrator sets it "
                    "before any certificate is issued.",
                    key=key,
                    what=what,
                )
            )
    return LabIdentity(
        name=Bilingual(str(values["lab_name_vi"]), str(values["lab_name_en"])),
        address=str(values["lab_address"]),
        phone=str(lab_setting(session, "lab_phone", "") or ""),
        email=str(lab_setting(session, "lab_email", "") or ""),
        accreditation=str(lab_setting(session, "lab_accreditation", "") or ""),
    )


def _procedure(calibration: Calibration) -> Procedure:
    try:
        return find_procedure(calibration.procedure_name, calibration.procedure_version)
    except ProcedureError as exc:
        raise CertificateRefused(
            sentence("The procedure this calibration ran cannot be read: {why}", why=exc.sentence)
        ) from None


def _points(session: Session, calibration: Calibration) -> list[MeasurementPoint]:
    query = select(MeasurementPoint).where(
        MeasurementPoint.calibration_id == calibration.id, MeasurementPoint.deleted_at.is_(None)
    )
    points = list(session.scalars(query))
    if not points:
        raise CertificateRefused(
            sentence(
                "Calibration {calibration_id} has no measurement points.",
                calibration_id=calibration.id,
            )
        )
    order = {AS_FOUND: 0, AS_LEFT: 1}
    return sorted(points, key=lambda p: (order.get(p.phase, 2), p.seq))


def _customer(customer: Customer) -> CustomerIdentity:
    contact = ", ".join(x for x in (customer.contact, customer.phone, customer.email) if x)
    return CustomerIdentity(customer.name, customer.address or "", contact)


def _item(device: Device, calibration: Calibration) -> ItemIdentity:
    unit = unit_symbol(device.unit or "")
    measuring_range = ""
    if device.range_max is not None:
        measuring_range = f"{device.range_min or 0:g} … {device.range_max:g} {unit}".strip()
    return ItemIdentity(
        lab_id=device.lab_id,
        name=device.name,
        kind=device.kind or "",
        manufacturer=device.manufacturer or "",
        model=device.model or "",
        serial=device.serial or "",
        asset_tag=device.asset_tag or "",
        measuring_range=measuring_range,
        resolution=f"{device.resolution:g} {unit}".strip() if device.resolution else "",
        accuracy=device.accuracy or "",
        condition_received=condition_text(calibration.condition_received),
    )


def _calibrated_on(calibration: Calibration) -> date:
    """The day the measurements were finished, in the lab's local time."""
    when = calibration.measured_at or calibration.started_at
    return when.astimezone().date()


def _location(session: Session) -> Bilingual:
    address = str(lab_setting(session, "lab_address", ""))
    return Bilingual(f"Tại phòng thí nghiệm, {address}", f"At the laboratory's premises, {address}")


def _method(procedure: Procedure) -> Bilingual:
    title_vi = procedure.title_vi or procedure.title
    return Bilingual(
        f"{procedure.name}, phiên bản {procedure.version}: {title_vi}",
        f"{procedure.name}, version {procedure.version}: {procedure.title}",
    )


def _environment(calibration: Calibration) -> Bilingual:
    t, h = calibration.ambient_temperature, calibration.relative_humidity
    if t is None or h is None:
        raise CertificateRefused(
            sentence(
                "Calibration {calibration_id} has no recorded room temperature or humidity.",
                calibration_id=calibration.id,
            )
        )
    return Bilingual(
        f"Nhiệt độ {t:.1f} °C, độ ẩm tương đối {h:.0f} %RH",
        f"Temperature {t:.1f} °C, relative humidity {h:.0f} %RH",
    )


def _standard(snapshot: dict) -> StandardUsed:
    return StandardUsed(
        code=snapshot["code"],
        name=snapshot["name"],
        certificate_number=snapshot["certificate_number"],
        calibrated_by=snapshot["calibrated_by"],
        valid_until=date.fromisoformat(snapshot["valid_until"]),
    )


def _results(
    points: list[MeasurementPoint], procedure: Procedure, conformity: bool
) -> tuple[tuple[ResultTable, ...], tuple[PlotPoint, ...], bool]:
    """One table per phase (as found first), the plot points, and whether a CMC floor applied."""
    phases = [phase for phase in (AS_FOUND, AS_LEFT) if any(p.phase == phase for p in points)]
    tables, plot, cmc_used = [], [], False
    for phase in phases:
        rows, of_phase = [], [p for p in points if p.phase == phase]
        for p in of_phase:
            row, floored = _row(p, procedure, conformity)
            rows.append(row)
            cmc_used = cmc_used or floored
            plot.append(
                PlotPoint(phase, p.nominal, p.error, p.expanded_uncertainty,
                          p.mpe if conformity else None)
            )  # fmt: skip
        title = PHASE_TITLES[phase] if len(phases) > 1 else SINGLE_PHASE_TITLE
        tables.append(ResultTable(phase, title, unit_symbol(of_phase[0].unit), tuple(rows)))
    return tuple(tables), tuple(plot), cmc_used


def _row(p: MeasurementPoint, procedure: Procedure, conformity: bool) -> tuple[ResultRow, bool]:
    printed = printed_point(
        p.reference, p.indication, p.error, p.expanded_uncertainty, _cmc(procedure, p)
    )
    u_text = printed.expanded_uncertainty + ("*" if printed.cmc_applied else "")
    row = ResultRow(
        nominal=f"{p.nominal:g}",
        reference=printed.reference,
        indication=printed.indication,
        error=printed.error,
        expanded_uncertainty=u_text,
        coverage_factor=f"{p.coverage_factor:.2f}",
        mpe=f"±{at_place(p.mpe, printed.place)}" if conformity else "",
        verdict=VERDICTS.get(p.verdict, Bilingual(p.verdict, p.verdict)) if conformity else None,
    )
    return row, printed.cmc_applied


def _cmc(procedure: Procedure, p: MeasurementPoint) -> float | None:
    """The procedure's CMC at this point, in the point's unit (procedures state it in theirs)."""
    if procedure.cmc is None:
        return None
    if not procedure.unit or procedure.unit == p.unit:
        return procedure.cmc_at(p.nominal)
    factor = float(ureg.Quantity(1, p.unit).to(procedure.unit).magnitude)
    return procedure.cmc_at(p.nominal * factor) / factor


def uncertainty_statement(points: list[MeasurementPoint]) -> Bilingual:
    """ILAC-P14 5: U = k·u with the coverage factor and the coverage probability stated."""
    factors = {f"{p.coverage_factor:.2f}" for p in points}
    if factors == {"2.00"}:
        return Bilingual(
            "Độ không đảm bảo đo mở rộng được công bố là độ không đảm bảo đo chuẩn nhân với hệ "
            "số phủ k = 2, tương ứng với xác suất phủ xấp xỉ 95 % đối với phân bố chuẩn.",
            "The reported expanded uncertainty of measurement is stated as the standard "
            "uncertainty of measurement multiplied by the coverage factor k = 2, which for a "
            "normal distribution corresponds to a coverage probability of approximately 95 %.",
        )
    return Bilingual(
        "Độ không đảm bảo đo mở rộng được công bố là độ không đảm bảo đo chuẩn nhân với hệ số "
        "phủ k nêu cho từng điểm (theo phân bố t với bậc tự do hiệu dụng), tương ứng với xác "
        "suất phủ xấp xỉ 95 %.",
        "The reported expanded uncertainty of measurement is stated as the standard uncertainty "
        "of measurement multiplied by the coverage factor k as stated for each point (from the "
        "t-distribution for the effective degrees of freedom), which corresponds to a coverage "
        "probability of approximately 95 %.",
    )


def _conformity(calibration: Calibration) -> Bilingual:
    """7.8.6.2: which results, which specification, which decision rule."""
    rule = calibration.decision_rule
    return Bilingual(
        "Sự phù hợp với giới hạn sai số cho phép (MPE) theo độ chính xác do khách hàng công bố "
        f"được đánh giá cho từng điểm đo theo quy tắc quyết định: {RULES_VI[rule]}.",
        "Conformity with the maximum permissible error (MPE) from the accuracy the customer "
        f"states is decided for each point by the decision rule: {RULE_TEXT[rule]}.",
    )


def _interval(months: int | None) -> Bilingual | None:
    """7.8.4.3: only when agreed with the customer."""
    if months is None:
        return None
    return Bilingual(
        f"Chu kỳ hiệu chuẩn theo thỏa thuận với khách hàng: {months} tháng.",
        f"Calibration interval as agreed with the customer: {months} months.",
    )


def _remarks(
    points: list[MeasurementPoint], cmc_used: bool, adjustment: str | None
) -> tuple[Bilingual, ...]:
    remarks = [ERROR_REMARK]
    if any(p.phase == AS_FOUND for p in points):
        remarks.append(ADJUSTED_REMARK)
        if adjustment:
            # The technician's own words, as recorded with the adjustment (7.8.4.1 d).
            remarks.append(
                Bilingual(f"Nội dung hiệu chỉnh: {adjustment}", f"Adjustment made: {adjustment}")
            )
    if cmc_used:
        remarks.append(CMC_REMARK)
    return tuple(remarks)


def _full_name(session: Session, user_name: str) -> str:
    user = find_user(session, user_name)
    return user.full_name if user is not None and user.full_name else user_name
