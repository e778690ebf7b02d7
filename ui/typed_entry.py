"""The person at the bench types the readings off the displays (reference gauge, unit under
test) when a procedure reads no instrument, e.g. a dial pressure gauge on a comparator, and puts
the reference weights on a balance's pan when the procedure calibrates a balance.

The run goes on a worker thread; when it needs values or weights, :class:`TypedEntryOperator`
asks the GUI thread for them and waits (Stop still works while it waits). The dialog accepts
decimal commas.
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


@dataclass(frozen=True)
class StandardLabel:
    """What the label on the run's reference standard says, so the technician takes the right
    set off the shelf: its code and serial number."""

    code: str
    serial: str | None = None


@dataclass
class ValuesRequest:
    what: str  # "reference" or "unit under test"
    nominal: float
    unit: str
    count: int
    answered: threading.Event = field(default_factory=threading.Event)
    values: tuple[float, ...] | None = None  # None: the person cancelled


@dataclass
class WeightsRequest:
    nominal: float
    unit: str
    standard: StandardLabel
    certified: CertifiedValue
    display_step: float  # the balance's resolution: a smaller certified correction goes unsaid
    first: bool  # the run's first loading: the pan is emptied and the balance zeroed before it
    answered: threading.Event = field(default_factory=threading.Event)
    placed: bool = False  # False: the person stopped the run


def read_typed_value(text: str) -> float:
    """A value as typed: "0,25" and "0.25" are the same number.

    >>> read_typed_value(" 4,05 "), read_typed_value("-0.5")
    (4.05, -0.5)
    """
    return float(text.strip().replace(",", "."))


def shows_on_the_display(correction: float, display_step: float) -> bool:
    """Whether a balance that shows ``display_step`` tells a weight's certified conventional mass
    apart from its nominal: a correction of one step or more (a step's last 1e-9 is the rounding
    of value − nominal, not the weight).

    >>> shows_on_the_display(2000.0001 - 2000, 0.0001), shows_on_the_display(-0.00002, 0.0001)
    (True, False)
    """
    return display_step > 0 and abs(correction) >= display_step * (1 - 1e-9)


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


class PlaceWeightsDialog(QDialog):
    """Asks the technician to put the reference weight of one test point on the pan; once the
    technician says it is on, the balance is read (by its driver, or typed in off its display)."""

    def __init__(self, request: WeightsRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Place the reference weight"))
        self.instructions = QLabel("\n\n".join(self._instructions()))
        self.instructions.setWordWrap(True)
        self.instructions.setMinimumWidth(520)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("The weight is on the pan"), QDialogButtonBox.AcceptRole
        )
        buttons.addButton(self.tr("Stop the run"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.place)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.instructions)
        layout.addWidget(buttons)

    def _instructions(self) -> list[str]:
        request = self.request
        weight = f"{request.nominal:g} {request.unit}"
        standard = request.standard.code
        if request.standard.serial:
            standard = (
                self.tr("%1 (serial %2)")
                .replace("%1", standard)
                .replace("%2", request.standard.serial)
            )
        if request.first:
            said = [self.tr("First empty the pan and zero the balance.")]
        else:
            said = [self.tr("Take the previous weight off the pan.")]
        said.append(
            self.tr("Test point %1: place the %1 weight of the set %2 on the pan of the balance.")
            .replace("%1", weight)
            .replace("%2", standard)
        )
        # The certificate's value is what the balance is compared with; the technician is told
        # of a weight whose conventional mass the display can tell apart from the nominal.
        if shows_on_the_display(request.certified.correction, request.display_step):
            said.append(
                self.tr("Its certified conventional mass is %1.").replace(
                    "%1", f"{request.certified.value:.10g} {request.unit}"
                )
            )
        said.append(
            self.tr("Once the weight is on the pan, the balance is read as soon as it is stable.")
        )
        return said

    def place(self) -> None:
        self.request.placed = True
        self.accept()


class TypedEntryOperator(QObject):
    """The :class:`lab.calibration.bench.Operator` for the person at the GUI: types the readings
    off the displays and places the reference weights."""

    asked = Signal(object)

    def __init__(
        self,
        unit: str,
        cancel: threading.Event,
        parent: QWidget,
        standard: StandardLabel,
        display_step: float = 0.0,
    ) -> None:
        super().__init__(parent)
        self.unit, self.cancel, self.parent_widget = unit, cancel, parent
        self.standard, self.display_step = standard, display_step
        self.loaded = False  # whether a weight has been placed in this run yet
        self.dialog: TypedValuesDialog | PlaceWeightsDialog | None = None
        self.asked.connect(self._show)  # queued: emitted on the worker, shown on the GUI thread

    def type_values(
        self, what: str, point: PlannedPoint, count: int, shown: tuple[float, ...]
    ) -> tuple[float, ...]:
        request = ValuesRequest(what, point.nominal, self.unit, count)
        self._ask(request, "The run was stopped while waiting for readings.")
        if request.values is None:
            raise MeasurementCancelled("The run was stopped at the readings dialog.")
        return request.values

    def place_weights(self, point: PlannedPoint, certified: CertifiedValue) -> None:
        request = WeightsRequest(
            point.nominal, self.unit, self.standard, certified, self.display_step, not self.loaded
        )
        self._ask(request, "The run was stopped while waiting for the weights to be placed.")
        if not request.placed:
            raise MeasurementCancelled("The run was stopped at the weights dialog.")
        self.loaded = True

    def _ask(self, request: ValuesRequest | WeightsRequest, stopped: str) -> None:
        """Show the request's dialog on the GUI thread and wait for its answer (or Stop)."""
        self.asked.emit(request)
        while not request.answered.wait(WAIT_STEP_S):
            if self.cancel.is_set():
                raise MeasurementCancelled(stopped)

    def _show(self, request: ValuesRequest | WeightsRequest) -> None:
        if isinstance(request, WeightsRequest):
            self.dialog = PlaceWeightsDialog(request, self.parent_widget)
        else:
            self.dialog = TypedValuesDialog(request, self.parent_widget)
        self.dialog.finished.connect(lambda _result: self._answered(request))
        self.dialog.open()

    def close_dialog(self) -> None:
        """Close a dialog left open when the run ended another way (Stop, a lost connection):
        nothing waits for its answer any more."""
        if self.dialog is not None:
            self.dialog.reject()

    def _answered(self, request: ValuesRequest | WeightsRequest) -> None:
        self.dialog = None
        request.answered.set()
