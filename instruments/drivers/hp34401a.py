"""HP/Agilent 34401A multimeter over RS-232 (instruments.md 1.1).

Serial: 9600 baud, 8 data bits, no parity, 2 stop bits, DTR/DSR handshake; commands end in LF,
replies in CR LF. The error queue (``SYST:ERR?``) is drained after every command, and after every
timeout, because an unknown query is not answered: the queue holds the reason.

Choices where instruments.md marks a fact unconfirmed ([K]):
- 2 stop bits: confirmed for the sister E3632A and by PyMeasure's ``asrl`` settings, not for the
  34401A's own manual; we follow both, since a wrong stop-bit count only costs speed on receive.
- ``SYST:REM`` before anything else: the manual's exact wording was not retrieved; we send it on
  connect because it is harmless when not needed and RS-232 control fails without it otherwise.
- The overload value's sign: anything of magnitude 9.8E37 or more is an overload, ``+`` or not.
- Silence after an unknown query: we do not rely on it; a timeout is explained from the queue
  when the queue has an entry, and stays a timeout when it has none.
"""

from __future__ import annotations

import logging
import re

from instruments.drivers.base import (
    Driver,
    Function,
    Reading,
    control,
    measurement,
    one_of,
    setting,
    within,
)
from instruments.errors import InstrumentError, InstrumentReportedError, LinkTimeout
from instruments.transport import SerialSettings, Transport

log = logging.getLogger(__name__)

OVERLOAD_THRESHOLD = 9.8e37  # the meter sends +9.90000000E+37 for overload, never a reading
_SCPI_ERROR = re.compile(r'^([-+]?\d+),"(.*)"$')
SCPI_FUNCTIONS = {
    "DCV": "VOLT:DC",
    "ACV": "VOLT:AC",
    "DCI": "CURR:DC",
    "ACI": "CURR:AC",
    "RES": "RES",
    "FRES": "FRES",
}
NPLC_CHOICES = ("0.02", "0.2", "1", "10", "100")


def parse_scpi_error(reply: str) -> tuple[int, str]:
    """``-113,"Undefined header"`` → (-113, 'Undefined header').

    >>> parse_scpi_error('+0,"No error"')
    (0, 'No error')
    """
    match = _SCPI_ERROR.match(reply.strip())
    if not match:
        raise ValueError(reply)
    return int(match.group(1)), match.group(2)


def parse_identity(reply: str) -> str:
    """Accept ``*IDN?`` only from a 34401A (or a meter emulating one): four fields, model 34401A.

    >>> parse_identity("Agilent Technologies,34401A,MY45000001,11-5-2")
    'Agilent Technologies,34401A,MY45000001,11-5-2'
    """
    fields = reply.split(",")
    if len(fields) != 4 or fields[1].strip() != "34401A":
        raise ValueError(reply)
    return reply


def parse_reading(reply: str) -> float:
    """A reading such as ``+1.00000000E+01``; the overload value comes back as ``inf``.

    >>> parse_reading("+9.90000000E+37")
    inf
    """
    value = float(reply)
    return float("inf") if abs(value) >= OVERLOAD_THRESHOLD else value


class Hp34401a(Driver):
    name = "hp34401a"
    title = "the HP 34401A multimeter"
    description = "HP/Agilent 34401A 6½-digit multimeter (SCPI)"
    settings = SerialSettings(
        baudrate=9600,
        bytesize=8,
        parity="N",
        stopbits=2,
        dsrdtr=True,
        write_terminator="\n",
        read_terminator="\r\n",
        timeout=3.0,
    )
    simulator = "hp34401a"
    functions = {
        "DCV": Function("V", "DC voltage"),
        "ACV": Function("V", "AC voltage"),
        "DCI": Function("A", "DC current"),
        "ACI": Function("A", "AC current"),
        "RES": Function("ohm", "2-wire resistance"),
        "FRES": Function("ohm", "4-wire resistance"),
    }

    identity = measurement(
        "*IDN?", "Get the identity: maker, model, serial, firmware (str).", parse=parse_identity
    )
    reading = measurement(
        "READ?",
        "Measure one reading in the configured function (float; inf for overload).",
        parse=parse_reading,
    )
    function_name = measurement(
        "FUNC?", "Get the configured function, e.g. 'VOLT' (str).", parse=lambda r: r.strip('"')
    )
    dcv_range = control(
        "VOLT:RANG?",
        "VOLT:RANG {:.7g}",
        "Control the DC voltage range in volts "
        "(float, 0.1 to 1000; the meter takes the next range that fits).",
        validate=within(0.0, 1000.0, "DC voltage range", "V"),
    )
    dcv_nplc = setting(
        "VOLT:NPLC {}",
        "Set the DC voltage integration time in power-line cycles (0.02, 0.2, 1, 10 or 100).",
        validate=one_of(NPLC_CHOICES, "NPLC"),
    )
    next_error = measurement(
        "SYST:ERR?",
        "Get the oldest error in the queue as (code, text); (0, 'No error') when empty.",
        parse=parse_scpi_error,
        safe=False,
    )

    def __init__(self, transport: Transport) -> None:
        super().__init__(transport)
        self._configured: str | None = None
        self._explaining = False

    def connect(self) -> None:
        self.write("SYST:REM")
        self.clear()

    def clear(self) -> None:
        """Clear the error queue and the status registers (``*CLS``)."""
        self.write("*CLS")

    def reset(self) -> None:
        """Power-on settings (``*RST``): DC volts, autorange; the error queue is kept."""
        self.send("*RST")
        self._configured = None

    def measure(self, function: str) -> Reading:
        """One reading with ``MEAS:<function>? DEF,DEF`` (configure and read in one query)."""
        unit = self.require_function(function).unit
        value = self.parsed(
            "MEAS?", self.ask(f"MEAS:{SCPI_FUNCTIONS[function]}? DEF,DEF"), parse_reading
        )
        self._configured = function
        return self._reading(function, value, unit)

    def trigger_and_fetch(self) -> Reading:
        """``INIT`` then ``FETC?``: the reading taken at the trigger, in the configured function."""
        if self._configured is None:
            self.configure("DCV")
        function = self._configured
        self.send("INIT")
        value = self.parsed("FETC?", self.ask("FETC?", safe=True), parse_reading)
        return self._reading(function, value, self.functions[function].unit)

    @staticmethod
    def _reading(function: str, value: float, unit: str) -> Reading:
        if value == float("inf"):
            return Reading(function, None, unit, overload=True)
        return Reading(function, value, unit)

    def identify(self) -> str:
        return self.identity

    def configure(self, function: str) -> None:
        """CONF:<function> DEF,DEF: autorange, default resolution (10 PLC on DCV)."""
        self.require_function(function)
        self.send(f"CONF:{SCPI_FUNCTIONS[function]} DEF,DEF")
        self._configured = function

    def read(self, function: str = "DCV") -> Reading:
        unit = self.require_function(function).unit
        if self._configured != function:
            self.configure(function)
        return self._reading(function, self.reading, unit)

    def after_failure(self) -> None:
        """Configure again before the next reading: after a failure the meter may have been
        reset or power-cycled, and a reading in the wrong function must not pass for the right
        one."""
        self._configured = None

    def check_errors(self) -> None:
        errors = []
        for _ in range(21):  # the queue holds 20; the 21st read must say "No error"
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

    def explain_silence(self, command: str, timeout: LinkTimeout) -> InstrumentError | None:
        if self._explaining or command == "SYST:ERR?":
            return None
        self._explaining = True
        try:
            self.check_errors()
        except InstrumentReportedError as reported:
            return reported
        except InstrumentError as exc:
            log.info("no error queue after a timeout: %s", exc)
        finally:
            self._explaining = False
        return None
