"""A work order's issued certificates exported or printed in one go (issue 7, item 6).

Runs on a pool thread through :func:`ui.workers.run_task`: QPainter may paint onto a QPdfWriter or a
QPrinter outside the GUI thread (Qt's "painting in threads"), so the window stays responsive while
hundreds of certificates render. :func:`ui.certificates.render.render_pdf` writes each file beside
its name and renames it when complete, so a cancel or a crash never leaves a half-written
certificate that looks finished.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lab.certificates.issuing import IssuedRevision, certificates_of_work_order
from ui.certificates.render import paint_certificate, render_pdf
from ui.i18n import translate
from ui.qt import QT_TRANSLATE_NOOP, QPainter
from ui.workers import TaskControl

log = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^\w.-]+")
# Raised on the batch's thread, shown by the pane: translated where they are made.
NOTHING_ISSUED = QT_TRANSLATE_NOOP(
    "CertificateBatch", "Work order %1 has no issued certificate yet."
)
PRINTER_CLOSED = QT_TRANSLATE_NOOP(
    "CertificateBatch", "The printer could not be opened; check it is on and try again."
)


@dataclass(frozen=True)
class BatchDone:
    """What a batch did: the files written (export) or the certificates sent (print)."""

    work_order: str
    count: int
    files: tuple[str, ...] = ()


class BatchRefused(Exception):
    """The batch cannot start; the message says why, for the user, in their language."""


def file_name(revision: IssuedRevision) -> str:
    """``GCN-26-A94-00017-r2.pdf``: the number and revision, safe on every file system."""
    return f"{_UNSAFE.sub('_', revision.number)}-r{revision.revision}.pdf"


def issued_of_work_order(database, work_order: str) -> list[IssuedRevision]:  # noqa: ANN001
    with database.read_session() as session:
        revisions = certificates_of_work_order(session, work_order.strip())
    if not revisions:
        raise BatchRefused(translate("CertificateBatch", NOTHING_ISSUED).replace("%1", work_order))
    return revisions


def export_work_order(
    database,  # noqa: ANN001
    work_order: str,
    folder: Path,
    language: str,
    control: TaskControl,
) -> BatchDone:
    """Write every current certificate of ``work_order`` as a PDF into ``folder``."""
    revisions = issued_of_work_order(database, work_order)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for done, revision in enumerate(revisions):
        control.check()
        control.progress(done, len(revisions), revision.number)
        target = folder / file_name(revision)
        render_pdf(revision.content, revision.qr_text, target, language=language)
        written.append(str(target))
    control.progress(len(revisions), len(revisions), "")
    log.info("exported %d certificates of %s to %s", len(written), work_order, folder)
    return BatchDone(work_order, len(written), tuple(written))


def print_work_order(
    database,  # noqa: ANN001
    work_order: str,
    printer,  # noqa: ANN001 - a configured QPrinter (the print dialog's choice)
    language: str,
    control: TaskControl,
) -> BatchDone:
    """Print every current certificate of ``work_order`` as one print job on ``printer``."""
    revisions = issued_of_work_order(database, work_order)

    def step(done: int, number: str) -> None:
        control.check()
        control.progress(done, len(revisions), number)

    print_revisions(printer, revisions, language, step)
    control.progress(len(revisions), len(revisions), "")
    return BatchDone(work_order, len(revisions))


def print_revisions(
    printer,  # noqa: ANN001 - a QPrinter (or any paged paint device)
    revisions: list[IssuedRevision],
    language: str,
    step: Callable[[int, str], None],
) -> int:
    """Draw the certificates one after another on ``printer`` as one job; returns the pages.

    ``step(done, number)`` is called before each certificate and may raise to stop the job (a
    printer job stopped midway ends with the pages already drawn; the user reprints the rest).
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise BatchRefused(translate("CertificateBatch", PRINTER_CLOSED))
    pages = 0
    try:
        for done, revision in enumerate(revisions):
            step(done, revision.number)
            if done:
                printer.newPage()
            pages += paint_certificate(
                painter, printer, revision.content, revision.qr_text, language
            )
    finally:
        painter.end()
    return pages
