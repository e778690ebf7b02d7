"""Log-in when CalDesk opens, and the first admin of a new database (issue 5, "Users and roles").

:func:`log_in` is what the main window calls before it shows anything: on a database with no users
it asks for the first admin; otherwise it asks for a name and password. Wrong passwords count
towards the lock-out kept in ``lab.users``; the dialog says the sentence the service gives in the
user's language (:func:`ui.i18n.say`). The
demo lab shows its demo users and their passwords here, and only in demo mode.
"""

from __future__ import annotations

import logging

from lab.permissions import LabUser
from lab.users import (
    LogInFailed,
    UserError,
    create_first_admin,
    demo_credentials,
    user_count,
)
from lab.users import (
    log_in as check_log_in,
)
from ui.i18n import say_why
from ui.names import role_name
from ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"


def password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class LogInDialog(QDialog):
    """Name and password; in demo mode also the demo users, a click filling them in."""

    def __init__(self, database, *, demo: bool, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.database = database
        self.user: LabUser | None = None
        self.setWindowTitle(self.tr("CalDesk — log in"))
        self.name = QLineEdit(self)
        self.password = password_field(self)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(self)
        self.log_in_button = buttons.addButton(self.tr("Log in"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_log_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.demo_table = self._demo_table() if demo else None
        if self.demo_table is not None:
            hint = QLabel(self.tr("Demo lab: its users and passwords. Click one to fill it in."))
            layout.addWidget(hint)
            layout.addWidget(self.demo_table)
        layout.addWidget(buttons)
        self.password.returnPressed.connect(self.try_log_in)
        self.name.setFocus()

    def _demo_table(self) -> QTableWidget:
        credentials = demo_credentials()
        table = QTableWidget(len(credentials), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("User"), self.tr("Password")])
        for row, (role, name, password) in enumerate(credentials):
            for column, value in enumerate((role_name(role), name, password)):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setToolTip(self.tr("Demo lab only: click a user to fill in the log-in."))
        table.cellClicked.connect(self._fill_from_demo)
        return table

    def _fill_from_demo(self, row: int, _column: int) -> None:
        self.name.setText(self.demo_table.item(row, 1).text())
        self.password.setText(self.demo_table.item(row, 2).text())

    def try_log_in(self) -> None:
        try:
            self.user = check_log_in(self.database, self.name.text(), self.password.text())
        except LogInFailed as exc:
            self.password.clear()
            show_message(self.message, say_why(exc))
            return
        log.info("%s logged in", self.user.name)
        self.accept()


class FirstAdminDialog(QDialog):
    """A new database has no users: the person setting it up becomes its first admin."""

    def __init__(self, database, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.database = database
        self.user: LabUser | None = None
        self.setWindowTitle(self.tr("CalDesk — first admin"))
        intro = QLabel(
            self.tr(
                "This database has no users yet. Create the lab's first admin: the admin adds "
                "the technicians, reviewers and signatories afterwards."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("chi.ttm")
        self.full_name = QLineEdit(self)
        self.password = password_field(self)
        self.repeat = password_field(self)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(self.tr("Create admin"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_create(self) -> None:
        if self.password.text() != self.repeat.text():
            show_message(self.message, self.tr("The two passwords differ; type them again."))
            self.password.clear()
            self.repeat.clear()
            return
        try:
            with self.database.session(
                actor=self.name.text().strip().lower(), reason="first admin"
            ) as s:
                self.user = create_first_admin(
                    s,
                    name=self.name.text(),
                    password=self.password.text(),
                    full_name=self.full_name.text(),
                )
        except UserError as exc:
            show_message(self.message, say_why(exc))
            return
        self.accept()


def needs_first_admin(database) -> bool:  # noqa: ANN001
    with database.read_session() as session:
        return user_count(session) == 0


def log_in(database, *, demo: bool, parent: QWidget | None = None) -> LabUser | None:  # noqa: ANN001
    """The logged-in user, or ``None`` when the person cancelled (the app then closes)."""
    if needs_first_admin(database):
        dialog: FirstAdminDialog | LogInDialog = FirstAdminDialog(database, parent)
    else:
        dialog = LogInDialog(database, demo=demo, parent=parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.user
