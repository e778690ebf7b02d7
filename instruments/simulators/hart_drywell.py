"""Fluke/Hart 9102S dry-well simulator (instruments.md 4.5), half duplex.

Commands end with CR, are case-insensitive and ignore spaces; ``s`` reads the set point,
``s=NNN`` sets it without a reply, ``t`` reads the well, ``u`` the unit, ``*ver`` the version.
The well ramps towards the set point at ``SCAN_RATE_C_PER_S`` and then settles exponentially.
Two choices the stored sources do not settle, made here: an unknown command gets no reply (the
manual lists no error response), and a set point outside -10…122 °C is ignored, so the driver
checks the range before sending.
"""

from __future__ import annotations

import math

from instruments.simulators.base import SILENCE, Answer, Simulator, say

VERSION = "ver.9102,1.20"
RANGE_C = (-10.0, 122.0)
SCAN_RATE_C_PER_S = 0.5
SETTLE_TAU_S = 8.0
RAMP_BAND_C = 1.0


class HartDryWellSimulator(Simulator):
    name = "hart9102s"
    description = "Fluke/Hart 9102S handheld dry-well"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.unit = "C"
        self.setpoint_c = 25.0
        self._start_c = 23.0
        self._changed_at = 0.0

    def handle(self, line: str) -> Answer:
        command = line.replace(" ", "").lower()
        if command == "*ver":
            return say(VERSION)
        if command in ("s", "se", "set"):
            return say(f"set: {self._show(self.setpoint_c):.2f} {self.unit}")
        if command.startswith("s="):
            return self._set_point(command[2:])
        if command == "t":
            return say(f"t: {self._show(self.temperature_c()):.2f} {self.unit}")
        if command == "u":
            return say(f"u: {self.unit}")
        if command in ("u=c", "u=f"):
            self.unit = command[-1].upper()
            return SILENCE
        return SILENCE

    def temperature_c(self) -> float:
        """The well temperature now: a linear ramp, then an exponential approach, plus noise."""
        elapsed = self.now() - self._changed_at
        gap = self.setpoint_c - self._start_c
        ramp_s = max(0.0, abs(gap) - RAMP_BAND_C) / SCAN_RATE_C_PER_S
        if elapsed < ramp_s:
            value = self._start_c + math.copysign(SCAN_RATE_C_PER_S * elapsed, gap)
        else:
            band = math.copysign(min(abs(gap), RAMP_BAND_C), gap)
            value = self.setpoint_c - band * math.exp(-(elapsed - ramp_s) / SETTLE_TAU_S)
        return value + self.rng.gauss(0.0, 0.003)

    def _set_point(self, text: str) -> Answer:
        try:
            value = float(text)
        except ValueError:
            return SILENCE
        celsius = (value - 32.0) / 1.8 if self.unit == "F" else value
        if RANGE_C[0] <= celsius <= RANGE_C[1]:
            self._start_c = self.temperature_c()
            self._changed_at = self.now()
            self.setpoint_c = celsius
        return SILENCE

    def _show(self, celsius: float) -> float:
        return celsius * 1.8 + 32.0 if self.unit == "F" else celsius
