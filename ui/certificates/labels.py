"""Calibration labels (tem hiệu chuẩn): one 50 × 30 mm label per page for a label printer.

A label carries the lab's name, the lab ID of the item, the calibration date, the certificate
number and its QR (the same text as on the certificate, so a phone checks the label too). The
due date is printed only when an interval was agreed with the customer (ISO/IEC 17025 7.8.4.3:
a label shall not recommend an interval otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from lab.certificates.content import CertificateContent
from ui.certificates import wording
from ui.certificates.fonts import certificate_font, ensure_fonts
from ui.certificates.layout import ACCENT, INK, MUTED, WRAP, draw_text
from ui.certificates.qr import draw_qr
from ui.certificates.render import CertificateRenderError, page_transform, pdf_writer
from ui.certificates.sections import printed_date
from ui.qt import QFont, QFontMetricsF, QPageSize, QPainter, QRectF, QSizeF, Qt

LABEL_MM = (50.0, 30.0)
WIDTH, HEIGHT = LABEL_MM[0] * 10, LABEL_MM[1] * 10  # 0.1 mm
EDGE = 12.0  # 1.2 mm: label printers do not print to the edge
QR_SIZE = 200.0
NAME_HEIGHT = 34.0
SMALLEST = 3.5  # points; below this a 203 dpi label printer smudges the letters


class Labelled(Protocol):
    """What a label needs of an issued revision (lab.certificates.issuing.IssuedRevision)."""

    @property
    def content(self) -> CertificateContent: ...

    @property
    def qr_text(self) -> str: ...


def label_page_size() -> QPageSize:
    return QPageSize(QSizeF(*LABEL_MM), QPageSize.Unit.Millimeter, "Tem hiệu chuẩn 50 × 30 mm")


def render_labels(revisions: Sequence[Labelled], path: str | Path, language: str = "both") -> int:
    """Write one label per revision to the PDF ``path``; returns the number of labels."""
    if not revisions:
        raise ValueError("There is no certificate to print a label for.")
    ensure_fonts()
    path = Path(path)
    partial = path.with_name(f".{path.name}.part")
    writer = pdf_writer(partial, revisions[0].content, label_page_size(), archival=True)
    writer.setTitle(f"Tem hiệu chuẩn / Calibration labels: {len(revisions)}")
    painter = QPainter()
    if not painter.begin(writer):
        raise CertificateRenderError(f"The labels cannot be written to {path}.")
    try:
        for index, revision in enumerate(revisions):
            if index:
                writer.newPage()
            painter.setTransform(page_transform(writer))
            paint_label(painter, revision.content, revision.qr_text, language)
        painter.end()
        writer = None  # the writer finishes the file when it is destroyed
        os.replace(partial, path)
    except BaseException:
        if painter.isActive():
            painter.end()
        writer = None
        partial.unlink(missing_ok=True)
        raise
    return len(revisions)


def paint_label(
    painter: QPainter, content: CertificateContent, qr_text: str, language: str
) -> None:
    """One label, in 0.1 mm from the label's top left corner."""
    inner = QRectF(EDGE, EDGE, WIDTH - 2 * EDGE, HEIGHT - 2 * EDGE)
    name = content.lab.name.en if language == "en" else content.lab.name.vi
    _fitted(
        painter,
        QRectF(inner.left(), inner.top(), inner.width(), NAME_HEIGHT),
        name,
        6.0,
        bold=True,
        align=Qt.AlignmentFlag.AlignHCenter,
        color=ACCENT,
    )
    top = inner.top() + NAME_HEIGHT + 6
    draw_qr(painter, QRectF(inner.left(), top, QR_SIZE, QR_SIZE), qr_text)
    text_left = inner.left() + QR_SIZE + 12
    column = QRectF(text_left, top, inner.right() - text_left, QR_SIZE)
    _details(painter, column, content, language)
    if content.interval is not None:
        # One language for the agreed interval: both would not fit 5 mm of label.
        interval = content.interval.en if language == "en" else content.interval.vi
        due = f"{wording.LABEL_DUE.text(language)}: {interval}"
        strip = QRectF(
            inner.left(), top + QR_SIZE + 4, inner.width(), inner.bottom() - top - QR_SIZE
        )
        _fitted(painter, strip, due, 5.0, bold=True)


def _details(painter: QPainter, column: QRectF, content: CertificateContent, language: str) -> None:
    items = [
        (wording.LAB_ID, content.item.lab_id),
        (wording.LABEL_DATE, printed_date(content.calibrated_on, language)),
        (wording.LABEL_CERTIFICATE, content.number),
    ]
    y = column.top()
    _fitted(
        painter,
        QRectF(column.left(), y, column.width(), 30),
        wording.LABEL_TITLE.text(language),
        6.0,
        bold=True,
        color=ACCENT,
    )
    y += 34
    row = (column.height() - 34) / len(items)
    for label, value in items:
        _fitted(
            painter,
            QRectF(column.left(), y, column.width(), 22),
            label.text(language),
            4.5,
            color=MUTED,
        )
        _fitted(
            painter, QRectF(column.left(), y + 20, column.width(), row - 22), value, 6.5, bold=True
        )
        y += row


def _fitted(
    painter: QPainter,
    rect: QRectF,
    text: str,
    points: float,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    color=INK,
) -> None:
    """``text`` in the largest size up to ``points`` that fits ``rect`` (down to 3.5 pt)."""
    size = points
    font = certificate_font(size, bold=bold)
    while size > SMALLEST and not _fits(font, rect, text):
        size -= 0.25
        font = certificate_font(size, bold=bold)
    draw_text(painter, rect, font, text, align, color)


def _fits(font: QFont, rect: QRectF, text: str) -> bool:
    # Wrapping cannot break a certificate number: measure the width as well as the height.
    bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, rect.width(), 1e6), WRAP, text)
    return bounds.width() <= rect.width() + 0.5 and bounds.height() <= rect.height()
