"""Mettler Toledo MT-SICS level 0/1 balance simulator (instruments.md 3.1), an XS204.

A load placed on the pan swings (``S D`` to ``SI``) for ``SETTLE_S`` before it is stable. ``S``
waits for stability up to ``STABILITY_TIMEOUT_S`` and answers ``S I`` if it does not come, as the
balance does. Commands must be uppercase; a lowercase or unknown one is ``ES``; a line with bytes
that are not ASCII is ``ET`` (transmission error); ``@`` clears the tare and answers like ``I4``.
"""

from __future__ import annotations

from instruments.simulators.base import Answer, Simulator, say

MODEL = "XS204 Excellence 220.0090 g"
SERIAL = "1126493049"
CAPACITY_G = 220.0090
READABILITY_G = 0.0001
SETTLE_S = 1.5
STABILITY_TIMEOUT_S = 3.0
ZERO_RANGE_G = 0.02 * CAPACITY_G  # the usual ±2 % of capacity zero-setting range


class MtSicsBalanceSimulator(Simulator):
    name = "mt_sics"
    description = "Mettler Toledo balance, MT-SICS level 0/1 (XS204)"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.load_g = 0.0
        self.zero_g = 0.0
        self.tare_g = 0.0
        self.stable_at = 0.0
        self.stable_forever = True  # set False to model a draught: never stable

    def place(self, grams: float) -> None:
        """Put a load on the pan (negative: the pan was lifted)."""
        self.load_g = float(grams)
        self.stable_at = self.now() + SETTLE_S

    def handle(self, line: str) -> Answer:
        if "\ufffd" in line:
            return say("ET")
        command = line.strip()
        if command != command.upper():
            return say("ES")
        actions = {
            "S": self._stable_weight,
            "SI": self._immediate_weight,
            "Z": self._zero,
            "T": self._tare,
            "@": self._reset,
            "I2": lambda: say(f'I2 A "{MODEL}"'),
            "I4": lambda: say(f'I4 A "{SERIAL}"'),
        }
        action = actions.get(command)
        return action() if action else say("ES")

    def is_stable(self) -> bool:
        return self.stable_forever and self.now() >= self.stable_at

    def _wait_for_stability(self, prefix: str) -> Answer | float:
        """The wall-clock wait until stable, or the ``<prefix> I`` answer if it will not come."""
        if self.is_stable():
            return 0.0
        remaining = self.stable_at - self.now()
        if not self.stable_forever or remaining > STABILITY_TIMEOUT_S:
            return say(f"{prefix} I", delay=self.scaled(STABILITY_TIMEOUT_S))
        return self.scaled(remaining)

    def _net(self, *, settled: bool) -> float:
        swing = 0.0 if settled else 0.05 * self.rng.uniform(-1.0, 1.0)
        noise = self.rng.gauss(0.0, 0.3 * READABILITY_G)
        return self.load_g - self.zero_g - self.tare_g + swing + noise

    def _weight_line(self, status: str) -> str:
        """The weight as sent once ``status`` holds (``S`` answers after it waited)."""
        gross = self.load_g - self.zero_g
        if gross > CAPACITY_G + 9 * READABILITY_G:
            return "S +"
        if gross < -ZERO_RANGE_G:
            return "S -"
        net = round(self._net(settled=status == "S"), 4) + 0.0  # + 0.0: never "-0.0000"
        return f"S {status} {net:>10.4f} g"

    def _stable_weight(self) -> Answer:
        wait = self._wait_for_stability("S")
        if isinstance(wait, Answer):
            return wait
        return say(self._weight_line("S"), delay=wait)

    def _immediate_weight(self) -> Answer:
        return say(self._weight_line("S" if self.is_stable() else "D"))

    def _zero(self) -> Answer:
        wait = self._wait_for_stability("Z")
        if isinstance(wait, Answer):
            return wait
        gross = self.load_g
        if abs(gross) > ZERO_RANGE_G:
            return say("Z +" if gross > 0 else "Z -", delay=wait)
        self.zero_g, self.tare_g = gross, 0.0
        return say("Z A", delay=wait)

    def _tare(self) -> Answer:
        wait = self._wait_for_stability("T")
        if isinstance(wait, Answer):
            return wait
        tare = self.load_g - self.zero_g
        if tare > CAPACITY_G:
            return say("T +", delay=wait)
        if tare < 0:
            return say("T -", delay=wait)
        self.tare_g = tare
        return say(f"T S {tare:>10.4f} g", delay=wait)

    def _reset(self) -> Answer:
        self.tare_g = 0.0
        return say(f'I4 A "{SERIAL}"')
