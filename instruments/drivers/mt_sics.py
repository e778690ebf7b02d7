"""Mettler Toledo balance over MT-SICS level 0/1 (instruments.md 3.1).

Serial: 9600 8N1, no handshake, CR LF both ways (the typical setting; many Excellence units ship
with XON/XOFF, which the balance menu shows). ``@`` is sent first so the balance starts from a
known state (no tare, no stream running). Weights are parsed by splitting on spaces, never by
position, because the weight field is right-aligned and padded.
"""

from __future__ import annotations

import logging

from instruments.drivers.base import Driver, Function, Reading, measurement
from instruments.errors import InstrumentReportedError
from instruments.transport import SerialSettings

log = logging.getLogger(__name__)

GENERAL_ERRORS = ("ES", "ET", "EL")  # the balance's answer to a command it could not take


def quoted(reply: str) -> str:
    """The text between the first and the last double quote.

    >>> quoted('I4 A "1126493049"')
    '1126493049'
    """
    start, end = reply.index('"'), reply.rindex('"')
    if end <= start:
        raise ValueError(reply)
    return reply[start + 1 : end]


def parse_weight(reply: str) -> tuple[float | None, str, str]:
    """``S S     100.0000 g`` → (100.0, 'g', 'S'); overload ``S +`` → (None, '', '+').

    >>> parse_weight("S D      12.3456 g")
    (12.3456, 'g', 'D')
    """
    fields = reply.split()
    if fields[0] != "S" or len(fields) not in (2, 4):
        raise ValueError(reply)
    if len(fields) == 2:
        return None, "", fields[1]
    if fields[1] not in ("S", "D"):
        raise ValueError(reply)
    return float(fields[2]), fields[3], fields[1]


class MtSicsBalance(Driver):
    name = "mt_sics"
    title = "the Mettler Toledo balance"
    description = "Mettler Toledo balance, MT-SICS level 0/1"
    settings = SerialSettings(
        baudrate=9600,
        bytesize=8,
        parity="N",
        stopbits=1,
        write_terminator="\r\n",
        read_terminator="\r\n",
        timeout=5.0,
    )
    simulator = "mt_sics"
    functions = {
        "weight": Function("g", "stable weight (S)"),
        "weight_now": Function("g", "immediate weight, stable or not (SI)"),
    }

    balance_data = measurement("I2", "Get the model, capacity and unit (str).", parse=quoted)
    serial_number = measurement("I4", "Get the serial number (str).", parse=quoted)

    def connect(self) -> None:
        self.checked("@", "I4", safe=False)

    def identify(self) -> str:
        model = quoted(self.checked("I2", "I2"))
        serial_number = quoted(self.checked("I4", "I4"))
        return f"{model}, serial {serial_number}"

    def read(self, function: str = "weight") -> Reading:
        unit = self.require_function(function).unit
        command = "S" if function == "weight" else "SI"
        reply = self.checked(command, "S")
        value, reply_unit, status = self.parsed(command, reply, parse_weight)
        if status in ("+", "-"):
            return Reading(function, None, unit, overload=True)
        if status == "I":
            self.raise_reported(command, "S", "I")
        return Reading(function, value, reply_unit, stable=status == "S")

    def zero(self) -> None:
        """Set zero (``Z``); the balance waits for stability first."""
        self.expect_done("Z", "Z A")

    def tare(self) -> float:
        """Tare (``T``) and return the tare weight in the balance's unit.

        instruments.md marks the ``T`` reply unconfirmed ([K]); we accept the level-1 form
        ``T S <weight> <unit>`` and treat ``T I``/``T +``/``T -`` like the other commands.
        """
        reply = self.checked("T", "T", safe=False)
        fields = reply.split()
        if len(fields) == 4 and fields[1] == "S":
            return self.parsed("T", fields[2], float)
        self.raise_reported("T", "T", fields[1] if len(fields) > 1 else "")
        raise AssertionError("unreachable")

    def expect_done(self, command: str, done: str) -> None:
        reply = self.checked(command, command, safe=False)
        if reply.strip() != done:
            self.raise_reported(command, command, reply.split()[-1])

    def checked(self, command: str, reply_id: str, *, safe: bool = True) -> str:
        """Ask and turn ES/ET/EL into InstrumentReportedError; check the reply's identifier."""
        reply = self.ask(command, safe=safe)
        if reply.strip() in GENERAL_ERRORS:
            raise general_error(self.title, command, reply.strip())
        if reply.split()[:1] != [reply_id]:
            self.parsed(command, reply, _reject)
        return reply

    def raise_reported(self, command: str, reply_id: str, status: str) -> None:
        raise status_error(self.title, command, reply_id, status)


# Each meaning is a whole sentence with its own literal, so that it can be translated whole.


def general_error(title: str, command: str, code: str) -> InstrumentReportedError:
    """ES, ET or EL (MT-SICS 2.2) in a sentence."""
    values = {"title": title, "command": command}
    if code == "ES":
        return InstrumentReportedError(
            "{title} did not recognise the command (syntax error) for {command!r}.",
            code=code,
            values=values,
        )
    if code == "ET":
        return InstrumentReportedError(
            "{title} received a faulty command (transmission error) for {command!r}.",
            code=code,
            values=values,
        )
    return InstrumentReportedError(
        "{title} understood the command but cannot execute it (logical error) for {command!r}.",
        code=code,
        values=values,
    )


def status_error(title: str, command: str, reply_id: str, status: str) -> InstrumentReportedError:
    """A command's status other than done (``I``, ``L``, ``+``, ``-``) in a sentence."""
    code, values = f"{reply_id} {status}", {"title": title, "command": command, "status": status}
    if status == "I":
        return InstrumentReportedError(
            "{title} could not execute it now (busy, or not stable within its time limit) "
            "for {command!r}.",
            code=code,
            values=values,
        )
    if status == "L":
        return InstrumentReportedError(
            "{title} rejected its parameter for {command!r}.", code=code, values=values
        )
    if status == "+":
        return InstrumentReportedError(
            "{title} is beyond its range (overload) for {command!r}.", code=code, values=values
        )
    if status == "-":
        return InstrumentReportedError(
            "{title} is below its range (underload) for {command!r}.", code=code, values=values
        )
    return InstrumentReportedError(
        "{title} answered with status {status!r} for {command!r}.", code=code, values=values
    )


def _reject(reply: str) -> str:
    raise ValueError(reply)
