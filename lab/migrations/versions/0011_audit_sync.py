"""audit trail sync: other workstations' events pulled from the centre, and how far this
workstation's own events went up

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 19:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "remote_audit_events",
        sa.Column("workstation", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("workstation_name", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("sealed_workstation", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("workstation", "seq", name=op.f("pk_remote_audit_events")),
    )
    op.create_index(
        "ix_remote_audit_events_record", "remote_audit_events", ["entity", "record_id"]
    )
    with op.batch_alter_table("sync_state") as batch_op:
        batch_op.add_column(
            sa.Column("audit_pushed_seq", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch_op:
        batch_op.drop_column("audit_pushed_seq")
    op.drop_index("ix_remote_audit_events_record", table_name="remote_audit_events")
    op.drop_table("remote_audit_events")
