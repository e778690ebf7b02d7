"""The one place ``ui/`` takes its Qt names from (Anki's ``aqt/qt``, PyMeasure's ``display/Qt.py``).

Modules in ``ui/`` write ``from ui.qt import QWidget, Signal, ...`` so that a change of binding or
version touches one file.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import (  # noqa: F401
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QLibraryInfo,
    QLocale,
    QMarginsF,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QRunnable,
    QSettings,
    QSignalBlocker,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QFontMetricsF,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
    QPixmap,
    QPolygonF,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
    QTransform,
    QValidator,
)
from PySide6.QtPrintSupport import (  # noqa: F401
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtSvg import QSvgRenderer  # noqa: F401
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)


def _keep_none_alive() -> None:
    """Shiboken 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a Qt
    method that returns nothing (``QFont.setBold``, ``QPainter.drawText``, ...): measured, 1000
    calls of ``QPointF.setX`` take 1000 off ``sys.getrefcount(None)``. Drawing one certificate
    makes thousands of such calls, so a batch or a long session ends in "Fatal Python error:
    none_dealloc". Python 3.12 made ``None`` immortal (PEP 683) by giving it a huge reference
    count; this does the same on 3.11, once, so the lost references can never reach zero.
    """
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_keep_none_alive()
