"""Certificate numbers: ``GCN-YY-CODE-NNNNN`` (issue 7, item 3), e.g. ``GCN-26-A94-00001``.

Why this scheme: every workstation numbers from its own series, keyed by its workstation code and
the year (:func:`lab.numbers.reserve`), the same scheme as lab IDs and work orders. A workstation
offline for a week still issues certificates with no coordination at all, and two workstations
can never hand out the same number as long as their codes differ. That condition is the
scheme's one requirement, and the centre keeps it: it records each workstation's code once,
UNIQUE, and refuses the sync of a second workstation with the same code before any of its rows
is sent (:mod:`lab.sync.codes`), a single check per workstation instead of one per certificate.
Should two codes still collide (a workstation that never syncs), the unique (number, revision)
constraint of every workstation's file catches the second certificate instead of letting it pass.

A block scheme (the centre hands each workstation a range in advance) needs the network to get a
new block, so a busy workstation offline runs out, and a retired workstation wastes the rest of
its block; here nothing runs out and nothing is wasted.
The price is that numbers are not one gap-free sequence across the lab, which ISO/IEC 17025
7.8.2.1 d) does not ask for: it asks for a unique identification.

Within one workstation the series is gap-free per year for issued certificates: the number is
reserved in the same transaction that stores the revision, so a refused issue (a wrong password)
rolls the counter back with it. An amendment keeps the number and raises the revision.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from lab.numbers import reserve, workstation_code

PREFIX = "GCN"  # giấy chứng nhận (hiệu chuẩn)
DRAFT_NUMBER = "(bản nháp / draft)"


def certificate_number(session: Session, today: date) -> str:
    """A new certificate number of this workstation for the year of ``today``."""
    yy = f"{today.year % 100:02d}"
    code = workstation_code(session)
    n = reserve(session, f"certificate/{code}/{yy}")
    return f"{PREFIX}-{yy}-{code}-{n:05d}"
