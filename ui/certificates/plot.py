"""The error-versus-nominal plot, drawn with QPainter (vector in the PDF, no plotting library).

Each point is the error with its expanded uncertainty as a bar; as-found and as-left points have
different marks and colours and sit slightly apart so their bars never hide each other; the
±MPE limits, when the content has them, are dashed lines through the nominal values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from lab.certificates.content import AS_FOUND, PlotPoint
from ui.certificates import wording
from ui.certificates.fonts import certificate_font
from ui.certificates.layout import INK, MUTED, RULE, Block, draw_text
from ui.qt import QColor, QPainter, QPainterPath, QPen, QPointF, QRectF, Qt

FOUND_COLOUR = QColor("#c0561b")
LEFT_COLOUR = QColor("#1f3f73")
MPE_COLOUR = QColor("#b3261e")
HEIGHT = 680.0  # 68 mm
AXIS_LEFT, AXIS_BOTTOM, TOP_PAD, RIGHT_PAD = 150.0, 110.0, 60.0, 30.0


def nice_ticks(low: float, high: float, count: int = 6) -> list[float]:
    """Round tick values (1, 2, 5 × 10ⁿ steps) covering ``low`` … ``high``.

    >>> nice_ticks(0.0, 100.0)
    [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    >>> nice_ticks(-0.07, 0.1)
    [-0.08, -0.04, 0.0, 0.04, 0.08, 0.12]
    >>> nice_ticks(0.0, 0.0)
    [-1.2, -0.8, -0.4, 0.0, 0.4, 0.8, 1.2]
    """
    if high <= low:  # one value (a single point, or no error and no U): a span around it
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    span = high - low
    raw = span / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 4, 5, 10) if m * power >= raw)
    first = math.floor(low / step + 1e-9) * step
    ticks, value = [], first
    while value < high + step * 0.999:
        ticks.append(round(value, 12) + 0.0)
        value += step
    return ticks


def tick_label(value: float, step: float) -> str:
    """A tick value with as many decimals as the step needs (axis scale, not a result)."""
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step else 0
    if step and step / 10 ** math.floor(math.log10(step)) == 2.5:
        decimals += 1
    return f"{value:.{decimals}f}"


def plot_block(points: Sequence[PlotPoint], unit: str, language: str) -> Block:
    """The plot as a block of the page (72 mm high, the frame's width)."""

    def paint(painter: QPainter, left: float, top: float, width: float) -> None:
        _paint_plot(painter, QRectF(left, top, width, HEIGHT), points, unit, language)

    return Block(HEIGHT, paint, space_after=40.0)


class _Scale:
    def __init__(self, points: Sequence[PlotPoint], area: QRectF) -> None:
        nominals = [p.nominal for p in points]
        lows = [p.error - p.expanded_uncertainty for p in points]
        highs = [p.error + p.expanded_uncertainty for p in points]
        for p in points:
            if p.mpe is not None:
                lows.append(-abs(p.mpe))
                highs.append(abs(p.mpe))
        x_low, x_high = min(nominals), max(nominals)
        if x_low == x_high:
            x_low, x_high = x_low - 1, x_high + 1
        self.x_ticks = nice_ticks(min(0.0, x_low), x_high)
        self.y_ticks = nice_ticks(min(lows + [0.0]), max(highs + [0.0]))
        self.area = area

    def x(self, value: float) -> float:
        # 3 % inside the frame at each end, so a point on the last tick is not cut by the frame.
        low, high = self.x_ticks[0], self.x_ticks[-1]
        inset = self.area.width() * 0.03
        return (
            self.area.left()
            + inset
            + (value - low) / (high - low) * (self.area.width() - 2 * inset)
        )

    def y(self, value: float) -> float:
        low, high = self.y_ticks[0], self.y_ticks[-1]
        return self.area.bottom() - (value - low) / (high - low) * self.area.height()


def _paint_plot(
    painter: QPainter, rect: QRectF, points: Sequence[PlotPoint], unit: str, language: str
) -> None:
    area = QRectF(
        rect.left() + AXIS_LEFT,
        rect.top() + TOP_PAD,
        rect.width() - AXIS_LEFT - RIGHT_PAD,
        rect.height() - TOP_PAD - AXIS_BOTTOM,
    )
    scale = _Scale(points, area)
    _axes(painter, scale, unit, language)
    _mpe_lines(painter, scale, points)
    phases = [p for p in (AS_FOUND, "as_left") if any(q.phase == p for q in points)]
    offset = (scale.x_ticks[-1] - scale.x_ticks[0]) * 0.006 if len(phases) > 1 else 0.0
    for index, phase in enumerate(phases):
        shift = offset * (-1 if index == 0 else 1)
        _series(painter, scale, [p for p in points if p.phase == phase], phase, shift)
    _legend(painter, rect, phases, any(p.mpe is not None for p in points), language)


def _axes(painter: QPainter, scale: _Scale, unit: str, language: str) -> None:
    area = scale.area
    font = certificate_font(7)
    painter.setPen(QPen(RULE, 1.0, Qt.PenStyle.DotLine))
    for value in scale.y_ticks:
        painter.drawLine(
            QPointF(area.left(), scale.y(value)), QPointF(area.right(), scale.y(value))
        )
    painter.setPen(QPen(INK, 2.5))
    painter.drawRect(area)
    painter.setPen(QPen(INK, 3.0))
    painter.drawLine(QPointF(area.left(), scale.y(0)), QPointF(area.right(), scale.y(0)))
    x_step = scale.x_ticks[1] - scale.x_ticks[0]
    y_step = scale.y_ticks[1] - scale.y_ticks[0]
    for value in scale.x_ticks:
        x = scale.x(value)
        draw_text(
            painter,
            QRectF(x - 100, area.bottom() + 8, 200, 30),
            font,
            tick_label(value, x_step),
            Qt.AlignmentFlag.AlignHCenter,
            MUTED,
        )
    for value in scale.y_ticks:
        y = scale.y(value)
        draw_text(
            painter,
            QRectF(area.left() - 145, y - 13, 135, 30),
            font,
            tick_label(value, y_step),
            Qt.AlignmentFlag.AlignRight,
            MUTED,
        )
    label = certificate_font(7.5)
    x_title = f"{wording.NOMINAL.text(language)} ({unit})"
    draw_text(
        painter,
        QRectF(area.left(), area.bottom() + 50, area.width(), 40),
        label,
        x_title,
        Qt.AlignmentFlag.AlignHCenter,
    )
    painter.save()
    painter.translate(area.left() - 140, area.center().y())
    painter.rotate(-90)
    draw_text(
        painter,
        QRectF(-area.height() / 2, -5, area.height(), 40),
        label,
        f"{wording.ERROR.text(language)} ({unit})",
        Qt.AlignmentFlag.AlignHCenter,
    )
    painter.restore()


def _mpe_lines(painter: QPainter, scale: _Scale, points: Sequence[PlotPoint]) -> None:
    limits = sorted({(p.nominal, abs(p.mpe)) for p in points if p.mpe is not None})
    if not limits:
        return
    painter.setPen(QPen(MPE_COLOUR, 3.0, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for sign in (1, -1):
        path = QPainterPath(QPointF(scale.x(limits[0][0]), scale.y(sign * limits[0][1])))
        for nominal, mpe in limits[1:]:
            path.lineTo(scale.x(nominal), scale.y(sign * mpe))
        painter.drawPath(path)


def _series(
    painter: QPainter, scale: _Scale, points: Sequence[PlotPoint], phase: str, shift: float
) -> None:
    colour = FOUND_COLOUR if phase == AS_FOUND else LEFT_COLOUR
    painter.setPen(QPen(colour, 3.0))
    for p in points:
        x = scale.x(p.nominal + shift)
        top, bottom = (
            scale.y(p.error + p.expanded_uncertainty),
            scale.y(p.error - p.expanded_uncertainty),
        )
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.drawLine(QPointF(x - 12, top), QPointF(x + 12, top))
        painter.drawLine(QPointF(x - 12, bottom), QPointF(x + 12, bottom))
        _mark(painter, QPointF(x, scale.y(p.error)), phase, colour)


def _mark(painter: QPainter, centre: QPointF, phase: str, colour: QColor) -> None:
    """As found: an open circle; as left: a filled square (distinct in black and white too)."""
    painter.setPen(QPen(colour, 3.0))
    if phase == AS_FOUND:
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre, 16, 16)
    else:
        painter.setBrush(colour)
        painter.drawRect(QRectF(centre.x() - 14, centre.y() - 14, 28, 28))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _legend(
    painter: QPainter, rect: QRectF, phases: Sequence[str], mpe: bool, language: str
) -> None:
    font = certificate_font(7)
    entries = [
        (phase, (wording.AS_FOUND if phase == AS_FOUND else wording.AS_LEFT)) for phase in phases
    ]
    x, y = rect.left() + AXIS_LEFT, rect.top()
    for phase, name in entries:
        colour = FOUND_COLOUR if phase == AS_FOUND else LEFT_COLOUR
        _mark(painter, QPointF(x + 16, y + 12), phase, colour)
        draw_text(painter, QRectF(x + 40, y - 2, 500, 30), font, name.text(language) + " ± U")
        x += 80 + painter.fontMetrics().horizontalAdvance(name.text(language) + " ± U")
    if mpe:
        painter.setPen(QPen(MPE_COLOUR, 3.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y + 12), QPointF(x + 60, y + 12))
        draw_text(painter, QRectF(x + 70, y - 2, 500, 30), font, wording.MPE_LINES.text(language))
