"""The person at the bench types the readings off the displays (reference gauge, unit under
test) when a procedure reads no instrument, e.g. a dial pressure gauge on a comparator.

The run goes on a worker thread; when it needs values, :class:`TypedEntryOperator` asks the GUI
thread for them and waits (Stop still works while it waits). The dialog accepts decimal commas.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from instruments.errors import MeasurementCancelled
from lab.calibration.runs import PlannedPoint
from lab.calibration.standards import CertifiedValue
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QObject,
    QVBoxLayout,
    QWidget,
    Signal,
)

WAIT_STEP_S = 0.1  # how often a waiting run looks at Stop


@dataclass
class ValuesRequest:
    what: str  # "reference" or "unit under test"
    nominal: float
    unit: str
    count: int
    answered: threading.Event = field(default_factory=threading.Event)
    values: tuple[float, ...] | None = None  # None: the person cancelled


def read_typed_value(text: str) -> float:
    """A value as typed: "0,25" and "0.25" are the same number.

    >>> read_typed_value(" 4,05 "), read_typed_value("-0.5")
    (4.05, -0.5)
    """
    return float(text.strip().replace(",", "."))


class TypedValuesDialog(QDialog):
    """Asks for ``count`` readings of one display at one test point."""

    def __init__(self, request: ValuesRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Type the readings"))
        who = self.tr("reference") if request.what == "reference" else self.tr("unit under test")
        intro = QLabel(
            self.tr("Test point %1 %2: type the %3 readings of the %4.")
            .replace("%1", f"{request.nominal:g}")
            .replace("%2", request.unit)
            .replace("%3", str(request.count))
            .replace("%4", who)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields = [QLineEdit(self) for _ in range(request.count)]
        for n, edit in enumerate(self.fields, start=1):
            form.addRow(self.tr("Reading %1").replace("%1", str(n)), edit)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a94442;")
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Save the readings"), QDialogButtonBox.AcceptRole
        )
        buttons.addButton(self.tr("Stop the run"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        values = []
        for n, edit in enumerate(self.fields, start=1):
            try:
                values.append(read_typed_value(edit.text()))
            except ValueError:
                self.problem.setText(
                    self.tr("Reading %1 ('%2') is not a number.")
                    .replace("%1", str(n))
                    .replace("%2", edit.text())
                )
                edit.setFocus()
                return
        self.request.values = tuple(values)
        self.accept()


class TypedEntryOperator(QObject):
    """The :class:`lab.calibration.bench.Operator` for a person typing at the GUI."""

    asked = Signal(object)

    def __init__(self, unit: str, cancel: threading.Event, parent: QWidget) -> None:
        super().__init__(parent)
        self.unit, self.cancel, self.parent_widget = unit, cancel, parent
        self.dialog: TypedValuesDialog | None = None
        self.asked.connect(self._show)  # queued: emitted on the worker, shown on the GUI thread

    def type_values(
        self, what: str, point: PlannedPoint, count: int, shown: tuple[float, ...]
    ) -> tuple[float, ...]:
        request = ValuesRequest(what, point.nominal, self.unit, count)
        self.asked.emit(request)
        while not request.answered.wait(WAIT_STEP_S):
            if self.cancel.is_set():
                raise MeasurementCancelled("The run was stopped while waiting for readings.")
        if request.values is None:
            raise MeasurementCancelled("The run was stopped at the readings dialog.")
        return request.values

    def place_weights(self, point: PlannedPoint, certified: CertifiedValue) -> None:
        raise MeasurementCancelled("Weights are placed on a balance read by its driver.")

    def _show(self, request: ValuesRequest) -> None:
        self.dialog = TypedValuesDialog(request, self.parent_widget)
        self.dialog.finished.connect(lambda _result: self._answered(request))
        self.dialog.open()

    def _answered(self, request: ValuesRequest) -> None:
        self.dialog = None
        request.answered.set()
