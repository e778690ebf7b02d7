"""Work orders: each intake of a customer's devices, and the devices it brought."""

from __future__ import annotations

from lab.work_orders import list_work_orders, work_order_devices
from ui.context import PaneContext
from ui.qt import (
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.tables import list_table


class WorkOrdersPane(QWidget):
    def __init__(self, context: PaneContext) -> None:
        super().__init__()
        self.db = context.database
        self.orders = list_table(
            [
                self.tr("Work order"),
                self.tr("Customer"),
                self.tr("Received"),
                self.tr("File"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Rejected"),
                self.tr("Imported by"),
            ]
        )
        self.devices = list_table([self.tr("Lab ID"), self.tr("Device"), self.tr("Serial no.")])
        self.orders.currentCellChanged.connect(lambda row, *_: self._show_devices(row))
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.orders)
        splitter.addWidget(self.devices)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + self.tr("Work orders") + "</h3>"))
        layout.addWidget(splitter, 1)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignRight)
        self._rows = []
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - imports elsewhere add orders
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        with self.db.read_session() as session:
            self._rows = list_work_orders(session)
        self.orders.setRowCount(len(self._rows))
        for y, wo in enumerate(self._rows):
            values = (
                wo.number,
                wo.customer,
                wo.received_on.isoformat(),
                wo.source_file or "",
                str(wo.imported),
                str(wo.updated),
                str(wo.unchanged),
                str(wo.rejected),
                wo.imported_by or "",
            )
            for x, value in enumerate(values):
                self.orders.setItem(y, x, QTableWidgetItem(value))
        self.orders.resizeColumnsToContents()
        if self._rows:
            self.orders.selectRow(0)
            self._show_devices(0)
        else:
            self.devices.setRowCount(0)

    def _show_devices(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        with self.db.read_session() as session:
            devices = work_order_devices(session, self._rows[row].id)
        self.devices.setRowCount(len(devices))
        for y, values in enumerate(devices):
            for x, value in enumerate(values):
                self.devices.setItem(y, x, QTableWidgetItem(value))
        self.devices.resizeColumnsToContents()
