"""The Sync pane and the status bar as technicians on two workstations use them, against a real
PostgreSQL (pgserver) and real SQLite files: Sync now, conflicts settled in the pane, a centre
that is down or not set up, the background timer, and a sync cancelled midway."""

from __future__ import annotations

import json
import socket
import stat
import subprocess
import sys
import uuid

import pytest
from sqlalchemy.engine import make_url

from lab.storage.sync_models import SyncState
from lab.sync.status import recent_runs
from tests.conftest import REPO
from tests.lab.sync.conftest import pg_server, pg_socket_dir, upstream_url  # noqa: F401
from tests.lab.sync.helpers import (
    add_customer,
    add_devices,
    device_field,
    edit_device,
    listed_conflict,
)
from tests.lab.sync.proxy import CablePullingProxy
from ui.context import PaneContext
from ui.main_window import MainWindow
from ui.qt import QApplication, QEvent, QMessageBox, QSettings, Qt
from ui.settings import Settings
from ui.sync_controller import BACKGROUND, MANUAL

SYNC_TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def password_file(tmp_path, monkeypatch):
    """libpq's password file for the test only: never the real ~/.pgpass."""
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


@pytest.fixture(autouse=True)
def english():
    """English with its plural forms ("1 conflict", "3 changes pending")."""
    from ui.i18n import install_language

    assert install_language("en")


@pytest.fixture
def workstation(qtbot, tmp_path):
    """``workstation("A")``: A's own SQLite file and main window, background sync off."""
    from lab.storage import open_database

    opened = []

    def open_one(name: str):
        db = open_database(tmp_path / f"{name}.sqlite", workstation_name=name)
        ini = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
        settings = Settings(ini)
        settings.sync_interval_minutes = 0
        window = MainWindow(PaneContext(database=db, settings=settings))
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        opened.append((window, db))
        return window, db

    yield open_one
    for window, db in opened:
        window.context.sync.shut_down()
        db.close()


def set_centre(window, url: str) -> object:
    pane = window.show_pane("sync")
    pane.address.setText(url)
    assert pane.save_settings(), pane.settings_message.text()
    return pane


def sync_now(qtbot, window):
    """Click Sync now and wait for the run to end; returns the recorded run."""
    pane = window.show_pane("sync")
    with qtbot.waitSignal(window.context.sync.finished, timeout=SYNC_TIMEOUT_MS) as done:
        qtbot.mouseClick(pane.sync_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def register_shows(window, lab_id: str) -> bool:
    pane = window.show_pane("devices")
    pane.model.load_all()
    return pane.model.row_of(lab_id) >= 0


def lab_id_of(db, device_id) -> str:
    return device_field(db, device_id, "lab_id")


def test_a_device_edited_on_a_reaches_bs_register_with_sync_now(qtbot, workstation, upstream_url):  # noqa: F811
    window_a, a = workstation("A")
    window_b, b = workstation("B")
    device = add_devices(a, add_customer(a), 1)[0]
    edit_device(a, device, location="Phòng đo điện")
    window_a.context.sync.refresh_status()
    assert window_a.sync_status.text() == "Sync not set up · 3 changes pending"
    set_centre(window_a, upstream_url)
    set_centre(window_b, upstream_url)
    assert not register_shows(window_b, lab_id_of(a, device))

    run_a = sync_now(qtbot, window_a)
    run_b = sync_now(qtbot, window_b)

    assert (run_a.outcome, run_b.outcome) == ("ok", "ok")
    assert run_a.pushed >= 2 and run_b.pulled >= 2  # the customer and the device
    assert register_shows(window_b, lab_id_of(a, device))
    assert device_field(b, device, "location") == "Phòng đo điện"
    pane_a = window_a.show_pane("sync")
    assert "went through" in pane_a.outcome.text() and "pushed" in pane_a.outcome.text()
    assert pane_a.history.rowCount() == 1 and pane_a.history.item(0, 1).text() == "by hand"
    status = window_a.sync_status.text()
    assert status.startswith("Last sync ") and "0 changes pending" in status
    assert "color" not in window_a.sync_status.styleSheet()
    window_a.show_pane("devices")
    qtbot.mouseClick(window_a.sync_status, Qt.MouseButton.LeftButton)
    assert window_a.current_pane_key() == "sync"


def test_the_interval_is_kept_per_workstation_and_zero_means_on_demand_only(qtbot, workstation):
    window, _ = workstation("A")
    pane = set_centre(window, "postgresql://tram-a@may-chu/caldesk")
    controller = window.context.sync
    assert not controller.timer.isActive()

    pane.interval.setValue(15)
    assert pane.save_settings()
    assert controller.timer.isActive() and controller.timer.interval() == 15 * 60_000
    assert window.context.settings.sync_interval_minutes == 15

    pane.interval.setValue(0)
    assert pane.save_settings()
    assert not controller.timer.isActive()
    assert pane.interval.text() == "off (only on demand)"


def test_an_address_that_is_not_postgresql_is_not_saved(qtbot, workstation):
    window, db = workstation("A")
    pane = window.show_pane("sync")
    pane.address.setText("mysql://tram-a@may-chu/caldesk")

    assert not pane.save_settings()
    assert "must be PostgreSQL" in pane.settings_message.text()
    assert not pane.sync_now() and "address first" in pane.outcome.text()
    assert window.sync_status.text() == "Sync not set up · 0 changes pending"


def test_a_conflict_is_shown_in_bs_pane_settled_there_and_both_converge(
    qtbot,
    workstation,
    upstream_url,  # noqa: F811
):
    window_a, a = workstation("A")
    window_b, b = workstation("B")
    device = add_devices(a, add_customer(a), 1)[0]
    for window in (window_a, window_b):
        set_centre(window, upstream_url)
    sync_now(qtbot, window_a)
    sync_now(qtbot, window_b)
    edit_device(a, device, location="Phòng A")
    edit_device(b, device, location="Phòng B")
    sync_now(qtbot, window_a)

    run = sync_now(qtbot, window_b)

    assert run.conflicts_found == 1 and run.conflicts_open == 1
    assert "1 conflict" in window_b.sync_status.text()
    assert "c9302c" in window_b.sync_status.styleSheet()  # red: a person is needed
    conflicts = window_b.show_pane("sync").conflicts
    assert conflicts.table.rowCount() == 1
    row = [conflicts.table.item(0, x).text() for x in range(conflicts.table.columnCount())]
    assert row[0] == f"Device {lab_id_of(b, device)} · Đồng hồ vạn năng 0"
    assert row[1:6] == ["location", "Phòng A", "Phòng B", "this workstation", "—"]
    sync_now(qtbot, window_a)  # A names B by B's code, read from the centre's directory
    on_a = window_a.show_pane("sync").conflicts
    assert on_a.table.item(0, 4).text() == b.workstation_code

    qtbot.mouseClick(conflicts.take_button, Qt.MouseButton.LeftButton)
    assert "next sync" in conflicts.message.text() and conflicts.table.rowCount() == 0
    assert sync_now(qtbot, window_b).outcome == "ok"
    assert sync_now(qtbot, window_a).outcome == "ok"

    for window, db in ((window_a, a), (window_b, b)):
        assert device_field(db, device, "location") == "Phòng B"
        assert window.show_pane("sync").conflicts.table.rowCount() == 0
        assert "conflict" not in window.sync_status.text()
        assert "color" not in window.sync_status.styleSheet()


def test_a_centre_that_stopped_is_a_sentence_in_the_pane_and_a_red_status_bar(
    qtbot,
    workstation,
    pg_socket_dir,  # noqa: F811
    upstream_url,  # noqa: F811
):
    window, a = workstation("A")
    proxy = CablePullingProxy(pg_socket_dir)
    database = make_url(upstream_url).database
    set_centre(window, proxy.url(database))
    add_devices(a, add_customer(a), 3)
    first = sync_now(qtbot, window)
    assert first.outcome == "ok", first.message
    device = add_devices(a, add_customer(a, "Công ty Nước sạch"), 1)[0]
    edit_device(a, device, notes="đo lại sau khi sửa")
    pending = window.context.sync.refresh_status().pending

    # The centre is gone (shutdown wakes the proxy's accept, so the port really closes).
    proxy.listener.shutdown(socket.SHUT_RDWR)
    proxy.close()
    run = sync_now(qtbot, window)

    pane = window.show_pane("sync")
    assert run.outcome == "unreachable"
    assert "could not be reached" in pane.outcome.text()
    assert "Nothing was lost" in pane.outcome.text()
    assert "Cannot reach the central database at 127.0.0.1" in pane.detail.text()
    assert pane.detail_button.isVisible()
    status = window.sync_status.text()
    assert status.startswith("Last sync failed") and f"{pending} changes pending" in status
    assert "c9302c" in window.sync_status.styleSheet()
    assert window.context.sync.refresh_status().pending == pending  # nothing lost
    assert device_field(a, device, "notes") == "đo lại sau khi sửa"


def test_a_centre_not_set_up_for_caldesk_is_refused_with_a_sentence(
    qtbot,
    workstation,
    pg_server,  # noqa: F811
    pg_socket_dir,  # noqa: F811
):
    window, a = workstation("A")
    add_devices(a, add_customer(a), 1)
    name = f"empty_{uuid.uuid4().hex[:10]}"
    pg_server.psql(f"CREATE DATABASE {name};")
    try:
        set_centre(window, f"postgresql://postgres@/{name}?host={pg_socket_dir}")
        run = sync_now(qtbot, window)
    finally:
        pg_server.psql(f"DROP DATABASE {name} WITH (FORCE);")

    pane = window.show_pane("sync")
    assert run.outcome == "schema"
    assert "not the same version" in pane.outcome.text()
    assert "upstream init" in pane.detail.text()
    assert window.sync_status.text().startswith("Last sync failed")


def test_the_password_is_kept_in_libpqs_file_never_shown_nor_stored(
    qtbot,
    workstation,
    upstream_url,  # noqa: F811
    password_file,
    tmp_path,
):
    window, a = workstation("A")
    with_password = upstream_url.replace("postgres@", "postgres:Mat-khau:9@")
    pane = set_centre(window, with_password)
    pane.sslmode.setCurrentIndex(pane.sslmode.findData("disable"))
    assert pane.save_settings()

    assert "Mat-khau" not in pane.address.text() and pane.password.text() == ""
    assert pane.password.placeholderText().startswith("saved")
    with a.read_session() as session:
        stored = session.get(SyncState, 1).upstream_url
    assert "Mat-khau" not in stored and "sslmode=disable" in stored
    window.context.settings._q.sync()  # QSettings writes lazily; look at what is on disk
    assert "sync_interval_minutes" in (tmp_path / "A.ini").read_text()
    assert "Mat-khau" not in (tmp_path / "A.ini").read_text()
    assert password_file.read_text().rstrip().endswith(":postgres:Mat-khau\\:9")
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    assert sync_now(qtbot, window).outcome == "ok"  # the address without password still works


def test_a_sync_run_from_the_command_line_shows_in_the_pane_and_the_status_bar(
    qtbot,
    workstation,
    upstream_url,  # noqa: F811
):
    window, a = workstation("A")
    set_centre(window, upstream_url)
    add_devices(a, add_customer(a), 2)

    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--db", str(a.path), "sync", "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    window.context.sync.refresh_status()

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pushed"] == 3
    pane = window.show_pane("sync")
    assert pane.history.item(0, 1).text() == "command line"
    assert pane.history.item(0, 3).text() == "3"
    assert window.sync_status.text().startswith("Last sync ")
    assert "0 changes pending" in window.sync_status.text()


def test_the_timer_syncs_in_the_background_without_a_dialog(qtbot, workstation, upstream_url):  # noqa: F811
    window, a = workstation("A")
    set_centre(window, upstream_url)
    window.show_pane("devices")
    add_devices(a, add_customer(a), 2)
    controller = window.context.sync

    with qtbot.waitSignal(controller.finished, timeout=SYNC_TIMEOUT_MS) as done:
        controller.set_interval_ms(200)
    controller.set_interval_ms(0)

    run = done.args[0]
    assert (run.trigger, run.outcome, run.pushed) == (BACKGROUND, "ok", 3)
    assert recent_runs(a)[0].trigger == BACKGROUND
    assert "0 changes pending" in window.sync_status.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_a_background_tick_while_a_sync_runs_does_not_start_a_second(
    qtbot,
    workstation,
    upstream_url,  # noqa: F811
):
    window, a = workstation("A")
    set_centre(window, upstream_url)
    controller = window.context.sync
    with qtbot.waitSignal(controller.finished, timeout=SYNC_TIMEOUT_MS):
        assert controller.sync_now(MANUAL)
        assert not controller.sync_now(MANUAL)
        controller.background_sync()
    qtbot.wait(300)
    assert [r.trigger for r in recent_runs(a)] == [MANUAL]


def test_a_sync_cancelled_midway_is_completed_by_the_next_one(qtbot, workstation, upstream_url):  # noqa: F811
    window_a, a = workstation("A")
    window_b, b = workstation("B")
    devices_a = add_devices(a, add_customer(a), 20)
    add_devices(b, add_customer(b, "Bệnh viện tỉnh"), 1)
    for window in (window_a, window_b):
        set_centre(window, upstream_url)
    sync_now(qtbot, window_a)
    controller = window_b.context.sync
    # Press Cancel the moment the first batch is through (on the worker, so exactly then).
    controller.batch_done.connect(controller.cancel, Qt.ConnectionType.DirectConnection)

    cancelled = sync_now(qtbot, window_b)
    controller.batch_done.disconnect(controller.cancel)

    pane = window_b.show_pane("sync")
    assert cancelled.outcome == "cancelled" and cancelled.pushed == 2 and cancelled.pulled == 0
    assert "cancelled" in pane.outcome.text() and "carries on" in pane.outcome.text()
    assert not register_shows(window_b, lab_id_of(a, devices_a[0]))
    finished = sync_now(qtbot, window_b)
    assert finished.outcome == "ok" and finished.pulled >= 21
    assert all(register_shows(window_b, lab_id_of(a, d)) for d in devices_a)
    assert [pane.history.item(y, 2).text() for y in range(2)] == ["done", "cancelled"]


def test_the_status_bar_follows_the_sync_after_a_language_switch(qtbot, demo_db, tmp_path):
    from lab.permissions import LabUser, Role
    from ui.app import CalDeskApp

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    app = CalDeskApp(demo_db, settings, demo=True, user=LabUser("an.nv", Role.TECHNICIAN))
    first = app.show()
    controller = app.context.sync
    app.switch_language("en")  # the window is rebuilt; the controller stays
    second = app.window
    qtbot.addWidget(second)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old window is gone

    controller.started.emit(MANUAL)
    controller.refresh_status()

    assert second is not first and second.context.sync is controller
    assert "changes pending" in second.sync_status.text()
    controller.shut_down()


def test_an_address_that_is_not_postgresql_is_refused_in_vietnamese(qtbot, workstation, vietnamese):
    window, db = workstation("A")
    pane = window.show_pane("sync")
    pane.address.setText("mysql://tram-a@may-chu/caldesk")

    assert not pane.save_settings()
    assert pane.settings_message.text().endswith(
        "Cơ sở dữ liệu trung tâm phải là PostgreSQL, không phải 'mysql'."
    )
    pane.address.setText("postgresql://may-chu/caldesk")
    pane.password.setText("mat-khau")
    assert not pane.save_settings()
    assert "Hãy ghi tên đăng nhập của máy trạm trong địa chỉ" in pane.settings_message.text()


def test_a_centre_not_set_up_is_explained_in_vietnamese_also_after_a_restart(
    qtbot,
    workstation,
    pg_server,  # noqa: F811
    pg_socket_dir,  # noqa: F811
    vietnamese,
):
    window, a = workstation("A")
    name = f"empty_{uuid.uuid4().hex[:10]}"
    pg_server.psql(f"CREATE DATABASE {name};")
    try:
        set_centre(window, f"postgresql://postgres@/{name}?host={pg_socket_dir}")
        run = sync_now(qtbot, window)
    finally:
        pg_server.psql(f"DROP DATABASE {name} WITH (FORCE);")

    vietnamese_detail = (
        "Cơ sở dữ liệu trung tâm chưa được thiết lập cho CalDesk: "
        "hãy chạy 'python main.py upstream init URL' trước."
    )
    assert run.outcome == "schema" and run.message.startswith("The central database has not")
    pane = window.show_pane("sync")
    pane.detail_button.setChecked(True)
    assert pane.detail.text() == vietnamese_detail
    assert pane.history.item(0, 2).toolTip() == vietnamese_detail
    assert window.sync_status.toolTip() == vietnamese_detail
    pane.grab().save("/tmp/caldesk-sync-schema-vi.png")

    # The run kept in the database is English text; a pane opened afresh still says it.
    assert recent_runs(a)[0].message == run.message
    window_again = MainWindow(PaneContext(database=a, settings=window.context.settings))
    qtbot.addWidget(window_again)
    assert window_again.show_pane("sync").detail.text() == vietnamese_detail
    window_again.context.sync.shut_down()


def test_typing_the_right_serial_settles_the_conflict_in_the_pane(qtbot, workstation):
    window, db = workstation("A")
    device, _ = listed_conflict(db, "serial", "SN-0001A", "SN-0001B")
    conflicts = window.show_pane("sync").conflicts
    conflicts.reload()
    window.context.sync.refresh_status()
    assert "1 conflict" in window.sync_status.text()
    assert conflicts.type_button.text() == "Type the right value…"
    assert conflicts.type_button.isEnabled()

    qtbot.mouseClick(conflicts.type_button, Qt.MouseButton.LeftButton)
    dialog = conflicts.typed_dialog
    assert dialog.isVisible() and dialog.textValue() == "SN-0001A"  # starts from the record's
    assert "serial no. of Device" in dialog.labelText()
    dialog.setTextValue(" SN-0001C ")
    dialog.accept()

    assert conflicts.table.rowCount() == 0
    assert conflicts.message.text().startswith("Settled: serial no. of Device ")
    assert "is now SN-0001C." in conflicts.message.text()
    assert device_field(db, device, "serial") == "SN-0001C"
    assert "conflict" not in window.sync_status.text()


def test_a_typed_value_that_is_no_number_is_refused_in_vietnamese(qtbot, workstation):
    from ui.i18n import install_language

    window, db = workstation("A")
    device, _ = listed_conflict(db, "range_max", 100.0, 200.0)
    assert install_language("vi")
    try:
        conflicts = window.show_pane("sync").conflicts
        conflicts.reload()
        button = conflicts.type_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        conflicts.typed_dialog.setTextValue("abc")
        conflicts.typed_dialog.accept()
        refused = conflicts.message.text()
        rows_after_refusal = conflicts.table.rowCount()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        conflicts.typed_dialog.setTextValue("1 000,5")
        conflicts.typed_dialog.accept()
    finally:
        install_language("en")

    assert refused == (
        "Trường phạm vi đo đến phải là một số, ví dụ 0,05 hoặc 1.5; 'abc' không phải là số."
    )
    assert rows_after_refusal == 1
    assert "Đã giải quyết: phạm vi đo đến" in conflicts.message.text()
    assert device_field(db, device, "range_max") == 1000.5


def test_the_typed_value_settles_the_conflict_it_was_typed_for_after_a_reload(qtbot, workstation):
    window, db = workstation("A")
    first, _ = listed_conflict(db, "notes", "A", "B")
    second, _ = listed_conflict(db, "notes", "C", "D", customer="Công ty Cấp nước")
    conflicts = window.show_pane("sync").conflicts
    conflicts.reload()
    conflicts.table.selectRow(1)

    qtbot.mouseClick(conflicts.type_button, Qt.MouseButton.LeftButton)
    conflicts.reload()  # a background sync ends while the dialog is open: row 0 is selected
    conflicts.typed_dialog.setTextValue("E")
    conflicts.typed_dialog.accept()

    assert (device_field(db, first, "notes"), device_field(db, second, "notes")) == ("A", "E")
