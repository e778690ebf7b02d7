"""A paper copy checked from its PDF: the QR text printed on it against the database, and every
figure on it against the stored revision (issue 7, item 4)."""

from __future__ import annotations

import pytest

from lab.certificates.verification import VerificationUnusable, verify_certificate
from tests.lab.certificates.conftest import issue
from tests.lab.certificates.pdf_helpers import certificate_lines, write_pdf
from tests.lab.certificates.test_certificate_issue import amend


def verify(lab, given):
    with lab.read_session() as session:
        return verify_certificate(session, str(given))


def test_an_untouched_pdf_is_genuine(approved, lab, qapp, tmp_path):
    issued = issue(lab, approved)
    result = verify(lab, write_pdf(tmp_path / "gcn.pdf", certificate_lines(issued)))
    assert (result.status, result.number, result.revision) == ("genuine", issued.number, 1)


def test_a_pdf_with_an_edited_uncertainty_is_not_genuine_and_says_which(
    approved, lab, qapp, tmp_path
):
    issued = issue(lab, approved)
    row = issued.content.tables[0].rows[2]  # the 10 V point
    forged = certificate_lines(issued)
    forged = [
        line.replace(f"  {row.expanded_uncertainty}  ", "  0.00001  ")
        if line.startswith(f"{row.nominal}  ") else line
        for line in forged
    ]  # fmt: skip
    result = verify(lab, write_pdf(tmp_path / "forged.pdf", forged))
    assert result.status == "not genuine"
    assert f"U = {row.expanded_uncertainty} V at 10 V" in result.sentence
    assert "forged.pdf says otherwise" in result.sentence


def test_a_pdf_with_another_serial_is_not_genuine(approved, lab, qapp, tmp_path):
    issued = issue(lab, approved)
    edit = {issued.content.item.serial: "XX0000000"}
    result = verify(lab, write_pdf(tmp_path / "x.pdf", certificate_lines(issued, edit)))
    assert result.status == "not genuine"
    assert f"the serial number is {issued.content.item.serial}" in result.sentence


def test_a_superseded_pdf_says_so(approved, lab, qapp, tmp_path):
    issued = issue(lab, approved)
    old_copy = write_pdf(tmp_path / "rev1.pdf", certificate_lines(issued))
    amend(lab, issued.number, "Sửa địa chỉ khách hàng")
    result = verify(lab, old_copy)
    assert result.status == "superseded" and "revision 2" in result.sentence


def test_a_pdf_without_a_caldesk_qr_text_is_not_genuine(approved, lab, qapp, tmp_path):
    issued = issue(lab, approved)
    result = verify(lab, write_pdf(tmp_path / "plain.pdf", certificate_lines(issued)[:-2]))
    assert result.status == "not genuine" and "no CalDesk certificate QR text" in result.sentence


def test_a_file_that_is_no_pdf_cannot_be_checked(lab, tmp_path):
    fake = tmp_path / "scan.pdf"
    fake.write_text("this is not a PDF", encoding="utf-8")
    with pytest.raises(VerificationUnusable, match="cannot be read as a PDF"):
        verify(lab, fake)


def test_figures_moved_between_rows_are_not_genuine(approved, lab, qapp, tmp_path):
    issued = issue(lab, approved)
    rows = issued.content.tables[0].rows
    a, b = rows[0].expanded_uncertainty, rows[1].expanded_uncertainty
    assert a != b
    lines = certificate_lines(issued)
    swapped = []
    for line in lines:
        if line.startswith(f"{rows[0].nominal}  "):
            line = line.replace(f"  {a}  ", f"  {b}  ")
        elif line.startswith(f"{rows[1].nominal}  "):
            line = line.replace(f"  {b}  ", f"  {a}  ")
        swapped.append(line)
    result = verify(lab, write_pdf(tmp_path / "swapped.pdf", swapped))
    assert result.status == "not genuine"
    assert f"the row at {rows[0].nominal} V reads" in result.sentence
