"""The review screen: calibrations waiting for a reviewer or a signatory, their results, and the
e-signature that moves them on (issue 6, items 4 and 6; signing per issue 5)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from lab.calibration.runs import (
    CalibrationRefused,
    approve,
    calibration_report,
    review,
    state_word,
)
from lab.permissions import PermissionDenied
from lab.signatures import Meaning, SignatureRefused
from ui.context import PaneContext
from ui.i18n import say, say_why, translate
from ui.login import message_label, password_field, show_message
from ui.panes.calibration_results import ResultsView
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.tables import list_table

log = logging.getLogger(__name__)


# The columns every list of calibrations has (context "CalibrationTable" for the translators);
# each list adds those that say something about its own calibrations.
LISTED_HEADERS = (
    QT_TRANSLATE_NOOP("CalibrationTable", "Started"),
    QT_TRANSLATE_NOOP("CalibrationTable", "Device"),
    QT_TRANSLATE_NOOP("CalibrationTable", "Procedure"),
    QT_TRANSLATE_NOOP("CalibrationTable", "Technician"),
)
REVIEW_HEADERS = (*LISTED_HEADERS, QT_TRANSLATE_NOOP("CalibrationTable", "State"))


def calibration_table(parent: QWidget, headers: tuple[str, ...]) -> QTableWidget:
    return list_table([translate("CalibrationTable", h) for h in headers], parent)


def listed_values(row: dict) -> tuple[str, ...]:
    """The values of :data:`LISTED_HEADERS` for one calibration of :func:`drafts`."""
    started = row["started_at"][:16].replace("T", " ")
    return (started, row["device"], row["procedure"], row["technician"])


def review_values(row: dict) -> tuple[str, ...]:
    return (*listed_values(row), say(state_word(row["state"])))


def fill_calibrations(
    table: QTableWidget, rows: list[dict], values: Callable[[dict], tuple[str, ...]]
) -> None:
    """One line per calibration, ``values`` giving its cells in the order of the table's
    headers."""
    table.setRowCount(len(rows))
    for y, row in enumerate(rows):
        for x, value in enumerate(values(row)):
            table.setItem(y, x, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    if rows:
        table.selectRow(0)


class ReviewScreen(QWidget):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.user = context.database, context.user
        self.rows: list[dict] = []
        self.table = calibration_table(self, REVIEW_HEADERS)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_selected(row))
        self.results = ResultsView()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.password = password_field(self)
        self.message = message_label(self)
        self.review_button = QPushButton(self.tr("Sign as reviewed"))
        self.review_button.clicked.connect(lambda: self.sign(Meaning.REVIEWED))
        self.approve_button = QPushButton(self.tr("Sign as approved"))
        self.approve_button.clicked.connect(lambda: self.sign(Meaning.APPROVED))
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.approve_button)
        form = QFormLayout()
        form.addRow(self.tr("Your password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Calibrations waiting for review or approval")))
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def show_waiting(self, rows: list[dict]) -> None:
        self.rows = rows
        fill_calibrations(self.table, rows, review_values)
        self.show_selected(self.table.currentRow())

    def selected(self) -> dict | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def show_selected(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            self.results.show_points([])
            self.details.setText(self.tr("Nothing waits for review or approval."))
            self.review_button.setEnabled(False)
            self.approve_button.setEnabled(False)
            return
        with self.db.read_session() as session:
            report = calibration_report(session, self.rows[row]["calibration"])
        self.results.show_points(report["points"])
        standard = report["standards"][0]
        env = report["environment"]
        self.details.setText(
            self.tr("%1, %2 v%3, by %4; %5 (certificate %6); room %7 °C, %8 %RH.")
            .replace("%1", report["device"]).replace("%2", report["procedure"])
            .replace("%3", str(report["procedure_version"])).replace("%4", report["technician"])
            .replace("%5", standard["code"]).replace("%6", standard["certificate_number"])
            .replace("%7", f"{env['temperature_c']:g}").replace("%8", f"{env['humidity_pct']:g}")
        )  # fmt: skip
        if report["adjustment"]:  # the reviewer sees what changed between the two sets
            adjustment = report["adjustment"]
            said = self.tr("Adjusted by %1 between the points as found and as left: %2")
            said = said.replace("%1", adjustment["by"]).replace("%2", adjustment["what"])
            self.details.setText(self.details.text() + " " + said)
        self.review_button.setEnabled(report["state"] == "measured")
        self.approve_button.setEnabled(report["state"] == "reviewed")

    def sign(self, meaning: Meaning) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        password = self.password.text()
        self.password.clear()
        move = review if meaning == Meaning.REVIEWED else approve
        try:
            with self.db.session(actor=self.user, reason=f"calibration {meaning.value}") as session:
                move(session, self.user, password, chosen["calibration"])
        except (CalibrationRefused, PermissionDenied, SignatureRefused) as exc:
            show_message(self.message, say_why(exc))
            return
        show_message(self.message, "")
        self.parent_pane_reload()

    def parent_pane_reload(self) -> None:
        pane = self.parent()
        while pane is not None and not hasattr(pane, "reload_lists"):
            pane = pane.parent()
        if pane is not None:
            pane.reload_lists()
