"""The audit trail on screen (issue 5, "Audit trail"): a record's history tab, and a searchable
view of the whole trail with a button that verifies the chain.

Both read ``lab.audit`` results (plain dataclasses) in a short read session; the search text is
passed as a bound parameter there, never pasted into SQL.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from lab.audit import SEARCH_LIMIT, AuditEntry, device_history, history, search, verify_chain
from ui.i18n import say
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300


def local_time(recorded_at: str) -> str:
    """The event's UTC stamp shown in the workstation's time zone, to the second."""
    try:
        moment = datetime.strptime(recorded_at, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        return recorded_at
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(shown(v) for v in value)
    return str(value)


def workstation_label(entry: AuditEntry) -> str:
    """The workstation that recorded the event, by its name (its id if it has none)."""
    return entry.workstation_name or entry.workstation[:8]


def _read_only_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class RecordHistory(QWidget):
    """A record's history tab: one line per changed field, oldest first; a device's shows the
    events of every workstation (pulled at sync), each naming the workstation."""

    def __init__(self, database, entity: str, record_id: str, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.database = database
        self.entity, self.record_id = entity, str(record_id)
        headers = [
            self.tr("When"),
            self.tr("Workstation"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Field"),
            self.tr("Old → new"),
            self.tr("Why"),
        ]
        self.table = _read_only_table(self, headers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        with self.database.read_session() as session:
            if self.entity == "devices":
                entries = device_history(session, self.record_id)
            else:
                entries = history(session, self.entity, self.record_id)
        _fill(self.table, [row for entry in entries for row in self._rows(entry)])

    def _rows(self, entry: AuditEntry) -> list[list[str]]:
        head = [local_time(entry.recorded_at), workstation_label(entry), entry.actor, entry.action]
        why = entry.reason or ""
        if not entry.changes:
            return [[*head, "", "", why]]
        return [
            [*head, change.field, f"{shown(change.old)} → {shown(change.new)}", why]
            for change in entry.changes
        ]


class AuditTrailView(QWidget):
    """The whole trail, newest first, searchable, with a check of the hash chain. Events pulled
    from other workstations are listed too (their own entry numbers, their workstation named);
    the check covers this workstation's own chain."""

    def __init__(self, database, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.database = database
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(
            self.tr("Search the audit trail: a person, a record, a value, a reason…")
        )
        self.search_field.setClearButtonEnabled(True)
        self.verify_button = QPushButton(self.tr("Verify the chain"), self)
        self.status = QLabel(self)  # how many entries the search shows
        self.chain_status = QLabel(self)  # the last verification, kept while searching
        self.chain_status.setWordWrap(True)
        headers = [
            self.tr("#"),
            self.tr("Workstation"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Record"),
            self.tr("Changes"),
            self.tr("Why"),
        ]
        self.table = _read_only_table(self, headers)
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chain_status)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._delay.start)
        self.search_field.returnPressed.connect(self.run_search)
        self.verify_button.clicked.connect(self.verify)
        self.run_search()

    def run_search(self) -> None:
        self._delay.stop()
        with self.database.read_session() as session:
            entries = search(
                session, self.search_field.text(), limit=SEARCH_LIMIT, other_workstations=True
            )
        _fill(self.table, [self._row(e) for e in entries])
        if len(entries) >= SEARCH_LIMIT:
            note = self.tr("Showing the newest %1 entries; narrow the search to see older ones.")
            self.status.setText(note.replace("%1", str(SEARCH_LIMIT)))
        else:
            self.status.setText(self.tr("%n entries", "", len(entries)))

    def _row(self, entry: AuditEntry) -> list[str]:
        changes = "; ".join(f"{c.field}: {shown(c.old)} → {shown(c.new)}" for c in entry.changes)
        record = f"{entry.entity} {entry.record_id}"
        return [
            str(entry.seq),
            workstation_label(entry),
            local_time(entry.recorded_at),
            entry.actor,
            entry.action,
            record,
            changes,
            entry.reason or "",
        ]

    def verify(self) -> None:
        with self.database.read_session() as session:
            result = verify_chain(session)
        self.chain_status.setText(say(result.sentence()))
        self.chain_status.setStyleSheet(
            "" if result.intact else "color: #b00020; font-weight: bold;"
        )


def audit_pane(context) -> QWidget:  # noqa: ANN001
    """Pane factory (``ui.panes``): the searchable audit trail of the open database."""
    return AuditTrailView(context.database)
