"""Pull: the centre's changes in commit order, applied with the cursor in one local transaction.

Changes are read below a watermark taken in one REPEATABLE READ snapshot: the change counter is
bumped under a row lock that each push holds until it commits, so every change numbered at or
below a committed number is itself committed (DESIGN.md, Sync; sync.md 2.1). The rows and the
new cursor are written in the same local transaction, so a crash repeats the pull, never skips
it. A row with local edits not yet pushed is left alone: the next push merges it upstream and
the merged row comes back with a later number.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from lab.storage.audit_chain import json_value
from lab.storage.base import utc_now
from lab.storage.database import Database
from lab.storage.models import OutboxEntry
from lab.storage.sync_models import SyncConflict, SyncState
from lab.sync import units
from lab.sync.faults import checkpoint
from lab.sync.tables import SyncedTable, synced_tables, upstream_metadata

log = logging.getLogger(__name__)

# Push batches of up to 20,000 rows (lab.sync.push.BATCH_ROWS): a page holds about 100,000
# rows at most, one local transaction a workstation holds in memory comfortably.
BATCHES_PER_PULL = 5


@dataclass(frozen=True)
class Pulled:
    """One page of upstream changes, up to ``upper`` (the cursor after applying it)."""

    upper: int
    rows: dict[str, list[dict]]
    conflicts: list[dict]


@dataclass(frozen=True)
class PullResult:
    applied: int
    skipped_pending: int
    refused: int
    conflicts: int


def pulled_seq(db: Database) -> int:
    with db.read_session() as session:
        state = session.get(SyncState, 1)
        return state.pulled_seq if state else 0


def read_changes(
    upstream: Engine, cursor: int, db: Database, just_pushed: dict[str, int] | None = None
) -> Pulled | None:
    """The next page of changes after ``cursor``, or None when there is nothing new.

    Only rows this workstation does not have in that version are read in full: after a large
    push, most of the page is the workstation's own rows coming back (``just_pushed``: the
    upstream versions this sync's push confirmed, by row id).
    """
    with upstream.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            upper = _watermark(conn, cursor)
            if upper <= cursor:
                return None
            rows = {}
            tables = upstream_metadata().tables
            mine = {"ws": str(db.workstation_id), "c": cursor, "u": upper}
            for synced in synced_tables():
                pairs = conn.execute(_others_changes(synced.name), mine).all()
                wanted = _not_here_yet(db, synced, pairs, just_pushed or {})
                found = _full_rows(conn, tables[synced.name], wanted)
                if found:
                    rows[synced.name] = found
            _complete_units(conn, db, rows, just_pushed or {})
            _add_missing_parents(conn, db, rows)
            conflicts = conn.execute(
                text("SELECT * FROM sync_conflicts WHERE change_seq > :c AND change_seq <= :u"),
                {"c": cursor, "u": upper},
            ).all()
    checkpoint("pull-after-read")
    return Pulled(upper, rows, [dict(c._mapping) for c in conflicts])


def _others_changes(table: str):  # noqa: ANN202
    """Rows of ``table`` changed in the page, less those whose version there is exactly what a
    batch of this workstation's wrote (its own push coming back: a first sync's whole register).
    The applied batch's recorded result says which rows it left as sent (``versions``), or
    that all its rows of a table went in new (``new``)."""
    return text(
        f"""
        WITH batches AS (
            SELECT change_seq, result FROM sync_applied_batches
            WHERE workstation = :ws AND change_seq > :c AND change_seq <= :u
        ), mine AS (
            SELECT v.key::uuid AS id, v.value::bigint AS version, b.change_seq
            FROM batches b, jsonb_each_text(b.result->'versions') v
        ), all_new AS (
            SELECT change_seq FROM batches WHERE result->'new' ? '{table}'
        )
        SELECT t.id, t.upstream_version FROM {table} t
        LEFT JOIN mine m ON m.id = t.id AND m.change_seq = t.change_seq
            AND m.version = t.upstream_version
        WHERE t.change_seq > :c AND t.change_seq <= :u AND m.id IS NULL
            AND NOT (t.upstream_version = 1 AND t.change_seq IN (SELECT change_seq FROM all_new))
        """
    )


def _not_here_yet(db: Database, synced: SyncedTable, pairs: list, known: dict) -> list[uuid.UUID]:
    pairs = [(row_id, v) for row_id, v in pairs if known.get(str(row_id), 0) < v]
    if not pairs:
        return []
    with db.engine.connect() as local:
        here = _local_versions(local, synced.table, [p[0] for p in pairs])
    return [row_id for row_id, version in pairs if here.get(row_id, 0) < version]


def _complete_units(conn: Connection, db: Database, rows: dict, known: dict) -> None:
    """Bring along the rest of every unit a page touches (a calibration's points edited in a
    later batch than the calibration, say), in the versions this workstation lacks: the page is
    applied in one local transaction, so a unit is never seen in part. Rows of later changes
    come in their current version and are skipped, as already here, when their page arrives."""
    tables = upstream_metadata().tables
    by_name = {t.name: t for t in synced_tables()}
    roots: dict[str, set] = {}
    for name, page_rows in rows.items():
        synced = by_name[name]
        if units.in_unit(synced):
            found = units.roots_of(conn, tables, synced, [r["id"] for r in page_rows])
            roots.setdefault(units.root_name(synced), set()).update(found)
    for root, ids in roots.items():
        for synced in (by_name[root], *units.member_tables(root)):
            have = {r["id"] for r in rows.get(synced.name, ())}
            pairs = [
                (r.id, r.upstream_version)
                for r in units.members(conn, tables, synced, ids, "id", "upstream_version")
                if r.id not in have
            ]
            found = _full_rows(conn, tables[synced.name], _not_here_yet(db, synced, pairs, known))
            if found:
                rows.setdefault(synced.name, []).extend(found)


def _add_missing_parents(conn: Connection, db: Database, rows: dict[str, list[dict]]) -> None:
    """Bring along the parents a page's rows refer to when this workstation lacks them.

    A parent edited after its child was written carries a later change number than the child,
    so a page can hold the child without it; the parent's current version comes now (and is
    skipped, as already here, when its own page arrives). Children are looked at first, so a
    parent's own parents come too.
    """
    upstream_tables = upstream_metadata().tables
    by_name = {t.name: t for t in synced_tables()}
    for synced in reversed(synced_tables()):
        for fk in synced.table.foreign_keys:
            parent = by_name.get(fk.column.table.name)
            if parent is None or not rows.get(synced.name):
                continue
            wanted = {r[fk.parent.name] for r in rows[synced.name]} - {None}
            wanted -= {r["id"] for r in rows.get(parent.name, ())}
            if not wanted:
                continue
            with db.engine.connect() as local:
                wanted -= set(_local_versions(local, parent.table, list(wanted)))
            found = _full_rows(conn, upstream_tables[parent.name], list(wanted))
            if found:
                rows.setdefault(parent.name, []).extend(found)


def _full_rows(conn: Connection, t, ids: list) -> list[dict]:  # noqa: ANN001
    found = []
    for start in range(0, len(ids), 1000):
        query = select(t).where(t.c.id.in_(ids[start : start + 1000]))
        found += [dict(r._mapping) for r in conn.execute(query)]
    return found


def _watermark(conn: Connection, cursor: int) -> int:
    counter = conn.execute(text("SELECT value FROM sync_counter WHERE id = 1")).scalar_one()
    page_end = conn.execute(
        text(
            "SELECT change_seq FROM sync_applied_batches WHERE change_seq > :c "
            "ORDER BY change_seq OFFSET :n LIMIT 1"
        ),
        {"c": cursor, "n": BATCHES_PER_PULL - 1},
    ).scalar()
    return min(counter, page_end) if page_end is not None else counter


def apply_changes(db: Database, pulled: Pulled) -> PullResult:
    """Write the page and the new cursor in one local transaction."""
    with db.session() as session:
        conn = session.connection()
        applied, skipped, refused = _apply_rows(conn, pulled.rows)
        _mirror_conflicts(conn, pulled.conflicts)
        _save_cursor(session, pulled.upper)
        checkpoint("pull-before-local-commit")
    checkpoint("pull-after-local-commit")
    return PullResult(applied, skipped, refused, len(pulled.conflicts))


def _apply_rows(
    conn: Connection, rows: dict[str, list[dict]], *, replace: bool = False
) -> tuple[int, int, int]:
    """Write pulled rows table by table, parents first; returns (applied, skipped, refused).

    A record that arrives sealed (an approved calibration) is written unsealed first and sealed
    after the rest of its unit: the workstation's file refuses points added to an approved
    calibration (migration 0003's triggers), and in one transaction nobody sees the moment
    between."""
    applied = skipped = refused = 0
    seals: list[tuple[SyncedTable, dict]] = []
    for synced in synced_tables():
        if rows.get(synced.name):
            a, s, r = _apply_table(conn, synced, rows[synced.name], seals, replace=replace)
            applied, skipped, refused = applied + a, skipped + s, refused + r
    for synced, values in seals:
        refused += _seal(conn, synced, values)
    return applied, skipped, refused


def _seal(conn: Connection, synced: SyncedTable, values: dict) -> int:
    """Give a record written unsealed its sealing value; 1 if the file refused it (listed)."""
    column = synced.sealed_when[0]
    t = synced.table
    try:
        with conn.begin_nested():
            conn.execute(
                t.update()
                .where(
                    t.c.id == values["id"],
                    t.c.base_version == values["base_version"],
                    t.c[column] != values[column],
                )
                .values({column: values[column]})
            )
    except IntegrityError as exc:
        _record_refusal(conn, synced.name, values, exc)
        return 1
    return 0


def _apply_table(
    conn: Connection,
    synced: SyncedTable,
    rows: list[dict],
    seals: list[tuple[SyncedTable, dict]],
    *,
    replace: bool = False,
) -> tuple[int, int, int]:
    """Write pulled rows; ``replace``: also over the same version (the centre's copy of an
    append-only record it refused to let this workstation change)."""
    t = synced.table
    local = _local_versions(conn, t, [r["id"] for r in rows])
    pending = _pending_ids(conn, synced.name)
    here = _local_seal_states(conn, synced, rows)
    writes = []
    skipped = refused = 0
    for row in rows:
        base = local.get(row["id"])
        if base is not None and base >= row["upstream_version"] and not replace:
            continue  # this workstation already has that version (its own push, say)
        if row["id"] in pending:
            skipped += 1
            continue
        values = _pulled(synced, row)
        if synced.sealed_when is not None and synced.sealed(row):
            seals.append((synced, values))
            column = synced.sealed_when[0]
            values = {**values, column: here.get(row["id"], _unsealed(synced))}
        elif row["id"] in here and synced.sealed({synced.sealed_when[0]: here[row["id"]]}):
            # Never un-approve here what was approved here; the centre keeps the first approval
            # it receives, so only an unsealed copy can come, and it is refused and listed.
            refused += 1
            _record_refusal(conn, synced.name, values, _SEALED)
            continue
        writes.append(values)
    refused += _write_rows(conn, synced, writes)
    return len(writes) - refused, skipped, refused


_SEALED = "this record is approved on this workstation and is never changed again"


def _pulled(synced: SyncedTable, row: dict) -> dict:
    values = {c: row[c] for c in synced.columns}
    values["base_version"] = row["upstream_version"]
    return values


def _local_seal_states(conn: Connection, synced: SyncedTable, rows: list[dict]) -> dict:
    """Row id → the value of the column that seals it (state), as this workstation has it."""
    if synced.sealed_when is None:
        return {}
    t = synced.table
    column = t.c[synced.sealed_when[0]]
    found = {}
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        found.update(
            conn.execute(select(t.c.id, column).where(t.c.id.in_(ids[start : start + 500]))).all()
        )
    return found


def _unsealed(synced: SyncedTable) -> object:
    """The sealing column's value for a record not sealed yet: its default (a draft)."""
    return synced.table.c[synced.sealed_when[0]].default.arg


def take_centre_copies(db: Database, upstream: Engine, refused: dict[str, list[str]]) -> int:
    """After a push the centre refused in part (changes to approved records), put the centre's
    copies of those rows back here, in one local transaction; returns how many were written."""
    tables = upstream_metadata().tables
    with upstream.connect() as conn:
        found = {
            name: _full_rows(conn, tables[name], [uuid.UUID(i) for i in ids])
            for name, ids in refused.items()
        }
    with db.session() as session:
        local = session.connection()
        _list_rows_the_centre_lacks(local, refused, found)
        return _apply_rows(local, found, replace=True)[0]


_NOT_KEPT = "the centre keeps this record approved as it was, without this row"


def _list_rows_the_centre_lacks(conn: Connection, refused: dict, found: dict) -> None:
    """Rows this workstation added to a record sealed elsewhere stay here (the file keeps what
    it has); they are listed for a person, since the centre and the others never get them."""
    by_name = {t.name: t for t in synced_tables()}
    for name, ids in refused.items():
        there = {str(r["id"]) for r in found.get(name, ())}
        lacking = [uuid.UUID(i) for i in ids if i not in there]
        if not lacking:
            continue
        t = by_name[name].table
        for row in conn.execute(select(t).where(t.c.id.in_(lacking))):
            _record_refusal(conn, name, dict(row._mapping), _NOT_KEPT)


def _local_versions(conn: Connection, t, ids: list) -> dict:  # noqa: ANN001
    found = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(conn.execute(select(t.c.id, t.c.base_version).where(t.c.id.in_(chunk))).all())
    return found


def _pending_ids(conn: Connection, entity: str) -> set[uuid.UUID]:
    return set(
        conn.execute(
            select(OutboxEntry.row_id).where(
                OutboxEntry.entity == entity, OutboxEntry.pushed_at.is_(None)
            )
        ).scalars()
    )


def _upsert_statement(synced: SyncedTable):  # noqa: ANN202
    stmt = sqlite_insert(synced.table)
    return stmt.on_conflict_do_update(
        index_elements=["id"],
        set_={c: stmt.excluded[c] for c in synced.columns if c != "id"},
    )


def _write_rows(conn: Connection, synced: SyncedTable, writes: list[dict]) -> int:
    """Upsert the rows; a row the local uniqueness rules refuse (the same customer registered on
    two workstations, say) is kept out and listed as a conflict, never allowed to stop the pull."""
    if not writes:
        return 0
    stmt = _upsert_statement(synced)
    try:
        with conn.begin_nested():
            conn.execute(stmt, writes)
        return 0
    except IntegrityError:
        pass
    refused = 0
    for values in writes:
        try:
            with conn.begin_nested():
                conn.execute(stmt, values)
        except IntegrityError as exc:
            refused += 1
            _record_refusal(conn, synced.name, values, exc)
    return refused


def _record_refusal(conn: Connection, entity: str, values: dict, why: IntegrityError | str) -> None:
    reason = why if isinstance(why, str) else str(why.orig).splitlines()[0]
    version = values["base_version"]
    log.warning("pulled %s %s refused locally: %s", entity, values["id"], reason)
    conn.execute(
        sqlite_insert(SyncConflict.__table__)
        .values(
            id=uuid.uuid5(uuid.NAMESPACE_OID, f"refused/{entity}/{values['id']}/{version}"),
            entity=entity,
            row_id=values["id"],
            field="*",
            ancestor_value=None,
            kept_value=reason,
            other_value={k: json_value(v) for k, v in values.items()},
            other_workstation=values.get("origin_workstation", ""),
            found_at=utc_now(),
        )
        .on_conflict_do_nothing()
    )


def _mirror_conflicts(conn: Connection, conflicts: list[dict]) -> None:
    for c in conflicts:
        values = {
            "id": c["id"],
            "entity": c["entity"],
            "row_id": c["row_id"],
            "field": c["field"],
            "ancestor_value": c["ancestor_value"],
            "kept_value": c["kept_value"],
            "other_value": c["other_value"],
            "other_workstation": c["other_workstation"],
            "found_at": c["found_at"],
            "resolved_at": c["resolved_at"],
            "resolution": c["resolution"],
        }
        stmt = sqlite_insert(SyncConflict.__table__).values(values)
        keep_local = SyncConflict.__table__.c.resolved_at.is_(None)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["id"],
                set_={
                    "resolved_at": stmt.excluded.resolved_at,
                    "resolution": stmt.excluded.resolution,
                },
                where=keep_local,
            )
        )


def _save_cursor(session, upper: int) -> None:  # noqa: ANN001
    state = session.get(SyncState, 1)
    if state is None:
        session.add(SyncState(id=1, pulled_seq=upper, last_sync_at=utc_now()))
    else:
        state.pulled_seq = upper
        state.last_sync_at = utc_now()
    session.flush()


def report_cursor(upstream: Engine, workstation: str, cursor: int) -> None:
    """Tell the centre how far this workstation has pulled (tombstones wait for everyone)."""
    with upstream.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sync_cursors (workstation, pulled_seq) VALUES (:ws, :c) "
                "ON CONFLICT (workstation) DO UPDATE SET pulled_seq = excluded.pulled_seq, "
                "pulled_at = now()"
            ),
            {"ws": workstation, "c": cursor},
        )
