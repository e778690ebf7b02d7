"""calibrations: the adjustment between the as-found and the as-left points

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of the table would drop its "approved is frozen" trigger.
    op.add_column("calibrations", sa.Column("adjustment", sa.Text(), nullable=True))
    op.add_column("calibrations", sa.Column("adjusted_by", sa.String(length=32), nullable=True))
    op.add_column("calibrations", sa.Column("adjusted_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("calibrations", schema=None) as batch_op:
        batch_op.drop_column("adjusted_at")
        batch_op.drop_column("adjusted_by")
        batch_op.drop_column("adjustment")
