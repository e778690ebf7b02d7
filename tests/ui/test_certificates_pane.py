"""The Certificates pane as a signatory and a technician use it: issue with the e-signature,
preview, PDF, label, amendment, a work order's batch with progress and cancel, and checking a
copy (issue 7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from lab.certificates.demo import _calibrate, load_demo_calibrations
from lab.permissions import LabUser
from lab.storage.models import Device, WorkOrder
from lab.users import DEMO_USERS, find_user, lab_user
from ui.context import PaneContext
from ui.panes.certificates import CertificatesPane

SIGNATORY, TECHNICIAN = "chi.ttm", "an.nv"


def password_of(name: str) -> str:
    return next(p for _, user, _, p, _ in DEMO_USERS if user == name)


def user(database, name: str) -> LabUser:
    with database.read_session() as session:
        return lab_user(find_user(session, name))


@pytest.fixture
def lab(demo_db):
    with demo_db.session(reason="demo calibrations") as session:
        load_demo_calibrations(session)
    return demo_db


def pane_for(qtbot, database, name: str) -> CertificatesPane:
    pane = CertificatesPane(PaneContext(database=database, user=user(database, name)))
    qtbot.addWidget(pane)
    return pane


def issue_first(pane: CertificatesPane):
    pane.password.setText(password_of(SIGNATORY))
    return pane.issue_selected()


def pdf_text(path: Path) -> str:
    """The PDF's words, one space apart (pypdf puts tabs between the words a renderer placed)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_a_signatory_issues_from_the_pane_and_the_certificate_leaves_the_waiting_list(qtbot, lab):
    pane = pane_for(qtbot, lab, SIGNATORY)
    waiting = pane.waiting_table.rowCount()
    assert waiting == 2 and pane.issue_button.isEnabled()
    issued = issue_first(pane)
    assert issued is not None and issued.number.startswith("GCN-")
    assert pane.waiting_table.rowCount() == waiting - 1
    assert pane.issued_table.item(0, 0).text() == issued.number
    assert issued.number in pane.message.text()
    assert pane.password.text() == ""  # the password never stays in the field
    assert pane.work_order.currentText() == issued.work_order  # the batch box follows it


def test_a_technician_cannot_issue_and_a_wrong_password_issues_nothing(qtbot, lab):
    technician = pane_for(qtbot, lab, TECHNICIAN)
    assert not technician.issue_button.isEnabled()
    technician.password.setText(password_of(TECHNICIAN))
    assert technician.issue_selected() is None
    assert "may not issue certificates" in technician.message.text()
    signatory = pane_for(qtbot, lab, SIGNATORY)
    signatory.password.setText("not the password")
    assert signatory.issue_selected() is None
    assert signatory.message.text()
    signatory.reload()
    assert signatory.issued_table.rowCount() == 0 and signatory.waiting_table.rowCount() == 2


def test_the_saved_pdf_and_label_are_the_issued_certificate_and_check_as_genuine(
    qtbot, lab, tmp_path
):
    pane = pane_for(qtbot, lab, SIGNATORY)
    issued = issue_first(pane)
    pane.language.setCurrentIndex(0)  # Vietnamese and English side by side
    saved = pane.save_pdf(str(tmp_path / "cert.pdf"))
    text = pdf_text(saved)
    assert issued.number in text and "giấy chứng nhận hiệu chuẩn" in text.lower()
    assert "calibration certificate" in text.lower()
    assert pane.verify(str(saved)) == "genuine"
    assert "genuine" in pane.verdict.text().lower()
    label = pane.save_label(str(tmp_path / "label.pdf"))
    page = PdfReader(str(label)).pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    assert round(width_mm) == 50 and issued.number in page.extract_text().replace("\t", " ")


def test_an_amendment_from_the_pane_supersedes_the_revision_a_customer_holds(qtbot, lab):
    pane = pane_for(qtbot, lab, SIGNATORY)
    first = issue_first(pane)
    amended = pane.amend(first.number, "Serial number misprinted", password_of(SIGNATORY))
    assert amended is not None and amended.revision == 2
    statuses = {
        pane.issued_table.item(y, 1).text(): pane.issued_table.item(y, 6).text()
        for y in range(pane.issued_table.rowCount())
    }
    assert statuses == {"2": "current", "1": "superseded"}
    assert pane.verify(first.qr_text) == "superseded"
    assert pane.verify(amended.qr_text) == "genuine"
    tampered = first.qr_text[:-4] + ("0000" if not first.qr_text.endswith("0000") else "1111")
    assert pane.verify(tampered) == "not genuine"


def test_an_amendment_needs_a_reason(qtbot, lab):
    pane = pane_for(qtbot, lab, SIGNATORY)
    first = issue_first(pane)
    assert pane.amend(first.number, "   ", password_of(SIGNATORY)) is None
    assert pane.message.text()
    pane.reload()
    assert pane.issued_table.rowCount() == 1


@pytest.fixture
def work_order_of_six(lab):
    """Six issued certificates on one work order (six multimeters of one customer)."""
    with lab.session(reason="six calibrations") as session:
        first = session.scalars(select(Device).where(Device.kind == "multimeter")).first()
        lab_ids = session.scalars(
            select(Device.lab_id).where(
                Device.kind == "multimeter",
                Device.work_order_id == first.work_order_id,
                Device.accuracy.is_not(None),
            )
        ).all()[:6]
        ids = [_calibrate(session, lab_id, date.today(), conformity=False) for lab_id in lab_ids]
        number = session.get(WorkOrder, first.work_order_id).number
    signatory = user(lab, SIGNATORY)
    from lab.certificates.issuing import issue_certificate

    for calibration_id in ids:
        with lab.session(actor=signatory) as session:
            issue_certificate(session, signatory, password_of(SIGNATORY), calibration_id)
    assert len(ids) == 6
    return number


def test_a_work_orders_certificates_are_saved_in_one_go_with_progress(
    qtbot, lab, work_order_of_six, tmp_path
):
    pane = pane_for(qtbot, lab, SIGNATORY)
    pane.work_order.setCurrentText(work_order_of_six)
    seen = []
    pane.export_batch(str(tmp_path / "out"))
    pane.batch_task.progress.connect(lambda done, total, _n: seen.append((done, total)))
    assert pane.cancel_button.isVisibleTo(pane)
    qtbot.waitUntil(lambda: not pane.batch_task.running, timeout=60_000)
    files = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(files) == 6 and seen[-1] == (6, 6)
    assert all(pane.verify(str(f)) == "genuine" for f in files)
    assert "6" in pane.message.text() and work_order_of_six in pane.message.text()
    assert not pane.cancel_button.isVisibleTo(pane)


def test_a_cancelled_batch_leaves_only_complete_certificates(
    qtbot, lab, work_order_of_six, tmp_path
):
    pane = pane_for(qtbot, lab, SIGNATORY)
    pane.work_order.setCurrentText(work_order_of_six)
    pane.export_batch(str(tmp_path / "out"))
    # Cancel as soon as the first certificate is under way: the worker stops before the next.
    pane.batch_task.progress.connect(lambda *_: pane.cancel_batch())
    qtbot.waitUntil(lambda: not pane.batch_task.running, timeout=60_000)
    folder = tmp_path / "out"
    files = sorted(folder.glob("*.pdf"))
    assert len(files) < 6
    assert [p.name for p in folder.iterdir() if p.suffix != ".pdf"] == []  # no partial files
    assert all(len(PdfReader(str(f)).pages) >= 1 for f in files)
    assert "Cancelled" in pane.message.text()


def test_a_work_order_without_certificates_is_refused_in_a_sentence(qtbot, lab, tmp_path):
    pane = pane_for(qtbot, lab, SIGNATORY)
    with lab.read_session() as session:
        existing = session.scalars(select(WorkOrder.number)).first()
    for number, sentence in (
        (existing, "has no issued certificate"),
        ("WO26-NOPE-0001", "There is no work order WO26-NOPE-0001."),
    ):
        pane.work_order.setCurrentText(number)
        pane.export_batch(str(tmp_path / "out"))
        qtbot.waitUntil(lambda: not pane.batch_task.running, timeout=10_000)
        assert sentence in pane.message.text()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_refusals_and_verdicts_are_said_in_vietnamese(qtbot, lab, tmp_path, vietnamese):
    technician = pane_for(qtbot, lab, TECHNICIAN)
    technician.password.setText(password_of(TECHNICIAN))
    assert technician.issue_selected() is None
    assert technician.message.text() == (
        "an.nv không được phép ban hành giấy chứng nhận: vai trò kỹ thuật viên không có quyền "
        '"ban hành giấy chứng nhận".'
    )
    signatory = pane_for(qtbot, lab, SIGNATORY)
    first = issue_first(signatory)
    assert signatory.amend(first.number, "  ", password_of(SIGNATORY)) is None
    assert signatory.message.text() == (
        "Việc sửa đổi phải nêu lý do (ISO/IEC 17025 7.8.8); hãy ghi lý do."
    )
    assert signatory.verify(first.qr_text) == "genuine"
    assert signatory.verdict.text().startswith(f"Hợp lệ: {first.number} lần ban hành 1, do ")
    assert signatory.verify("CALDESK-GCN|GCN-26-NOPE|1|" + "0" * 64) == "not genuine"
    assert signatory.verdict.text() == (
        "Không hợp lệ: Hồ sơ của máy trạm này không có giấy chứng nhận GCN-26-NOPE."
    )
    signatory.work_order.setCurrentText("WO26-NOPE-0001")
    signatory.export_batch(str(tmp_path / "out"))
    qtbot.waitUntil(lambda: not signatory.batch_task.running, timeout=10_000)
    assert signatory.message.text() == "Không có phiếu tiếp nhận WO26-NOPE-0001."
    signatory.resize(1100, 760)
    signatory.grab().save("/tmp/vi_certificates_pane.png")
