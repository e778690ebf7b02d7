"""Alembic migrations applied at start-up, after copying the file aside.

The copy is made with SQLite's online backup API, so it is consistent even with a WAL file beside
the database. A database newer than this program (a revision we do not know) is refused rather
than opened: an older CalDesk must not write into a schema it does not understand.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from lab.sentences import sentence

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


class SchemaTooNew(RuntimeError):
    """The database was written by a newer CalDesk; ``exc.args[0]`` is the
    :class:`lab.sentences.Sentence` saying what to do."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def synced_schema_revision() -> str:
    """The newest migration that changed what a workstation syncs with the centre.

    The centre's schema is versioned by it (lab.sync.upstream): a migration of this
    workstation's own structures only (its search index, say) declares
    ``SYNCED_SCHEMA_UNCHANGED = True`` and then asks nobody to run ``upstream init`` at the
    centre, nor refuses a workstation that has not installed it yet.
    """
    script = ScriptDirectory.from_config(alembic_config())
    for revision in script.iterate_revisions(script.get_current_head(), "base"):
        if not getattr(revision.module, "SYNCED_SCHEMA_UNCHANGED", False):
            return revision.revision
    raise RuntimeError("no migration makes the synced schema")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to the newest revision; returns the backup file made, if any."""
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None and not _known(script, current):
        raise SchemaTooNew(
            sentence(
                "The database {path} was written by a newer CalDesk (schema {schema}); "
                "update CalDesk on this workstation before opening it.",
                path=path,
                schema=current,
            )
        )
    backup = _backup(path, current) if current is not None else None
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database %s migrated from %s to %s", path, current, head)
    return backup


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown revision
        return False


def _backup(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    log.info("database copied to %s before migrating", target)
    return target
