"""The application shell: the logged-in user is shown and the idle lock watches the window."""

from __future__ import annotations

import pytest

from lab.permissions import LabUser, Role
from ui.app import CalDeskApp
from ui.panes import PANES
from ui.qt import QSettings
from ui.settings import Settings


def test_the_window_names_the_user_and_locks_when_idle(qtbot, demo_db, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    user = LabUser("an.nv", Role.TECHNICIAN, "Nguyễn Văn An")
    app = CalDeskApp(demo_db, settings, demo=True, user=user)
    window = app.show()
    qtbot.addWidget(window)
    assert "an.nv" in window.status_label.text() and "technician" in window.status_label.text()
    assert app.idle_lock is not None and app.idle_lock.timer.isActive()
    app.idle_lock.lock()
    assert app.idle_lock.is_locked


def test_every_navigation_entry_opens_a_pane_or_says_plainly_it_is_not_built(qtbot, demo_db):
    from ui.context import PaneContext
    from ui.main_window import MainWindow, NotBuiltPane

    window = MainWindow(PaneContext(database=demo_db))
    qtbot.addWidget(window)
    for spec in PANES:
        pane = window.show_pane(spec.key)
        assert isinstance(pane, NotBuiltPane) == (spec.factory is None)
        if spec.factory is None:
            assert "not built yet" in pane.findChildren(type(window.status_label))[1].text()


def test_the_technician_reaches_the_calibrate_pane_from_the_navigation(qtbot, demo_db):
    from ui.context import PaneContext
    from ui.main_window import MainWindow
    from ui.panes.calibrate import CalibratePane

    window = MainWindow(PaneContext(database=demo_db))
    qtbot.addWidget(window)
    assert isinstance(window.show_pane("calibrate"), CalibratePane)


def _newer_database(path):
    from sqlalchemy import create_engine, text

    from lab.storage import open_database

    open_database(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    return path


def _not_a_database(path):
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database")
    return path


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (_newer_database, "được ghi bởi một phiên bản CalDesk mới hơn (lược đồ 9999_future)"),
        (_not_a_database, "không phải là cơ sở dữ liệu CalDesk (không phải tệp SQLite)."),
    ],
)
def test_a_database_that_cannot_be_opened_is_said_at_start_in_vietnamese(
    qapp, tmp_path, monkeypatch, make, said
):
    import ui.app
    from ui.i18n import install_language

    path = make(tmp_path / "lab.sqlite")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.language = "vi"
    shown = []

    class MessageBox:  # records what the real one would show, without waiting for a click
        @staticmethod
        def critical(_parent, title, message):
            shown.append((title, message))

    monkeypatch.setattr(ui.app, "Settings", lambda: settings)
    monkeypatch.setattr(ui.app, "QMessageBox", MessageBox)
    try:
        assert ui.app.run_gui(path) == 2
    finally:
        install_language("en")
    ((title, message),) = shown
    assert title == "CalDesk" and str(path) in message and said in message
