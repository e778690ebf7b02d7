"""The instrument families CalDesk drives, by name (``--driver NAME``)."""

from __future__ import annotations

from instruments.drivers.base import Driver, Function, Reading
from instruments.drivers.fluke5520a import Fluke5520a
from instruments.drivers.hart_drywell import HartDryWell
from instruments.drivers.hp34401a import Hp34401a
from instruments.drivers.mt_sics import MtSicsBalance
from instruments.errors import InvalidSetting

DRIVERS: dict[str, type[Driver]] = {
    cls.name: cls for cls in (Hp34401a, Fluke5520a, MtSicsBalance, HartDryWell)
}

__all__ = ["DRIVERS", "Driver", "Function", "Reading", "driver_named"]


def driver_named(name: str) -> type[Driver]:
    """The driver class called ``name``; an unknown name is a sentence listing the known ones.

    >>> driver_named("hp34401a").title
    'the HP 34401A multimeter'
    """
    try:
        return DRIVERS[name.lower()]
    except KeyError:
        raise InvalidSetting(
            "There is no driver called {name!r}; the drivers are {known}.",
            values={"name": name, "known": ", ".join(DRIVERS)},
        ) from None
