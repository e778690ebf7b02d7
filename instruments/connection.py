"""Asking an instrument who it is before a run: the "Test connection" of the Calibrate pane.

The port is opened with the driver's serial defaults (or the baud rate the technician set), the
driver's connect sequence runs, and the instrument is asked its identity. What comes back, or
what went wrong, is one sentence a technician can act on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from instruments.drivers import driver_named
from instruments.errors import GarbledReply, InstrumentError, LinkLost, LinkTimeout

log = logging.getLogger(__name__)

QUERY_TIMEOUT_S = 1.0  # per question; an identity query is asked twice before giving up


@dataclass(frozen=True)
class ConnectionCheck:
    """The outcome of a connection test: ``ok`` and the sentence to show.

    ``sentence`` is the English; ``template`` and ``params`` are what it was made of (as an
    :class:`~instruments.errors.InstrumentError` keeps them), for the UI to say it in the user's
    language. A param may be the error that made the check fail, said in its turn.
    """

    ok: bool
    sentence: str
    identity: str = ""
    template: str = ""
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


def _checked(
    template: str, *, values: Mapping[str, Any], ok: bool = False, identity: str = ""
) -> ConnectionCheck:
    frozen = MappingProxyType(dict(values))
    english = template.format_map(frozen)
    return ConnectionCheck(ok, english[:1].upper() + english[1:], identity, template, frozen)


def check_connection(
    driver: str, url: str, *, baudrate: int | None = None, timeout: float = QUERY_TIMEOUT_S
) -> ConnectionCheck:
    """Open ``url`` for ``driver``, ask its identity, close it again.

    >>> check_connection("hp34401a", "sim://hp34401a").sentence
    'The HP 34401A multimeter answered on sim://hp34401a: HEWLETT-PACKARD,34401A,0,11-5-2.'
    """
    family = driver_named(driver)
    settings = family.settings if baudrate is None else replace(family.settings, baudrate=baudrate)
    started = time.monotonic()
    try:
        instrument = family.open(url, timeout=timeout, baudrate=baudrate)
        try:
            identity = instrument.identify()
        finally:
            instrument.close()
    except LinkTimeout:
        waited = max(1, round(time.monotonic() - started))
        return _checked(
            "No answer on {url} within {seconds} s: check the cable, that {title} is switched on "
            "and in remote mode, and that its serial settings are {settings}.",
            values={
                "url": url,
                "seconds": waited,
                "title": family.title,
                "settings": settings.describe(),
            },
        )
    except GarbledReply as exc:
        return _checked(
            "{error} The serial settings tried: {settings}.",
            values={"error": exc, "settings": settings.describe()},
        )
    except LinkLost as exc:
        return ConnectionCheck(False, str(exc), template=exc.template or "", params=exc.params)
    except InstrumentError as exc:
        return _checked(
            "Something answered on {url}, but not as expected: {error}",
            values={"url": url, "error": exc},
        )
    log.info("%s on %s: %s", family.name, url, identity)
    return _checked(
        "{title} answered on {url}: {identity}.",
        values={"title": family.title, "url": url, "identity": identity},
        ok=True,
        identity=identity,
    )
