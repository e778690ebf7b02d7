"""``import FILE --customer NAME``: take in a customer's device list."""

from __future__ import annotations

import argparse
from pathlib import Path

from lab.commands.common import CommandError, guarded, open_db, print_json, user_for_command
from lab.importing import UnusableFile, write_error_file
from lab.intake import ImportReport, import_device_list
from lab.permissions import PermissionDenied


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="import a customer's device list (CSV or XLSX)",
        description="Import a device list. Exit 0: all rows taken in; 1: some rows rejected "
        "(the valid ones imported); 2: the file cannot be used at all.",
    )
    p.add_argument("file", type=Path, help="the CSV or XLSX file the customer sent")
    p.add_argument("--customer", required=True, help="the customer the devices belong to")
    p.add_argument("--dry-run", action="store_true", help="validate and count, change nothing")
    p.add_argument("--errors", type=Path, metavar="OUT", help="write rejected rows to OUT")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--user",
        help="who imports (password from CALDESK_PASSWORD or asked); needed once the "
        "workstation has users",
    )
    p.set_defaults(func=guarded(run))


def run(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandError(f"There is no file {args.file}.")
    db = open_db(args)
    try:
        user = None if args.dry_run else user_for_command(db, args.user)
        reason = f"import of {args.file.name} for {args.customer}"
        with db.session(actor=user.name if user else None, reason=reason) as session:
            report = import_device_list(
                session, args.file, args.customer, dry_run=args.dry_run, user=user
            )
    except UnusableFile as exc:
        raise CommandError(str(exc)) from exc
    except PermissionDenied as exc:
        raise CommandError(str(exc), 1) from exc
    finally:
        db.close()
    if args.errors and report.problems:
        _write_errors(args.file, report, args.errors)
    if args.json:
        print_json(report.as_json())
    else:
        print(_summary(report, args.errors))
    return report.exit_code


def _write_errors(source: Path, report: ImportReport, out: Path) -> None:
    write_error_file(out, report.table, report.mapping, report.problems)


def _summary(report: ImportReport, errors_file: Path | None) -> str:
    verb = "would import" if report.dry_run else "imported"
    lines = [
        f"{report.file} for {report.customer}: {verb} {report.imported}, "
        f"updated {report.updated}, unchanged {report.unchanged}, rejected {report.rejected}."
    ]
    if report.work_order:
        lines.append(f"Work order {report.work_order}.")
    elif report.repeat_of and not report.dry_run:
        lines.append(f"This file was already taken in as {report.repeat_of}; nothing changed.")
    for p in report.problems:
        where = f"line {p.line}" + (f", column '{p.column}'" if p.column else "")
        shown = f" ('{p.value}')" if p.value else ""
        lines.append(f"  {where}{shown}: {p.reason}")
    if report.problems and errors_file:
        lines.append(f"Rejected rows written to {errors_file}: fix them there and import it.")
    return "\n".join(lines)
