"""Calibrate: the run as a guided sequence (standards → environment → points → summary), the
drafts to resume, and the review screen (issue 6, item 6).

The instruments are read on a worker thread (:func:`ui.workers.run_task`); each point is saved
by the worker as soon as it is taken, and the table here re-reads the saved points when told.
Each instrument is simulated (``sim://``: the same drivers and protocols as the real instruments,
wired together as on the bench) or on a serial port chosen in the first step.

The points are taken as found; then the technician decides: finish (the set is the result), or
record what was adjusted and take the points again as left (ISO/IEC 17025 7.8.4.1 d).
"""

from __future__ import annotations

import logging
import threading
from datetime import date

from instruments.errors import MeasurementCancelled
from lab.calibration.procedures import Procedure, ProcedureError
from lab.calibration.runner import bench_for, needs_a_person, run_points, typed_bench, typed_in
from lab.calibration.runs import (
    AS_FOUND,
    DRAFT,
    MEASURED,
    REVIEWED,
    CalibrationRefused,
    Environment,
    calibration_report,
    drafts,
    finish_measurement,
    no_procedure_for,
    procedures_for,
    record_adjustment,
    run_plan,
    start_calibration,
    state_word,
)
from lab.calibration.standards import (
    StandardRefused,
    find_standard,
    no_standard_for,
    standards_for_role,
    validity,
)
from lab.calibration.tolerance import ToleranceError
from lab.permissions import PermissionDenied
from ui.context import PaneContext
from ui.i18n import say, say_why, spoken_language
from ui.panes.calibration_connections import ConnectionsBox
from ui.panes.calibration_results import ResultsView
from ui.panes.calibration_review import (
    LISTED_HEADERS,
    ReviewScreen,
    calibration_table,
    fill_calibrations,
    listed_values,
)
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.typed_entry import StandardLabel, TypedEntryOperator
from ui.workers import Cancelled, run_task

log = logging.getLogger(__name__)

STANDARDS, ENVIRONMENT, POINTS, SUMMARY = range(4)
REFUSALS = (CalibrationRefused, StandardRefused, PermissionDenied, ProcedureError, ToleranceError)
REFRESH_MS = 100
# A draft's state goes without saying in the list of drafts; where it stands does.
DRAFT_HEADERS = (
    *LISTED_HEADERS,
    QT_TRANSLATE_NOOP("CalibrationTable", "Points"),
    QT_TRANSLATE_NOOP("CalibrationTable", "Taken"),
)


class CalibratePane(QWidget):
    def __init__(self, context: PaneContext) -> None:
        super().__init__()
        self.context = context
        self.db, self.user = context.database, context.user
        self.plan = None
        self.task = None
        self.run = RunScreen(self)
        self.drafts_table = calibration_table(self, DRAFT_HEADERS)
        self.resume_button = QPushButton(self.tr("Resume the selected draft"))
        self.resume_button.clicked.connect(self.resume_selected)
        self.review = ReviewScreen(context, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.run, self.tr("Calibrate"))
        self.tabs.addTab(self._drafts_tab(), self.tr("Drafts"))
        self.tabs.addTab(self.review, self.tr("Review and approval"))
        self.tabs.currentChanged.connect(lambda _: self.reload_lists())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + self.tr("Calibrate") + "</h3>"))
        layout.addWidget(self.tabs)
        self.reload_lists()

    def _drafts_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Calibrations still in draft; resume one to take the "
                                        "points it still lacks.")))  # fmt: skip
        layout.addWidget(self.drafts_table)
        layout.addWidget(self.resume_button)
        return tab

    def reload_lists(self) -> None:
        with self.db.read_session() as session:
            self.draft_rows = drafts(session)
            waiting = drafts(session, (MEASURED, REVIEWED))
        fill_calibrations(self.drafts_table, self.draft_rows, self.draft_values)
        self.review.show_waiting(waiting)

    def draft_values(self, row: dict) -> tuple[str, ...]:
        """A draft's line: which set of points it is at and how many of them are taken."""
        if row["phase"] == AS_FOUND:
            points = self.tr("As found")
        else:
            points = self.tr("As left (after adjustment)")
        taken, planned = row["points_taken"], row["points_planned"]
        if planned is None:  # no longer plannable here; resuming says why
            progress = self.tr("%n point(s) taken", "", taken)
        else:
            progress = self.tr("%1 of %n point(s)", "", planned).replace("%1", str(taken))
        return (*listed_values(row), points, progress)

    def resume_selected(self) -> None:
        row = self.drafts_table.currentRow()
        if 0 <= row < len(self.draft_rows):
            self.run.resume(self.draft_rows[row]["calibration"])
            self.tabs.setCurrentWidget(self.run)


class RunScreen(QWidget):
    """The guided sequence of one calibration."""

    def __init__(self, pane: CalibratePane) -> None:
        super().__init__(pane)
        self.pane, self.db, self.user = pane, pane.db, pane.user
        self.plan, self.task, self.standards = None, None, []
        self.adjust_dialog: QInputDialog | None = None
        self.connections = ConnectionsBox(pane.context.settings)
        self.steps = QLabel()
        self.stack = QStackedWidget()
        for page in (self._standards_page(), self._environment_page(),
                     self._points_page(), self._summary_page()):  # fmt: skip
            self.stack.addWidget(page)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a94442;")
        self.results = ResultsView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        self.go_to(STANDARDS)

    # --- step 1: device, procedure, standard --------------------------------------------------
    def _standards_page(self) -> QWidget:
        page = QWidget()
        self.device_edit = QLineEdit()
        self.device_edit.setPlaceholderText(self.tr("Lab ID, e.g. 26-A1B-00001"))
        self.device_edit.editingFinished.connect(self.find_procedures)
        self.procedure_box = QComboBox()
        self.procedure_box.currentIndexChanged.connect(lambda _: self.find_standards())
        self.standard_box = QComboBox()
        self.standard_box.currentIndexChanged.connect(lambda _: self.explain_standard())
        self.standard_note = QLabel()
        self.standard_note.setWordWrap(True)
        self.to_environment = QPushButton(self.tr("Next: environment"))
        self.to_environment.clicked.connect(lambda: self.go_to(ENVIRONMENT))
        self.to_environment.setEnabled(False)  # until a device, procedure and standard fit
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Device"), self.device_edit)
        form.addRow(self.tr("Procedure"), self.procedure_box)
        form.addRow(self.tr("Reference standard"), self.standard_box)
        form.addRow("", self.standard_note)
        self.standards_layout = QVBoxLayout(page)
        self.standards_layout.addWidget(fields)
        self.standards_layout.addWidget(self.to_environment)  # the instruments go above it
        return page

    def find_procedures(self) -> None:
        self.procedure_box.clear()
        self.to_environment.setEnabled(False)
        self.say("")
        lab_id = self.device_edit.text().strip()
        if not lab_id:
            return
        try:
            with self.db.read_session() as session:
                fitting = procedures_for(session, lab_id)
                if not fitting:
                    self.say(say(no_procedure_for(session, lab_id)))
        except CalibrationRefused as exc:
            self.say(say_why(exc))
            return
        for procedure in fitting:
            self.procedure_box.addItem(f"{_title(procedure)} (v{procedure.version})", procedure)
        self.find_standards()

    def find_standards(self) -> None:
        self.standard_box.clear()
        procedure = self.procedure_box.currentData()
        self.show_instruments(procedure)
        if procedure is None:
            self.to_environment.setEnabled(False)
            return
        with self.db.read_session() as session:
            self.standards = standards_for_role(session, procedure.reference.role)
        for s in self.standards:
            self.standard_box.addItem(f"{s.code} — {s.name}", s.code)
        self.explain_standard()

    def explain_standard(self) -> None:
        index = self.standard_box.currentIndex()
        if not 0 <= index < len(self.standards):
            procedure = self.procedure_box.currentData()
            # With no procedure chosen there is no role to name, and nothing to say yet.
            why = no_standard_for(procedure.reference.role) if procedure is not None else ""
            self.standard_note.setText(say(why))
            self.to_environment.setEnabled(False)
            return
        status, sentence = validity(self.standards[index], date.today())
        self.standard_note.setText(say(sentence))
        # An expired standard cannot be selected for a run; the sentence above says why.
        self.to_environment.setEnabled(status != "expired")

    def show_instruments(self, procedure) -> None:  # noqa: ANN001
        """The instruments of ``procedure``, each simulated or on a port (kept while the same
        procedure is shown, so a choice made before saving the draft stays)."""
        if procedure != self.connections.procedure:
            self.connections.show_for(procedure)

    # --- step 2: environment ------------------------------------------------------------------
    def _environment_page(self) -> QWidget:
        page = QWidget()
        self.temperature = _spin(10, 40, 23.0, " °C")
        self.humidity = _spin(5, 95, 55.0, " %RH")
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.go_to(STANDARDS))
        self.start_button = QPushButton(self.tr("Save the draft and go to the points"))
        self.start_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(self.start_button)
        form = QFormLayout(page)
        form.addRow(self.tr("Room temperature"), self.temperature)
        form.addRow(self.tr("Relative humidity"), self.humidity)
        form.addRow(buttons)
        return page

    def start(self) -> None:
        procedure = self.procedure_box.currentData()
        environment = Environment(self.temperature.value(), self.humidity.value())
        try:
            with self.db.session(actor=self.user, reason="calibration started") as session:
                plan = start_calibration(
                    session, self.user, self.device_edit.text().strip(), procedure,
                    environment, standard_code=self.standard_box.currentData(),
                )  # fmt: skip
        except REFUSALS as exc:
            self.say(say_why(exc))
            return
        self.connections.remember()
        self.say(" ".join(say(warning) for warning in plan.warnings))
        self.resume(plan.calibration_id)

    # --- step 3: points -----------------------------------------------------------------------
    def _points_page(self) -> QWidget:
        page = QWidget()
        self.run_label = QLabel()
        self.progress = QProgressBar()
        self.measure_button = QPushButton(self.tr("Take the points"))
        self.measure_button.clicked.connect(self.measure)
        self.stop_button = QPushButton(self.tr("Stop after this point"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self.refresh = QTimer(self)
        self.refresh.setSingleShot(True)
        self.refresh.setInterval(REFRESH_MS)
        self.refresh.timeout.connect(self.show_saved_points)
        # A procedure read off displays can be typed by the technician instead of simulated.
        self.typed_box = QCheckBox(self.tr("I read the displays and type the readings myself"))
        self.typed_box.toggled.connect(lambda _on: self._label_run())
        self.operator: TypedEntryOperator | None = None
        # After the as-found points: the technician's decision.
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.adjust_button.setToolTip(
            self.tr("Record what you adjusted, then take the points again as left.")
        )
        self.adjust_button.clicked.connect(self.ask_adjustment)
        self.finish_button = QPushButton(self.tr("Finish: not adjusted"))
        self.finish_button.clicked.connect(self.finish_not_adjusted)
        buttons = QHBoxLayout()
        buttons.addWidget(self.measure_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.finish_button)
        self.points_layout = QVBoxLayout(page)
        self.points_layout.addWidget(self.run_label)
        self.points_layout.addWidget(self.typed_box)
        self.points_layout.addWidget(self.progress)
        self.points_layout.addLayout(buttons)
        return page

    def resume(self, calibration_id: str) -> None:
        try:
            with self.db.read_session() as session:
                self.plan = run_plan(session, calibration_id)
        except REFUSALS as exc:  # e.g. the procedure version it ran is no longer on this PC
            self.say(say_why(exc))
            return
        self.device_edit.setText(self.plan.device.lab_id)
        self.show_instruments(self.plan.procedure)
        self.typed_box.setVisible(typed_in(self.plan))
        # Typing is the default in the lab for what can be typed, unless an instrument is on a
        # port (a balance with its cable plugged in is read by its driver).
        on_ports = any(choice is not None for choice in self.connections.choices().values())
        typing = typed_in(self.plan) and not self.pane.context.demo and not on_ports
        self.typed_box.setChecked(typing)
        self._label_run()
        self.progress.setRange(0, len(self.plan.points))
        self.progress.setValue(len(self.plan.done))
        self.show_saved_points()
        self._show_decision()
        self.go_to(SUMMARY if self.plan.state != DRAFT else POINTS)

    def _show_decision(self) -> None:
        """Take the points, or (every as-found point taken) adjust or finish."""
        plan = self.plan
        deciding = plan.state == DRAFT and not plan.remaining and not plan.adjusted
        self.measure_button.setVisible(not deciding)
        self.stop_button.setVisible(not deciding)
        self.adjust_button.setVisible(deciding)
        self.finish_button.setVisible(deciding)
        self.measure_button.setText(
            self.tr("Take the points as left") if plan.adjusted else self.tr("Take the points")
        )

    def _label_run(self) -> None:
        if self.plan is None:
            return
        if self.typed_box.isChecked() and typed_in(self.plan):
            how = self.tr("readings typed in")
        elif self.connections.rows:
            how = self.connections.describe()
        else:
            how = self.tr("simulated bench")
        text = (
            self.tr("%1 by %2 v%3 with %4 (%5)")
            .replace("%1", self.plan.device.lab_id)
            .replace("%2", self.plan.procedure.name)
            .replace("%3", str(self.plan.procedure.version))
            .replace("%4", self.plan.standard_code)
            .replace("%5", how)
        )
        if self.plan.adjusted:
            text += "\n" + self.tr("Adjusted: %1. Points as left.").replace(
                "%1", self.plan.adjustment
            )
        elif self.plan.state == DRAFT and not self.plan.remaining:
            text += "\n" + self.tr(
                "Every point is taken as found. Adjust the device and take the points again as "
                "left, or finish: the results as found are then the results."
            )
        else:
            text += "\n" + self.tr("Points as found.")
        self.run_label.setText(text)

    def measure(self) -> None:
        plan, db, user = self.plan, self.db, self.user
        typed = self.typed_box.isChecked() and typed_in(plan)
        ports = self.connections.choices()
        on_ports = any(choice is not None for choice in ports.values())
        self.connections.remember()
        # Made before the worker starts: the worker asks it for readings from its first point.
        # A bench on real ports needs the person for the steps done by hand (weights, displays).
        by_hand = typed or (on_ports and needs_a_person(plan))
        operator = self._person_at_the_bench(plan) if by_hand else None
        self.operator = operator
        finish = plan.adjusted  # as found, the technician decides before the run is measured

        def work(control) -> object:  # noqa: ANN001 - runs on a pool thread
            if typed:
                bench = typed_bench(db, plan, operator, control.cancel_event)
            else:
                bench = bench_for(db, plan, ports, operator, control.cancel_event)

            def saved(result, done, total) -> None:  # noqa: ANN001
                control.progress(done, total, f"{result.nominal:g} {result.unit}")
                control.check()  # a Stop ends the run here, after the point is saved

            try:
                return run_points(
                    db, user, plan.calibration_id, bench, on_point=saved, finish=finish
                )
            except MeasurementCancelled:
                raise Cancelled() from None  # stopped while waiting for a stable reading
            finally:
                bench.close()

        self.measure_button.setEnabled(False)
        # The ports, and whether the readings are typed, stay as they are while the run lasts.
        self.connections.setEnabled(False)
        self.typed_box.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.say("")
        self.task = run_task(
            work, on_success=self.measured, on_failure=self.failed,
            on_cancelled=self.stopped, parent=self,
        )  # fmt: skip
        self.task.progress.connect(self.point_saved)

    def _person_at_the_bench(self, plan) -> TypedEntryOperator:  # noqa: ANN001
        """The operator who types readings and places weights, told which standard to take."""
        with self.db.read_session() as session:
            standard = find_standard(session, plan.standard_code)
            label = StandardLabel(plan.standard_code, standard.serial if standard else None)
        unit = plan.device.unit or ""
        step = plan.device.scale.resolution
        return TypedEntryOperator(unit, threading.Event(), self, label, step)

    def point_saved(self, done: int, total: int, _what: str) -> None:
        self.progress.setValue(done)
        # Points can come faster than the table and plot redraw (zero settling time): redraw at
        # most every REFRESH_MS, so queued points never hold the GUI thread back to back.
        if not self.refresh.isActive():
            self.refresh.start()

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.operator is not None:
            self.operator.cancel.set()  # a run waiting for typed readings stops too

    def measured(self, _outcome) -> None:  # noqa: ANN001
        self._idle()
        self.resume(self.plan.calibration_id)

    def ask_adjustment(self) -> None:
        """Ask in a sentence what was adjusted (a window, not a blocking call: the GUI and the
        tests go on while it is open)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Adjust"))
        dialog.setLabelText(
            self.tr(
                "What did you adjust? One sentence for the certificate, e.g. "
                "'DC zero and gain trimmed on the 10 V range'."
            )
        )
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.textValueSelected.connect(self.record_adjustment)
        self.adjust_dialog = dialog
        dialog.open()

    def record_adjustment(self, what: str) -> None:
        try:
            with self.db.session(actor=self.user, reason="calibration adjusted") as session:
                record_adjustment(session, self.user, self.plan.calibration_id, what)
        except REFUSALS as exc:
            self.say(say_why(exc))
            return
        self.say(self.tr("Adjustment recorded. Take the points again as left."))
        self.resume(self.plan.calibration_id)

    def finish_not_adjusted(self) -> None:
        try:
            with self.db.session(actor=self.user, reason="calibration measured") as session:
                finish_measurement(session, self.user, self.plan.calibration_id)
        except REFUSALS as exc:
            self.say(say_why(exc))
            return
        self.say("")
        self.resume(self.plan.calibration_id)

    def stopped(self) -> None:
        self.say(self.tr("Stopped. Every point taken is saved; resume the draft to go on."))
        self.show_saved_points()
        self._idle()
        self.pane.reload_lists()

    def failed(self, failure) -> None:  # noqa: ANN001
        self.say(
            self.tr("The run stopped: %1 Every point taken before is saved.").replace(
                "%1", say_why(failure.error)
            )
        )
        self.show_saved_points()
        self._idle()

    def _idle(self) -> None:
        if self.operator is not None:
            self.operator.close_dialog()  # the run ended: a dialog left open waits for nothing
        self.connections.setEnabled(True)
        self.typed_box.setEnabled(True)
        self.measure_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    # --- step 4: summary ----------------------------------------------------------------------
    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        new = QPushButton(self.tr("Calibrate another device"))
        new.clicked.connect(self.new_calibration)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(new)
        return page

    def show_saved_points(self) -> None:
        if self.plan is None:
            self.results.show_points([])
            return
        with self.db.read_session() as session:
            report = calibration_report(session, self.plan.calibration_id)
        self.results.show_points(report["points"])
        verdicts = [p["verdict"] for p in report["points"] if p["phase"] == "as_left"]
        self.summary.setText(
            self.tr("%1 is %2: %3 of %4 points pass. It now waits for a reviewer.")
            .replace("%1", report["device"])
            .replace("%2", say(state_word(report["state"])))
            .replace("%3", str(verdicts.count("pass")))
            .replace("%4", str(len(verdicts)))
        )
        if report["adjustment"]:
            said = self.tr("Adjusted by %1 before the points as left: %2")
            said = said.replace("%1", report["adjustment"]["by"])
            said = said.replace("%2", report["adjustment"]["what"])
            self.summary.setText(self.summary.text() + " " + said)

    def new_calibration(self) -> None:
        self.plan = None
        self.device_edit.clear()
        self.procedure_box.clear()
        self.show_saved_points()
        self.go_to(STANDARDS)

    def go_to(self, step: int) -> None:
        names = [self.tr("1 Standards and instruments"), self.tr("2 Environment"),
                 self.tr("3 Points"), self.tr("4 Summary")]  # fmt: skip
        shown = [f"<b>{n}</b>" if i == step else n for i, n in enumerate(names)]
        self.steps.setText(" → ".join(shown))
        self._place_instruments(step)
        self.stack.setCurrentIndex(step)

    def _place_instruments(self, step: int) -> None:
        """The instruments' ports are chosen with the standards and can be changed before the
        points are taken (a cable moved, an adapter plugged back in on another port)."""
        if step == STANDARDS:
            self.standards_layout.insertWidget(1, self.connections)
        elif step == POINTS:
            self.points_layout.insertWidget(1, self.connections)
        self.connections.setVisible(step in (STANDARDS, POINTS))

    def say(self, text: str) -> None:
        self.message.setText(text)


def _title(procedure: Procedure) -> str:
    """The procedure's title in the UI's language (its file gives the Vietnamese one)."""
    vietnamese = spoken_language() == "vi" and procedure.title_vi
    return procedure.title_vi if vietnamese else procedure.title


def _spin(low: float, high: float, value: float, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin
