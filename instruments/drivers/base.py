"""Declarative drivers (STYLE.md 8, PyMeasure ``Instrument.control/measurement``).

A driver class declares its serial defaults and, one line each, what it can measure, control or
set: the command, how the reply is parsed and how a value is checked sit together. Drivers do no
I/O of their own; they call the :class:`~instruments.transport.Transport`.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from instruments.errors import (
    GarbledReply,
    InstrumentError,
    InvalidSetting,
    LinkTimeout,
)
from instruments.transport import SerialSettings, Transport, open_transport

log = logging.getLogger(__name__)

DOC_VERBS = ("Control", "Measure", "Get", "Set")


@dataclass(frozen=True)
class Reading:
    """One reading: ``value`` is None when the instrument reported an overload or underload."""

    function: str
    value: float | None
    unit: str
    overload: bool = False
    stable: bool | None = None  # None where the instrument says nothing about stability


@dataclass(frozen=True)
class Function:
    """Something a driver can read, in the lab's words: its unit and what it is."""

    unit: str
    description: str


class measurement:  # noqa: N801 - named like PyMeasure's, reads as a declaration
    """A read-only property: send ``command``, parse the reply line."""

    def __init__(
        self, command: str, doc: str, *, parse: Callable[[str], Any] = float, safe: bool = True
    ) -> None:
        self.command, self.parse, self.safe, self.__doc__ = command, parse, safe, doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, driver: Driver | None, owner: type) -> Any:
        if driver is None:
            return self
        return driver.parsed(self.command, driver.ask(self.command, safe=self.safe), self.parse)


class setting:  # noqa: N801
    """A write-only property: check the value, send ``template.format(value)``."""

    def __init__(self, template: str, doc: str, *, validate: Callable[[Any], Any]) -> None:
        self.template, self.validate, self.__doc__ = template, validate, doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, driver: Driver | None, owner: type) -> Any:
        if driver is None:
            return self
        raise AttributeError(f"{self.name} can be set but not read back")

    def __set__(self, driver: Driver, value: Any) -> None:
        driver.send(self.template.format(self.validate(value)))


class control(measurement):  # noqa: N801
    """A read-write property: a query to read it, a checked command to set it."""

    def __init__(
        self,
        command: str,
        template: str,
        doc: str,
        *,
        parse: Callable[[str], Any] = float,
        validate: Callable[[Any], Any],
    ) -> None:
        super().__init__(command, doc, parse=parse)
        self.template, self.validate = template, validate

    def __set__(self, driver: Driver, value: Any) -> None:
        driver.send(self.template.format(self.validate(value)))


def within(low: float, high: float, what: str, unit: str) -> Callable[[Any], float]:
    """A validator for a number in ``[low, high]``; the sentence names the quantity and unit.

    >>> within(0, 10, "range", "V")(20)
    Traceback (most recent call last):
    ...
    instruments.errors.InvalidSetting: The range must be between 0 and 10 V, not 20.
    """

    def check(value: Any) -> float:
        number = float(value)
        if not low <= number <= high:
            raise InvalidSetting(
                "The {what} must be between {low:g} and {high:g} {unit}, not {number:g}.",
                values={"what": what, "low": low, "high": high, "unit": unit, "number": number},
            )
        return number

    return check


def one_of(choices: tuple[Any, ...], what: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in choices:
            listed = ", ".join(str(c) for c in choices)
            raise InvalidSetting(
                "The {what} must be one of {listed}, not {value}.",
                values={"what": what, "listed": listed, "value": value},
            )
        return value

    return check


class Driver(ABC):
    """One instrument family: serial defaults, connect sequence, declared properties."""

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    description: ClassVar[str] = ""
    settings: ClassVar[SerialSettings] = SerialSettings()
    simulator: ClassVar[str] = ""  # the sim:// name that answers like this instrument
    functions: ClassVar[dict[str, Function]] = {}

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    @classmethod
    def open(cls, url: str, *, timeout: float | None = None, baudrate: int | None = None) -> Driver:
        """Open ``url`` with this family's defaults (``baudrate`` where the instrument's menu was
        set otherwise) and run the connect sequence."""
        settings = cls.settings if baudrate is None else replace(cls.settings, baudrate=baudrate)
        driver = cls(open_transport(url, settings, name=cls.title, timeout=timeout))
        try:
            driver.connect()
        except InstrumentError:
            driver.transport.close()
            raise
        return driver

    def connect(self) -> None:  # noqa: B027 - an optional hook
        """Bring the instrument to a known state (overridden per family)."""

    @abstractmethod
    def identify(self) -> str:
        """Get the instrument's identity (each family asks in its own words)."""

    @abstractmethod
    def read(self, function: str) -> Reading:
        """Measure once with ``function`` (each family has its own commands)."""

    def close(self) -> None:
        self.transport.close()

    def ask(self, command: str, *, safe: bool = False) -> str:
        try:
            return self.transport.query(command, safe=safe)
        except LinkTimeout as exc:
            explained = self.explain_silence(command, exc)
            self.after_failure()
            if explained is not None:
                raise explained from exc
            raise
        except InstrumentError:
            self.after_failure()
            raise

    def send(self, command: str) -> None:
        """Send a command that has no reply, then ask the instrument whether it took it."""
        self.write(command)
        try:
            self.check_errors()
        except InstrumentError:
            self.after_failure()
            raise

    def write(self, command: str) -> None:
        try:
            self.transport.write_line(command)
        except InstrumentError:
            self.after_failure()
            raise

    def check_errors(self) -> None:  # noqa: B027 - an optional hook
        """Raise InstrumentReportedError if the instrument queued an error (per family)."""

    def explain_silence(self, command: str, timeout: LinkTimeout) -> InstrumentError | None:
        """After a timeout: the instrument's own account of why it did not answer, if any."""
        return None

    def after_failure(self) -> None:  # noqa: B027 - an optional hook
        """Make the instrument safe after any failure (the calibrator goes to standby)."""

    def parsed(self, command: str, reply: str, parse: Callable[[str], Any]) -> Any:
        try:
            return parse(reply)
        except (ValueError, LookupError) as exc:
            self.after_failure()
            raise GarbledReply(
                "{title} answered {command!r} with {reply!r}, which is not a valid reply.",
                reply=reply.encode("ascii", "replace"),
                values={"title": self.title, "command": command, "reply": reply},
            ) from exc

    @classmethod
    def require_function(cls, function: str) -> Function:
        """The declared function, or a sentence naming the ones this instrument reads."""
        try:
            return cls.functions[function]
        except KeyError:
            known = ", ".join(cls.functions)
            raise InvalidSetting(
                "{title} cannot read {function!r}; it reads {known}.",
                values={"title": cls.title, "function": function, "known": known},
            ) from None
