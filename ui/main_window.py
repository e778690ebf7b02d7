"""The main window: a navigation pane on the left, the chosen pane on the right.

Panes are built the first time they are shown. A part of the product that is not built yet says
so plainly instead of pretending to work.
"""

from __future__ import annotations

import importlib
import logging
from datetime import datetime

from lab.sync.status import SyncRunRecord, SyncStatus
from ui.context import PaneContext
from ui.i18n import say_kept, translate
from ui.names import role_name
from ui.panes import NAV, PANES, PaneSpec
from ui.qt import (
    QAction,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSize,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.settings import LANGUAGES
from ui.sync_controller import SyncController

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
        self.sync_status = QPushButton()
        self.sync_status.setFlat(True)
        self.sync_status.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sync_status.clicked.connect(lambda: self.show_pane("sync"))
        self.statusBar().addPermanentWidget(self.sync_status)
        self._watch_sync()
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

    # --- sync in the status bar --------------------------------------------------------------

    def _watch_sync(self) -> None:
        if self.context.database is None:
            self.sync_status.hide()
            return
        if self.context.sync is None:
            self.context.sync = SyncController(self.context.database, self.context.settings)
        self.context.sync.status_changed.connect(self.show_sync_status)
        # Bound methods only: Qt drops them with this window when a language switch rebuilds it.
        self.context.sync.started.connect(self._sync_started)
        self.context.sync.finished.connect(self._after_sync)
        self.context.sync.refresh_status()

    def _sync_started(self, _trigger: str) -> None:
        self.show_sync_status()

    def _after_sync(self, run: SyncRunRecord) -> None:
        """Panes built earlier show pulled rows when next shown; the pane in front is left as it
        is, so a background sync never moves the selection under the technician's hands."""
        if run.pulled == 0:
            return
        current = self._stack.currentWidget()
        for pane in self._panes.values():
            if pane is not current and hasattr(pane, "reload"):
                pane.reload()

    def show_sync_status(self, status: SyncStatus | None = None) -> None:
        """ "Last sync 14:32 · 12 changes pending · 1 conflict"; red when a person is needed."""
        controller = self.context.sync
        status = status or controller.status or controller.refresh_status()
        parts = [self._last_sync_text(status)]
        if controller.running:
            parts.insert(0, self.tr("Syncing…"))
        parts.append(self.tr("%n change(s) pending", "", status.pending))
        if status.conflicts_open:
            parts.append(self.tr("%n conflict(s)", "", status.conflicts_open))
        self.sync_status.setText(" · ".join(parts))
        alarm = status.last_failed or status.conflicts_open > 0
        self.sync_status.setStyleSheet("color: #c9302c; font-weight: bold;" if alarm else "")
        failure = say_kept(status.last_run.message) if status.last_failed else ""
        self.sync_status.setToolTip(failure or self.tr("Open the Sync pane"))

    def _last_sync_text(self, status: SyncStatus) -> str:
        if status.last_failed:
            return self.tr("Last sync failed %1").replace("%1", _clock(status.last_run.finished_at))
        if status.last_success_at is not None:
            return self.tr("Last sync %1").replace("%1", _clock(status.last_success_at))
        if not status.configured:
            return self.tr("Sync not set up")
        return self.tr("Not synced yet")

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


def _clock(moment: datetime) -> str:
    """14:32 today, 25/11 14:32 on another day (local time)."""
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M")
