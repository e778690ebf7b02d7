"""Fluke/Hart dry-wells of the 9102S/9103/9141 family (instruments.md 4.5).

Serial: 2400 baud 8N1, no handshake. The stored sources confirm 2400 for the 7341 bath of the
same family; for the 9102S it is our assumption, shown with the driver so the technician can
check the unit's menu. Commands end with CR; replies end with CR LF (linefeed on, the factory
setting). The dry-well reports no errors, so a new set point is read back to confirm it was taken.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from instruments.drivers.base import Driver, Function, Reading, measurement, within
from instruments.errors import InstrumentReportedError
from instruments.transport import SerialSettings

log = logging.getLogger(__name__)

UNITS = {"C": "degC", "F": "degF"}
SETPOINT_RANGE_C = (-10.0, 122.0)  # 9102S


def parse_version(reply: str) -> str:
    """``ver.9102,1.20``: the Hart family's answer to ``*ver``.

    >>> parse_version("ver.9102,1.20")
    'ver.9102,1.20'
    """
    if not reply.startswith("ver.") or "," not in reply:
        raise ValueError(reply)
    return reply


def parse_labelled(label: str) -> Callable[[str], tuple[float, str]]:
    """A parser for ``<label>: <value> <unit>`` replies, e.g. ``t: 55.69 C``.

    >>> parse_labelled("t")("t: 55.69 C")
    (55.69, 'degC')
    """

    def parse(reply: str) -> tuple[float, str]:
        name, _, rest = reply.partition(":")
        value, unit = rest.split()
        if name.strip() != label:
            raise ValueError(reply)
        return float(value), UNITS[unit]

    return parse


class HartDryWell(Driver):
    name = "hart9102s"
    title = "the Hart 9102S dry-well"
    description = "Fluke/Hart 9102S dry-well (9103/9141 family)"
    settings = SerialSettings(
        baudrate=2400,
        bytesize=8,
        parity="N",
        stopbits=1,
        write_terminator="\r",
        read_terminator="\r\n",
        timeout=2.0,
    )
    simulator = "hart9102s"
    functions = {
        "temperature": Function("degC", "well temperature"),
        "setpoint": Function("degC", "set point"),
    }

    version = measurement(
        "*ver", "Get the model and firmware, e.g. 'ver.9102,1.20' (str).", parse=parse_version
    )
    temperature = measurement(
        "t", "Measure the well temperature as (value, unit).", parse=parse_labelled("t")
    )
    setpoint = measurement("s", "Get the set point as (value, unit).", parse=parse_labelled("set"))
    display_unit = measurement(
        "u",
        "Get the display unit, 'degC' or 'degF' (str).",
        parse=lambda r: UNITS[r.partition(":")[2].strip()],
    )

    def connect(self) -> None:
        self.write("u=c")  # all values in °C, whatever the last user chose on the front panel

    def identify(self) -> str:
        return self.version

    def set_setpoint(self, celsius: float) -> None:
        """Set the set point in °C (-10 to 122) and read it back (the well has no error queue)."""
        value = within(*SETPOINT_RANGE_C, "set point", "°C")(celsius)
        self.write(f"s={value:.2f}")
        taken, _unit = self.setpoint
        if abs(taken - value) > 0.005:
            raise InstrumentReportedError(
                "{title} kept its set point at {taken:.2f} °C instead of {value:.2f} °C.",
                values={"title": self.title, "taken": taken, "value": value},
            )

    def read(self, function: str = "temperature") -> Reading:
        self.require_function(function)
        value, unit = self.temperature if function == "temperature" else self.setpoint
        return Reading(function, value, unit)
