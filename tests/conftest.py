"""Test set-up shared by the whole suite.

Qt runs without a display (``offscreen``); every database is a real SQLite file in a temp folder.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
