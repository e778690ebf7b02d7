"""The centre refuses a workstation code that another workstation already has (issues 7, 8).

Numbers are unique across the centre only if codes are (lab.numbers says why that is the scheme),
so every sync first claims this workstation's code at the centre (``caldesk_claim_code``, in
lab.sync.roles) in the transaction that checks the schema, before any row is sent. A refusal
leaves everything here as it was: the outbox still holds every change for the next sync.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, delete, select, text

from lab.numbers import describe_numbers, numbers_made
from lab.sentences import Sentence, sentence
from lab.storage.database import Database
from lab.storage.models import Workstation
from lab.storage.sync_models import KnownWorkstation
from lab.sync.upstream import UpstreamError


class WorkstationCodeTaken(UpstreamError):
    """Another workstation at the centre has this workstation's code; nothing was sent."""


def claim_code(conn: Connection, db: Database) -> None:
    """Claim this workstation's code at the centre, or raise with what the administrator does."""
    with db.read_session() as session:
        ws = session.scalars(select(Workstation)).one()
        code, name, made = ws.code, ws.name, numbers_made(session)
    refusal = conn.execute(
        text("SELECT caldesk_claim_code(:ws, :code, :name)"),
        {"ws": str(db.workstation_id), "code": code, "name": name},
    ).scalar()
    if refusal is None:
        _remember_codes(conn, db)
        return
    if "reserved" in refusal:
        raise WorkstationCodeTaken(_reserved_for_another(code, refusal["reserved"], made))
    raise WorkstationCodeTaken(_taken(code, refusal["holder"], made))


def _remember_codes(conn: Connection, db: Database) -> None:
    """Keep the centre's directory of codes here, for the Sync pane (lab.sync.status)."""
    listed = conn.execute(text("SELECT caldesk_workstation_codes()")).scalar()
    with db.session() as session:
        session.execute(delete(KnownWorkstation))
        session.add_all(
            KnownWorkstation(id=uuid.UUID(w["workstation"]), code=w["code"], name=w["name"])
            for w in listed
        )


# Each case is one whole sentence (not pieces joined), so that it can be translated whole.
def _taken(code: str, holder: str, made: dict[str, int]) -> Sentence:
    if not made:
        return sentence(
            "Workstation code {code} is already used by workstation '{holder}' at the centre: "
            "numbers made here could collide with theirs. Nothing was sent; your changes stay on "
            "this workstation. Ask the administrator to give this workstation a code of its own "
            "('python main.py workstation --code NEW --user ADMIN') and sync again.",
            code=code,
            holder=holder,
        )
    return sentence(
        "Workstation code {code} is already used by workstation '{holder}' at the centre: "
        "numbers made here could collide with theirs. Nothing was sent; your changes stay on "
        "this workstation. This workstation has already made {made} with that code, so its "
        "code cannot change. Ask the administrator: if '{holder}' has made no numbers yet, "
        "give it a new code there and sync it, which frees this one; if both have, the lab "
        "decides which numbers to reissue before this workstation syncs.",
        code=code,
        holder=holder,
        made=describe_numbers(made),
    )


def _reserved_for_another(code: str, reserved: str, made: dict[str, int]) -> Sentence:
    if not made:
        return sentence(
            "This workstation's login was added at the centre for workstation code {reserved}, "
            "but this workstation's code is {code}. Nothing was sent; your changes stay here. "
            "Set the code with 'python main.py workstation --code {reserved} --user ADMIN' "
            "and sync again.",
            code=code,
            reserved=reserved,
        )
    return sentence(
        "This workstation's login was added at the centre for workstation code {reserved}, "
        "but this workstation's code is {code}. Nothing was sent; your changes stay here. "
        "It has already made {made} with {code}, so ask the administrator for a login added "
        "for that code (upstream add-workstation NAME --code {code}).",
        code=code,
        reserved=reserved,
        made=describe_numbers(made),
    )
