"""Importing a customer's device list: choose the file, check the column mapping in a preview,
validate, import on a worker with progress and cancel, then read the report and save the
rejected rows as a file ready to fix and import again.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from lab.importing import (
    FIELDS,
    ColumnMapping,
    SourceTable,
    UnusableFile,
    find_header,
    read_table,
    write_error_file,
)
from lab.intake import ImportCancelled, ImportReport, import_device_list
from lab.permissions import PermissionDenied
from lab.register import list_customers
from ui.context import PaneContext
from ui.i18n import say, say_why
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.workers import Task, TaskFailure, run_task

log = logging.getLogger(__name__)

PREVIEW_ROWS = 30
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a device list"))
        self.resize(1000, 720)
        self.context = context
        self.db = context.database
        self.table: SourceTable | None = None
        self.mapping: ColumnMapping | None = None
        self.report: ImportReport | None = None
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_source_row())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.detail_button = QPushButton(self.tr("Details…"))
        self.detail_button.clicked.connect(self._show_detail)
        self.detail_button.hide()
        self._detail = ""
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.detail_button)
        layout.addLayout(message_row)
        layout.addWidget(QLabel(self.tr("Columns: check what each column of the file holds")))
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Imported as")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel(self.tr("Preview")))
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview, 2)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Reason")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().setVisible(False)
        self.problems.hide()
        layout.addWidget(self.problems, 2)
        layout.addLayout(self._build_buttons())
        self._update_buttons()

    # --- building ----------------------------------------------------------------------------

    def _build_source_row(self) -> QFormLayout:
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self._choose_file)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("File"), file_row)
        self.customer_combo = QComboBox()
        self.customer_combo.setEditable(True)
        self.customer_combo.lineEdit().setPlaceholderText(self.tr("Customer name"))
        with self.db.read_session() as session:
            for customer in list_customers(session):
                self.customer_combo.addItem(customer.name)
        self.customer_combo.setCurrentIndex(-1)
        self.customer_combo.editTextChanged.connect(lambda _: self._update_buttons())
        form.addRow(self.tr("Customer"), self.customer_combo)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.save_errors_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_errors_button.clicked.connect(self._save_errors)
        self.save_errors_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.progress, 1)
        for button in (
            self.save_errors_button,
            self.check_button,
            self.import_button,
            self.cancel_button,
            self.close_button,
        ):
            row.addWidget(button)
        return row

    # --- the file ------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        folder = self.context.settings.last_import_folder if self.context.settings else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Device list"),
            folder,
            self.tr("Device lists (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if name:
            if self.context.settings:
                self.context.settings.last_import_folder = str(Path(name).parent)
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        """Read ``path`` and show its columns and first rows; False with a sentence if unusable."""
        self.file_edit.setText(str(path))
        self.report = None
        self.problems.hide()
        self.save_errors_button.hide()
        try:
            self.table = read_table(path)
            self.mapping = find_header(self.table)
        except UnusableFile as exc:
            self.table = self.mapping = None
            self._say(say_why(exc), error=True)
            self.mapping_table.setRowCount(0)
            self.preview.clear()
            self._update_buttons()
            return False
        self._fill_mapping()
        self._fill_preview()
        where = self.table.sheet or self.table.encoding or ""
        self._say(
            self.tr("Header found on line %1 (%2). Check the columns, then Check or Import.")
            .replace("%1", str(self.mapping.header_line))
            .replace("%2", where)
        )
        self._update_buttons()
        return True

    def _fill_mapping(self) -> None:
        headers = self.mapping.headers
        first = self._first_data_row()
        field_of = {column: field for field, column in self.mapping.columns.items()}
        self.mapping_table.setRowCount(len(headers))
        for column, header in enumerate(headers):
            self.mapping_table.setItem(column, 0, _item(header))
            sample = first[column] if first and column < len(first) else ""
            self.mapping_table.setItem(column, 1, _item(sample))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for field in FIELDS:
                combo.addItem(self._field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(field_of.get(column)), 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self.remap(c, box.currentData())
            )
            self.mapping_table.setCellWidget(column, 2, combo)

    def _first_data_row(self) -> tuple[str, ...] | None:
        """The first row under the header that looks like a device: values in at least half of
        the mapped columns (not a section heading), and not the "(1) (2) (3)…" row that numbers
        the columns of many Vietnamese forms."""
        mapped = set(self.mapping.columns.values())
        for row in self.table.rows:
            filled = [c.strip() for c in row.cells if c.strip()]
            in_mapped = sum(1 for i in mapped if i < len(row.cells) and row.cells[i].strip())
            if row.line <= self.mapping.header_line or in_mapped * 2 < len(mapped):
                continue
            if sum(bool(_COLUMN_NUMBER.match(c)) for c in filled) * 2 < len(filled):
                return row.cells
        return None

    def _fill_preview(self) -> None:
        rows = [r for r in self.table.rows if r.line > self.mapping.header_line][:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(self.mapping.headers))
        self.preview.setHorizontalHeaderLabels(list(self.mapping.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(r.line) for r in rows])
        for y, row in enumerate(rows):
            for x, cell in enumerate(row.cells[: len(self.mapping.headers)]):
                self.preview.setItem(y, x, _item(cell))

    def remap(self, column: int, field: str | None) -> None:
        """The user says column ``column`` holds ``field`` (None: not imported)."""
        for other_field, other_column in list(self.mapping.columns.items()):
            if other_column == column:
                self.mapping = self.mapping.with_column(other_field, None)
        if field is not None:
            self.mapping = self.mapping.with_column(field, column)
        self.report = None
        self._update_buttons()

    def _field_label(self, field: str) -> str:
        labels = {
            "name": self.tr("Device name"),
            "kind": self.tr("Kind of device"),
            "manufacturer": self.tr("Manufacturer"),
            "model": self.tr("Model"),
            "serial": self.tr("Serial number"),
            "asset_tag": self.tr("Asset tag"),
            "range": self.tr("Range (min–max unit)"),
            "range_min": self.tr("Range minimum"),
            "range_max": self.tr("Range maximum"),
            "unit": self.tr("Unit"),
            "resolution": self.tr("Resolution"),
            "accuracy": self.tr("Accuracy / class"),
            "interval_months": self.tr("Calibration interval"),
            "last_calibrated": self.tr("Last calibration date"),
            "location": self.tr("Location"),
            "notes": self.tr("Notes"),
        }
        return labels.get(field, field)

    # --- running -------------------------------------------------------------------------------

    def customer_name(self) -> str:
        return self.customer_combo.currentText().strip()

    def start(self, *, dry_run: bool) -> None:
        if self.table is None or not self.customer_name():
            return
        path, mapping, customer = self.table.path, self.mapping, self.customer_name()
        # What the preview read and a check made of it are used again while the file is
        # unchanged (lab.intake.read_device_list): the list is read and checked once.
        table = self.table
        checked = self.report.parsed if self.report and self.report.dry_run else None
        db, user = self.db, self.context.user
        actor = user.name if user else None
        reason = f"import of {path.name} for {customer}"

        def work(control):  # noqa: ANN001, ANN202 - runs on a worker thread, own session
            session_scope = db.read_session() if dry_run else db.session(actor=actor, reason=reason)
            with session_scope as session:
                return import_device_list(
                    session,
                    path,
                    customer,
                    mapping=mapping,
                    table=table,
                    checked=checked,
                    dry_run=dry_run,
                    user=user,
                    progress=control.progress,
                    cancelled=lambda: control.cancelled,
                )

        self.progress.setValue(0)
        self.progress.show()
        self.task = run_task(
            work,
            on_success=self._finished,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            parent=self,
        )
        self.task.progress.connect(lambda done, total, _msg: self.progress.setValue(done))
        self._update_buttons()

    def _cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        else:
            self.reject()

    def _finished(self, report: ImportReport) -> None:
        self.task = None
        self.report = report
        self.progress.setValue(100)
        self._show_report(report)
        if not report.dry_run and (report.imported or report.updated or report.work_order):
            self.imported.emit()
        self._update_buttons()

    def _failed(self, failure: TaskFailure) -> None:
        self.task = None
        self.progress.hide()
        if isinstance(failure.error, ImportCancelled | UnusableFile | PermissionDenied):
            self._say(say_why(failure.error), error=True)
        else:
            self._say(
                self.tr("The import failed and the register is unchanged: %1").replace(
                    "%1", str(failure.error)
                ),
                error=True,
                detail=failure.detail,
            )
        self._update_buttons()

    def _cancelled(self) -> None:
        self.task = None
        self.progress.hide()
        self._say(self.tr("Import cancelled; the register is unchanged."), error=True)
        self._update_buttons()

    def _show_report(self, report: ImportReport) -> None:
        if report.dry_run:
            text = self.tr("Check: %1 new, %2 to update, %3 unchanged, %4 rejected.")
        elif report.work_order:
            text = self.tr(
                "Imported %1, updated %2, unchanged %3, rejected %4. Work order %5."
            ).replace("%5", report.work_order)
        else:
            text = self.tr(
                "Nothing changed: this file was already taken in as %5 "
                "(%1 new, %2 updated, %3 unchanged, %4 rejected)."
            ).replace("%5", report.repeat_of or "")
        for n, value in enumerate(
            (report.imported, report.updated, report.unchanged, report.rejected), start=1
        ):
            text = text.replace(f"%{n}", str(value))
        self._say(text, error=bool(report.rejected))
        self.problems.setRowCount(len(report.problems))
        for y, p in enumerate(report.problems):
            for x, value in enumerate((str(p.line), say(p.column), p.value, say(p.reason))):
                self.problems.setItem(y, x, _item(value))
        self.problems.resizeColumnsToContents()
        self.problems.setVisible(bool(report.problems))
        self.save_errors_button.setVisible(bool(report.problems))

    def _save_errors(self) -> None:
        if self.report is None or not self.report.problems:
            return
        suggested = self.table.path.with_name(self.table.path.stem + "_loi.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rejected rows"),
            str(suggested),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if name:
            self.save_error_file(Path(name))

    def save_error_file(self, path: Path) -> Path:
        # The reasons in the file are in the language the technician read them in here.
        written = write_error_file(path, self.table, self.mapping, self.report.problems, say)
        self._say(
            self.tr("Rejected rows saved to %1: fix them there and import that file.").replace(
                "%1", str(written)
            )
        )
        return written

    # --- state ---------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        ready = self.table is not None and bool(self.customer_name()) and not busy
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.choose_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Cancel import") if busy else self.tr("Cancel"))
        if not busy and self.report is None:
            self.progress.hide()

    def _say(self, text: str, *, error: bool = False, detail: str = "") -> None:
        colour = "#a4000f" if error else "#1d5e20"
        self.message.setText(f'<span style="color:{colour}">{_escape(text)}</span>')
        self._detail = detail
        self.detail_button.setVisible(bool(detail))

    def _show_detail(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Details"),
            self.message.text(),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setDetailedText(self._detail)
        box.exec()


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
