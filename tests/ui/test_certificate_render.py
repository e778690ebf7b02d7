"""The certificate as an auditor and a customer read it: the PDF's own text, fonts and QR code."""

from __future__ import annotations

import threading
from dataclasses import replace

import pypdf
import pytest

from tests.ui import certificate_samples as samples
from tests.ui.certificate_pdf import embedded_fonts, page_texts, qr_codes, words
from ui.certificates.fonts import ensure_fonts
from ui.certificates.render import CertificateRenderError, render_pdf


@pytest.fixture
def render(qapp, tmp_path):
    """Render content to a PDF in the test's folder; returns the path."""

    def run(content, qr_text=samples.SAMPLE_QR, language="both", name="certificate.pdf"):
        path = tmp_path / name
        pages = render_pdf(content, qr_text, path, language)
        assert pages == len(page_texts(path))
        return path

    return run


def test_every_page_carries_the_number_the_revision_and_page_x_of_y(render):
    content = samples.long_certificate()
    texts = page_texts(render(content))
    assert len(texts) >= 3
    for page, text in enumerate(texts, start=1):
        assert content.number in text
        assert "Lần ban hành / Revision: 1" in text
        assert f"Trang {page}/{len(texts)} / Page {page} of {len(texts)}" in text


def test_labels_print_side_by_side_in_both_languages_and_alone_in_one(render):
    both = " ".join(page_texts(render(samples.dmm_certificate())))
    for label in ("Khách hàng / Customer", "Phương tiện đo / Item calibrated",
                  "Chuẩn đo lường sử dụng và tính liên kết / Standards used and traceability",
                  "Độ không đảm bảo đo / Measurement uncertainty", "Số máy / Serial number"):  # fmt: skip
        assert label in both
    vi = " ".join(page_texts(render(samples.dmm_certificate(), language="vi", name="vi.pdf")))
    en = " ".join(page_texts(render(samples.dmm_certificate(), language="en", name="en.pdf")))
    assert "Khách hàng" in vi and "Customer" not in vi and "Trang 1/" in vi and "Page 1" not in vi
    assert "Customer" in en and "Khách hàng" not in en and "Page 1 of" in en and "Trang" not in en
    assert "CALIBRATION CERTIFICATE" in en and "GIẤY CHỨNG NHẬN HIỆU CHUẨN" in vi


def test_every_rounded_figure_is_printed_exactly_as_in_the_content(render):
    content = samples.dmm_certificate()
    printed = words(render(content))
    for table in content.tables:
        for row in table.rows:
            for figure in (row.nominal, row.reference, row.indication, row.error,
                           row.expanded_uncertainty, row.coverage_factor, row.mpe):  # fmt: skip
                assert figure in printed, f"{figure} of {table.phase} at {row.nominal}"
    # The renderer never reformats a figure: "10.000" stays "10.000", not "10" or "10.0".
    assert printed.count("10.000") == 2 and "10.0" not in printed


def test_a_long_table_breaks_across_pages_and_repeats_its_header(render):
    content = samples.long_certificate(points=20)
    texts = page_texts(render(content))
    found = content.tables[0]
    pages_of_rows = {
        next(i for i, t in enumerate(texts) if f" {row.indication} " in f" {t} ")
        for row in found.rows
    }
    assert len(pages_of_rows) >= 2, "twenty points should not fit one page"
    for page in sorted(pages_of_rows)[1:]:
        assert "Kết quả trước hiệu chỉnh / Results as found (tiếp theo / continued)" in texts[page]
        assert "Giá trị danh định Nominal (V)" in texts[page]
        assert "Độ không đảm bảo đo U Uncertainty U (V)" in texts[page]
    every = " ".join(texts).split()
    assert all(every.count(row.indication) == 1 for row in found.rows)


def test_the_qr_code_decodes_to_the_qr_text_which_is_also_printed_under_it(render):
    path = render(samples.dmm_certificate())
    assert qr_codes(path) == [samples.SAMPLE_QR]
    assert samples.SAMPLE_QR in "".join(" ".join(page_texts(path)).split())


def test_a_draft_is_marked_on_every_page_and_carries_no_qr_and_no_signature(render):
    path = render(samples.dmm_certificate(), qr_text=None)
    texts = page_texts(path)
    assert all("BẢN NHÁP / DRAFT" in text for text in texts)
    assert all(qr_codes(path, page) == [] for page in range(len(texts)))
    assert "Electronically signed" not in " ".join(texts)
    issued = page_texts(render(samples.dmm_certificate(), name="issued.pdf"))
    assert not any("DRAFT" in text for text in issued)


def test_rendering_the_same_content_again_prints_the_same_text(render):
    content = samples.long_certificate()
    assert page_texts(render(content, name="a.pdf")) == page_texts(render(content, name="b.pdf"))


def test_the_pdf_embeds_the_shipped_font_and_keeps_the_vietnamese_letters(render):
    path = render(samples.dmm_certificate())
    assert embedded_fonts(path) <= {"NotoSans-Regular", "NotoSans-Bold"}
    text = " ".join(page_texts(path))
    for vietnamese in ("GIẤY CHỨNG NHẬN HIỆU CHUẨN", "Độ không đảm bảo đo",
                       "Công ty TNHH Điện lực Đức Trọng", "Người có thẩm quyền ký",
                       "Nhiệt độ (23.1 ± 1.0) °C"):  # fmt: skip
        assert vietnamese in text


def test_an_issued_certificate_is_archival_pdf_a_and_a_draft_is_not(render):
    issued = pypdf.PdfReader(render(samples.dmm_certificate())).trailer["/Root"]
    assert issued["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    assert 'pdfaid:part="1"' in issued["/Metadata"].get_object().get_data().decode()
    draft = pypdf.PdfReader(render(samples.dmm_certificate(), None, name="d.pdf")).trailer["/Root"]
    assert "/OutputIntents" not in draft


def test_an_amendment_says_what_it_supersedes_and_why(render):
    text = page_texts(render(samples.amended_certificate()))[0]
    assert "SỬA ĐỔI / AMENDMENT — thay thế / supersedes GCN-26-A94-000123 rev. 1" in text
    assert "Sửa địa chỉ khách hàng theo yêu cầu ngày 24/11/2026" in text
    assert "Lần ban hành / Revision: 2" in text


def test_conformity_interval_and_mpe_print_only_when_agreed(render):
    agreed = " ".join(page_texts(render(samples.dmm_certificate())))
    assert "Công bố sự phù hợp / Statement of conformity" in agreed
    assert "Chu kỳ hiệu chuẩn / Calibration interval" in agreed
    assert "Kết luận Verdict" in agreed and "Không đạt / Fail" in agreed
    plain = " ".join(page_texts(render(samples.plain_certificate(), name="plain.pdf")))
    assert "Statement of conformity" not in plain
    assert "Calibration interval" not in plain
    assert "MPE" not in plain and "Verdict" not in plain


def test_the_signatory_signs_and_the_certificate_ends_clearly(render):
    texts = page_texts(render(samples.dmm_certificate()))
    last = texts[-1]
    assert "Người phê duyệt / Authorized by Lê Thị Thu Hằng" in last
    assert "Đã ký điện tử / Electronically signed, 23/11/2026" in last
    assert "Người thực hiện / Calibrated by Trần Văn Hùng" in last
    assert last.endswith("--- Hết giấy chứng nhận / End of certificate ---")
    assert not any("End of certificate" in text for text in texts[:-1])


def test_an_unknown_language_is_refused_before_a_file_is_made(qapp, tmp_path):
    with pytest.raises(ValueError, match="vi, en or both"):
        render_pdf(samples.dmm_certificate(), None, tmp_path / "x.pdf", "fr")
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_a_sentence_and_leaves_nothing_behind(qapp, tmp_path):
    # A file where the folder should be: unwritable even for root, who ignores permissions.
    (tmp_path / "archive").write_text("not a folder")
    with pytest.raises(CertificateRenderError, match="archive is a file, not a folder"):
        render_pdf(samples.dmm_certificate(), samples.SAMPLE_QR, tmp_path / "archive" / "c.pdf")
    with pytest.raises(CertificateRenderError, match="the folder .*missing does not exist"):
        render_pdf(samples.dmm_certificate(), samples.SAMPLE_QR, tmp_path / "missing" / "c.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive"]


def test_a_failure_while_drawing_leaves_no_half_written_pdf(qapp, tmp_path, monkeypatch):
    from ui.certificates import render as render_module

    def broken(*args):
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(render_module, "paint_page", broken)
    with pytest.raises(RuntimeError):
        render_pdf(samples.dmm_certificate(), samples.SAMPLE_QR, tmp_path / "c.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_worker_thread_renders_the_same_certificate(render, tmp_path):
    """The batch of a work order renders on a worker thread (ui/workers.py), the font
    registered on the GUI thread at start as the app does."""
    ensure_fonts()
    content = replace(samples.dmm_certificate(), number="GCN-26-A94-000777")
    results = {}

    def work():
        results["pages"] = render_pdf(content, samples.SAMPLE_QR, tmp_path / "worker.pdf")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert page_texts(tmp_path / "worker.pdf") == page_texts(render(content, name="gui.pdf"))
    assert results["pages"] == len(page_texts(tmp_path / "worker.pdf"))
