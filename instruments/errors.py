"""Typed link and instrument errors (DESIGN.md "Instruments": typed errors, never a bad number).

Every error carries a sentence a technician understands (``str(error)``); the detail (bytes seen,
command sent) sits in attributes for the log and the "details" click.
"""

from __future__ import annotations


class InstrumentError(Exception):
    """Base of every failure talking to an instrument; ``str()`` is the sentence for the user.

    >>> str(InstrumentError("the balance did not answer."))
    'The balance did not answer.'
    """

    def __init__(self, sentence: str = "") -> None:
        super().__init__(sentence[:1].upper() + sentence[1:])


class LinkTimeout(InstrumentError):
    """No complete line (terminator included) arrived within the time limit."""

    def __init__(self, sentence: str, *, partial: bytes = b"") -> None:
        super().__init__(sentence)
        self.partial = partial


class GarbledReply(InstrumentError):
    """A whole line arrived but it is not what the instrument sends: noise, wrong baud rate."""

    def __init__(self, sentence: str, *, reply: bytes = b"") -> None:
        super().__init__(sentence)
        self.reply = reply


class InstrumentReportedError(InstrumentError):
    """The instrument itself reported an error (SCPI queue, 5520A ``ERR?``, MT-SICS ``ES``)."""

    def __init__(self, sentence: str, *, code: str = "", text: str = "") -> None:
        super().__init__(sentence)
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
