"""The body of a certificate as layout blocks, in the order ISO/IEC 17025 7.8 reads best:
who and what, when and how, traceability, results, uncertainty and conformity, who signs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from lab.certificates.content import Bilingual, CertificateContent, ResultTable
from ui.certificates import wording
from ui.certificates.fonts import certificate_font
from ui.certificates.layout import (
    ACCENT,
    MUTED,
    Block,
    Column,
    draw_text,
    hline,
    paragraph,
    table_blocks,
    text_height,
)
from ui.certificates.plot import plot_block
from ui.certificates.qr import draw_qr
from ui.qt import QColor, QPainter, QPen, QRectF, Qt

RIGHT = Qt.AlignmentFlag.AlignRight
LABEL_SHARE = 0.36  # of a field's width, for its label
GRID_LABEL_SHARE = 0.46  # in a two-column grid, where "Nhà sản xuất / Manufacturer" must fit
STACK_BELOW = 700.0  # fields narrower than 70 mm print their label above the value
AMENDMENT_COLOUR = QColor("#b3261e")


def printed_date(day: date | None, language: str) -> str:
    """Vietnamese day/month/year, ISO 8601 in English (unambiguous to any reader)."""
    if day is None:
        return "—"
    return day.isoformat() if language == "en" else day.strftime("%d/%m/%Y")


def lines_of(value: Bilingual, language: str) -> str:
    """A bilingual value: Vietnamese above English when both are printed and they differ."""
    if language == "both" and value.vi != value.en:
        return f"{value.vi}\n{value.en}"
    return value.text(language)


def body_blocks(
    content: CertificateContent, qr_text: str | None, language: str, width: float
) -> list[Block]:
    blocks = [_title(content, language, width)]
    if content.supersedes:
        blocks.append(_amendment(content, language, width))
    blocks += _identity(content, language, width)
    blocks += _standards(content, language, width)
    blocks += _results(content, language, width)
    blocks += _statements(content, language, width)
    # Room above the signatures, kept with them: they never start a page alone at its foot.
    blocks.append(Block(50.0, lambda *_: None, keep_with_next=1, spacer=True))
    blocks.append(signature_block(content, qr_text, language, width))
    blocks.append(
        paragraph(
            certificate_font(9, bold=True),
            wording.end_of_certificate(language),
            width,
            0.0,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
    )
    return blocks


def heading(text: str, width: float, keep: int = 1) -> Block:
    font = certificate_font(9.5, bold=True)
    pad = 14.0  # room above a heading, to set it off from the lines before
    height = pad + text_height(font, width, text) + 8

    def paint(painter: QPainter, left: float, top: float, w: float) -> None:
        draw_text(painter, QRectF(left, top + pad, w, height), font, text, color=ACCENT)
        painter.setPen(QPen(ACCENT, 2.0))
        hline(painter, left, left + w, top + height - 2, 2.0)

    return Block(height, paint, space_after=10.0, keep_with_next=keep)


def _title(content: CertificateContent, language: str, width: float) -> Block:
    main_font, sub_font = certificate_font(16, bold=True), certificate_font(11)
    main = (content.title.en if language == "en" else content.title.vi).upper()
    sub = content.title.en if language == "both" and content.title.en != content.title.vi else ""
    main_height = text_height(main_font, width, main)
    height = main_height + text_height(sub_font, width, sub)
    centre = Qt.AlignmentFlag.AlignHCenter

    def paint(painter: QPainter, left: float, top: float, w: float) -> None:
        draw_text(painter, QRectF(left, top, w, main_height + 5), main_font, main, centre, ACCENT)
        if sub:
            draw_text(painter, QRectF(left, top + main_height, w, height), sub_font, sub, centre)

    return Block(height, paint, space_after=30.0)


def _amendment(content: CertificateContent, language: str, width: float) -> Block:
    """ISO/IEC 17025 7.8.8.2: an amendment says so, names what it replaces and why."""
    head = (
        f"{wording.AMENDMENT.text(language).upper()} — "
        f"{wording.SUPERSEDES.text(language)} {content.supersedes}"
    )
    reason = ""
    if content.amendment_reason is not None:
        why = lines_of(content.amendment_reason, language)
        reason = f"{wording.AMENDMENT_REASON.text(language)}: {why}"
    head_font, reason_font = certificate_font(10, bold=True), certificate_font(8.5)
    inner = width - 60
    head_h = text_height(head_font, inner, head)
    height = head_h + text_height(reason_font, inner, reason) + 50

    def paint(painter: QPainter, left: float, top: float, w: float) -> None:
        painter.setPen(QPen(AMENDMENT_COLOUR, 6.0))
        painter.setBrush(QColor("#fbeaea"))
        painter.drawRect(QRectF(left, top, w, height))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw_text(
            painter,
            QRectF(left + 30, top + 20, inner, head_h + 5),
            head_font,
            head,
            color=AMENDMENT_COLOUR,
        )
        draw_text(painter, QRectF(left + 30, top + 25 + head_h, inner, height), reason_font, reason)

    return Block(height, paint, space_after=30.0)


def field_rows(
    pairs: Sequence[tuple[Bilingual, str]], language: str, width: float, columns: int = 1
) -> list[Block]:
    """Label and value pairs, ``columns`` to a line; empty values are left out."""
    pairs = [(label, value) for label, value in pairs if value]
    return [
        _field_line(pairs[i : i + columns], language, width / columns)
        for i in range(0, len(pairs), columns)
    ]


def _field_line(pairs: Sequence[tuple[Bilingual, str]], language: str, cell: float) -> Block:
    if cell < STACK_BELOW:
        return _stacked_line(pairs, language, cell)
    label_font, value_font = certificate_font(7.5), certificate_font(9)
    share = LABEL_SHARE if len(pairs) == 1 else GRID_LABEL_SHARE
    label_w, value_w = cell * share, cell * (1 - share) - 20
    texts = [(label.text(language), value) for label, value in pairs]
    height = max(
        max(text_height(label_font, label_w - 20, lab) + 4, text_height(value_font, value_w, v))
        for lab, v in texts
    )

    def paint(painter: QPainter, left: float, top: float, w: float) -> None:
        x = left
        for label, value in texts:
            draw_text(
                painter, QRectF(x, top + 4, label_w - 20, height), label_font, label, color=MUTED
            )
            draw_text(painter, QRectF(x + label_w, top, value_w, height + 5), value_font, value)
            x += cell

    return Block(height, paint, space_after=10.0)


def _stacked_line(pairs: Sequence[tuple[Bilingual, str]], language: str, cell: float) -> Block:
    """Narrow fields (the three dates): the label above its value."""
    label_font, value_font = certificate_font(7.5), certificate_font(9)
    texts = [(label.text(language), value) for label, value in pairs]
    label_h = max(text_height(label_font, cell - 20, lab) for lab, _ in texts)
    height = label_h + 4 + max(text_height(value_font, cell - 20, v) for _, v in texts)

    def paint(painter: QPainter, left: float, top: float, w: float) -> None:
        x = left
        for label, value in texts:
            draw_text(
                painter, QRectF(x, top, cell - 20, label_h + 5), label_font, label, color=MUTED
            )
            draw_text(painter, QRectF(x, top + label_h + 4, cell - 20, height), value_font, value)
            x += cell

    return Block(height, paint, space_after=12.0)


def _identity(content: CertificateContent, language: str, width: float) -> list[Block]:
    c, item = content.customer, content.item
    blocks = [heading(wording.CUSTOMER.text(language), width)]
    blocks += field_rows(
        [(wording.NAME, c.name), (wording.ADDRESS, c.address), (wording.CONTACT, c.contact)],
        language,
        width,
    )
    blocks.append(heading(wording.ITEM.text(language), width))
    blocks += field_rows([(wording.DESCRIPTION, item.name)], language, width)
    blocks += field_rows(
        [
            (wording.KIND, item.kind),
            (wording.MANUFACTURER, item.manufacturer),
            (wording.MODEL, item.model),
            (wording.SERIAL, item.serial),
            (wording.ASSET_TAG, item.asset_tag),
            (wording.LAB_ID, item.lab_id),
            (wording.RANGE, item.measuring_range),
            (wording.RESOLUTION, item.resolution),
            (wording.ACCURACY, item.accuracy),
        ],
        language,
        width,
        columns=2,
    )
    blocks += field_rows(
        [(wording.CONDITION, lines_of(item.condition_received, language))], language, width
    )
    blocks.append(heading(wording.CALIBRATION.text(language), width))
    blocks += field_rows(
        [
            (wording.RECEIVED_ON, printed_date(content.received_on, language)),
            (wording.CALIBRATED_ON, printed_date(content.calibrated_on, language)),
            (wording.ISSUED_ON, printed_date(content.issued_on, language)),
        ],
        language,
        width,
        columns=3,
    )
    blocks += field_rows(
        [
            (wording.LOCATION, lines_of(content.location, language)),
            (wording.METHOD, lines_of(content.method, language)),
            (wording.ENVIRONMENT, lines_of(content.environment, language)),
        ],
        language,
        width,
    )
    return blocks


def _standards(content: CertificateContent, language: str, width: float) -> list[Block]:
    if not content.standards:
        return []
    left = Qt.AlignmentFlag.AlignLeft
    columns = [
        Column(wording.STD_CODE.text(language), 1.1, left),
        Column(wording.STD_NAME.text(language), 2.2, left),
        Column(wording.STD_CERTIFICATE.text(language), 1.3, left),
        Column(wording.STD_CALIBRATED_BY.text(language), 1.6, left),
        Column(wording.STD_VALID_UNTIL.text(language), 1.0),
    ]
    rows = [
        (
            s.code,
            s.name,
            s.certificate_number,
            s.calibrated_by,
            printed_date(s.valid_until, language),
        )
        for s in content.standards
    ]
    title = wording.STANDARDS.text(language)
    return _table(title, columns, rows, language, width)


def _table(
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    language: str,
    width: float,
) -> list[Block]:
    continued = f"{title} ({wording.CONTINUED.text(language)})"
    return table_blocks(
        heading(title, width),
        heading(continued, width, keep=0),
        columns,
        rows,
        certificate_font(7.5, bold=True),
        certificate_font(8.5),
        width,
    )


def _results(content: CertificateContent, language: str, width: float) -> list[Block]:
    blocks: list[Block] = []
    for table in content.tables:
        blocks += _result_table(table, language, width)
    if content.plot:
        blocks.append(heading(wording.PLOT.text(language), width))
        blocks.append(plot_block(content.plot, content.plot_unit, language))
    return blocks


def _result_table(table: ResultTable, language: str, width: float) -> list[Block]:
    """One phase's results; the MPE and verdict columns only when a rule was applied."""
    conformity = any(r.mpe or r.verdict for r in table.rows)
    unit = f" ({table.unit})" if table.unit else ""

    def head(label: Bilingual, suffix: str = unit) -> str:
        return (f"{label.vi}\n{label.en}" if language == "both" else label.text(language)) + suffix

    columns = [
        Column(head(wording.NOMINAL), 1.2, RIGHT),
        Column(head(wording.REFERENCE), 1.2, RIGHT),
        Column(head(wording.INDICATION), 1.2, RIGHT),
        Column(head(wording.ERROR), 1.0, RIGHT),
        Column(head(wording.UNCERTAINTY), 1.2, RIGHT),
        Column(wording.COVERAGE.text(language), 0.5),
    ]
    if conformity:
        columns += [Column(head(wording.MPE), 1.0, RIGHT), Column(head(wording.VERDICT, ""), 1.0)]
    rows = []
    for r in table.rows:
        row = [
            r.nominal,
            r.reference,
            r.indication,
            r.error,
            r.expanded_uncertainty,
            r.coverage_factor,
        ]
        if conformity:
            row += [r.mpe, r.verdict.text(language) if r.verdict else ""]
        rows.append(row)
    title = f"{wording.RESULTS.text(language)}: {table.title.text(language)}"
    return _table(title, columns, rows, language, width)


def _statements(content: CertificateContent, language: str, width: float) -> list[Block]:
    body = certificate_font(8.5)
    blocks = [heading(wording.UNCERTAINTY_SECTION.text(language), width)]
    blocks.append(paragraph(body, lines_of(content.uncertainty_statement, language), width, 20))
    optional = [(wording.CONFORMITY, content.conformity), (wording.INTERVAL, content.interval)]
    for label, value in optional:
        if value is not None:
            blocks.append(heading(label.text(language), width))
            blocks.append(paragraph(body, lines_of(value, language), width, 20))
    notes = [*content.remarks, *content.statements]
    if notes:
        blocks.append(heading(wording.REMARKS.text(language), width))
        blocks += [paragraph(body, "• " + lines_of(n, language), width, 10) for n in notes]
    return blocks


QR_SIZE = 300.0  # 30 mm: scans from a phone held at reading distance
QR_TEXT_HEIGHT = 40.0


def signature_block(
    content: CertificateContent, qr_text: str | None, language: str, width: float
) -> Block:
    """Who calibrated, who authorized (7.8.2.1 o), and the QR of an issued revision.

    The QR's text is printed under it as well, as selectable text: the verifier reads it back
    from the PDF, and a person can type it in when no phone is at hand.
    """
    people = [
        (wording.PERFORMED_BY, content.performed_by, False),
        (wording.AUTHORIZED_BY, content.authorized_by, True),
    ]
    cell = (width - QR_SIZE - 40) / 2
    texts = []
    for label, person, signs in people:
        lines = [person.name, person.role.text(language)]
        if signs and qr_text is not None:
            lines.append(
                f"{wording.SIGNED.text(language)}, {printed_date(content.issued_on, language)}"
            )
        texts.append((label.text(language), "\n".join(lines)))
    label_font, name_font = certificate_font(7.5), certificate_font(9, bold=True)
    small = certificate_font(5.5)
    verify = wording.VERIFY.text(language) if qr_text is not None else ""
    people_h = max(text_height(name_font, cell - 20, t) for _, t in texts) + 45
    height = max(QR_SIZE, people_h) + (2 * QR_TEXT_HEIGHT if verify else 0)

    def paint(painter: QPainter, left: float, top: float, w: float) -> None:
        x = left
        for label, text in texts:
            draw_text(painter, QRectF(x, top, cell - 20, 40), label_font, label, color=MUTED)
            draw_text(painter, QRectF(x, top + 45, cell - 20, people_h), name_font, text)
            x += cell
        qr_rect = QRectF(left + w - QR_SIZE, top, QR_SIZE, QR_SIZE)
        if qr_text is None:
            _draft_box(painter, qr_rect, language)
            return
        draw_qr(painter, qr_rect, qr_text)
        below = top + max(QR_SIZE, people_h) + 6
        draw_text(painter, QRectF(left, below, w, QR_TEXT_HEIGHT), small, qr_text, RIGHT, MUTED)
        draw_text(
            painter,
            QRectF(left, below + QR_TEXT_HEIGHT, w, QR_TEXT_HEIGHT),
            small,
            verify,
            RIGHT,
            MUTED,
        )

    return Block(height, paint, space_after=30.0, keep_with_next=1)


def _draft_box(painter: QPainter, rect: QRectF, language: str) -> None:
    """Where a draft's QR would be: a preview is not a certificate and cannot be verified."""
    painter.setPen(QPen(AMENDMENT_COLOUR, 4.0, Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    draw_text(
        painter,
        rect.adjusted(10, rect.height() / 2 - 40, -10, 0),
        certificate_font(9, bold=True),
        wording.DRAFT.text(language),
        Qt.AlignmentFlag.AlignHCenter,
        AMENDMENT_COLOUR,
    )
