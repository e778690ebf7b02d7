"""The results of a calibration as the technician and the reviewer see them: a table coloured by
verdict and the error-versus-nominal plot (issue 6, item 6). A device adjusted during its
calibration shows both sets: as found in lighter colours, as left in full colour."""

from __future__ import annotations

from ui.panes.calibration_plot import VERDICT_COLOURS, ErrorPlot, PlotPoint, lighter
from ui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Light backgrounds for the table, in the plot's hues.
ROW_COLOURS = {
    "pass": "#dff0d8",
    "conditional pass": "#f4f4c8",
    "conditional fail": "#fde3c8",
    "fail": "#f2dede",
}
AS_FOUND_TEXT = "#777777"


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 10)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Phase"),
                self.tr("Nominal"),
                self.tr("Reference"),
                self.tr("Indication"),
                self.tr("Error"),
                self.tr("U"),
                self.tr("k"),
                self.tr("ν eff"),
                self.tr("MPE"),
                self.tr("Verdict"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.plot = ErrorPlot()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.plot)
        splitter.setSizes([620, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    VERDICT_COLUMN = 9

    def phase_text(self, phase: str) -> str:
        return {"as_found": self.tr("as found"), "as_left": self.tr("as left")}.get(phase, phase)

    def verdict_text(self, verdict: str) -> str:
        return {
            "pass": self.tr("pass"),
            "conditional pass": self.tr("conditional pass"),
            "conditional fail": self.tr("conditional fail"),
            "fail": self.tr("fail"),
        }.get(verdict, verdict)

    def show_points(self, points: list[dict]) -> None:
        """``points`` as :func:`lab.calibration.runs.calibration_report` gives them."""
        self.table.setRowCount(len(points))
        for y, p in enumerate(points):
            nu = "∞" if p["nu_eff"] is None or p["nu_eff"] > 1e4 else f"{p['nu_eff']:.0f}"
            values = (
                self.phase_text(p["phase"]), f"{p['nominal']:g} {p['unit']}",
                f"{p['reference']:.7g}", f"{p['indication']:.7g}", f"{p['error']:+.3g}",
                f"{p['U']:.2g}", f"{p['k']:.2f}", nu, f"{p['mpe']:.3g}",
                self.verdict_text(p["verdict"]),
            )  # fmt: skip
            self._fill_row(y, values, p)
        # The phase column only when there are two sets: a device not adjusted has one set
        # of results (as found = as left), read as before.
        self.table.setColumnHidden(0, not any(p["phase"] == "as_found" for p in points))
        self.table.resizeColumnsToContents()
        unit = points[0]["unit"] if points else ""
        self.plot.set_points(
            [
                PlotPoint(p["nominal"], p["error"], p["U"], p["mpe"], p["verdict"], p["phase"])
                for p in points
            ],
            unit,
        )

    def _fill_row(self, y: int, values: tuple[str, ...], p: dict) -> None:
        found = p["phase"] == "as_found"
        background = QColor(ROW_COLOURS.get(p["verdict"], "#ffffff"))
        verdict = QColor(VERDICT_COLOURS.get(p["verdict"], "#000000"))
        if found:
            background, verdict = lighter(background, 0.6), lighter(verdict, 0.35)
        for x, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setBackground(QBrush(background))
            if x == self.VERDICT_COLUMN:
                item.setForeground(QBrush(verdict))
            elif found:
                item.setForeground(QBrush(QColor(AS_FOUND_TEXT)))
            self.table.setItem(y, x, item)
