"""The register as a Qt table model that reads lazily from SQL.

For a query the model holds one thing that grows with the register: the ordered list of row
numbers (8 bytes a device). Rows themselves are read a page at a time when the view asks for
them, and only the most recently used pages are kept.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from datetime import date

from lab.register import (
    DeviceQuery,
    DeviceRow,
    RowIdStream,
    SortKey,
    device_rows,
    rowid_of_lab_id,
)
from lab.storage import Database
from ui.i18n import translate
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QBrush,
    QColor,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from uncertainty.units import unit_symbol

PAGE_SIZE = 200
MAX_CACHED_PAGES = 20
FIRST_CHUNK = 1000  # row numbers read before the view is shown
NEXT_CHUNK = 10_000  # then read in the event loop, a chunk per turn (~20 ms each)
# A pause between chunks: with zero-delay timers Qt runs the whole chain before it paints.
CHUNK_PAUSE_MS = 2

# (header, how to show a row, the SQL sort key or None when the column cannot sort)
COLUMNS = (
    (QT_TRANSLATE_NOOP("DeviceTableModel", "Lab ID"), lambda r: r.lab_id, SortKey.LAB_ID),
    (QT_TRANSLATE_NOOP("DeviceTableModel", "Customer"), lambda r: r.customer, None),
    (QT_TRANSLATE_NOOP("DeviceTableModel", "Device"), lambda r: r.name, SortKey.NAME),
    (
        QT_TRANSLATE_NOOP("DeviceTableModel", "Manufacturer"),
        lambda r: r.manufacturer or "",
        SortKey.MANUFACTURER,
    ),
    (QT_TRANSLATE_NOOP("DeviceTableModel", "Model"), lambda r: r.model or "", SortKey.MODEL),
    (QT_TRANSLATE_NOOP("DeviceTableModel", "Serial no."), lambda r: r.serial or "", SortKey.SERIAL),
    (QT_TRANSLATE_NOOP("DeviceTableModel", "Asset tag"), lambda r: r.asset_tag or "", None),
    (QT_TRANSLATE_NOOP("DeviceTableModel", "Range"), lambda r: format_range(r), None),
    (
        QT_TRANSLATE_NOOP("DeviceTableModel", "Last calibrated"),
        lambda r: r.last_calibrated.isoformat() if r.last_calibrated else "",
        SortKey.LAST_CALIBRATED,
    ),
    (
        QT_TRANSLATE_NOOP("DeviceTableModel", "Due"),
        lambda r: r.due.isoformat() if r.due else "",
        SortKey.DUE_DATE,
    ),
)

OVERDUE = QColor("#fde2e1")
DUE_SOON = QColor("#fff4d6")


def format_number(value: float) -> str:
    return f"{value:g}"


def format_range(row: DeviceRow) -> str:
    if row.range_min is None and row.range_max is None:
        return ""
    low = format_number(row.range_min) if row.range_min is not None else "?"
    high = format_number(row.range_max) if row.range_max is not None else "?"
    unit = unit_symbol(row.unit)
    return f"{low} … {high} {unit}".strip()


class DeviceTableModel(QAbstractTableModel):
    loaded = Signal(int)  # every row number of the query is read; the argument is the count

    def __init__(self, database: Database, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._db = database
        self._query = DeviceQuery()
        self._ids = array("q")
        self._stream: RowIdStream | None = None
        self._pages: OrderedDict[int, list[DeviceRow]] = OrderedDict()
        self.today = date.today()

    # --- the query -------------------------------------------------------------------------

    @property
    def query(self) -> DeviceQuery:
        return self._query

    def set_query(self, query: DeviceQuery) -> None:
        """Show ``query``: the first rows at once, the rest read in the event loop."""
        if self._stream is not None:
            self._stream.close()
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._stream = RowIdStream(self._db, query)
        self._ids = self._stream.next_chunk(FIRST_CHUNK)
        self.endResetModel()
        if self._stream.done:
            self.loaded.emit(len(self._ids))
        else:
            QTimer.singleShot(CHUNK_PAUSE_MS, self._read_more_ids)

    def _read_more_ids(self) -> None:
        stream = self._stream
        if stream is None or stream.done:
            return
        chunk = stream.next_chunk(NEXT_CHUNK)
        if len(chunk):
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(chunk) - 1)
            self._ids.extend(chunk)
            self.endInsertRows()
        if stream.done:
            self.loaded.emit(len(self._ids))
        else:
            QTimer.singleShot(CHUNK_PAUSE_MS, self._read_more_ids)

    @property
    def loading(self) -> bool:
        return self._stream is not None and not self._stream.done

    def load_all(self) -> None:
        """Read the rest of the row numbers now (for callers that need the whole list)."""
        while self.loading:
            self._read_more_ids()

    def refresh(self) -> None:
        self.set_query(self._query)

    def device_at(self, row: int) -> DeviceRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._page(page_no)
        return page[offset] if offset < len(page) else None

    def row_of(self, lab_id: str) -> int:
        """The view row showing ``lab_id`` under the current query, or -1."""
        with self._db.read_session() as session:
            rowid = rowid_of_lab_id(session, lab_id)
        try:
            return self._ids.index(rowid) if rowid is not None else -1
        except ValueError:
            return -1

    def cached_pages(self) -> int:
        return len(self._pages)

    def _page(self, page_no: int) -> list[DeviceRow]:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        start = page_no * PAGE_SIZE
        with self._db.read_session() as session:
            page = device_rows(session, self._ids[start : start + PAGE_SIZE])
        self._pages[page_no] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("DeviceTableModel", COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        if not index.isValid():
            return None
        device = self.device_at(index.row())
        if device is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](device)
        if role == Qt.ItemDataRole.BackgroundRole and device.due is not None:
            if device.due < self.today:
                return QBrush(OVERDUE)
            if (device.due - self.today).days <= 30:
                return QBrush(DUE_SOON)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: ANN001
        # Column -1 (no sort indicator) is the register's own order, as registered.
        key = SortKey.REGISTERED if column < 0 else COLUMNS[column][2]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder and column >= 0
        if (key, descending) == (self._query.sort, self._query.descending):
            return  # Qt asks again when sorting is switched on; nothing to re-read
        self.set_query(
            DeviceQuery(**{**self._query.__dict__, "sort": key, "descending": descending})
        )

    @staticmethod
    def sortable(column: int) -> bool:
        return COLUMNS[column][2] is not None
