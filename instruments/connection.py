"""Asking an instrument who it is before a run: the "Test connection" of the Calibrate pane.

The port is opened with the driver's serial defaults (or the baud rate the technician set), the
driver's connect sequence runs, and the instrument is asked its identity. What comes back, or
what went wrong, is one sentence a technician can act on.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace

from instruments.drivers import driver_named
from instruments.errors import GarbledReply, InstrumentError, LinkLost, LinkTimeout

log = logging.getLogger(__name__)

QUERY_TIMEOUT_S = 1.0  # per question; an identity query is asked twice before giving up


@dataclass(frozen=True)
class ConnectionCheck:
    """The outcome of a connection test: ``ok`` and the sentence to show."""

    ok: bool
    sentence: str
    identity: str = ""


def check_connection(
    driver: str, url: str, *, baudrate: int | None = None, timeout: float = QUERY_TIMEOUT_S
) -> ConnectionCheck:
    """Open ``url`` for ``driver``, ask its identity, close it again.

    >>> check_connection("hp34401a", "sim://hp34401a").sentence
    'The HP 34401A multimeter answered on sim://hp34401a: HEWLETT-PACKARD,34401A,0,11-5-2.'
    """
    family = driver_named(driver)
    settings = family.settings if baudrate is None else replace(family.settings, baudrate=baudrate)
    title = family.title[:1].upper() + family.title[1:]
    started = time.monotonic()
    try:
        instrument = family.open(url, timeout=timeout, baudrate=baudrate)
        try:
            identity = instrument.identify()
        finally:
            instrument.close()
    except LinkTimeout:
        waited = max(1, round(time.monotonic() - started))
        return ConnectionCheck(False, (
            f"No answer on {url} within {waited} s: check the cable, that {family.title} is "
            f"switched on and in remote mode, and that its serial settings are "
            f"{settings.describe()}."
        ))  # fmt: skip
    except GarbledReply as exc:
        return ConnectionCheck(False, f"{exc} The serial settings tried: {settings.describe()}.")
    except LinkLost as exc:
        return ConnectionCheck(False, str(exc))
    except InstrumentError as exc:
        return ConnectionCheck(False, f"Something answered on {url}, but not as expected: {exc}")
    log.info("%s on %s: %s", family.name, url, identity)
    return ConnectionCheck(True, f"{title} answered on {url}: {identity}.", identity)
