"""The navigation pane's entries, in the order the technician meets them.

Each entry names a factory ``module:callable`` taking a :class:`ui.context.PaneContext` and
returning a ``QWidget``. Panes are built the first time they are shown, so opening stays fast.
An entry without a factory is a part of the product still to come; the window says so plainly.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.qt import QT_TRANSLATE_NOOP

NAV = "Navigation"  # the translation context of the titles and the not-yet-built sentences
# (lupdate needs the context spelled out in each QT_TRANSLATE_NOOP below)


@dataclass(frozen=True)
class PaneSpec:
    key: str
    title: str  # English source text; translated through the "Navigation" context
    factory: str | None  # "module:callable", or None while the pane is not built yet
    coming_with: str = ""  # what the pane will hold, said to the user while factory is None


PANES: list[PaneSpec] = [
    PaneSpec("devices", QT_TRANSLATE_NOOP("Navigation", "Devices"), "ui.panes.devices:DevicesPane"),
    PaneSpec(
        "work_orders",
        QT_TRANSLATE_NOOP("Navigation", "Work orders"),
        "ui.panes.work_orders:WorkOrdersPane",
    ),
    PaneSpec(
        "calibrate",
        QT_TRANSLATE_NOOP("Navigation", "Calibrate"),
        "ui.panes.calibrate:CalibratePane",
    ),
    PaneSpec(
        "standards",
        QT_TRANSLATE_NOOP("Navigation", "Standards"),
        "ui.panes.standards:StandardsPane",
    ),
    PaneSpec(
        "certificates",
        QT_TRANSLATE_NOOP("Navigation", "Certificates"),
        "ui.panes.certificates:CertificatesPane",
    ),
    PaneSpec(
        "uncertainty",
        QT_TRANSLATE_NOOP("Navigation", "Uncertainty"),
        "ui.panes.uncertainty:UncertaintyPane",
    ),
    PaneSpec(
        "instruments",
        QT_TRANSLATE_NOOP("Navigation", "Instruments"),
        "ui.panes.instruments:InstrumentsPane",
    ),
    PaneSpec("audit", QT_TRANSLATE_NOOP("Navigation", "Audit trail"), "ui.history:audit_pane"),
    PaneSpec("sync", QT_TRANSLATE_NOOP("Navigation", "Sync"), "ui.panes.sync:SyncPane"),
]
