"""A calibration run as the lab records it (issue 6, items 3 and 4).

``start_calibration`` checks everything that can be checked before a reading is taken (the
procedure fits the device, every point has an MPE, the standard is in date and certified at every
point, the environment is recorded) and saves a draft. ``record_point`` saves one point in its own
transaction the moment it is taken, so a crash loses at most the point in progress and
``run_plan`` of the draft says which points are still to come. The states move draft → measured
→ reviewed → approved; review and approval are e-signed; an approved calibration is never edited
(the service refuses and the database's own triggers refuse too).

As found and as left (ISO/IEC 17025 7.8.4.1 d): the points are taken once and saved as
``as_left``. When the technician then adjusts the device, :func:`record_adjustment` records what
was adjusted and, in the same transaction, relabels that complete set ``as_found``; the points are
then taken again as ``as_left``. A device that is not adjusted thus has one set of results, as
ILAC practice reports it, and it is the as-left set everything downstream reads.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lab.calibration.procedures import (
    Procedure,
    ProcedureError,
    find_procedure,
    shipped_procedures,
)
from lab.calibration.procedures import procedures_for_kind as _procedures_for_kind
from lab.calibration.results import (
    DeviceUnderTest,
    PointResult,
    PointTaken,
    evaluate_point,
)
from lab.calibration.standards import (
    certified_value,
    choose_standard,
    require_usable,
)
from lab.calibration.tolerance import RULE_TEXT, DeviceScale, ToleranceError, mpe_of
from lab.permissions import LabUser, Permission, require
from lab.sentences import KIND_WORDS, SaysWhy, Sentence, sentence, word, words
from lab.signatures import Meaning, content_hash, sign
from lab.storage.base import utc_now
from lab.storage.calibration_models import (
    Calibration,
    CalibrationStandard,
    MeasurementPoint,
    ReferenceStandard,
)
from lab.storage.models import Device
from uncertainty.units import UnitError, ureg

log = logging.getLogger(__name__)

DRAFT, MEASURED, REVIEWED, APPROVED = "draft", "measured", "reviewed", "approved"
AS_FOUND, AS_LEFT = "as_found", "as_left"
ADJUSTMENT_MAX_CHARS = 1000
# Environment a calibration lab's room can plausibly have; outside it a typing slip is likelier.
TEMPERATURE_LIMITS_C = (10.0, 40.0)
HUMIDITY_LIMITS = (5.0, 95.0)


class CalibrationRefused(SaysWhy, Exception):
    """The run cannot start or go on; the sentence says what and where, for the technician."""


def state_word(state: str) -> Sentence | str:
    """A calibration's state as a word of a sentence, so that it is said in the user's language
    too (a state this version does not know, from a newer workstation, stays as stored)."""
    words = {
        DRAFT: sentence("draft"),
        MEASURED: sentence("measured"),
        REVIEWED: sentence("reviewed"),
        APPROVED: sentence("approved"),
    }
    return words.get(state, state)


@dataclass(frozen=True)
class PlannedPoint:
    seq: int
    nominal: float


@dataclass(frozen=True)
class RunPlan:
    """Everything a bench needs to take the remaining points of a calibration: plain data."""

    calibration_id: str
    state: str
    procedure: Procedure
    device: DeviceUnderTest
    standard_code: str
    points: tuple[PlannedPoint, ...]
    done: tuple[int, ...]
    warnings: tuple[str, ...] = ()
    adjustment: str | None = None  # what was adjusted after the as-found points, if anything
    as_found: tuple[int, ...] = ()  # the as-found points saved (only once adjusted)

    @property
    def remaining(self) -> tuple[PlannedPoint, ...]:
        return tuple(p for p in self.points if p.seq not in self.done)

    @property
    def adjusted(self) -> bool:
        return self.adjustment is not None

    @property
    def pass_name(self) -> str:
        """The points being taken now: "as found" until an adjustment, "as left" after it."""
        return "as left" if self.adjusted else "as found"


@dataclass(frozen=True)
class Environment:
    temperature_c: float
    humidity_pct: float

    def check(self) -> None:
        low, high = TEMPERATURE_LIMITS_C
        if not low <= self.temperature_c <= high:
            raise CalibrationRefused(
                sentence(
                    "The room temperature {temperature:g} °C is outside {low:g}–{high:g} °C: "
                    "check the thermometer reading and type it again.",
                    temperature=self.temperature_c,
                    low=low,
                    high=high,
                )
            )
        low, high = HUMIDITY_LIMITS
        if not low <= self.humidity_pct <= high:
            raise CalibrationRefused(
                sentence(
                    "The humidity {humidity:g} %RH is outside {low:g}–{high:g} %RH: "
                    "check the hygrometer reading and type it again.",
                    humidity=self.humidity_pct,
                    low=low,
                    high=high,
                )
            )


def device_under_test(device: Device, procedure: Procedure) -> DeviceUnderTest:
    unit = device.unit or procedure.unit or ""
    if procedure.unit and unit != procedure.unit:
        try:
            ureg.Quantity(1, unit).to(procedure.unit)
        except (UnitError, Exception) as exc:  # pint raises several kinds for a wrong unit
            raise CalibrationRefused(
                sentence(
                    "{lab_id} is in {unit}, which is not a {quantity} unit "
                    "({procedure_unit}); {procedure} cannot calibrate it.",
                    lab_id=device.lab_id,
                    unit=unit,
                    quantity=procedure.quantity,
                    procedure_unit=procedure.unit,
                    procedure=procedure.name,
                )
            ) from exc
    if device.resolution is None or device.range_max is None:
        raise CalibrationRefused(
            sentence(
                "{lab_id} has no resolution or range in the register; enter them first.",
                lab_id=device.lab_id,
            )
        )
    verification = float(procedure.tolerance.get("verification_interval_digits", 1))
    scale = DeviceScale(
        float(device.resolution), float(device.range_min or 0.0), float(device.range_max),
        verification,
    )  # fmt: skip
    return DeviceUnderTest(device.lab_id, device.kind, device.name, unit, device.accuracy, scale)


def planned_points(procedure: Procedure, device: DeviceUnderTest) -> tuple[PlannedPoint, ...]:
    """The test points inside the device's range, in its unit."""
    low, high = device.scale.range_min, device.scale.range_max
    if "fraction_of_range" in procedure.points:
        values = [low + f * (high - low) for f in procedure.points["fraction_of_range"]]
    else:
        factor = 1.0
        if procedure.unit and device.unit != procedure.unit:
            factor = float(ureg.Quantity(1, procedure.unit).to(device.unit).magnitude)
        values = [v * factor for v in procedure.points["nominal"]]
        values = [v for v in values if low <= v <= high * (1 + 1e-9)]
    if not values:
        raise CalibrationRefused(
            sentence(
                "None of the test points of {procedure} lies in {lab_id}'s range "
                "{low:g}–{high:g} {unit}.",
                procedure=procedure.name,
                lab_id=device.lab_id,
                low=low,
                high=high,
                unit=device.unit,
            )
        )
    return tuple(PlannedPoint(i, round(v, 12)) for i, v in enumerate(values, start=1))


def procedures_for(session: Session, lab_id: str) -> list[Procedure]:
    return _procedures_for_kind(_device(session, lab_id).kind)


def no_procedure_for(session: Session, lab_id: str) -> Sentence:
    """Why no procedure is offered for ``lab_id`` (when :func:`procedures_for` finds none): the
    device's kind, which no procedure calibrates."""
    return sentence(
        "{lab_id} is a {kind}; no procedure calibrates that kind of device.",
        lab_id=lab_id,
        kind=_kind(_device(session, lab_id)),
    )


def choose_procedure(session: Session, lab_id: str, name: str | None) -> Procedure:
    """The procedure named, or the only one that fits the device's kind."""
    device = _device(session, lab_id)
    if name:
        try:
            procedure = find_procedure(name)
        except ProcedureError as exc:
            raise CalibrationRefused(exc.sentence) from None
        if not procedure.applies_to_kind(device.kind):
            raise CalibrationRefused(
                sentence(
                    "{procedure} calibrates {kinds}, but {lab_id} is a {kind}.",
                    procedure=procedure.name,
                    kinds=words(KIND_WORDS, procedure.applies_to),
                    lab_id=lab_id,
                    kind=_kind(device),
                )
            )
        return procedure
    fitting = _procedures_for_kind(device.kind)
    if len(fitting) != 1:
        names = ", ".join(p.name for p in fitting) or sentence("none")
        raise CalibrationRefused(
            sentence(
                "{lab_id} is a {kind}; procedures that fit: {names}. Name one with --procedure.",
                lab_id=lab_id,
                kind=_kind(device),
                names=names,
            )
        )
    return fitting[0]


def _kind(device: Device) -> Sentence | str:
    if not device.kind:
        return sentence("device of no stated kind")
    return word(KIND_WORDS, device.kind)


def _device(session: Session, lab_id: str) -> Device:
    query = select(Device).where(Device.lab_id == lab_id.strip(), Device.deleted_at.is_(None))
    device = session.scalars(query).first()
    if device is None:
        raise CalibrationRefused(
            sentence("There is no device {lab_id} in the register.", lab_id=lab_id)
        )
    return device


def start_calibration(
    session: Session,
    user: LabUser,
    lab_id: str,
    procedure: Procedure,
    environment: Environment,
    *,
    standard_code: str | None = None,
    today: date | None = None,
) -> RunPlan:
    """Check and save a draft calibration; raises :class:`CalibrationRefused`,
    :class:`StandardRefused` or :class:`lab.permissions.PermissionDenied`."""
    require(user, Permission.CALIBRATE)
    today = today or date.today()
    environment.check()
    device = _device(session, lab_id)
    dut = device_under_test(device, procedure)
    points = planned_points(procedure, dut)
    standard = choose_standard(session, procedure.reference.role, today, standard_code)
    warning = require_usable(standard, today)
    _check_points(procedure, dut, standard, points)
    calibration = Calibration(
        device_id=device.id,
        procedure_name=procedure.name,
        procedure_version=procedure.version,
        quantity=procedure.quantity,
        decision_rule=procedure.decision_rule,
        state=DRAFT,
        technician=user.name,
        started_at=utc_now(),
        ambient_temperature=environment.temperature_c,
        relative_humidity=environment.humidity_pct,
        standards=[_snapshot(standard)],
    )
    session.add(calibration)
    session.flush()
    session.add(CalibrationStandard(calibration_id=calibration.id, standard_id=standard.id))
    log.info("calibration %s of %s started by %s", calibration.id, lab_id, user.name)
    warnings = (warning,) if warning else ()
    return RunPlan(str(calibration.id), DRAFT, procedure, dut, standard.code, points, (), warnings)


def _check_points(
    procedure: Procedure,
    device: DeviceUnderTest,
    standard: ReferenceStandard,
    points: tuple[PlannedPoint, ...],
) -> None:
    for point in points:
        try:
            mpe = mpe_of(device.accuracy, point.nominal, device.scale)
        except ToleranceError as exc:
            raise CalibrationRefused(
                sentence("{lab_id}: {why}", lab_id=device.lab_id, why=exc.sentence)
            ) from None
        if not mpe > 0:
            raise CalibrationRefused(
                sentence(
                    "{lab_id}'s accuracy '{accuracy}' gives no tolerance at "
                    "{nominal:g} {unit}; this point cannot be judged.",
                    lab_id=device.lab_id,
                    accuracy=device.accuracy,
                    nominal=point.nominal,
                    unit=device.unit,
                )
            )
        certified_value(standard, point.nominal)  # raises StandardRefused when not certified


def _snapshot(standard: ReferenceStandard) -> dict:
    return {
        "id": str(standard.id),
        "code": standard.code,
        "name": standard.name,
        "certificate_number": standard.certificate_number,
        "calibrated_by": standard.calibrated_by,
        "valid_until": standard.valid_until.isoformat(),
    }


def _calibration(session: Session, calibration_id: str) -> Calibration:
    try:
        key = uuid.UUID(str(calibration_id))
    except ValueError:
        raise CalibrationRefused(
            sentence("'{calibration_id}' is not a calibration id.", calibration_id=calibration_id)
        ) from None
    calibration = session.get(Calibration, key)
    if calibration is None or calibration.deleted_at is not None:
        raise CalibrationRefused(
            sentence("There is no calibration {calibration_id}.", calibration_id=calibration_id)
        )
    return calibration


def _points(session: Session, calibration: Calibration) -> list[MeasurementPoint]:
    query = select(MeasurementPoint).where(
        MeasurementPoint.calibration_id == calibration.id, MeasurementPoint.deleted_at.is_(None)
    )
    return list(session.scalars(query.order_by(MeasurementPoint.phase, MeasurementPoint.seq)))


def run_plan(session: Session, calibration_id: str) -> RunPlan:
    """The plan of a saved calibration, with the points already taken: how a draft resumes."""
    calibration = _calibration(session, calibration_id)
    procedure = find_procedure(calibration.procedure_name, calibration.procedure_version)
    device = session.get(Device, calibration.device_id)
    dut = device_under_test(device, procedure)
    saved = _points(session, calibration)
    done = tuple(p.seq for p in saved if p.phase == AS_LEFT)
    as_found = tuple(p.seq for p in saved if p.phase == AS_FOUND)
    code = calibration.standards[0]["code"]
    points = planned_points(procedure, dut)
    return RunPlan(
        str(calibration.id), calibration.state, procedure, dut, code, points, done,
        adjustment=calibration.adjustment, as_found=as_found,
    )  # fmt: skip


def record_adjustment(session: Session, user: LabUser, calibration_id: str, what: str) -> RunPlan:
    """Record the adjustment made after the as-found points (ISO/IEC 17025 7.8.4.1 d).

    The complete set taken so far becomes the as-found set, in this same transaction, and the
    as-left points are to be taken next. One adjustment per calibration: a device still out of
    tolerance as left is reported so (or calibrated again on a new record), never overwritten.
    """
    require(user, Permission.CALIBRATE)
    note = " ".join(what.split())
    if not note:
        raise CalibrationRefused(
            sentence("Say in a sentence what was adjusted (e.g. 'DC zero trimmed').")
        )
    if len(note) > ADJUSTMENT_MAX_CHARS:
        raise CalibrationRefused(
            sentence(
                "The adjustment note is {length} characters; keep it under {most}.",
                length=len(note),
                most=ADJUSTMENT_MAX_CHARS,
            )
        )
    plan = run_plan(session, calibration_id)
    calibration = _calibration(session, calibration_id)
    _require_draft(calibration, sentence("an adjustment is recorded"))
    if plan.adjusted:
        raise CalibrationRefused(
            sentence(
                "Calibration {calibration_id} was already adjusted ({adjustment}); "
                "it is adjusted once, between the as-found and the as-left points.",
                calibration_id=calibration_id,
                adjustment=plan.adjustment,
            )
        )
    if plan.remaining:
        raise CalibrationRefused(
            sentence(
                "Take every as-found point before adjusting; still to take ({unit}): {left}.",
                unit=plan.device.unit,
                left=_nominals(plan.remaining),
            )
        )
    for point in _points(session, calibration):
        point.phase = AS_FOUND
    calibration.adjustment, calibration.adjusted_by = note, user.name
    calibration.adjusted_at = utc_now()
    session.flush()
    log.info("calibration %s adjusted by %s: %s", calibration_id, user.name, note)
    return run_plan(session, calibration_id)


def _nominals(points: tuple[PlannedPoint, ...]) -> str:
    return ", ".join(f"{p.nominal:g}" for p in points)


def _require_draft(calibration: Calibration, what: Sentence) -> None:
    if calibration.state != DRAFT:
        raise CalibrationRefused(
            sentence(
                "Calibration {calibration_id} is {state}; {what} only while it is a draft.",
                calibration_id=calibration.id,
                state=state_word(calibration.state),
                what=what,
            )
        )


def record_point(session: Session, user: LabUser, plan: RunPlan, taken: PointTaken) -> PointResult:
    """Evaluate and save one point (the caller commits at once: one point, one transaction)."""
    require(user, Permission.CALIBRATE)
    calibration = _calibration(session, plan.calibration_id)
    _require_draft(calibration, sentence("points are taken"))
    if calibration.adjustment != plan.adjustment:
        # The plan was read before an adjustment (another window, another pass): a point taken
        # by it would land in the wrong set.
        raise CalibrationRefused(
            sentence(
                "Calibration {calibration_id} was adjusted since this run began; "
                "resume it to take the as-left points.",
                calibration_id=plan.calibration_id,
            )
        )
    standard = _standard(session, calibration)
    result = evaluate_point(
        plan.procedure, plan.device, certified_value(standard, taken.nominal), taken
    )
    session.add(_row(calibration, result))
    return result


def _standard(session: Session, calibration: Calibration) -> ReferenceStandard:
    return session.get(ReferenceStandard, uuid.UUID(calibration.standards[0]["id"]))


def _row(calibration: Calibration, r: PointResult) -> MeasurementPoint:
    return MeasurementPoint(
        calibration_id=calibration.id,
        phase=AS_LEFT,  # every point is taken as left; an adjustment makes a set as found
        seq=r.seq,
        nominal=r.nominal,
        unit=r.unit,
        reference=r.reference,
        readings=list(r.readings),
        reference_readings=list(r.reference_readings),
        indication=r.indication,
        std_dev=r.std_dev,
        error=r.error,
        correction=r.correction,
        expanded_uncertainty=r.expanded_uncertainty,
        coverage_factor=r.coverage_factor,
        nu_eff=r.nu_eff,
        mpe=r.mpe,
        verdict=r.verdict,
        taken_at=utc_now(),
    )


def finish_measurement(session: Session, user: LabUser, calibration_id: str) -> None:
    """draft → measured, once every planned point has been taken."""
    require(user, Permission.CALIBRATE)
    plan = run_plan(session, calibration_id)
    if plan.state != DRAFT:
        raise CalibrationRefused(
            sentence(
                "Calibration {calibration_id} is already {state}.",
                calibration_id=calibration_id,
                state=state_word(plan.state),
            )
        )
    if plan.remaining:
        unit, left = plan.device.unit, _nominals(plan.remaining)
        raise CalibrationRefused(
            sentence("As-left points still to take ({unit}): {left}.", unit=unit, left=left)
            if plan.adjusted
            else sentence("Points still to take ({unit}): {left}.", unit=unit, left=left)
        )
    calibration = _calibration(session, calibration_id)
    calibration.state, calibration.measured_at = MEASURED, utc_now()


def signed_content(session: Session, calibration_id: str) -> dict:
    """What a reviewer or signatory signs: the record and every point's result."""
    report = calibration_report(session, calibration_id)
    for key in ("state", "reviewed_by", "approved_by"):
        report.pop(key)
    return report


def review(session: Session, user: LabUser, password: str, calibration_id: str) -> None:
    """measured → reviewed, e-signed by a reviewer who did not take the measurements."""
    calibration = _move(session, calibration_id, MEASURED, REVIEWED)
    if calibration.technician == user.name:
        raise CalibrationRefused(
            sentence(
                "{user} took these measurements; another person must review them.",
                user=user.name,
            )
        )
    _sign(session, user, password, calibration, Meaning.REVIEWED, None)
    calibration.state, calibration.reviewed_by = REVIEWED, user.name


def approve(session: Session, user: LabUser, password: str, calibration_id: str) -> None:
    """reviewed → approved, e-signed by a signatory whose scope covers the quantity."""
    calibration = _move(session, calibration_id, REVIEWED, APPROVED)
    _sign(session, user, password, calibration, Meaning.APPROVED, calibration.quantity)
    calibration.state, calibration.approved_by = APPROVED, user.name


def _move(session: Session, calibration_id: str, needed: str, to: str) -> Calibration:
    calibration = _calibration(session, calibration_id)
    if calibration.state == APPROVED:
        raise CalibrationRefused(
            sentence(
                "Calibration {calibration_id} is approved and never edited.",
                calibration_id=calibration_id,
            )
        )
    if calibration.state != needed:
        raise CalibrationRefused(
            sentence(
                "Calibration {calibration_id} is {state}; only a {needed} calibration can be {to}.",
                calibration_id=calibration_id,
                state=state_word(calibration.state),
                needed=state_word(needed),
                to=state_word(to),
            )
        )
    return calibration


def _sign(session, user, password, calibration, meaning, quantity) -> None:  # noqa: ANN001
    digest = content_hash(signed_content(session, str(calibration.id)))
    sign(
        session,
        user,
        password,
        meaning=meaning,
        entity="calibrations",
        record_id=str(calibration.id),
        signed_hash=digest,
        quantity=quantity,
    )


def point_results(session: Session, calibration: Calibration) -> list[PointResult]:
    rule = RULE_TEXT[calibration.decision_rule]
    return [
        PointResult(
            p.seq,
            p.phase,
            p.nominal,
            p.unit,
            p.reference,
            tuple(p.readings),
            tuple(p.reference_readings),
            p.indication,
            p.std_dev,
            p.error,
            p.correction,
            p.expanded_uncertainty,
            p.coverage_factor,
            p.nu_eff,
            p.mpe,
            p.verdict,
            rule,
        )  # fmt: skip
        for p in _points(session, calibration)
    ]


def calibration_report(session: Session, calibration_id: str) -> dict:
    """The calibration as plain data (what ``calibrate --json`` prints and what is signed)."""
    c = _calibration(session, calibration_id)
    device = session.get(Device, c.device_id)
    return {
        "calibration": str(c.id),
        "device": device.lab_id,
        "procedure": c.procedure_name,
        "procedure_version": c.procedure_version,
        "quantity": c.quantity,
        "decision_rule": RULE_TEXT[c.decision_rule],
        "state": c.state,
        "technician": c.technician,
        "started_at": c.started_at.isoformat(),
        "environment": {
            "temperature_c": c.ambient_temperature,
            "humidity_pct": c.relative_humidity,
        },
        "standards": list(c.standards),
        "reviewed_by": c.reviewed_by,
        "approved_by": c.approved_by,
        "adjustment": _adjustment(c),
        "points": [r.as_json() for r in point_results(session, c)],
    }


def _adjustment(c: Calibration) -> dict | None:
    if c.adjustment is None:
        return None
    return {"what": c.adjustment, "by": c.adjusted_by, "at": c.adjusted_at.isoformat()}


def drafts(session: Session, states: tuple[str, ...] = (DRAFT,)) -> list[dict]:
    """Calibrations in ``states``, newest first: by default the drafts a technician can resume;
    ``(MEASURED, REVIEWED)`` lists those waiting for a reviewer or a signatory.

    Each says which set of points it is at (``phase``: the as-found points, or the as-left
    points after the recorded adjustment), how many of that set are taken (``points_taken``)
    and how many the set has (``points_planned``), so whoever resumes knows what the
    instruments must be ready for and how long it will take.
    """
    taken = (
        select(func.count())
        .where(
            MeasurementPoint.calibration_id == Calibration.id,
            MeasurementPoint.phase == AS_LEFT,  # the set being taken (relabelled on adjusting)
            MeasurementPoint.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    query = (
        select(Calibration, Device, taken)
        .join(Device, Device.id == Calibration.device_id)
        .where(Calibration.state.in_(states), Calibration.deleted_at.is_(None))
        .order_by(Calibration.started_at.desc())
    )
    procedures = _procedures_by_version()
    return [
        {"calibration": str(c.id), "device": device.lab_id, "procedure": c.procedure_name,
         "technician": c.technician, "started_at": c.started_at.isoformat(), "state": c.state,
         "phase": AS_LEFT if c.adjustment else AS_FOUND, "points_taken": points,
         "points_planned": _points_planned(procedures, c, device)}
        for c, device, points in session.execute(query)
    ]  # fmt: skip


def _procedures_by_version() -> dict[tuple[str, int], Procedure]:
    """The procedures on this PC, read once for a whole list rather than once per row."""
    try:
        return {(p.name, p.version): p for p in shipped_procedures()}
    except ProcedureError:
        log.warning("the procedures could not be read; the lists show no planned points")
        return {}


def _points_planned(
    procedures: dict[tuple[str, int], Procedure], calibration: Calibration, device: Device
) -> int | None:
    """How many points each set of the calibration has, planned as :func:`run_plan` plans them
    on resuming; None when it cannot be planned here (its procedure version is not on this PC,
    or the device's range was since changed so that it no longer fits): resuming says why."""
    procedure = procedures.get((calibration.procedure_name, calibration.procedure_version))
    if procedure is None:
        return None
    try:
        return len(planned_points(procedure, device_under_test(device, procedure)))
    except CalibrationRefused:
        return None
