"""The Uncertainty pane: a budget editor with GUM results and Monte Carlo on a worker.

The technician types the model (checked as they type), fills one row per input, and sees the
budget table with the contributions as bars. Monte Carlo runs off the GUI thread with a progress
bar and a Cancel button; its histogram shows both coverage intervals. Budgets are saved and
opened as the same JSON files ``main.py uncertainty`` runs.
"""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Any

from ui.context import PaneContext
from ui.i18n import say_note, say_why
from ui.panes.uncertainty_charts import ContributionBars, HistogramData, McmHistogram
from ui.panes.uncertainty_inputs import InputsTable
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.workers import Task, TaskControl, TaskFailure, run_task
from uncertainty.budget import Budget, BudgetError
from uncertainty.dual import DimensionError
from uncertainty.gum import GumResult, check_units, propagate
from uncertainty.mcm import McmResult, monte_carlo
from uncertainty.model import Model, ModelError
from uncertainty.units import UnitError

log = logging.getLogger(__name__)

BUDGET_COLUMNS = (
    QT_TRANSLATE_NOOP("UncertaintyPane", "Input"),
    QT_TRANSLATE_NOOP("UncertaintyPane", "Estimate"),
    "u",
    "c",
    "|c|·u",
    QT_TRANSLATE_NOOP("UncertaintyPane", "Index %"),
    "ν",
)
DEFAULT_MODEL = "y = x1 + x2"


class UncertaintyPane(QWidget):
    """The uncertainty workbench (issue 3, item 8)."""

    def __init__(self, context: PaneContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.gum_result: GumResult | None = None
        self._file_extras: dict[str, Any] = {}
        self.mcm_result: McmResult | None = None
        self._build()
        self.model_edit.setText(DEFAULT_MODEL)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.model_edit = QLineEdit()
        self.model_edit.setPlaceholderText(self.tr("output = expression, e.g. P = V*I"))
        self.model_status = QLabel()
        self.model_status.setWordWrap(True)
        self.inputs_table = InputsTable()
        self.coverage = QDoubleSpinBox(decimals=4, minimum=0.5, maximum=0.9999, singleStep=0.0005)
        self.coverage.setValue(0.9545)
        self.trials = QSpinBox(minimum=10_000, maximum=10_000_000, singleStep=100_000)
        self.trials.setValue(1_000_000)
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1)
        self.seed.setValue(1)
        self.interval = QComboBox()
        # The budget file keeps the English word (item data); the user reads their own.
        self.interval.addItem(self.tr("symmetric"), "symmetric")
        self.interval.addItem(self.tr("shortest"), "shortest")
        self.evaluate_button = QPushButton(self.tr("Evaluate (GUM)"))
        self.mcm_button = QPushButton(self.tr("Run Monte Carlo"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("Open…"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.budget_table = QTableWidget(0, len(BUDGET_COLUMNS))
        self.budget_table.setHorizontalHeaderLabels([self.tr(c) for c in BUDGET_COLUMNS])
        self.budget_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.budget_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bars = ContributionBars()
        self.histogram = McmHistogram()
        self._arrange()
        self._connect()

    def _arrange(self) -> None:
        settings = QFormLayout()
        settings.addRow(self.tr("Coverage probability"), self.coverage)
        settings.addRow(self.tr("Monte Carlo trials"), self.trials)
        settings.addRow(self.tr("Seed"), self.seed)
        settings.addRow(self.tr("Interval"), self.interval)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.save_button,
            self.evaluate_button,
            self.mcm_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        editor = QGroupBox(self.tr("Budget"))
        left = QVBoxLayout(editor)
        left.addWidget(QLabel(self.tr("Model")))
        left.addWidget(self.model_edit)
        left.addWidget(self.model_status)
        left.addWidget(self.inputs_table, 1)
        left.addLayout(settings)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        results = QGroupBox(self.tr("Result"))
        right = QVBoxLayout(results)
        right.addWidget(self.result_label)
        right.addWidget(self.budget_table, 1)
        right.addWidget(self.bars)
        right.addWidget(self.histogram, 1)
        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(results)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.model_edit.textChanged.connect(self._model_changed)
        self.evaluate_button.clicked.connect(self.evaluate_gum)
        self.mcm_button.clicked.connect(self.start_monte_carlo)
        self.cancel_button.clicked.connect(self.cancel_monte_carlo)
        self.open_button.clicked.connect(self._ask_open)
        self.save_button.clicked.connect(self._ask_save)

    # --- the model, validated as typed ------------------------------------------------------------
    def _model_changed(self, text: str) -> None:
        try:
            model = Model.parse(text)
        except ModelError as exc:
            self._say(self.model_status, say_why(exc), error=True)
            return
        self._say(
            self.model_status,
            self.tr("Model OK: outputs %1; inputs %2")
            .replace("%1", ", ".join(model.outputs))
            .replace("%2", ", ".join(model.inputs)),
            error=False,
        )
        self.inputs_table.ensure_rows(model.inputs)

    # --- budget as data -------------------------------------------------------------------------
    def budget_dict(self) -> dict[str, Any]:
        """The budget on screen in the JSON shape of a budget file.

        Rows the model no longer uses stay on screen (the model may be retyped) but are left out.
        """
        try:
            used = set(Model.parse(self.model_edit.text()).inputs)
        except ModelError:
            used = set()
        return {
            **self._file_extras,
            "model": self.model_edit.text(),
            "inputs": self.inputs_table.entries(used),
            "coverage_probability": round(self.coverage.value(), 4),
            "method": "gum",
            "mcm": {
                "trials": self.trials.value(),
                "seed": self.seed.value(),
                "interval": self.interval.currentData(),
                "adaptive": False,
            },
        }

    def load_budget(self, data: dict[str, Any]) -> None:
        """Show a budget file's content (checked first: a bad file changes nothing)."""
        Budget.from_dict(data)
        self.inputs_table.clear_inputs()
        # What the editor has no field for (CMC, output units) rides along to the saved file.
        self._file_extras = {k: data[k] for k in ("cmc", "output_units") if k in data}
        for entry in data["inputs"]:
            self.inputs_table.add_row(entry)
        self.model_edit.setText(data["model"])
        self.coverage.setValue(float(data.get("coverage_probability", 0.9545)))
        mcm = data.get("mcm") or {}
        self.trials.setValue(int(mcm.get("trials", self.trials.value())))
        self.seed.setValue(int(mcm.get("seed") or 0))
        self.interval.setCurrentIndex(max(self.interval.findData(mcm.get("interval")), 0))

    def open_file(self, path: Path) -> bool:
        try:
            self.load_budget(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self._say(
                self.message,
                self.tr("Could not open %1: %2")
                .replace("%1", str(path))
                .replace("%2", say_why(exc)),
                error=True,
            )
            return False
        self._say(self.message, self.tr("Opened %1").replace("%1", str(path)), error=False)
        return True

    def save_file(self, path: Path) -> bool:
        try:
            data = self.budget_dict()
            Budget.from_dict(data)
            Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
        except (OSError, ValueError) as exc:
            self._say(
                self.message, self.tr("Not saved: %1").replace("%1", say_why(exc)), error=True
            )
            return False
        self._say(self.message, self.tr("Saved %1").replace("%1", str(path)), error=False)
        return True

    def _ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open budget"), "", "JSON (*.json)")
        if path:
            self.open_file(Path(path))

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save budget"), "", "JSON (*.json)")
        if path:
            self.save_file(Path(path))

    # --- GUM ------------------------------------------------------------------------------------
    def _budget(self) -> Budget | None:
        try:
            return Budget.from_dict(self.budget_dict())
        except (BudgetError, ValueError) as exc:
            self._say(self.message, say_why(exc), error=True)
            return None

    def evaluate_gum(self) -> bool:
        """GUM propagation on the GUI thread: it takes milliseconds."""
        budget = self._budget()
        if budget is None:
            return False
        try:
            units = check_units(budget.model, budget.inputs, budget.output_units)
            result = propagate(
                budget.model,
                budget.inputs,
                budget.correlations,
                budget.coverage_probability,
                budget.cmc,
                units.units,
            )
        except (ModelError, UnitError, DimensionError) as exc:
            self._say(self.message, say_why(exc), error=True)
            return False
        self.gum_result = result
        self._show_gum(result)
        notes = list(budget.warnings) + list(units.notes) + list(result.warnings)
        self._say(self.message, " ".join(map(say_note, notes)), error=False)
        return True

    def _show_gum(self, result: GumResult) -> None:
        lines = []
        for out in result.outputs:
            nu = "∞" if math.isinf(out.dof) else f"{out.dof:.1f}"
            line = (
                out.reported.line(out.name, out.unit, out.coverage_factor, out.coverage_probability)
                if out.reported
                else f"{out.name} = {out.value!r}"
            )
            lines.append(f"{line}   (u_c = {out.std_uncertainty:.4g}, ν_eff = {nu})")
        self.result_label.setText("\n".join(lines))
        first = result.outputs[0]
        self.budget_table.setRowCount(len(first.budget))
        for row, entry in enumerate(first.budget):
            cells = (
                entry.name,
                f"{entry.estimate:.8g}",
                f"{entry.std_uncertainty:.4g}",
                f"{entry.sensitivity:.4g}",
                f"{entry.contribution:.4g}",
                f"{entry.index_percent:.1f}",
                "∞" if math.isinf(entry.dof) else f"{entry.dof:g}",
            )
            for column, text in enumerate(cells):
                self.budget_table.setItem(row, column, QTableWidgetItem(text))
        self.bars.set_rows([(r.name, r.index_percent) for r in first.budget])

    # --- Monte Carlo on a worker ------------------------------------------------------------------
    def start_monte_carlo(self) -> bool:
        budget = self._budget()
        if budget is None or not self.evaluate_gum():
            return False
        settings = budget.mcm

        def work(control: TaskControl) -> McmResult:
            def checkpoint(done: int, total: int) -> None:
                control.progress(done, total, "")
                control.check()

            return monte_carlo(
                budget.model,
                budget.inputs,
                budget.correlations,
                budget.coverage_probability,
                settings.trials,
                settings.seed,
                settings.interval,
                checkpoint=checkpoint,
            )

        self._running(True)
        self.task = run_task(
            work,
            on_success=self._mcm_done,
            on_failure=self._mcm_failed,
            on_cancelled=self._mcm_cancelled,
            parent=self,
        )
        self.task.progress.connect(self._progress)
        return True

    def cancel_monte_carlo(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(running)
        self.mcm_button.setEnabled(not running)
        self.evaluate_button.setEnabled(not running)

    def _mcm_done(self, result: McmResult) -> None:
        self._running(False)
        self.mcm_result = result
        out = result.outputs[0]
        gum = None
        if self.gum_result is not None:
            g = self.gum_result.output(out.name)
            gum = (g.value - g.expanded_uncertainty, g.value + g.expanded_uncertainty)
        title = (
            self.tr("%1: %2 trials, mean %3, u %4")
            .replace("%1", out.name)
            .replace("%2", f"{result.trials:,}")
            .replace("%3", f"{out.mean:.10g}")
            .replace("%4", f"{out.std_uncertainty:.3g}")
        )
        self.histogram.set_data(
            HistogramData(
                out.histogram_counts,
                out.histogram_edges,
                (out.symmetric.low, out.symmetric.high),
                (out.shortest.low, out.shortest.high),
                gum,
                title,
            )
        )
        notes = " ".join(map(say_note, result.warnings))
        self._say(self.message, notes or self.tr("Monte Carlo finished."), error=False)

    def _mcm_failed(self, failure: TaskFailure) -> None:
        self._running(False)
        self._say(
            self.message,
            self.tr("Monte Carlo failed: %1").replace("%1", say_why(failure.error)),
            error=True,
        )
        self.message.setToolTip(failure.detail)

    def _mcm_cancelled(self) -> None:
        self._running(False)
        self._say(self.message, self.tr("Monte Carlo cancelled; nothing was changed."), error=False)

    # --- messages ---------------------------------------------------------------------------------
    @staticmethod
    def _say(label: QLabel, text: str, error: bool) -> None:
        label.setText(text)
        label.setProperty("error", error)
        label.setStyleSheet("color: #b03a2e;" if error else "")
