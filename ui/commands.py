"""Headless commands that draw with Qt: ``certificate`` (the PDF of an issued revision) and
``label`` (calibration labels).

``lab/commands`` cannot import Qt, so these live in ``ui/``; ``main.py`` adds them to its parser.
This module imports no Qt at import time (``main.py --help`` and every other command stay free
of it): Qt is loaded only when one of these commands runs, offscreen when there is no display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from lab.certificates.assemble import CertificateRefused
from lab.certificates.issuing import IssuedRevision, find_revision, revision_label
from lab.commands.common import CommandError, guarded, open_db

LANGUAGES = ("vi", "en", "both")
_app: Any = None  # the QGuiApplication a command made; kept alive for the process


def register(subparsers: argparse._SubParsersAction) -> None:
    c = subparsers.add_parser(
        "certificate", help="write an issued certificate to PDF (A4, the lab's layout)"
    )
    c.add_argument("number", help="certificate number, e.g. GCN-26-A94-000123")
    c.add_argument("--pdf", required=True, type=Path, help="the PDF file to write")
    c.add_argument("--lang", choices=LANGUAGES, default="both",
                   help="Vietnamese, English, or both side by side (default)")  # fmt: skip
    c.add_argument("--revision", type=int, default=None,
                   help="a given revision (default: the latest)")  # fmt: skip
    c.set_defaults(func=guarded(run_certificate))
    label = subparsers.add_parser(
        "label", help="write calibration labels (50 × 30 mm, one per page) to PDF"
    )
    label.add_argument("numbers", nargs="+", metavar="NUMBER", help="certificate number(s)")
    label.add_argument("--pdf", required=True, type=Path, help="the PDF file to write")
    label.add_argument("--lang", choices=LANGUAGES, default="both", help="words on the label")
    label.set_defaults(func=guarded(run_label))


def run_certificate(args: argparse.Namespace) -> int:
    issued = _revisions(args, [args.number], args.revision)[0]
    _check_folder(args.pdf)
    start_qt()
    from ui.certificates.render import CertificateRenderError, render_pdf

    try:
        pages = render_pdf(issued.content, issued.qr_text, args.pdf, args.lang)
    except CertificateRenderError as exc:
        raise CommandError(str(exc)) from None
    label = revision_label(issued.number, issued.revision)
    print(f"{label}: {pages} page(s) written to {args.pdf}")
    if issued.superseded:
        print(f"note: {label} is superseded by a later revision; this prints it as it was "
              "issued, and verify-certificate will say so.", file=sys.stderr)  # fmt: skip
    return 0


def run_label(args: argparse.Namespace) -> int:
    revisions = _revisions(args, args.numbers, None)
    _check_folder(args.pdf)
    start_qt()
    from ui.certificates.labels import render_labels
    from ui.certificates.render import CertificateRenderError

    try:
        count = render_labels(revisions, args.pdf, args.lang)
    except CertificateRenderError as exc:
        raise CommandError(str(exc)) from None
    print(f"{count} label(s) written to {args.pdf}")
    return 0


def _revisions(
    args: argparse.Namespace, numbers: list[str], revision: int | None
) -> list[IssuedRevision]:
    db = open_db(args)
    try:
        with db.read_session() as session:
            return [find_revision(session, number, revision) for number in numbers]
    except CertificateRefused as exc:
        raise CommandError(str(exc)) from None
    finally:
        db.close()


def _check_folder(path: Path) -> None:
    """Say so before drawing anything when the PDF cannot be written there."""
    folder = path.resolve().parent
    if folder.exists() and not folder.is_dir():
        raise CommandError(
            f"The PDF cannot be written to {path}: {folder} is a file, not a folder."
        )
    if not folder.is_dir():
        raise CommandError(
            f"The PDF cannot be written to {path}: the folder {folder} does not exist."
        )
    if not os.access(folder, os.W_OK):
        raise CommandError(
            f"The PDF cannot be written to {path}: the folder {folder} is not writable."
        )
    if path.is_dir():
        raise CommandError(f"The PDF cannot be written to {path}: it is a folder.")


def start_qt() -> None:
    """A QGuiApplication for drawing (offscreen when there is no display) and the fonts."""
    global _app
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.certificates.fonts import ensure_fonts
    from ui.qt import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "caldesk"])
    ensure_fonts()
