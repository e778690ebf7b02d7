"""The application shell: the logged-in user is shown and the idle lock watches the window."""

from __future__ import annotations

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
