"""Work orders (intakes) as views list them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lab.storage.models import Customer, Device, WorkOrder, WorkOrderDevice


@dataclass(frozen=True)
class WorkOrderRow:
    id: uuid.UUID
    number: str
    customer: str
    received_on: date
    source_file: str | None
    imported_at: datetime | None
    imported_by: str | None
    imported: int
    updated: int
    unchanged: int
    rejected: int
    devices: int


def list_work_orders(session: Session, limit: int = 1000) -> list[WorkOrderRow]:
    """The most recent intakes first."""
    linked = (
        select(func.count(WorkOrderDevice.id))
        .where(WorkOrderDevice.work_order_id == WorkOrder.id)
        .scalar_subquery()
    )
    registered = (
        select(func.count(Device.id)).where(Device.work_order_id == WorkOrder.id).scalar_subquery()
    )
    device_count = linked + registered
    rows = session.execute(
        select(WorkOrder, Customer.name, device_count)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .where(WorkOrder.deleted_at.is_(None))
        .order_by(WorkOrder.imported_at.desc(), WorkOrder.number.desc())
        .limit(limit)
    )
    return [
        WorkOrderRow(
            id=wo.id,
            number=wo.number,
            customer=name,
            received_on=wo.received_on,
            source_file=wo.source_file,
            imported_at=wo.imported_at,
            imported_by=wo.imported_by,
            imported=wo.imported_count,
            updated=wo.updated_count,
            unchanged=wo.unchanged_count,
            rejected=wo.rejected_count,
            devices=count or 0,
        )
        for wo, name, count in rows
    ]


def work_order_devices(session: Session, work_order_id: uuid.UUID) -> list[tuple[str, str, str]]:
    """(lab ID, device name, serial) of the devices an intake brought: those it registered and
    those already registered that came in again."""
    columns = (Device.lab_id, Device.name, Device.serial)
    registered = select(*columns).where(Device.work_order_id == work_order_id)
    again = (
        select(*columns)
        .join(WorkOrderDevice, WorkOrderDevice.device_id == Device.id)
        .where(WorkOrderDevice.work_order_id == work_order_id)
    )
    rows = session.execute(registered.union(again).order_by("lab_id"))
    return [(r.lab_id, r.name, r.serial or "") for r in rows]
