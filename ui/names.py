"""Names the domain keeps in English words (device kinds, standards' roles, table columns) as the
user reads them.

Each is marked with ``QT_TRANSLATE_NOOP`` so ``lupdate`` collects it; :func:`kind_name` and the
item models translate at display time, and :func:`ui.i18n.say` a word of the lab's sentences
(:class:`lab.sentences.Word`) by the vocabulary it names: ``KINDS`` under
:data:`lab.sentences.KIND_WORDS`, ``STANDARD_ROLES`` under :data:`lab.sentences.ROLE_WORDS`.
"""

from __future__ import annotations

from lab.permissions import Role
from ui.i18n import TITLES, translate
from ui.qt import QT_TRANSLATE_NOOP

ROLES = {
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Roles", "technician"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("Roles", "reviewer"),
    Role.SIGNATORY: QT_TRANSLATE_NOOP("Roles", "signatory"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "admin"),
}

KINDS = {
    "balance": QT_TRANSLATE_NOOP("DeviceKinds", "balance"),
    "caliper": QT_TRANSLATE_NOOP("DeviceKinds", "caliper"),
    "clamp meter": QT_TRANSLATE_NOOP("DeviceKinds", "clamp meter"),
    "dial gauge": QT_TRANSLATE_NOOP("DeviceKinds", "dial gauge"),
    "furnace": QT_TRANSLATE_NOOP("DeviceKinds", "furnace"),
    "hygrometer": QT_TRANSLATE_NOOP("DeviceKinds", "hygrometer"),
    "incubator": QT_TRANSLATE_NOOP("DeviceKinds", "incubator"),
    "insulation tester": QT_TRANSLATE_NOOP("DeviceKinds", "insulation tester"),
    "lux meter": QT_TRANSLATE_NOOP("DeviceKinds", "lux meter"),
    "micrometer": QT_TRANSLATE_NOOP("DeviceKinds", "micrometer"),
    "multimeter": QT_TRANSLATE_NOOP("DeviceKinds", "multimeter"),
    "oscilloscope": QT_TRANSLATE_NOOP("DeviceKinds", "oscilloscope"),
    "oven": QT_TRANSLATE_NOOP("DeviceKinds", "oven"),
    "power supply": QT_TRANSLATE_NOOP("DeviceKinds", "power supply"),
    "pressure gauge": QT_TRANSLATE_NOOP("DeviceKinds", "pressure gauge"),
    "pressure transmitter": QT_TRANSLATE_NOOP("DeviceKinds", "pressure transmitter"),
    "sound level meter": QT_TRANSLATE_NOOP("DeviceKinds", "sound level meter"),
    "stopwatch": QT_TRANSLATE_NOOP("DeviceKinds", "stopwatch"),
    "temperature bath": QT_TRANSLATE_NOOP("DeviceKinds", "temperature bath"),
    "thermohygrometer": QT_TRANSLATE_NOOP("DeviceKinds", "thermohygrometer"),
    "thermometer": QT_TRANSLATE_NOOP("DeviceKinds", "thermometer"),
    "torque wrench": QT_TRANSLATE_NOOP("DeviceKinds", "torque wrench"),
    "weight": QT_TRANSLATE_NOOP("DeviceKinds", "weight"),
}


def kind_name(kind: str | None) -> str:
    """The kind of device in the user's language (a kind the list gave verbatim stays as is)."""
    if not kind:
        return ""
    return translate("DeviceKinds", KINDS[kind]) if kind in KINDS else kind


# What a reference standard is used as: the roles the procedures' references name
# (resources/procedures/*.json) and the demo standards have; a procedure whose role has no entry
# here is caught by tests/ui/test_translations.py.
STANDARD_ROLES = {
    "calibrator": QT_TRANSLATE_NOOP("StandardRoles", "calibrator"),
    "dry-well": QT_TRANSLATE_NOOP("StandardRoles", "dry-well"),
    "reference gauge": QT_TRANSLATE_NOOP("StandardRoles", "reference gauge"),
    "weights": QT_TRANSLATE_NOOP("StandardRoles", "weights"),
}


def standard_role_name(role: str | None) -> str:
    """What a reference standard is used as, in the user's language (a role typed for a
    standard of the lab's own stays as written)."""
    if not role:
        return ""
    return translate("StandardRoles", STANDARD_ROLES[role]) if role in STANDARD_ROLES else role


# The instruments' titles (``instruments.drivers``; "the instrument" names a port opened with no
# driver), which their sentences name as a value: said in the user's language with them.
INSTRUMENT_TITLES = (
    QT_TRANSLATE_NOOP("InstrumentTitles", "the HP 34401A multimeter"),
    QT_TRANSLATE_NOOP("InstrumentTitles", "the Fluke 5520A calibrator"),
    QT_TRANSLATE_NOOP("InstrumentTitles", "the Hart 9102S dry-well"),
    QT_TRANSLATE_NOOP("InstrumentTitles", "the Mettler Toledo balance"),
    QT_TRANSLATE_NOOP("InstrumentTitles", "the instrument"),
)


# What the Instruments pane lists: each driver's description and each reading it takes
# (``instruments.drivers``), said in the user's language; a driver added without its entry here
# is caught by tests/ui/test_translations.py.
INSTRUMENT_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("InstrumentDescriptions", "HP/Agilent 34401A 6½-digit multimeter (SCPI)"),
    QT_TRANSLATE_NOOP(
        "InstrumentDescriptions", "Fluke 5520A multiproduct calibrator (REMOTE I/F in COMP mode)"
    ),
    QT_TRANSLATE_NOOP("InstrumentDescriptions", "Fluke/Hart 9102S dry-well (9103/9141 family)"),
    QT_TRANSLATE_NOOP("InstrumentDescriptions", "Mettler Toledo balance, MT-SICS level 0/1"),
)
READING_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("InstrumentReadings", "DC voltage"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "AC voltage"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "DC current"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "AC current"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "2-wire resistance"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "4-wire resistance"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "the selected output (unit as sourced)"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "well temperature"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "set point"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "stable weight (S)"),
    QT_TRANSLATE_NOOP("InstrumentReadings", "immediate weight, stable or not (SI)"),
)


def instrument_description(description: str) -> str:
    """A driver's description in the user's language."""
    return translate("InstrumentDescriptions", description)


def reading_description(description: str) -> str:
    """What one of a driver's readings is, in the user's language."""
    return translate("InstrumentReadings", description)


def instrument_title(title: str) -> str:
    """An instrument's title in the user's language ("the HP 34401A multimeter")."""
    return translate(TITLES, title)


def role_name(role: str | Role) -> str:
    """A role in the user's language."""
    return translate("Roles", ROLES[Role(role)])
