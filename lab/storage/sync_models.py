"""The workstation's side of sync: the pull cursor and the conflicts a person has to settle.

Neither table is synced itself: the cursor belongs to this workstation only, and a conflict is
recorded upstream (where it was found) and mirrored here for the Sync pane and ``main.py sync``.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from lab.storage.base import Base, UTCDateTime, utc_now


class SyncState(Base):
    """One row: how far this workstation has pulled, and when it last synced."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pulled_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    upstream_url: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last audit event of this workstation the centre confirmed holding; saved only after
    # the upstream commit, so a crash in between resends (the centre ignores a replay).
    audit_pushed_seq: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )


class KnownWorkstation(Base):
    """Another workstation's code and name as the centre had them at the last sync, so that the
    Sync pane names the workstation a conflicting value came from by its real code."""

    __tablename__ = "known_workstations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    code: Mapped[str] = mapped_column(String(8), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)


class SyncConflict(Base):
    """One field changed differently on two workstations since their common version."""

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    ancestor_value: Mapped[object] = mapped_column(JSON, nullable=True)
    kept_value: Mapped[object] = mapped_column(JSON, nullable=True)
    other_value: Mapped[object] = mapped_column(JSON, nullable=True)
    other_workstation: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))
    # A resolution made here goes upstream at the next sync, so every workstation sees it.
    resolution_pushed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncRun(Base):
    """One sync this workstation started: when, how it ended, what it moved (the Sync pane's
    history and the status bar's "last sync"). Local only; the oldest are pruned."""

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    trigger: Mapped[str] = mapped_column(String(16), nullable=False)  # manual | background
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)  # see lab.sync.status
    pushed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    pulled: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    conflicts_found: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    conflicts_open: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    message: Mapped[str] = mapped_column(Text, nullable=False, default="")
