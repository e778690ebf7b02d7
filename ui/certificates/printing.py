"""Print preview and printing of a certificate: the same drawing as the PDF, on a QPrinter."""

from __future__ import annotations

from lab.certificates.content import CertificateContent
from ui.certificates.render import paint_certificate
from ui.i18n import translate
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QDialog,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QWidget,
)


def certificate_printer() -> QPrinter:
    """A high-resolution printer set to A4 portrait; the drawing keeps its own margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    return printer


def print_on(
    printer: QPrinter, content: CertificateContent, qr_text: str | None, language: str
) -> int:
    """Draw the certificate on ``printer`` (a real one or the preview's); returns the pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        return paint_certificate(painter, printer, content, qr_text, language)
    finally:
        painter.end()


def preview_dialog(
    parent: QWidget | None, content: CertificateContent, qr_text: str | None, language: str
) -> QPrintPreviewDialog:
    """The print preview of the certificate (the screen preview), not yet shown."""
    printer = certificate_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    # The dialog does not own the printer: without this reference Python frees it under Qt.
    dialog.certificate_printer = printer
    title = QT_TRANSLATE_NOOP("CertificatePrinting", "Certificate %1 — print preview")
    dialog.setWindowTitle(translate("CertificatePrinting", title).replace("%1", content.number))
    dialog.paintRequested.connect(lambda printer: print_on(printer, content, qr_text, language))
    return dialog


def print_with_dialog(
    parent: QWidget | None, content: CertificateContent, qr_text: str | None, language: str
) -> int:
    """Ask for the printer and print; returns the pages printed (0 when the user cancelled)."""
    printer = certificate_printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_on(printer, content, qr_text, language)
