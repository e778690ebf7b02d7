"""``demo``: fill the database with the demo lab."""

from __future__ import annotations

import argparse

from lab.certificates.demo import load_demo_calibrations
from lab.commands.common import guarded, open_db
from lab.demo import load_demo_lab
from lab.users import create_demo_users


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="fill the database with the demo lab")
    p.set_defaults(func=guarded(run))


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.session(reason="demo lab") as session:
            added = load_demo_lab(session)
            users = create_demo_users(session)
            approved = load_demo_calibrations(session)
    finally:
        db.close()
    if added:
        print(f"Demo lab loaded into {db.path}: {added} devices of 8 customers.")
    else:
        print(f"{db.path} already holds the demo lab; nothing added.")
    if approved:
        print(
            f"{len(approved)} approved calibrations await a certificate (main.py issue --waiting)."
        )
    print("Demo users (role, user name, password):")
    for role, name, password in users:
        print(f"{role:<10} {name:<10} {password}")
    return 0
