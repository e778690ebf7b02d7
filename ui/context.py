"""What every pane receives when it is built: the open database, settings, and the app's mode."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lab.permissions import LabUser
    from lab.storage import Database
    from ui.settings import Settings
    from ui.sync_controller import SyncController


@dataclass
class PaneContext:
    database: Database | None  # None only in tests of panes that need no database
    settings: Settings | None = None
    demo: bool = False  # the demo lab: simulated instruments, demo users shown at log-in
    user: LabUser | None = None  # who is logged in (None only before the first user exists)
    sync: SyncController | None = None  # made by the main window if the app did not make one
