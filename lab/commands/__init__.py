"""Headless subcommands of ``main.py``.

Each module in :data:`COMMAND_MODULES` has ``register(subparsers)`` that adds its subcommand(s)
and sets ``func`` to a callable ``func(args) -> int`` (the exit code). A command prints a sentence
to stderr and exits non-zero on bad input; machine-readable output is JSON on stdout.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from lab.config import database_path_from

COMMAND_MODULES: list[str] = [
    "lab.commands.devices_cmd",
    "lab.commands.import_cmd",
    "lab.commands.demo_cmd",
    "lab.commands.users_cmd",
    "lab.commands.audit_cmd",
    "lab.commands.instrument_cmd",
    "lab.commands.uncertainty_cmd",
    "lab.commands.calibrate_cmd",
    "lab.commands.sync_cmd",
    "lab.commands.certificate_cmd",
    "lab.commands.workstation_cmd",
]


def build_parser(extra_modules: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser of every command; ``extra_modules`` are command modules the caller adds
    (``main.py`` adds ``ui.commands``, whose commands draw with Qt and so cannot live here)."""
    parser = argparse.ArgumentParser(
        prog="caldesk",
        description="CalDesk — calibration laboratory workstation. "
        "Without a command the application window opens.",
    )
    parser.add_argument(
        "--db",
        type=database_path_from,
        default=None,
        help="SQLite database file (default: $CALDESK_DB or the user's data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo lab (its own database, filled on first start), instruments simulated",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in [*COMMAND_MODULES, *extra_modules]:
        importlib.import_module(name).register(subparsers)
    return parser
