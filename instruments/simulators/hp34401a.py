"""HP/Agilent 34401A simulator (instruments.md 1.1): SCPI over RS-232, replies end in CR LF.

Quirks kept because hosts trip over them: an unknown or bad *query* is not answered at all (the
error goes to the 20-deep queue and the host times out); the queue survives ``*RST`` and is
cleared by ``*CLS`` or by reading it empty; a signal beyond 120 % of a fixed range reads
``+9.90000000E+37``. A reading takes NPLC/50 s (50 Hz mains, as in the lab).

The simulated meter has its own DC voltage error, ``gain_error`` and ``offset`` (its calibration
constants as they drifted since its last adjustment); :meth:`adjust` sets them, as a technician
adjusting the meter would. Its DC voltage input may follow a wire (:meth:`connect_input`) to a
simulated calibrator's output terminals.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from instruments.simulators.base import SILENCE, Answer, Simulator, say

IDENTITY = "HEWLETT-PACKARD,34401A,0,11-5-2"
OVERLOAD = "+9.90000000E+37"
NO_ERROR = '+0,"No error"'
UNDEFINED_HEADER = '-113,"Undefined header"'
ILLEGAL_PARAMETER = '-224,"Illegal parameter value"'
DATA_STALE = '-230,"Data stale"'  # FETC? without INIT; code from SCPI-1999, not seen in a capture
TOO_MANY_ERRORS = '-350,"Too many errors"'  # 34401A wording per instruments.md [K]
QUEUE_DEPTH = 20  # [K] in instruments.md 9; kept because the manual's figure is 20 as well

RANGES = {
    "VOLT": (0.1, 1.0, 10.0, 100.0, 1000.0),
    "VOLT:AC": (0.1, 1.0, 10.0, 100.0, 750.0),
    "CURR": (0.01, 0.1, 1.0, 3.0),
    "CURR:AC": (1.0, 3.0),
    "RES": (1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8),
    "FRES": (1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8),
}
_TOP_RANGE_LIMIT = {"VOLT": 1000.0, "VOLT:AC": 750.0, "CURR": 3.0, "CURR:AC": 3.0}
_LONG = {
    "SYSTEM": "SYST",
    "ERROR": "ERR",
    "REMOTE": "REM",
    "LOCAL": "LOC",
    "CONFIGURE": "CONF",
    "MEASURE": "MEAS",
    "VOLTAGE": "VOLT",
    "CURRENT": "CURR",
    "RESISTANCE": "RES",
    "FRESISTANCE": "FRES",
    "FETCH": "FETC",
    "INITIATE": "INIT",
    "RANGE": "RANG",
    "FUNCTION": "FUNC",
    "SENSE": "SENS",
}
_QUOTED_FUNCTION = {f: f'"{f}"' for f in RANGES}


def short_header(header: str) -> str:
    """SCPI long forms to short, ``:DC`` dropped, ``SENS:`` dropped (the 34401A's defaults).

    >>> short_header("sense:voltage:dc:range?")
    'VOLT:RANG?'
    """
    query = header.endswith("?")
    words = [_LONG.get(w, w) for w in header.upper().rstrip("?").lstrip(":").split(":")]
    text = ":".join(w for w in words if w not in ("DC", "SENS") and w)
    text = text.replace("ERR:NEXT", "ERR")
    return text + "?" if query else text


class Hp34401aSimulator(Simulator):
    name = "hp34401a"
    description = "HP/Agilent 34401A 6½-digit multimeter (SCPI)"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.errors: deque[str] = deque()
        self.inputs = {
            "VOLT": 10.0,
            "VOLT:AC": 1.0,
            "CURR": 0.01,
            "CURR:AC": 1.0,
            "RES": 100.0,
            "FRES": 100.0,
        }
        self.remote = False
        self.fetched: str | None = None
        self.gain_error, self.offset = 0.0, 0.0
        self._wired: dict[str, Callable[[], float]] = {}
        self.reset()

    def apply(self, function: str, value: float) -> None:
        """Connect a signal to the input (what a test bench would wire up)."""
        self._wired.pop(function, None)
        self.inputs[function] = float(value)

    def connect_input(self, function: str, signal: Callable[[], float]) -> None:
        """Wire the input to a live signal: ``signal()`` is what the terminals see at a reading."""
        self._wired[function] = signal

    def adjust(self, gain_error: float = 0.0, offset: float = 0.0) -> None:
        """Set the DC voltage calibration constants: a reading is input × (1 + gain) + offset."""
        self.gain_error, self.offset = float(gain_error), float(offset)

    def _input(self, function: str) -> float:
        signal = self._wired.get(function)
        return float(signal()) if signal is not None else self.inputs[function]

    def reset(self) -> None:
        self.function = "VOLT"
        self.range: float | None = None  # None: autorange
        self.nplc = 10.0
        self.fetched = None

    def handle(self, line: str) -> Answer:
        header, _, args = line.strip().partition(" ")
        head = short_header(header)
        fixed = {
            "*IDN?": lambda: say(IDENTITY),
            "*OPC?": lambda: say("1"),
            "*RST": self._reset_cmd,
            "*CLS": self._clear,
            "SYST:ERR?": self._next_error,
            "SYST:REM": lambda: self._set_remote(True),
            "SYST:LOC": lambda: self._set_remote(False),
            "READ?": self._read,
            "INIT": self._init,
            "FETC?": self._fetch,
            "FUNC?": lambda: say(_QUOTED_FUNCTION[self.function]),
        }
        if head in fixed:
            return fixed[head]()
        for verb, query in (("CONF:", False), ("MEAS:", True)):
            function = head[len(verb) :].rstrip("?")
            if head.startswith(verb) and function in RANGES and head.endswith("?") == query:
                return self._configure(function, args, then_read=query)
        return self._function_setting(head, args.strip())

    def _function_setting(self, head: str, arg: str) -> Answer:
        function, _, rest = head.rpartition(":") if head.count(":") else ("", "", head)
        if rest.startswith("AUTO") and function.endswith(":RANG"):
            function, rest = function[: -len(":RANG")], "RANG:AUTO"
        if function not in RANGES:
            return self._error(UNDEFINED_HEADER)
        if rest == "RANG?":
            return say(f"{self.range or self._auto_range(function):+.8E}")
        if rest == "RANG":
            return self._set_range(function, arg)
        if rest == "RANG:AUTO":
            self.range = None if arg.upper() in ("ON", "1") else self._auto_range(function)
            return SILENCE
        if rest == "NPLC" and arg in ("0.02", "0.2", "1", "10", "100"):
            self.nplc = float(arg)
            return SILENCE
        return self._error(ILLEGAL_PARAMETER if rest == "NPLC" else UNDEFINED_HEADER)

    def _configure(self, function: str, args: str, *, then_read: bool) -> Answer:
        range_arg = args.split(",")[0].strip().upper() if args.strip() else "DEF"
        self.function, self.fetched = function, None
        if range_arg in ("DEF", "AUTO"):
            self.range = None
        else:
            answer = self._set_range(function, range_arg)
            if answer is not SILENCE:
                return answer
        return self._read() if then_read else SILENCE

    def _set_range(self, function: str, arg: str) -> Answer:
        ranges = RANGES[function]
        if arg.upper() in ("MIN", "MAX"):
            self.range = ranges[0] if arg.upper() == "MIN" else ranges[-1]
            return SILENCE
        try:
            wanted = abs(float(arg))
        except ValueError:
            return self._error(ILLEGAL_PARAMETER)
        fitting = [r for r in ranges if wanted <= r * 1.2]
        if not fitting:
            return self._error('-222,"Data out of range"')
        self.range = fitting[0]
        return SILENCE

    def _auto_range(self, function: str) -> float:
        value = abs(self._input(function))
        return next((r for r in RANGES[function] if value <= r * 1.2), RANGES[function][-1])

    def _reading(self) -> str:
        value = self._input(self.function)
        if self.function == "VOLT":
            value = value * (1.0 + self.gain_error) + self.offset
        rng = self.range or self._auto_range(self.function)
        limit = _TOP_RANGE_LIMIT.get(self.function) if rng == RANGES[self.function][-1] else None
        if abs(value) > (limit or rng * 1.2):
            return OVERLOAD
        noise = self.rng.gauss(0.0, 2e-6 * rng)
        return f"{value + noise:+.8E}"

    def _read(self) -> Answer:
        return say(self._reading(), delay=self.scaled(self.nplc / 50.0))

    def _init(self) -> Answer:
        self.fetched = self._reading()
        return SILENCE

    def _fetch(self) -> Answer:
        return say(self.fetched) if self.fetched else self._error(DATA_STALE)

    def _next_error(self) -> Answer:
        return say(self.errors.popleft() if self.errors else NO_ERROR)

    def _error(self, entry: str) -> Answer:
        if len(self.errors) >= QUEUE_DEPTH:
            self.errors[-1] = TOO_MANY_ERRORS
        else:
            self.errors.append(entry)
        return SILENCE

    def _clear(self) -> Answer:
        self.errors.clear()
        return SILENCE

    def _reset_cmd(self) -> Answer:
        self.reset()
        return SILENCE

    def _set_remote(self, remote: bool) -> Answer:
        self.remote = remote
        return SILENCE
