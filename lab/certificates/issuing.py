"""Issuing certificates, amending them, and finding them again (issue 7, item 4; ISO/IEC 17025
7.8.8). This module is the interface the certificate views and the renderer use.

Issue is the signatory's act: role and signing scope checked, password asked again, the content
hash e-signed (:func:`lab.signatures.sign`, meaning "issued"). The revision is stored with its
whole content, so it renders again identically years later. An issued revision is never edited
(the database refuses it too): an amendment is a new revision of the same number, re-assembled
from the records as they are now, that names the revision it supersedes and says why.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from lab.certificates.assemble import (
    CertificateRefused,
    approved_calibration,
    certificate_content,
)
from lab.certificates.content import CertificateContent
from lab.certificates.numbering import DRAFT_NUMBER, certificate_number
from lab.certificates.terms import work_order_of
from lab.permissions import LabUser, Permission, require
from lab.sentences import Sentence, sentence
from lab.signatures import Meaning, sign
from lab.storage.audit_chain import canonical_json
from lab.storage.base import utc_now
from lab.storage.calibration_models import Calibration
from lab.storage.certificate_models import Certificate
from lab.storage.models import Device, WorkOrder
from lab.users import find_user, lab_user

log = logging.getLogger(__name__)

QR_PREFIX = "CALDESK-GCN"


@dataclass(frozen=True)
class IssuedRevision:
    """One stored revision of a certificate, as plain data."""

    number: str
    revision: int
    calibration_id: str
    content: CertificateContent
    content_hash: str
    qr_text: str
    issued_at: datetime
    issued_by: str
    supersedes: str | None  # "GCN-26-A94-00001 rev. 1" on an amendment
    superseded: bool
    lab_id: str
    work_order: str | None


def qr_text(number: str, revision: int, content_hash: str) -> str:
    """What the QR code holds (and the renderer prints under it).

    >>> qr_text("GCN-26-A94-00001", 1, "ab" * 32)[:33]
    'CALDESK-GCN|GCN-26-A94-00001|1|ab'
    """
    return f"{QR_PREFIX}|{number}|{revision}|{content_hash}"


def hash_of(content: CertificateContent) -> str:
    """SHA-256 (hex) of the canonical JSON of the content: what is signed, stored and printed."""
    return hashlib.sha256(canonical_json(content.as_dict()).encode("utf-8")).hexdigest()


def revision_label(number: str, revision: int) -> str:
    return f"{number} rev. {revision}"


def preview_content(
    session: Session, calibration_id: str, *, today: date | None = None
) -> CertificateContent:
    """What would be issued now, under a draft number; refuses a non-approved calibration.

    Nothing is reserved or written. The signatory shown is the one who approved the
    calibration (the person who issues may differ; the issued content names them).
    """
    calibration = approved_calibration(session, calibration_id)
    return certificate_content(
        session,
        calibration_id,
        number=DRAFT_NUMBER,
        revision=1,
        issued_on=today or date.today(),
        signatory=_approver(session, calibration),
    )


def issue_certificate(
    session: Session,
    user: LabUser,
    password: str,
    calibration_id: str,
    *,
    today: date | None = None,
) -> IssuedRevision:
    """Issue revision 1 of the certificate of an approved calibration, e-signed by ``user``.

    Raises :class:`CertificateRefused` (not approved, already issued, lab settings missing),
    :class:`lab.permissions.PermissionDenied` and :class:`lab.signatures.SignatureRefused`.
    The caller's unit of work commits or rolls back the number, the revision and the signature
    together.
    """
    calibration = approved_calibration(session, calibration_id)
    require(user, Permission.ISSUE, quantity=calibration.quantity)
    existing = _revisions_of_calibration(session, calibration.id)
    if existing:
        latest = existing[-1]
        raise CertificateRefused(
            sentence(
                "Calibration {calibration_id} already has the certificate {number} "
                "(revision {revision}); amend that certificate instead of issuing again.",
                calibration_id=calibration_id,
                number=latest.number,
                revision=latest.revision,
            )
        )
    today = today or date.today()
    content = certificate_content(
        session,
        calibration_id,
        number=certificate_number(session, today),
        revision=1,
        issued_on=today,
        signatory=user,
    )
    row = _store(session, user, password, calibration, content, today, previous=None)
    log.info("certificate %s issued by %s", row.number, user.name)
    return _issued(session, row)


def amend_certificate(
    session: Session,
    user: LabUser,
    password: str,
    number: str,
    reason: str,
    *,
    today: date | None = None,
) -> IssuedRevision:
    """A new revision of certificate ``number`` that supersedes the current one (7.8.8.2).

    The content is assembled again from the current records (a serial number corrected in the
    register since, say); the superseded revision stays stored exactly as it was issued.
    """
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(
            sentence("An amendment must say why it is made (ISO/IEC 17025 7.8.8); give the reason.")
        )
    previous = _latest_row(session, number)
    if _superseding(session, previous) is not None:  # a fork of the chain, from sync
        raise CertificateRefused(
            sentence(
                "Revision {revision} of {number} is already superseded.",
                revision=previous.revision,
                number=number,
            )
        )
    calibration = approved_calibration(session, str(previous.calibration_id))
    require(user, Permission.ISSUE, quantity=calibration.quantity)
    today = today or date.today()
    content = certificate_content(
        session,
        str(calibration.id),
        number=previous.number,
        revision=previous.revision + 1,
        issued_on=today,
        signatory=user,
        supersedes=revision_label(previous.number, previous.revision),
        amendment_reason=reason,
    )
    row = _store(session, user, password, calibration, content, today, previous=previous)
    log.info("certificate %s amended to revision %s by %s", number, row.revision, user.name)
    return _issued(session, row)


def _store(
    session: Session,
    user: LabUser,
    password: str,
    calibration: Calibration,
    content: CertificateContent,
    today: date,
    *,
    previous: Certificate | None,
) -> Certificate:
    digest = hash_of(content)
    row_id = uuid.uuid4()
    sign(
        session,
        user,
        password,
        meaning=Meaning.ISSUED,
        entity=Certificate.__tablename__,
        record_id=str(row_id),
        signed_hash=digest,
        quantity=calibration.quantity,
    )
    work_order = work_order_of(session, calibration)
    row = Certificate(
        id=row_id,
        number=content.number,
        revision=content.revision,
        calibration_id=calibration.id,
        work_order_id=None if work_order is None else work_order.id,
        issued_at=utc_now(),
        issued_on=today,
        issued_by=user.name,
        content=content.as_dict(),
        content_hash=digest,
        qr_text=qr_text(content.number, content.revision, digest),
        supersedes_id=None if previous is None else previous.id,
        amendment_reason=content.amendment_reason.en if content.amendment_reason else None,
    )
    session.add(row)
    session.flush()
    return row


def find_revision(session: Session, number: str, revision: int | None = None) -> IssuedRevision:
    """A stored revision (the latest when ``revision`` is None); a sentence when absent."""
    if revision is None:
        return _issued(session, _latest_row(session, number))
    row = session.scalars(
        select(Certificate).where(
            Certificate.number == number.strip(), Certificate.revision == revision
        )
    ).first()
    if row is None:
        raise CertificateRefused(_absent(session, number, revision))
    return _issued(session, row)


def list_certificates(
    session: Session, *, text: str = "", limit: int = 500
) -> list[IssuedRevision]:
    """Every stored revision, newest first; ``text`` matches the number, the lab ID or the
    customer (accents and case as typed)."""
    query = select(Certificate).where(Certificate.deleted_at.is_(None))
    if text.strip():
        pattern = f"%{text.strip()}%"
        query = (
            query.join(Calibration, Calibration.id == Certificate.calibration_id)
            .join(Device, Device.id == Calibration.device_id)
            .where(
                or_(
                    Certificate.number.ilike(pattern),
                    Device.lab_id.ilike(pattern),
                    func.json_extract(Certificate.content, "$.customer.name").ilike(pattern),
                )
            )
        )
    query = query.order_by(Certificate.issued_at.desc(), Certificate.revision.desc()).limit(limit)
    superseded = _superseded_ids(session)
    return [_issued(session, row, superseded) for row in session.scalars(query)]


def certificates_of_work_order(session: Session, work_order_number: str) -> list[IssuedRevision]:
    """The current revision of every certificate issued for a work order, by number."""
    work_order = session.scalars(
        select(WorkOrder).where(WorkOrder.number == work_order_number.strip())
    ).first()
    if work_order is None:
        raise CertificateRefused(
            sentence("There is no work order {number}.", number=work_order_number)
        )
    later = aliased(Certificate)
    query = (
        select(Certificate)
        .where(
            Certificate.work_order_id == work_order.id,
            Certificate.deleted_at.is_(None),
            ~select(later.id).where(later.supersedes_id == Certificate.id).exists(),
        )
        .order_by(Certificate.number)
    )
    return [_issued(session, row, set()) for row in session.scalars(query)]  # current only


def awaiting_issue(session: Session) -> list[dict]:
    """Approved calibrations that have no certificate yet, oldest approval first."""
    issued = select(Certificate.calibration_id)
    query = (
        select(Calibration, Device.lab_id)
        .join(Device, Device.id == Calibration.device_id)
        .where(
            Calibration.state == "approved",
            Calibration.deleted_at.is_(None),
            Calibration.id.not_in(issued),
        )
        .order_by(Calibration.updated_at)
    )
    return [
        {
            "calibration": str(c.id),
            "lab_id": lab_id,
            "procedure": c.procedure_name,
            "procedure_version": c.procedure_version,
            "quantity": c.quantity,
            "technician": c.technician,
            "approved_by": c.approved_by,
        }
        for c, lab_id in session.execute(query)
    ]


def stored_hash_matches(session: Session, number: str, revision: int) -> bool:
    """Whether a stored revision's content still hashes to its stored hash."""
    row = _row(session, number, revision)
    return row is not None and _rehash(row) == row.content_hash


# --- rows to plain data ---------------------------------------------------------------------------
def _issued(
    session: Session, row: Certificate, superseded_ids: set[uuid.UUID] | None = None
) -> IssuedRevision:
    """``superseded_ids``, when a caller lists many, saves one query per revision."""
    content = CertificateContent.from_dict(row.content)
    if superseded_ids is None:
        superseded = _superseding(session, row) is not None
    else:
        superseded = row.id in superseded_ids
    work_order = session.get(WorkOrder, row.work_order_id) if row.work_order_id else None
    return IssuedRevision(
        number=row.number,
        revision=row.revision,
        calibration_id=str(row.calibration_id),
        content=content,
        content_hash=row.content_hash,
        qr_text=row.qr_text,
        issued_at=row.issued_at,
        issued_by=row.issued_by,
        supersedes=content.supersedes,  # the label the amendment itself prints
        superseded=superseded,
        lab_id=content.item.lab_id,
        work_order=None if work_order is None else work_order.number,
    )


def _superseded_ids(session: Session) -> set[uuid.UUID]:
    query = select(Certificate.supersedes_id).where(Certificate.supersedes_id.is_not(None))
    return set(session.scalars(query))


def _rehash(row: Certificate) -> str:
    return hashlib.sha256(canonical_json(row.content).encode("utf-8")).hexdigest()


def _row(session: Session, number: str, revision: int) -> Certificate | None:
    query = select(Certificate).where(
        Certificate.number == number.strip(), Certificate.revision == revision
    )
    return session.scalars(query).first()


def _latest_row(session: Session, number: str) -> Certificate:
    query = (
        select(Certificate)
        .where(Certificate.number == number.strip())
        .order_by(Certificate.revision.desc())
    )
    row = session.scalars(query).first()
    if row is None:
        raise CertificateRefused(_no_certificate(number))
    return row


def _superseding(session: Session, row: Certificate) -> Certificate | None:
    return session.scalars(select(Certificate).where(Certificate.supersedes_id == row.id)).first()


def superseding_revision(session: Session, number: str, revision: int) -> IssuedRevision | None:
    """The revision that supersedes ``number`` rev. ``revision``, if any."""
    row = _row(session, number, revision)
    later = None if row is None else _superseding(session, row)
    return None if later is None else _issued(session, later)


def _revisions_of_calibration(session: Session, calibration_id: uuid.UUID) -> list[Certificate]:
    query = (
        select(Certificate)
        .where(Certificate.calibration_id == calibration_id)
        .order_by(Certificate.revision)
    )
    return list(session.scalars(query))


def _absent(session: Session, number: str, revision: int) -> Sentence:
    count = session.scalar(
        select(func.count(Certificate.id)).where(Certificate.number == number.strip())
    )
    if count:
        return sentence(
            "Certificate {number} has {count} revision(s); there is no revision {revision}.",
            number=number,
            count=count,
            revision=revision,
        )
    return _no_certificate(number)


def _no_certificate(number: str) -> Sentence:
    return sentence(
        "There is no certificate {number} in this workstation's records.", number=number
    )


def _approver(session: Session, calibration: Calibration) -> LabUser:
    stored = find_user(session, calibration.approved_by or "")
    if stored is None:
        raise CertificateRefused(
            sentence(
                "The signatory who approved calibration {calibration_id} is not a user here.",
                calibration_id=calibration.id,
            )
        )
    return lab_user(stored)
