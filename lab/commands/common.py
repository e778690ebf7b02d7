"""What the headless commands share: opening the database and saying what went wrong."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from lab.commands.auth import authenticate_for_command
from lab.config import resolve_database_path
from lab.permissions import LabUser
from lab.storage import Database, open_database
from lab.storage.database import DatabaseError
from lab.storage.migrate import SchemaTooNew
from lab.users import user_count

EXIT_UNUSABLE = 2


class CommandError(Exception):
    """A sentence for stderr and an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_UNUSABLE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def open_db(args: argparse.Namespace) -> Database:
    path = resolve_database_path(args.db, demo=getattr(args, "demo", False))
    try:
        return open_database(path)
    except (DatabaseError, SchemaTooNew) as exc:
        raise CommandError(str(exc)) from exc


def user_for_command(db: Database, user_name: str | None) -> LabUser | None:
    """The user a data-changing command runs as: nobody on a workstation that has no users
    yet, otherwise the one named by ``--user`` after their password is checked."""
    if not user_name:
        with db.read_session() as session:
            if user_count(session) == 0:
                return None
    return authenticate_for_command(db, user_name)


def fail(message: str, exit_code: int = EXIT_UNUSABLE) -> int:
    print(f"caldesk: {message}", file=sys.stderr)
    return exit_code


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def guarded(func):  # noqa: ANN001, ANN201
    """Turn a command's CommandError into its sentence and exit code."""

    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except CommandError as exc:
            return fail(str(exc), exc.exit_code)

    return run
