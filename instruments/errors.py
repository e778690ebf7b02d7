"""Typed link and instrument errors (DESIGN.md "Instruments": typed errors, never a bad number).

Every error carries a sentence a technician understands (``str(error)``); the detail (bytes seen,
command sent) sits in attributes for the log and the "details" click.

Raised with ``values``, the sentence is a template and keeps what it was made of: the UI says it
in the user's language (``ui.i18n.say_why``) the way it says the lab's own sentences. This package
may not import ``lab``, so it keeps template and values itself; the translation update reads each
template from the literal of its raise (``resources/i18n/update_translations.py``), so a template
made any other way would never be translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

_NO_VALUES: Mapping[str, Any] = MappingProxyType({})


class InstrumentError(Exception):
    """Base of every failure talking to an instrument; ``str()`` is the sentence for the user.

    >>> str(InstrumentError("the balance did not answer."))
    'The balance did not answer.'
    >>> said = InstrumentError("{name} did not answer.", values={"name": "the balance"})
    >>> str(said), said.template, dict(said.params)
    ('The balance did not answer.', '{name} did not answer.', {'name': 'the balance'})
    """

    def __init__(self, sentence: str = "", *, values: Mapping[str, Any] | None = None) -> None:
        frozen = _NO_VALUES if values is None else MappingProxyType(dict(values))
        english = sentence if values is None else sentence.format_map(frozen)
        super().__init__(english[:1].upper() + english[1:])
        self._template = None if values is None else sentence
        self._params = frozen

    @property
    def template(self) -> str | None:
        """The literal the sentence was made from; None when it was raised as plain text."""
        return self._template

    @property
    def params(self) -> Mapping[str, Any]:
        """The values put into :attr:`template` (read-only; empty for plain text)."""
        return self._params


class LinkTimeout(InstrumentError):
    """No complete line (terminator included) arrived within the time limit."""

    def __init__(
        self, sentence: str, *, partial: bytes = b"", values: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(sentence, values=values)
        self.partial = partial


class GarbledReply(InstrumentError):
    """A whole line arrived but it is not what the instrument sends: noise, wrong baud rate."""

    def __init__(
        self, sentence: str, *, reply: bytes = b"", values: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(sentence, values=values)
        self.reply = reply


class InstrumentReportedError(InstrumentError):
    """The instrument itself reported an error (SCPI queue, 5520A ``ERR?``, MT-SICS ``ES``)."""

    def __init__(
        self,
        sentence: str,
        *,
        code: str = "",
        text: str = "",
        values: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(sentence, values=values)
        self.code = code
        self.text = text


class LinkLost(InstrumentError):
    """The port went away (cable pulled, USB adapter unplugged) or could not be opened."""


class InvalidSetting(InstrumentError, ValueError):
    """A value outside what the driver may send (checked before anything goes on the wire)."""


class NotStable(InstrumentError):
    """The reading or the output did not meet the stability criterion within the time limit."""


class MeasurementCancelled(InstrumentError):
    """Somebody pressed Stop; the helper returned without finishing (calibrators in standby)."""
