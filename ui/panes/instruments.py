"""The Instruments pane: choose a driver and a port, connect, identify, watch live readings.

Issue 4, "GUI". All talking to the instrument happens on a pool thread (``ui.workers.run_task``,
STYLE.md 4); the live loop checks its cancel flag between readings, so Stop ends it after the
reading in progress. A failed link is one plain sentence under the controls.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque

from instruments.drivers import DRIVERS, Driver, Reading
from instruments.simulators import simulator_urls
from instruments.transport import discover_ports
from ui.context import PaneContext
from ui.i18n import say_why
from ui.names import instrument_description, instrument_title, reading_description
from ui.qt import (
    QColor,
    QComboBox,
    QCoreApplication,
    QFont,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QObject,
    QPainter,
    QPen,
    QPointF,
    QPolygonF,
    QPushButton,
    QRectF,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.workers import Task, TaskControl, TaskFailure, run_task
from uncertainty.units import unit_symbol

log = logging.getLogger(__name__)

READING_INTERVAL_S = 0.25
PLOT_POINTS = 200


class ReadingPlot(QWidget):
    """The last readings as a line, drawn with QPainter: scale, last value, overloads as gaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: deque[float | None] = deque(maxlen=PLOT_POINTS)
        self.unit = ""
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def add(self, reading: Reading) -> None:
        self.values.append(reading.value)
        self.unit = reading.unit
        self.update()

    def clear(self) -> None:
        self.values.clear()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        area = QRectF(self.rect()).adjusted(70, 28, -12, -22)
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawRect(area)
        numbers = [v for v in self.values if v is not None]
        if not numbers:
            painter.setPen(QColor("#666666"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No readings yet"))
            return
        low, high = _padded_span(min(numbers), max(numbers))
        self._draw_scale(painter, area, low, high)
        self._draw_line(painter, area, low, high)
        last = self.values[-1]
        unit = unit_symbol(self.unit)  # instruments/ gives pint's plain ASCII names
        text = self.tr("overload") if last is None else f"{last:#.7g} {unit}"
        painter.setPen(QColor("#202020"))
        painter.setFont(QFont(painter.font().family(), 12, QFont.Weight.Bold))
        painter.drawText(
            QRectF(area.left(), 2, area.width(), 24), Qt.AlignmentFlag.AlignRight, text
        )

    def _draw_scale(self, painter: QPainter, area: QRectF, low: float, high: float) -> None:
        painter.setPen(QColor("#444444"))
        for value, y in ((high, area.top()), (low, area.bottom())):
            painter.drawText(
                QRectF(0, y - 9, area.left() - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:.6g}",
            )

    def _draw_line(self, painter: QPainter, area: QRectF, low: float, high: float) -> None:
        painter.setPen(QPen(QColor("#1f5fa8"), 2))
        step = area.width() / max(1, PLOT_POINTS - 1)
        segment: list[QPointF] = []
        # Points are collected in a list and handed over whole: QPolygonF.append crashes
        # PySide6 6.12 (a reference-count error in its QList binding).
        for i, value in enumerate(self.values):
            if value is None:  # an overload breaks the line: it is not a number to draw
                painter.drawPolyline(QPolygonF(segment))
                segment = []
                continue
            y = area.bottom() - (value - low) / (high - low) * area.height()
            segment.append(QPointF(area.left() + i * step, y))
        painter.drawPolyline(QPolygonF(segment))


def _padded_span(low: float, high: float) -> tuple[float, float]:
    """A vertical scale that shows flat noise as noise, not as a full-height zig-zag."""
    span = high - low
    floor = max(abs(high), abs(low), 1e-12) * 1e-6
    if span < floor:
        middle = (high + low) / 2
        return middle - floor, middle + floor
    margin = span * 0.1 if math.isfinite(span) else 0.0
    return low - margin, high + margin


class _ReadingRelay(QObject):
    """Carries readings from the worker thread to the GUI thread (queued signal)."""

    reading = Signal(object)


class InstrumentsPane(QWidget):
    """Driver and port choice, connect, identify, live readings with a plot."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.driver: Driver | None = None
        self.task: Task | None = None
        self.relay = _ReadingRelay(self)
        self.relay.reading.connect(self._show_reading)
        self._live = False
        self._build()
        self._fill_choices()
        self._update_buttons()
        app = QCoreApplication.instance()
        if app is not None:  # quitting must not leave a reading thread or a live calibrator
            app.aboutToQuit.connect(self.disconnect_instrument)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.driver_box = QComboBox()
        self.port_box = QComboBox()
        self.port_box.setEditable(True)
        self.function_box = QComboBox()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.identify_button = QPushButton(self.tr("Identify"))
        self.live_button = QPushButton(self.tr("Start readings"))
        self.identity_label = QLabel("")
        self.status_label = QLabel(self.tr("Not connected."))
        self.status_label.setWordWrap(True)
        self.plot = ReadingPlot()
        form = QFormLayout()
        form.addRow(self.tr("Instrument"), self.driver_box)
        form.addRow(self.tr("Port"), self.port_box)
        form.addRow(self.tr("Reading"), self.function_box)
        form.addRow(self.tr("Identity"), self.identity_label)
        buttons = QHBoxLayout()
        for button in (self.connect_button, self.identify_button, self.live_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.plot, 1)
        self.driver_box.currentIndexChanged.connect(self._driver_chosen)
        self.connect_button.clicked.connect(self.toggle_connection)
        self.identify_button.clicked.connect(self.identify)
        self.live_button.clicked.connect(self.toggle_live)

    def _fill_choices(self) -> None:
        for name, cls in DRIVERS.items():
            self.driver_box.addItem(instrument_description(cls.description), name)
        for url in simulator_urls():
            self.port_box.addItem(self.tr("%1 (simulator)").replace("%1", url), url)
        for port in discover_ports():
            self.port_box.addItem(f"{port.url} ({port.description})", port.url)
        self._driver_chosen()

    def _driver_chosen(self) -> None:
        cls = DRIVERS[self.driver_box.currentData()]
        self.function_box.clear()
        for name, function in cls.functions.items():
            described = reading_description(function.description)
            self.function_box.addItem(f"{name} ({described})", name)
        index = self.port_box.findData(f"sim://{cls.simulator}")
        if index >= 0 and str(self.port_box.currentData() or "").startswith("sim://"):
            self.port_box.setCurrentIndex(index)

    def chosen_port(self) -> str:
        text = self.port_box.currentText().strip()
        data = self.port_box.currentData()
        return (
            data if data and self.port_box.itemText(self.port_box.currentIndex()) == text else text
        )

    # --- actions -------------------------------------------------------------------------------

    def toggle_connection(self) -> None:
        if self.driver is not None:
            self.disconnect_instrument()
            return
        cls, url = DRIVERS[self.driver_box.currentData()], self.chosen_port()
        self._say(self.tr("Connecting to %1…").replace("%1", url))
        self._run(lambda control: cls.open(url), self._connected)

    def identify(self) -> None:
        driver = self.driver
        if driver is not None:
            self._run(lambda control: driver.identify(), self._identified)

    def toggle_live(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self._say(self.tr("Stopping after the reading in progress…"))
            return
        driver, function = self.driver, self.function_box.currentData()
        if driver is None:
            return
        self.plot.clear()
        self._say(self.tr("Reading %1 live.").replace("%1", function))
        self._run(
            lambda control: self._read_live(driver, function, control),
            self._live_stopped,
            on_cancelled=self._live_stopped,
            live=True,
        )

    def disconnect_instrument(self) -> None:
        """Stop the live readings (waiting for the last one) and close the port."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self._wait_for_task()
        if self.driver is not None:
            self.driver.close()
            self.driver = None
        self.identity_label.setText("")
        self._say(self.tr("Not connected."))
        self._update_buttons()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.disconnect_instrument()
        super().closeEvent(event)

    # --- worker side ---------------------------------------------------------------------------

    def _read_live(self, driver: Driver, function: str, control: TaskControl) -> None:
        while not control.cancelled:
            self.relay.reading.emit(driver.read(function))
            control.cancel_event.wait(READING_INTERVAL_S)

    # --- GUI side ------------------------------------------------------------------------------

    def _run(self, fn, on_success, *, on_cancelled=None, live: bool = False) -> None:
        self._live = live
        self.task = run_task(
            fn,
            on_success=on_success,
            on_failure=self._failed,
            on_cancelled=on_cancelled,
            parent=self,
        )
        self.task.finished.connect(self._task_finished)
        self._update_buttons()

    def _task_finished(self) -> None:
        self._live = False
        self._update_buttons()

    def _connected(self, driver: Driver) -> None:
        self.driver = driver
        self._update_buttons()
        self._say(
            self.tr("Connected to %1 on %2.")
            .replace("%1", instrument_title(driver.title))
            .replace("%2", driver.transport.url)
        )

    def _identified(self, identity: str) -> None:
        self.identity_label.setText(identity)

    def _show_reading(self, reading: Reading) -> None:
        self.plot.add(reading)

    def _live_stopped(self, _result: object = None) -> None:
        self._say(self.tr("Readings stopped."))

    def _failed(self, failure: TaskFailure) -> None:
        self._say(say_why(failure.error))
        self.status_label.setToolTip(failure.detail)
        if self.driver is not None and not self.driver.transport.is_open:
            self.driver = None  # the link is gone: the technician connects again
            self.identity_label.setText("")
        self._update_buttons()

    def _say(self, sentence: str) -> None:
        self.status_label.setText(sentence)
        self.status_label.setToolTip("")

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        live = busy and self._live
        connected = self.driver is not None
        self.connect_button.setText(self.tr("Disconnect") if connected else self.tr("Connect"))
        self.connect_button.setEnabled(not busy or live)
        self.identify_button.setEnabled(connected and not busy)
        self.live_button.setText(self.tr("Stop readings") if live else self.tr("Start readings"))
        self.live_button.setEnabled(connected and (live or not busy))
        self.driver_box.setEnabled(not connected and not busy)
        self.port_box.setEnabled(not connected and not busy)

    def _wait_for_task(self) -> None:
        """Let the reading in progress finish (at most one reply time limit) before closing."""
        deadline = time.monotonic() + 15.0
        while self.task is not None and self.task.running and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
