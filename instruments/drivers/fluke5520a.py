"""Fluke 5520A multiproduct calibrator (instruments.md section 2).

Serial: the factory ``SP_SET`` is 9600 8N1 with XON/XOFF and CR LF, but in TERM mode (echo and
prompts); we require the REMOTE I/F set to COMP (no echo, no prompts) and say so in the pane. The
transport still skips an echoed command line, so a unit left in TERM mode answers correctly.
Safety: ``STBY`` is the first thing sent on connect and is sent after any failure, and on close.

Choices where instruments.md marks a fact unconfirmed ([K]):
- ``REMOTE`` as the RS-232 remote command: MCUSH's driver sends it; if a unit rejects it, the
  error queue says so on the next check and nothing is sourced.
- ``OUT?`` secondary fields (AC current, power) are not used: only amplitude, unit, frequency.
- Dropping to standby above 33 V: the simulator does it and :func:`instruments.measure.
  source_and_settle` always sends ``OPER`` after ``OUT``, so both behaviours end operating.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from instruments.drivers.base import Driver, Function, Reading, measurement
from instruments.errors import InstrumentError, InstrumentReportedError, InvalidSetting
from instruments.transport import SerialSettings

log = logging.getLogger(__name__)

ISR_SETTLED = 1 << 12
ISR_OPER = 1 << 0
_ERROR = re.compile(r'^([-+]?\d+),"(.*)"$')
# What the 5520A sources, by unit and DC/AC (5520A specifications, main output).
LIMITS = {
    ("V", False): 1020.0,
    ("V", True): 1020.0,
    ("A", False): 20.5,
    ("A", True): 20.5,
    ("ohm", False): 1.1e9,
}
_UNIT_WORD = {"V": "V", "A": "A", "ohm": "OHM"}
_UNIT_FROM_WORD = {"V": "V", "A": "A", "OHM": "ohm"}


@dataclass(frozen=True)
class CalibratorOutput:
    """What ``OUT?`` reports: the selected output, whether or not the terminals are live."""

    amplitude: float
    unit: str
    frequency: float


def parse_output(reply: str) -> CalibratorOutput:
    """``1.0000000E+01,V,0E+00,0,5.00E+01`` → 10 V at 50 Hz (5522A capture, instruments.md 2).

    >>> parse_output("1.0000000E+01,V,0E+00,0,5.00E+01")
    CalibratorOutput(amplitude=10.0, unit='V', frequency=50.0)
    """
    amplitude, unit, _secondary, _secondary_unit, frequency = reply.split(",")
    return CalibratorOutput(float(amplitude), _UNIT_FROM_WORD[unit.strip()], float(frequency))


def parse_identity(reply: str) -> str:
    """Accept ``*IDN?`` only from a 5520A or its 5522A successor.

    >>> parse_identity("FLUKE,5520A,8675309,1.7+1.5+2.0+*")
    'FLUKE,5520A,8675309,1.7+1.5+2.0+*'
    """
    fields = reply.split(",")
    if len(fields) != 4 or fields[0].upper() != "FLUKE" or fields[1] not in ("5520A", "5522A"):
        raise ValueError(reply)
    return reply


def parse_error(reply: str) -> tuple[int, str]:
    match = _ERROR.match(reply.strip())
    if not match:
        raise ValueError(reply)
    return int(match.group(1)), match.group(2)


class Fluke5520a(Driver):
    name = "fluke5520a"
    title = "the Fluke 5520A calibrator"
    description = "Fluke 5520A multiproduct calibrator (REMOTE I/F in COMP mode)"
    settings = SerialSettings(
        baudrate=9600,
        bytesize=8,
        parity="N",
        stopbits=1,
        xonxoff=True,
        write_terminator="\n",
        read_terminator="\r\n",
        timeout=2.0,
    )
    simulator = "fluke5520a"
    functions = {"output": Function("", "the selected output (unit as sourced)")}

    identity = measurement(
        "*IDN?", "Get the identity: FLUKE,5520A,serial,firmware (str).", parse=parse_identity
    )
    output = measurement(
        "OUT?",
        "Get the selected output: amplitude, unit, frequency "
        "(CalibratorOutput; frequency 0 for DC).",
        parse=parse_output,
    )
    operating = measurement(
        "OPER?",
        "Get whether the terminals are live (bool).",
        parse=lambda r: {"1": True, "0": False}[r.strip()],
    )
    status_bits = measurement(
        "ISR?",
        "Get the instrument status register (int, 16 bits; bit 12 SETTLED, bit 0 OPER).",
        parse=int,
    )
    operation_complete = measurement(
        "*OPC?",
        "Get True once every pending command has been carried out (bool).",
        parse=lambda r: {"1": True}[r.strip()],
    )
    next_error = measurement(
        "ERR?",
        "Get the oldest error as (code, text); (0, 'No Error') when empty.",
        parse=parse_error,
        safe=False,
    )

    def connect(self) -> None:
        # Standby first: a unit left operating by a crashed session must not stay live.
        self.write("STBY")
        self.write("REMOTE")
        self.write("*CLS")

    def identify(self) -> str:
        return self.identity

    def source(self, amplitude: float, unit: str, frequency: float = 0.0) -> None:
        """Select an output (``OUT``); the terminals stay as they are (standby or operate)."""
        key = (unit, frequency > 0)
        if key not in LIMITS or not abs(amplitude) <= LIMITS[key]:
            self.after_failure()
            values = {"amplitude": amplitude, "unit": unit, "frequency": frequency}
            if frequency:
                raise InvalidSetting(
                    "The 5520A cannot source {amplitude:g} {unit} at {frequency:g} Hz.",
                    values=values,
                )
            raise InvalidSetting("The 5520A cannot source {amplitude:g} {unit} DC.", values=values)
        command = f"OUT {amplitude:.7g} {_UNIT_WORD[unit]}"  # "%g": never a locale comma
        if frequency:
            command += f", {frequency:.7g} HZ"
        self.send(command)

    def operate(self) -> None:
        """Make the terminals live (``OPER``)."""
        self.send("OPER")

    def standby(self) -> None:
        """Make the terminals dead (``STBY``)."""
        self.send("STBY")

    def settled(self) -> bool:
        """Whether the output is live and settled (ISR? bits 12 and 0)."""
        bits = self.status_bits
        return bool(bits & ISR_SETTLED) and bool(bits & ISR_OPER)

    def read(self, function: str = "output") -> Reading:
        self.require_function(function)
        out = self.output
        return Reading(function, out.amplitude, out.unit)

    def close(self) -> None:
        self.after_failure()
        super().close()

    def check_errors(self) -> None:
        errors = []
        for _ in range(20):
            code, text = self.next_error
            if code == 0:
                break
            errors.append((code, text))
        if errors:
            listed = "; ".join(f"{code} {text}" for code, text in errors)
            raise InstrumentReportedError(
                "{title} reported: {listed}.",
                code=str(errors[0][0]),
                text=errors[0][1],
                values={"title": self.title, "listed": listed},
            )

    def after_failure(self) -> None:
        """Standby, best effort: on a lost link the next connect sends STBY first."""
        if not self.transport.is_open:
            return
        try:
            self.transport.write_line("STBY")
        except InstrumentError as exc:
            log.warning("could not put %s in standby: %s", self.title, exc)
