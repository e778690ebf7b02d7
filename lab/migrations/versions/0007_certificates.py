"""certificates: issued revisions, the customer's agreed terms, the condition as received

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The columns of an issued revision that say what was certified; bookkeeping columns (row
# version, upstream version) may still move when the row syncs.
FROZEN_COLUMNS = (
    "id", "number", "revision", "calibration_id", "work_order_id", "issued_at", "issued_on",
    "issued_by", "content", "content_hash", "qr_text", "supersedes_id", "amendment_reason",
    "deleted_at",
)  # fmt: skip


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_workstation", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    # Plain ADD COLUMN (not a batch copy of the table): SQLite keeps the triggers that freeze
    # approved calibrations, which a copy-and-rename would drop.
    op.add_column(
        "work_orders",
        sa.Column("conformity_requested", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column("work_orders", sa.Column("interval_agreed_months", sa.Integer(), nullable=True))
    op.add_column("calibrations", sa.Column("conformity_requested", sa.Boolean(), nullable=True))
    op.add_column(
        "calibrations", sa.Column("condition_received", sa.String(length=16), nullable=True)
    )
    op.create_table(
        "certificates",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("calibration_id", sa.Uuid(), nullable=False),
        sa.Column("work_order_id", sa.Uuid(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_by", sa.String(length=32), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("qr_text", sa.Text(), nullable=False),
        sa.Column("supersedes_id", sa.Uuid(), nullable=True),
        sa.Column("amendment_reason", sa.Text(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["calibration_id"],
            ["calibrations.id"],
            name=op.f("fk_certificates_calibration_id_calibrations"),
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_orders.id"],
            name=op.f("fk_certificates_work_order_id_work_orders"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["certificates.id"],
            name=op.f("fk_certificates_supersedes_id_certificates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint(
            "calibration_id", "revision", name=op.f("uq_certificates_calibration_id_revision")
        ),
        sa.UniqueConstraint("number", "revision", name=op.f("uq_certificates_number_revision")),
        sa.UniqueConstraint("supersedes_id", name=op.f("uq_certificates_supersedes_id")),
    )
    op.create_index("ix_certificates_work_order", "certificates", ["work_order_id"])
    op.create_index("ix_certificates_issued_at", "certificates", ["issued_at"])
    # An issued revision is what the customer holds (ISO/IEC 17025 7.8.8): the file itself
    # refuses to change or delete it; an amendment is a new row.
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FROZEN_COLUMNS)
    op.execute(
        "CREATE TRIGGER certificates_issued_frozen BEFORE UPDATE ON certificates "
        f"WHEN {changed} BEGIN "
        "SELECT RAISE(ABORT, 'an issued certificate is never edited; amend it'); END"
    )
    op.execute(
        "CREATE TRIGGER certificates_issued_kept BEFORE DELETE ON certificates BEGIN "
        "SELECT RAISE(ABORT, 'an issued certificate is never deleted'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS certificates_issued_kept")
    op.execute("DROP TRIGGER IF EXISTS certificates_issued_frozen")
    op.drop_index("ix_certificates_issued_at", table_name="certificates")
    op.drop_index("ix_certificates_work_order", table_name="certificates")
    op.drop_table("certificates")
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as the ADD COLUMN above.
    op.drop_column("calibrations", "condition_received")
    op.drop_column("calibrations", "conformity_requested")
    op.drop_column("work_orders", "interval_agreed_months")
    op.drop_column("work_orders", "conformity_requested")
