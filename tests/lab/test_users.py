"""Users, roles and lock-out through the services (issue 5, quality bars)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from lab.audit import search, verify_chain
from lab.permissions import LabUser, Permission, PermissionDenied, Role, allowed, require
from lab.signatures import Meaning, SignatureRefused, content_hash, sign
from lab.storage import open_database
from lab.storage.security_models import Signature, User
from lab.users import (
    LOCK_MINUTES,
    MAX_FAILED_ATTEMPTS,
    LogInFailed,
    UserError,
    check_log_in,
    create_demo_users,
    create_first_admin,
    create_user,
    disable_user,
    find_user,
    list_users,
    log_in,
    set_password,
    unlock_user,
)

ADMIN_PASSWORD = "admin-pass-1"


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "lab.sqlite")
    yield db
    db.close()


@pytest.fixture
def staff(database):
    """An admin, a technician, a reviewer and a DC-voltage signatory."""
    with database.session(actor="hung.pv") as s:
        admin = create_first_admin(s, name="hung.pv", password=ADMIN_PASSWORD)
        people = {"admin": admin}
        for role, name, scope in (
            (Role.TECHNICIAN, "an.nv", ()),
            (Role.REVIEWER, "dung.hq", ()),
            (Role.SIGNATORY, "chi.ttm", ("DC voltage",)),
        ):
            people[role.value] = create_user(
                s, admin, name=name, role=role, password=f"{name}-pass", scope=scope
            )
    return people


def _user_count(database) -> int:
    with database.read_session() as s:
        return s.scalar(select(func.count()).select_from(User))


def test_a_new_database_has_no_users_until_the_first_admin(database):
    assert _user_count(database) == 0
    with database.session() as s:
        admin = create_first_admin(s, name="Hung.PV", password=ADMIN_PASSWORD)
    assert (admin.name, admin.role) == ("hung.pv", Role.ADMIN)
    with pytest.raises(UserError, match="already has users"), database.session() as s:
        create_first_admin(s, name="mallory", password="mallory-pass")
    assert _user_count(database) == 1


@pytest.mark.parametrize("role", ["technician", "reviewer", "signatory"])
def test_only_an_admin_manages_users(database, staff, role):
    with pytest.raises(PermissionDenied, match="may not manage users"), database.session() as s:
        create_user(s, staff[role], name="new.one", role=Role.ADMIN, password="whatever-1")
    with pytest.raises(PermissionDenied, match="manage users"), database.session() as s:
        disable_user(s, staff[role], "hung.pv")
    assert _user_count(database) == 4


@pytest.mark.parametrize(
    ("role", "meaning", "missing"),
    [
        ("technician", Meaning.REVIEWED, "review calibrations"),
        ("admin", Meaning.REVIEWED, "review calibrations"),
        ("signatory", Meaning.REVIEWED, "review calibrations"),
        ("technician", Meaning.APPROVED, "approve calibrations"),
        ("reviewer", Meaning.APPROVED, "approve calibrations"),
        ("admin", Meaning.ISSUED, "issue certificates"),
        ("reviewer", Meaning.ISSUED, "issue certificates"),
    ],
)
def test_each_role_is_refused_signing_what_it_may_not(database, staff, role, meaning, missing):
    password = ADMIN_PASSWORD if role == "admin" else f"{staff[role].name}-pass"
    with pytest.raises(PermissionDenied, match=missing), database.session() as s:
        sign(
            s,
            staff[role],
            password,
            meaning=meaning,
            entity="calibrations",
            record_id="c1",
            signed_hash=content_hash({"x": 1}),
            quantity="DC voltage",
        )
    with database.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Signature)) == 0


def test_a_signatory_approves_only_within_their_signing_scope(database, staff):
    signatory = staff["signatory"]
    with pytest.raises(PermissionDenied, match="mass is outside their signing scope"):
        with database.session() as s:
            sign(
                s,
                signatory,
                "chi.ttm-pass",
                meaning=Meaning.APPROVED,
                entity="calibrations",
                record_id="c1",
                signed_hash=content_hash({}),
                quantity="mass",
            )
    assert allowed(signatory, Permission.APPROVE, quantity="dc voltage")
    assert not allowed(signatory, Permission.ISSUE)  # no quantity named: refused, not guessed


def test_only_an_admin_changes_lab_settings():
    for role in (Role.TECHNICIAN, Role.REVIEWER, Role.SIGNATORY):
        with pytest.raises(PermissionDenied, match="change lab settings"):
            require(LabUser("x.y", role), Permission.LAB_SETTINGS)
    require(LabUser("hung.pv", Role.ADMIN), Permission.LAB_SETTINGS)


def test_a_disabled_account_cannot_log_in_or_act(database, staff):
    with database.session(actor="hung.pv") as s:
        disabled = disable_user(s, staff["admin"], "an.nv")
    with pytest.raises(LogInFailed, match="disabled"):
        log_in(database, "an.nv", "an.nv-pass")
    with pytest.raises(PermissionDenied, match="disabled"):
        require(disabled, Permission.CALIBRATE)


def test_account_locks_after_repeated_wrong_passwords(database, staff):
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LogInFailed, match="user name or the password is wrong"):
            log_in(database, "an.nv", "guess")
    with pytest.raises(LogInFailed, match="locked"):
        log_in(database, "an.nv", "guess")
    # Locked: even the right password is refused until the lock runs out.
    with pytest.raises(LogInFailed, match="locked after 5 wrong passwords"):
        log_in(database, "an.nv", "an.nv-pass")
    later = datetime.now(UTC) + timedelta(minutes=LOCK_MINUTES + 1)
    with database.session() as s:
        assert check_log_in(s, "an.nv", "an.nv-pass", now=later).user.name == "an.nv"
    with database.read_session() as s:
        (lock,) = [e for e in search(s, "lock") if e.action == "lock"]
    assert lock.actor == "an.nv"


def test_an_admin_can_lift_a_lock_out(database, staff):
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(LogInFailed):
            log_in(database, "dung.hq", "guess")
    with database.session(actor="hung.pv") as s:
        unlock_user(s, staff["admin"], "dung.hq")
    assert log_in(database, "dung.hq", "dung.hq-pass").role is Role.REVIEWER


def test_a_password_never_appears_in_the_file_the_log_or_an_error(tmp_path, caplog):
    secret = "Zebra-Mật-khẩu-9731"
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "lab.sqlite"
    database = open_database(path)
    messages = []
    with database.session() as s:
        admin = create_first_admin(s, name="hung.pv", password=ADMIN_PASSWORD)
        create_user(s, admin, name="chi.ttm", role="signatory", password=secret, scope=["mass"])
    user = log_in(database, "chi.ttm", secret)
    for attempt in (secret + "x", secret.upper()):
        with pytest.raises(LogInFailed) as refused:
            log_in(database, "chi.ttm", attempt)
        messages.append(str(refused.value))
    with pytest.raises(SignatureRefused) as refused, database.session() as s:
        sign(
            s,
            user,
            secret[:-1],
            meaning="approved",
            entity="calibrations",
            record_id="c",
            signed_hash=content_hash({}),
            quantity="mass",
        )
    messages.append(str(refused.value))
    with pytest.raises(UserError) as refused, database.session() as s:
        create_user(s, admin, name="an.nv", role="technician", password=secret[:6])
    messages.append(str(refused.value))
    database.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert secret.encode() not in stored and secret.encode("utf-16-le") not in stored
    assert messages and all(secret[:6] not in m for m in messages)
    assert secret not in caplog.text


@pytest.mark.parametrize(
    "hostile",
    ["' OR '1'='1", "hung.pv'--", "x'; DROP TABLE users; --", 'a" OR ""="', "hung.pv%"],
)
def test_sql_injection_through_user_names_changes_and_finds_nothing(database, staff, hostile):
    with pytest.raises(LogInFailed, match="user name or the password is wrong"):
        log_in(database, hostile, "' OR '1'='1")
    with pytest.raises(UserError, match="cannot be a user name"), database.session() as s:
        create_user(s, staff["admin"], name=hostile, role="technician", password="long-enough")
    with pytest.raises(UserError, match="There is no user named"), database.session() as s:
        disable_user(s, staff["admin"], hostile)
    with database.read_session() as s:
        assert [u.name for u in list_users(s)] == ["an.nv", "chi.ttm", "dung.hq", "hung.pv"]
        assert all(u.active for u in list_users(s))
        assert verify_chain(s).intact


def test_demo_users_cover_every_role_and_log_in_with_the_listed_password(database):
    with database.session() as s:
        credentials = create_demo_users(s)
    assert {role for role, _, _ in credentials} == {r.value for r in Role}
    for role, name, password in credentials:
        assert log_in(database, name, password).role.value == role
    with database.session() as s:  # running the demo again adds nobody twice
        assert create_demo_users(s) == credentials
    assert _user_count(database) == len(credentials)


def test_a_password_change_is_audited_without_the_hash(database, staff):
    with database.session(actor="an.nv", reason="password changed") as s:
        set_password(s, "an.nv", "an.nv-pass", "an.nv-new-pass")
    assert log_in(database, "an.nv", "an.nv-new-pass").name == "an.nv"
    with database.read_session() as s:
        (event,) = [e for e in search(s, "password changed")]
        stored_hash = find_user(s, "an.nv").password_hash
    assert [(c.field, c.old, c.new) for c in event.changes] == [
        ("password_hash", "(changed, not shown)", "(changed, not shown)")
    ]
    with database.read_session() as s:
        assert search(s, stored_hash[-20:]) == []
