"""approved calibrations: the freeze covers what was signed, not the sync's bookkeeping; the
outbox indexed by record

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 18:20:00

The triggers of 0003 refused every UPDATE of an approved calibration or its points, so the sync
could not record the upstream version a pushed or pulled approved record has (``base_version``)
and every sync after an approval failed. They now refuse a change to any other column. The
columns are read from the table as it is when this runs, so columns added before it are frozen
too; a migration adding calibration columns after this one recreates the triggers the same way.
A push looks up the pending outbox rows of a calibration's points by record id (``ix_outbox_row``).
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Written by the sync on every push and pull; they say nothing about what was measured or signed.
BOOKKEEPING = ("row_version", "base_version", "updated_at", "origin_workstation")
REFUSAL = "SELECT RAISE(ABORT, 'an approved calibration is never edited'); END"


def _changed(table: str) -> str:
    columns = [row[1] for row in op.get_bind().exec_driver_sql(f"PRAGMA table_info({table})")]
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns if c not in BOOKKEEPING)


def upgrade() -> None:
    op.create_index("ix_outbox_row", "outbox", ["row_id"], unique=False)
    op.execute("DROP TRIGGER IF EXISTS calibrations_approved_frozen")
    op.execute("DROP TRIGGER IF EXISTS measurement_points_approved_frozen")
    op.execute(
        "CREATE TRIGGER calibrations_approved_frozen BEFORE UPDATE ON calibrations "
        f"WHEN OLD.state = 'approved' AND ({_changed('calibrations')}) BEGIN {REFUSAL}"
    )
    op.execute(
        "CREATE TRIGGER measurement_points_approved_frozen BEFORE UPDATE ON measurement_points "
        "WHEN (SELECT state FROM calibrations WHERE id = OLD.calibration_id) = 'approved' "
        f"AND ({_changed('measurement_points')}) BEGIN {REFUSAL}"
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_row", table_name="outbox")
    op.execute("DROP TRIGGER IF EXISTS calibrations_approved_frozen")
    op.execute("DROP TRIGGER IF EXISTS measurement_points_approved_frozen")
    op.execute(
        "CREATE TRIGGER calibrations_approved_frozen BEFORE UPDATE ON calibrations "
        f"WHEN OLD.state = 'approved' BEGIN {REFUSAL}"
    )
    op.execute(
        "CREATE TRIGGER measurement_points_approved_frozen BEFORE UPDATE ON measurement_points "
        "WHEN (SELECT state FROM calibrations WHERE id = OLD.calibration_id) = 'approved' BEGIN "
        f"{REFUSAL}"
    )
