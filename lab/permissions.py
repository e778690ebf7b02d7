"""Who may do what, enforced in the services (issue 5, "Permissions"; ISO/IEC 17025 6.2.6: the
lab authorises personnel for review, approval and issue of results).

Services call :func:`require` before they change anything; a refusal raises
:class:`PermissionDenied` whose message names the missing permission, so the technician reads
why and the GUI need not guess. Hiding a button is a courtesy, never the check.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from lab.sentences import Sentence, sentence
from lab.storage.text import fold

log = logging.getLogger(__name__)


class Role(StrEnum):
    TECHNICIAN = "technician"
    REVIEWER = "reviewer"
    SIGNATORY = "signatory"
    ADMIN = "admin"


class Permission(StrEnum):
    EDIT_REGISTER = "edit the device register"
    CALIBRATE = "record calibrations"
    REVIEW = "review calibrations"
    APPROVE = "approve calibrations"
    ISSUE = "issue certificates"
    MANAGE_USERS = "manage users"
    LAB_SETTINGS = "change lab settings"


# A signatory approves and issues only within the quantities of their signing scope.
SCOPED = frozenset({Permission.APPROVE, Permission.ISSUE})

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.TECHNICIAN: frozenset({Permission.EDIT_REGISTER, Permission.CALIBRATE}),
    Role.REVIEWER: frozenset({Permission.EDIT_REGISTER, Permission.CALIBRATE, Permission.REVIEW}),
    Role.SIGNATORY: frozenset(
        {Permission.EDIT_REGISTER, Permission.CALIBRATE, Permission.APPROVE, Permission.ISSUE}
    ),
    Role.ADMIN: frozenset({Permission.MANAGE_USERS, Permission.LAB_SETTINGS}),
}


class PermissionDenied(PermissionError):
    """A user tried something their role or signing scope does not allow; ``str(exc)`` says so
    in English, ``sentence`` for the UI to say in the user's language (as
    :class:`lab.sentences.SaysWhy`)."""

    def __init__(self, user_name: str, permission: Permission, detail: Sentence) -> None:
        self.user_name = user_name
        self.permission = permission
        self.sentence = sentence(
            "{user} may not {permission}: {detail}",
            user=user_name,
            permission=permission_phrase(permission),
            detail=detail,
        )
        super().__init__(str(self.sentence))


def permission_phrase(permission: Permission) -> Sentence:
    """What a permission allows, as words of a sentence (the same English as its value)."""
    phrases = {
        Permission.EDIT_REGISTER: sentence("edit the device register"),
        Permission.CALIBRATE: sentence("record calibrations"),
        Permission.REVIEW: sentence("review calibrations"),
        Permission.APPROVE: sentence("approve calibrations"),
        Permission.ISSUE: sentence("issue certificates"),
        Permission.MANAGE_USERS: sentence("manage users"),
        Permission.LAB_SETTINGS: sentence("change lab settings"),
    }
    return phrases[permission]


def role_word(role: Role) -> Sentence:
    """A role as a word of a sentence (the same English as its value)."""
    words = {
        Role.TECHNICIAN: sentence("technician"),
        Role.REVIEWER: sentence("reviewer"),
        Role.SIGNATORY: sentence("signatory"),
        Role.ADMIN: sentence("admin"),
    }
    return words[role]


@dataclass(frozen=True)
class LabUser:
    """The logged-in person as services see them: plain data, never a live database row."""

    name: str
    role: Role
    full_name: str = ""
    scope: tuple[str, ...] = field(default_factory=tuple)
    active: bool = True

    def covers(self, quantity: str) -> bool:
        """True when ``quantity`` is in the signing scope (accents and case do not matter).

        >>> LabUser("chi.ttm", Role.SIGNATORY, scope=("Điện áp DC",)).covers("dien ap dc")
        True
        """
        return fold(quantity) in {fold(q) for q in self.scope}


def allowed(user: LabUser, permission: Permission, quantity: str | None = None) -> bool:
    """Whether ``user`` may do ``permission`` (on ``quantity``, for approval and issue)."""
    try:
        require(user, permission, quantity=quantity)
    except PermissionDenied:
        return False
    return True


def require(user: LabUser | None, permission: Permission, quantity: str | None = None) -> None:
    """Raise :class:`PermissionDenied` unless ``user`` may do ``permission``.

    >>> tech = LabUser("an.nv", Role.TECHNICIAN)
    >>> require(tech, Permission.REVIEW)
    Traceback (most recent call last):
    ...
    lab.permissions.PermissionDenied: an.nv may not review calibrations: the role technician \
does not include the permission "review calibrations".
    """
    name = user.name if user is not None else "nobody"
    if user is None:
        _deny(name, permission, sentence("no one is logged in."))
    if not user.active:
        _deny(name, permission, sentence("the account is disabled."))
    if permission not in GRANTS.get(Role(user.role), frozenset()):
        _deny(
            name,
            permission,
            sentence(
                'the role {role} does not include the permission "{permission}".',
                role=role_word(Role(user.role)),
                permission=permission_phrase(permission),
            ),
        )
    if permission in SCOPED:
        _require_scope(user, permission, quantity)


def _require_scope(user: LabUser, permission: Permission, quantity: str | None) -> None:
    if not quantity or not quantity.strip():
        _deny(user.name, permission, sentence("the quantity to be signed for was not named."))
    if not user.covers(quantity):
        scope = ", ".join(user.scope) or sentence("nothing")
        _deny(
            user.name,
            permission,
            sentence(
                "{quantity} is outside their signing scope ({scope}).",
                quantity=quantity,
                scope=scope,
            ),
        )


def _deny(user_name: str, permission: Permission, detail: Sentence) -> None:
    log.info("refused: %s may not %s (%s)", user_name, permission.value, detail)
    raise PermissionDenied(user_name, permission, detail)


def permissions_of(role: Role | str) -> Iterable[Permission]:
    return sorted(GRANTS[Role(role)], key=lambda p: p.value)
