"""The query planner's statistics of the register (SQLite's ``sqlite_stat1``).

Without statistics SQLite takes ``deleted_at IS NULL`` for a selective condition: it reads the
live devices through ``ix_devices_live`` and sorts them all, rather than walking the sort
column's index (measured on 360,000 devices: 130–210 ms for the first page sorted by name or due
date, against well under a millisecond). What it lacks are two figures: how many devices there
are and how many of them are live. ``ANALYZE`` of two indexes counts them exactly: the live
devices' partial index and the work-order index, which holds every device (4 ms on 36,000
devices, 27 ms on 360,000); a sampled ANALYZE (``analysis_limit``) guesses the counts from the
sample's size and leaves the plans as bad.

A bulk intake brings the count up to date when it is missing or off by half or more (the
register's first intake, a year's intakes later); every connection's ``PRAGMA optimize`` when the
database closes analyses the rest (:func:`lab.storage.database._optimize_before_close`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

_LIVE_INDEX = "ix_devices_live"
_EVERY_DEVICE_INDEX = "ix_devices_work_order_id"  # not partial: the number of devices


def recorded_live_devices(session: Session) -> int | None:
    """How many live devices the statistics say there are, or None without statistics."""
    conn = session.connection()
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).scalar()
    if not has_table:
        return None
    stat = conn.exec_driver_sql(
        "SELECT stat FROM sqlite_stat1 WHERE idx = ?", (_LIVE_INDEX,)
    ).scalar()
    return int(stat.split()[0]) if stat else None


def count_live_devices_if_stale(session: Session) -> bool:
    """Count the devices and the live ones (ANALYZE of two indexes) within ``session``'s
    transaction when their statistics are missing or off by a factor of two or more; True when
    it did.

    The devices' highest row number stands for their number: devices are tombstoned, never
    deleted, and tombstones are few, so it is close enough and costs no count."""
    conn = session.connection()
    devices = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM devices").scalar()
    recorded = recorded_live_devices(session)
    if recorded is not None and recorded < 2 * devices and devices < 2 * recorded:
        return False
    conn.exec_driver_sql(f"ANALYZE {_LIVE_INDEX}")
    conn.exec_driver_sql(f"ANALYZE {_EVERY_DEVICE_INDEX}")
    return True
