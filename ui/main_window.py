"""The main window: a navigation pane on the left, the chosen pane on the right.

Panes are built the first time they are shown. A part of the product that is not built yet says
so plainly instead of pretending to work.
"""

from __future__ import annotations

import importlib
import logging

from ui.context import PaneContext
from ui.i18n import translate
from ui.names import role_name
from ui.panes import NAV, PANES, PaneSpec
from ui.qt import (
    QAction,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSize,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.settings import LANGUAGES

log = logging.getLogger(__name__)


class NotBuiltPane(QWidget):
    """What a navigation entry shows while its part of CalDesk is not built yet."""

    def __init__(self, spec: PaneSpec) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{translate(NAV, spec.title)}</h2>")
        body = QLabel(translate(NAV, spec.coming_with))
        body.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, context: PaneContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self._title())
        self._panes: dict[str, QWidget] = {}
        self._nav = QListWidget()
        self._nav.setObjectName("navigation")
        self._nav.setFixedWidth(210)
        self._nav.setIconSize(QSize(20, 20))
        self._nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 7px 10px; }"
        )
        self._stack = QStackedWidget()
        for spec in PANES:
            item = QListWidgetItem(translate(NAV, spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self._nav.addItem(item)
        self._nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._nav)
        row.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.status_label = QLabel(self._status_text())
        self.statusBar().addWidget(self.status_label, 1)
        self._nav.setCurrentRow(0)

    # --- navigation ------------------------------------------------------------------------

    def show_pane(self, key: str) -> QWidget:
        """Show the pane named ``key`` (building it if needed) and return it."""
        for row, spec in enumerate(PANES):
            if spec.key == key:
                self._nav.setCurrentRow(row)
                return self._panes[key]
        raise KeyError(key)

    def pane(self, key: str) -> QWidget | None:
        return self._panes.get(key)

    def current_pane_key(self) -> str:
        return PANES[max(self._nav.currentRow(), 0)].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = PANES[row]
        if spec.key not in self._panes:
            widget = self._build_pane(spec)
            self._panes[spec.key] = widget
            self._stack.addWidget(widget)
        self._stack.setCurrentWidget(self._panes[spec.key])

    def _build_pane(self, spec: PaneSpec) -> QWidget:
        if spec.factory is None:
            return NotBuiltPane(spec)
        module_name, _, attr = spec.factory.partition(":")
        factory = getattr(importlib.import_module(module_name), attr)
        widget = factory(self.context)
        if hasattr(widget, "navigate"):
            widget.navigate.connect(self.show_pane)
        return widget

    # --- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import device list…"), self)
        import_action.setShortcut("Ctrl+I")
        import_action.triggered.connect(self._import_device_list)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut("Ctrl+Q")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        current = self.context.settings.language if self.context.settings else "vi"
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            language_menu.addAction(action)

    def _import_device_list(self) -> None:
        pane = self.show_pane("devices")
        if hasattr(pane, "open_import_dialog"):
            pane.open_import_dialog()

    # --- texts -----------------------------------------------------------------------------

    def _title(self) -> str:
        title = "CalDesk"
        if self.context.demo:
            title += " — " + self.tr("demo lab (simulated instruments)")
        if self.context.database is not None:
            title += f" — {self.context.database.path.name}"
        return title

    def _status_text(self) -> str:
        db = self.context.database
        if db is None:
            return self.tr("No database open")
        text = (
            self.tr("Database: %1 · workstation %2")
            .replace("%1", str(db.path))
            .replace("%2", db.workstation_code)
        )
        user = self.context.user
        if user is not None:
            role = role_name(user.role)
            text += " · " + self.tr("logged in as %1 (%2)").replace("%1", user.name).replace(
                "%2", role
            )
        return text
