"""The audit trail: captured with every change, hash-chained, tamper-evident (issue 5)."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from lab.audit import history, record_event, search, verify_chain
from lab.storage import open_database
from lab.storage.changes import AuditTrailIsAppendOnly, tombstone
from lab.storage.models import Customer
from lab.storage.security_models import AuditEvent
from main import main


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "lab.sqlite")
    yield db
    db.close()


def _customer(database, name="Công ty Điện lực Bắc Ninh", actor="an.nv", reason=None):
    with database.session(actor=actor, reason=reason) as s:
        customer = Customer(name=name, name_key=uuid.uuid4().hex)
        s.add(customer)
    return customer.id


@pytest.fixture
def edited(database):
    """A customer created, changed twice and tombstoned: four events on one record."""
    cid = _customer(database, reason="new customer from the front desk")
    with database.session(actor="an.nv", reason="address on the order form") as s:
        s.get(Customer, cid).address = "Số 1 Lý Thái Tổ, Bắc Ninh"
    with database.session(actor="dung.hq", reason="customer moved") as s:
        s.get(Customer, cid).address = "KCN Quế Võ, Bắc Ninh"
    with database.session(actor="hung.pv", reason="duplicate of another customer") as s:
        tombstone(s.get(Customer, cid))
    return cid


def test_every_change_is_recorded_with_who_old_new_and_why(database, edited):
    with database.read_session() as s:
        events = history(s, "customers", str(edited))
    assert [e.action for e in events] == ["create", "update", "update", "delete"]
    assert [e.actor for e in events] == ["an.nv", "an.nv", "dung.hq", "hung.pv"]
    moved = {c.field: (c.old, c.new) for c in events[2].changes}
    assert moved == {"address": ("Số 1 Lý Thái Tổ, Bắc Ninh", "KCN Quế Võ, Bắc Ninh")}
    assert events[2].reason == "customer moved"
    assert ("name", None, "Công ty Điện lực Bắc Ninh") in [
        (c.field, c.old, c.new) for c in events[0].changes
    ]
    assert events[3].changes[0].field == "deleted_at"


def test_a_change_without_a_user_is_recorded_as_system(database):
    cid = _customer(database, actor=None)
    with database.read_session() as s:
        assert history(s, "customers", str(cid))[0].actor == "system"


def test_a_rolled_back_change_leaves_no_audit_event(database, edited):
    with pytest.raises(RuntimeError), database.session(actor="an.nv") as s:
        s.get(Customer, edited).contact = "Chị Lan"
        s.flush()
        raise RuntimeError("the user pressed Cancel")
    with database.read_session() as s:
        assert len(history(s, "customers", str(edited))) == 4
        assert verify_chain(s).intact


def test_a_bulk_import_is_one_event_with_one_reason(database):
    rows = [{"id": uuid.uuid4(), "name": f"Khách {i}", "name_key": f"k{i}"} for i in range(50)]
    with database.session(actor="an.nv") as s:
        s.execute(insert(Customer), rows)
        record_event(
            s,
            actor="an.nv",
            action="import",
            entity="work_orders",
            record_id="WO-2026-0001",
            changes={"customers_inserted": 50},
            reason="import of khach_hang.xlsx",
        )
    with database.read_session() as s:
        events = search(s, "")
        assert len(events) == 1
        assert (events[0].action, events[0].reason) == ("import", "import of khach_hang.xlsx")
        assert verify_chain(s).intact


def test_verify_passes_on_an_untouched_trail(database, edited, capsys):
    assert main(["--db", str(database.path), "audit", "verify"]) == 0
    assert "intact: 4 events" in capsys.readouterr().out


def _tamper(path, *statements):
    con = sqlite3.connect(path)
    # Someone with the file in hand can drop the append-only triggers; the chain still tells.
    con.execute("DROP TRIGGER audit_events_no_update")
    con.execute("DROP TRIGGER audit_events_no_delete")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("attack", "statements", "broken"),
    [
        (
            "edit a value",
            ["UPDATE audit_events SET changes = replace(changes, 'KCN', 'CCN') WHERE seq = 3"],
            3,
        ),
        ("rename the actor", ["UPDATE audit_events SET actor = 'an.nv' WHERE seq = 4"], 4),
        ("delete an entry", ["DELETE FROM audit_events WHERE seq = 2"], 2),
        (
            "renumber after deleting",
            [
                "DELETE FROM audit_events WHERE seq = 2",
                "UPDATE audit_events SET seq = seq - 1 WHERE seq > 2",
            ],
            2,
        ),
        (
            "swap two entries",
            [
                "UPDATE audit_events SET seq = 100 WHERE seq = 2",
                "UPDATE audit_events SET seq = 2 WHERE seq = 3",
                "UPDATE audit_events SET seq = 3 WHERE seq = 100",
            ],
            2,
        ),
        ("cut the newest entry", ["DELETE FROM audit_events WHERE seq = 4"], 4),
        (
            "rehash an edited entry",
            [
                "UPDATE audit_events SET reason = 'routine', "
                "hash = '" + "1" * 64 + "' WHERE seq = 3",
            ],
            3,
        ),
    ],
)
def test_tampering_with_the_file_is_detected(database, edited, capsys, attack, statements, broken):
    database.close()
    _tamper(database.path, *statements)
    assert main(["--db", str(database.path), "audit", "verify"]) == 1
    assert f"broken at entry #{broken}" in capsys.readouterr().err


def test_the_program_cannot_rewrite_history(database, edited):
    with pytest.raises(AuditTrailIsAppendOnly), database.session() as s:
        s.scalars(select(AuditEvent)).first().actor = "someone else"
    with pytest.raises(IntegrityError, match="append-only"), database.session() as s:
        s.execute(text("DELETE FROM audit_events WHERE seq = 1"))
    with database.read_session() as s:
        assert verify_chain(s).intact and verify_chain(s).events == 4


def test_search_finds_events_by_person_value_or_reason(database, edited):
    with database.read_session() as s:
        assert {e.seq for e in search(s, "dung.hq")} == {3}
        assert {e.seq for e in search(s, "Quế Võ")} == {3}
        assert {e.seq for e in search(s, "DUPLICATE")} == {4}
        assert [e.seq for e in search(s, "")] == [4, 3, 2, 1]


@pytest.mark.parametrize(
    "hostile",
    ["%", "n_nv", "' OR 1=1 --", "'; DELETE FROM audit_events; --", "\\", '") OR ("1'],
)
def test_search_treats_sql_and_wild_cards_as_plain_text(database, edited, hostile):
    # "n_nv" would match "an.nv" if "_" were a wild card; "%" would match everything.
    with database.read_session() as s:
        assert search(s, hostile) == []
    with database.read_session() as s:
        assert verify_chain(s).events == 4


def test_changes_are_stored_as_canonical_json(database, edited):
    with database.read_session() as s:
        raw = s.scalar(select(AuditEvent.changes).where(AuditEvent.seq == 2))
    assert json.loads(raw) == {"address": [None, "Số 1 Lý Thái Tổ, Bắc Ninh"]}
    assert "Số 1" in raw  # Vietnamese kept readable (and searchable) in the file


def test_verify_refuses_a_path_with_no_database(tmp_path, capsys):
    missing = tmp_path / "typo.sqlite"
    assert main(["--db", str(missing), "audit", "verify"]) == 2
    assert "There is no CalDesk database" in capsys.readouterr().err
    assert not missing.exists()


def test_an_anchor_catches_a_trail_rewritten_and_rehashed(database, edited, capsys):
    """Someone who edits entry #2 and recomputes every hash after it (and the head) passes the
    chain check; the head hash noted earlier (or kept upstream) still gives them away."""
    assert main(["--db", str(database.path), "audit", "verify"]) == 0
    head = capsys.readouterr().out.strip().rsplit(" ", 1)[1]
    database.close()
    _rewrite_and_rehash(database.path, seq=2)
    assert main(["--db", str(database.path), "audit", "verify"]) == 0  # the chain alone: fooled
    capsys.readouterr()
    assert main(["--db", str(database.path), "audit", "verify", "--anchor", f"4:{head}"]) == 1
    assert "broken at entry #4" in capsys.readouterr().err


def _rewrite_and_rehash(path, seq):
    from lab.storage.audit_chain import seal

    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_events_no_update")
    con.execute("UPDATE audit_events SET actor = 'someone.else' WHERE seq = ?", (seq,))
    rows = con.execute(
        "SELECT seq, recorded_at, actor, action, entity, record_id, changes, reason, workstation "
        "FROM audit_events ORDER BY seq"
    ).fetchall()
    prev = "0" * 64
    for row in rows:
        digest = seal(prev, *row)
        con.execute(
            "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0])
        )
        prev = digest
    con.execute("UPDATE audit_head SET last_hash = ?", (prev,))
    con.commit()
    con.close()


def test_a_malformed_anchor_is_a_clear_sentence(database, capsys):
    with pytest.raises(SystemExit):
        main(["--db", str(database.path), "audit", "verify", "--anchor", "12:abc"])
    assert "is not an anchor" in capsys.readouterr().err
