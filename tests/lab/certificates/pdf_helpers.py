"""A real PDF of a certificate's text, written with Qt's PDF writer as the renderer writes it:
identity lines, one line per result row, and the QR text printed as text. The layout is plain;
what verification reads is the text, and this is real text in a real PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

from lab.certificates.issuing import IssuedRevision


def certificate_lines(issued: IssuedRevision, edit: dict[str, str] | None = None) -> list[str]:
    """The printed lines; ``edit`` replaces a text wherever it occurs (a forger's pen)."""
    c = issued.content
    lines = [
        c.title.text("both"),
        f"Số / No.: {c.number}   Lần ban hành / Revision: {c.revision}",
        f"Khách hàng / Customer: {c.customer.name}",
        f"Mã PTĐ / Lab ID: {c.item.lab_id}   Số sê-ri / Serial: {c.item.serial}",
    ]
    for table in c.tables:
        lines.append(f"{table.title.text('both')} ({table.unit})")
        for r in table.rows:
            lines.append(
                f"{r.nominal}  {r.reference}  {r.indication}  {r.error}  "
                f"{r.expanded_uncertainty}  {r.coverage_factor}"
            )
    lines += [s.text("both") for s in c.statements]
    # Under the QR code the text wraps (it is wider than the code); the check reads across it.
    lines += [issued.qr_text[:60], issued.qr_text[60:]]
    for old, new in (edit or {}).items():
        lines = [line.replace(old, new) for line in lines]
    return lines


def write_pdf(path: Path, lines: list[str]) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 8))
    y = 150
    for line in lines:
        painter.drawText(120, y, line)
        y += 55
    painter.end()
    return path
