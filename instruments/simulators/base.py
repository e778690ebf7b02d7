"""What every simulator shares: the state-machine contract, the byte link and fault injection.

instruments.md section 7.3: one *pure* state machine per instrument (``handle(line)``), with an
injected clock and a seeded RNG, wrapped by interchangeable front-ends (``sim://`` in process, a
real pseudo-terminal). :class:`SimulatorLink` is the byte side both front-ends use; a
:class:`Fault` on the link reproduces the serial fault modes of section 6.
"""

from __future__ import annotations

import logging
import random
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

FAULT_KINDS = ("delay", "split", "garbage", "lost_terminator", "echo", "disconnect")


@dataclass(frozen=True)
class Answer:
    """The reply lines to one command, and how long the instrument takes before sending them."""

    lines: tuple[str, ...] = ()
    delay: float = 0.0


SILENCE = Answer()


def say(*lines: str, delay: float = 0.0) -> Answer:
    return Answer(tuple(lines), delay)


class Simulator(ABC):
    """A deterministic instrument: seeded noise, a clock, an error queue; no I/O of its own."""

    name = ""
    description = ""
    reply_terminator = "\r\n"

    def __init__(
        self, *, seed: int = 0, time_scale: float = 1.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rng = random.Random(seed)
        self.time_scale = float(time_scale)
        self._clock = clock
        self._t0 = clock()

    def now(self) -> float:
        """Seconds since power-on, in simulated time (``time_scale`` 0.1 runs ten times faster)."""
        # time_scale 0 ("answer at once") maps a microsecond to 1000 s: everything has settled.
        return (self._clock() - self._t0) / max(self.time_scale, 1e-9)

    def scaled(self, seconds: float) -> float:
        """Wall-clock seconds that ``seconds`` of instrument time take."""
        return seconds * self.time_scale

    @abstractmethod
    def handle(self, line: str) -> Answer:
        """The instrument's answer to one command line (each simulator its own)."""


@dataclass(frozen=True)
class Fault:
    """A serial fault applied to replies once ``after`` commands have been answered cleanly.

    ``delay``: replies come ``seconds`` late (past the host's time limit); ``split``: replies come
    in small pieces with gaps; ``garbage``: noise bytes land inside the line; ``lost_terminator``:
    the line end never comes; ``echo``: the command is echoed first (terminal mode);
    ``disconnect``: the link dies at the next command (cable pulled).
    """

    kind: str
    after: int = 0
    seconds: float = 0.5

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {self.kind!r}; choose one of {', '.join(FAULT_KINDS)}")


# Noise a cable picks up: non-ASCII and control bytes. XON/XOFF (0x11/0x13) are left out on
# purpose: a host with XON/XOFF handshake would swallow them and stop sending, a different fault.
_NOISE = bytes([0xFF, 0xFE, 0x00, 0x1B, 0x8A, 0xC3, 0x07])
_LINE_END = re.compile(rb"[\r\n]+")


class SimulatorLink:
    """Bytes in, scheduled bytes out: the instrument's serial port seen from its side.

    Commands are split at CR or LF (every simulated instrument accepts either; empty lines are
    ignored). :meth:`receive` returns ``(due, bytes)`` pairs, ``due`` on the link's clock.
    """

    def __init__(
        self,
        simulator: Simulator,
        fault: Fault | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.simulator = simulator
        self.fault = fault
        self.clock = clock
        self.disconnected = False
        self.commands_seen = 0
        self.transcript: list[tuple[str, tuple[str, ...]]] = []
        self._pending = b""
        self._busy_until = 0.0
        self._noise = random.Random(0xCA1)

    @property
    def quiet_at(self) -> float:
        """When the last reply already sent by the instrument will have arrived (link clock)."""
        return self._busy_until

    def receive(self, data: bytes) -> list[tuple[float, bytes]]:
        if self.disconnected:
            return []
        self._pending += data
        *complete, self._pending = _LINE_END.split(self._pending)
        out: list[tuple[float, bytes]] = []
        for raw in complete:
            if raw:
                out.extend(self._answer(raw.decode("ascii", errors="replace")))
            if self.disconnected:
                break
        return out

    def _answer(self, command: str) -> list[tuple[float, bytes]]:
        fault = self.fault if self.fault and self.commands_seen >= self.fault.after else None
        self.commands_seen += 1
        if fault and fault.kind == "disconnect":
            self.disconnected = True
            return []
        answer = self.simulator.handle(command)
        self.transcript.append((command, answer.lines))
        now = self.clock()
        start = max(now, self._busy_until) + answer.delay
        if fault and fault.kind == "delay":  # latency on the line: replies keep their order
            start = max(start, now + fault.seconds)
        terminator = self.simulator.reply_terminator.encode("ascii")
        pieces = [(start, line.encode("ascii") + terminator) for line in answer.lines]
        if fault:
            pieces = self._inject(fault, command, terminator, start, pieces)
        if pieces:
            self._busy_until = max(due for due, _ in pieces)
        return pieces

    def _inject(
        self,
        fault: Fault,
        command: str,
        terminator: bytes,
        start: float,
        pieces: list[tuple[float, bytes]],
    ) -> list[tuple[float, bytes]]:
        if fault.kind == "echo":
            return [(start, command.encode("ascii") + terminator), *pieces]
        if fault.kind == "lost_terminator":
            return [(due, data[: -len(terminator)]) for due, data in pieces]
        if fault.kind == "garbage":
            return [(due, self._garble(data)) for due, data in pieces]
        return self._split(pieces)

    def _garble(self, data: bytes) -> bytes:
        at = self._noise.randrange(0, max(1, len(data) - 2))
        noise = bytes(self._noise.choice(_NOISE) for _ in range(3))
        return data[:at] + noise + data[at:]

    @staticmethod
    def _split(pieces: list[tuple[float, bytes]]) -> list[tuple[float, bytes]]:
        # Three-byte pieces 5 ms apart: a slow converter, well inside any time limit.
        out = []
        for due, data in pieces:
            for i in range(0, len(data), 3):
                out.append((due + 0.005 * (i // 3), data[i : i + 3]))
        return out
