"""Is this certificate genuine? (issue 7, item 4: ``verify-certificate PDF_OR_QR_TEXT``).

Given the text of the QR code, the number, revision and content hash are checked against the
stored revision: genuine when the hash is the stored one and no later revision supersedes it;
superseded when a later revision does (the sentence names it); not genuine when the number,
the revision or the hash is unknown, or the stored record no longer hashes to its own hash.

Given a PDF, its text is read (pypdf), the QR text the renderer prints under the code is found
in it and checked as above, and then the visible text is checked against the stored content:
every figure of every result row and the identities (number, customer, item, serial) must be
printed. A PDF whose QR line is genuine but whose figures were edited is not genuine, and the
sentence names the first figure that differs.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from sqlalchemy.orm import Session

from lab.certificates.assemble import CertificateRefused
from lab.certificates.content import CertificateContent, ResultRow
from lab.certificates.issuing import (
    QR_PREFIX,
    find_revision,
    stored_hash_matches,
    superseding_revision,
)
from lab.sentences import SaysWhy, Sentence, sentence

log = logging.getLogger(__name__)

GENUINE, SUPERSEDED, NOT_GENUINE = "genuine", "superseded", "not genuine"
# The QR text as printed; a renderer may wrap it over lines, so whitespace is removed first.
QR_PATTERN = re.compile(
    re.escape(QR_PREFIX) + r"\|(?P<number>[A-Za-z0-9-]+)\|(?P<revision>\d+)\|(?P<hash>[0-9a-f]{64})"
)

# A figure stands alone: "0.0035" is not found inside "10.0035" or "-0.0035".
_FIGURE_BEFORE = r"(?<![\w.\-−])"
_FIGURE_AFTER = r"(?![0-9]|\.[0-9])"
_FIGURE = re.compile(r"[-−]?[0-9.]+\*?")


class VerificationUnusable(SaysWhy, ValueError):
    """What was given cannot be checked at all (an unreadable file); the sentence says why."""


@dataclass(frozen=True)
class Verification:
    status: str  # GENUINE, SUPERSEDED or NOT_GENUINE
    number: str
    revision: int | None
    sentence: Sentence

    def as_json(self) -> dict:
        return {
            "status": self.status,
            "number": self.number,
            "revision": self.revision,
            "sentence": self.sentence,
        }


def verify_certificate(session: Session, given: str) -> Verification:
    """Check QR text, or a PDF file of a certificate, against this workstation's records."""
    given = given.strip()
    if given.lower().endswith(".pdf") or _is_file(given):
        return verify_pdf(session, Path(given))
    return verify_qr_text(session, given)


def _is_file(given: str) -> bool:
    try:
        return Path(given).is_file()
    except OSError:  # a pasted text too long to be a file name is text, not a file
        return False


def verify_qr_text(session: Session, text: str) -> Verification:
    match = QR_PATTERN.fullmatch(_normalised(text).replace(" ", ""))
    if match is None:
        return Verification(
            NOT_GENUINE,
            "",
            None,
            sentence(
                "This is not the QR text of a CalDesk certificate "
                "({prefix}|number|revision|64 hex digits).",
                prefix=QR_PREFIX,
            ),
        )
    return _check_record(session, match["number"], int(match["revision"]), match["hash"])


def _check_record(session: Session, number: str, revision: int, digest: str) -> Verification:
    try:
        stored = find_revision(session, number, revision)
    except CertificateRefused as exc:
        return Verification(
            NOT_GENUINE, number, revision, sentence("Not genuine: {why}", why=exc.sentence)
        )
    if stored.content_hash != digest:
        return Verification(
            NOT_GENUINE,
            number,
            revision,
            sentence(
                "Not genuine: {number} revision {revision} exists, but its content hash is "
                "{stored_hash}, not {given_hash}: this copy does not say what was issued.",
                number=number,
                revision=revision,
                stored_hash=stored.content_hash,
                given_hash=digest,
            ),
        )
    if not stored_hash_matches(session, number, revision):
        return Verification(
            NOT_GENUINE,
            number,
            revision,
            sentence(
                "Not genuine: the stored record of {number} revision {revision} no longer "
                "matches the hash it was issued with; the database was altered.",
                number=number,
                revision=revision,
            ),
        )
    later = superseding_revision(session, number, revision)
    if later is not None:
        return Verification(
            SUPERSEDED,
            number,
            revision,
            sentence(
                "{number} revision {revision} was genuinely issued, but it is superseded by "
                "revision {later}, issued on {issued_on} (reason: {reason}).",
                number=number,
                revision=revision,
                later=later.revision,
                issued_on=later.content.issued_on.isoformat(),
                reason=_reason(later.content),
            ),
        )
    return Verification(
        GENUINE,
        number,
        revision,
        sentence(
            "Genuine: {number} revision {revision}, issued on {issued_on} by {signatory}, "
            "is the current revision.",
            number=number,
            revision=revision,
            issued_on=stored.content.issued_on.isoformat(),
            signatory=stored.content.authorized_by.name,
        ),
    )


def _reason(content: CertificateContent) -> Sentence | str:
    return content.amendment_reason.en if content.amendment_reason else sentence("not stated")


def printed_qr(text: str) -> re.Match[str] | None:
    """The QR text printed in a page's text, however it was wrapped or shaped.

    NFKC first: a font draws the "ff" of a hash as one ligature glyph, read back as "ﬀ".

    >>> page = "Mã QR:\\nCALDESK-GCN|GCN-26-A94-00001|2|\ufb00" + "0" * 30 + "\\n" + "0" * 32
    >>> printed_qr(page)["hash"][:4]
    'ff00'
    """
    return QR_PATTERN.search(_normalised(text).replace(" ", ""))


def verify_pdf(session: Session, path: Path) -> Verification:
    text = pdf_text(path)
    match = printed_qr(text)
    if match is None:
        return Verification(
            NOT_GENUINE,
            "",
            None,
            sentence(
                "Not genuine: {file} carries no CalDesk certificate QR text ({prefix}|…) "
                "in its text.",
                file=path.name,
                prefix=QR_PREFIX,
            ),
        )
    number, revision = match["number"], int(match["revision"])
    record = _check_record(session, number, revision, match["hash"])
    if record.status == NOT_GENUINE:
        return record
    stored = find_revision(session, number, revision).content
    difference = first_difference(stored, text)
    if difference is not None:
        return Verification(
            NOT_GENUINE,
            number,
            revision,
            sentence(
                "Not genuine: the certificate in the database says {difference}; "
                "{file} says otherwise.",
                difference=difference,
                file=path.name,
            ),
        )
    return record


def pdf_text(path: Path) -> str:
    """The text of every page; :class:`VerificationUnusable` when the file cannot be read."""
    try:
        reader = PdfReader(path)
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except FileNotFoundError:
        raise VerificationUnusable(sentence("There is no file {path}.", path=path)) from None
    except (PdfReadError, OSError, ValueError) as exc:
        raise VerificationUnusable(
            sentence("{path} cannot be read as a PDF ({why}).", path=path, why=exc)
        ) from None


def first_difference(content: CertificateContent, text: str) -> Sentence | None:
    """The first stored item the text does not print, as a phrase; None when all are there.

    Identities first (number, customer, item, serial), then each result row: its figures must be
    printed as one row, in the order of the table (nominal, reference, indication, error, U), so
    a figure moved from one row to another is caught too.
    """
    printed = _normalised(text)
    for phrase, value in identity_items(content):
        if value and not _printed(_normalised(value), printed):
            return phrase
    for table in content.tables:
        for row in table.rows:
            if not _row_printed(row, printed):
                return _row_difference(row, table.unit, printed)
    return None


def identity_items(content: CertificateContent) -> list[tuple[Sentence, str]]:
    """(what the database says, the string that must be printed)."""
    number, customer = content.number, content.customer.name
    lab_id, serial = content.item.lab_id, content.item.serial
    return [
        (sentence("the number is {number}", number=number), number),
        (sentence("the customer is {customer}", customer=customer), customer),
        (sentence("the item is {lab_id}", lab_id=lab_id), lab_id),
        (sentence("the serial number is {serial}", serial=serial), serial),
    ]


def _figures(row: ResultRow) -> list[str]:
    return [row.nominal, row.reference, row.indication, row.error, row.expanded_uncertainty]


def _row_printed(row: ResultRow, text: str) -> bool:
    pattern = r"\s+".join(re.escape(f) for f in _figures(row))
    return re.search(_FIGURE_BEFORE + pattern + _FIGURE_AFTER, text) is not None


def _row_difference(row: ResultRow, unit: str, text: str) -> Sentence:
    nominal, u = row.nominal, row.expanded_uncertainty
    said = (
        (
            sentence(
                "the reference value is {value} {unit} at {nominal} {unit}",
                value=row.reference, unit=unit, nominal=nominal,
            ),
            row.reference,
        ),
        (
            sentence(
                "the indication is {value} {unit} at {nominal} {unit}",
                value=row.indication, unit=unit, nominal=nominal,
            ),
            row.indication,
        ),
        (
            sentence(
                "the error is {value} {unit} at {nominal} {unit}",
                value=row.error, unit=unit, nominal=nominal,
            ),
            row.error,
        ),
        (
            sentence("U = {value} {unit} at {nominal} {unit}", value=u, unit=unit, nominal=nominal),
            u,
        ),
    )  # fmt: skip
    for phrase, figure in said:
        if not _printed(figure, text):
            return phrase
    return sentence(
        "the row at {nominal} {unit} reads {reference}, {indication}, {error}, U = {u} {unit}",
        nominal=nominal, unit=unit, reference=row.reference, indication=row.indication,
        error=row.error, u=u,
    )  # fmt: skip


def _printed(value: str, text: str) -> bool:
    """Whether ``value`` is printed in ``text`` as a whole figure or whole words."""
    if _FIGURE.fullmatch(value):
        pattern = _FIGURE_BEFORE + re.escape(value) + _FIGURE_AFTER
    else:
        pattern = r"(?<!\w)" + re.escape(value) + r"(?!\w)"
    return re.search(pattern, text) is not None


def _normalised(text: str) -> str:
    """NFKC (a font's "ﬁ" ligature reads as "fi"), whitespace collapsed: the same words however
    the page broke them."""
    return " ".join(unicodedata.normalize("NFKC", text).split())
