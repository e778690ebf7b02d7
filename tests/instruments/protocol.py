"""Exact (sent, received) transcripts for driver tests, after PyMeasure's ``expected_protocol``.

:class:`ProtocolPort` stands in for the serial port under the real
:class:`~instruments.transport.Transport`: every command the driver writes must equal the next
pair's ``sent`` (terminators excluded); the pair's ``received`` becomes readable (``None``: the
instrument stays silent, so the read times out; ``bytes``: sent as they are, no terminator). On
leaving the block every pair must have been used and nothing may be left unread.
"""

from __future__ import annotations

from contextlib import contextmanager

from instruments.drivers.base import Driver
from instruments.transport import Transport


class ProtocolPort:
    def __init__(self, pairs, write_terminator: bytes, read_terminator: bytes) -> None:
        self.pairs = list(pairs)
        self.used = 0
        self.is_open = True
        self.port = "protocol://"
        self._written = b""
        self._readable = bytearray()
        self._write_terminator = write_terminator
        self._read_terminator = read_terminator

    def write(self, data: bytes) -> int:
        self._written += data
        while self._write_terminator in self._written:
            line, _, self._written = self._written.partition(self._write_terminator)
            self._match(line.decode("ascii"))
        return len(data)

    def _match(self, line: str) -> None:
        assert self.used < len(self.pairs), f"The driver sent {line!r} after the last pair."
        sent, received = self.pairs[self.used]
        assert sent == line, f"Pair {self.used}: expected {sent!r}, the driver sent {line!r}."
        self.used += 1
        self._load(received)

    def _load(self, received) -> None:
        if isinstance(received, bytes):
            self._readable += received
        elif received is not None:
            self._readable += received.encode("ascii") + self._read_terminator

    @property
    def in_waiting(self) -> int:
        return len(self._readable)

    def read(self, size: int = 1) -> bytes:
        if not self._readable and self.used < len(self.pairs) and self.pairs[self.used][0] is None:
            self._load(self.pairs[self.used][1])  # an unsolicited line, e.g. a stream
            self.used += 1
        data = bytes(self._readable[:size])
        del self._readable[:size]
        return data  # b"" is what pyserial returns when its timeout expires

    def reset_input_buffer(self) -> None:
        assert not self._readable, (
            f"Unread reply {bytes(self._readable)!r} present when writing: a read is missing."
        )

    def close(self) -> None:
        self.is_open = False

    def verify(self) -> None:
        unused = self.pairs[self.used :]
        assert not unused, f"Pairs never used: {unused}"
        assert not self._readable, f"Reply never read: {bytes(self._readable)!r}"
        assert not self._written, f"Partial command never terminated: {self._written!r}"


@contextmanager
def expected_protocol(driver_cls: type[Driver], pairs, *, connect: bool = False):
    """Yield a driver on a :class:`ProtocolPort`; ``connect`` runs its connect sequence first."""
    settings = driver_cls.settings
    port = ProtocolPort(
        pairs, settings.write_terminator.encode(), settings.read_terminator.encode()
    )
    driver = driver_cls(Transport(port, settings, name=driver_cls.title, url="protocol://"))
    if connect:
        driver.connect()
    yield driver
    port.verify()
