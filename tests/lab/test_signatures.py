"""E-signatures: the password again, a meaning, and a binding to the signed content (issue 5)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from lab.audit import search
from lab.signatures import (
    Meaning,
    SignatureRefused,
    check_signature,
    content_hash,
    sign,
    signatures_of,
)
from lab.storage import open_database
from lab.storage.security_models import Signature
from lab.users import create_first_admin, create_user

RESULT = {"certificate": "VN-2026-00042", "points": [[10.0, 10.0003, 0.0002]], "verdict": "pass"}


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "lab.sqlite")
    with db.session() as s:
        admin = create_first_admin(s, name="hung.pv", password="admin-pass-1")
        create_user(
            s, admin, name="chi.ttm", role="signatory", password="chi-pass-1", scope=["DC voltage"]
        )
        create_user(s, admin, name="dung.hq", role="reviewer", password="dung-pass-1")
    yield db
    db.close()


def _signer(database, name):
    from lab.users import find_user, lab_user

    with database.read_session() as s:
        return lab_user(find_user(s, name))


def test_a_signature_records_who_what_meaning_and_the_content_hash(database):
    signatory = _signer(database, "chi.ttm")
    with database.session(actor=signatory) as s:
        signed = sign(
            s,
            signatory,
            "chi-pass-1",
            meaning=Meaning.APPROVED,
            entity="calibrations",
            record_id="cal-1",
            signed_hash=content_hash(RESULT),
            quantity="DC voltage",
        )
    with database.read_session() as s:
        (stored,) = signatures_of(s, "calibrations", "cal-1")
        (event,) = [e for e in search(s, "signatures") if e.action == "create"]
    assert (stored.signer, stored.meaning, stored.quantity) == (
        "chi.ttm",
        Meaning.APPROVED,
        "DC voltage",
    )
    assert stored.content_hash == signed.content_hash == content_hash(RESULT)
    assert check_signature(stored, content_hash(dict(RESULT))).matches
    assert event.actor == "chi.ttm"


def test_a_change_after_signing_is_visible(database):
    reviewer = _signer(database, "dung.hq")
    with database.session(actor=reviewer) as s:
        signed = sign(
            s,
            reviewer,
            "dung-pass-1",
            meaning="reviewed",
            entity="calibrations",
            record_id="cal-2",
            signed_hash=content_hash(RESULT),
        )
    changed = dict(RESULT, verdict="fail")
    check = check_signature(signed, content_hash(changed))
    assert not check.matches
    assert "content has changed since it was signed" in check.sentence()


def test_a_wrong_password_signs_nothing(database):
    signatory = _signer(database, "chi.ttm")
    with pytest.raises(SignatureRefused, match="password is wrong"), database.session() as s:
        sign(
            s,
            signatory,
            "chi-pass-2",
            meaning=Meaning.ISSUED,
            entity="certificates",
            record_id="VN-2026-00042",
            signed_hash=content_hash(RESULT),
            quantity="DC voltage",
        )
    with database.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Signature)) == 0


def test_a_stored_signature_cannot_be_edited_in_the_file(database):
    reviewer = _signer(database, "dung.hq")
    with database.session(actor=reviewer) as s:
        sign(
            s,
            reviewer,
            "dung-pass-1",
            meaning="reviewed",
            entity="calibrations",
            record_id="cal-3",
            signed_hash=content_hash(RESULT),
        )
    database.close()
    con = sqlite3.connect(database.path)
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        con.execute("UPDATE signatures SET content_hash = 'x'")
    con.close()
