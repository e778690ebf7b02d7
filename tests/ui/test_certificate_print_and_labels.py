"""Printing goes through the same drawing as the PDF; labels fit a label printer's page."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pypdf
import pytest

from lab.certificates.content import CertificateContent
from tests.ui import certificate_samples as samples
from tests.ui.certificate_pdf import page_texts, qr_codes
from ui.certificates.labels import render_labels
from ui.certificates.printing import certificate_printer, preview_dialog, print_on
from ui.certificates.render import render_pdf
from ui.qt import QPrinter, QPrintPreviewWidget

MM = 72 / 25.4  # PDF points per millimetre


def test_the_printer_gets_the_same_pages_as_the_pdf(qapp, tmp_path):
    content = samples.long_certificate()
    printer = certificate_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_on(printer, content, samples.SAMPLE_QR, "both")
    del printer  # the printer finishes its file when it goes
    render_pdf(content, samples.SAMPLE_QR, tmp_path / "exported.pdf")
    printed, exported = page_texts(tmp_path / "printed.pdf"), page_texts(tmp_path / "exported.pdf")
    assert pages == len(exported) and printed == exported
    box = pypdf.PdfReader(tmp_path / "printed.pdf").pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)


def test_the_print_preview_shows_every_page(qtbot):
    content = samples.long_certificate()
    dialog = preview_dialog(None, content, samples.SAMPLE_QR, "both")
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == 4
    assert content.number in dialog.windowTitle()


@dataclass(frozen=True)
class Issued:
    content: CertificateContent
    qr_text: str


def test_a_label_is_50_by_30_mm_with_lab_id_date_number_and_a_qr_that_scans(qapp, tmp_path):
    path = tmp_path / "labels.pdf"
    plain = replace(samples.plain_certificate(), number="GCN-26-A94-000125")
    qr_plain = samples.SAMPLE_QR.replace("000123", "000125")
    count = render_labels(
        [Issued(samples.dmm_certificate(), samples.SAMPLE_QR), Issued(plain, qr_plain)], path
    )
    assert count == 2
    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        size = (round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM))
        assert size == (50, 30)
    first, second = page_texts(path)
    for expected in ("26-A94-00017", "20/11/2026", "GCN-26-A94-000123",
                     "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Lâm Đồng"):  # fmt: skip
        assert expected in first
    assert qr_codes(path, 0, dpi=600) == [samples.SAMPLE_QR]
    assert qr_codes(path, 1, dpi=600) == [qr_plain]
    # 17025 7.8.4.3: the due date only when an interval was agreed with the customer.
    assert "Hạn HC / Due" in first and "20/11/2027" in first
    assert "GCN-26-A94-000125" in second and "Due" not in second


def test_labels_need_a_certificate(qapp, tmp_path):
    with pytest.raises(ValueError, match="no certificate"):
        render_labels([], tmp_path / "labels.pdf")
    assert list(tmp_path.iterdir()) == []
