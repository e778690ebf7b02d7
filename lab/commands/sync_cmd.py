"""``main.py sync`` and ``main.py upstream …``: sync with the centre, set the centre up (issue 8).

The upstream address comes from ``--upstream``, else ``$CALDESK_UPSTREAM``, else the address
this workstation last synced with.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from lab.commands.common import CommandError, guarded, open_db, print_json, user_for_command
from lab.storage.base import utc_now
from lab.storage.database import Database
from lab.storage.sync_models import SyncState
from lab.sync.audit_trail import verify_upstream_audit
from lab.sync.engine import SyncReport, sync
from lab.sync.pgpass import save_password
from lab.sync.purge import purge_upstream
from lab.sync.resolve import (
    KEEP,
    TAKE_OTHER,
    TYPED,
    ConflictNotFound,
    list_conflicts,
    resolve_conflict,
)
from lab.sync.retire import WorkstationAtCentre, find_workstation, not_confirmed, retire_workstation
from lab.sync.roles import add_workstation
from lab.sync.status import COMMAND, failed_run, finished_run, parse_address, record_run
from lab.sync.typed import SettlingRefused
from lab.sync.upstream import (
    UpstreamError,
    check_schema,
    connect_upstream,
    init_upstream,
    refused,
)

EXIT_SYNC_FAILED = 3
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("sync", help="push this workstation's changes and pull the centre's")
    p.add_argument("--upstream", help="central database URL (postgresql://user@host/db)")
    _sslmode_option(p)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=guarded(run_sync))

    up = subparsers.add_parser("upstream", help="set up the centre's PostgreSQL database")
    commands = up.add_subparsers(title="upstream commands", metavar="ACTION", required=True)
    init = commands.add_parser("init", help="create or migrate the central schema")
    init.add_argument("url", help="central database URL, as its owner (postgresql://…)")
    _sslmode_option(init)
    init.set_defaults(func=guarded(run_init))

    add = commands.add_parser(
        "add-workstation", help="create one workstation's login role (row-level security)"
    )
    add.add_argument("name", help="the workstation's name, e.g. lab-dien-1")
    add.add_argument("--url", required=True, help="central database URL, as its owner")
    add.add_argument(
        "--password-env",
        metavar="VAR",
        help="environment variable holding the new login's password (none: trust/cert auth)",
    )
    add.add_argument(
        "--code",
        help="reserve this workstation code for the login (the workstation must have it)",
    )
    _sslmode_option(add)
    add.set_defaults(func=guarded(run_add_workstation))

    purge = commands.add_parser(
        "purge",
        help="delete tombstones and kept versions every workstation has pulled past",
    )
    purge.add_argument("url", help="central database URL, as its owner (postgresql://…)")
    purge.add_argument("--json", action="store_true", help="print the result as JSON")
    _sslmode_option(purge)
    purge.set_defaults(func=guarded(run_purge))

    retire = commands.add_parser(
        "retire-workstation",
        help="revoke a decommissioned workstation's login so the purge stops waiting for it",
    )
    retire.add_argument("name", help="the name the workstation was added with")
    retire.add_argument("url", help="central database URL, as its owner (postgresql://…)")
    retire.add_argument(
        "--yes", action="store_true", help="retire it (without: only say what it would mean)"
    )
    retire.add_argument("--json", action="store_true", help="print the result as JSON")
    _sslmode_option(retire)
    retire.set_defaults(func=guarded(run_retire_workstation))

    verify = commands.add_parser(
        "verify-audit", help="check every workstation's audit chain as the centre holds it"
    )
    verify.add_argument("url", help="central database URL (postgresql://…)")
    verify.add_argument("--json", action="store_true", help="print the result as JSON")
    _sslmode_option(verify)
    verify.set_defaults(func=guarded(run_verify_audit))

    c = subparsers.add_parser("conflicts", help="list or settle fields changed on two workstations")
    c.add_argument("--json", action="store_true", help="print the list as JSON")
    c.add_argument("--resolve", metavar="ID", help="settle this conflict (see the list for ids)")
    c.add_argument(
        "--take",
        choices=(KEEP, TAKE_OTHER),
        help="keep the value the record has (kept, the default) or take the other "
        "workstation's (other)",
    )
    c.add_argument(
        "--value",
        metavar="TEXT",
        help="settle it with this value instead, when neither is right (e.g. the serial on the "
        "device's label; numbers take a decimal comma, dates day/month/year)",
    )
    c.add_argument("--user", help="who settles it (required once the workstation has users)")
    c.set_defaults(func=guarded(run_conflicts))


def _sslmode_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sslmode",
        choices=SSLMODES,
        default=None,
        help="TLS for the connection (default: prefer, i.e. TLS when the server offers it)",
    )


def upstream_url(db: Database, given: str | None) -> str:
    url = given or os.environ.get("CALDESK_UPSTREAM")
    if url:
        return url
    with db.read_session() as session:
        state = session.get(SyncState, 1)
        if state is not None and state.upstream_url:
            return state.upstream_url
    raise CommandError(
        "No central database is set: give it with --upstream URL (or $CALDESK_UPSTREAM)."
    )


def remember_url(db: Database, url: str) -> None:
    """Remember the centre's address for the next ``sync`` as the Sync pane does: a password typed
    into the URL goes to libpq's password file (owner-readable only), never into the database."""
    address, password = parse_address(url, None)
    if password:
        save_password(address.connect_url, password)
    stored = address.connect_url
    with db.session() as session:
        state = session.get(SyncState, 1)
        if state is None:
            session.add(SyncState(id=1, pulled_seq=0, upstream_url=stored))
        elif state.upstream_url != stored:
            state.upstream_url = stored


def run_sync(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        url = upstream_url(db, args.upstream)
        started = utc_now()
        try:
            upstream = connect_upstream(url, sslmode=args.sslmode)
            report = sync(db, upstream)
        except UpstreamError as exc:
            # The Sync pane and the status bar show a scheduled sync that failed, too.
            record_run(db, failed_run(started, COMMAND, exc))
            raise CommandError(f"Sync failed: {exc}", EXIT_SYNC_FAILED) from exc
        record_run(db, finished_run(started, COMMAND, report))
        remember_url(db, url)
        upstream.dispose()
        _print_report(report, args.json)
        return 0
    finally:
        db.close()


def _print_report(report: SyncReport, as_json: bool) -> None:
    if as_json:
        print_json(report.as_dict())
        return
    print(
        f"pushed {report.pushed}, pulled {report.pulled}, "
        f"conflicts found {report.conflicts_found}, open {report.conflicts_open}, "
        f"pending {report.pending}"
    )
    if report.conflicts_open:
        print(
            f"{report.conflicts_open} field(s) were changed on two workstations: settle them in "
            "the Sync pane.",
            file=sys.stderr,
        )


@contextmanager
def _at_centre(args: argparse.Namespace) -> Iterator[Engine]:
    """The central database the owner's command names (``url``, ``--sslmode``): what it refuses
    is the command's failure in its words, and the connection is closed whatever happens."""
    try:
        upstream = connect_upstream(args.url, sslmode=args.sslmode)
    except UpstreamError as exc:
        raise CommandError(str(exc), EXIT_SYNC_FAILED) from exc
    try:
        yield upstream
    except UpstreamError as exc:
        raise CommandError(str(exc), EXIT_SYNC_FAILED) from exc
    except DBAPIError as exc:
        raise CommandError(str(refused(upstream, exc)), EXIT_SYNC_FAILED) from exc
    finally:
        upstream.dispose()


def run_init(args: argparse.Namespace) -> int:
    with _at_centre(args) as upstream:
        revision = init_upstream(upstream)
    print(f"central database ready (schema {revision})")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    with _at_centre(args) as upstream:
        init_upstream(upstream)  # the purge's own bookkeeping (policies, columns) is in place
        report = purge_upstream(upstream)
    if args.json:
        print_json(report.as_dict())
        return 0
    tombstones = sum(report.tombstones.values())
    print(
        f"every workstation has pulled up to change {report.horizon}: deleted {tombstones} "
        f"tombstoned row(s) and {report.history} kept version(s)"
    )
    return 0


def run_verify_audit(args: argparse.Namespace) -> int:
    """Exit 0 when every workstation's chain holds, 1 when one is broken (as ``audit verify``)."""
    with _at_centre(args) as upstream:
        with upstream.begin() as conn:
            check_schema(conn)
        trails = verify_upstream_audit(upstream)
    if args.json:
        print_json([t.as_dict() for t in trails])
    else:
        for trail in trails:
            print(trail.sentence())
        if not trails:
            print("The centre holds no audit events yet.")
    return 0 if all(t.intact for t in trails) else 1


def run_conflicts(args: argparse.Namespace) -> int:
    if not args.resolve and (args.take or args.value is not None):
        raise CommandError("Say which conflict to settle with --resolve ID (see 'conflicts').")
    db = open_db(args)
    try:
        if args.resolve:
            return _resolve(db, args)
        conflicts = list_conflicts(db)
        if args.json:
            print_json([dataclasses.asdict(c) for c in conflicts])
        for c in [] if args.json else conflicts:
            print(
                f"{c.id}  {c.entity} {c.row_id} {c.field}: kept {c.kept!r}, "
                f"other {c.other!r} (was {c.ancestor!r})"
            )
        return 0
    finally:
        db.close()


def _resolve(db: Database, args: argparse.Namespace) -> int:
    try:
        conflict_id = uuid.UUID(args.resolve)
    except ValueError as exc:
        raise CommandError(f"'{args.resolve}' is not a conflict id (see 'conflicts').") from exc
    user = user_for_command(db, args.user)
    if args.take and args.value is not None:
        raise CommandError("Give --take or --value, not both: the value typed replaces both.")
    choice = TYPED if args.value is not None else args.take or KEEP
    try:
        settled = resolve_conflict(db, conflict_id, choice, user.name if user else None, args.value)
    except (ConflictNotFound, SettlingRefused) as exc:
        raise CommandError(str(exc)) from exc
    print(
        f"conflict {conflict_id} settled ({choice}): the field is now {settled!r}; "
        "it syncs with the next sync"
    )
    return 0


def run_add_workstation(args: argparse.Namespace) -> int:
    password = os.environ.get(args.password_env) if args.password_env else None
    if args.password_env and not password:
        raise CommandError(f"The environment variable {args.password_env} is empty or not set.")
    with _at_centre(args) as upstream:
        role = add_workstation(upstream, args.name, password, args.code)
    print(f"workstation login '{role}' created; it writes only as itself")
    return 0


def run_retire_workstation(args: argparse.Namespace) -> int:
    """Exit 0 when the workstation is retired (now or before), 1 when ``--yes`` was not given."""
    with _at_centre(args) as upstream:
        init_upstream(upstream)  # a centre set up before workstations retired gets retired_at
        found = find_workstation(upstream, args.name)
        if found.retired or not args.yes:
            return _say_retirement(found, args.json, retired_now=False)
        retired, already = retire_workstation(upstream, args.name)
    return _say_retirement(retired, args.json, retired_now=not already)


def _say_retirement(ws: WorkstationAtCentre, as_json: bool, *, retired_now: bool) -> int:
    """What retiring means, then what was done; a workstation left in use (no --yes) exits 1."""
    if ws.retired and not retired_now:
        said = [ws.outcome(already=True)]
    else:
        said = [*ws.summary(), ws.outcome(already=False) if retired_now else not_confirmed()]
    if as_json:
        print_json({**ws.as_dict(), "retired_now": retired_now, "said": said})
    else:
        for line in said[:-1]:
            print(line)
        print(said[-1], file=sys.stdout if ws.retired else sys.stderr)
    return 0 if ws.retired else 1
