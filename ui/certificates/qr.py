"""The QR code of a certificate: ``qr_text`` encoded by segno, drawn as vector rectangles.

Drawing the modules (not a picture of them) keeps the code sharp at any printer resolution and
the PDF small. The quiet zone of four modules is left white around the symbol, as ISO/IEC 18004
requires for a reader to find it.
"""

from __future__ import annotations

import segno

from ui.qt import QColor, QPainter, QRectF, Qt

QUIET_ZONE = 4  # modules


def qr_modules(text: str) -> list[bytearray]:
    """The symbol's dark (1) and light (0) modules, row by row, without the quiet zone.

    Error correction M (15 %): a smudged or creased paper copy still scans.
    """
    code = segno.make_qr(text, error="m", boost_error=False)
    return [bytearray(row) for row in code.matrix]


def draw_qr(painter: QPainter, rect: QRectF, text: str) -> None:
    """Draw the QR code of ``text`` filling the square ``rect`` (quiet zone included)."""
    rows = qr_modules(text)
    size = len(rows) + 2 * QUIET_ZONE
    module = min(rect.width(), rect.height()) / size
    painter.fillRect(rect, QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    black = QColor("black")
    origin_x = rect.left() + QUIET_ZONE * module
    origin_y = rect.top() + QUIET_ZONE * module
    for r, row in enumerate(rows):
        for start, length in _dark_runs(row):
            # A run of dark modules as one rectangle: fewer PDF operators, no hairline seams.
            painter.fillRect(
                QRectF(origin_x + start * module, origin_y + r * module, length * module, module),
                black,
            )


def _dark_runs(row: bytearray) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, dark in enumerate(row):
        if dark and start is None:
            start = i
        elif not dark and start is not None:
            runs.append((start, i - start))
            start = None
    if start is not None:
        runs.append((start, len(row) - start))
    return runs
