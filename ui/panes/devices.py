"""The device register: search, filters, the lazily read table, and one device's details."""

from __future__ import annotations

from lab.demo import load_demo_lab
from lab.register import DeviceQuery, DeviceRow, DueState, has_devices, list_customers
from lab.users import create_demo_users
from ui.context import PaneContext
from ui.history import RecordHistory
from ui.models.device_table import DeviceTableModel, format_range
from ui.names import kind_name
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from uncertainty.units import unit_symbol

SEARCH_DELAY_MS = 250  # wait for a pause in typing before querying


class DevicesPane(QWidget):
    navigate = Signal(str)

    def __init__(self, context: PaneContext) -> None:
        super().__init__()
        self.context = context
        self.db = context.database
        self.model = DeviceTableModel(self.db, self)
        self.model.loaded.connect(
            lambda n: self.count_label.setText(self.tr("%n device(s)", "", n))
        )
        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_welcome())
        self._stack.addWidget(self._build_register())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._stack)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        # Keyboard first: Ctrl+F to search, Enter in the search field to look at once.
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.reload()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # --- building ----------------------------------------------------------------------------

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        title = QLabel("<h2>" + self.tr("The register is empty") + "</h2>")
        text = QLabel(
            self.tr(
                "Start with the demo lab to look around, or import the device list a customer "
                "sent (Excel or CSV, Vietnamese or English headers)."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load the demo lab"))
        self.demo_button.clicked.connect(self.load_demo)
        self.welcome_import_button = QPushButton(self.tr("Import a device list…"))
        self.welcome_import_button.clicked.connect(self.open_import_dialog)
        for widget in (title, text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.welcome_import_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(2)
        return page

    def _build_register(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self._build_filter_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        box.addWidget(splitter, 1)
        return page

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search name, serial, model, asset tag, lab ID… (accents optional)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.customer_combo = QComboBox()
        self.customer_combo.setMinimumWidth(220)
        self.customer_combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.due_combo = QComboBox()
        for label, state in (
            (self.tr("All devices"), DueState.ALL),
            (self.tr("Overdue"), DueState.OVERDUE),
            (self.tr("Due within 30 days"), DueState.DUE_30_DAYS),
        ):
            self.due_combo.addItem(label, state.value)
        self.due_combo.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.count_label = QLabel()
        self.import_button = QPushButton(self.tr("Import device list…"))
        self.import_button.clicked.connect(self.open_import_dialog)
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.customer_combo, 2)
        bar.addWidget(self.due_combo, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.import_button)
        return bar

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The register's own order (as registered) until a column header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setAlternatingRowColors(False)
        for column, width in enumerate((105, 190, 150, 105, 85, 95, 90, 120, 100, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_device(self.model.device_at(current.row()))
        )
        return self.table

    def _build_detail(self) -> QWidget:
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setMinimumWidth(300)
        self.detail_tabs.addTab(self._build_detail_form(), self.tr("Details"))
        self.history_holder = QWidget()
        QVBoxLayout(self.history_holder).setContentsMargins(0, 0, 0, 0)
        self.detail_tabs.addTab(self.history_holder, self.tr("History"))
        self.detail_tabs.currentChanged.connect(lambda _: self._show_history())
        self._shown_device: DeviceRow | None = None
        return self.detail_tabs

    def _build_detail_form(self) -> QWidget:
        panel = QWidget()
        self.detail_form = QFormLayout(panel)
        self._detail: dict[str, QLabel] = {}
        for key, label in (
            ("lab_id", self.tr("Lab ID")),
            ("customer", self.tr("Customer")),
            ("name", self.tr("Device")),
            ("kind", self.tr("Kind")),
            ("manufacturer", self.tr("Manufacturer")),
            ("model", self.tr("Model")),
            ("serial", self.tr("Serial no.")),
            ("asset_tag", self.tr("Asset tag")),
            ("range", self.tr("Range")),
            ("resolution", self.tr("Resolution")),
            ("accuracy", self.tr("Accuracy")),
            ("interval", self.tr("Interval")),
            ("last_calibrated", self.tr("Last calibrated")),
            ("due", self.tr("Due")),
            ("location", self.tr("Location")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._detail[key] = value
            self.detail_form.addRow(label, value)
        return panel

    # --- behaviour ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read customers and the register (after an import, the demo, a sync)."""
        with self.db.read_session() as session:
            any_device = has_devices(session)
            customers = list_customers(session)
        self._stack.setCurrentIndex(1 if any_device else 0)
        current = self.customer_combo.currentData()
        self.customer_combo.blockSignals(True)
        self.customer_combo.clear()
        self.customer_combo.addItem(self.tr("All customers"), None)
        for customer in customers:
            self.customer_combo.addItem(customer.name, customer.id)
        index = self.customer_combo.findData(current)
        self.customer_combo.setCurrentIndex(max(index, 0))
        self.customer_combo.blockSignals(False)
        self.apply_filters()

    def current_query(self) -> DeviceQuery:
        old = self.model.query
        return DeviceQuery(
            search=self.search_edit.text(),
            customer_id=self.customer_combo.currentData(),
            due=DueState(self.due_combo.currentData() or DueState.ALL.value),
            sort=old.sort,
            descending=old.descending,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        if self.model.loading:
            self.count_label.setText(self.tr("counting…"))
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.show_device(None)

    def show_device(self, device: DeviceRow | None) -> None:
        values = _detail_values(device) if device else {}
        if device and device.interval_months:
            values["interval"] = self.tr("%n month(s)", "", device.interval_months)
        for key, label in self._detail.items():
            label.setText(values.get(key, ""))
        self._shown_device = device
        self._show_history()

    def _show_history(self) -> None:
        """The audit history of the shown device, read only when its tab is open."""
        if self.detail_tabs.currentWidget() is not self.history_holder:
            return
        layout = self.history_holder.layout()
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        if self._shown_device is not None:
            layout.addWidget(RecordHistory(self.db, "devices", str(self._shown_device.id)))

    def load_demo(self) -> None:
        actor = self.context.user.name if self.context.user else None
        with self.db.session(actor=actor, reason="demo lab") as session:
            load_demo_lab(session)
            create_demo_users(session)
        self.reload()

    def open_import_dialog(self) -> None:
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, self)
        dialog.imported.connect(self.reload)
        dialog.exec()


def _detail_values(d: DeviceRow) -> dict[str, str]:
    unit = unit_symbol(d.unit)
    return {
        "lab_id": d.lab_id,
        "customer": d.customer,
        "name": d.name,
        "kind": kind_name(d.kind),
        "manufacturer": d.manufacturer or "",
        "model": d.model or "",
        "serial": d.serial or "",
        "asset_tag": d.asset_tag or "",
        "range": format_range(d),
        "resolution": f"{d.resolution:g} {unit}" if d.resolution is not None else "",
        "accuracy": d.accuracy or "",
        "last_calibrated": d.last_calibrated.isoformat() if d.last_calibrated else "",
        "due": d.due.isoformat() if d.due else "",
        "location": d.location or "",
        "notes": d.notes or "",
    }
