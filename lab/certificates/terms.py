"""What the customer agreed before the work, and what the lab saw on receipt (ISO/IEC 17025
7.1.3: a statement of conformity only when the customer asks for one, with the decision rule
agreed; 7.8.4.3: no recalibration interval on a certificate unless agreed; 7.8.2.1 g): the
condition of the item).

The agreement is made at contract review, per work order; one calibration may differ from its
work order (a customer wants a verdict on one instrument only). A calibration's own flag, when
set, wins; it can be set only while the calibration is open, since an approved record is frozen.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lab.certificates.content import Bilingual
from lab.permissions import LabUser, Permission, require
from lab.sentences import SaysWhy, sentence
from lab.storage.calibration_models import Calibration
from lab.storage.models import Device, WorkOrder, WorkOrderDevice

CONDITIONS: dict[str, Bilingual] = {
    "normal": Bilingual(
        "Hoạt động bình thường, không có hư hỏng bên ngoài", "Operational, no visible damage"
    ),
    "damaged": Bilingual(
        "Có hư hỏng bên ngoài, vẫn hoạt động", "Visible damage, still operational"
    ),
    "faulty": Bilingual("Hoạt động không bình thường", "Not operating normally"),
}
NOT_RECORDED = Bilingual("Không ghi nhận", "Not recorded")
MAX_INTERVAL_MONTHS = 120


class TermsRefused(SaysWhy, ValueError):
    """The agreement cannot be recorded as asked; the message says why."""


def condition_text(code: str | None) -> Bilingual:
    """The printed condition as received for a recorded code (or "not recorded")."""
    return CONDITIONS.get(code or "", NOT_RECORDED)


def work_order_of(session: Session, calibration: Calibration) -> WorkOrder | None:
    """The intake the device came in with for this calibration: the latest work order of the
    device received on or before the day the calibration started."""
    device = session.get(Device, calibration.device_id)
    linked = select(WorkOrderDevice.work_order_id).where(
        WorkOrderDevice.device_id == device.id, WorkOrderDevice.deleted_at.is_(None)
    )
    started = calibration.started_at.date()
    query = (
        select(WorkOrder)
        .where(
            (WorkOrder.id.in_(linked)) | (WorkOrder.id == device.work_order_id),
            WorkOrder.received_on <= started,
            WorkOrder.deleted_at.is_(None),
        )
        .order_by(WorkOrder.received_on.desc(), WorkOrder.number.desc())
    )
    return session.scalars(query).first()


def conformity_requested(session: Session, calibration: Calibration) -> bool:
    """Whether the certificate states conformity: the calibration's flag, else its work order's."""
    if calibration.conformity_requested is not None:
        return bool(calibration.conformity_requested)
    work_order = work_order_of(session, calibration)
    return bool(work_order is not None and work_order.conformity_requested)


def set_work_order_terms(
    session: Session,
    user: LabUser,
    number: str,
    *,
    conformity_requested: bool | None = None,
    interval_agreed_months: int | None = None,
    no_interval: bool = False,
) -> WorkOrder:
    """Record the customer's agreement for a work order (audited like any change)."""
    require(user, Permission.EDIT_REGISTER)
    work_order = session.scalars(
        select(WorkOrder).where(WorkOrder.number == number.strip(), WorkOrder.deleted_at.is_(None))
    ).first()
    if work_order is None:
        raise TermsRefused(sentence("There is no work order {number}.", number=number))
    if conformity_requested is not None:
        work_order.conformity_requested = conformity_requested
    if no_interval:
        work_order.interval_agreed_months = None
    elif interval_agreed_months is not None:
        work_order.interval_agreed_months = _months(interval_agreed_months)
    session.flush()
    return work_order


def set_calibration_terms(
    session: Session,
    user: LabUser,
    calibration_id: str,
    *,
    conformity_requested: bool | None = None,
    condition_received: str | None = None,
) -> Calibration:
    """Record, on an open calibration, the customer's wish for this item and its condition."""
    require(user, Permission.CALIBRATE)
    calibration = _open_calibration(session, calibration_id)
    if conformity_requested is not None:
        calibration.conformity_requested = conformity_requested
    if condition_received is not None:
        if condition_received not in CONDITIONS:
            raise TermsRefused(
                sentence(
                    "'{condition}' is not a condition; say one of: {conditions}.",
                    condition=condition_received,
                    conditions=", ".join(CONDITIONS),
                )
            )
        calibration.condition_received = condition_received
    session.flush()
    return calibration


def _open_calibration(session: Session, calibration_id: str) -> Calibration:
    try:
        key = uuid.UUID(str(calibration_id))
    except ValueError:
        raise TermsRefused(
            sentence("'{calibration_id}' is not a calibration id.", calibration_id=calibration_id)
        ) from None
    calibration = session.get(Calibration, key)
    if calibration is None or calibration.deleted_at is not None:
        raise TermsRefused(
            sentence("There is no calibration {calibration_id}.", calibration_id=calibration_id)
        )
    if calibration.state == "approved":
        raise TermsRefused(
            sentence(
                "Calibration {calibration_id} is approved and never edited; the agreement had "
                "to be recorded before approval.",
                calibration_id=calibration_id,
            )
        )
    return calibration


def _months(value: int) -> int:
    if not 1 <= int(value) <= MAX_INTERVAL_MONTHS:
        raise TermsRefused(
            sentence(
                "An agreed interval of {value} months is not plausible; say 1 to {most} months.",
                value=value,
                most=MAX_INTERVAL_MONTHS,
            )
        )
    return int(value)


def received_on(session: Session, calibration: Calibration) -> date | None:
    work_order = work_order_of(session, calibration)
    return None if work_order is None else work_order.received_on
