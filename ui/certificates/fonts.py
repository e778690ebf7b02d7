"""The certificate font, shipped in ``resources/fonts`` (Noto Sans, SIL OFL 1.1).

Registered once per process and used by family name, so every PDF embeds the same font and
renders the same on any machine, whatever fonts the workstation has. Vietnamese needs the
combining and precomposed Latin Extended Additional letters (ạ ầ ữ ...), which Noto Sans covers.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ui.qt import QFont, QFontDatabase, QGuiApplication, QThread

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
FAMILY = "Noto Sans"

# Decimillimetres: the renderer's unit (0.1 mm). A point is 25.4 / 72 mm.
UNITS_PER_POINT = 254 / 72

_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """The certificate font could not be loaded: the installation is incomplete."""


def ensure_fonts() -> str:
    """Register the shipped font (once; later calls return at once) and return its family.

    Needs a QGuiApplication. Call it on the GUI thread at start-up before rendering on workers.
    """
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        app = QGuiApplication.instance()
        if app is None:
            raise RuntimeError("Certificates are drawn by Qt: create a QGuiApplication first.")
        if QThread.currentThread() is not app.thread():
            # Qt's font database is the GUI thread's; a worker only uses what it registered.
            raise RuntimeError(
                "The certificate font is registered on the GUI thread: call "
                "ui.certificates.fonts.ensure_fonts() there before rendering on a worker."
            )
        for name in FONT_FILES:
            if QFontDatabase.addApplicationFont(str(FONTS / name)) < 0:
                raise FontMissing(f"The certificate font {FONTS / name} could not be loaded.")
        _registered = True
        return FAMILY


def certificate_font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """The shipped font at ``points``, sized in the renderer's 0.1 mm units.

    Pixel sizes are integers, so a size in 0.1 mm steps is within 0.3 pt of the asked one.
    Hinting is off so that measured widths equal the widths drawn in the PDF.
    Made fresh on each call: a QFont is not shared between threads.
    """
    font = QFont(FAMILY)
    font.setPixelSize(max(1, round(points * UNITS_PER_POINT)))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    # No "fi"/"fl" ligatures: a PDF reader's search and text extraction see "certificate", not
    # "certiﬁcate" with the ligature letter U+FB01.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
