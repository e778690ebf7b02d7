"""Letting go of what no workstation needs any more (issue 8, "tombstones, purged only after every
workstation has pulled past them"; sync.md 2.5: histories and tombstones grow without bound
unless pruned, and pruning too early loses deletes).

Upstream, the *horizon* is the lowest pull cursor of every workstation the centre knows; a
workstation registered or seen pushing that has never reported a cursor holds the horizon at 0.
At or below the horizon every workstation has pulled: a tombstoned row is no longer needed to
carry its delete, and a kept version replaced there is no longer anyone's base (an edit made
from it would have been pushed before that workstation pulled past). A retired workstation
(:mod:`lab.sync.retire`) holds nothing. Locally, outbox rows the
centre confirmed are kept a while for reading back, then deleted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, delete, text

from lab.storage.base import utc_now
from lab.storage.database import Database
from lab.storage.models import OutboxEntry
from lab.sync.tables import synced_tables

log = logging.getLogger(__name__)

OUTBOX_KEEP_DAYS = 30


@dataclass(frozen=True)
class PurgeReport:
    """What a purge of the centre let go: the horizon, kept versions and tombstones by table."""

    horizon: int
    history: int
    tombstones: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        return {"horizon": self.horizon, "history": self.history, "tombstones": self.tombstones}


def purge_upstream(upstream: Engine) -> PurgeReport:
    """Delete, in one transaction, kept versions and tombstoned rows every workstation has
    pulled past. Run as the central database's owner (``main.py upstream purge URL``)."""
    with upstream.begin() as conn:
        # The counter row is what every push locks first: no batch runs while rows go.
        conn.execute(text("SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE"))
        horizon = pull_horizon(conn)
        tombstones = {}
        for synced in reversed(synced_tables()):  # children first: a parent waits for them
            gone = _purge_tombstones(conn, synced.name, horizon)
            if gone:
                tombstones[synced.name] = gone
        history = conn.execute(
            text("DELETE FROM sync_row_versions WHERE superseded_seq <= :h"), {"h": horizon}
        ).rowcount
    log.info("purged up to change %d: %d versions, tombstones %s", horizon, history, tombstones)
    return PurgeReport(horizon, history, tombstones)


def pull_horizon(conn: Connection) -> int:
    """The change number every workstation the centre knows has pulled up to (0: not all).

    A retired workstation (``upstream retire-workstation``) never pulls again: it is left out,
    whether it is known by its login, its pushes or its cursor."""
    return conn.execute(
        text(
            """
            WITH known AS (
                SELECT workstation FROM sync_workstations WHERE retired_at IS NULL
                UNION SELECT workstation FROM sync_applied_batches
                UNION SELECT workstation FROM sync_cursors
            )
            SELECT COALESCE(min(COALESCE(c.pulled_seq, 0)), 0)
            FROM known k LEFT JOIN sync_cursors c ON c.workstation = k.workstation
            WHERE NOT EXISTS (
                SELECT 1 FROM sync_workstations r
                WHERE r.workstation = k.workstation AND r.retired_at IS NOT NULL
            )
            """
        )
    ).scalar_one()


def _purge_tombstones(conn: Connection, table: str, horizon: int) -> int:
    """Tombstoned rows of ``table`` at or below the horizon that no remaining row refers to
    (a workstation pulling a child must find its parent), with their kept versions."""
    referrers = [
        (child.name, fk.parent.name)
        for child in synced_tables()
        for fk in child.table.foreign_keys
        if fk.column.table.name == table
    ]
    unreferenced = "".join(
        f" AND NOT EXISTS (SELECT 1 FROM {child} c WHERE c.{column} = t.id)"
        for child, column in referrers
    )
    gone = (
        conn.execute(
            text(
                f"DELETE FROM {table} t WHERE t.deleted_at IS NOT NULL AND t.change_seq <= :h"
                f"{unreferenced} RETURNING t.id"
            ),
            {"h": horizon},
        )
        .scalars()
        .all()
    )
    if gone:
        conn.execute(
            text("DELETE FROM sync_row_versions WHERE entity = :e AND row_id = ANY(:ids)"),
            {"e": table, "ids": gone},
        )
    return len(gone)


def purge_outbox(
    db: Database, keep_days: int = OUTBOX_KEEP_DAYS, now: datetime | None = None
) -> int:
    """Delete outbox rows the centre confirmed more than ``keep_days`` ago; returns how many.

    Rows still pending or in a batch not yet confirmed are never touched."""
    cutoff = (now or utc_now()) - timedelta(days=keep_days)
    with db.session() as session:
        result = session.execute(
            delete(OutboxEntry).where(
                OutboxEntry.pushed_at.is_not(None), OutboxEntry.pushed_at < cutoff
            )
        )
        return result.rowcount
