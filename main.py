"""CalDesk entry point.

With no subcommand the GUI opens; subcommands do headless work a lab scripts or schedules.
The global ``--db PATH`` (or the ``CALDESK_DB`` environment variable) picks the SQLite file.
"""

from __future__ import annotations

import argparse
import sys

from lab.commands import build_parser

# Commands that draw with Qt (certificate PDFs, labels); they import Qt only when they run.
UI_COMMAND_MODULES = ["ui.commands"]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(UI_COMMAND_MODULES)
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        return _open_gui(args)
    return int(args.func(args) or 0)


def _open_gui(args: argparse.Namespace) -> int:
    # Imported here so that headless commands never load Qt.
    from ui.app import run_gui

    return run_gui(db_path=args.db, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
