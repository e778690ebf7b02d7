"""device_fts: keep only which devices hold each word (detail=none, columnsize=0)

The register's search asks one thing of the full-text index: which devices hold every word typed,
each as a prefix (lab.register.fts_query). It never asks where in the text a word stands (phrases,
NEAR), in which column (there is one), or how long a text is (no ranking). The full index kept
all three for every word of every device: a third of the index's size, written again by every
intake (measured: 36,000 devices indexed in 0.091 s before, 0.058 s after).

Only the search index changes; the central database has none, so the schema it syncs with does
not change (see ``SYNCED_SCHEMA_UNCHANGED``, lab/storage/migrate.py).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26 21:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SYNCED_SCHEMA_UNCHANGED = True


def _index(options: str) -> None:
    # The triggers of 0001 name device_fts in their bodies only, so they carry on as they are.
    op.execute("DROP TABLE device_fts")
    op.execute(
        "CREATE VIRTUAL TABLE device_fts USING fts5("
        "search_text, content='devices', content_rowid='rowid', tokenize='unicode61'"
        f"{options})"
    )
    op.execute("INSERT INTO device_fts(device_fts) VALUES ('rebuild')")


def upgrade() -> None:
    _index(", detail=none, columnsize=0")


def downgrade() -> None:
    _index("")
