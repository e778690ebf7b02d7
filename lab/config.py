"""Where the workstation keeps its data. The domain needs this, so it does not live in ``ui/``."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CalDesk"
DB_ENV = "CALDESK_DB"


def database_path_from(text: str) -> Path:
    return Path(text).expanduser().resolve()


def data_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path(*, demo: bool = False) -> Path:
    """The SQLite file to use when ``--db`` is not given: ``$CALDESK_DB`` or the data folder."""
    if demo:
        return data_folder() / "caldesk-demo.sqlite"
    env = os.environ.get(DB_ENV)
    if env:
        return database_path_from(env)
    return data_folder() / "caldesk.sqlite"


def resolve_database_path(db: Path | None, *, demo: bool = False) -> Path:
    return db if db is not None else default_database_path(demo=demo)
