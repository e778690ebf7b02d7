"""Starting the GUI: the application object, the language, the database, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from lab.certificates.demo import load_demo_calibrations
from lab.config import resolve_database_path
from lab.demo import load_demo_lab
from lab.permissions import LabUser
from lab.storage import Database, open_database
from lab.storage.database import DatabaseError
from lab.storage.migrate import SchemaTooNew
from lab.users import create_demo_users
from ui.certificates.fonts import ensure_fonts
from ui.context import PaneContext
from ui.i18n import install_language, say_why
from ui.idle_lock import IdleLock, idle_minutes
from ui.login import log_in
from ui.main_window import MainWindow
from ui.qt import QApplication, QMessageBox
from ui.settings import Settings
from ui.sync_controller import SyncController

log = logging.getLogger(__name__)


class CalDeskApp:
    """Owns the main window and rebuilds it when the language changes."""

    def __init__(
        self, database: Database, settings: Settings, demo: bool, user: LabUser | None = None
    ) -> None:
        self.context = PaneContext(database=database, settings=settings, demo=demo, user=user)
        # One sync controller for the session: a window rebuilt for a language switch keeps it.
        self.context.sync = SyncController(database, settings)
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None

    def show(self, pane: str = "devices") -> MainWindow:
        old = self.window
        self.window = MainWindow(self.context)
        self.window.language_requested.connect(self.switch_language)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        elif not self.context.settings.window_geometry.isEmpty():
            self.window.restoreGeometry(self.context.settings.window_geometry)
        else:
            self.window.resize(1280, 800)
        self.window.show_pane(pane)
        self.window.show()
        if self.context.user is not None:
            # An unattended workstation locks itself (ISO/IEC 17025 7.11: records protected).
            if self.idle_lock is not None:
                self.idle_lock.timer.stop()
            self.idle_lock = IdleLock(
                self.window,
                self.context.database,
                self.context.user,
                minutes=idle_minutes(self.context.database),
            )
        return self.window

    def switch_language(self, language: str) -> None:
        self.context.settings.language = language
        install_language(language)
        self.show(self.window.current_pane_key() if self.window else "devices")


def open_workstation_database(path: Path, demo: bool) -> Database:
    database = open_database(path)
    if demo:
        with database.session(reason="demo lab") as session:
            load_demo_lab(session)
            create_demo_users(session)
            # Approved calibrations waiting for their certificate (once; a few seconds).
            load_demo_calibrations(session)
    return database


def run_gui(db_path: Path | None, demo: bool = False) -> int:
    logging.basicConfig(level=logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CalDesk")
    app.setOrganizationName("CalDesk")
    ensure_fonts()  # before any worker renders a certificate
    settings = Settings()
    install_language(settings.language)
    path = resolve_database_path(db_path, demo=demo)
    try:
        database = open_workstation_database(path, demo)
    except (DatabaseError, SchemaTooNew) as exc:
        QMessageBox.critical(None, "CalDesk", say_why(exc))
        return 2
    except OSError as exc:  # the system's own words, which CalDesk has no translation of
        QMessageBox.critical(None, "CalDesk", str(exc))
        return 2
    user = log_in(database, demo=demo)
    if user is None:
        database.close()
        return 0
    caldesk = CalDeskApp(database, settings, demo, user)
    caldesk.show()
    code = app.exec()
    if caldesk.window is not None:
        settings.window_geometry = caldesk.window.saveGeometry()
    caldesk.context.sync.shut_down()  # a running sync stops at its next batch, then the DB closes
    database.close()
    return code
