"""The two pictures of the Uncertainty pane, drawn with QPainter (no plotting library needed).

:class:`ContributionBars` shows each input's share of u_c² (the budget's index column);
:class:`McmHistogram` shows the Monte Carlo distribution of an output with the probabilistically
symmetric and the shortest coverage intervals, and the GUM interval for comparison.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ui.qt import QColor, QFont, QPainter, QPen, QRectF, QSize, Qt, QWidget

log = logging.getLogger(__name__)

BAR_COLOUR = QColor("#3b6ea8")
SYMMETRIC_COLOUR = QColor("#c0392b")
SHORTEST_COLOUR = QColor("#27ae60")
GUM_COLOUR = QColor("#8e44ad")


class ContributionBars(QWidget):
    """Horizontal bars: one per input, length = index % of the combined variance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, float]] = []
        self.setMinimumHeight(120)

    def set_rows(self, rows: Sequence[tuple[str, float]]) -> None:
        """``rows`` are (input name, index %), drawn largest first."""
        self._rows = sorted(rows, key=lambda r: -abs(r[1]))
        self.setMinimumHeight(24 + 22 * len(self._rows))
        self.update()

    @property
    def rows(self) -> list[tuple[str, float]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(360, 24 + 22 * max(len(self._rows), 3))

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No budget yet"))
            return
        label_width = 110
        scale = max(max(abs(v) for _, v in self._rows), 1e-12)
        usable = max(self.width() - label_width - 70, 20)
        for i, (name, share) in enumerate(self._rows):
            top = 12 + 22 * i
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(4, top, label_width - 8, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            length = usable * abs(share) / scale
            painter.fillRect(QRectF(label_width, top + 2, length, 14), BAR_COLOUR)
            painter.drawText(
                QRectF(label_width + length + 4, top, 66, 18),
                Qt.AlignmentFlag.AlignVCenter,
                f"{share:.1f} %",
            )


@dataclass(frozen=True)
class HistogramData:
    counts: tuple[int, ...]
    edges: tuple[float, ...]
    symmetric: tuple[float, float]
    shortest: tuple[float, float]
    gum: tuple[float, float] | None
    title: str


class McmHistogram(QWidget):
    """The Monte Carlo histogram of one output with its coverage intervals marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: HistogramData | None = None
        self.setMinimumSize(320, 200)

    def set_data(self, data: HistogramData | None) -> None:
        self._data = data
        self.update()

    @property
    def data(self) -> HistogramData | None:
        return self._data

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        data = self._data
        if data is None or not data.counts:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Run Monte Carlo to see the distribution"),
            )
            return
        plot = QRectF(40, 28, self.width() - 56, self.height() - 70)
        low, high = data.edges[0], data.edges[-1]
        xs = [data.symmetric[0], data.symmetric[1], data.shortest[0], data.shortest[1]]
        if data.gum:
            xs.extend(data.gum)
        low, high = min(low, *xs), max(high, *xs)
        span = (high - low) or 1.0

        def to_x(value: float) -> float:
            return plot.left() + (value - low) / span * plot.width()

        self._draw_bars(painter, data, plot, to_x)
        self._draw_interval(painter, data.symmetric, SYMMETRIC_COLOUR, plot, to_x, 0)
        self._draw_interval(painter, data.shortest, SHORTEST_COLOUR, plot, to_x, 1)
        if data.gum:
            self._draw_interval(painter, data.gum, GUM_COLOUR, plot, to_x, 2)
        self._draw_axis(painter, plot, low, high)
        self._draw_legend(painter, data)

    def _draw_bars(self, painter: QPainter, data: HistogramData, plot: QRectF, to_x) -> None:  # type: ignore[no-untyped-def]
        peak = max(data.counts) or 1
        for count, left, right in zip(data.counts, data.edges[:-1], data.edges[1:], strict=True):
            height = plot.height() * count / peak
            x0, x1 = to_x(left), to_x(right)
            painter.fillRect(
                QRectF(x0, plot.bottom() - height, max(x1 - x0 - 0.5, 0.5), height),
                BAR_COLOUR.lighter(140),
            )

    def _draw_interval(
        self,
        painter: QPainter,
        interval: tuple[float, float],
        colour: QColor,
        plot: QRectF,
        to_x,
        row: int,
    ) -> None:  # type: ignore[no-untyped-def]
        pen = QPen(colour, 2, Qt.PenStyle.DashLine if row == 2 else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        for value in interval:
            x = to_x(value)
            painter.drawLine(int(x), int(plot.top() + 6 * row), int(x), int(plot.bottom()))

    def _draw_axis(self, painter: QPainter, plot: QRectF, low: float, high: float) -> None:
        painter.setPen(self.palette().text().color())
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 6))
        painter.setFont(font)
        # Enough significant digits that ticks 50000700 and 50000800 do not print alike.
        magnitude = max(abs(low), abs(high)) / ((high - low) or 1.0)
        digits = max(3, math.ceil(math.log10(max(magnitude, 1.0))) + 3)
        for i in range(5):
            value = low + (high - low) * i / 4
            x = plot.left() + plot.width() * i / 4
            painter.drawLine(int(x), int(plot.bottom()), int(x), int(plot.bottom() + 4))
            painter.drawText(
                QRectF(min(x - 50, self.width() - 104), plot.bottom() + 6, 100, 16),
                Qt.AlignmentFlag.AlignHCenter,
                f"{value:.{digits}g}",
            )

    def _draw_legend(self, painter: QPainter, data: HistogramData) -> None:
        entries = [(self.tr("symmetric"), SYMMETRIC_COLOUR), (self.tr("shortest"), SHORTEST_COLOUR)]
        if data.gum:
            entries.append((self.tr("GUM y ± U"), GUM_COLOUR))
        painter.setPen(self.palette().text().color())
        painter.drawText(
            QRectF(8, 4, self.width() - 16, 18), Qt.AlignmentFlag.AlignLeft, data.title
        )
        x = self.width() - 8
        for text, colour in reversed(entries):
            width = painter.fontMetrics().horizontalAdvance(text) + 26
            x -= width
            painter.fillRect(QRectF(x, 9, 14, 4), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 18, 2, width, 18), Qt.AlignmentFlag.AlignLeft, text)
