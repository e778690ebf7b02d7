"""The inputs table of the Uncertainty pane: one row per input of the budget.

A row edits the common cases (normal, rectangular, triangular, arcsine: value, u or half-width,
ν, unit). An input the row cannot express (observations, components, a trapezoid, a t, an
expanded uncertainty) is shown read-only and written back exactly as the file had it;
correlations ride along with their input. Nothing in a budget file is lost by opening and
saving it.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from ui.i18n import translate
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from uncertainty.budget import Budget, BudgetError

log = logging.getLogger(__name__)

COLUMNS = ("name", "distribution", "estimate", "u_or_half_width", "dof", "unit")
DISTRIBUTION_CHOICES = ("normal", "rectangular", "triangular", "arcsine")
# Shown in the user's language; the budget keeps the English name (item data).
DISTRIBUTION_NAMES = {
    "normal": QT_TRANSLATE_NOOP("Distributions", "normal"),
    "rectangular": QT_TRANSLATE_NOOP("Distributions", "rectangular"),
    "triangular": QT_TRANSLATE_NOOP("Distributions", "triangular"),
    "arcsine": QT_TRANSLATE_NOOP("Distributions", "arcsine"),
}
# A cell that is not a number refuses the budget as the library's refusals do: a BudgetError
# with its template and values, said by ui.i18n.say_why under the lab's context, one whole
# sentence per column so that each is translated whole.
_NOT_A_NUMBER = {
    "value": QT_TRANSLATE_NOOP("lab", "Input '{name}': the value '{text}' is not a number."),
    "spread": QT_TRANSLATE_NOOP(
        "lab", "Input '{name}': the u or half-width '{text}' is not a number."
    ),
    "dof": QT_TRANSLATE_NOOP("lab", "Input '{name}': the ν '{text}' is not a number."),
}


class InputsTable(QTableWidget):
    """Rows of inputs, read and written as budget-file entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Input"),
                self.tr("Distribution"),
                self.tr("Value"),
                self.tr("u or half-width"),
                self.tr("ν (blank = ∞)"),
                self.tr("Unit"),
            ]
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._kept: dict[str, dict[str, Any]] = {}
        self._correlations: dict[str, dict[str, float]] = {}

    def clear_inputs(self) -> None:
        self.setRowCount(0)
        self._kept, self._correlations = {}, {}

    def ensure_rows(self, names: tuple[str, ...]) -> None:
        """A row for every name the model uses; rows for other names stay (the model may be
        retyped) but are not part of the budget."""
        present = {self._cell(r, 0) for r in range(self.rowCount())}
        for name in names:
            if name not in present:
                self.add_row({"name": name, "estimate": 0.0, "std_uncertainty": 0.0})

    def entries(self, used: set[str]) -> list[dict[str, Any]]:
        """The budget-file entries of the rows the model uses (all rows if ``used`` is empty)."""
        rows = range(self.rowCount())
        inputs = [self._row_dict(r) for r in rows if not used or self._cell(r, 0) in used]
        names = {i["name"] for i in inputs}
        for entry in inputs:
            if "correlations" in entry:
                entry["correlations"] = {
                    k: v for k, v in entry["correlations"].items() if k in names
                }
        return inputs

    def add_row(self, entry: dict[str, Any]) -> None:
        row = self.rowCount()
        self.insertRow(row)
        kind = entry.get("distribution", "normal")
        if entry.get("correlations"):
            self._correlations[entry["name"]] = dict(entry["correlations"])
        if _needs_file(entry):
            self._add_kept_row(row, entry)
            return
        spread = entry.get("half_width") if kind != "normal" else entry.get("std_uncertainty")
        if spread is None:
            spread = entry.get("std_uncertainty", 0.0)
        self._fill_row(row, entry, _text(entry.get("estimate", 0.0)), _text(spread))
        chooser = QComboBox()
        for choice in DISTRIBUTION_CHOICES:
            chooser.addItem(translate("Distributions", DISTRIBUTION_NAMES[choice]), choice)
        shown = kind if kind in DISTRIBUTION_CHOICES else "normal"
        chooser.setCurrentIndex(chooser.findData(shown))
        self.setCellWidget(row, 1, chooser)

    def _fill_row(self, row: int, entry: dict[str, Any], value: str, spread: str) -> None:
        dof = entry.get("dof")
        values = [
            entry["name"],
            "",
            value,
            spread,
            "" if dof is None else _text(dof),
            entry.get("unit", ""),
        ]
        for column, text in enumerate(values):
            self.setItem(row, column, QTableWidgetItem(str(text)))

    def _add_kept_row(self, row: int, entry: dict[str, Any]) -> None:
        """An input the table cannot edit (observations, components, trapezoid, t) is shown
        read-only and saved back exactly as the file had it, so nothing is lost."""
        self._kept[entry["name"]] = dict(entry)
        shown = Budget.from_dict({"model": f"_y = {entry['name']}", "inputs": [entry]}).inputs[0]
        self._fill_row(
            row,
            {**entry, "dof": None if math.isinf(shown.dof) else shown.dof},
            _text(shown.estimate),
            f"{shown.std_uncertainty:.6g}",
        )
        label = QTableWidgetItem(_kind_label(entry))
        self.setItem(row, 1, label)
        for column in range(len(COLUMNS)):
            item = self.item(row, column)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(self.tr("Kept as in the budget file; edit the file to change it."))

    def _cell(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _row_dict(self, row: int) -> dict[str, Any]:
        name = self._cell(row, 0)
        if name in self._kept:
            entry = dict(self._kept[name])
        else:
            entry = self._edited_row(row, name)
        if name in self._correlations:
            entry["correlations"] = dict(self._correlations[name])
        return entry

    def _edited_row(self, row: int, name: str) -> dict[str, Any]:
        chooser = self.cellWidget(row, 1)
        kind = chooser.currentData() if isinstance(chooser, QComboBox) else "normal"
        entry: dict[str, Any] = {
            "name": name,
            "distribution": kind,
            "estimate": _number(self._cell(row, 2), name, "value"),
            "unit": self._cell(row, 5),
        }
        spread = _number(self._cell(row, 3), name, "spread")
        entry["std_uncertainty" if kind == "normal" else "half_width"] = spread
        dof = self._cell(row, 4)
        entry["dof"] = None if dof in ("", "∞", "inf") else _number(dof, name, "dof")
        return entry

    def _cell(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""


def _needs_file(entry: dict[str, Any]) -> bool:
    kind = entry.get("distribution", "normal")
    editable = kind in DISTRIBUTION_CHOICES and "expanded_uncertainty" not in entry
    return bool(entry.get("observations") or entry.get("components")) or not editable


def _kind_label(entry: dict[str, Any]) -> str:
    if entry.get("observations"):
        return f"Type A ({len(entry['observations'])} obs.)"
    if entry.get("components"):
        return f"combined ({len(entry['components'])})"
    if "expanded_uncertainty" in entry:
        return "normal (from U)"
    return str(entry.get("distribution", "normal"))


def _text(value: Any) -> str:
    return f"{value:.10g}" if isinstance(value, float) else str(value)


def _number(text: str, name: str, column: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        template = _NOT_A_NUMBER[column]
        raise BudgetError(template, values={"name": name, "text": text}) from None
