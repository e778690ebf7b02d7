"""Drawing a certificate: one QPainter code path for the print preview, the PDF and the printer.

A4 portrait. Every page carries the lab's header with the certificate number, its revision and
"Trang x/y / Page x of y" (ISO/IEC 17025 7.8.2.1 d); the body flows below it and tables break
between rows with their header repeated. The body is laid out completely before the first page
is drawn, so "of y" is known on page 1. A preview of a revision not yet issued (no QR text) is
marked "BẢN NHÁP / DRAFT" across every page.

:func:`render_pdf` may run on a worker thread (a batch of a work order): it draws on a
QPdfWriter only, never on a QPixmap or widget. Call :func:`ui.certificates.fonts.ensure_fonts`
on the GUI thread first (the app and the ``certificate`` command do).
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from lab.certificates.content import CertificateContent
from ui.certificates import wording
from ui.certificates.fonts import certificate_font, ensure_fonts
from ui.certificates.layout import ACCENT, INK, MUTED, Frame, Placed, draw_text, hline, paginate
from ui.certificates.sections import body_blocks
from ui.qt import (
    QColor,
    QMarginsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRectF,
    QSvgRenderer,
    Qt,
    QTransform,
)

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en", "both")
LOGO = Path(__file__).resolve().parents[2] / "resources" / "certificates" / "logo.svg"

# A4 in 0.1 mm, and the margins of the printed area.
PAGE_WIDTH, PAGE_HEIGHT = 2100.0, 2970.0
LEFT, RIGHT, TOP, BOTTOM = 180.0, 150.0, 110.0, 140.0
HEADER_HEIGHT = 250.0
LOGO_SIZE = 190.0
NUMBER_BOX = 560.0
BODY_WIDTH = PAGE_WIDTH - LEFT - RIGHT
FRAME = Frame(LEFT, TOP + HEADER_HEIGHT + 40.0, BODY_WIDTH, PAGE_HEIGHT - BOTTOM)
PDF_RESOLUTION = 1200


class CertificateRenderError(OSError):
    """The certificate could not be written where asked (a sentence saying where and why)."""


@dataclass(frozen=True)
class Layout:
    """The first pass: every page's blocks, so the header knows how many pages there are."""

    content: CertificateContent
    qr_text: str | None
    language: str
    pages: tuple[tuple[Placed, ...], ...]


def lay_out(content: CertificateContent, qr_text: str | None, language: str) -> Layout:
    if language not in LANGUAGES:
        raise ValueError(f"The certificate language must be vi, en or both, not {language!r}.")
    ensure_fonts()
    blocks = body_blocks(content, qr_text, language, BODY_WIDTH)
    pages = paginate(blocks, FRAME)
    return Layout(content, qr_text, language, tuple(tuple(p) for p in pages))


def paint_certificate(
    painter: QPainter,
    device: QPagedPaintDevice,
    content: CertificateContent,
    qr_text: str | None,
    language: str = "both",
) -> int:
    """Draw every page of the certificate on ``device`` (a QPdfWriter or a QPrinter) with the
    active ``painter``; returns the number of pages. The device should be A4 portrait."""
    return paint_layout(painter, device, lay_out(content, qr_text, language))


def paint_layout(painter: QPainter, device: QPagedPaintDevice, layout: Layout) -> int:
    """The second pass: draw the laid-out pages, each with its header and "page x of y"."""
    total = len(layout.pages)
    for index in range(total):
        if index:
            device.newPage()
        painter.setTransform(page_transform(device))
        paint_page(painter, layout, index + 1, total)
    return total


def page_transform(device: QPagedPaintDevice) -> QTransform:
    """From 0.1 mm on the whole sheet to the device's pixels (its origin is the printable area's
    corner, which a printer with hardware margins moves)."""
    resolution = device.resolution() if hasattr(device, "resolution") else device.logicalDpiX()
    page = device.pageLayout()
    full, paint = page.fullRectPixels(resolution), page.paintRectPixels(resolution)
    scale = resolution / 254.0
    transform = QTransform()
    transform.translate(full.x() - paint.x(), full.y() - paint.y())
    transform.scale(scale, scale)
    return transform


def paint_page(painter: QPainter, layout: Layout, page: int, pages: int) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if layout.qr_text is None:
        _watermark(painter, layout.language)
    _header(painter, layout, page, pages)
    for placed in layout.pages[page - 1]:
        placed.block.paint(painter, FRAME.left, placed.top, FRAME.width)


def _header(painter: QPainter, layout: Layout, page: int, pages: int) -> None:
    content, language = layout.content, layout.language
    _logo(painter, QRectF(LEFT, TOP, LOGO_SIZE, LOGO_SIZE))
    lab = content.lab
    lines = [(certificate_font(9.5, bold=True), lab.name.vi if language != "en" else lab.name.en)]
    if language == "both" and lab.name.en != lab.name.vi:
        lines.append((certificate_font(8.5), lab.name.en))
    contact = " · ".join(
        x
        for x in (f"{wording.PHONE.text(language)} {lab.phone}" if lab.phone else "", lab.email)
        if x
    )
    small = certificate_font(7.5)
    lines += [(small, lab.address), (small, contact)]
    if lab.accreditation:
        lines.append(
            (
                certificate_font(7.5, bold=True),
                f"{wording.ACCREDITATION.text(language)}: {lab.accreditation}",
            )
        )
    x = LEFT + LOGO_SIZE + 40
    width = PAGE_WIDTH - RIGHT - NUMBER_BOX - 30 - x
    y = TOP
    for font, text in lines:
        if text:
            rect = QRectF(x, y, width, HEADER_HEIGHT)
            draw_text(painter, rect, font, text, color=ACCENT if font.bold() else INK)
            y += painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text).height()
    _number_box(painter, layout, page, pages)
    hline(painter, LEFT, PAGE_WIDTH - RIGHT, TOP + HEADER_HEIGHT, 5.0)


def _number_box(painter: QPainter, layout: Layout, page: int, pages: int) -> None:
    """Number, revision and page count, boxed at the top right where a reader looks first."""
    content, language = layout.content, layout.language
    box = QRectF(PAGE_WIDTH - RIGHT - NUMBER_BOX, TOP, NUMBER_BOX, 205)
    painter.setPen(ACCENT)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    inner = box.adjusted(25, 18, -25, -10)
    label, value = certificate_font(7.5), certificate_font(10, bold=True)
    draw_text(painter, inner, label, wording.NUMBER.text(language), color=MUTED)
    draw_text(painter, inner.adjusted(0, 35, 0, 0), value, content.number, color=ACCENT)
    revision = f"{wording.REVISION.text(language)}: {content.revision}"
    draw_text(painter, inner.adjusted(0, 95, 0, 0), label, revision)
    draw_text(
        painter,
        inner.adjusted(0, 135, 0, 0),
        certificate_font(8, bold=True),
        wording.page_of(page, pages, language),
    )


_logo_renderers: dict[int, QSvgRenderer] = {}


def _logo(painter: QPainter, rect: QRectF) -> None:
    # A renderer per thread: QSvgRenderer is not shared safely between threads.
    key = threading.get_ident()
    renderer = _logo_renderers.get(key)
    if renderer is None:
        renderer = _logo_renderers[key] = QSvgRenderer(str(LOGO))
        if not renderer.isValid():
            raise CertificateRenderError(f"The lab's logo {LOGO} could not be read.")
    renderer.render(painter, rect)


def _watermark(painter: QPainter, language: str) -> None:
    painter.save()
    painter.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    painter.rotate(-55)
    painter.setOpacity(0.35)
    text = wording.DRAFT.text(language)
    font = certificate_font(110 if language != "both" else 72, bold=True)
    draw_text(
        painter,
        QRectF(-1800, -250, 3600, 500),
        font,
        text,
        Qt.AlignmentFlag.AlignHCenter,
        QColor("#d9534f"),
    )
    painter.restore()


def pdf_writer(
    path: Path, content: CertificateContent, page_size: QPageSize, archival: bool
) -> QPdfWriter:
    """A writer at 1200 dpi without margins (the drawing keeps its own).

    ``archival``: PDF/A-1b (ISO 19005-1), the format records are kept in for years: fonts
    embedded, colours and metadata self-contained. A draft is not kept, and its watermark is
    translucent, which PDF/A-1 forbids, so a draft is plain PDF.
    """
    writer = QPdfWriter(str(path))
    if archival:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(f"{content.number} rev. {content.revision}")
    writer.setCreator("CalDesk")
    return writer


def render_pdf(
    content: CertificateContent, qr_text: str | None, path: str | Path, language: str = "both"
) -> int:
    """Write the certificate to ``path`` as PDF; returns the number of pages.

    The file appears complete or not at all: pages go to a temporary file beside it, renamed
    over ``path`` at the end. Raises :class:`CertificateRenderError` when it cannot be written.
    """
    layout = lay_out(content, qr_text, language)  # bad language: no file touched
    path = Path(path)
    partial = path.with_name(f".{path.name}.part")
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    writer = pdf_writer(partial, content, a4, archival=qr_text is not None)
    painter = QPainter()
    if not painter.begin(writer):
        raise CertificateRenderError(f"The PDF cannot be written to {path}: {_why(path)}.")
    try:
        pages = paint_layout(painter, writer, layout)
        painter.end()
        writer = None  # the writer finishes the file when it is destroyed
        os.replace(partial, path)
    except BaseException as exc:
        if painter.isActive():
            painter.end()
        writer = None
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise CertificateRenderError(
                f"The PDF cannot be written to {path}: {exc.strerror or exc}."
            ) from exc
        raise
    return pages


def _why(path: Path) -> str:
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder"
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is not writable"
    return "the file could not be opened"
