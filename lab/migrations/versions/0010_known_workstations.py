"""known workstations: the codes and names of the centre's workstations, for the Sync pane

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 19:20:00

Workstation codes are no longer the first hex digits of the workstation's id (they are random
Crockford base32, or chosen by the administrator), so the code of the workstation a conflicting
value came from is read from the centre's registry at each sync and kept here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "known_workstations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_known_workstations")),
    )


def downgrade() -> None:
    op.drop_table("known_workstations")
