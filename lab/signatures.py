"""E-signatures on review, approval and issue (issue 5, "E-signatures"; 21 CFR 11.50/11.70 is
the model: the signer's name, the time, the meaning, and a binding to the signed record).

Signing asks for the password again and checks the signer's permission for the meaning. The
signature stores the SHA-256 of the signed content, so :func:`check_signature` shows whether the
record still says what was signed.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from lab.permissions import LabUser, Permission, require
from lab.sentences import SaysWhy, sentence
from lab.storage.audit_chain import canonical_json
from lab.storage.base import utc_now
from lab.storage.security_models import Signature
from lab.users import find_user, password_matches

log = logging.getLogger(__name__)


class Meaning(StrEnum):
    REVIEWED = "reviewed"
    APPROVED = "approved"
    ISSUED = "issued"


NEEDS: dict[Meaning, Permission] = {
    Meaning.REVIEWED: Permission.REVIEW,
    Meaning.APPROVED: Permission.APPROVE,
    Meaning.ISSUED: Permission.ISSUE,
}


class SignatureRefused(SaysWhy, Exception):
    """The password was wrong or the account cannot sign; the sentence is for the user."""


@dataclass(frozen=True)
class SignatureRecord:
    id: str
    signer: str
    meaning: Meaning
    entity: str
    record_id: str
    content_hash: str
    quantity: str | None
    signed_at: datetime


@dataclass(frozen=True)
class SignatureCheck:
    """Whether the signed content is unchanged, in a sentence."""

    signature: SignatureRecord
    matches: bool

    def sentence(self) -> str:
        s = self.signature
        when = s.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if self.matches:
            return f"{s.meaning.value.capitalize()} by {s.signer} on {when}; content unchanged."
        return (
            f"{s.meaning.value.capitalize()} by {s.signer} on {when}, but the content has changed "
            "since it was signed: the signature does not cover what the record says now."
        )


def content_hash(content: object) -> str:
    """SHA-256 of the canonical JSON of what is signed (a dict of the record's fields).

    >>> content_hash({"b": 2, "a": 1}) == content_hash({"a": 1, "b": 2})
    True
    """
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def sign(
    session: Session,
    user: LabUser,
    password: str,
    *,
    meaning: Meaning | str,
    entity: str,
    record_id: str,
    signed_hash: str,
    quantity: str | None = None,
) -> SignatureRecord:
    """Sign ``signed_hash`` of a record with ``meaning``, after re-checking the password.

    Raises :class:`lab.permissions.PermissionDenied` when the role or scope does not allow the
    meaning, and :class:`SignatureRefused` when the password is wrong.
    """
    meaning = Meaning(meaning)
    require(user, NEEDS[meaning], quantity=quantity)
    stored = find_user(session, user.name)
    if stored is None or not stored.active or not password_matches(password, stored.password_hash):
        log.info("signature refused for %s (%s)", user.name, meaning.value)
        raise SignatureRefused(sentence("The password is wrong; nothing was signed."))
    signature = Signature(
        signer_id=stored.id,
        signer_name=stored.name,
        meaning=meaning.value,
        entity=entity,
        record_id=str(record_id),
        content_hash=signed_hash,
        quantity=quantity,
        signed_at=utc_now(),
    )
    session.add(signature)
    session.flush()
    return _record(signature)


def signatures_of(session: Session, entity: str, record_id: str) -> list[SignatureRecord]:
    query = (
        select(Signature)
        .where(Signature.entity == entity, Signature.record_id == str(record_id))
        .order_by(Signature.signed_at)
    )
    return [_record(s) for s in session.scalars(query)]


def check_signature(signature: SignatureRecord, current_hash: str) -> SignatureCheck:
    """Compare the signed hash with the hash of the record's content now."""
    return SignatureCheck(signature, signature.content_hash == current_hash)


def _record(signature: Signature) -> SignatureRecord:
    return SignatureRecord(
        id=str(signature.id),
        signer=signature.signer_name,
        meaning=Meaning(signature.meaning),
        entity=signature.entity,
        record_id=signature.record_id,
        content_hash=signature.content_hash,
        quantity=signature.quantity,
        signed_at=signature.signed_at,
    )
