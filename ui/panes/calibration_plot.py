"""Error versus nominal, drawn with QPainter: each point's error with its U bar, and the ±MPE
lines the verdict was judged against (issue 6, item 6).

Errors are drawn as a percentage of each point's MPE: test points span decades (0.1 V to 900 V)
and so do their MPEs, and on one absolute scale the low points would sit invisibly on zero. In
percent of MPE every point is readable, and the MPE lines are ±100 %.

A device adjusted during its calibration has two points at a nominal value: as found (hollow, in
a lighter colour, a little to the left) and as left (filled, full colour, a little to the right).
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.qt import QColor, QPainter, QPen, QPointF, QPolygonF, QRectF, Qt, QWidget

VERDICT_COLOURS = {
    "pass": "#2e7d32",
    "conditional pass": "#9e9d24",
    "conditional fail": "#ef6c00",
    "fail": "#c62828",
}
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 70, 16, 24, 36
# The scale shows at most ±400 % of MPE: a meter found far out of tolerance (12 000 %) would
# otherwise flatten the MPE lines and every point as left onto zero. Beyond it a point sits on
# the edge as an arrow with its value written next to it.
SPAN_LIMIT_PCT = 400.0


@dataclass(frozen=True)
class PlotPoint:
    nominal: float
    error: float
    expanded_uncertainty: float
    mpe: float
    verdict: str
    phase: str = "as_left"

    @property
    def as_found(self) -> bool:
        return self.phase == "as_found"


class ErrorPlot(QWidget):
    """Points are placed evenly from left to right in nominal order (test points often span
    decades, 0.1 V to 900 V, where a linear axis would crowd the low ones together)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[PlotPoint] = []
        self.nominals: list[float] = []
        self.unit = ""
        self.setMinimumSize(360, 220)

    def set_points(self, points: list[PlotPoint], unit: str) -> None:
        self.points = sorted(points, key=lambda p: (p.nominal, not p.as_found))
        self.nominals = sorted({p.nominal for p in points})
        self.unit = unit
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        area = QRectF(
            MARGIN_LEFT, MARGIN_TOP,
            self.width() - MARGIN_LEFT - MARGIN_RIGHT, self.height() - MARGIN_TOP - MARGIN_BOTTOM,
        )  # fmt: skip
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawRect(area)
        if not self.points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No points yet"))
            return
        span = self._span()
        self._draw_axes(painter, area, span)
        self._draw_mpe(painter, area, span)
        self._draw_points(painter, area, span)
        painter.end()

    def _span(self) -> float:
        largest = max(
            (abs(p.error) + p.expanded_uncertainty) / p.mpe * 100 for p in self.points if p.mpe
        )
        return min(max(largest, 100.0), SPAN_LIMIT_PCT) * 1.15

    def _x(self, area: QRectF, index: int) -> float:
        step = area.width() / len(self.nominals)
        return area.left() + step * (index + 0.5)

    def _x_of(self, area: QRectF, point: PlotPoint) -> float:
        x = self._x(area, self.nominals.index(point.nominal))
        if not self.adjusted:
            return x
        return x - 7 if point.as_found else x + 7

    @property
    def adjusted(self) -> bool:
        return any(p.as_found for p in self.points)

    @staticmethod
    def _y(area: QRectF, value: float, span: float) -> float:
        return area.center().y() - value / span * area.height() / 2

    def _draw_axes(self, painter: QPainter, area: QRectF, span: float) -> None:
        painter.setPen(QPen(QColor("#bbbbbb"), 1, Qt.PenStyle.DashLine))
        zero = self._y(area, 0.0, span)
        painter.drawLine(QPointF(area.left(), zero), QPointF(area.right(), zero))
        painter.setPen(QColor("#333333"))
        for value in (100.0, 0.0, -100.0):
            y = self._y(area, value, span)
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value:.0f} %")  # fmt: skip
        for i, nominal in enumerate(self.nominals):
            x = self._x(area, i)
            painter.drawText(QRectF(x - 40, area.bottom() + 4, 80, 16),
                             Qt.AlignmentFlag.AlignCenter, f"{nominal:g}")  # fmt: skip
        title = self.tr("Error ± U in % of MPE at each nominal value (%1)").replace("%1", self.unit)
        painter.drawText(QRectF(0, 2, self.width(), 18), Qt.AlignmentFlag.AlignCenter, title)
        if self.adjusted:
            legend = self.tr("○ as found   ● as left")
            painter.drawText(QRectF(area.left(), area.top() + 2, area.width() - 6, 16),
                             Qt.AlignmentFlag.AlignRight, legend)  # fmt: skip

    def _draw_mpe(self, painter: QPainter, area: QRectF, span: float) -> None:
        """±MPE: ±100 % at every point, so one straight line each side."""
        painter.setPen(QPen(QColor("#c62828"), 1.5, Qt.PenStyle.DashLine))
        for sign in (1.0, -1.0):
            y = self._y(area, sign * 100.0, span)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.drawText(QRectF(area.left() + 4, self._y(area, 100.0, span) - 16, 80, 14),
                         Qt.AlignmentFlag.AlignLeft, "+MPE")  # fmt: skip
        painter.drawText(QRectF(area.left() + 4, self._y(area, -100.0, span) + 2, 80, 14),
                         Qt.AlignmentFlag.AlignLeft, "−MPE")  # fmt: skip

    def _draw_points(self, painter: QPainter, area: QRectF, span: float) -> None:
        for p in self.points:
            colour = QColor(VERDICT_COLOURS.get(p.verdict, "#333333"))
            if p.as_found:
                colour = lighter(colour, 0.45)
            x = self._x_of(area, p)
            error, U = p.error / p.mpe * 100, p.expanded_uncertainty / p.mpe * 100
            painter.setPen(QPen(colour, 2))
            painter.setBrush(QColor("white") if p.as_found else colour)
            if abs(error) > span:
                self._draw_off_scale(painter, area, x, error)
                continue
            top = self._y(area, min(error + U, span), span)
            bottom = self._y(area, max(error - U, -span), span)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            for y in (top, bottom):
                painter.drawLine(QPointF(x - 5, y), QPointF(x + 5, y))
            painter.drawEllipse(QPointF(x, self._y(area, error, span)), 4, 4)

    def _draw_off_scale(self, painter: QPainter, area: QRectF, x: float, error: float) -> None:
        """An arrow on the edge, pointing out, and the error in % of MPE beside it."""
        up = error > 0
        edge = area.top() + 2 if up else area.bottom() - 2
        inward = 9 if up else -9
        painter.drawPolygon(
            QPolygonF([QPointF(x, edge), QPointF(x - 5, edge + inward),
                       QPointF(x + 5, edge + inward)])
        )  # fmt: skip
        label = QRectF(x + 7, edge if up else edge - 14, 70, 14)
        painter.drawText(label, Qt.AlignmentFlag.AlignLeft, f"{error:+.0f} %")


def lighter(colour: QColor | str, share: float = 0.5) -> QColor:
    """``colour`` mixed with white by ``share``: the as-found results behind the as-left ones."""
    c = QColor(colour)
    return QColor(*(round(v + (255 - v) * share) for v in (c.red(), c.green(), c.blue())))
