"""Python's cyclic garbage collector, paused while a device list is read, checked and written.

Reading a 36,000-row list makes hundreds of thousands of small objects (cells, rows, records)
that all live until the intake ends and hold no reference cycles. The cyclic collector, which
runs every few thousand allocations, would walk every one of them again on each of its passes,
for nothing: measured, a third of the time of reading and checking such a list, and about
0.15 s of CPU of its import. Reference counting still frees everything the moment it is unused.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_cycle_collection(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with the cyclic collector paused; it is switched back on afterwards,
    unless it was off already (an intake within an intake, or on another thread)."""

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return paused
