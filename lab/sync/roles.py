"""One PostgreSQL login role per workstation, with row-level security forced on every synced
table, so a workstation writes only as itself (issue 8, "Upstream setup"; sync.md 5.1).

Every workstation may read every row (a device's history follows it across workstations), but a
row it inserts or updates must carry its own workstation id as ``origin_workstation``, and the
bookkeeping it writes (applied batches, its cursor, conflicts it reports) must name it too.
The functions are SECURITY DEFINER and so read ``session_user`` (the login), not
``current_user`` (which inside them is their owner). A role is bound to its workstation id the
first time it syncs (``caldesk_claim_workstation``); after that the same login from another
database file is refused.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text

from lab.sentences import sentence
from lab.storage.text import fold
from lab.storage.workstation_codes import WorkstationCodeError, checked_code
from lab.sync.audit_trail import grant_audit
from lab.sync.tables import synced_tables
from lab.sync.upstream import UpstreamError

ROLE_PREFIX = "caldesk_ws_"

FUNCTIONS = (
    # A retired login (lab.sync.retire) is no workstation: a session it still had open when it
    # was retired writes nothing more.
    """CREATE OR REPLACE FUNCTION caldesk_workstation() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT workstation FROM sync_workstations
            WHERE role_name = session_user AND retired_at IS NULL $$""",
    """CREATE OR REPLACE FUNCTION caldesk_claim_workstation(ws text) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        BEGIN
            UPDATE sync_workstations SET workstation = ws
                WHERE role_name = session_user AND workstation IS NULL;
            RETURN (SELECT workstation FROM sync_workstations WHERE role_name = session_user);
        END $$""",
    # Claims a workstation's code for it (lab.sync.codes); returns null, or what stands in the
    # way: {"holder": name} when another workstation has the code, {"reserved": code} when this
    # login was added for another code. A workstation recoded before its first number gives its
    # former code back here.
    """CREATE OR REPLACE FUNCTION caldesk_claim_code(ws text, ws_code text, ws_name text)
        RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE
            login text := (SELECT role_name FROM sync_workstations WHERE role_name = session_user);
            reserved text;
            held sync_workstation_codes%ROWTYPE;
        BEGIN
            IF login IS NOT NULL AND ws IS DISTINCT FROM
                    (SELECT workstation FROM sync_workstations WHERE role_name = login) THEN
                RAISE EXCEPTION 'the login % does not belong to workstation %', login, ws;
            END IF;
            -- One claim at a time, so that the check below and the insert agree.
            PERFORM pg_advisory_xact_lock(8209);
            SELECT code INTO reserved FROM sync_workstation_codes
                WHERE role_name = login AND workstation IS NULL;
            IF reserved IS NOT NULL AND reserved <> ws_code THEN
                RETURN jsonb_build_object('reserved', reserved);
            END IF;
            SELECT * INTO held FROM sync_workstation_codes WHERE code = ws_code;
            IF FOUND AND held.workstation IS DISTINCT FROM ws AND NOT
                    (held.workstation IS NULL AND held.role_name IS NOT DISTINCT FROM login) THEN
                RETURN jsonb_build_object('holder', held.name);
            END IF;
            DELETE FROM sync_workstation_codes WHERE workstation = ws AND code <> ws_code;
            INSERT INTO sync_workstation_codes (code, workstation, name, role_name)
                VALUES (ws_code, ws, ws_name, login)
                ON CONFLICT (code) DO UPDATE SET workstation = ws, claimed_at = now();
            RETURN NULL;
        END $$""",
    # Every claimed code with its workstation and name, for the Sync pane of each workstation.
    """CREATE OR REPLACE FUNCTION caldesk_workstation_codes() RETURNS jsonb
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
        $$ SELECT coalesce(jsonb_agg(jsonb_build_object(
                'workstation', workstation, 'code', code, 'name', name)), '[]'::jsonb)
            FROM sync_workstation_codes WHERE workstation IS NOT NULL $$""",
)

# Bookkeeping tables and the column that must name the writing workstation.
OWN_ROWS = {
    "sync_applied_batches": "workstation",
    "sync_cursors": "workstation",
    "sync_conflicts": "other_workstation",
}


class WorkstationRefused(UpstreamError):
    """The login belongs to another workstation, or is not one at all."""


def secure_tables(conn: Connection) -> None:
    """Create the functions and force row-level security on every synced and bookkeeping table."""
    for ddl in FUNCTIONS:
        conn.execute(text(ddl))
    for synced in synced_tables():
        _force_rls(conn, synced.name, "origin_workstation", updates_any_row=True)
    for table, column in OWN_ROWS.items():
        _force_rls(conn, table, column, updates_any_row=table == "sync_conflicts")
    for table in ("sync_row_versions", "sync_counter", "sync_schema"):
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        conn.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
        conn.execute(text(f"DROP POLICY IF EXISTS caldesk_all ON {table}"))
        conn.execute(text(f"CREATE POLICY caldesk_all ON {table} USING (true) WITH CHECK (true)"))


def _force_rls(conn: Connection, table: str, column: str, *, updates_any_row: bool) -> None:
    mine = f"{column} = caldesk_workstation()"
    conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    conn.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
    for name in ("caldesk_read", "caldesk_insert", "caldesk_update"):
        conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
    conn.execute(text(f"CREATE POLICY caldesk_read ON {table} FOR SELECT USING (true)"))
    # Only the owner holds DELETE (upstream purge); workstations are never granted it.
    conn.execute(text(f"DROP POLICY IF EXISTS caldesk_purge ON {table}"))
    conn.execute(text(f"CREATE POLICY caldesk_purge ON {table} FOR DELETE USING (true)"))
    conn.execute(text(f"CREATE POLICY caldesk_insert ON {table} FOR INSERT WITH CHECK ({mine})"))
    # Master data is merged by whoever pushes: any row may be updated, but only in one's own
    # name; a conflict's resolution may be recorded by any workstation.
    using = "true" if updates_any_row else mine
    check = "true" if table == "sync_conflicts" else mine
    conn.execute(
        text(
            f"CREATE POLICY caldesk_update ON {table} FOR UPDATE "
            f"USING ({using}) WITH CHECK ({check})"
        )
    )


def role_name(name: str) -> str:
    """The login role for a workstation named ``name`` (accents folded, letters, digits, _).

    >>> role_name("Lab Áp suất 3")
    'caldesk_ws_lab_ap_suat_3'
    """
    slug = re.sub(r"[^a-z0-9_]+", "_", fold(name.strip())).strip("_")
    if not slug:
        raise UpstreamError(f"'{name}' cannot name a workstation: use letters and digits.")
    return ROLE_PREFIX + slug[:40]


def add_workstation(
    engine: Engine, name: str, password: str | None, code: str | None = None
) -> str:
    """Create the login role for one workstation and register it; returns the role name.

    With ``code``, the code is reserved for this login: no other workstation can claim it, and
    the workstation that logs in must have it (``workstation --code``) to sync.
    """
    role = role_name(name)
    code = _checked(code) if code is not None else None
    with engine.begin() as conn:
        registered = text("SELECT 1 FROM sync_workstations WHERE role_name = :r")
        if conn.execute(registered, {"r": role}).first():
            raise UpstreamError(f"A workstation named '{name}' ({role}) already exists upstream.")
        # Roles belong to the whole server; one left by an earlier central database is reused,
        # and may log in again if it was retired there (its retirement is that centre's record).
        exists = text("SELECT 1 FROM pg_roles WHERE rolname = :r")
        if conn.execute(exists, {"r": role}).first():
            conn.execute(text(f'ALTER ROLE "{role}" LOGIN'))
        else:
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE'))
        if password:
            quoted = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
            conn.execute(text(f'ALTER ROLE "{role}" PASSWORD {quoted}'))
        _grant(conn, role)
        conn.execute(text("INSERT INTO sync_workstations (role_name) VALUES (:r)"), {"r": role})
        if code is not None:
            _reserve_code(conn, code, name, role)
    return role


def _checked(code: str) -> str:
    try:
        return checked_code(code)
    except WorkstationCodeError as exc:
        raise UpstreamError(str(exc)) from exc


def _reserve_code(conn: Connection, code: str, name: str, role: str) -> None:
    conn.execute(text("SELECT pg_advisory_xact_lock(8209)"))  # as caldesk_claim_code does
    holder = conn.execute(
        text("SELECT name FROM sync_workstation_codes WHERE code = :c"), {"c": code}
    ).scalar()
    if holder is not None:
        raise UpstreamError(
            f"Workstation code {code} is already used by workstation '{holder}' at the centre; "
            "choose another code. Nothing was added."
        )
    conn.execute(
        text("INSERT INTO sync_workstation_codes (code, name, role_name) VALUES (:c, :n, :r)"),
        {"c": code, "n": name, "r": role},
    )


def _grant(conn: Connection, role: str) -> None:
    synced = ", ".join(t.name for t in synced_tables())
    conn.execute(text(f'GRANT SELECT, INSERT, UPDATE ON {synced} TO "{role}"'))
    conn.execute(
        text(
            "GRANT SELECT, INSERT, UPDATE ON sync_applied_batches, sync_cursors, sync_conflicts, "
            f'sync_row_versions, sync_counter TO "{role}"'
        )
    )
    conn.execute(text(f'GRANT SELECT ON sync_schema TO "{role}"'))
    grant_audit(conn, role)


def claim_workstation(conn: Connection, workstation: str) -> None:
    """Bind a workstation login to this workstation on first use; refuse it anywhere else.

    The lab's own administrator login (the schema owner) has no binding and passes.
    """
    bound = conn.execute(
        text("SELECT caldesk_claim_workstation(:ws)"), {"ws": workstation}
    ).scalar()
    if bound is not None and bound != workstation:
        raise WorkstationRefused(
            sentence(
                "The login '{login}' belongs to another workstation; ask the administrator for "
                "this workstation's own login (upstream add-workstation).",
                login=conn.engine.url.username,
            )
        )
