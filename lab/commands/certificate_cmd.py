"""Headless certificates (issue 7, item 7): ``issue``, ``amend``, ``certificates``,
``verify-certificate`` and ``terms`` (what the customer agreed). Rendering a certificate to PDF
(``certificate NUMBER --pdf``) needs Qt and lives with the renderer in ``ui/``.

``verify-certificate PDF_OR_QR_TEXT`` exits 0 when genuine, 1 when superseded (genuinely issued,
but a later revision replaces it), 3 when not genuine, and 2 when what was given cannot be
checked at all (an unreadable file), like every command's bad input.
"""

from __future__ import annotations

import argparse
from datetime import date

from lab.certificates.assemble import CertificateRefused
from lab.certificates.issuing import (
    IssuedRevision,
    amend_certificate,
    awaiting_issue,
    certificates_of_work_order,
    issue_certificate,
    list_certificates,
)
from lab.certificates.terms import (
    CONDITIONS,
    TermsRefused,
    set_calibration_terms,
    set_work_order_terms,
)
from lab.certificates.verification import (
    GENUINE,
    SUPERSEDED,
    VerificationUnusable,
    verify_certificate,
)
from lab.commands.auth import PASSWORD_ENV, read_password
from lab.commands.common import CommandError, guarded, open_db, print_json, user_for_command
from lab.permissions import LabUser, PermissionDenied
from lab.signatures import SignatureRefused

REFUSALS = (CertificateRefused, TermsRefused, PermissionDenied, SignatureRefused)
EXIT_GENUINE, EXIT_SUPERSEDED, EXIT_NOT_GENUINE = 0, 1, 3


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def _yes_no(text: str) -> bool:
    if text.lower() in ("yes", "y", "có", "co"):
        return True
    if text.lower() in ("no", "n", "không", "khong"):
        return False
    raise argparse.ArgumentTypeError(f"say yes or no, not '{text}'")


def register(subparsers: argparse._SubParsersAction) -> None:
    i = subparsers.add_parser("issue", help="issue the certificate of an approved calibration")
    i.add_argument("--calibration", metavar="ID", help="the approved calibration")
    i.add_argument("--waiting", action="store_true", help="list calibrations awaiting issue")
    i.add_argument("--user", help=f"the signatory (password from {PASSWORD_ENV})")
    i.add_argument("--date", type=_iso_date, help="date of issue (default: today)")
    i.add_argument("--json", action="store_true", help="print JSON")
    i.set_defaults(func=guarded(run_issue))

    a = subparsers.add_parser("amend", help="issue a new revision that supersedes the current one")
    a.add_argument("number", help="the certificate number")
    a.add_argument("--reason", required=True, help="why the certificate is amended")
    a.add_argument("--user", help=f"the signatory (password from {PASSWORD_ENV})")
    a.add_argument("--date", type=_iso_date, help="date of issue (default: today)")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=guarded(run_amend))

    c = subparsers.add_parser("certificates", help="list issued certificates, newest first")
    c.add_argument("--work-order", metavar="N", help="current revisions of one work order")
    c.add_argument("--search", default="", help="number, lab ID or customer")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(func=guarded(run_certificates))

    v = subparsers.add_parser(
        "verify-certificate",
        help="genuine (exit 0), superseded (1) or not genuine (3)? from a PDF or the QR text",
    )
    v.add_argument("given", metavar="PDF_OR_QR_TEXT")
    v.add_argument("--json", action="store_true", help="print JSON")
    v.set_defaults(func=guarded(run_verify))

    t = subparsers.add_parser(
        "terms", help="what the customer agreed: conformity statement, interval; item condition"
    )
    t.add_argument("--work-order", metavar="N", help="the work order the agreement is for")
    t.add_argument("--calibration", metavar="ID", help="one open calibration instead")
    t.add_argument("--conformity", type=_yes_no, help="state conformity on certificates: yes|no")
    t.add_argument("--interval-months", type=int, help="recalibration interval agreed (work order)")
    t.add_argument("--no-interval", action="store_true", help="no interval agreed (work order)")
    t.add_argument("--condition", choices=sorted(CONDITIONS), help="condition as received")
    t.add_argument("--user", help=f"who records it (password from {PASSWORD_ENV})")
    t.set_defaults(func=guarded(run_terms))


def _signatory(db, user_name: str | None) -> tuple[LabUser, str]:  # noqa: ANN001
    user = user_for_command(db, user_name)
    if user is None:
        raise CommandError(f"Say who signs with --user NAME (password from {PASSWORD_ENV}).")
    return user, read_password(f"Password for {user.name} (to sign): ")


def run_issue(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if args.waiting:
            with db.read_session() as session:
                rows = awaiting_issue(session)
            _print_waiting(rows, args.json)
            return 0
        if not args.calibration:
            raise CommandError("Say which calibration with --calibration ID (or --waiting).")
        user, password = _signatory(db, args.user)
        with db.session(actor=user, reason="certificate issued") as session:
            issued = issue_certificate(session, user, password, args.calibration, today=args.date)
    except REFUSALS as exc:
        raise CommandError(str(exc), 1) from None
    finally:
        db.close()
    _print_issued(issued, args.json)
    return 0


def run_amend(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        user, password = _signatory(db, args.user)
        with db.session(actor=user, reason=f"certificate amended: {args.reason}") as session:
            issued = amend_certificate(
                session, user, password, args.number, args.reason, today=args.date
            )
    except REFUSALS as exc:
        raise CommandError(str(exc), 1) from None
    finally:
        db.close()
    _print_issued(issued, args.json)
    return 0


def run_certificates(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.read_session() as session:
            if args.work_order:
                revisions = certificates_of_work_order(session, args.work_order)
            else:
                revisions = list_certificates(session, text=args.search)
    except CertificateRefused as exc:
        raise CommandError(str(exc), 1) from None
    finally:
        db.close()
    if args.json:
        print_json([_summary(r) for r in revisions])
        return 0
    for r in revisions:
        state = "superseded" if r.superseded else "current"
        print(
            f"{r.number} rev. {r.revision}  {r.content.issued_on}  {r.lab_id:<14} "
            f"{state:<10} {r.content.customer.name}"
        )
    print(f"{len(revisions)} certificate revision(s)")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.read_session() as session:
            result = verify_certificate(session, args.given)
    except VerificationUnusable as exc:
        raise CommandError(str(exc)) from None
    finally:
        db.close()
    if args.json:
        print_json(result.as_json())
    else:
        print(result.sentence)
    return {GENUINE: EXIT_GENUINE, SUPERSEDED: EXIT_SUPERSEDED}.get(result.status, EXIT_NOT_GENUINE)


def run_terms(args: argparse.Namespace) -> int:
    if bool(args.work_order) == bool(args.calibration):
        raise CommandError("Say either --work-order N or --calibration ID.")
    db = open_db(args)
    try:
        user = user_for_command(db, args.user)
        if user is None:
            raise CommandError("Say who records the agreement with --user NAME.")
        with db.session(actor=user, reason="customer's terms recorded") as session:
            said = _record_terms(session, user, args)
    except REFUSALS as exc:
        raise CommandError(str(exc), 1) from None
    finally:
        db.close()
    print(said)
    return 0


def _record_terms(session, user: LabUser, args: argparse.Namespace) -> str:  # noqa: ANN001
    if args.work_order:
        if args.condition:
            raise CommandError("The condition as received is recorded per --calibration ID.")
        wo = set_work_order_terms(
            session,
            user,
            args.work_order,
            conformity_requested=args.conformity,
            interval_agreed_months=args.interval_months,
            no_interval=args.no_interval,
        )
        interval = f"{wo.interval_agreed_months} months" if wo.interval_agreed_months else "none"
        return (
            f"Work order {wo.number}: conformity statement "
            f"{'requested' if wo.conformity_requested else 'not requested'}, "
            f"agreed interval {interval}."
        )
    if args.interval_months or args.no_interval:
        raise CommandError("An agreed interval is recorded per --work-order N.")
    cal = set_calibration_terms(
        session,
        user,
        args.calibration,
        conformity_requested=args.conformity,
        condition_received=args.condition,
    )
    conformity = {None: "as the work order says", True: "requested", False: "not requested"}
    return (
        f"Calibration {cal.id}: conformity statement {conformity[cal.conformity_requested]}, "
        f"condition as received {cal.condition_received or 'not recorded'}."
    )


def _summary(r: IssuedRevision) -> dict:
    return {
        "number": r.number,
        "revision": r.revision,
        "calibration": r.calibration_id,
        "lab_id": r.lab_id,
        "work_order": r.work_order,
        "customer": r.content.customer.name,
        "issued_on": r.content.issued_on.isoformat(),
        "issued_at": r.issued_at.isoformat(),
        "issued_by": r.issued_by,
        "supersedes": r.supersedes,
        "superseded": r.superseded,
        "content_hash": r.content_hash,
        "qr_text": r.qr_text,
    }


def _print_issued(issued: IssuedRevision, as_json: bool) -> None:
    if as_json:
        print_json(_summary(issued))
        return
    replaces = f", superseding {issued.supersedes}" if issued.supersedes else ""
    print(f"Certificate {issued.number} revision {issued.revision} issued{replaces}.")
    print(f"QR: {issued.qr_text}")


def _print_waiting(rows: list[dict], as_json: bool) -> None:
    if as_json:
        print_json(rows)
        return
    for r in rows:
        print(f"{r['calibration']}  {r['lab_id']:<14} {r['procedure']:<20} {r['approved_by']}")
    print(f"{len(rows)} approved calibration(s) awaiting a certificate")
