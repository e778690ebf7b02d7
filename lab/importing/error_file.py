"""The error file of an import (issue 2, Build item 3: "report each bad row ... as an error file
that holds the original rows, ready to fix and re-import").

It holds the file's header row, then the original cells of every rejected row, with two more
columns: "Line" (where the row stood in the imported file) and "Lý do / Reason" (every problem of
the row, one sentence each). Both extra columns are known to the header finder as columns to
ignore, so the technician fixes the cells and imports the error file as it is.

The reasons are in English unless the caller passes ``say``, the UI's way of saying a
:class:`~lab.sentences.Sentence` in the user's language: the technician who fixes the rows reads
the same sentences as in the import report.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from lab.importing.devices import RowProblem
from lab.importing.headers import ColumnMapping
from lab.importing.reading import SourceTable
from lab.sentences import Sentence

log = logging.getLogger(__name__)

LINE_HEADER = "Line"
REASON_HEADER = "Lý do / Reason"
_SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm"}


Say = Callable[[Sentence], str]


def write_error_file(
    path: Path,
    table: SourceTable,
    mapping: ColumnMapping,
    problems: Sequence[RowProblem],
    say: Say = str,
) -> Path:
    """Write the rejected rows to ``path`` (XLSX for .xlsx, otherwise UTF-8 CSV) and return it;
    ``say`` words each reason (English by default)."""
    path = Path(path)
    rows = _error_rows(table, mapping, problems, say)
    if path.suffix.lower() in _SPREADSHEET_SUFFIXES:
        _write_xlsx(path, rows)
    else:
        _write_csv(path, rows, table.delimiter or ",")
    log.info("Wrote %d rejected rows to %s", len(rows) - 1, path)
    return path


def _error_rows(
    table: SourceTable, mapping: ColumnMapping, problems: Sequence[RowProblem], say: Say
) -> list[list[str]]:
    reasons: dict[int, list[str]] = {}
    for problem in problems:
        reasons.setdefault(problem.line, []).append(_sentence(problem, say))
    width = max(
        [len(mapping.headers)] + [len(row.cells) for row in table.rows if row.line in reasons]
    )
    header = _padded(list(mapping.headers), width)
    rows = [header + [LINE_HEADER, REASON_HEADER]]
    for row in table.rows:
        if row.line in reasons:
            line_reasons = " ".join(reasons[row.line])
            rows.append(_padded(list(row.cells), width) + [str(row.line), line_reasons])
    return rows


def _sentence(problem: RowProblem, say: Say) -> str:
    reason = say(problem.reason)
    if problem.column:
        return f"[{_said(problem.column, say)}] {reason}"
    return reason


def _said(column: str, say: Say) -> str:
    """A header as written in the file, or the sentence naming a column that has none."""
    return say(column) if isinstance(column, Sentence) else column


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _write_csv(path: Path, rows: list[list[str]], delimiter: str) -> None:
    # UTF-8 with BOM: Excel on Windows then opens Vietnamese text correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook  # imported here: only spreadsheet error files need it
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Lỗi nhập - Errors"
    for row in rows:
        sheet.append([_printable(cell) for cell in row])
        for cell in sheet[sheet.max_row]:
            # Cells stay text: "0012" must not become 12, nor "=SUM(A1)" a formula.
            cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    workbook.save(path)


def _printable(text: str) -> str:
    """openpyxl refuses control characters other than TAB and line breaks."""
    return "".join(ch for ch in text if ch >= " " or ch in "\t\n\r")
