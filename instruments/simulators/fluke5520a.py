"""Fluke 5520A multiproduct calibrator simulator (instruments.md section 2), COMP mode.

``OUT`` only selects the value: the terminals stay dead until ``OPER``. After ``OPER`` or a new
value while operating, the output settles (ISR? bit 12 SETTLED) after ``SETTLE_S``. Raising the
output above 33 V while operating drops it to standby (HIVOLT rule: OPER must be sent again).
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from instruments.simulators.base import SILENCE, Answer, Simulator, say

IDENTITY = "FLUKE,5520A,8675309,1.7+1.5+2.0+*"
NO_ERROR = '0,"No Error"'
# 1300 "Bad syntax" is the fault MCUSH's 5520A driver prints (instruments.md 2). The 5520A's
# code for a value beyond the output limits was not found in the stored manuals: 1302 is our
# choice, and the driver checks limits itself before sending, so it never relies on it.
BAD_SYNTAX = '1300,"Bad syntax"'
OUTSIDE_LIMITS = '1302,"Output outside the limits of the 5520A"'
SETTLE_S = 1.0
HIVOLT_V = 33.0
ISR_SETTLED, ISR_REMOTE, ISR_HIVOLT, ISR_OPER = 1 << 12, 1 << 11, 1 << 7, 1 << 0

_MULTIPLIER = {"": 1.0, "M": 1e-3, "U": 1e-6, "K": 1e3, "MEG": 1e6}
_QUANTITY = re.compile(r"^\s*([-+]?[0-9.]+(?:E[-+]?\d+)?)\s*(MEG|[MUK]?)(V|A|OHM|HZ)\s*$")
LIMITS = {  # unit, AC?: (lowest, highest) magnitude the 5520A sources
    ("V", False): (0.0, 1020.0),
    ("V", True): (1e-3, 1020.0),
    ("A", False): (0.0, 20.5),
    ("A", True): (29e-6, 20.5),
    ("OHM", False): (0.0, 1.1e9),
}
FUNCTIONS = {
    ("V", False): "DCV",
    ("V", True): "ACV",
    ("A", False): "DCI",
    ("A", True): "ACI",
    ("OHM", False): "OHM",
}


@dataclass(frozen=True)
class Output:
    amplitude: float = 0.0
    unit: str = "V"
    frequency: float = 0.0


def parse_quantity(text: str) -> tuple[float, str]:
    """``10 MV`` → (0.01, 'V'); raises ValueError on anything else.

    >>> parse_quantity("1 kHz")
    (1000.0, 'HZ')
    """
    match = _QUANTITY.match(text.upper())
    if not match:
        raise ValueError(text)
    number, prefix, unit = match.groups()
    if unit == "OHM" and prefix == "M":  # "MOHM" is megohm on the 5520A, as on its display
        prefix = "MEG"
    return float(number) * _MULTIPLIER[prefix], unit


class Fluke5520aSimulator(Simulator):
    name = "fluke5520a"
    description = "Fluke 5520A multiproduct calibrator"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.errors: deque[str] = deque()
        self.remote = False
        self.output = Output()
        self.operating = False
        self.settled_at = 0.0

    def handle(self, line: str) -> Answer:
        head, _, args = line.strip().upper().partition(" ")
        simple = {
            "*IDN?": lambda: say(IDENTITY),
            "*OPC?": lambda: say("1"),
            "*RST": self._reset,
            "*CLS": self._clear,
            "ERR?": self._next_error,
            "OPER": self._operate,
            "STBY": self._standby,
            "OPER?": lambda: say("1" if self.operating else "0"),
            "OUT?": self._out_query,
            "ISR?": lambda: say(str(self.status_bits())),
            "FUNC?": lambda: say(FUNCTIONS[(self.output.unit, self.output.frequency > 0)]),
            "REMOTE": lambda: self._set_remote(True),
            "LOCAL": lambda: self._set_remote(False),
        }
        if head in simple and not args:
            return simple[head]()
        if head == "OUT" and args:
            return self._set_output(args)
        return self._error(BAD_SYNTAX)

    def status_bits(self) -> int:
        bits = ISR_REMOTE if self.remote else 0
        if self.operating:
            bits |= ISR_OPER | (ISR_SETTLED if self.now() >= self.settled_at else 0)
        if abs(self.output.amplitude) > HIVOLT_V and self.output.unit == "V":
            bits |= ISR_HIVOLT
        return bits

    def _set_output(self, args: str) -> Answer:
        try:
            parts = [parse_quantity(p) for p in args.split(",")]
        except ValueError:
            return self._error(BAD_SYNTAX)
        (amplitude, unit), *rest = parts
        frequency = rest[0][0] if rest and rest[0][1] == "HZ" else 0.0
        if len(rest) > 1 or (rest and rest[0][1] != "HZ") or (unit, frequency > 0) not in LIMITS:
            return self._error(BAD_SYNTAX)
        low, high = LIMITS[(unit, frequency > 0)]
        if not low <= abs(amplitude) <= high or (frequency and not 10 <= frequency <= 500e3):
            return self._error(OUTSIDE_LIMITS)
        crosses_hivolt = unit == "V" and abs(amplitude) > HIVOLT_V >= abs(self.output.amplitude)
        self.output = Output(amplitude, unit, frequency)
        if self.operating and crosses_hivolt:
            self.operating = False
        self.settled_at = self.now() + SETTLE_S
        return SILENCE

    def _out_query(self) -> Answer:
        out = self.output
        return say(f"{out.amplitude:.7E},{out.unit},0E+00,0,{out.frequency:.2E}")

    def _operate(self) -> Answer:
        if not self.operating:
            self.operating = True
            self.settled_at = self.now() + SETTLE_S
        return SILENCE

    def _standby(self) -> Answer:
        self.operating = False
        return SILENCE

    def _reset(self) -> Answer:
        self.operating, self.output = False, Output()
        return SILENCE

    def _clear(self) -> Answer:
        self.errors.clear()
        return SILENCE

    def _next_error(self) -> Answer:
        return say(self.errors.popleft() if self.errors else NO_ERROR)

    def _error(self, entry: str) -> Answer:
        self.errors.append(entry)
        return SILENCE

    def _set_remote(self, remote: bool) -> Answer:
        self.remote = remote
        return SILENCE
