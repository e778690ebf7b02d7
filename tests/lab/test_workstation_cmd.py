"""Workstation codes (issues 7, 8): new ones from 32⁴ Crockford codes, set by an administrator
with ``workstation --code`` before the first number, and old three-character codes kept."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from lab.audit import FieldChange, history
from lab.certificates.numbering import certificate_number
from lab.numbers import lab_ids, work_order_number
from lab.storage import open_database
from lab.storage.models import Workstation
from lab.storage.workstation_codes import CROCKFORD, new_workstation_code
from main import main


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "lab.sqlite"
    monkeypatch.setenv("CALDESK_PASSWORD", "admin-pass-1")
    assert main(["--db", str(path), "users", "add", "hung.pv", "--role", "admin"]) == 0
    return path


def _shown(path, capsys) -> dict:
    capsys.readouterr()
    assert main(["--db", str(path), "workstation", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_codes_of_new_workstations_are_four_unambiguous_characters(tmp_path):
    codes = [new_workstation_code() for _ in range(2000)]
    assert all(len(c) == 4 and set(c) <= set(CROCKFORD) for c in codes)
    assert not set("ILOU") & set("".join(codes))
    # They are random, not made from the (time-ordered) workstation id: 2,000 codes spread
    # over far more than 4,096 values.
    assert len(set(codes)) > 1990
    db = open_database(tmp_path / "new.sqlite")
    try:
        assert len(db.workstation_code) == 4 and set(db.workstation_code) <= set(CROCKFORD)
    finally:
        db.close()


def test_the_administrator_sets_the_code_before_the_first_number(db_path, capsys):
    before = _shown(db_path, capsys)
    assert main(["--db", str(db_path), "workstation", "--code", "hcm1", "--user", "hung.pv"]) == 0
    after = _shown(db_path, capsys)
    assert (after["code"], after["id"], after["name"]) == ("HCM1", before["id"], before["name"])

    db = open_database(db_path)
    try:
        with db.read_session() as session:
            [event] = history(session, "workstation", after["id"])
            assert (event.actor, event.changes) == (
                "hung.pv",
                (FieldChange("code", before["code"], "HCM1"),),
            )
        with db.session() as session:
            assert lab_ids(session, 1, date(2026, 3, 2)) == ["26-HCM1-00001"]
            assert work_order_number(session, date(2026, 3, 2)) == "WO26-HCM1-0001"
            assert certificate_number(session, date(2026, 3, 2)) == "GCN-26-HCM1-00001"
    finally:
        db.close()

    capsys.readouterr()
    assert main(["--db", str(db_path), "workstation", "--code", "HN2", "--user", "hung.pv"]) == 2
    assert (
        "Workstation code HCM1 cannot change: this workstation has already made 1 lab ID, "
        "1 work order and 1 certificate with it" in capsys.readouterr().err
    )
    assert _shown(db_path, capsys)["code"] == "HCM1"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("HN-1", "'-' is not allowed; use digits and the letters A-Z except I, L, O and U."),
        ("LO1", "'L' is not allowed"),
        ("H", "it must be 2 to 6 characters long."),
        ("HCM1234", "it must be 2 to 6 characters long."),
    ],
)
def test_a_code_outside_the_alphabet_or_length_is_refused(db_path, capsys, typed, said):
    before = _shown(db_path, capsys)["code"]
    assert main(["--db", str(db_path), "workstation", "--code", typed, "--user", "hung.pv"]) == 2
    assert said in capsys.readouterr().err
    assert _shown(db_path, capsys)["code"] == before


def test_only_an_administrator_sets_the_code(db_path, monkeypatch, capsys):
    monkeypatch.setenv("CALDESK_NEW_PASSWORD", "tech-pass-1")
    add = ["users", "add", "an.nv", "--role", "technician", "--user", "hung.pv"]
    assert main(["--db", str(db_path), *add]) == 0
    before = _shown(db_path, capsys)["code"]
    monkeypatch.setenv("CALDESK_PASSWORD", "tech-pass-1")
    assert main(["--db", str(db_path), "workstation", "--code", "HCM1", "--user", "an.nv"]) == 2
    assert "an.nv may not change lab settings" in capsys.readouterr().err
    assert _shown(db_path, capsys)["code"] == before


def test_a_legacy_three_character_code_keeps_numbering(tmp_path):
    db = open_database(tmp_path / "old.sqlite")
    try:
        with db.session() as session:
            session.scalars(select(Workstation)).one().code = "F67"
        with db.session() as session:
            assert lab_ids(session, 2, date(2026, 1, 5)) == ["26-F67-00001", "26-F67-00002"]
            assert certificate_number(session, date(2026, 1, 5)) == "GCN-26-F67-00001"
    finally:
        db.close()
    reopened = open_database(tmp_path / "old.sqlite")  # opening again never regenerates it
    try:
        assert reopened.workstation_code == "F67"
    finally:
        reopened.close()
