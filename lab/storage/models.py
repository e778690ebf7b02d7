"""The register's entities: customers, their devices, and the intakes (work orders) that bring them.

Human numbers (lab ID, work-order number) are columns of their own with their own uniqueness; the
primary key is a UUID made on the workstation so rows from many workstations never collide.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql import false, text

from lab.storage.base import Base, NFCText, Synced, UTCDateTime, utc_now


class Customer(Synced, Base):
    __tablename__ = "customers"
    # Worked out from the name (lab.register.customer_name_key), never merged field by field.
    __sync_derived__ = ("name_key",)

    name: Mapped[str] = mapped_column(NFCText, nullable=False)
    name_key: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    address: Mapped[str | None] = mapped_column(NFCText)
    tax_code: Mapped[str | None] = mapped_column(String(32))
    contact: Mapped[str | None] = mapped_column(NFCText)
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(256))

    devices: Mapped[list[Device]] = relationship(back_populates="customer")


class WorkOrder(Synced, Base):
    """An intake: a customer's batch of devices received on a date (an import makes one)."""

    __tablename__ = "work_orders"

    number: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), nullable=False)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    source_file: Mapped[str | None] = mapped_column(NFCText)
    source_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    imported_by: Mapped[str | None] = mapped_column(NFCText)
    imported_count: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    updated_count: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    unchanged_count: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    note: Mapped[str | None] = mapped_column(NFCText)
    # What the customer agreed at contract review, before the work (ISO/IEC 17025 7.1.3, 7.8.4.3):
    # whether certificates state conformity (by the procedure's decision rule), and a
    # recalibration interval to print; without an agreement neither appears on a certificate.
    conformity_requested: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    interval_agreed_months: Mapped[int | None] = mapped_column(Integer)

    customer: Mapped[Customer] = relationship()


# Columns the register sorts by with an index (partial, over live devices). Model, serial and
# kind sort without one: each index costs every intake a B-tree insert per device, and the
# serial's, in random order, costs the most (measured: 36,000 devices, 1.21 s → 0.78 s).
LIVE_SORT_COLUMNS = ("lab_id", "name", "manufacturer", "due_date", "last_calibrated")


class Device(Synced, Base):
    """A customer's measuring instrument as the lab registers it."""

    __tablename__ = "devices"
    # Worked out from the other fields and the customer's name (lab.devices.derived_columns):
    # a sync works them out again after merging, rather than merging them field by field.
    __sync_derived__ = ("identity_key", "asset_key", "due_date", "search_text")

    lab_id: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), nullable=False)
    # The intake that registered the device; later intakes link it through WorkOrderDevice.
    work_order_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("work_orders.id"), index=True
    )
    kind: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(NFCText, nullable=False)
    manufacturer: Mapped[str | None] = mapped_column(NFCText)
    model: Mapped[str | None] = mapped_column(NFCText)
    serial: Mapped[str | None] = mapped_column(NFCText)
    asset_tag: Mapped[str | None] = mapped_column(NFCText)
    range_min: Mapped[float | None] = mapped_column(Float)
    range_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(32))
    resolution: Mapped[float | None] = mapped_column(Float)
    accuracy: Mapped[str | None] = mapped_column(NFCText)
    interval_months: Mapped[int | None] = mapped_column(Integer)
    last_calibrated: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(NFCText)
    notes: Mapped[str | None] = mapped_column(NFCText)
    status: Mapped[str] = mapped_column(String(16), default="active", nullable=False)
    # Keys for "is this device already registered?": folded manufacturer|model|serial, asset tag.
    # No index: an intake reads the customer's live devices once and matches them in memory.
    identity_key: Mapped[str | None] = mapped_column(String)
    asset_key: Mapped[str | None] = mapped_column(String)
    # Accent-free text the FTS5 index reads (kept by triggers, see the first migration).
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    customer: Mapped[Customer] = relationship(back_populates="devices")

    __table_args__ = (
        *[
            Index(
                f"ix_devices_live_{c}",
                *((c,) if c == "lab_id" else (c, "lab_id")),  # lab_id breaks ties in the order
                sqlite_where=text("deleted_at IS NULL"),
            )
            for c in LIVE_SORT_COLUMNS
        ],
        # (deleted_at) over live rows only: all NULL, so ordered by rowid; it covers the
        # register's own order without reading the table.
        Index("ix_devices_live", "deleted_at", sqlite_where=text("deleted_at IS NULL")),
        Index(
            "ix_devices_live_customer",
            "customer_id",
            "lab_id",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class WorkOrderDevice(Synced, Base):
    """Which devices came in with which intake."""

    __tablename__ = "work_order_devices"

    work_order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id"), nullable=False)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"), nullable=False)
    source_line: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("work_order_id", "device_id"),)


class OutboxEntry(Base):
    """A change waiting to go upstream, written in the same transaction as the change itself."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)
    operation: Mapped[str] = mapped_column(String(8), nullable=False)  # insert | update | delete
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, nullable=False)
    pushed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Stamped before a batch goes upstream, so a resend after a crash carries the same id.
    batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    __table_args__ = (
        Index("ix_outbox_pending", "pushed_at", "seq"),
        Index("ix_outbox_batch", "batch_id"),
        # A push finds a unit's other pending rows by record (lab.sync.push._complete_units).
        Index("ix_outbox_row", "row_id"),
    )


class Workstation(Base):
    """This workstation's identity (one row), made when the database is created."""

    __tablename__ = "workstation"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(NFCText, nullable=False)
    code: Mapped[str] = mapped_column(String(8), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, nullable=False)


class NumberSequence(Base):
    """Counters for human numbers (lab IDs, work orders), per workstation and year."""

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class LabSetting(Base):
    """Lab-wide settings the domain needs (lab name, address, accreditation, ...)."""

    __tablename__ = "lab_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON, nullable=True)
    note: Mapped[str | None] = mapped_column(Text)
