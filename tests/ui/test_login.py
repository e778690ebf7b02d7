"""Log-in, first admin, idle lock and e-signature dialogs with real widgets (issue 5)."""

from __future__ import annotations

import pytest

from lab.permissions import Role
from lab.signatures import Meaning, check_signature, content_hash
from lab.storage import open_database
from lab.users import (
    MAX_FAILED_ATTEMPTS,
    create_demo_users,
    create_first_admin,
    find_user,
    lab_user,
)
from ui.idle_lock import IdleLock
from ui.login import FirstAdminDialog, LogInDialog, log_in
from ui.qt import QApplication, QDialog, Qt, QTimer, QWidget
from ui.signing import SignatureDialog


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "lab.sqlite")
    yield db
    db.close()


@pytest.fixture
def demo_database(database):
    with database.session() as s:
        create_demo_users(s)
    return database


def _user(database, name):
    with database.read_session() as s:
        return lab_user(find_user(s, name))


def test_a_new_database_asks_for_the_first_admin(database, qtbot):
    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstAdminDialog)
        dialog.name.setText("hung.pv")
        dialog.full_name.setText("Phạm Văn Hùng")
        dialog.password.setText("admin-pass-1")
        dialog.repeat.setText("admin-pass-2")
        dialog.create_button.click()
        assert "passwords differ" in dialog.message.text()
        dialog.password.setText("admin-pass-1")
        dialog.repeat.setText("admin-pass-1")
        dialog.create_button.click()

    QTimer.singleShot(0, fill_in)
    user = log_in(database, demo=False)
    assert (user.name, user.role, user.full_name) == ("hung.pv", Role.ADMIN, "Phạm Văn Hùng")


def test_demo_passwords_are_shown_only_in_demo_mode(demo_database, qtbot):
    ordinary = LogInDialog(demo_database, demo=False)
    qtbot.addWidget(ordinary)
    assert ordinary.demo_table is None
    assert not any(
        "demo-" in label.text() for label in ordinary.findChildren(type(ordinary.message))
    )
    demo = LogInDialog(demo_database, demo=True)
    qtbot.addWidget(demo)
    shown = {demo.demo_table.item(r, 1).text() for r in range(demo.demo_table.rowCount())}
    assert {"chi.ttm", "an.nv", "dung.hq", "hung.pv"} <= shown
    row = [demo.demo_table.item(r, 1).text() for r in range(demo.demo_table.rowCount())].index(
        "chi.ttm"
    )
    demo.demo_table.cellClicked.emit(row, 1)
    demo.log_in_button.click()
    assert demo.result() == QDialog.Accepted and demo.user.name == "chi.ttm"
    demo.show()
    demo.resize(520, 420)
    demo.grab().save("/tmp/caldesk-login-demo.png")


def test_wrong_passwords_lock_the_account_and_say_so(demo_database, qtbot):
    dialog = LogInDialog(demo_database, demo=False)
    qtbot.addWidget(dialog)
    dialog.name.setText("an.nv")
    for _ in range(MAX_FAILED_ATTEMPTS):
        dialog.password.setText("wrong-guess")
        dialog.log_in_button.click()
    assert "locked after 5 wrong passwords" in dialog.message.text()
    assert dialog.password.text() == ""
    dialog.password.setText("demo-tech-2026")
    dialog.log_in_button.click()
    assert dialog.user is None and "locked" in dialog.message.text()
    dialog.show()
    dialog.grab().save("/tmp/caldesk-login-locked.png")


def test_an_idle_window_locks_and_only_the_password_opens_it(demo_database, qtbot):
    window = QWidget()
    window.resize(640, 400)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, demo_database, _user(demo_database, "an.nv"), minutes=0.001)
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass
    assert lock.is_locked and lock.screen.isVisible()
    qtbot.wait(50)
    lock.screen.grab().save("/tmp/caldesk-idle-lock.png")
    qtbot.keyClick(lock.screen, Qt.Key.Key_Escape)
    assert lock.is_locked  # Escape does not open it
    lock.screen.password.setText("not-my-password")
    lock.screen.unlock_button.click()
    assert lock.is_locked and "wrong" in lock.screen.message.text()
    lock.screen.password.setText("demo-tech-2026")
    with qtbot.waitSignal(lock.unlocked, timeout=1000):
        lock.screen.unlock_button.click()
    assert not lock.is_locked
    lock.stop()


def test_activity_keeps_the_window_unlocked(demo_database, qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, demo_database, _user(demo_database, "an.nv"), minutes=0.005)  # 0.3 s
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(window)
        qtbot.keyClick(window, Qt.Key.Key_A)
    assert not lock.is_locked
    lock.stop()


def test_signing_needs_the_password_and_binds_the_content(demo_database, qtbot):
    content = {"calibration": "cal-7", "U": "0.00023 V", "verdict": "pass"}
    signer = _user(demo_database, "chi.ttm")
    dialog = SignatureDialog(
        demo_database,
        signer,
        meaning=Meaning.APPROVED,
        entity="calibrations",
        record_id="cal-7",
        signed_hash=content_hash(content),
        quantity="DC voltage",
        summary="Calibration cal-7: Fluke 87V, SN 12345678, 10 test points (DC voltage).",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("wrong-password")
    dialog.sign_button.click()
    assert dialog.signature is None and "wrong" in dialog.message.text()
    dialog.grab().save("/tmp/caldesk-esign.png")
    dialog.password.setText("demo-sign-2026")
    dialog.sign_button.click()
    assert dialog.signature is not None and dialog.signature.meaning is Meaning.APPROVED
    assert check_signature(dialog.signature, content_hash(content)).matches
    assert not check_signature(dialog.signature, content_hash({**content, "U": "0.0001 V"})).matches


def test_a_signature_outside_the_scope_is_refused_in_the_dialog(demo_database, qtbot):
    dialog = SignatureDialog(
        demo_database,
        _user(demo_database, "chi.ttm"),
        meaning="issued",
        entity="certificates",
        record_id="VN-1",
        signed_hash=content_hash({}),
        quantity="temperature",
        summary="VN-1",
    )
    qtbot.addWidget(dialog)
    dialog.password.setText("demo-sign-2026")
    dialog.sign_button.click()
    assert dialog.signature is None
    assert "temperature is outside their signing scope" in dialog.message.text()


def test_first_admin_refused_once_users_exist(database, qtbot):
    with database.session() as s:
        create_first_admin(s, name="hung.pv", password="admin-pass-1")
    dialog = FirstAdminDialog(database)
    qtbot.addWidget(dialog)
    dialog.name.setText("mallory")
    dialog.password.setText("mallory-pass")
    dialog.repeat.setText("mallory-pass")
    dialog.create_button.click()
    assert dialog.user is None and "already has users" in dialog.message.text()


def test_the_idle_lock_time_is_the_lab_setting(database):
    from lab.lab_settings import set_lab_setting
    from lab.permissions import LabUser
    from ui.idle_lock import DEFAULT_IDLE_MINUTES, idle_minutes

    assert idle_minutes(database) == DEFAULT_IDLE_MINUTES
    admin = LabUser("hung.pv", Role.ADMIN)
    with database.session(actor=admin) as s:
        set_lab_setting(s, admin, "idle_lock_minutes", 5)
    assert idle_minutes(database) == 5


def test_a_locked_account_is_said_in_vietnamese(demo_database, qtbot, vietnamese):
    dialog = LogInDialog(demo_database, demo=False)
    qtbot.addWidget(dialog)
    dialog.name.setText("an.nv")
    dialog.password.setText("wrong-guess")
    dialog.log_in_button.click()
    assert dialog.message.text() == "Tên người dùng hoặc mật khẩu không đúng."
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        dialog.password.setText("wrong-guess")
        dialog.log_in_button.click()

    shown = dialog.message.text()
    assert shown.startswith("Tài khoản an.nv bị khóa sau 5 lần nhập sai mật khẩu; hãy thử lại sau")
    assert "locked" not in shown
    dialog.resize(460, 200)
    dialog.show()
    dialog.grab().save("/tmp/caldesk-login-locked-vi.png")


def test_the_lock_screen_says_a_locked_account_in_vietnamese(demo_database, qtbot, vietnamese):
    window = QWidget()
    qtbot.addWidget(window)
    lock = IdleLock(window, demo_database, _user(demo_database, "an.nv"), minutes=60)
    lock.lock()
    for _ in range(MAX_FAILED_ATTEMPTS):
        lock.screen.password.setText("not-my-password")
        lock.screen.unlock_button.click()
    assert lock.is_locked
    assert lock.screen.message.text().startswith("Tài khoản an.nv bị khóa sau 5 lần")
    lock.stop()


def test_a_bad_first_admin_is_refused_in_vietnamese(database, qtbot, vietnamese):
    dialog = FirstAdminDialog(database)
    qtbot.addWidget(dialog)
    dialog.name.setText("Hùng PV")
    dialog.password.setText("admin-pass-1")
    dialog.repeat.setText("admin-pass-1")
    dialog.create_button.click()
    assert dialog.user is None
    assert dialog.message.text().startswith("'Hùng PV' không thể làm tên người dùng: hãy dùng")
    dialog.name.setText("hung.pv")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.create_button.click()
    assert dialog.message.text() == "Mật khẩu phải có ít nhất 8 ký tự."
