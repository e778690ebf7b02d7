"""The conflict list of the Sync pane: a field changed on two workstations, and who settles it.

The record keeps one value (the one the centre accepted first); the other workstation's value is
set aside. A person keeps the record's value, takes the other one, or types the right one when
neither is (the label on the device says a third serial number); the decision is recorded here at
once and goes to the centre, and from there to every workstation, at the next sync.
"""

from __future__ import annotations

import json
import logging

from lab.permissions import LabUser, Permission, allowed
from lab.storage.database import Database
from lab.sync.resolve import KEEP, TAKE_OTHER, TYPED, ConflictNotFound, resolve_conflict
from lab.sync.status import ConflictRow, open_conflict_rows
from lab.sync.typed import SettlingRefused
from ui.i18n import say, translate
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

NAMES = "SyncNames"  # translation context of entity and field names
ENTITIES = {
    "customers": QT_TRANSLATE_NOOP("SyncNames", "Customer"),
    "reference_standards": QT_TRANSLATE_NOOP("SyncNames", "Reference standard"),
    "work_orders": QT_TRANSLATE_NOOP("SyncNames", "Work order"),
    "devices": QT_TRANSLATE_NOOP("SyncNames", "Device"),
    "calibrations": QT_TRANSLATE_NOOP("SyncNames", "Calibration"),
}
FIELDS = {
    "*": QT_TRANSLATE_NOOP("SyncNames", "whole record"),
    "name": QT_TRANSLATE_NOOP("SyncNames", "name"),
    "location": QT_TRANSLATE_NOOP("SyncNames", "location"),
    "notes": QT_TRANSLATE_NOOP("SyncNames", "notes"),
    "model": QT_TRANSLATE_NOOP("SyncNames", "model"),
    "manufacturer": QT_TRANSLATE_NOOP("SyncNames", "manufacturer"),
    "serial": QT_TRANSLATE_NOOP("SyncNames", "serial no."),
    "address": QT_TRANSLATE_NOOP("SyncNames", "address"),
    "contact": QT_TRANSLATE_NOOP("SyncNames", "contact"),
    "phone": QT_TRANSLATE_NOOP("SyncNames", "phone"),
    "interval_months": QT_TRANSLATE_NOOP("SyncNames", "interval (months)"),
    "kind": QT_TRANSLATE_NOOP("SyncNames", "kind"),
    "asset_tag": QT_TRANSLATE_NOOP("SyncNames", "asset tag"),
    "range_min": QT_TRANSLATE_NOOP("SyncNames", "range from"),
    "range_max": QT_TRANSLATE_NOOP("SyncNames", "range to"),
    "unit": QT_TRANSLATE_NOOP("SyncNames", "unit"),
    "resolution": QT_TRANSLATE_NOOP("SyncNames", "resolution"),
    "accuracy": QT_TRANSLATE_NOOP("SyncNames", "accuracy"),
    "last_calibrated": QT_TRANSLATE_NOOP("SyncNames", "last calibrated"),
    "tax_code": QT_TRANSLATE_NOOP("SyncNames", "tax code"),
    "email": QT_TRANSLATE_NOOP("SyncNames", "e-mail"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncNames", "deleted"),
}


def shown_value(value: object) -> str:
    if value is None:
        return "—"
    return editable_value(value)


def editable_value(value: object) -> str:
    """The value as a person would type it again ("" for none), to start the typed one from."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictList(QWidget):
    resolved = Signal()  # a conflict was settled here: the status bar's count changed

    def __init__(self, database: Database, user: LabUser | None) -> None:
        super().__init__()
        self.db = database
        self.user = user
        self.rows: list[ConflictRow] = []
        headers = [
            self.tr("Record"), self.tr("Field"), self.tr("Value in the record"),
            self.tr("Other value"), self.tr("Other value from"), self.tr("Common ancestor"),
            self.tr("Found"),
        ]  # fmt: skip
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.keep_button = QPushButton(self.tr("Keep the value in the record"))
        self.keep_button.clicked.connect(lambda: self.resolve_selected(KEEP))
        self.take_button = QPushButton(self.tr("Take the other value"))
        self.take_button.clicked.connect(lambda: self.resolve_selected(TAKE_OTHER))
        self.type_button = QPushButton(self.tr("Type the right value…"))
        self.type_button.clicked.connect(self.ask_typed_value)
        self.typed_dialog: QInputDialog | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._lay_out()
        self.reload()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.type_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def may_resolve(self) -> bool:
        # Settling a conflict edits the register; without users (first start) anyone may.
        return self.user is None or allowed(self.user, Permission.EDIT_REGISTER)

    def reload(self) -> None:
        self.rows = open_conflict_rows(self.db)
        self.table.setRowCount(len(self.rows))
        for y, c in enumerate(self.rows):
            origin = self.tr("this workstation") if c.other_is_here else c.other_workstation
            values = (
                self._record(c), field_name(c.field), shown_value(c.kept), shown_value(c.other),
                origin, shown_value(c.ancestor), c.found_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )  # fmt: skip
            for x, value in enumerate(values):
                self.table.setItem(y, x, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _record(self, c: ConflictRow) -> str:
        entity = translate(NAMES, ENTITIES[c.entity]) if c.entity in ENTITIES else c.entity
        return f"{entity} {c.record}"

    def selected(self) -> ConflictRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        ok = chosen is not None and self.may_resolve()
        self.keep_button.setEnabled(ok)
        # A whole record refused (e.g. one customer registered twice) has no value to take.
        self.take_button.setEnabled(ok and chosen.field != "*")
        self.type_button.setEnabled(ok and chosen.field != "*")
        if chosen is not None and not self.may_resolve():
            self.message.setText(self.tr("Your role may not edit the register, so it may not "
                                         "settle conflicts."))  # fmt: skip

    def ask_typed_value(self) -> None:
        """Ask for the right value, starting from the record's (a window, not a blocking call:
        the GUI and the tests go on while it is open)."""
        chosen = self.selected()
        if chosen is None or not self.may_resolve():
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Type the right value"))
        dialog.setLabelText(
            self.tr("The right %1 of %2:").replace("%1", field_name(chosen.field))
            .replace("%2", self._record(chosen)) + "\n"
            + self.tr("Numbers may have a decimal comma; dates are day/month/year.")
        )  # fmt: skip
        dialog.setTextValue(editable_value(chosen.kept))
        # The conflict chosen now, even if a background sync reloads the list meanwhile.
        dialog.textValueSelected.connect(lambda text: self.settle(chosen, TYPED, text))
        self.typed_dialog = dialog
        dialog.open()

    def resolve_selected(self, choice: str) -> bool:
        chosen = self.selected()
        return chosen is not None and self.settle(chosen, choice)

    def settle(self, chosen: ConflictRow, choice: str, typed: str | None = None) -> bool:
        if not self.may_resolve():
            return False
        actor = self.user.name if self.user else None
        try:
            settled = resolve_conflict(self.db, chosen.id, choice, actor, typed)
        except SettlingRefused as exc:
            # The lab names the field by its column; the pane says it as the list does.
            self.message.setText(say(exc.sentence.with_params(field=field_name(chosen.field))))
            return False
        except ConflictNotFound:
            self.message.setText(self.tr("This conflict was already settled; the list is "
                                         "brought up to date."))  # fmt: skip
            self.reload()
            return False
        self.message.setText(
            self.tr("Settled: %1 of %2 is now %3. The decision goes to the centre and the other "
                    "workstations at the next sync.")
            .replace("%1", field_name(chosen.field))
            .replace("%2", self._record(chosen))
            .replace("%3", shown_value(settled))
        )  # fmt: skip
        self.reload()
        self.resolved.emit()
        return True


def field_name(field: str) -> str:
    """A column as the list names it, in the user's language (the column's own name when the
    list has no word for it)."""
    return translate(NAMES, FIELDS[field]) if field in FIELDS else field
