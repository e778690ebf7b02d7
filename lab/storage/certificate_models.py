"""Issued certificates (issue 7; ISO/IEC 17025 7.8.8: an issued report is never changed, an
amendment is a new revision that references the one it replaces).

Each row is one revision, written once: ``content`` is the certificate's whole content as
:meth:`lab.certificates.content.CertificateContent.as_dict` made it, and ``content_hash`` is the
SHA-256 of its canonical JSON, the hash the signatory signed and the QR code prints. Whether a
revision is superseded is not stored on it (that would be an edit): a later revision whose
``supersedes_id`` points at it says so. Database triggers (migration 0007) refuse any UPDATE of
the content columns and any DELETE, whatever program writes to the file.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lab.storage.base import Base, NFCText, Synced, UTCDateTime

# The sync engine's name for rows written once by one author (lab.sync.tables.APPEND_ONLY);
# spelled out here because storage sits below sync and must not import it.
APPEND_ONLY = "append_only"


class Certificate(Synced, Base):
    """One revision of one calibration certificate."""

    __tablename__ = "certificates"
    __sync_policy__ = APPEND_ONLY
    # Revisions move with their calibration (lab.sync.units): one batch, one pulled page.
    __sync_unit__ = "calibration_id"

    number: Mapped[str] = mapped_column(String(32), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    calibration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calibrations.id"), nullable=False)
    work_order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_orders.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    issued_by: Mapped[str] = mapped_column(String(32), nullable=False)
    content: Mapped[dict] = mapped_column(JSON, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    qr_text: Mapped[str] = mapped_column(Text, nullable=False)
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"))
    amendment_reason: Mapped[str | None] = mapped_column(NFCText)

    __table_args__ = (
        UniqueConstraint("number", "revision"),
        # One revision 1 per calibration: a second issue of the same calibration is refused.
        UniqueConstraint("calibration_id", "revision"),
        # A revision is superseded at most once: amendments form a chain, never a fork.
        UniqueConstraint("supersedes_id"),
        Index("ix_certificates_work_order", "work_order_id"),
        Index("ix_certificates_issued_at", "issued_at"),
    )
