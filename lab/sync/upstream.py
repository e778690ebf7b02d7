"""The centre's PostgreSQL: connecting, creating or migrating its schema, checking the version.

The central schema is versioned by the workstation schema it was made from (the newest local
Alembic revision that changed a synced table, ``sync_schema.revision``; a migration of the
workstation's own structures does not count): ``upstream init`` creates what is missing and
records that revision;
a workstation whose schema is older than the centre's is refused with a sentence, so an old
CalDesk never writes rows it cannot fully read (sync.md 6.6). The change counter is one row
(``sync_counter``) locked by every push for the rest of its transaction, so change numbers
follow commit order (DESIGN.md, Sync; a plain sequence would let a pull skip rows).
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from lab.sentences import Sentence, sentence
from lab.storage.migrate import alembic_config, synced_schema_revision
from lab.sync.tables import upstream_metadata

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5

BOOKKEEPING_DDL = (
    """CREATE TABLE IF NOT EXISTS sync_schema (
        id integer PRIMARY KEY CHECK (id = 1),
        revision text NOT NULL,
        migrated_at timestamptz NOT NULL DEFAULT now())""",
    """CREATE TABLE IF NOT EXISTS sync_counter (
        id integer PRIMARY KEY CHECK (id = 1),
        value bigint NOT NULL)""",
    "INSERT INTO sync_counter (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
    """CREATE TABLE IF NOT EXISTS sync_applied_batches (
        workstation text NOT NULL,
        batch_id uuid NOT NULL,
        change_seq bigint NOT NULL,
        result jsonb NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workstation, batch_id))""",
    """CREATE INDEX IF NOT EXISTS ix_sync_applied_batches_seq
        ON sync_applied_batches (change_seq)""",
    """CREATE TABLE IF NOT EXISTS sync_cursors (
        workstation text PRIMARY KEY,
        pulled_seq bigint NOT NULL,
        pulled_at timestamptz NOT NULL DEFAULT now())""",
    """CREATE TABLE IF NOT EXISTS sync_row_versions (
        entity text NOT NULL,
        row_id uuid NOT NULL,
        upstream_version bigint NOT NULL,
        data jsonb NOT NULL,
        superseded_seq bigint,
        PRIMARY KEY (entity, row_id, upstream_version))""",
    # Centres set up before history was purged: a version's replacing change is not known, and
    # the row's latest change is never earlier, so it only makes the purge wait longer.
    "ALTER TABLE sync_row_versions ADD COLUMN IF NOT EXISTS superseded_seq bigint",
    """CREATE INDEX IF NOT EXISTS ix_sync_row_versions_superseded
        ON sync_row_versions (superseded_seq)""",
    """CREATE TABLE IF NOT EXISTS sync_conflicts (
        id uuid PRIMARY KEY,
        entity text NOT NULL,
        row_id uuid NOT NULL,
        field text NOT NULL,
        ancestor_value jsonb,
        kept_value jsonb,
        other_value jsonb,
        other_workstation text NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolution text,
        change_seq bigint NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_sync_conflicts_seq ON sync_conflicts (change_seq)",
    """CREATE TABLE IF NOT EXISTS sync_workstations (
        role_name text PRIMARY KEY,
        workstation text UNIQUE,
        added_at timestamptz NOT NULL DEFAULT now())""",
    # A decommissioned workstation (upstream retire-workstation): its login is revoked and the
    # purge no longer waits for it; its row stays, since its records and code are still its own.
    "ALTER TABLE sync_workstations ADD COLUMN IF NOT EXISTS retired_at timestamptz",
    # Every workstation's code, once: the code is in every number it makes (lab.numbers), so
    # a second workstation with the same code is refused (lab.sync.codes). ``workstation`` is
    # empty while the code waits for the login it was reserved for (add-workstation --code).
    """CREATE TABLE IF NOT EXISTS sync_workstation_codes (
        code text PRIMARY KEY,
        workstation text UNIQUE,
        name text NOT NULL,
        role_name text UNIQUE,
        claimed_at timestamptz NOT NULL DEFAULT now())""",
)


class UpstreamError(RuntimeError):
    """The central database cannot be used; the message says why in plain words (for the UI,
    ``exc.args[0]`` is the :class:`lab.sentences.Sentence`)."""


class UpstreamUnreachable(UpstreamError):
    """The network or the server is down; nothing local was changed."""


class UpstreamSchemaMismatch(UpstreamError):
    """The central schema and this CalDesk do not match; the message says who must update."""


def connect_upstream(url: str, *, sslmode: str | None = None) -> Engine:
    """An engine on the central database (psycopg 3); ``sslmode`` as libpq spells it.

    Without ``sslmode`` libpq's default ``prefer`` applies: TLS whenever the server offers it.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UpstreamError(not_an_address(url)) from exc
    if parsed.get_backend_name() != "postgresql":
        raise UpstreamError(not_postgresql(parsed.drivername))
    parsed = parsed.set(drivername="postgresql+psycopg")
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if sslmode:
        connect_args["sslmode"] = sslmode
    return create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)


def not_an_address(url: str) -> Sentence:
    return sentence("'{url}' is not a database address (postgresql://…).", url=url)


def not_postgresql(driver: str) -> Sentence:
    return sentence("The central database must be PostgreSQL, not '{driver}'.", driver=driver)


def describe(engine: Engine) -> str:
    """Where the upstream is, for messages (never the password)."""
    url = engine.url
    return f"{url.host or 'localhost'}/{url.database or ''}"


def unreachable(engine: Engine, exc: Exception) -> UpstreamUnreachable:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    return UpstreamUnreachable(
        sentence(
            "Cannot reach the central database at {where} ({reason}). Nothing was lost: your "
            "changes stay on this workstation and go up at the next sync.",
            where=describe(engine),
            reason=reason,
        )
    )


def refused(engine: Engine, exc: DBAPIError) -> UpstreamError:
    """The error for a DBAPI failure: unreachable, or refused by the server with its reason."""
    if _login_revoked(exc):
        return UpstreamError(
            sentence(
                "The central database at {where} no longer lets the login '{login}' in: this "
                "workstation was retired there (upstream retire-workstation) or its login was "
                "disabled. It cannot sync; changes made here and never pushed are only on "
                "this PC.",
                where=describe(engine),
                login=engine.url.username,
            )
        )
    if _is_connection_error(exc):
        return unreachable(engine, exc)
    reason = str(exc.orig).strip().splitlines()[0]
    return UpstreamError(
        sentence(
            "The central database at {where} refused the sync ({reason}). "
            "Nothing was lost: your changes stay on this workstation.",
            where=describe(engine),
            reason=reason,
        )
    )


def init_upstream(engine: Engine) -> str:
    """Create or bring up to date the central schema; returns the schema revision recorded."""
    head = synced_schema_revision()
    try:
        with engine.begin() as conn:
            # One init at a time: two technicians running it together must not race the DDL.
            conn.execute(text("SELECT pg_advisory_xact_lock(8208)"))
            for ddl in BOOKKEEPING_DDL:
                conn.execute(text(ddl))
            _refuse_if_newer(conn, head)
            metadata = upstream_metadata()
            metadata.create_all(conn)
            _add_missing_columns(conn, metadata)
            _date_old_history(conn, metadata)
            from lab.sync.audit_trail import create_audit_table  # both build on this module
            from lab.sync.roles import secure_tables

            secure_tables(conn)
            create_audit_table(conn)
            conn.execute(
                text(
                    "INSERT INTO sync_schema (id, revision) VALUES (1, :r) ON CONFLICT (id) "
                    "DO UPDATE SET revision = excluded.revision, migrated_at = now()"
                ),
                {"r": head},
            )
    except DBAPIError as exc:
        if exc.connection_invalidated or _is_connection_error(exc):
            raise unreachable(engine, exc) from exc
        raise
    log.info("central schema at %s is at revision %s", describe(engine), head)
    return head


def _refuse_if_newer(conn, head: str) -> None:  # noqa: ANN001
    recorded = conn.execute(text("SELECT revision FROM sync_schema WHERE id = 1")).scalar()
    if recorded is not None and recorded != head and not _is_ancestor(recorded, head):
        raise UpstreamSchemaMismatch(
            sentence(
                "The central database was set up by a newer CalDesk (schema {recorded}, this one "
                "has {head}); update CalDesk on this workstation first.",
                recorded=recorded,
                head=head,
            )
        )


def _add_missing_columns(conn, metadata) -> None:  # noqa: ANN001
    """Expand-only migration: a column added by a newer workstation schema is added upstream."""
    inspector = inspect(conn)
    for table in metadata.sorted_tables:
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                kind = column.type.compile(dialect=conn.dialect)
                conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))


def _date_old_history(conn, metadata) -> None:  # noqa: ANN001
    """Give versions kept before ``superseded_seq`` existed their row's latest change number."""
    for table in metadata.sorted_tables:
        conn.execute(
            text(
                f"UPDATE sync_row_versions h SET superseded_seq = t.change_seq FROM {table.name} t "
                "WHERE h.superseded_seq IS NULL AND h.entity = :e AND h.row_id = t.id"
            ),
            {"e": table.name},
        )


def check_schema(conn) -> None:  # noqa: ANN001
    """Refuse to sync unless the central schema is the one this CalDesk was built for."""
    head = synced_schema_revision()
    try:
        recorded = conn.execute(text("SELECT revision FROM sync_schema WHERE id = 1")).scalar()
    except DBAPIError as exc:
        raise UpstreamSchemaMismatch(
            sentence(
                "The central database has not been set up for CalDesk yet: "
                "run 'python main.py upstream init URL' first."
            )
        ) from exc
    if recorded == head:
        _check_bookkeeping(conn)
        return
    if recorded is None or _is_ancestor(recorded, head):
        raise UpstreamSchemaMismatch(
            sentence(
                "The central database still has an older schema ({recorded}, this CalDesk has "
                "{head}): run 'python main.py upstream init URL' with this CalDesk first.",
                recorded=recorded,
                head=head,
            )
        )
    raise UpstreamSchemaMismatch(
        sentence(
            "This workstation's CalDesk is older than the central database (schema {head}, the "
            "centre has {recorded}): update CalDesk on this workstation before syncing. "
            "Your changes stay here until then.",
            head=head,
            recorded=recorded,
        )
    )


def _check_bookkeeping(conn) -> None:  # noqa: ANN001
    """The bookkeeping tables are CalDesk's, not Alembic's: a centre set up by an earlier CalDesk
    of the same schema may lack a column this one writes (``superseded_seq``, for purges), a
    table (``audit_events``, the workstations' audit trails) or the claim of workstation codes."""
    codes = text(
        "SELECT to_regprocedure('caldesk_claim_code(text,text,text)') IS NULL "
        "OR to_regprocedure('caldesk_workstation_codes()') IS NULL"
    )
    if conn.execute(codes).scalar():
        raise UpstreamSchemaMismatch(
            sentence(
                "The central database does not check workstation codes yet: "
                "run 'python main.py upstream init URL' with this CalDesk first."
            )
        )
    try:
        with conn.begin_nested():
            conn.execute(text("SELECT superseded_seq FROM sync_row_versions LIMIT 0"))
            conn.execute(text("SELECT hash FROM audit_events LIMIT 0"))  # the audit trail's
    except DBAPIError as exc:
        raise UpstreamSchemaMismatch(
            sentence(
                "The central database's sync bookkeeping is older than this CalDesk: "
                "run 'python main.py upstream init URL' with this CalDesk first."
            )
        ) from exc


def _is_ancestor(revision: str, head: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return any(r.revision == revision for r in script.iterate_revisions(head, "base"))
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown revision
        return False


def _login_revoked(exc: DBAPIError) -> bool:
    """The server knows the login but refuses it (``ALTER ROLE … NOLOGIN``)."""
    return "is not permitted to log in" in str(exc.orig)


def _is_connection_error(exc: DBAPIError) -> bool:
    import psycopg

    return isinstance(exc.orig, psycopg.OperationalError)
