"""Human numbers: lab IDs and work-order numbers.

Each workstation numbers from its own series, with its code in the number ("26-A94-00017"), so
numbers made offline on two workstations can never collide when they meet upstream.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from lab.storage.models import Workstation


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
