"""``main.py workstation``: this workstation's name, code and id; the administrator sets the code.

The code is in every human number the workstation makes (lab.numbers says why), so it can be
chosen only before the first number; the centre refuses a code another workstation holds.
"""

from __future__ import annotations

import argparse

from sqlalchemy import select

from lab.commands.common import CommandError, guarded, open_db, print_json, user_for_command
from lab.numbers import CodeLocked, numbers_made, set_workstation_code
from lab.permissions import PermissionDenied
from lab.storage.database import Database
from lab.storage.models import Workstation
from lab.storage.workstation_codes import WorkstationCodeError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "workstation", help="show this workstation's name, code and id, or set its code"
    )
    p.add_argument(
        "--code",
        help="set the code in this workstation's numbers (2-6 of 0-9 A-Z, no I L O U), "
        "before it has made any number",
    )
    p.add_argument("--user", help="the administrator who sets the code")
    p.add_argument("--json", action="store_true", help="print the workstation as JSON")
    p.set_defaults(func=guarded(run_workstation))


def run_workstation(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if args.code is not None:
            _set_code(db, args.code, args.user)
        _show(db, args.json)
        return 0
    finally:
        db.close()


def _set_code(db: Database, typed: str, user_name: str | None) -> None:
    user = user_for_command(db, user_name)
    try:
        with db.session(actor=user, reason="workstation code set") as session:
            set_workstation_code(session, typed, user)
    except (WorkstationCodeError, CodeLocked, PermissionDenied) as exc:
        raise CommandError(str(exc)) from exc


def _show(db: Database, as_json: bool) -> None:
    with db.read_session() as session:
        ws = session.scalars(select(Workstation)).one()
        made = sum(numbers_made(session).values())
    shown = {"name": ws.name, "code": ws.code, "id": str(ws.id), "numbers_made": made}
    if as_json:
        print_json(shown)
        return
    print(f"workstation {ws.name}\ncode {ws.code}\nid {ws.id}\nnumbers made {made}")
