"""Sync: the centre's address, "Sync now" with progress and cancel, how the last syncs went, and
the conflicts a person settles (issue 8, "When" and "Conflicts").

The address is stored in the workstation's database without its password (``main.py sync`` uses
the same one); a password goes to libpq's password file (:mod:`lab.sync.pgpass`) and is never
shown again. The interval of the background sync is a setting of this workstation.
"""

from __future__ import annotations

import logging

from lab.sync.pgpass import has_password, save_password
from lab.sync.status import (
    CANCELLED,
    COMMAND,
    OK,
    SCHEMA,
    UNREACHABLE,
    SyncRunRecord,
    SyncStatus,
    UpstreamAddress,
    parse_address,
    recent_runs,
    save_upstream,
    saved_upstream,
)
from ui.context import PaneContext
from ui.i18n import say, say_kept
from ui.panes.sync_conflicts import ConflictList
from ui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.settings import SYNC_INTERVAL_MAX_MINUTES
from ui.sync_controller import BACKGROUND, MANUAL, SyncController
from ui.tables import list_table

log = logging.getLogger(__name__)

SSLMODES = ("prefer", "require", "verify-ca", "verify-full", "disable", "allow")
ERROR_STYLE = "color: #a94442;"


def when(run_time) -> str:  # noqa: ANN001 - an aware datetime
    return run_time.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class SyncPane(QWidget):
    def __init__(self, context: PaneContext) -> None:
        super().__init__()
        self.db = context.database
        self.controller: SyncController = context.sync
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://tram-1@may-chu-trung-tam/caldesk")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        for mode in SSLMODES:
            self.sslmode.addItem(self.sslmode_name(mode), mode)
        self.interval = QSpinBox()
        self.interval.setRange(0, SYNC_INTERVAL_MAX_MINUTES)
        self.interval.setSpecialValueText(self.tr("off (only on demand)"))
        self.interval.setSuffix(" " + self.tr("min"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_settings)
        self.settings_message = QLabel()
        self.settings_message.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_button = QPushButton(self.tr("Details"))
        self.detail_button.setCheckable(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_button.toggled.connect(self.detail.setVisible)
        self.history = self._history_table()
        self.conflicts = ConflictList(self.db, context.user)
        self.conflicts.resolved.connect(self.controller.refresh_status)
        self.tabs = QTabWidget()
        self._lay_out()
        self.controller.started.connect(self._started)
        self.controller.batch_done.connect(self._batch_done)
        self.controller.finished.connect(self._finished)
        self.controller.status_changed.connect(self._status_changed)
        self._seen: tuple = ()
        self.load_settings()
        self.reload()

    # --- layout -----------------------------------------------------------------------------

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Central database"), self.address)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Encryption (TLS)"), self.sslmode)
        form.addRow(self.tr("Sync in the background every"), self.interval)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.settings_message, 1)
        form.addRow(save_row)
        box = QGroupBox(self.tr("Centre"))
        box.setLayout(form)
        run_row = QHBoxLayout()
        run_row.addWidget(self.sync_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        outcome_row.addWidget(self.detail_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + self.tr("Sync with the centre") + "</h3>"))
        layout.addWidget(box)
        layout.addLayout(run_row)
        layout.addLayout(outcome_row)
        layout.addWidget(self.detail)
        layout.addWidget(self.tabs, 1)

    def _history_table(self) -> QTableWidget:
        headers = [
            self.tr("Started"), self.tr("How"), self.tr("Result"), self.tr("Pushed"),
            self.tr("Pulled"), self.tr("Conflicts"), self.tr("Seconds"),
        ]  # fmt: skip
        return list_table(headers)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - a background sync may have run
        self.reload()
        super().showEvent(event)

    # --- settings ---------------------------------------------------------------------------

    def sslmode_name(self, mode: str) -> str:
        return {
            "prefer": self.tr("prefer: TLS when the centre offers it (default)"),
            "require": self.tr("require: always TLS, certificate not checked"),
            "verify-ca": self.tr("verify-ca: TLS, certificate checked"),
            "verify-full": self.tr("verify-full: TLS, certificate and name checked"),
            "disable": self.tr("disable: no TLS"),
            "allow": self.tr("allow: TLS only if the centre insists"),
        }[mode]

    def load_settings(self) -> None:
        address = saved_upstream(self.db)
        self.address.setText(address.url if address else "")
        mode = (address.sslmode if address else None) or "prefer"
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(mode), 0))
        settings = self.controller.settings
        self.interval.setValue(settings.sync_interval_minutes if settings else 0)
        self._show_password_state(address)

    def _show_password_state(self, address: UpstreamAddress | None) -> None:
        self.password.clear()
        saved = address is not None and has_password(address.url)
        self.password.setPlaceholderText(
            self.tr("saved (type a new one to replace it)") if saved
            else self.tr("none saved (certificate or trusted login)")
        )  # fmt: skip

    def save_settings(self) -> bool:
        """Store the address (never its password), the password in libpq's file, the interval."""
        mode = self.sslmode.currentData()
        try:
            address, typed = parse_address(self.address.text(), None if mode == "prefer" else mode)
            password = self.password.text() or typed
            if password:
                save_password(address.url, password)
        except (ValueError, OSError) as exc:
            # An OSError's args[0] is its number; its text is the system's own.
            said = exc.args[0] if exc.args else ""
            why = say(said) if isinstance(said, str) else str(exc)
            self._say(self.settings_message, self.tr("Not saved: %1").replace("%1", why), True)
            return False
        save_upstream(self.db, address)
        self.controller.set_interval(self.interval.value())
        self.address.setText(address.url)
        self._show_password_state(address)
        self._say(self.settings_message, self.tr("Saved."), False)
        self.controller.refresh_status()
        self._update_buttons()
        return True

    # --- syncing ----------------------------------------------------------------------------

    def sync_now(self) -> bool:
        if saved_upstream(self.db) is None:
            self._say(self.outcome, self.tr("Set the central database's address first."), True)
            return False
        return self.controller.sync_now(MANUAL)

    def _started(self, _trigger: str) -> None:
        self.progress.setRange(0, 0)  # how many rows wait upstream is unknown until pulled
        self.progress.setFormat(self.tr("Connecting to the centre…"))
        self._say(self.outcome, self.tr("Syncing…"), False)
        self.detail.clear()
        self._update_buttons()

    def _batch_done(self, stage: str, count: int) -> None:
        if stage == "push":
            self.progress.setFormat(self.tr("%n change(s) sent…", "", count))
        else:
            self.progress.setFormat(self.tr("%n row(s) received…", "", count))

    def _finished(self, run: SyncRunRecord) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if run.outcome == OK else 0)
        self.progress.setFormat(self.result_name(run.outcome))
        self.show_run(run)
        self.reload()

    def show_run(self, run: SyncRunRecord | None) -> None:
        if run is None:
            self._say(self.outcome, self.tr("Not synced yet on this workstation."), False)
            self.detail.clear()
        else:
            self._say(self.outcome, self.run_sentence(run), run.failed)
            self.detail.setText(say_kept(run.message))
        self.detail_button.setVisible(bool(run and run.message))
        self.detail.setVisible(self.detail_button.isChecked() and bool(run and run.message))

    def run_sentence(self, run: SyncRunRecord) -> str:
        facts = (
            self.tr("%1: pushed %2, pulled %3, conflicts found %4, still open %5; took %6 s.")
            .replace("%1", when(run.finished_at)).replace("%2", str(run.pushed))
            .replace("%3", str(run.pulled)).replace("%4", str(run.conflicts_found))
            .replace("%5", str(run.conflicts_open)).replace("%6", f"{run.seconds:.1f}")
        )  # fmt: skip
        if run.outcome == OK:
            return self.tr("Last sync went through.") + " " + facts
        if run.outcome == CANCELLED:
            return (
                self.tr(
                    "The sync was cancelled (pushed %1, pulled %2); the next sync carries on "
                    "from there."
                )
                .replace("%1", str(run.pushed))
                .replace("%2", str(run.pulled))
            )
        return self.failure_sentence(run.outcome) + " " + self.tr(
            "Nothing was lost: your changes stay on this workstation until the next sync."
        )  # fmt: skip

    def failure_sentence(self, outcome: str) -> str:
        if outcome == UNREACHABLE:
            return self.tr("The central database could not be reached (network, server, "
                           "address, login or password).")  # fmt: skip
        if outcome == SCHEMA:
            return self.tr("The central database and this CalDesk are not the same version "
                           "(see the details for who must update).")  # fmt: skip
        return self.tr("The central database refused the sync (see the details).")

    def result_name(self, outcome: str) -> str:
        return {
            OK: self.tr("done"),
            CANCELLED: self.tr("cancelled"),
            UNREACHABLE: self.tr("centre unreachable"),
            SCHEMA: self.tr("different versions"),
        }.get(outcome, self.tr("refused or failed"))

    def trigger_name(self, trigger: str) -> str:
        return {
            MANUAL: self.tr("by hand"),
            BACKGROUND: self.tr("in the background"),
            COMMAND: self.tr("command line"),
        }.get(trigger, trigger)

    def _status_changed(self, status: SyncStatus) -> None:
        """A sync run elsewhere (``main.py sync``) or a conflict settled: show it; otherwise
        leave the lists alone, so the selection stays where the technician put it."""
        seen = (status.last_run, status.conflicts_open)
        if seen != self._seen and not self.controller.running:
            self.reload()

    # --- reading back -----------------------------------------------------------------------

    def reload(self) -> None:
        runs = recent_runs(self.db)
        status = self.controller.status
        self._seen = (status.last_run, status.conflicts_open) if status else ()
        self.history.setRowCount(len(runs))
        for y, run in enumerate(runs):
            how = self.trigger_name(run.trigger)
            values = (
                when(run.started_at), how, self.result_name(run.outcome), str(run.pushed),
                str(run.pulled), str(run.conflicts_found), f"{run.seconds:.1f}",
            )  # fmt: skip
            for x, value in enumerate(values):
                item = QTableWidgetItem(value)
                if run.failed:
                    item.setToolTip(say_kept(run.message))
                self.history.setItem(y, x, item)
        self.history.resizeColumnsToContents()
        if not self.controller.running:
            self.show_run(runs[0] if runs else None)
        self.conflicts.reload()
        count = len(self.conflicts.rows)
        self.tabs.setTabText(0, self.tr("Conflicts (%1)").replace("%1", str(count)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.controller.running
        self.sync_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.save_button.setEnabled(not running)

    @staticmethod
    def _say(label: QLabel, text: str, is_error: bool) -> None:
        label.setText(text)
        label.setStyleSheet(ERROR_STYLE if is_error else "")
