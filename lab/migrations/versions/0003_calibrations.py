"""reference standards, calibrations, measurement points

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 16:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


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
    op.create_table(
        "reference_standards",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("manufacturer", sa.Text(), nullable=True),
        sa.Column("model", sa.Text(), nullable=True),
        sa.Column("serial", sa.Text(), nullable=True),
        sa.Column("certificate_number", sa.String(length=64), nullable=False),
        sa.Column("calibrated_by", sa.Text(), nullable=False),
        sa.Column("calibrated_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("certified", sa.JSON(), nullable=False),
        sa.Column("driver", sa.String(length=32), nullable=True),
        sa.Column("port", sa.String(length=128), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_standards")),
        sa.UniqueConstraint("code", name=op.f("uq_reference_standards_code")),
    )
    op.create_table(
        "calibrations",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("procedure_name", sa.String(length=64), nullable=False),
        sa.Column("procedure_version", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.String(length=32), nullable=False),
        sa.Column("decision_rule", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("technician", sa.String(length=32), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("measured_at", sa.DateTime(), nullable=True),
        sa.Column("ambient_temperature", sa.Float(), nullable=True),
        sa.Column("relative_humidity", sa.Float(), nullable=True),
        sa.Column("standards", sa.JSON(), nullable=False),
        sa.Column("reviewed_by", sa.String(length=32), nullable=True),
        sa.Column("approved_by", sa.String(length=32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_calibrations_device_id_devices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibrations")),
    )
    op.create_index("ix_calibrations_device", "calibrations", ["device_id", "started_at"])
    op.create_index("ix_calibrations_state", "calibrations", ["state", "started_at"])
    op.create_table(
        "calibration_standards",
        sa.Column("calibration_id", sa.Uuid(), nullable=False),
        sa.Column("standard_id", sa.Uuid(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["calibration_id"],
            ["calibrations.id"],
            name=op.f("fk_calibration_standards_calibration_id_calibrations"),
        ),
        sa.ForeignKeyConstraint(
            ["standard_id"],
            ["reference_standards.id"],
            name=op.f("fk_calibration_standards_standard_id_reference_standards"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_standards")),
        sa.UniqueConstraint(
            "calibration_id",
            "standard_id",
            name=op.f("uq_calibration_standards_calibration_id_standard_id"),
        ),
    )
    op.create_index("ix_calibration_standards_standard", "calibration_standards", ["standard_id"])
    op.create_table(
        "measurement_points",
        sa.Column("calibration_id", sa.Uuid(), nullable=False),
        sa.Column("phase", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("nominal", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.Float(), nullable=False),
        sa.Column("readings", sa.JSON(), nullable=False),
        sa.Column("reference_readings", sa.JSON(), nullable=False),
        sa.Column("indication", sa.Float(), nullable=False),
        sa.Column("std_dev", sa.Float(), nullable=False),
        sa.Column("error", sa.Float(), nullable=False),
        sa.Column("correction", sa.Float(), nullable=False),
        sa.Column("expanded_uncertainty", sa.Float(), nullable=False),
        sa.Column("coverage_factor", sa.Float(), nullable=False),
        sa.Column("nu_eff", sa.Float(), nullable=True),
        sa.Column("mpe", sa.Float(), nullable=False),
        sa.Column("verdict", sa.String(length=24), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["calibration_id"],
            ["calibrations.id"],
            name=op.f("fk_measurement_points_calibration_id_calibrations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement_points")),
        sa.UniqueConstraint(
            "calibration_id",
            "phase",
            "seq",
            name=op.f("uq_measurement_points_calibration_id_phase_seq"),
        ),
    )
    # An approved calibration is a finished technical record (ISO/IEC 17025 7.5): the file itself
    # refuses to change it or its points, whatever program writes to it.
    op.execute(
        "CREATE TRIGGER calibrations_approved_frozen BEFORE UPDATE ON calibrations "
        "WHEN OLD.state = 'approved' BEGIN "
        "SELECT RAISE(ABORT, 'an approved calibration is never edited'); END"
    )
    op.execute(
        "CREATE TRIGGER measurement_points_approved_frozen BEFORE UPDATE ON measurement_points "
        "WHEN (SELECT state FROM calibrations WHERE id = OLD.calibration_id) = 'approved' BEGIN "
        "SELECT RAISE(ABORT, 'an approved calibration is never edited'); END"
    )
    op.execute(
        "CREATE TRIGGER measurement_points_approved_closed BEFORE INSERT ON measurement_points "
        "WHEN (SELECT state FROM calibrations WHERE id = NEW.calibration_id) = 'approved' BEGIN "
        "SELECT RAISE(ABORT, 'an approved calibration is never edited'); END"
    )


def downgrade() -> None:
    for trigger in (
        "calibrations_approved_frozen",
        "measurement_points_approved_frozen",
        "measurement_points_approved_closed",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_table("measurement_points")
    op.drop_index("ix_calibration_standards_standard", table_name="calibration_standards")
    op.drop_table("calibration_standards")
    op.drop_index("ix_calibrations_state", table_name="calibrations")
    op.drop_index("ix_calibrations_device", table_name="calibrations")
    op.drop_table("calibrations")
    op.drop_table("reference_standards")
