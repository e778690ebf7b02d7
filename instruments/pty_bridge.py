"""A simulator behind a real pseudo-terminal (instruments.md 5.3 and 7.3b).

``os.openpty()`` gives a master and a slave; a thread serves the master side with a
:class:`~instruments.simulators.base.SimulatorLink`, and the application opens the slave's path
with pyserial exactly as it opens ``/dev/ttyUSB0``. A ``disconnect`` fault closes the master,
which is what the host sees when a USB adapter is pulled (read: "device reports readiness to read
but returned no data", write: EIO).
"""

from __future__ import annotations

import heapq
import logging
import os
import select
import threading
import time
import tty

from instruments.simulators.base import Fault, Simulator, SimulatorLink

log = logging.getLogger(__name__)


class PtyBridge:
    """Serve ``simulator`` on a pseudo-terminal; use as a context manager, open :attr:`path`."""

    def __init__(self, simulator: Simulator, fault: Fault | None = None) -> None:
        self.link = SimulatorLink(simulator, fault)
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # no echo, no CR/LF translation until pyserial configures it
        self.path = os.ttyname(self._slave)
        self._wake_r, self._wake_w = os.pipe()
        self._stop = False
        self._thread = threading.Thread(
            target=self._serve, name=f"pty-{simulator.name}", daemon=True
        )
        self._thread.start()

    @property
    def simulator(self) -> Simulator:
        return self.link.simulator

    def __enter__(self) -> PtyBridge:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pull_cable(self) -> None:
        """Close the master side now, as a USB adapter pulled mid-run: the host's next read or
        write on :attr:`path` fails (the serving thread closes the master and stops)."""
        self.link.disconnected = True
        os.write(self._wake_w, b"x")
        self._thread.join(timeout=5)

    def close(self) -> None:
        """Stop serving and release both ends (the master is closed by the serving thread);
        closing twice is harmless."""
        if self._stop:
            return
        self._stop = True
        os.write(self._wake_w, b"x")
        self._thread.join(timeout=5)
        for fd in (self._slave, self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass

    def _serve(self) -> None:
        scheduled: list[tuple[float, int, bytes]] = []
        order = 0
        try:
            while not self._stop and not self.link.disconnected:
                wait = max(0.0, scheduled[0][0] - time.monotonic()) if scheduled else None
                ready, _, _ = select.select([self._master, self._wake_r], [], [], wait)
                if self._master in ready:
                    for due, piece in self.link.receive(os.read(self._master, 4096)):
                        order += 1
                        heapq.heappush(scheduled, (due, order, piece))
                while scheduled and scheduled[0][0] <= time.monotonic():
                    os.write(self._master, heapq.heappop(scheduled)[2])
        except OSError as exc:
            log.info("pty bridge for %s stopped: %s", self.simulator.name, exc)
        finally:
            os.close(self._master)
