"""``main.py audit verify|show``: check the hash chain of the audit trail, read and search it
(issue 5, "Audit trail"). ``verify`` exits 0 when intact and 1 naming the first broken entry.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from lab.audit import search, verify_chain
from lab.config import resolve_database_path
from lab.storage import open_database
from lab.storage.database import DatabaseError


def register(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser("audit", help="verify or search the audit trail")
    actions = audit.add_subparsers(title="actions", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check that no entry was changed, removed or moved")
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        type=anchor_from,
        metavar="ENTRY:HASH",
        help="an entry's hash noted earlier (printed by verify as the head); repeat for more",
    )
    verify.set_defaults(func=run_verify)
    show = actions.add_parser("show", help="the newest entries, optionally only those matching")
    show.add_argument("words", nargs="?", default="", help="text to look for")
    show.add_argument("--limit", type=int, default=50)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=run_show)


def anchor_from(text: str) -> tuple[int, str]:
    """``ENTRY:HASH`` as given on the command line, e.g. ``1200:9f86d0...``."""
    seq, _, digest = text.partition(":")
    digest = digest.strip().lower()
    if not seq.strip().lstrip("#").isdigit() or len(digest) != 64:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an anchor: write the entry number, a colon and its 64-digit hash."
        )
    return int(seq.strip().lstrip("#")), digest


def _open(args: argparse.Namespace):  # noqa: ANN202
    path = resolve_database_path(args.db, demo=getattr(args, "demo", False))
    if not path.exists():
        # Verifying a path with a typo must not make a new, empty and "intact" database.
        raise DatabaseError(f"There is no CalDesk database at {path}.")
    return open_database(path)


def run_verify(args: argparse.Namespace) -> int:
    try:
        database = _open(args)
    except DatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    with database.read_session() as session:
        result = verify_chain(session, dict(args.anchor))
    database.close()
    print(result.sentence(), file=sys.stdout if result.intact else sys.stderr)
    return 0 if result.intact else 1


def run_show(args: argparse.Namespace) -> int:
    try:
        database = _open(args)
    except DatabaseError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    with database.read_session() as session:
        entries = search(session, args.words, limit=args.limit)
    database.close()
    if args.json:
        print(json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=2, default=str))
        return 0
    for e in entries:
        fields = "; ".join(f"{c.field}: {c.old} → {c.new}" for c in e.changes)
        why = f"  ({e.reason})" if e.reason else ""
        print(
            f"#{e.seq} {e.recorded_at} {e.actor} {e.action} {e.entity} {e.record_id} {fields}{why}"
        )
    return 0
