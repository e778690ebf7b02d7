"""Push: outbox batches applied upstream in one transaction each (DESIGN.md, Sync; sync.md 6.2).

1. The oldest pending outbox rows get a batch id, committed locally *before* anything is sent,
   so a resend after a crash carries the same id.
2. Upstream, in one transaction: the change counter is locked and bumped; a batch id already in
   ``sync_applied_batches`` returns its stored result and changes nothing; otherwise every row
   goes in with a version-checked upsert, concurrent edits are merged (:mod:`lab.sync.merge`),
   and the batch id is recorded with its result.
3. Only after that commit are the outbox rows marked pushed, locally, in one transaction.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Engine,
    MetaData,
    Table,
    Uuid,
    literal_column,
    or_,
    select,
    text,
    union,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite as sqlite_dialect

from lab.storage.audit_chain import json_value
from lab.storage.base import utc_now
from lab.storage.database import Database
from lab.storage.models import OutboxEntry
from lab.sync import units
from lab.sync.derived import rederived
from lab.sync.faults import checkpoint
from lab.sync.merge import merge_fields
from lab.sync.rows import as_values, read_stored, stored_uuid
from lab.sync.tables import APPEND_ONLY, SyncedTable, synced_tables, upstream_metadata

log = logging.getLogger(__name__)

# Rows per push batch: each is one upstream transaction and one local confirmation, whose
# fixed costs (commits, lookups) a first sync pays once per batch; a unit may exceed it.
BATCH_ROWS = 20_000
# From this many rows a table's writes go through COPY and a staging table.
STAGE_FROM = 200


@dataclass(frozen=True)
class Batch:
    """Rows of one push: their current content, table by table, under one batch id.

    ``stored`` holds them as SQLite stores them (column order of the table): new rows go
    upstream in that form through COPY, as text PostgreSQL parses itself; ``rows`` reads them
    as the ORM would, for the rows that must be compared or merged, only when asked."""

    batch_id: uuid.UUID
    stored: dict[str, list[tuple]]
    _converted: dict[str, list[dict]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def size(self) -> int:
        return sum(len(r) for r in self.stored.values())

    @property
    def rows(self) -> _Values:
        """The rows as the ORM would read them, table by table, converted when first asked."""
        return _Values(self.stored, self._converted)

    def column(self, table: str, name: str, *, stored: bool = False) -> list:
        """One column of one table's rows: ids as UUIDs, or as stored (``stored``)."""
        synced = next(t for t in synced_tables() if t.name == table)
        at = synced.columns.index(name)
        values = [r[at] for r in self.stored.get(table, ())]
        if not stored and isinstance(synced.table.c[name].type, Uuid):
            return [None if v is None else stored_uuid(v) for v in values]
        return values


_SQLITE = sqlite_dialect()


@dataclass(frozen=True)
class _Values:
    """A batch's rows as values, table by table; each table converted once, when asked."""

    stored: dict[str, list[tuple]]
    converted: dict[str, list[dict]]

    def __getitem__(self, name: str) -> list[dict]:
        if name not in self.converted:
            table = next(t.table for t in synced_tables() if t.name == name)
            self.converted[name] = as_values(_SQLITE, table, self.stored[name])
        return self.converted[name]

    def get(self, name: str, default: object = None) -> object:
        return self[name] if name in self.stored else default

    def items(self):  # noqa: ANN201
        return ((name, self[name]) for name in self.stored)


def _dashed(stored_id: str) -> str:
    """``str(uuid)`` of an id as SQLite stores it (32 hex digits), without making the UUID."""
    h = stored_id
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(frozen=True)
class BatchResult:
    """What upstream did with a batch: the version each row now has there, conflicts found.

    ``versions`` holds only rows whose upstream content is now exactly what was sent; those
    rows' base version moves on. A merged row comes back with the next pull.
    """

    change_seq: int
    versions: dict[str, int]
    conflicts: int
    replayed: bool = False
    # Rows of append-only records the centre refused to change, by table: the pusher takes
    # the centre's copy back (lab.sync.pull.take_centre_copies).
    refused: dict[str, list[str]] = field(default_factory=dict)
    # Tables whose rows in the batch were all new upstream: each is at version 1 there.
    new_tables: tuple[str, ...] = ()


def next_batch(
    db: Database, limit: int = BATCH_ROWS, in_flight: Collection[uuid.UUID] = ()
) -> Batch | None:
    """The batch to send: an unconfirmed one again (same id), else the oldest pending rows.

    ``in_flight``: batches being sent or confirmed right now (the next is read while they
    travel), never picked again.
    """
    with db.session() as session:
        conn = session.connection()
        # Take the write lock first: a read snapshot upgraded to a write after another
        # connection wrote (the confirmation of the batch in flight) fails at once in WAL mode
        # instead of waiting for the busy timeout.
        conn.exec_driver_sql("UPDATE outbox SET batch_id = batch_id WHERE 0")
        # An unconfirmed batch, if there is one, holds the oldest pending row outside those in
        # flight: each batch is stamped on the oldest pending unstamped rows, and new rows come
        # last. So the scan stops there, rather than passing every pending row of a first sync
        # once per batch; an unstamped oldest row (batch_id NULL) means there is none.
        oldest = select(OutboxEntry.batch_id).where(OutboxEntry.pushed_at.is_(None))
        if in_flight:
            oldest = oldest.where(
                or_(OutboxEntry.batch_id.is_(None), OutboxEntry.batch_id.not_in(in_flight))
            )
        batch_id = conn.execute(oldest.order_by(OutboxEntry.seq).limit(1)).scalar()
        if batch_id is None:
            batch_id = _stamp_new_batch(conn, limit)
            if batch_id is None:
                return None
    # The rows are read after the stamp is committed, in a read transaction that never holds
    # up the confirmation of the batch in flight; what is read is the rows' current content,
    # as when an unconfirmed batch goes again.
    with db.read_session() as session:
        return Batch(batch_id, _row_contents(session.connection(), batch_id))


def _stamp_new_batch(conn: Connection, limit: int) -> uuid.UUID | None:
    """Stamp the oldest ``limit`` pending outbox rows with a new batch id (one statement)."""
    oldest = (
        select(OutboxEntry.seq)
        .where(OutboxEntry.pushed_at.is_(None), OutboxEntry.batch_id.is_(None))
        .order_by(OutboxEntry.seq)
        .limit(limit)
    )
    batch_id = uuid.uuid4()
    stamped = conn.execute(
        update(OutboxEntry).where(OutboxEntry.seq.in_(oldest)).values(batch_id=batch_id)
    )
    if not stamped.rowcount:
        return None
    _UNIT_ROOTS.create(conn, checkfirst=True)
    _complete_units(conn, batch_id)
    return batch_id


def _complete_units(conn: Connection, batch_id: uuid.UUID) -> None:
    """Stamp the other pending rows of every unit the batch touches (a calibration cut off
    from some of its points at the row limit takes them along, however many there are).

    All in SQL: the roots go into a temporary table, then one UPDATE per table of the unit."""
    tables = {t.name: t.table for t in synced_tables()}
    in_batch = select(OutboxEntry.row_id).where(OutboxEntry.batch_id == batch_id)
    for root in sorted(units.unit_roots()):
        family = [t for t in synced_tables() if t.name == root or t in units.member_tables(root)]
        sources = [
            units.root_select(tables, synced, in_batch.where(OutboxEntry.entity == synced.name))
            for synced in family
        ]
        conn.execute(_UNIT_ROOTS.delete())
        conn.execute(_UNIT_ROOTS.insert().from_select(["id"], union(*sources)))
        known = select(_UNIT_ROOTS.c.id)
        for synced in family:
            # Found by record (ix_outbox_row), then stamped by seq: the pending rows of a whole
            # first sync are never scanned once per batch. The unary '+' keeps SQLite from
            # choosing the pending or batch index, which would be exactly that scan.
            pending = select(OutboxEntry.seq).where(
                OutboxEntry.row_id.in_(units.member_select(tables, synced, known)),
                OutboxEntry.entity == synced.name,
                literal_column("+outbox.pushed_at").is_(None),
                literal_column("+outbox.batch_id").is_(None),
            )
            conn.execute(
                update(OutboxEntry).where(OutboxEntry.seq.in_(pending)).values(batch_id=batch_id)
            )


# The roots of the units a batch touches, while its other rows are stamped (one connection's).
_UNIT_ROOTS = Table(
    "caldesk_unit_roots",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    prefixes=["TEMPORARY"],
)


def _row_contents(conn: Connection, batch_id: uuid.UUID) -> dict:
    """The current content of every row the batch names, table by table, as stored.

    The rows are picked by rowid: SQLite then reads them in file order, where an ``id IN``
    list (random ids, sorted) visits the table's pages at random, which made a first sync's
    reading about half again as slow."""
    rows = {}
    for synced in synced_tables():
        named = (
            f"rowid IN (SELECT t.rowid FROM outbox JOIN {synced.name} AS t "
            "ON t.id = outbox.row_id WHERE outbox.batch_id = ? AND outbox.entity = ?)"
        )
        found = read_stored(conn, synced.table, named, (batch_id.hex, synced.name))
        if found:
            rows[synced.name] = found
    return rows


def send_batch(upstream: Engine, workstation: str, batch: Batch) -> BatchResult:
    """Apply ``batch`` upstream in one transaction; a batch applied before changes nothing."""
    with upstream.connect() as conn:
        with conn.begin() as tx:
            seq = conn.execute(
                text("UPDATE sync_counter SET value = value + 1 WHERE id = 1 RETURNING value")
            ).scalar_one()
            stored = conn.execute(
                text(
                    "SELECT result FROM sync_applied_batches "
                    "WHERE workstation = :ws AND batch_id = :b"
                ),
                {"ws": workstation, "b": batch.batch_id},
            ).scalar()
            if stored is not None:
                tx.rollback()  # the counter bump is undone too: nothing new to number
                return _result(stored, replayed=True)
            result = _apply(conn, workstation, batch, seq)
            conn.execute(
                text(
                    "INSERT INTO sync_applied_batches (workstation, batch_id, change_seq, result) "
                    "VALUES (:ws, :b, :seq, CAST(:r AS jsonb))"
                ),
                {"ws": workstation, "b": batch.batch_id, "seq": seq, "r": json.dumps(result)},
            )
            checkpoint("push-before-upstream-commit")
        checkpoint("push-after-upstream-commit")
    return _result(result)


def _result(stored: dict, *, replayed: bool = False) -> BatchResult:
    refused = stored.get("refused", {})  # results stored before append-only was honoured
    new = tuple(stored.get("new", ()))
    return BatchResult(
        stored["seq"], stored["versions"], stored["conflicts"], replayed, refused, new
    )


def _apply(conn: Connection, workstation: str, batch: Batch, seq: int) -> dict:
    upstream_tables = upstream_metadata().tables
    seals = _Seals.read(conn, batch)
    versions: dict[str, int] = {}
    refused: dict[str, list[str]] = {}
    new: list[str] = []
    conflicts = 0
    for synced in synced_tables():
        if batch.stored.get(synced.name):
            table = upstream_tables[synced.name]
            ctx = _Context(conn, synced, table, seq, workstation, seals, versions, refused, new)
            conflicts += _apply_table(ctx, batch)
    return {
        "seq": seq,
        "versions": versions,
        "conflicts": conflicts,
        "refused": refused,
        "new": new,
    }


@dataclass(frozen=True)
class _Seals:
    """Which unit roots the centre holds sealed (approved, say) before a batch, and which the
    batch itself seals; rows of a unit without a policy of their own follow their root.

    Ids are kept as SQLite stores them (32 hex digits): a first sync's half a million points
    are looked up here, and making a UUID of each would cost more than the rest."""

    before: frozenset[str]
    sealing: frozenset[str]
    roots: dict[str, str]  # row id → its unit root, for rows of the batch

    @classmethod
    def read(cls, conn: Connection, batch: Batch) -> _Seals:
        tables = upstream_metadata().tables
        by_name = {t.name: t for t in synced_tables()}
        roots: dict[str, str] = {}
        sealing: set[str] = set()
        for name in batch.stored:
            synced = by_name[name]
            root = by_name[units.root_name(synced)]
            if root.policy != APPEND_ONLY or not units.in_unit(synced):
                continue
            ids = batch.column(name, "id", stored=True)
            if synced.unit_column is None:
                roots.update(zip(ids, ids, strict=True))
                column = synced.sealed_when[0] if synced.sealed_when else None
                states = batch.column(name, column, stored=True) if column else ids
                sealing.update(
                    i
                    for i, v in zip(ids, states, strict=True)
                    if column is None or root.sealed({column: v})
                )
            elif synced.unit_parent == root.name:  # a point names its calibration itself
                parents = batch.column(name, synced.unit_column, stored=True)
                roots.update(zip(ids, parents, strict=True))
            else:
                found = units.root_of_each(conn, tables, synced, batch.column(name, "id"))
                roots.update((k.hex, v.hex) for k, v in found.items() if v is not None)
        return cls(frozenset(cls._sealed_before(conn, batch, roots)), frozenset(sealing), roots)

    @staticmethod
    def _sealed_before(conn: Connection, batch: Batch, roots: dict) -> set[str]:
        by_name = {t.name: t for t in synced_tables()}
        before = set()
        ids = ",".join(i for i in set(roots.values()) if i is not None)
        for name in {units.root_name(by_name[n]) for n in batch.stored}:
            root = by_name[name]
            if root.policy != APPEND_ONLY or not ids:
                continue
            seal = f", {root.sealed_when[0]}" if root.sealed_when else ""
            query = text(
                f"SELECT id{seal} FROM {name} "
                "WHERE id = ANY(CAST(string_to_array(:ids, ',') AS uuid[]))"
            )
            found = conn.execute(query, {"ids": ids})
            before.update(r.id.hex for r in found if root.sealed(r._asdict()))
        return before

    def sealed_upstream(self, synced: SyncedTable, cur: dict) -> bool:
        if synced.policy == APPEND_ONLY:
            return synced.sealed(cur)
        return synced.unit_column is not None and self.roots.get(cur["id"].hex) in self.before

    def closed_to(self, synced: SyncedTable, row: dict) -> bool:
        """Whether ``row``, new to the centre, would join a unit sealed there (rows with an
        append-only policy of their own, like a certificate's revisions, may always come)."""
        if synced.policy == APPEND_ONLY or synced.unit_column is None:
            return False
        parent = row[synced.unit_column]
        return self.roots.get(row["id"].hex, parent.hex if parent else None) in self.before

    def sealed_here(self, synced: SyncedTable, row: dict) -> bool:
        if synced.policy == APPEND_ONLY:
            return synced.sealed(row)
        if synced.unit_column is None:
            return False
        parent = row[synced.unit_column]
        return self.roots.get(row["id"].hex, parent.hex if parent else None) in self.sealing


@dataclass(frozen=True)
class _Context:
    """One table's share of a batch being applied upstream."""

    conn: Connection
    synced: SyncedTable
    table: object
    seq: int
    workstation: str
    seals: _Seals
    versions: dict[str, int]
    refused: dict[str, list[str]]
    new: list[str]  # tables whose rows in the batch were all new: version 1, content as sent


def _apply_table(ctx: _Context, batch: Batch) -> int:
    conn, synced, table, seq = ctx.conn, ctx.synced, ctx.table, ctx.seq
    versions = ctx.versions
    stored = batch.stored[synced.name]
    at = synced.columns.index("id")
    current = _current_rows(conn, table, [r[at] for r in stored])
    if not current and not ctx.seals.before and len(stored) >= STAGE_FROM:
        # All new to the centre (a first sync): nothing to compare, merge or keep; the rows
        # go in as stored, at version 1, which the result says once for the table rather
        # than once a row (the pull and the confirmation read it so).
        _copy_in(conn, table, stored, "ON CONFLICT DO NOTHING", tail=(1, seq))
        ctx.new.append(synced.name)
        return 0
    rows = batch.rows[synced.name]
    current.update(_full_rows(conn, table, [r["id"] for r in rows if r["id"] in current]))
    writes, merged_writes, history, conflicts, sealed = [], [], [], [], []
    for row in rows:
        cur = current.get(row["id"])
        # Base version 0: this workstation's insert, not yet confirmed here. If the centre has
        # the row, it has it from that insert (ids are never made twice), as version 1 — the
        # base of an edit made while the insert was still in flight.
        base = row["base_version"] or 1
        if cur is None and ctx.seals.closed_to(synced, row):
            sealed.append((None, row))  # a point added to a calibration approved elsewhere
        elif cur is None:
            writes.append({**row, "upstream_version": 1, "change_seq": seq})
            versions[str(row["id"])] = 1
        elif ctx.seals.sealed_upstream(synced, cur):
            # Append-only: a second copy of what the centre holds is a replay; anything else
            # is refused, kept in the conflict list as settled, and the pusher takes ours back.
            if _same_content(synced, cur, row):
                versions[str(row["id"])] = cur["upstream_version"]
            else:
                sealed.append((cur, row))
        elif _already_applied(cur, row):
            if _same_content(synced, cur, row):
                versions[str(row["id"])] = cur["upstream_version"]
        elif cur["upstream_version"] == base or ctx.seals.sealed_here(synced, row):
            # An approval made from an older version still stands whole: what was signed is
            # what the centre keeps; the version it replaces stays in the history.
            writes.append(_next_version(row, cur, seq))
            history.append(cur)
            versions[str(row["id"])] = cur["upstream_version"] + 1
        else:
            ancestor = _ancestor(conn, synced.name, row["id"], base)
            merged = merge_fields(synced.merged_columns, ancestor, cur, row)
            conflicts += [(row["id"], c) for c in merged.conflicts]
            # A new version even when nothing of ours was taken: the pushing workstation set
            # the centre's version aside (edited while it was pulled) and must get it back.
            values = {**merged.values, **_sync_columns(row)}
            merged_writes.append(_next_version(values, cur, seq))
            history.append(cur)
    # Derived columns (search text, keys, due date) follow the merged fields, never either side.
    writes += rederived(conn, synced, merged_writes)
    _upsert(conn, table, writes)
    _keep_history(conn, synced.name, history, seq)
    _record_conflicts(conn, synced.name, conflicts, ctx.workstation, seq)
    _record_sealed(ctx, sealed)
    return len(conflicts)


def _already_applied(cur: dict, row: dict) -> bool:
    """A replayed or reordered copy of a change the centre already has from the same author:
    never a conflict (sync.md 3.3, 6.4). A newer version of our own insert is not one, even
    before the insert is confirmed (base version 0): it is an edit, and must not be dropped."""
    return (
        cur["origin_workstation"] == row["origin_workstation"]
        and cur["row_version"] >= row["row_version"]
    )


def _record_sealed(ctx: _Context, refused: list[tuple[dict, dict]]) -> None:
    """Keep a refused change to an append-only record where people can read it: in the
    conflict list, settled as "kept" (nobody has to decide anything)."""
    if not refused:
        return
    ctx.refused.setdefault(ctx.synced.name, []).extend(str(row["id"]) for _, row in refused)
    log.warning("%d change(s) to sealed %s refused", len(refused), ctx.synced.name)
    ctx.conn.execute(
        text(
            "INSERT INTO sync_conflicts (id, entity, row_id, field, ancestor_value, kept_value, "
            "other_value, other_workstation, change_seq, resolved_at, resolution) VALUES "
            "(:id, :e, :row, '*', NULL, CAST(:k AS jsonb), CAST(:o AS jsonb), :ws, :seq, "
            "now(), 'kept') ON CONFLICT (id) DO NOTHING"
        ),
        [
            {
                "id": uuid.uuid5(
                    uuid.NAMESPACE_OID, f"sealed/{ctx.synced.name}/{row['id']}/{ctx.seq}"
                ),
                "e": ctx.synced.name,
                "row": row["id"],
                "k": json.dumps(_json(_data(ctx.synced, cur)) if cur else None),
                "o": json.dumps(_json(_data(ctx.synced, row))),
                "ws": ctx.workstation,
                "seq": ctx.seq,
            }
            for cur, row in refused
        ],
    )


def _data(synced: SyncedTable, row: dict) -> dict:
    return {c: row[c] for c in synced.data_columns}


def _same_content(synced: SyncedTable, cur: dict, row: dict) -> bool:
    return all(json_value(cur[c]) == json_value(row[c]) for c in synced.data_columns)


def _sync_columns(row: dict) -> dict:
    keep = ("row_version", "base_version", "updated_at", "origin_workstation")
    return {k: row[k] for k in keep}


def _next_version(values: dict, cur: dict, seq: int) -> dict:
    return {**values, "upstream_version": cur["upstream_version"] + 1, "change_seq": seq}


def _current_rows(conn: Connection, table, stored_ids: list[str]) -> dict:  # noqa: ANN001
    """Which of the rows (ids as SQLite stores them, 32 hex digits) the centre has already:
    most rows of a first sync are new. One text parameter the server splits and reads as
    uuids, rather than thousands of placeholders or an array to build here."""
    query = text(
        f"SELECT id, upstream_version FROM {table.name} "
        "WHERE id = ANY(CAST(string_to_array(:ids, ',') AS uuid[]))"
    )
    return {
        r.id: {"id": r.id, "upstream_version": r.upstream_version}
        for r in conn.execute(query, {"ids": ",".join(stored_ids)})
    }


def _full_rows(conn: Connection, table, ids: list) -> dict:  # noqa: ANN001
    found = {}
    for start in range(0, len(ids), 1000):
        query = select(table).where(table.c.id.in_(ids[start : start + 1000]))
        found.update({r.id: dict(r._mapping) for r in conn.execute(query)})
    return found


def _upsert(conn: Connection, table, writes: list[dict]) -> None:  # noqa: ANN001
    """``INSERT … ON CONFLICT (id) DO UPDATE … WHERE`` the row is still the version read.

    Many rows go through COPY into a staging table and one ``INSERT … SELECT`` (sync.md 4.3:
    about twice the speed of pipelined ``executemany``); a few go straight in.
    """
    if not writes:
        return
    names = [c.name for c in table.columns]
    assignments = ", ".join(f'"{c}" = excluded."{c}"' for c in names if c != "id")
    guard = f"{table.name}.upstream_version = excluded.upstream_version - 1"
    conflict = f"ON CONFLICT (id) DO UPDATE SET {assignments} WHERE {guard}"
    if len(writes) < STAGE_FROM:
        stmt = pg_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={c: stmt.excluded[c] for c in names if c != "id"},
            where=table.c.upstream_version == stmt.excluded.upstream_version - 1,
        )
        conn.execute(stmt, writes)
        return
    _copy_in(conn, table, _bound(table, writes, names), conflict)


def _copy_in(
    conn: Connection,
    table,  # noqa: ANN001
    rows,  # noqa: ANN001
    conflict: str = "ON CONFLICT DO NOTHING",
    tail: tuple[int, int] | None = None,
) -> None:
    """COPY ``rows`` (tuples in the table's column order) into a staging table, then one
    ``INSERT … SELECT`` with ``conflict``: COPY cannot write into a table under row-level
    security, and the insert applies the policies and the version guard to every row.
    ``tail``: rows without the two upstream columns, whose values (version, change number)
    the insert adds, sparing a copy of every row here."""
    names = [f'"{c.name}"' for c in table.columns]
    columns = ", ".join(names)
    copied = ", ".join(names[:-2]) if tail else columns
    chosen = f"{copied}, {tail[0]}, {tail[1]}" if tail else columns
    stage = f"caldesk_stage_{table.name}"
    cursor = conn.connection.dbapi_connection.cursor()
    cursor.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table.name}) ON COMMIT DELETE ROWS"
    )
    # LIKE copies NOT NULL; the upstream columns come from the insert when ``tail`` is given.
    cursor.execute(
        f"ALTER TABLE {stage} ALTER COLUMN upstream_version DROP NOT NULL, "
        "ALTER COLUMN change_seq DROP NOT NULL"
    )
    with cursor.copy(f"COPY {stage} ({copied}) FROM STDIN") as copy:
        for values in rows:
            copy.write_row(values)
    cursor.execute(f"INSERT INTO {table.name} ({columns}) SELECT {chosen} FROM {stage} {conflict}")
    cursor.execute(f"TRUNCATE {stage}")


def _bound(table, writes: list[dict], names: list[str]):  # noqa: ANN001, ANN202
    """Rows as COPY takes them. Values read back from the workstation are NFC text already and
    UTC datetimes, which a ``timestamp`` column stores as the same wall time (its offset, +00:00,
    is ignored by PostgreSQL); only JSON values (a calibration's standards) need their text."""
    as_json = [isinstance(table.c[n].type, JSON) for n in names]
    if not any(as_json):
        for row in writes:
            yield tuple(row[n] for n in names)
        return
    pairs = list(zip(names, as_json, strict=True))
    for row in writes:
        yield tuple(
            json.dumps(row[n]) if is_json and row[n] is not None else row[n] for n, is_json in pairs
        )


def _ancestor(conn: Connection, entity: str, row_id: uuid.UUID, version: int) -> dict | None:
    return conn.execute(
        text(
            "SELECT data FROM sync_row_versions "
            "WHERE entity = :e AND row_id = :id AND upstream_version = :v"
        ),
        {"e": entity, "id": row_id, "v": version},
    ).scalar()


def _keep_history(conn: Connection, entity: str, replaced: list[dict], seq: int) -> None:
    """Keep each version a row leaves behind: it is the ancestor a later merge compares with.
    ``superseded_seq`` is the change that replaced it: once every workstation has pulled past
    that, nobody can still push an edit made from it, and ``upstream purge`` may let it go."""
    if not replaced:
        return
    conn.execute(
        text(
            "INSERT INTO sync_row_versions (entity, row_id, upstream_version, data, "
            "superseded_seq) VALUES (:e, :id, :v, CAST(:d AS jsonb), :seq) ON CONFLICT DO NOTHING"
        ),
        [
            {
                "e": entity,
                "id": r["id"],
                "v": r["upstream_version"],
                "d": json.dumps(_json(r)),
                "seq": seq,
            }
            for r in replaced
        ],
    )


def _json(row: dict) -> dict:
    return {k: json_value(v) for k, v in row.items()}


def _record_conflicts(conn, entity, conflicts, workstation, seq) -> None:  # noqa: ANN001
    if not conflicts:
        return
    conn.execute(
        text(
            "INSERT INTO sync_conflicts (id, entity, row_id, field, ancestor_value, kept_value, "
            "other_value, other_workstation, change_seq) VALUES (:id, :e, :row, :f, "
            "CAST(:a AS jsonb), CAST(:k AS jsonb), CAST(:o AS jsonb), :ws, :seq)"
        ),
        [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_OID, f"{entity}/{row_id}/{c.field}/{seq}"),
                "e": entity,
                "row": row_id,
                "f": c.field,
                "a": json.dumps(c.ancestor),
                "k": json.dumps(c.kept),
                "o": json.dumps(c.other),
                "ws": workstation,
                "seq": seq,
            }
            for row_id, c in conflicts
        ],
    )


def confirm_batch(db: Database, batch: Batch, result: BatchResult) -> None:
    """After the upstream commit: mark the batch pushed and move on the rows' base versions."""
    with db.session() as session:
        conn = session.connection()
        conn.execute(
            update(OutboxEntry)
            .where(OutboxEntry.batch_id == batch.batch_id)
            .values(pushed_at=utc_now())
        )
        for synced in synced_tables():
            if synced.name in result.new_tables:
                conn.exec_driver_sql(
                    f"UPDATE {synced.name} SET base_version = 1 WHERE id IN "
                    "(SELECT row_id FROM outbox WHERE batch_id = ? AND entity = ?)",
                    (batch.batch_id.hex, synced.name),
                )
            else:
                stored = batch.stored.get(synced.name, ())
                _confirm_versions(conn, synced, stored, result.versions)
        checkpoint("push-before-local-confirm")


def _confirm_versions(conn: Connection, synced: SyncedTable, stored, versions: dict) -> None:  # noqa: ANN001
    """Move the rows' base versions on, one statement per version (a first sync: one per
    table), the ids as SQLite stores them in one JSON parameter."""
    at = synced.columns.index("id")
    by_version: dict[int, list[str]] = {}
    for row in stored:
        version = versions.get(_dashed(row[at]))
        if version is not None:
            by_version.setdefault(version, []).append(row[at])
    sql = f"UPDATE {synced.name} SET base_version = ? WHERE id IN (SELECT value FROM json_each(?))"
    for version, ids in by_version.items():
        conn.exec_driver_sql(sql, (version, json.dumps(ids)))
