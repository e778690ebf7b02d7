"""Reading customers' device lists (issue 2, Build item 3): a file becomes text rows
(:func:`read_table`), the header row maps columns to fields (:func:`find_header`), every row is
checked (:func:`parse_devices`), and the rejected rows go to an error file ready to fix and
re-import (:func:`write_error_file`). No database here: the register's import builds on this.
"""

from __future__ import annotations

from lab.importing.devices import DeviceRecord, ParsedDevices, RowProblem, parse_devices
from lab.importing.error_file import write_error_file
from lab.importing.headers import FIELDS, ColumnMapping, find_header
from lab.importing.reading import SourceRow, SourceTable, UnusableFile, read_table

__all__ = [
    "FIELDS",
    "ColumnMapping",
    "DeviceRecord",
    "ParsedDevices",
    "RowProblem",
    "SourceRow",
    "SourceTable",
    "UnusableFile",
    "find_header",
    "parse_devices",
    "read_table",
    "write_error_file",
]
