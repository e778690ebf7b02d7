"""Retiring a workstation the lab no longer uses (``main.py upstream retire-workstation``).

A decommissioned PC (replaced, broken disk) never pulls again, so its cursor would hold the
purge's horizon (:func:`lab.sync.purge.pull_horizon`) at its last pull for ever. Retiring it
revokes its login (it can never push again) and records when, so the purge stops waiting for
it. What it made stays: its rows, its audit trail (still checked by ``upstream verify-audit``)
and its workstation code, which is in the numbers on its certificates and so is never given to
another PC.

The centre only holds what was pushed: a change made on that PC and never pushed is not here,
and the summary says so, with when the PC last pushed and pulled, before anything is done.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, text

from lab.sentences import Sentence, sentence
from lab.sync.roles import role_name
from lab.sync.upstream import UpstreamError

log = logging.getLogger(__name__)

_FIND = text(
    """
    SELECT w.role_name, w.workstation, w.retired_at,
        (SELECT max(b.applied_at) FROM sync_applied_batches b
            WHERE b.workstation = w.workstation) AS last_pushed,
        (SELECT c.pulled_at FROM sync_cursors c WHERE c.workstation = w.workstation)
            AS last_pulled,
        (SELECT k.code FROM sync_workstation_codes k
            WHERE k.role_name = w.role_name OR k.workstation = w.workstation LIMIT 1) AS code
    FROM sync_workstations w WHERE w.role_name = :r
    """
)


@dataclass(frozen=True)
class WorkstationAtCentre:
    """One workstation login as the centre knows it, with when it last pushed and pulled."""

    name: str
    login: str
    workstation: str | None
    code: str | None
    last_pushed: datetime | None
    last_pulled: datetime | None
    retired_at: datetime | None

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    def summary(self) -> list[Sentence]:
        """What retiring it means, said before anything is done."""
        return [
            sentence(
                "Retiring workstation '{name}' ({login}) revokes its login for good: it can never "
                "push or pull again, and the centre's purge stops waiting for it.",
                name=self.name,
                login=self.login,
            ),
            self._what_is_lost(),
            self._last_pull(),
        ]

    def _what_is_lost(self) -> Sentence:
        if self.last_pushed is None:
            return sentence(
                "Changes never pushed from that PC are not at the centre and are lost with it; "
                "it has never pushed anything."
            )
        return sentence(
            "Changes never pushed from that PC are not at the centre and are lost with it; "
            "it last pushed on {pushed}.",
            pushed=_local(self.last_pushed),
        )

    def _last_pull(self) -> Sentence:
        if self.last_pulled is None:
            return sentence("It has never pulled from the centre.")
        return sentence(
            "It last pulled from the centre on {pulled}.", pulled=_local(self.last_pulled)
        )

    def outcome(self, *, already: bool) -> Sentence:
        """What was done: retired now, or nothing because it was retired before."""
        if already:
            return sentence(
                "Workstation '{name}' ({login}) was already retired on {retired}; "
                "nothing was changed.",
                name=self.name,
                login=self.login,
                retired=_local(self.retired_at),
            )
        return sentence(
            "Workstation '{name}' ({login}) is retired: its login can no longer connect. Its "
            "records and audit trail stay at the centre, and its workstation code stays "
            "reserved so that no other PC makes the same numbers.",
            name=self.name,
            login=self.login,
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "login": self.login,
            "workstation": self.workstation,
            "code": self.code,
            "last_pushed": self.last_pushed,
            "last_pulled": self.last_pulled,
            "retired_at": self.retired_at,
        }


def not_confirmed() -> Sentence:
    return sentence(
        "Nothing was changed: run the command again with --yes to retire this workstation."
    )


class UnknownWorkstation(UpstreamError):
    """No workstation login was added at the centre under that name."""


def find_workstation(upstream: Engine, name: str) -> WorkstationAtCentre:
    """The workstation added at the centre as ``name`` (``upstream add-workstation NAME``)."""
    with upstream.connect() as conn:
        return _find(conn, name)


def retire_workstation(upstream: Engine, name: str) -> tuple[WorkstationAtCentre, bool]:
    """Revoke the login of the workstation added as ``name`` and record when it was retired.

    Returns the workstation as it is now and whether it was already retired (then nothing is
    changed). Its code in ``sync_workstation_codes`` is left as it is: still reserved."""
    with upstream.begin() as conn:
        found = _find(conn, name, lock=True)
        if found.retired:
            return found, True
        conn.execute(text(f'ALTER ROLE "{found.login}" NOLOGIN'))
        conn.execute(
            text("UPDATE sync_workstations SET retired_at = now() WHERE role_name = :r"),
            {"r": found.login},
        )
        retired = _find(conn, name)
    log.info("retired workstation %s (%s)", retired.login, retired.workstation)
    return retired, False


def _find(conn: Connection, name: str, *, lock: bool = False) -> WorkstationAtCentre:
    login = role_name(name)
    if lock:  # two owners retiring the same PC at once: the second sees it already retired
        conn.execute(
            text("SELECT 1 FROM sync_workstations WHERE role_name = :r FOR UPDATE"), {"r": login}
        )
    row = conn.execute(_FIND, {"r": login}).mappings().first()
    if row is None:
        raise UnknownWorkstation(_unknown(conn, name, login))
    return WorkstationAtCentre(
        name,
        login,
        row["workstation"],
        row["code"],
        row["last_pushed"],
        row["last_pulled"],
        row["retired_at"],
    )


def _unknown(conn: Connection, name: str, login: str) -> Sentence:
    known = conn.execute(
        text("SELECT role_name FROM sync_workstations WHERE retired_at IS NULL ORDER BY 1")
    ).scalars()
    listed = ", ".join(known)
    if not listed:
        return sentence(
            "There is no workstation '{name}' ({login}) at the centre, and no workstation login "
            "is in use there; nothing was changed.",
            name=name,
            login=login,
        )
    return sentence(
        "There is no workstation '{name}' ({login}) at the centre; nothing was changed. "
        "The workstations in use there are: {known}.",
        name=name,
        login=login,
        known=listed,
    )


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""
