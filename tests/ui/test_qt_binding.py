"""The Qt binding as the app uses it: long drawing sessions must not crash the interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_many_qt_calls_that_return_nothing_do_not_kill_the_process():
    """Shiboken 6.12.0 on Python 3.11 drops a reference to None per void call (measured), so a
    batch of certificates (thousands of draw calls each) ended in "Fatal Python error:
    none_dealloc". pyproject pins a binding that does not (6.11.3); this guards the pin."""
    probe = (
        "import gc, ui.qt\n"
        "point = ui.qt.QPointF()\n"
        "for _ in range(200_000):\n"
        "    point.setX(1.0)\n"
        "gc.collect()\n"
        "print('alive')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr[-500:]
