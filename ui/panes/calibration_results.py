"""The results of a calibration as the technician and the reviewer see them: a table coloured by
verdict and the error-versus-nominal plot (issue 6, item 6)."""

from __future__ import annotations

from ui.panes.calibration_plot import VERDICT_COLOURS, ErrorPlot, PlotPoint
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


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [
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
                f"{p['nominal']:g} {p['unit']}", f"{p['reference']:.7g}",
                f"{p['indication']:.7g}", f"{p['error']:+.3g}", f"{p['U']:.2g}",
                f"{p['k']:.2f}", nu, f"{p['mpe']:.3g}", self.verdict_text(p["verdict"]),
            )  # fmt: skip
            brush = QBrush(QColor(ROW_COLOURS.get(p["verdict"], "#ffffff")))
            for x, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(brush)
                if x == len(values) - 1:
                    item.setForeground(QBrush(QColor(VERDICT_COLOURS.get(p["verdict"], "#000"))))
                self.table.setItem(y, x, item)
        self.table.resizeColumnsToContents()
        unit = points[0]["unit"] if points else ""
        self.plot.set_points(
            [PlotPoint(p["nominal"], p["error"], p["U"], p["mpe"], p["verdict"]) for p in points],
            unit,
        )
