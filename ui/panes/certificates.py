"""Certificates: approved calibrations waiting for their certificate, issuing (the signatory's
e-signed act), the issued certificates with their revisions, preview, print, PDF, labels,
amendments, a work order's batch and checking a paper copy (issue 7).

What a certificate says is assembled in ``lab/certificates``; this pane only asks for it and hands
it to the one renderer (:mod:`ui.certificates.render`) that draws previews, PDFs and printed pages.
"""

from __future__ import annotations

import logging
from pathlib import Path

from lab.calibration.runs import CalibrationRefused
from lab.certificates.assemble import CertificateRefused
from lab.certificates.issuing import (
    IssuedRevision,
    amend_certificate,
    awaiting_issue,
    issue_certificate,
    list_certificates,
    preview_content,
)
from lab.certificates.verification import VerificationUnusable, verify_certificate
from lab.permissions import GRANTS, Permission, PermissionDenied, Role
from lab.signatures import SignatureRefused
from lab.work_orders import list_work_orders
from ui.certificate_batch import (
    BatchDone,
    BatchRefused,
    export_work_order,
    file_name,
    print_revisions,
    print_work_order,
)
from ui.certificates.labels import render_labels
from ui.certificates.printing import certificate_printer, preview_dialog
from ui.certificates.render import CertificateRenderError, render_pdf
from ui.context import PaneContext
from ui.i18n import say, say_why
from ui.login import message_label, password_field, show_message
from ui.qt import (
    QBrush,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPrintDialog,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.tables import list_table
from ui.workers import TaskFailure, run_task

log = logging.getLogger(__name__)

# What the certificate is printed in: both languages side by side is the lab's default.
LANGUAGES = (("both", "Tiếng Việt + English"), ("vi", "Tiếng Việt"), ("en", "English"))
REFUSALS = (CertificateRefused, CalibrationRefused, PermissionDenied, SignatureRefused, ValueError)
SUPERSEDED_COLOUR = "#eeeeee"


class CertificatesPane(QWidget):
    def __init__(self, context: PaneContext) -> None:
        super().__init__()
        self.db, self.user = context.database, context.user
        self.waiting: list[dict] = []
        self.issued: list[IssuedRevision] = []
        self.batch_task = None
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.message = message_label(self)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._waiting_box())
        splitter.addWidget(self._issued_box())
        bottom = QHBoxLayout()
        bottom.addWidget(self._batch_box(), 2)
        bottom.addWidget(self._verify_box(), 1)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h3>" + self.tr("Certificates") + "</h3>"), 1)
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.reload()

    # --- building -----------------------------------------------------------------------------

    def _waiting_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Approved calibrations waiting for a certificate"))
        self.waiting_table = list_table(
            [
                self.tr("Device"),
                self.tr("Procedure"),
                self.tr("Approved by"),
                self.tr("Calibration"),
            ]
        )
        self.password = password_field(self)
        self.preview_draft_button = QPushButton(self.tr("Preview"))
        self.preview_draft_button.clicked.connect(self.preview_draft)
        self.issue_button = QPushButton(self.tr("Sign and issue"))
        self.issue_button.clicked.connect(self.issue_selected)
        self.password.returnPressed.connect(self.issue_selected)
        # The signing scope is checked per calibration when signing; the role decides here.
        may_issue = self.user is not None and Permission.ISSUE in GRANTS.get(
            Role(self.user.role), frozenset()
        )
        self.issue_button.setEnabled(may_issue)
        if not may_issue:
            self.issue_button.setToolTip(self.tr("Only a signatory issues certificates."))
        row = QHBoxLayout()
        row.addWidget(self.preview_draft_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Your password")))
        row.addWidget(self.password)
        row.addWidget(self.issue_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.waiting_table)
        layout.addLayout(row)
        return box

    def _issued_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Issued certificates"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Certificate number, lab ID or customer"))
        self.search.returnPressed.connect(self.reload)
        self.issued_table = list_table(
            [
                self.tr("Certificate"),
                self.tr("Revision"),
                self.tr("Device"),
                self.tr("Work order"),
                self.tr("Issued"),
                self.tr("Issued by"),
                self.tr("Status"),
            ]
        )
        self.issued_table.currentCellChanged.connect(lambda row, *_: self._follow_work_order(row))
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Preview"), self.preview_issued),
            (self.tr("Print…"), self.print_issued),
            (self.tr("Save PDF…"), self.save_pdf),
            (self.tr("Label PDF…"), self.save_label),
            (self.tr("Amend…"), self.amend_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.search)
        layout.addWidget(self.issued_table)
        layout.addLayout(buttons)
        return box

    def _batch_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("A work order's certificates"))
        self.work_order = QComboBox()
        self.work_order.setEditable(True)
        self.export_button = QPushButton(self.tr("Save all as PDF…"))
        self.export_button.clicked.connect(self.export_batch)
        self.print_all_button = QPushButton(self.tr("Print all…"))
        self.print_all_button.clicked.connect(self.print_batch)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_batch)
        row = QHBoxLayout()
        row.addWidget(self.work_order, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.print_all_button)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.cancel_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addLayout(progress)
        return box

    def _verify_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check a certificate"))
        self.verify_text = QLineEdit()
        self.verify_text.setPlaceholderText(self.tr("Text of the QR code"))
        self.verify_text.returnPressed.connect(lambda: self.verify(self.verify_text.text()))
        check = QPushButton(self.tr("Check"))
        check.clicked.connect(lambda: self.verify(self.verify_text.text()))
        open_pdf = QPushButton(self.tr("Check a PDF…"))
        open_pdf.clicked.connect(self.verify_pdf)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.verify_text, 1)
        row.addWidget(check)
        row.addWidget(open_pdf)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        return box

    # --- lists --------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - approvals happen in other panes
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        with self.db.read_session() as session:
            self.waiting = awaiting_issue(session)
            self.issued = list_certificates(session, text=self.search.text().strip())
            orders = [wo.number for wo in list_work_orders(session)]
        self._fill_waiting()
        self._fill_issued()
        current = self.work_order.currentText()
        self.work_order.clear()
        self.work_order.addItems(orders)
        if current:
            self.work_order.setCurrentText(current)

    def _fill_waiting(self) -> None:
        self.waiting_table.setRowCount(len(self.waiting))
        for y, row in enumerate(self.waiting):
            values = (row["lab_id"], row["procedure"], row["approved_by"], row["calibration"])
            for x, value in enumerate(values):
                self.waiting_table.setItem(y, x, QTableWidgetItem(str(value or "")))
        self.waiting_table.resizeColumnsToContents()
        if self.waiting:
            self.waiting_table.selectRow(0)

    def _fill_issued(self) -> None:
        self.issued_table.setRowCount(len(self.issued))
        current, superseded = self.tr("current"), self.tr("superseded")
        for y, rev in enumerate(self.issued):
            values = (
                rev.number,
                str(rev.revision),
                rev.lab_id,
                rev.work_order or "",
                rev.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                rev.issued_by,
                superseded if rev.superseded else current,
            )
            for x, value in enumerate(values):
                item = QTableWidgetItem(value)
                if rev.superseded:
                    item.setBackground(QBrush(QColor(SUPERSEDED_COLOUR)))
                self.issued_table.setItem(y, x, item)
        self.issued_table.resizeColumnsToContents()
        if self.issued:
            self.issued_table.selectRow(0)

    def _follow_work_order(self, row: int) -> None:
        """The batch box offers the work order of the certificate in hand."""
        if 0 <= row < len(self.issued) and self.issued[row].work_order:
            self.work_order.setCurrentText(self.issued[row].work_order)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def _selected_waiting(self) -> dict | None:
        row = self.waiting_table.currentRow()
        return self.waiting[row] if 0 <= row < len(self.waiting) else None

    def _selected_issued(self) -> IssuedRevision | None:
        row = self.issued_table.currentRow()
        if not 0 <= row < len(self.issued):
            show_message(self.message, self.tr("Choose an issued certificate first."))
            return None
        return self.issued[row]

    # --- issuing ------------------------------------------------------------------------------

    def preview_draft(self) -> None:
        chosen = self._selected_waiting()
        if chosen is None:
            return
        try:
            with self.db.read_session() as session:
                content = preview_content(session, chosen["calibration"])
        except REFUSALS as exc:
            show_message(self.message, say_why(exc))
            return
        preview_dialog(self, content, None, self.chosen_language()).exec()

    def issue_selected(self) -> IssuedRevision | None:
        chosen = self._selected_waiting()
        if chosen is None:
            show_message(self.message, self.tr("No approved calibration is waiting."))
            return None
        password = self.password.text()
        self.password.clear()
        try:
            reason = f"issue certificate for {chosen['lab_id']}"
            with self.db.session(actor=self.user, reason=reason) as session:
                issued = issue_certificate(session, self.user, password, chosen["calibration"])
        except REFUSALS as exc:
            show_message(self.message, say_why(exc))
            return None
        show_message(
            self.message,
            self.tr("Certificate %1 issued for %2.")
            .replace("%1", issued.number)
            .replace("%2", issued.lab_id),
        )
        self.reload()
        return issued

    def amend_selected(self) -> IssuedRevision | None:
        revision = self._selected_issued()
        if revision is None:
            return None
        if revision.superseded:
            show_message(self.message, self.tr("Amend the current revision, not a superseded one."))
            return None
        dialog = AmendDialog(revision, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.amend(revision.number, dialog.reason(), dialog.password_text())

    def amend(self, number: str, reason: str, password: str) -> IssuedRevision | None:
        try:
            with self.db.session(actor=self.user, reason=f"amend {number}: {reason}") as session:
                amended = amend_certificate(session, self.user, password, number, reason)
        except REFUSALS as exc:
            show_message(self.message, say_why(exc))
            return None
        show_message(
            self.message,
            self.tr("Revision %1 of %2 issued; it supersedes revision %3.")
            .replace("%1", str(amended.revision))
            .replace("%2", amended.number)
            .replace("%3", str(amended.revision - 1)),
        )
        self.reload()
        return amended

    # --- output -------------------------------------------------------------------------------

    def preview_issued(self) -> None:
        revision = self._selected_issued()
        if revision is not None:
            preview_dialog(self, revision.content, revision.qr_text, self.chosen_language()).exec()

    def print_issued(self) -> None:
        revision = self._selected_issued()
        if revision is None:
            return
        printer = certificate_printer()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self._run_batch_like(
            lambda control: _print_one(printer, revision, self.chosen_language(), control),
            self.tr("Printing %1…").replace("%1", revision.number),
        )

    def save_pdf(self, path: str | None = None) -> Path | None:
        revision = self._selected_issued()
        if revision is None:
            return None
        language = self.chosen_language()
        return self._save_file(
            path,
            self.tr("Save certificate as PDF"),
            file_name(revision),
            lambda target: render_pdf(revision.content, revision.qr_text, target, language),
        )

    def save_label(self, path: str | None = None) -> Path | None:
        revision = self._selected_issued()
        if revision is None:
            return None
        return self._save_file(
            path,
            self.tr("Save calibration label as PDF"),
            f"tem-{file_name(revision)}",
            lambda target: render_labels([revision], target),
        )

    def _save_file(self, path: str | None, title: str, suggested: str, write) -> Path | None:  # noqa: ANN001
        """Ask where (unless ``path`` is given), write, and say in a sentence what happened."""
        target = path or QFileDialog.getSaveFileName(self, title, suggested, "PDF (*.pdf)")[0]
        if not target:
            return None
        try:
            write(Path(target))
        except (CertificateRenderError, OSError) as exc:
            show_message(
                self.message,
                self.tr("Could not write %1: %2").replace("%1", target).replace("%2", str(exc)),
            )
            return None
        show_message(self.message, self.tr("Saved %1.").replace("%1", target))
        return Path(target)

    # --- a work order's batch -----------------------------------------------------------------

    def export_batch(self, folder: str | None = None) -> None:
        work_order = self.work_order.currentText().strip()
        target = folder or QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the certificates of %1").replace("%1", work_order)
        )
        if not target or not work_order:
            return
        language, db = self.chosen_language(), self.db
        self._run_batch_like(
            lambda control: export_work_order(db, work_order, Path(target), language, control),
            self.tr("Saving the certificates of %1…").replace("%1", work_order),
        )

    def print_batch(self) -> None:
        work_order = self.work_order.currentText().strip()
        if not work_order:
            return
        printer = certificate_printer()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        language, db = self.chosen_language(), self.db
        self._run_batch_like(
            lambda control: print_work_order(db, work_order, printer, language, control),
            self.tr("Printing the certificates of %1…").replace("%1", work_order),
        )

    def _run_batch_like(self, fn, started: str) -> None:  # noqa: ANN001
        if self.batch_task is not None and self.batch_task.running:
            show_message(self.message, self.tr("A batch is already running; wait or cancel it."))
            return
        show_message(self.message, started)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        for button in (self.export_button, self.print_all_button):
            button.setEnabled(False)
        self.batch_task = run_task(
            fn,
            on_success=self._batch_done,
            on_failure=self._batch_failed,
            on_cancelled=self._batch_cancelled,
            parent=self,
        )
        self.batch_task.progress.connect(self._batch_progress)
        self.batch_task.finished.connect(self._batch_finished)

    def cancel_batch(self) -> None:
        if self.batch_task is not None:
            self.batch_task.cancel()

    def _batch_progress(self, done: int, total: int, number: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"%v / %m  {number}")

    def _batch_done(self, result: BatchDone | None) -> None:
        if isinstance(result, BatchDone) and result.files:
            folder = str(Path(result.files[0]).parent)
            text = (
                self.tr("%1 certificates of %2 saved in %3.")
                .replace("%1", str(result.count))
                .replace("%2", result.work_order)
                .replace("%3", folder)
            )
        elif isinstance(result, BatchDone):
            text = (
                self.tr("%1 certificates of %2 sent to the printer.")
                .replace("%1", str(result.count))
                .replace("%2", result.work_order)
            )
        else:
            text = self.tr("Sent to the printer.")
        show_message(self.message, text)

    def _batch_failed(self, failure: TaskFailure) -> None:
        error = failure.error
        if isinstance(error, (BatchRefused, CertificateRefused, OSError)):
            show_message(self.message, say_why(error))
        else:
            show_message(
                self.message,
                self.tr("The batch stopped: %1. Files already saved are complete.").replace(
                    "%1", say_why(error)
                ),
            )

    def _batch_cancelled(self) -> None:
        show_message(
            self.message,
            self.tr("Cancelled. The certificates saved before you cancelled are complete."),
        )

    def _batch_finished(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for button in (self.export_button, self.print_all_button):
            button.setEnabled(True)

    # --- checking a paper copy ----------------------------------------------------------------

    def verify_pdf(self) -> None:
        path = QFileDialog.getOpenFileName(
            self, self.tr("Certificate PDF to check"), "", "PDF (*.pdf)"
        )[0]
        if path:
            self.verify(path)

    def verify(self, given: str) -> str:
        given = given.strip()
        if not given:
            return ""
        try:
            with self.db.read_session() as session:
                result = verify_certificate(session, given)
        except VerificationUnusable as exc:
            self.verdict.setStyleSheet("color: #c62828; font-weight: bold;")
            self.verdict.setText(say_why(exc))
            return "unusable"
        colour = {"genuine": "#2e7d32", "superseded": "#b26a00"}.get(result.status, "#c62828")
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.verdict.setText(say(result.sentence))
        return result.status


def _print_one(printer, revision: IssuedRevision, language: str, control) -> BatchDone:  # noqa: ANN001
    print_revisions(printer, [revision], language, lambda *_: control.check())
    return BatchDone(revision.work_order or "", 1)


class AmendDialog(QDialog):
    """Why the certificate is amended (printed on the new revision, ISO/IEC 17025 7.8.8) and the
    signatory's password."""

    def __init__(self, revision: IssuedRevision, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend %1").replace("%1", revision.number))
        explanation = QLabel(
            self.tr(
                "An issued certificate is never edited. The amendment is a new revision, made "
                "from the records as they are now; it names revision %1 as superseded and prints "
                "the reason you give here."
            ).replace("%1", str(revision.revision))
        )
        explanation.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. The serial number was misprinted (was 12345, is 12346).")
        )
        self.password = password_field(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Your password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def password_text(self) -> str:
        return self.password.text()
