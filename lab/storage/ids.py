"""Primary keys made on the workstation: time-ordered UUIDs (version 7, RFC 9562).

A random (version 4) key puts every new row at a random place of the primary-key B-tree, so a
36,000-device intake touches pages all over the index; a key that starts with the time lands
each new row next to the previous one (benchmarks/bench_import_floor.py). The keys are still
UUIDs to PostgreSQL and to every other workstation, and still unique without coordination:
each carries 62 random bits besides its time.

Layout (RFC 9562, section 5.7, with the counter of its "Method 1"): 48 bits of Unix time in
milliseconds, the version (7), a 12-bit counter, the variant, 62 random bits. Keys made by
this process only ever grow: within one millisecond the counter counts up, and when it runs
over (more than 4,096 keys in a millisecond, as a bulk intake makes) or the clock steps back,
the time field runs ahead of the clock by as little as needed rather than repeat or go back.
The time in a key is therefore close to when it was made, never a timestamp to rely on.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_COUNTER_BITS = 12
_VERSION_7 = 0x7 << _COUNTER_BITS  # in the 16 bits after the time
_VARIANT = 0b10 << 62  # RFC 9562 variant, in the 64 low bits
_RANDOM_62 = (1 << 62) - 1


class _Ticks:
    """The (milliseconds << 12 | counter) of the next key, shared by every thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = -1

    def take(self, count: int) -> int:
        """Reserve ``count`` consecutive ticks; returns the first."""
        now = time.time_ns() // 1_000_000 << _COUNTER_BITS
        with self._lock:
            first = max(now, self._last + 1)
            self._last = first + count - 1
        return first


_ticks = _Ticks()


def _high(tick: int) -> int:
    """The 64 high bits of the key for ``tick``: time, version, counter."""
    return (tick >> _COUNTER_BITS) << 16 | _VERSION_7 | (tick & 0xFFF)


def new_id() -> uuid.UUID:
    """One fresh time-ordered UUID (the default id of every synced row)."""
    low = int.from_bytes(os.urandom(8)) & _RANDOM_62 | _VARIANT
    return uuid.UUID(int=_high(_ticks.take(1)) << 64 | low)


# The counter's four hex digits with the version in front, "7000" to "7fff".
_COUNTER_TEXTS = tuple(f"{_VERSION_7 | counter:04x}" for counter in range(1 << _COUNTER_BITS))


def new_id_texts(count: int) -> list[str]:
    """``count`` fresh time-ordered UUIDs, ascending, in the form the ``Uuid`` columns store on
    SQLite (32 lower-case hex digits), without making a UUID object per key: the time's digits
    are formatted once a millisecond, the rest are slices of prepared texts."""
    first = _ticks.take(count)
    highs: list[str] = []
    tick, end = first, first + count
    while tick < end:  # one millisecond of ticks at a time
        millisecond, counter = divmod(tick, 1 << _COUNTER_BITS)
        stop = min(end - tick, (1 << _COUNTER_BITS) - counter) + counter
        time_digits = f"{millisecond:012x}"
        highs += [time_digits + text for text in _COUNTER_TEXTS[counter:stop]]
        tick += stop - counter
    raw = bytearray(os.urandom(8 * count))
    raw[::8] = bytes(b & 0x3F | 0x80 for b in raw[::8])  # the variant's two bits
    lows = raw.hex()
    return list(map(str.__add__, highs, (lows[i : i + 16] for i in range(0, 16 * count, 16))))
