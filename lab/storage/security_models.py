"""Who may do what, and the record of what they did: users, the audit trail, e-signatures.

The audit trail is append-only and hash-chained (issue 5; ISO/IEC 17025 7.5.2 and 8.4: changes to
records are traceable to the person, the time and the previous value). ``recorded_at`` is kept as
the exact ISO 8601 text that was hashed, so verification reads back byte-for-byte what was sealed.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from lab.storage.base import Base, NFCText, UTCDateTime, utc_now


class User(Base):
    """A person who logs in: one role, a signing scope (quantities) for signatories."""

    __tablename__ = "users"
    # Audited through the change listener; the hash is never written into the trail, and the
    # lock-out bookkeeping is recorded as its own "lock" events rather than field noise.
    __audited__ = True
    __audit_redact__ = frozenset({"password_hash"})
    __audit_ignore__ = frozenset({"failed_attempts", "locked_until", "last_login_at"})

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(NFCText, nullable=False, default="")
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    scope: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    password_hash: Mapped[str] = mapped_column(String(256), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """One entry of the trail: who did what to which record, old → new per field, and why."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    recorded_at: Mapped[str] = mapped_column(String(32), nullable=False)
    actor: Mapped[str] = mapped_column(Text, nullable=False)  # stored exactly as hashed
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    changes: Mapped[str] = mapped_column(Text, nullable=False)  # canonical JSON, as hashed
    reason: Mapped[str | None] = mapped_column(Text)
    workstation: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (Index("ix_audit_events_record", "entity", "record_id", "seq"),)


class AuditHead(Base):
    """The chain's last link (one row), so that cutting events off the end is detected too."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    last_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False)


class RemoteAuditEvent(Base):
    """Another workstation's audit event, pulled from the centre (issue 8): shown in a record's
    history with the workstation named, never part of this workstation's own chain, whose
    tamper evidence covers only what happened here. Fields are kept exactly as that workstation
    sealed them, so a pulled event's hash is checked against its content and its predecessor.
    The highest ``seq`` held per workstation is the pull's high-water mark: it is written in
    the very transaction that stores the events."""

    __tablename__ = "remote_audit_events"

    workstation: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    workstation_name: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_at: Mapped[str] = mapped_column(String(32), nullable=False)
    actor: Mapped[str] = mapped_column(Text, nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    changes: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    sealed_workstation: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (Index("ix_remote_audit_events_record", "entity", "record_id"),)


class Signature(Base):
    """An e-signature: who signed which content (by its hash), meaning what, and when."""

    __tablename__ = "signatures"
    __audited__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    signer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), nullable=False)
    signer_name: Mapped[str] = mapped_column(String(32), nullable=False)
    meaning: Mapped[str] = mapped_column(String(16), nullable=False)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    quantity: Mapped[str | None] = mapped_column(NFCText)
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)

    __table_args__ = (Index("ix_signatures_record", "entity", "record_id"),)
