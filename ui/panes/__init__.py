"""The navigation pane's entries, in the order the technician meets them.

Each entry names a factory ``module:callable`` taking a :class:`ui.context.PaneContext` and
returning a ``QWidget``. Panes are built the first time they are shown, so opening stays fast.
An entry without a factory is a part of the product still to come; the window says so plainly.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PaneSpec:
    key: str
    title: str  # English source text; translated through the "Navigation" context
    factory: str | None  # "module:callable", or None while the pane is not built yet
    coming_with: str = ""  # what the pane will hold, said to the user while factory is None


PANES: list[PaneSpec] = [
    PaneSpec("devices", "Devices", "ui.panes.devices:DevicesPane"),
    PaneSpec("work_orders", "Work orders", "ui.panes.work_orders:WorkOrdersPane"),
    PaneSpec(
        "calibrate",
        "Calibrate",
        None,
        "Guided calibration runs (standards, environment, test points, review) are not built yet.",
    ),
    PaneSpec(
        "standards",
        "Standards",
        None,
        "The reference standards inventory with traceability and validity dates is not built yet.",
    ),
    PaneSpec(
        "certificates",
        "Certificates",
        None,
        "Issuing, printing and verifying ISO/IEC 17025 certificates is not built yet.",
    ),
    PaneSpec("uncertainty", "Uncertainty", "ui.panes.uncertainty:UncertaintyPane"),
    PaneSpec("instruments", "Instruments", "ui.panes.instruments:InstrumentsPane"),
    PaneSpec("audit", "Audit trail", "ui.history:audit_pane"),
    PaneSpec(
        "sync",
        "Sync",
        None,
        "Synchronisation with the centre's PostgreSQL database is not built yet.",
    ),
]
