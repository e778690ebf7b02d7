"""``devices``: list the register, optionally searched and filtered."""

from __future__ import annotations

import argparse
from datetime import date

from lab.commands.common import CommandError, guarded, open_db, print_json
from lab.register import DeviceQuery, find_customer, list_devices


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("devices", help="list devices in the register")
    p.add_argument("--search", default="", help="words to find (accents optional)")
    p.add_argument("--customer", help="only this customer's devices")
    p.add_argument(
        "--due-before",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="only devices due for calibration before this date",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=guarded(run))


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.read_session() as session:
            customer_id = None
            if args.customer:
                customer = find_customer(session, args.customer)
                if customer is None:
                    raise CommandError(f"There is no customer called '{args.customer}'.", 1)
                customer_id = customer.id
            query = DeviceQuery(
                search=args.search, customer_id=customer_id, due_before=args.due_before
            )
            rows = list_devices(session, query)
    finally:
        db.close()
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        due = r.due.isoformat() if r.due else "-"
        print(
            f"{r.lab_id}\t{r.customer}\t{r.name}\t{r.manufacturer or ''} {r.model or ''}"
            f"\t{r.serial or ''}\tdue {due}"
        )
    print(f"{len(rows)} devices")
    return 0
