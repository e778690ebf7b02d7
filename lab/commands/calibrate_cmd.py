"""Headless calibration (issue 6, item 5): ``procedures``, ``standards``, ``calibrate``,
``review`` and ``approve``.

``calibrate --device LAB_ID [--procedure NAME] --simulate --user NAME [--json]`` runs a whole
procedure on the simulators and prints the calibration's id and per point: phase, nominal,
reference, indication, error, U, k, nu_eff, mpe, verdict. Each point is saved as it is taken (a
line on stderr says so); ``calibrate --resume ID --simulate --user NAME`` finishes a draft.
``--port-reference URL --port-uut URL`` instead of ``--simulate`` runs on the instruments' ports
(a serial port path or any pyserial URL). ``--adjust "what was adjusted"`` takes the points as
found, records the adjustment, and takes them again as left; on ports it waits for the
technician to press Enter once the device is adjusted.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from instruments.errors import InstrumentError
from lab.calibration.bench import PortChoice
from lab.calibration.procedures import ProcedureError, latest_procedures
from lab.calibration.results import PointResult
from lab.calibration.runner import bench_for, run_points
from lab.calibration.runs import (
    CalibrationRefused,
    Environment,
    RunPlan,
    approve,
    calibration_report,
    choose_procedure,
    drafts,
    record_adjustment,
    review,
    run_plan,
    start_calibration,
    state_word,
)
from lab.calibration.standards import StandardRefused, calibrations_using, list_standards
from lab.calibration.tolerance import ToleranceError
from lab.commands.auth import PASSWORD_ENV, read_password
from lab.commands.common import CommandError, guarded, open_db, print_json, user_for_command
from lab.permissions import PermissionDenied
from lab.sentences import sentence
from lab.signatures import SignatureRefused
from uncertainty.budget import BudgetError

REFUSALS = (
    CalibrationRefused,
    StandardRefused,
    PermissionDenied,
    SignatureRefused,
    ProcedureError,
    BudgetError,
    InstrumentError,
    ToleranceError,
)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("procedures", help="list the calibration procedures")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=guarded(run_procedures))

    s = subparsers.add_parser("standards", help="list the reference standards and their validity")
    s.add_argument("--used-by", metavar="CODE", help="calibrations that used this standard")
    s.add_argument("--from", dest="start", type=_iso_date, default=date(1900, 1, 1))
    s.add_argument("--to", dest="end", type=_iso_date, default=date(9999, 12, 30))
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=guarded(run_standards))

    c = subparsers.add_parser("calibrate", help="calibrate a device (on the simulators)")
    c.add_argument("--device", metavar="LAB_ID", help="the device's lab ID")
    c.add_argument("--procedure", help="procedure name (default: the one fitting the device)")
    c.add_argument("--standard", metavar="CODE", help="the reference standard to use")
    c.add_argument("--resume", metavar="ID", help="finish this draft calibration")
    c.add_argument("--drafts", action="store_true", help="list the drafts that can be resumed")
    c.add_argument("--simulate", action="store_true", help="run on the simulated bench")
    c.add_argument("--port-reference", metavar="URL", help="the reference standard's port")
    c.add_argument("--port-uut", metavar="URL", help="the port of the unit under test")
    c.add_argument("--baud-reference", type=int, help="baud rate (default: the driver's)")
    c.add_argument("--baud-uut", type=int, help="baud rate (default: the driver's)")
    c.add_argument("--adjust", metavar="TEXT", help="adjust after the as-found points: what")
    c.add_argument("--time-scale", type=float, default=0.0, help="simulated time (0 = instant)")
    c.add_argument("--temperature", type=float, default=23.0, help="room temperature, °C")
    c.add_argument("--humidity", type=float, default=55.0, help="relative humidity, %%RH")
    c.add_argument("--user", help="who calibrates (password from CALDESK_PASSWORD)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(func=guarded(run_calibrate))

    for name, helptext in (("review", "review a measured calibration (e-signed)"),
                           ("approve", "approve a reviewed calibration (e-signed)")):  # fmt: skip
        a = subparsers.add_parser(name, help=helptext)
        a.add_argument("--calibration", required=True, metavar="ID")
        a.add_argument("--user", help=f"who signs (password from {PASSWORD_ENV})")
        a.set_defaults(func=guarded(run_sign), action=name)


def run_procedures(args: argparse.Namespace) -> int:
    try:
        rows = [p.summary() for p in latest_procedures()]
    except ProcedureError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        kinds = ", ".join(r["device_kinds"])
        print(f"{r['name']:<22} v{r['version']:<3} {r['quantity']:<12} {kinds}")
    return 0


def run_standards(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.read_session() as session:
            if args.used_by:
                rows = calibrations_using(session, args.used_by, args.start, args.end)
            else:
                rows = [s.as_json() for s in list_standards(session)]
    except StandardRefused as exc:
        raise CommandError(str(exc), 1) from None
    finally:
        db.close()
    if args.json:
        print_json(rows)
    elif args.used_by:
        for r in rows:
            print(f"{r['started_at'][:10]}  {r['device']}  {r['procedure']}  {r['state']}")
        print(f"{len(rows)} calibrations used {args.used_by}")
    else:
        for r in rows:
            print(f"{r['code']:<14} {r['status']:<9} {r['sentence']}")
    return 0


def run_calibrate(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if args.drafts:
            with db.read_session() as session:
                print_json(drafts(session))
            return 0
        _check_bench_arguments(args)
        if not args.device and not args.resume:
            raise CommandError("Say which device with --device LAB_ID (or --resume ID).")
        user = user_for_command(db, args.user)
        if user is None:
            raise CommandError("Say who calibrates with --user NAME.")
        calibration_id = args.resume or _start(db, user, args)
        _measure(db, user, calibration_id, args)
        with db.read_session() as session:
            report = calibration_report(session, calibration_id)
    except REFUSALS as exc:
        raise CommandError(str(exc), 1) from None
    finally:
        db.close()
    _print_report(report, args.json)
    return 0


def _start(db, user, args: argparse.Namespace) -> str:  # noqa: ANN001
    with db.session(actor=user, reason="calibration started") as session:
        procedure = choose_procedure(session, args.device, args.procedure)
        plan = start_calibration(
            session,
            user,
            args.device,
            procedure,
            Environment(args.temperature, args.humidity),
            standard_code=args.standard,
        )
    for warning in plan.warnings:
        print(f"caldesk: warning: {warning}", file=sys.stderr)
    print(f"calibration {plan.calibration_id} started", file=sys.stderr, flush=True)
    return plan.calibration_id


def _check_bench_arguments(args: argparse.Namespace) -> None:
    ports = args.port_reference or args.port_uut
    if args.simulate and ports:
        raise CommandError("Say --simulate or the ports (--port-reference, --port-uut), not both.")
    if not args.simulate and not ports:
        raise CommandError(
            "Say where the instruments are: --simulate, or --port-reference URL and "
            "--port-uut URL (a serial port such as /dev/ttyUSB0, or a pyserial URL)."
        )
    if args.adjust is not None and not args.adjust.strip():
        raise CommandError('Say what was adjusted: --adjust "DC zero trimmed".')


def _ports(plan: RunPlan, args: argparse.Namespace) -> dict[str, PortChoice | None]:
    """Each instrument's port by driver, or None on the simulated bench."""
    chosen = {}
    for role, url, baud in (
        (plan.procedure.reference, args.port_reference, args.baud_reference),
        (plan.procedure.unit_under_test, args.port_uut, args.baud_uut),
    ):
        if role.driver and role.entry in ("driver", "source"):
            chosen[role.driver] = PortChoice(url, baud) if url else None
    return chosen


def _measure(db, user, calibration_id: str, args: argparse.Namespace) -> None:  # noqa: ANN001
    plan = _take_pass(db, user, calibration_id, args, finish=not args.adjust)
    if args.adjust and not plan.adjusted:
        with db.session(actor=user, reason="calibration adjusted") as session:
            plan = record_adjustment(session, user, calibration_id, args.adjust)
        print(f"adjustment recorded: {plan.adjustment}", file=sys.stderr, flush=True)
        if not args.simulate:
            _wait_for_the_adjustment(plan)
        _take_pass(db, user, calibration_id, args, finish=True)
    elif args.adjust:  # resumed in the as-left points: the adjustment is on record already
        print(
            f"caldesk: {calibration_id} was already adjusted ({plan.adjustment}); "
            "--adjust is not recorded again.",
            file=sys.stderr,
        )
        _take_pass(db, user, calibration_id, args, finish=True)


def _take_pass(db, user, calibration_id: str, args, *, finish: bool) -> RunPlan:  # noqa: ANN001
    """Take the remaining points of the pass the draft is in (as found, or as left)."""
    with db.read_session() as session:
        plan = run_plan(session, calibration_id)
    if plan.state != "draft":
        raise CalibrationRefused(
            sentence(
                "Calibration {calibration_id} is {state}, not a draft.",
                calibration_id=calibration_id,
                state=state_word(plan.state),
            )
        )
    ports = {} if args.simulate else _ports(plan, args)
    bench = bench_for(db, plan, ports, time_scale=args.time_scale)
    try:
        run_points(db, user, calibration_id, bench, on_point=_said(plan.pass_name), finish=finish)
    finally:
        bench.close()
    return plan


def _wait_for_the_adjustment(plan: RunPlan) -> None:
    print(
        f"Adjust {plan.device.lab_id} now ({plan.adjustment}); press Enter when it is done to "
        "take the points as left.",
        file=sys.stderr,
        flush=True,
    )
    if not sys.stdin.readline():
        raise CalibrationRefused(
            f"Nobody confirmed that {plan.device.lab_id} is adjusted. The as-found points and the "
            f"adjustment are saved; resume with --resume {plan.calibration_id} to take the "
            "points as left."
        )


def _said(pass_name: str):  # noqa: ANN202
    def say(result: PointResult, done: int, total: int) -> None:
        print(
            f"{pass_name}: point {done}/{total} saved: {result.nominal:g} {result.unit} → "
            f"{result.verdict}",
            file=sys.stderr,
            flush=True,
        )

    return say


def _print_report(report: dict, as_json: bool) -> None:
    if as_json:
        keys = ("phase", "nominal", "reference", "indication", "error", "U", "k", "nu_eff", "mpe")
        points = [{k: p[k] for k in (*keys, "verdict", "unit", "seq")} for p in report["points"]]
        print_json({**report, "points": points})
        return
    print(f"calibration {report['calibration']} of {report['device']}: {report['state']}")
    if report["adjustment"]:
        adjustment = report["adjustment"]
        print(f"adjusted by {adjustment['by']} at {adjustment['at']}: {adjustment['what']}")
    print(f"{'phase':<9} {'nominal':>12} {'reference':>14} {'indication':>14} {'error':>12} "
          f"{'U':>10} {'k':>5} {'MPE':>10}  verdict")  # fmt: skip
    for p in report["points"]:
        print(
            f"{p['phase']:<9} {p['nominal']:>12g} {p['reference']:>14.7g} "
            f"{p['indication']:>14.7g} {p['error']:>12.4g} {p['U']:>10.3g} {p['k']:>5.2f} "
            f"{p['mpe']:>10.3g}  {p['verdict']}"
        )


def run_sign(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        user = user_for_command(db, args.user)
        if user is None:
            raise CommandError(f"Say who signs with --user NAME (password from {PASSWORD_ENV}).")
        password = read_password(f"Password for {user.name} (to sign): ")
        move = review if args.action == "review" else approve
        reason = f"calibration {args.action}ed".replace("approveed", "approved")
        with db.session(actor=user, reason=reason) as session:
            move(session, user, password, args.calibration)
            state = calibration_report(session, args.calibration)["state"]
    except REFUSALS as exc:
        raise CommandError(str(exc), 1) from None
    finally:
        db.close()
    print(f"Calibration {args.calibration} is {state} (signed by {user.name}).")
    return 0
