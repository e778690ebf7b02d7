"""``main.py users add|list|disable``: manage who may use this workstation (issue 5, "Headless").

On a database with no users, ``users add NAME --role admin`` creates the first admin with the
password given (``CALDESK_PASSWORD`` or the prompt); afterwards an admin says who they are with
``--user`` (their password from ``CALDESK_PASSWORD``) and the new user's password comes from
``CALDESK_NEW_PASSWORD`` or a prompt.
"""

from __future__ import annotations

import argparse
import json
import sys

from lab.commands.auth import NEW_PASSWORD_ENV, authenticate_for_command, read_password
from lab.config import resolve_database_path
from lab.permissions import PermissionDenied, Role
from lab.storage import open_database
from lab.storage.database import DatabaseError
from lab.users import (
    UserError,
    create_first_admin,
    create_user,
    disable_user,
    list_users,
    user_count,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    users = subparsers.add_parser("users", help="add, list or disable the lab's users")
    actions = users.add_subparsers(title="actions", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a user (the first user becomes the admin)")
    add.add_argument("name", help="user name, e.g. chi.ttm")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument(
        "--scope",
        action="append",
        default=[],
        metavar="QUANTITY",
        help="a quantity a signatory may sign for (repeat for more)",
    )
    add.add_argument("--full-name", default="", help="the person's full name")
    add.add_argument("--user", help="the admin doing this (not needed for the first admin)")
    add.set_defaults(func=run_add)

    show = actions.add_parser("list", help="list the users")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=run_list)

    disable = actions.add_parser("disable", help="disable a user's account")
    disable.add_argument("name")
    disable.add_argument("--user", help="the admin doing this")
    disable.set_defaults(func=run_disable)


def _open(args: argparse.Namespace):  # noqa: ANN202
    return open_database(resolve_database_path(args.db, demo=getattr(args, "demo", False)))


def run_add(args: argparse.Namespace) -> int:
    try:
        database = _open(args)
    except DatabaseError as exc:
        return _fail(str(exc))
    try:
        with database.read_session() as session:
            first = user_count(session) == 0
        if first:
            return _add_first_admin(database, args)
        admin = authenticate_for_command(database, args.user)
        with database.session(actor=admin, reason="user added") as session:
            added = create_user(
                session,
                admin,
                name=args.name,
                role=args.role,
                password=read_password(
                    f"Password for the new user {args.name}: ", NEW_PASSWORD_ENV
                ),
                full_name=args.full_name,
                scope=args.scope,
            )
    except (UserError, PermissionDenied) as exc:
        return _fail(str(exc))
    finally:
        database.close()
    print(f"Added {added.name} ({added.role.value}).")
    return 0


def _add_first_admin(database, args: argparse.Namespace) -> int:  # noqa: ANN001
    if args.role != Role.ADMIN.value:
        return _fail(
            "This database has no users yet: the first user must be an admin "
            f"(users add {args.name} --role admin)."
        )
    password = read_password(f"Password for the first admin {args.name}: ")
    with database.session(actor=args.name.strip().lower(), reason="first admin") as session:
        admin = create_first_admin(
            session, name=args.name, password=password, full_name=args.full_name
        )
    print(f"Added {admin.name} as the first admin of this database.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    try:
        database = _open(args)
    except DatabaseError as exc:
        return _fail(str(exc))
    with database.read_session() as session:
        users = list_users(session)
    database.close()
    if args.json:
        rows = [
            {
                "name": u.name,
                "full_name": u.full_name,
                "role": u.role.value,
                "scope": list(u.scope),
                "active": u.active,
            }
            for u in users
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for u in users:
        state = "" if u.active else "  (disabled)"
        scope = f"  [{', '.join(u.scope)}]" if u.scope else ""
        print(f"{u.role.value:<11} {u.name:<16} {u.full_name}{scope}{state}")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    try:
        database = _open(args)
    except DatabaseError as exc:
        return _fail(str(exc))
    try:
        admin = authenticate_for_command(database, args.user)
        with database.session(actor=admin, reason="account disabled") as session:
            user = disable_user(session, admin, args.name)
    except (UserError, PermissionDenied) as exc:
        return _fail(str(exc))
    finally:
        database.close()
    print(f"Disabled {user.name}.")
    return 0


def _fail(sentence: str) -> int:
    print(sentence, file=sys.stderr)
    return 2
