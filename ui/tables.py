"""The read-only list every pane shows (work orders, standards, calibrations, certificates, syncs):
one row per record, the whole row selected, one at a time, cells never edited in place."""

from __future__ import annotations

from ui.qt import QAbstractItemView, QTableWidget, QWidget


def list_table(headers: list[str], parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table
