"""Local storage: one SQLite file per workstation, SQLAlchemy 2 typed models, Alembic migrations."""

from lab.storage import (
    calibration_models,  # noqa: F401  (standards, calibrations, points)
    certificate_models,  # noqa: F401  (issued certificate revisions)
    security_models,  # noqa: F401  (users, audit trail, signatures)
    sync_models,  # noqa: F401  (pull cursor, conflict list)
)
from lab.storage.database import Database, open_database

__all__ = ["Database", "open_database"]
