"""Standards: the lab's reference standards, whether each may be used today and why not, and the
calibrations that used one between two dates (issue 6, item 2; ISO/IEC 17025 6.4, 7.10)."""

from __future__ import annotations

import logging
from datetime import date

from lab.calibration.standards import StandardRefused, calibrations_using, list_standards
from ui.context import PaneContext
from ui.i18n import say, say_why
from ui.names import standard_role_name
from ui.qt import (
    QBrush,
    QColor,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.tables import list_table

log = logging.getLogger(__name__)

STATUS_COLOURS = {"valid": "#dff0d8", "due soon": "#fcf8e3", "expired": "#f2dede"}


class StandardsPane(QWidget):
    def __init__(self, context: PaneContext) -> None:
        super().__init__()
        self.db = context.database
        self.rows = []
        self.table = list_table(
            [
                self.tr("Code"),
                self.tr("Status"),
                self.tr("Valid until"),
                self.tr("Standard"),
                self.tr("Used as"),
                self.tr("Certificate"),
                self.tr("Calibrated by"),
            ]
        )
        self.table.currentCellChanged.connect(lambda row, *_: self._show_reason(row))
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.since.setDate(today.addYears(-1))
        self.until.setDate(today)
        self.find_button = QPushButton(self.tr("Calibrations that used it"))
        self.find_button.clicked.connect(self.show_uses)
        self.uses = list_table(
            [self.tr("Started"), self.tr("Device"), self.tr("Procedure"), self.tr("State")]
        )
        self.uses_summary = QLabel()
        self._lay_out()
        self.reload()

    def _lay_out(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.until)
        dates.addWidget(self.find_button)
        dates.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + self.tr("Reference standards") + "</h3>"))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.reason)
        layout.addWidget(QLabel("<b>" + self.tr("Reverse traceability") + "</b>"))
        layout.addLayout(dates)
        layout.addWidget(self.uses, 1)
        layout.addWidget(self.uses_summary)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - a certificate may have changed
        self.reload()
        super().showEvent(event)

    def status_text(self, status: str) -> str:
        return {
            "valid": self.tr("valid"),
            "due soon": self.tr("due soon"),
            "expired": self.tr("expired: cannot be used"),
        }[status]

    def reload(self) -> None:
        with self.db.read_session() as session:
            self.rows = list_standards(session)
        self.table.setRowCount(len(self.rows))
        for y, s in enumerate(self.rows):
            values = (
                s.code, self.status_text(s.status), s.valid_until.isoformat(), s.name,
                standard_role_name(s.role),
                s.certificate_number, s.calibrated_by,
            )  # fmt: skip
            brush = QBrush(QColor(STATUS_COLOURS[s.status]))
            for x, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(brush)
                self.table.setItem(y, x, item)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
            self._show_reason(0)

    def _show_reason(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.reason.setText(say(self.rows[row].sentence))

    def selected_code(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].code if 0 <= row < len(self.rows) else None

    def show_uses(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        start, end = _date(self.since.date()), _date(self.until.date())
        try:
            with self.db.read_session() as session:
                uses = calibrations_using(session, code, start, end)
        except StandardRefused as exc:
            self.uses_summary.setText(say_why(exc))
            return
        self.uses.setRowCount(len(uses))
        for y, u in enumerate(uses):
            started = u["started_at"][:16].replace("T", " ")
            for x, value in enumerate((started, u["device"], u["procedure"], u["state"])):
                self.uses.setItem(y, x, QTableWidgetItem(value))
        self.uses.resizeColumnsToContents()
        self.uses_summary.setText(
            self.tr("%n calibration(s) used %1 between %2 and %3.", "", len(uses))
            .replace("%1", code)
            .replace("%2", start.isoformat())
            .replace("%3", end.isoformat())
        )


def _date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
