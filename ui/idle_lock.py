"""Lock an idle workstation (issue 5, "Users and roles"): after a set number of minutes without a
key press or mouse movement, a screen covers the window until the user's password is typed again.

The password goes through ``lab.users.log_in``, so wrong passwords count towards the lock-out.
"""

from __future__ import annotations

import logging

from lab.lab_settings import lab_setting
from lab.permissions import LabUser
from lab.users import WRONG_NAME_OR_PASSWORD, LogInFailed, log_in
from ui.i18n import say_why
from ui.login import message_label, password_field, show_message
from ui.qt import (
    QApplication,
    QDialog,
    QEvent,
    QLabel,
    QObject,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10.0
IDLE_MINUTES_SETTING = "idle_lock_minutes"

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def idle_minutes(database) -> float:  # noqa: ANN001
    """The lab's idle-lock time (an admin's lab setting), :data:`DEFAULT_IDLE_MINUTES` if unset."""
    with database.read_session() as session:
        value = lab_setting(session, IDLE_MINUTES_SETTING, DEFAULT_IDLE_MINUTES)
    try:
        minutes = float(value)
    except (TypeError, ValueError):
        log.warning("lab setting %s is not a number: %r", IDLE_MINUTES_SETTING, value)
        return DEFAULT_IDLE_MINUTES
    return minutes if minutes > 0 else DEFAULT_IDLE_MINUTES


class LockScreen(QDialog):
    """Covers the window; only the locked user's password opens it again."""

    def __init__(self, database, user: LabUser, minutes: float, parent: QWidget) -> None:  # noqa: ANN001
        super().__init__(parent, Qt.WindowType.FramelessWindowHint)
        self.database = database
        self.user = user
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("CalDesk is locked"), self)
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        who = user.full_name or user.name
        explanation = QLabel(
            self.tr("Locked after %1 idle minutes. %2 (%3), type your password to go on.")
            .replace("%1", f"{minutes:g}")
            .replace("%2", who)
            .replace("%3", user.name),
            self,
        )
        explanation.setWordWrap(True)
        # A wrapped label inside a fixed-width panel under-reports its height; ask for it.
        explanation.setMinimumHeight(explanation.heightForWidth(400))
        self.password = password_field(self)
        self.message = message_label(self)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        panel = QWidget(self)
        panel.setFixedWidth(420)
        column = QVBoxLayout(panel)
        for widget in (title, explanation, self.password, self.message, self.unlock_button):
            column.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def try_unlock(self) -> None:
        try:
            log_in(self.database, self.user.name, self.password.text())
        except LogInFailed as exc:
            self.password.clear()
            wrong = str(exc) == WRONG_NAME_OR_PASSWORD
            said = self.tr("The password is wrong.") if wrong else say_why(exc)
            show_message(self.message, said)
            return
        self.accept()

    def reject(self) -> None:
        """Escape does not open a locked workstation."""


class IdleLock(QObject):
    """Watches the whole application's input and locks ``window`` after ``minutes`` of none."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QWidget,
        database,
        user: LabUser,
        *,
        minutes: float,  # noqa: ANN001
    ) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.user = user
        self.minutes = minutes
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self.screen is None and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.screen is not None:
            return
        log.info("workstation locked after %g idle minutes (%s)", self.minutes, self.user.name)
        self.screen = LockScreen(self.database, self.user, self.minutes, self.window)
        self.screen.setGeometry(self.window.geometry())
        self.screen.accepted.connect(self._on_unlocked)
        self.screen.open()
        self.locked.emit()

    def _on_unlocked(self) -> None:
        self.screen.deleteLater()
        self.screen = None
        self.timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
