"""device_fts: no word positions and no text lengths (detail=column, columnsize=0)

The register's search asks one thing of the full-text index: which devices hold every word typed,
each as a prefix (lab.register.fts_query). It never asks where in the text a word stands (phrases,
NEAR) or how long a text is (no ranking); the full index kept both for every word of every
device, written again by every intake (measured: 36,000 devices indexed in 0.091 s before,
0.072 s after). detail=none, which keeps only the device of each word, indexes faster still
(0.058 s) but makes a prefix search read whole lists: "nhiet ke" over 360,000 devices took
20 ms instead of 3.5 ms, and a register is searched far more often than it takes in a list.

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
    _index(", detail=column, columnsize=0")


def downgrade() -> None:
    _index("")
