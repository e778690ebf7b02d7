"""Declarative base, column types and the columns every synced row carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, String, Text, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from lab.storage.ids import new_id
from lab.storage.text import nfc

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and read back timezone-aware (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else value.replace(tzinfo=UTC)


class NFCText(TypeDecorator[str]):
    """Text stored NFC-normalised, so a Vietnamese name typed on two keyboards is one name."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return nfc(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns of every row that syncs upstream (DESIGN.md, Data).

    ``id`` is time-ordered (:mod:`lab.storage.ids`), so new rows append to the key's index.
    ``row_version`` counts local edits; ``base_version`` is the upstream version the row was last
    edited from (0 = never seen upstream); a tombstone (``deleted_at``) replaces hard deletes.
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    row_version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    base_version: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, nullable=False)
    origin_workstation: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    SYNC_COLUMNS = (
        "id",
        "row_version",
        "base_version",
        "updated_at",
        "origin_workstation",
        "deleted_at",
    )
