"""A small flow layout: blocks of known height placed down pages, tables broken between rows.

Everything is measured before anything is drawn (the first pass), so the number of pages is
known when the headers print "page x of y" (the second pass). Units are 0.1 mm throughout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ui.qt import QColor, QFont, QFontMetricsF, QPainter, QPen, QPointF, QRectF, Qt

Paint = Callable[[QPainter, float, float, float], None]  # painter, left, top, width

WRAP = Qt.TextFlag.TextWordWrap
INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#8a8a8a")
SHADE = QColor("#eef2f8")
ACCENT = QColor("#1f3f73")


@dataclass(frozen=True)
class Block:
    """A piece of a page: its height, how to draw it, and how it behaves at a page break.

    ``repeat`` is drawn first when the block opens a page (a table's header row);
    ``keep_with_next`` moves the block to the next page with the ``keep_with_next`` blocks
    after it (a title with its first lines, a table header with its first rows).
    """

    height: float
    paint: Paint
    space_after: float = 0.0
    repeat: Block | None = None
    keep_with_next: int = 0
    spacer: bool = False  # blank room between parts, dropped where a page begins


@dataclass(frozen=True)
class Placed:
    top: float
    block: Block


@dataclass(frozen=True)
class Frame:
    """Where the body of every page goes (below the header, above the bottom margin)."""

    left: float
    top: float
    width: float
    bottom: float


@dataclass
class _Pages:
    frame: Frame
    pages: list[list[Placed]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.frame.top

    def fits(self, height: float) -> bool:
        return self.y + height <= self.frame.bottom

    def at_top(self) -> bool:
        return not self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.frame.top

    def place(self, block: Block) -> None:
        self.pages[-1].append(Placed(self.y, block))
        self.y += block.height + block.space_after


def paginate(blocks: Sequence[Block], frame: Frame) -> list[list[Placed]]:
    """Place ``blocks`` down as many pages as they need; returns each page's placed blocks."""
    pages = _Pages(frame)
    for index, block in enumerate(blocks):
        if block.spacer and pages.at_top():
            continue
        needed = block.height + sum(
            b.space_after + b.height for b in blocks[index + 1 : index + 1 + block.keep_with_next]
        )
        if not pages.fits(needed) and not pages.at_top():
            pages.new_page()
            if block.spacer:
                continue
            if block.repeat is not None:
                pages.place(block.repeat)
        pages.place(block)
    return pages.pages


def text_height(font: QFont, width: float, text: str) -> float:
    """Height of ``text`` wrapped to ``width`` in ``font``."""
    if not text:
        return 0.0
    metrics = QFontMetricsF(font)
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()


def draw_text(
    painter: QPainter,
    rect: QRectF,
    font: QFont,
    text: str,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    color: QColor = INK,
) -> None:
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop) | WRAP, text)


def hline(painter: QPainter, left: float, right: float, y: float, width: float = 2.0) -> None:
    painter.setPen(QPen(RULE, width))
    painter.drawLine(QPointF(left, y), QPointF(right, y))


def paragraph(font: QFont, text: str, width: float, space_after: float = 12.0, **kw) -> Block:
    """Wrapped text across the frame's width."""
    height = text_height(font, width, text)

    def paint(painter: QPainter, left: float, top: float, w: float) -> None:
        draw_text(painter, QRectF(left, top, w, height + 5), font, text, **kw)

    return Block(height, paint, space_after)


@dataclass(frozen=True)
class Column:
    header: str
    weight: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter


PAD = 12.0  # cell padding, 1.2 mm
KEEP_ROWS = 3  # a table starts on a page only with its header and at least three rows


def table_blocks(
    title_first: Block,
    title_continued: Block,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    header_font: QFont,
    body_font: QFont,
    width: float,
) -> list[Block]:
    """A table as blocks: the title with the header row, then one block per row.

    Every row carries the continued title and header row to repeat when it opens a page.
    """
    widths = _widths(columns, width)
    header = _row_block(
        [c.header for c in columns], widths, header_font, columns, header=True, shaded=False
    )
    first = _stack(title_first, header, keep_with_next=min(len(rows), KEEP_ROWS))
    repeat = _stack(title_continued, header, keep_with_next=0)
    body = [
        _row_block(row, widths, body_font, columns, header=False, shaded=i % 2 == 1)
        for i, row in enumerate(rows)
    ]
    body = [Block(b.height, b.paint, repeat=repeat) for b in body]
    if body:
        last = body[-1]
        body[-1] = Block(last.height, last.paint, space_after=30.0, repeat=repeat)
    return [first, *body]


def _widths(columns: Sequence[Column], width: float) -> list[float]:
    total = sum(c.weight for c in columns)
    return [width * c.weight / total for c in columns]


def _stack(top: Block, below: Block, keep_with_next: int) -> Block:
    def paint(painter: QPainter, left: float, y: float, width: float) -> None:
        top.paint(painter, left, y, width)
        below.paint(painter, left, y + top.height + top.space_after, width)

    height = top.height + top.space_after + below.height
    return Block(height, paint, keep_with_next=keep_with_next)


def _row_block(
    cells: Sequence[str],
    widths: Sequence[float],
    font: QFont,
    columns: Sequence[Column],
    header: bool,
    shaded: bool,
) -> Block:
    height = max(text_height(font, w - 2 * PAD, t) for t, w in zip(cells, widths, strict=True))
    height += 2 * PAD

    def paint(painter: QPainter, left: float, top: float, width: float) -> None:
        if header or shaded:
            painter.fillRect(QRectF(left, top, sum(widths), height), SHADE)
        x = left
        for text, w, column in zip(cells, widths, columns, strict=True):
            align = Qt.AlignmentFlag.AlignHCenter if header else column.align
            rect = QRectF(x + PAD, top + PAD, w - 2 * PAD, height - 2 * PAD)
            draw_text(painter, rect, font, text, align)
            x += w
        pen_width = 4.0 if header else 1.0
        hline(painter, left, left + sum(widths), top + height, pen_width)
        if header:
            hline(painter, left, left + sum(widths), top, pen_width)

    return Block(height, paint)
