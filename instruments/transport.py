"""Line transport over any pyserial port (instruments.md section 7.1).

Every port is opened with :func:`serial.serial_for_url`, so real ports (``/dev/ttyUSB0``, ``COM3``),
``socket://``, ``loop://`` and the simulators' ``sim://`` scheme all go through the same code.
Whole lines are assembled by the instrument's terminator: a reply without it is a
:class:`~instruments.errors.LinkTimeout`, never a reading (pyserial's ``read_until`` returns a
fragment silently, instruments.md 5.1 "Gotcha"). ``SerialException``/``OSError`` become
:class:`~instruments.errors.LinkLost`; the port is closed so nothing half-open is left behind.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, replace
from typing import Any

import serial
import serial.tools.list_ports

from instruments.errors import GarbledReply, LinkLost, LinkTimeout

log = logging.getLogger(__name__)

try:  # a pty or USB adapter that vanished makes tcflush raise termios.error, not OSError
    import termios

    PORT_ERRORS: tuple[type[BaseException], ...] = (serial.SerialException, OSError, termios.error)
except ImportError:  # Windows
    PORT_ERRORS = (serial.SerialException, OSError)

# pyserial imports ``<package>.protocol_<scheme>`` for ``<scheme>://`` URLs (instruments.md 5.3).
if "instruments.urlhandler" not in serial.protocol_handler_packages:
    serial.protocol_handler_packages.append("instruments.urlhandler")


@dataclass(frozen=True)
class SerialSettings:
    """An instrument family's serial defaults: framing, handshake, terminators and time limit."""

    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    xonxoff: bool = False
    rtscts: bool = False
    dsrdtr: bool = False
    write_terminator: str = "\n"
    read_terminator: str = "\r\n"
    timeout: float = 2.0

    def describe(self) -> str:
        """Say the settings the way the instrument's menu does, e.g. ``9600 8N2, DTR/DSR``.

        >>> SerialSettings(stopbits=2, dsrdtr=True).describe()
        '9600 8N2, DTR/DSR'
        """
        return f"{self.framing()}, {', '.join(self.handshakes()) or 'no handshake'}"

    def framing(self) -> str:
        """Baud rate, data bits, parity and stop bits: ``9600 8N1``."""
        stop = int(self.stopbits) if float(self.stopbits).is_integer() else self.stopbits
        return f"{self.baudrate} {self.bytesize}{self.parity}{stop}"

    def handshakes(self) -> list[str]:
        """The flow controls switched on (none: an empty list)."""
        return [
            name
            for name, on in (
                ("XON/XOFF", self.xonxoff),
                ("RTS/CTS", self.rtscts),
                ("DTR/DSR", self.dsrdtr),
            )
            if on
        ]

    def port_kwargs(self) -> dict[str, Any]:
        return {
            "baudrate": self.baudrate,
            "bytesize": self.bytesize,
            "parity": self.parity,
            "stopbits": self.stopbits,
            "xonxoff": self.xonxoff,
            "rtscts": self.rtscts,
            "dsrdtr": self.dsrdtr,
            "timeout": self.timeout,
            "write_timeout": self.timeout,
        }


@dataclass(frozen=True)
class PortInfo:
    """A port the technician can choose: the URL to open and what it is."""

    url: str
    description: str


def discover_ports() -> list[PortInfo]:
    """List the serial ports of this machine (``serial.tools.list_ports``), sorted by name."""
    found = sorted(serial.tools.list_ports.comports(), key=lambda p: p.device)
    return [PortInfo(p.device, p.description or p.device) for p in found]


def open_transport(
    url: str,
    settings: SerialSettings,
    *,
    name: str = "the instrument",
    timeout: float | None = None,
) -> Transport:
    """Open ``url`` with the instrument family's settings; a port that will not open is LinkLost."""
    if timeout is not None:
        settings = replace(settings, timeout=timeout)
    try:
        port = serial.serial_for_url(url, **settings.port_kwargs())
    except (serial.SerialException, OSError, ValueError) as exc:
        raise LinkLost(
            "The port {url} could not be opened for {name}: {error}.",
            values={"url": url, "name": name, "error": str(exc)},
        ) from exc
    return Transport(port, settings, name=name, url=url)


class Transport:
    """Whole-line query/reply over one open port, safe to share between threads (one RLock)."""

    def __init__(self, port: Any, settings: SerialSettings, *, name: str, url: str = "") -> None:
        self.port = port
        self.settings = settings
        self.name = name
        self.url = url or getattr(port, "port", "") or ""
        self.lock = threading.RLock()
        self._buffer = bytearray()
        self._recent: deque[str] = deque(maxlen=4)  # commands whose echo may still arrive
        self._write_terminator = settings.write_terminator.encode("ascii")
        self._read_terminator = settings.read_terminator.encode("ascii")

    @property
    def is_open(self) -> bool:
        return bool(getattr(self.port, "is_open", False))

    def close(self) -> None:
        with self.lock:
            try:
                self.port.close()
            except PORT_ERRORS as exc:
                log.debug("closing %s: %s", self.url, exc)

    def write_line(self, command: str) -> None:
        """Send one command with the terminator.

        Input waiting in the port is dropped first: it can only be a reply that came after its
        query timed out, and reading it now would shift every later answer by one (section 6).
        """
        with self.lock:
            self._io(self._discard_input)
            self._io(self.port.write, command.encode("ascii") + self._write_terminator)
            self._recent.append(command)

    def read_line(self) -> str:
        """Return the next whole line, without its terminator."""
        with self.lock:
            start = time.monotonic()
            while True:
                end = self._buffer.find(self._read_terminator)
                if end >= 0:
                    raw = bytes(self._buffer[:end])
                    del self._buffer[: end + len(self._read_terminator)]
                    return self._decode(raw)
                chunk = self._io(self.port.read, max(1, self._io(lambda: self.port.in_waiting)))
                # The port's own timeout equals ours, so an empty read means a whole time limit
                # passed without a byte; the deadline bounds a trickle of bytes without an end.
                if not chunk or time.monotonic() - start > self.settings.timeout:
                    self._raise_timeout(bytes(self._buffer + chunk))
                self._buffer += chunk

    def query(self, command: str, *, safe: bool = False) -> str:
        """Send ``command`` and return its reply line; an echoed copy of the command is skipped.

        ``safe`` marks a query that changes nothing in the instrument (``*IDN?``, ``OUT?``): it
        is asked once more after a timeout or a garbled line. Others are never repeated, since
        repeating ``Z`` or ``READ?`` is not the same as asking once.
        """
        with self.lock:
            attempts = 2 if safe else 1
            for attempt in range(attempts):
                try:
                    return self._ask(command)
                except (LinkTimeout, GarbledReply) as exc:
                    if attempt + 1 == attempts:
                        raise
                    log.info("%s: %s; asking %r again", self.url, exc, command)
            raise AssertionError("unreachable")

    def _ask(self, command: str) -> str:
        self.write_line(command)
        reply = self.read_line()
        # An echo (5520A TERM mode, Hart full duplex) of this or a just-sent command is not a reply.
        while reply in self._recent:
            reply = self.read_line()
        return reply

    @property
    def _named(self) -> dict[str, str]:
        """The values every sentence about this link names: which instrument, on which port."""
        return {"name": self.name, "url": self.url}

    def _discard_input(self) -> None:
        self._buffer.clear()
        self.port.reset_input_buffer()

    def _decode(self, raw: bytes) -> str:
        if any(b > 0x7E or (b < 0x20 and b != 0x09) for b in raw):
            self._io(self._discard_input)
            raise GarbledReply(
                "{name} on {url} sent bytes that are not text ({seen!r}); "
                "check the baud rate and the cable.",
                reply=raw,
                values={**self._named, "seen": raw[:40]},
            )
        return raw.decode("ascii")

    def _raise_timeout(self, partial: bytes) -> None:
        self._buffer.clear()
        values = {**self._named, "seconds": self.settings.timeout}
        if partial:
            raise LinkTimeout(
                "{name} on {url} sent an incomplete line ({seen!r}) without its end within "
                "{seconds:g} s.",
                partial=partial,
                values={**values, "seen": partial[:40]},
            )
        raise LinkTimeout("{name} on {url} did not answer within {seconds:g} s.", values=values)

    def _io(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except serial.SerialTimeoutException as exc:
            raise LinkTimeout(
                "{name} on {url} did not accept data within {seconds:g} s (handshake stalled).",
                values={**self._named, "seconds": self.settings.timeout},
            ) from exc
        except PORT_ERRORS as exc:
            self.close()
            log.warning("link to %s on %s lost: %s", self.name, self.url, exc)
            raise LinkLost(  # pyserial's own words stay in __cause__, the detail a click away
                "The connection to {name} on {url} was lost; "
                "check the cable and the power, then connect again.",
                values=self._named,
            ) from exc
