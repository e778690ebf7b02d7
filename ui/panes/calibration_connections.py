"""Where each instrument of a run is: simulated, or on a serial port of this workstation (issue 6,
"calibrating with instruments on real serial ports").

One row per instrument the procedure talks to (the reference standard, the unit under test read
by a driver): the port (the machine's ports as ``serial.tools.list_ports`` lists them, or a path
or pyserial URL typed in), the baud rate (the driver's default unless the instrument's menu says
otherwise), and "Test connection", which asks the instrument who it is on a worker thread. The
choice is remembered per workstation, per instrument family.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from instruments.connection import check_connection
from instruments.drivers import driver_named
from instruments.transport import discover_ports
from lab.calibration.bench import PortChoice
from lab.calibration.procedures import Procedure
from lab.calibration.runner import procedure_instruments
from ui.i18n import say_made, say_why
from ui.names import instrument_title
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.settings import SIMULATED, InstrumentPort, Settings
from ui.workers import run_task

log = logging.getLogger(__name__)

BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
ROLE_NAMES = {
    "reference": QT_TRANSLATE_NOOP("ConnectionRow", "reference standard"),
    "unit under test": QT_TRANSLATE_NOOP("ConnectionRow", "unit under test"),
}
OK_COLOUR, FAILED_COLOUR = "#2e7d32", "#a94442"


class ConnectionRow(QWidget):
    """One instrument: port, baud rate, its serial settings, Test connection and what it said."""

    def __init__(self, role: str, driver: str, remembered: InstrumentPort, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.role, self.driver = role, driver
        self.family = driver_named(driver)
        self.task = None
        self.name = QLabel(
            self.tr("%1 (%2)")
            .replace("%1", _capitalised(instrument_title(self.family.title).removeprefix("the ")))
            .replace("%2", self.tr(ROLE_NAMES[role]))
        )
        self.port_box = self._port_box(remembered.url)
        self.baud_box = QComboBox()
        for rate in BAUD_RATES:
            self.baud_box.addItem(str(rate), rate)
        baud = remembered.baudrate or self.family.settings.baudrate
        self.baud_box.setCurrentIndex(max(0, self.baud_box.findData(baud)))
        self.baud_box.currentIndexChanged.connect(lambda _: self._show_settings())
        self.serial_settings = QLabel()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self._lay_out()
        self._show_settings()

    def _port_box(self, remembered: str) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)  # a path or URL not listed (a pty, socket://) can be typed in
        box.addItem(self.simulated_text(), SIMULATED)
        for port in discover_ports():
            box.addItem(port.url, port.url)
            box.setItemData(box.count() - 1, port.description, Qt.ItemDataRole.ToolTipRole)
        box.lineEdit().setPlaceholderText(self.tr("a port, e.g. /dev/ttyUSB0 or COM3"))
        box.setCurrentText(remembered or self.simulated_text())
        box.setMinimumContentsLength(24)
        box.currentTextChanged.connect(lambda _: self.result.clear())
        return box

    def _lay_out(self) -> None:
        line = QHBoxLayout()
        line.addWidget(self.port_box, 2)
        line.addWidget(QLabel(self.tr("Baud")))
        line.addWidget(self.baud_box)
        line.addWidget(self.serial_settings, 1)
        line.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addLayout(line)
        layout.addWidget(self.result)

    def simulated_text(self) -> str:
        return self.tr("Simulated")

    def _show_settings(self) -> None:
        self.serial_settings.setText(self.settings_described())

    def settings_described(self) -> str:
        settings = replace(self.family.settings, baudrate=self.baud_box.currentData())
        handshakes = ", ".join(settings.handshakes()) or self.tr("no handshake")
        return f"{settings.framing()}, {handshakes}"

    def is_simulated(self) -> bool:
        text = self.port_box.currentText().strip()
        return text in ("", self.simulated_text(), "Simulated")

    def choice(self) -> PortChoice | None:
        """The port chosen, or None when the instrument is simulated."""
        if self.is_simulated():
            return None
        baud = self.baud_box.currentData()
        return PortChoice(
            self.port_box.currentText().strip(),
            None if baud == self.family.settings.baudrate else baud,
        )

    def remembered(self) -> InstrumentPort:
        choice = self.choice()
        return InstrumentPort() if choice is None else InstrumentPort(choice.url, choice.baudrate)

    def test_connection(self) -> None:
        choice = self.choice()
        url = f"sim://{self.family.simulator}" if choice is None else choice.url
        baud = None if choice is None else choice.baudrate
        driver = self.driver

        def ask(_control) -> object:  # noqa: ANN001 - runs on a pool thread
            return check_connection(driver, url, baudrate=baud)

        self.test_button.setEnabled(False)
        self._say(self.tr("Asking %1 who it is…").replace("%1", url), "#555555")
        self.task = run_task(ask, on_success=self._answered, on_failure=self._failed, parent=self)

    def _answered(self, check) -> None:  # noqa: ANN001
        self.test_button.setEnabled(True)
        said = say_made(check.sentence, check.template, check.params)
        self._say(said, OK_COLOUR if check.ok else FAILED_COLOUR)

    def _failed(self, failure) -> None:  # noqa: ANN001
        self.test_button.setEnabled(True)
        self._say(say_why(failure.error), FAILED_COLOUR)

    def _say(self, text: str, colour: str) -> None:
        self.result.setStyleSheet(f"color: {colour};")
        self.result.setText(text)


class ConnectionsBox(QGroupBox):
    """The instruments of the chosen procedure, one :class:`ConnectionRow` each."""

    def __init__(self, settings: Settings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Instruments"))
        self.settings = settings
        self.rows: list[ConnectionRow] = []
        self.procedure: Procedure | None = None  # whose instruments the rows are
        self.none_label = QLabel(self.tr("This procedure reads no instrument over a cable."))
        self.grid = QGridLayout(self)
        self.grid.addWidget(self.none_label, 0, 0)

    def show_for(self, procedure: Procedure | None) -> None:
        for row in self.rows:
            self.grid.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self.procedure = procedure
        instruments = procedure_instruments(procedure) if procedure is not None else ()
        for i, (role, driver) in enumerate(instruments, start=1):
            row = ConnectionRow(role, driver, self._remembered(driver), self)
            self.grid.addWidget(row, i, 0)
            self.rows.append(row)
        self.none_label.setVisible(not self.rows)

    def row(self, role: str) -> ConnectionRow:
        return next(r for r in self.rows if r.role == role)

    def choices(self) -> dict[str, PortChoice | None]:
        return {row.driver: row.choice() for row in self.rows}

    def describe(self) -> str:
        """Where the instruments are, for the run's heading."""
        parts = []
        for row in self.rows:
            choice = row.choice()
            where = row.simulated_text().lower() if choice is None else choice.url
            parts.append(f"{row.family.name}: {where}")
        return ", ".join(parts)

    def remember(self) -> None:
        if self.settings is None:
            return
        for row in self.rows:
            self.settings.remember_instrument_port(row.driver, row.remembered())

    def _remembered(self, driver: str) -> InstrumentPort:
        return self.settings.instrument_port(driver) if self.settings else InstrumentPort()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
