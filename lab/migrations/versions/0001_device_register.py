"""device register

Revision ID: 0001
Revises:
Create Date: 2026-11-26 15:06:29.065546
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "customers",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("tax_code", sa.String(length=32), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("email", sa.String(length=256), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_workstation", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("name_key", name=op.f("uq_customers_name_key")),
    )
    op.create_table(
        "lab_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_lab_settings")),
    )
    op.create_table(
        "number_sequences",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_number_sequences")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=8), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("pushed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_pending", ["pushed_at", "seq"], unique=False)

    op.create_table(
        "workstation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstation")),
    )
    op.create_table(
        "work_orders",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("source_file", sa.Text(), nullable=True),
        sa.Column("source_sha256", sa.String(length=64), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=True),
        sa.Column("imported_by", sa.Text(), nullable=True),
        sa.Column("imported_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("unchanged_count", sa.Integer(), nullable=False),
        sa.Column("rejected_count", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_workstation", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_work_orders_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_work_orders_number")),
    )
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_work_orders_source_sha256"), ["source_sha256"], unique=False
        )

    op.create_table(
        "devices",
        sa.Column("lab_id", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("work_order_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("manufacturer", sa.Text(), nullable=True),
        sa.Column("model", sa.Text(), nullable=True),
        sa.Column("serial", sa.Text(), nullable=True),
        sa.Column("asset_tag", sa.Text(), nullable=True),
        sa.Column("range_min", sa.Float(), nullable=True),
        sa.Column("range_max", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=32), nullable=True),
        sa.Column("resolution", sa.Float(), nullable=True),
        sa.Column("accuracy", sa.Text(), nullable=True),
        sa.Column("interval_months", sa.Integer(), nullable=True),
        sa.Column("last_calibrated", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("identity_key", sa.String(), nullable=True),
        sa.Column("asset_key", sa.String(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_workstation", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_devices_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"], ["work_orders.id"], name=op.f("fk_devices_work_order_id_work_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("lab_id", name=op.f("uq_devices_lab_id")),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_devices_customer_asset", ["customer_id", "asset_key"], unique=False
        )
        batch_op.create_index(
            "ix_devices_customer_identity", ["customer_id", "identity_key"], unique=False
        )

    op.create_table(
        "work_order_devices",
        sa.Column("work_order_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("source_line", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_workstation", sa.String(length=64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_work_order_devices_device_id_devices")
        ),
        sa.ForeignKeyConstraint(
            ["work_order_id"],
            ["work_orders.id"],
            name=op.f("fk_work_order_devices_work_order_id_work_orders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_order_devices")),
        sa.UniqueConstraint(
            "work_order_id", "device_id", name=op.f("uq_work_order_devices_work_order_id_device_id")
        ),
    )


    # Register views sort and filter live devices only: partial indexes on "deleted_at IS NULL"
    # cover those queries (the rowid rides in every index), so a sorted id list of the whole
    # register is read from the index alone.
    for column in ("lab_id", "name", "manufacturer", "due_date", "last_calibrated"):
        keys = column if column == "lab_id" else f"{column}, lab_id"  # lab_id breaks ties
        op.execute(
            f"CREATE INDEX ix_devices_live_{column} ON devices ({keys}) WHERE deleted_at IS NULL"
        )
    op.execute(
        "CREATE INDEX ix_devices_live_customer ON devices (customer_id, lab_id) "
        "WHERE deleted_at IS NULL"
    )
    op.create_index("ix_devices_work_order_id", "devices", ["work_order_id"])
    op.execute("CREATE INDEX ix_devices_live ON devices (deleted_at) WHERE deleted_at IS NULL")

    # Full-text search over the accent-free search_text (lab.storage.text.fold), kept by triggers.
    # The FTS rows point at the devices' implicit rowid; VACUUM may renumber those, so
    # lab.storage.search.rebuild_search_index() must follow any VACUUM.
    op.execute(
        "CREATE VIRTUAL TABLE device_fts USING fts5("
        "search_text, content='devices', content_rowid='rowid', tokenize='unicode61')"
    )
    op.execute(
        "CREATE TRIGGER devices_fts_ai AFTER INSERT ON devices BEGIN "
        "INSERT INTO device_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER devices_fts_ad AFTER DELETE ON devices BEGIN "
        "INSERT INTO device_fts(device_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER devices_fts_au AFTER UPDATE OF search_text ON devices BEGIN "
        "INSERT INTO device_fts(device_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); "
        "INSERT INTO device_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )


def downgrade() -> None:
    for trigger in ("devices_fts_ai", "devices_fts_ad", "devices_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS device_fts")

    op.drop_table("work_order_devices")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index("ix_devices_customer_identity")
        batch_op.drop_index("ix_devices_customer_asset")

    op.drop_table("devices")
    with op.batch_alter_table("work_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_orders_source_sha256"))

    op.drop_table("work_orders")
    op.drop_table("workstation")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending")

    op.drop_table("outbox")
    op.drop_table("number_sequences")
    op.drop_table("lab_settings")
    op.drop_table("customers")
