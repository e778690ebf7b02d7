"""Alembic environment: migrations run on the connection CalDesk hands over."""

from __future__ import annotations

from alembic import context

import lab.storage.models  # noqa: F401  (populates the metadata)
from lab.storage.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CalDesk migrations run through lab.storage.migrate.upgrade_to_head()")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
