"""``main.py uncertainty BUDGET.json``: evaluate an uncertainty budget or a calibration curve.

Prints the JSON report (issue 3, item 7) on stdout. A file that cannot be read or evaluated gets
one sentence on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from uncertainty.budget import Budget, BudgetError, evaluate
from uncertainty.curve_file import evaluate_curve_file

log = logging.getLogger(__name__)

EXIT_BAD_INPUT = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "uncertainty",
        help="evaluate an uncertainty budget (GUM and/or Monte Carlo) or a calibration curve",
        description="Evaluate an uncertainty budget file and print the result as JSON.",
    )
    parser.add_argument("budget", type=Path, help="budget or curve file (JSON)")
    parser.add_argument("--method", choices=("gum", "mcm", "both"), default=None)
    parser.add_argument("--trials", type=int, default=None, help="Monte Carlo trials")
    parser.add_argument("--seed", type=int, default=None, help="Monte Carlo seed")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        data = _read(args.budget)
        if isinstance(data, dict) and "fit" in data:
            result = evaluate_curve_file(data)
        else:
            budget = Budget.from_dict(data).with_method(args.method, args.trials, args.seed)
            result = evaluate(budget)
    except BudgetError as exc:
        print(f"{args.budget}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False, allow_nan=False)
    sys.stdout.write("\n")
    return 0


def _read(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BudgetError("there is no such file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BudgetError(f"the file cannot be read ({exc.__class__.__name__}).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BudgetError(
            f"this is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
