"""Users, passwords and lock-out (issue 5, "Users and roles").

Passwords are hashed with scrypt (memory-hard, in the standard library) and a random salt; the
clear text is never stored, logged, or put into an exception message. After
:data:`MAX_FAILED_ATTEMPTS` wrong passwords in a row an account locks for :data:`LOCK_MINUTES`.
A new database has no users until the first admin is created (:func:`create_first_admin`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lab.audit import record_event
from lab.permissions import LabUser, Permission, Role, require
from lab.sentences import Sentence, sentence
from lab.storage.security_models import User

log = logging.getLogger(__name__)

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
# scrypt cost: 16 MiB of memory and ~50 ms per check on a workstation (RFC 7914, section 2).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
WRONG_NAME_OR_PASSWORD = sentence("The user name or the password is wrong.")
USER_NAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


class UserError(ValueError):
    """A user cannot be created or changed as asked; ``exc.args[0]`` is the :class:`Sentence`
    saying why (``str(exc)`` the same in English)."""


class LogInFailed(Exception):
    """Wrong name or password, a locked or a disabled account; ``exc.args[0]`` is the
    :class:`Sentence` for the user."""


@dataclass(frozen=True)
class LogInOutcome:
    """The result of checking a password: the user, or the sentence saying why not."""

    user: LabUser | None
    message: Sentence | str = ""


def hash_password(password: str) -> str:
    """A self-describing scrypt hash: ``scrypt$n$r$p$salt$key`` (base64)."""
    salt = secrets.token_bytes(16)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(["scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(key)])


def password_matches(password: str, stored: str) -> bool:
    """Compare in constant time; a malformed stored hash never matches."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
        return hmac.compare_digest(candidate, base64.b64decode(key))
    except (ValueError, TypeError):
        return False


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=64 * 1024 * 1024
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# A hash to compare against when the user name is unknown, so that a wrong name takes as long
# as a wrong password and does not tell an attacker which names exist.
_DECOY_HASH = hash_password(secrets.token_hex(16))


def normalise_name(name: str) -> str:
    """User names are compared in lower case without surrounding spaces."""
    return (name or "").strip().lower()


def check_user_name(name: str) -> str:
    """The normalised name, or :class:`UserError` saying what a user name may contain.

    >>> check_user_name(" Chi.TTM ")
    'chi.ttm'
    """
    cleaned = normalise_name(name)
    if not USER_NAME.match(cleaned):
        raise UserError(
            sentence(
                "'{name}' cannot be a user name: use 2 to 32 letters a-z, digits, '.', '_' or "
                "'-', starting with a letter (for example chi.ttm).",
                name=name,
            )
        )
    return cleaned


def check_password_strength(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(
            sentence("A password needs at least {count} characters.", count=MIN_PASSWORD_LENGTH)
        )


def check_scope(role: Role, scope: Iterable[str]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(q.strip() for q in scope if q and q.strip()))
    if cleaned and role is not Role.SIGNATORY:
        raise UserError(sentence("Only a signatory has a signing scope."))
    return cleaned


def lab_user(user: User) -> LabUser:
    return LabUser(
        name=user.name,
        role=Role(user.role),
        full_name=user.full_name,
        scope=tuple(user.scope or ()),
        active=user.active,
    )


def user_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)) or 0


def find_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == normalise_name(name))).first()


def list_users(session: Session) -> list[LabUser]:
    return [lab_user(u) for u in session.scalars(select(User).order_by(User.name))]


def create_user(
    session: Session,
    by: LabUser | None,
    *,
    name: str,
    role: Role | str,
    password: str,
    full_name: str = "",
    scope: Iterable[str] = (),
) -> LabUser:
    """Add a user. Only an admin may (the very first user is :func:`create_first_admin`)."""
    require(by, Permission.MANAGE_USERS)
    return _add_user(session, name, role, password, full_name, scope)


def create_first_admin(
    session: Session, *, name: str, password: str, full_name: str = ""
) -> LabUser:
    """Create the admin of a new database; refused once any user exists."""
    if user_count(session) > 0:
        raise UserError(sentence("This database already has users; an admin must add new ones."))
    return _add_user(session, name, Role.ADMIN, password, full_name, ())


def _add_user(session, name, role, password, full_name, scope) -> LabUser:  # noqa: ANN001
    cleaned = check_user_name(name)
    try:
        role = Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise UserError(
            sentence("'{role}' is not a role; the roles are {choices}.", role=role, choices=choices)
        ) from None
    check_password_strength(password)
    if find_user(session, cleaned) is not None:
        raise UserError(sentence("There is already a user named {name}.", name=cleaned))
    user = User(
        name=cleaned,
        full_name=full_name or "",
        role=role.value,
        scope=list(check_scope(role, scope)),
        password_hash=hash_password(password),
        active=True,
        failed_attempts=0,
    )
    session.add(user)
    session.flush()
    log.info("user %s added with role %s", cleaned, role.value)
    return lab_user(user)


def disable_user(session: Session, by: LabUser, name: str) -> LabUser:
    """Disable an account (users are never deleted: their names stay in the trail)."""
    require(by, Permission.MANAGE_USERS)
    user = _existing(session, name)
    if user.name == by.name:
        raise UserError(sentence("An admin cannot disable their own account; ask another admin."))
    user.active = False
    session.flush()
    return lab_user(user)


def unlock_user(session: Session, by: LabUser, name: str) -> LabUser:
    """Lift a lock-out before it runs out (an admin, after checking who the person is)."""
    require(by, Permission.MANAGE_USERS)
    user = _existing(session, name)
    user.failed_attempts, user.locked_until = 0, None
    record_event(session, actor=by.name, action="unlock", entity="users", record_id=str(user.id))
    return lab_user(user)


def set_password(session: Session, user_name: str, old: str, new: str) -> None:
    """A user changes their own password, giving the old one."""
    user = _existing(session, user_name)
    if not password_matches(old, user.password_hash):
        raise LogInFailed(sentence("The current password is wrong; the password was not changed."))
    check_password_strength(new)
    user.password_hash = hash_password(new)


def _existing(session: Session, name: str) -> User:
    user = find_user(session, name)
    if user is None:
        raise UserError(sentence("There is no user named {name}.", name=normalise_name(name)))
    return user


def check_log_in(
    session: Session, name: str, password: str, *, now: datetime | None = None
) -> LogInOutcome:
    """Check a password and keep the lock-out count; the caller commits the session."""
    now = now or datetime.now(UTC)
    user = find_user(session, name)
    if user is None:
        password_matches(password, _DECOY_HASH)
        return LogInOutcome(None, WRONG_NAME_OR_PASSWORD)
    if user.locked_until is not None and user.locked_until > now:
        return LogInOutcome(None, _locked_sentence(user))
    if not password_matches(password, user.password_hash):
        return LogInOutcome(None, _count_failure(session, user, now))
    if not user.active:
        disabled = sentence("The account {name} is disabled; ask an admin.", name=user.name)
        return LogInOutcome(None, disabled)
    user.failed_attempts, user.locked_until, user.last_login_at = 0, None, now
    return LogInOutcome(lab_user(user))


def _count_failure(session: Session, user: User, now: datetime) -> Sentence:
    user.failed_attempts = (user.failed_attempts or 0) + 1
    log.info("failed log-in for %s (%d in a row)", user.name, user.failed_attempts)
    if user.failed_attempts < MAX_FAILED_ATTEMPTS:
        return WRONG_NAME_OR_PASSWORD
    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
    user.failed_attempts = 0
    record_event(
        session,
        actor=user.name,
        action="lock",
        entity="users",
        record_id=str(user.id),
        changes={"locked_until": [None, user.locked_until]},
        reason=f"{MAX_FAILED_ATTEMPTS} wrong passwords in a row",
    )
    return _locked_sentence(user)


def _locked_sentence(user: User) -> Sentence:
    return sentence(
        "The account {name} is locked after {count} wrong passwords; try again after {until} "
        "or ask an admin to unlock it.",
        name=user.name,
        count=MAX_FAILED_ATTEMPTS,
        until=user.locked_until.astimezone().strftime("%H:%M"),
    )


def log_in(database, name: str, password: str) -> LabUser:  # noqa: ANN001
    """Check a password in a unit of work of its own, so a failure is counted even though it
    raises :class:`LogInFailed` (the sentence to show)."""
    with database.session(actor=normalise_name(name) or None) as session:
        outcome = check_log_in(session, name, password)
    if outcome.user is None:
        raise LogInFailed(outcome.message)
    return outcome.user


# The demo lab's people, one per role at least. Their passwords are public on purpose: the log-in
# screen shows them in demo mode and ``main.py demo`` prints them. Never used outside the demo.
DEMO_USERS: tuple[tuple[Role, str, str, str, tuple[str, ...]], ...] = (
    (Role.ADMIN, "hung.pv", "Phạm Văn Hùng", "demo-admin-2026", ()),
    (Role.TECHNICIAN, "an.nv", "Nguyễn Văn An", "demo-tech-2026", ()),
    (Role.TECHNICIAN, "binh.lt", "Lê Thị Bình", "demo-tech2-2026", ()),
    (Role.REVIEWER, "dung.hq", "Hoàng Quốc Dũng", "demo-review-2026", ()),
    (
        Role.SIGNATORY,
        "chi.ttm",
        "Trần Thị Minh Chi",
        "demo-sign-2026",
        ("DC voltage", "AC voltage", "DC current", "resistance", "mass"),
    ),
    (Role.SIGNATORY, "em.dt", "Đỗ Thanh Em", "demo-sign2-2026", ("temperature", "pressure")),
)


def demo_credentials() -> list[tuple[str, str, str]]:
    """(role, user name, password) of the demo users, for the demo log-in screen."""
    return [(role.value, name, password) for role, name, _, password, _ in DEMO_USERS]


def create_demo_users(session: Session) -> list[tuple[str, str, str]]:
    """Add the demo users that are missing; returns (role, user name, password) of all of them."""
    for role, name, full_name, password, scope in DEMO_USERS:
        if find_user(session, name) is None:
            _add_user(session, name, role, password, full_name, scope)
    return demo_credentials()
