"""The workstation's password for the centre, kept where PostgreSQL's own client looks for it.

libpq reads passwords from its password file (``PGPASSFILE``, else ``~/.pgpass``, on Windows
``%APPDATA%\\postgresql\\pgpass.conf``): one line ``host:port:database:user:password``, readable
only by the user. Keeping it there rather than in CalDesk's database or settings means the
password is never in the register, its backups, the audit trail or the screen, and the GUI and
``main.py sync`` both connect with it without CalDesk handling it again.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from lab.sentences import sentence

log = logging.getLogger(__name__)


def password_file() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _key(url: str) -> list[str]:
    """host, port, database and user of ``url`` as libpq matches them in the file."""
    parsed = make_url(url)
    if not parsed.username:
        raise ValueError(
            sentence("Give the workstation's login name in the address (postgresql://NAME@…).")
        )
    host = parsed.host or parsed.query.get("host") or "localhost"
    port = str(parsed.port or parsed.query.get("port") or "*")
    return [_escape(str(v)) for v in (host, port, parsed.database or "*", parsed.username)]


def _entries(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def save_password(url: str, password: str) -> Path:
    """Store (or replace) the password for ``url``'s host, port, database and user."""
    key = ":".join(_key(url)) + ":"
    path = password_file()
    lines = [line for line in _entries(path) if not line.startswith(key)]
    lines.append(key + _escape(password))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".caldesk-new")
    # Created readable by the owner only: libpq ignores a password file others can read.
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(temporary, path)
    log.info("password for %s saved in %s", key.rsplit(":", 2)[0], path)
    return path


def has_password(url: str) -> bool:
    try:
        key = ":".join(_key(url)) + ":"
    except ValueError:
        return False
    return any(line.startswith(key) for line in _entries(password_file()))
