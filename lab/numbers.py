"""Human numbers: lab IDs and work-order numbers (certificate numbers: lab.certificates.numbering).

Why the scheme is one series per workstation with a code the centre keeps unique (issues 7, 8):
every workstation numbers from its own series, with its code in the number ("26-A94-00017"), so

- it works offline: a workstation makes numbers with no network at all, for as long as it must;
- nothing runs out and nothing is wasted: a block handed out by the centre in advance runs out on a
  busy workstation that is offline, and what a retired workstation did not use is lost;
- two numbers can never be the same, because two codes never are: the centre records each
  workstation's code once, UNIQUE, at its first sync (or when its login is added with a code),
  and refuses a second workstation with the same code before any of its rows is sent, so a
  collision is refused before any number meets another (lab.sync.codes).

A code is chosen once, before the workstation makes its first number (``workstation --code``);
after that it is in numbers on labels and certificates and never changes.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from lab.audit import record_event
from lab.permissions import LabUser, Permission, require
from lab.storage.models import NumberSequence, Workstation
from lab.storage.workstation_codes import checked_code
from lab.users import user_count

# Series names are "<kind>/<code>/<yy>" (see the callers of reserve()).
KINDS = {"lab_id": "lab ID", "work_order": "work order", "certificate": "certificate"}


def reserve(session: Session, series: str, count: int = 1) -> int:
    """Reserve ``count`` consecutive numbers of ``series``; returns the first.

    The UPDATE comes first so the transaction takes SQLite's write lock at once, and two
    windows of one workstation can never hand out the same number.
    """
    first = session.execute(
        text(
            "UPDATE number_sequences SET next_value = next_value + :n WHERE name = :s "
            "RETURNING next_value - :n"
        ),
        {"n": count, "s": series},
    ).scalar()
    if first is None:
        session.execute(
            text("INSERT INTO number_sequences (name, next_value) VALUES (:s, :v)"),
            {"s": series, "v": 1 + count},
        )
        first = 1
    return int(first)


def workstation_code(session: Session) -> str:
    return session.query(Workstation.code).scalar() or "WS"


def numbers_made(session: Session) -> dict[str, int]:
    """How many numbers of each kind this workstation has made, whatever its code was then."""
    made: dict[str, int] = {}
    for name, next_value in session.execute(select(NumberSequence.name, NumberSequence.next_value)):
        kind = KINDS.get(name.split("/", 1)[0], name.split("/", 1)[0])
        made[kind] = made.get(kind, 0) + next_value - 1
    return {kind: n for kind, n in made.items() if n > 0}


def describe_numbers(made: dict[str, int]) -> str:
    """``{"lab ID": 12, "certificate": 1}`` → "12 lab IDs and 1 certificate"."""
    parts = [f"{n} {kind}{'' if n == 1 else 's'}" for kind, n in made.items()]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


class CodeLocked(RuntimeError):
    """The workstation has made numbers with its code, so the code can no longer change."""


def set_workstation_code(session: Session, typed: str, user: LabUser | None) -> str:
    """Give this workstation the code ``typed`` (an administrator's choice); returns it.

    Allowed only before the workstation made its first number: afterwards the code is printed
    in lab IDs, work orders and certificates, and changing it would give them a twin.
    """
    if user is not None or user_count(session) > 0:  # before the first user: nobody to ask
        require(user, Permission.LAB_SETTINGS)
    code = checked_code(typed)
    workstation = session.scalars(select(Workstation)).one()
    if code == workstation.code:
        return code
    made = numbers_made(session)
    if made:
        raise CodeLocked(
            f"Workstation code {workstation.code} cannot change: this workstation has already "
            f"made {describe_numbers(made)} with it, and they are on labels and certificates. "
            "If the centre refused the code as another workstation's, give that workstation a "
            "new code instead if it has made no numbers yet (it then syncs and frees the code); "
            "if both have made numbers, the lab must decide which numbers to reissue: this "
            "workstation's data stay here, intact, until then."
        )
    # The code is in every number made from now on: who changed it, and from what, is kept in
    # the audit trail like any other change of the lab's settings.
    record_event(
        session,
        actor=user.name if user is not None else "system",
        action="update",
        entity="workstation",
        record_id=str(workstation.id),
        changes={"code": [workstation.code, code]},
        reason="workstation code set before the first number",
    )
    workstation.code = code
    return code


def lab_ids(session: Session, count: int, today: date | None = None) -> list[str]:
    """``count`` new lab IDs of the form YY-CODE-NNNNN."""
    if count <= 0:
        return []
    yy = f"{(today or date.today()).year % 100:02d}"
    code = workstation_code(session)
    first = reserve(session, f"lab_id/{code}/{yy}", count)
    return [f"{yy}-{code}-{n:05d}" for n in range(first, first + count)]


def work_order_number(session: Session, today: date | None = None) -> str:
    """A new work-order number of the form WOYY-CODE-NNNN."""
    yy = f"{(today or date.today()).year % 100:02d}"
    code = workstation_code(session)
    n = reserve(session, f"work_order/{code}/{yy}")
    return f"WO{yy}-{code}-{n:04d}"
