"""Opening the workstation's SQLite file: pragmas, migrations (after a backup), units of work.

WAL journal, ``synchronous=FULL`` and foreign keys on (DESIGN.md, Data). The driver's own implicit
transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so that DDL in
migrations and every unit of work are truly atomic: a crash leaves the file as it was before.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from lab.sentences import sentence
from lab.storage import changes  # noqa: F401  (registers the change-capture listener)
from lab.storage.migrate import upgrade_to_head
from lab.storage.models import Workstation
from lab.storage.workstation_codes import new_workstation_code

log = logging.getLogger(__name__)


# About SQLite's own default (1,000 pages of 4 KiB): a commit that leaves more than this in the
# write-ahead log copies it back into the database file (a "checkpoint") before it returns.
AUTOCHECKPOINT_BYTES = 4 * 1024 * 1024


class DatabaseError(RuntimeError):
    """The database file cannot be used; ``exc.args[0]`` is the :class:`lab.sentences.Sentence`
    saying why in plain words."""


@dataclass
class Database:
    path: Path
    engine: Engine
    make_session: sessionmaker[Session]
    workstation_id: uuid.UUID
    workstation_code: str

    @contextmanager
    def session(self, *, actor: object = None, reason: str | None = None) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        ``actor`` (a user name, or anything with a ``name``) and ``reason`` go into the audit
        trail of every change made in the block (issue 5); without an actor it says "system".
        """
        with self.make_session() as session:
            if actor is not None:
                session.info["actor"] = str(getattr(actor, "name", actor))
            if reason is not None:
                session.info["reason"] = reason
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only; anything written in it is discarded when it closes.

        Objects read stay usable (detached, not expired) after the block, like plain data.
        """
        with self.make_session() as session:
            yield session

    def close(self) -> None:
        """Close every connection; each first brings the query planner's statistics up to date
        where its own queries found them missing or stale (see :func:`_optimize_before_close`)."""
        self.engine.dispose()


def _configure_connection(dbapi_conn: sqlite3.Connection, _record) -> None:  # noqa: ANN001
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN (see module docstring)
    cur = dbapi_conn.cursor()
    # Only a new, empty file takes it (in WAL mode the page size is fixed once made): 16 KiB
    # pages make the register's B-trees shallower and an intake's commit write fewer, larger
    # frames (36,000 devices: SQLite's share 0.43 s with 4 KiB pages, 0.39 s with 16 KiB).
    cur.execute("PRAGMA page_size=16384")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    # 64 MiB of page cache: an intake updates a dozen indexes per device, and SQLite's 2 MiB
    # default turns that into disk-bound work long before a year's register is reached.
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()
    _autocheckpoint_again(dbapi_conn, _record)


def _autocheckpoint_again(dbapi_conn: sqlite3.Connection | None, _record) -> None:  # noqa: ANN001
    """A connection goes back to the pool checkpointing as usual (see :func:`checkpoint_later`)."""
    if dbapi_conn is not None:
        page = dbapi_conn.execute("PRAGMA page_size").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={max(1, AUTOCHECKPOINT_BYTES // page)}")


def _optimize_before_close(dbapi_conn: sqlite3.Connection, _record) -> None:  # noqa: ANN001
    """SQLite's advice (https://sqlite.org/lang_analyze.html): run ``PRAGMA optimize`` before
    closing a connection; it analyses the tables this connection's queries needed statistics of
    and found none or stale ones. Fully, not sampled (no ``analysis_limit``): sampled statistics
    guess how many devices are live from the sample's size, and the register's sorts then fall
    back to sorting every device (see :mod:`lab.storage.statistics`)."""
    try:
        dbapi_conn.execute("PRAGMA optimize")
    except sqlite3.Error as exc:  # a locked or read-only file: the statistics wait for next time
        log.warning("PRAGMA optimize before closing %s failed: %s", _record, exc)


def checkpoint_later(session: Session) -> None:
    """Let the commit of ``session``'s transaction return without copying the write-ahead log
    back into the database file: the next write's commit (or closing the database) does it.

    For a bulk intake, whose commit would otherwise spend a twentieth of a second on that copy
    while the technician waits. Durability is unchanged: the commit still writes and syncs the
    log (``synchronous=FULL``), and a committed transaction in the log survives a crash.
    """
    session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint=0")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "checkin", _autocheckpoint_again)
    event.listen(engine, "close", _optimize_before_close)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def open_database(path: Path | str, *, workstation_name: str | None = None) -> Database:
    """Open (creating if needed) and migrate the workstation database at ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            sentence(
                "Cannot create the folder {folder}: {reason}", folder=path.parent, reason=str(exc)
            )
        ) from exc
    _refuse_non_database(path)
    engine = make_engine(path)
    upgrade_to_head(engine, path)
    ws_id, ws_code = _ensure_workstation(engine, workstation_name)
    maker = sessionmaker(engine, expire_on_commit=False, info={"workstation": str(ws_id)})
    return Database(path, engine, maker, ws_id, ws_code)


def _refuse_non_database(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(
                sentence("{path} is not a CalDesk database (not an SQLite file).", path=path)
            )


def _ensure_workstation(engine: Engine, name: str | None) -> tuple[uuid.UUID, str]:
    with Session(engine) as session, session.begin():
        ws = session.scalars(select(Workstation)).first()
        if ws is None:
            ws_id = uuid.uuid4()
            ws = Workstation(
                id=ws_id,
                name=name or socket.gethostname(),
                code=new_workstation_code(),
                created_at=datetime.now().astimezone(),
            )
            session.add(ws)
        return ws.id, ws.code
