"""``sim://NAME?seed=1&time_scale=0.1&fault=KIND&after=N&seconds=S&bench=B``: a simulator as a port.

pyserial imports this module for ``sim://`` URLs once ``instruments.urlhandler`` is in
``serial.protocol_handler_packages`` (done by :mod:`instruments.transport`). The structure follows
pyserial's ``protocol_loop.py``; the other end of the "cable" is a
:class:`~instruments.simulators.base.SimulatorLink`. ``bench=B`` names one simulated instrument
that keeps its state across connections, as the real one on the bench does.
"""

from __future__ import annotations

import heapq
import logging
import time
import urllib.parse

from serial.serialutil import PortNotOpenError, SerialBase, SerialException

from instruments.simulators import simulator_from_query
from instruments.simulators.base import Fault, Simulator, SimulatorLink

log = logging.getLogger(__name__)

# The exact messages pyserial's POSIX backend raises when the device disappears (instruments.md 6).
READ_LOST = (
    "device reports readiness to read but returned no data "
    "(device disconnected or multiple access on port?)"
)
WRITE_LOST = "write failed: [Errno 5] Input/output error"


class Serial(SerialBase):
    """An in-process serial port whose far end is a simulated instrument."""

    def __init__(self, *args, **kwargs) -> None:
        self.link: SimulatorLink | None = None
        self._rx = bytearray()
        self._scheduled: list[tuple[float, int, bytes]] = []
        self._order = 0
        super().__init__(*args, **kwargs)

    def open(self) -> None:
        if self.is_open:
            raise SerialException("Port is already open.")
        if self._port is None:
            raise SerialException("Port must be configured before it can be used.")
        simulator, fault = self.from_url(self._port)
        self.link = SimulatorLink(simulator, fault)
        self._rx.clear()
        self._scheduled.clear()
        self.is_open = True

    def from_url(self, url: str) -> tuple[Simulator, Fault | None]:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "sim":
            raise SerialException(f"expected a sim:// URL, got {url!r}")
        query = {k: v[-1] for k, v in urllib.parse.parse_qs(parts.query).items()}
        try:
            return simulator_from_query(parts.netloc or parts.path.strip("/"), query)
        except ValueError as exc:
            raise SerialException(str(exc)) from exc

    def _reconfigure_port(self) -> None:
        """Framing and handshake mean nothing to an in-process link."""

    def close(self) -> None:
        self.is_open = False

    @property
    def in_waiting(self) -> int:
        self._check_open()
        self._deliver_due()
        return len(self._rx)

    def read(self, size: int = 1) -> bytes:
        self._check_open()
        deadline = None if self._timeout is None else time.monotonic() + self._timeout
        while True:
            self._deliver_due()
            if len(self._rx) >= size:
                break
            if self.link.disconnected and not self._scheduled:
                if self._rx:
                    break
                raise SerialException(READ_LOST)
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                break
            wake = self._scheduled[0][0] if self._scheduled else float("inf")
            wake = min(wake, deadline if deadline is not None else wake)
            time.sleep(max(0.0, min(wake - now, 0.05)))
        data = bytes(self._rx[:size])
        del self._rx[:size]
        return data

    def write(self, data: bytes) -> int:
        self._check_open()
        if self.link.disconnected:
            raise SerialException(WRITE_LOST)
        for due, piece in self.link.receive(bytes(data)):
            self._order += 1
            heapq.heappush(self._scheduled, (due, self._order, piece))
        return len(data)

    def reset_input_buffer(self) -> None:
        self._check_open()
        self._deliver_due()
        self._rx.clear()

    def reset_output_buffer(self) -> None:
        self._check_open()

    def _deliver_due(self) -> None:
        now = time.monotonic()
        while self._scheduled and self._scheduled[0][0] <= now:
            self._rx += heapq.heappop(self._scheduled)[2]

    def _check_open(self) -> None:
        if not self.is_open:
            raise PortNotOpenError()
