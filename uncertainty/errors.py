"""Refusals of the uncertainty library that keep the template and values they were made of.

A technician editing a budget in the Uncertainty pane reads why it was refused; the UI says it in
the user's language (``ui.i18n.say_why``) the way it says the lab's own sentences, while
``str()`` stays the English the command line, the logs and the tests read.

This mirrors :mod:`instruments.errors` (``values=``, read-only ``template`` and ``params``)
rather than sharing it: ``uncertainty`` and ``instruments`` are both leaves of the layers and
may import neither ``lab`` (whose :mod:`lab.sentences` is the lab's way) nor each other. The
translation update reads each template from the literal of its call
(``resources/i18n/update_translations.py``), so a template made any other way would never be
translated. Unlike an instrument's error the English is kept exactly as written: some of these
sentences are pieces of a longer one ("Equation 'y = a + b' adds …").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

_NO_VALUES: Mapping[str, Any] = MappingProxyType({})


class UncertaintyError(ValueError):
    """A budget, model or input that cannot be accepted; ``str()`` is the English sentence.

    A ``ValueError``, as every refusal of this library was before it kept its template.

    >>> said = UncertaintyError("Input {name} has no unit.", values={"name": "a"})
    >>> str(said), said.template, dict(said.params)
    ('Input a has no unit.', 'Input {name} has no unit.', {'name': 'a'})
    >>> UncertaintyError("plain text").template is None
    True
    """

    def __init__(self, sentence: str = "", *, values: Mapping[str, Any] | None = None) -> None:
        frozen = _NO_VALUES if values is None else MappingProxyType(dict(values))
        super().__init__(sentence if values is None else sentence.format_map(frozen))
        self._template = None if values is None else sentence
        self._params = frozen

    @classmethod
    def retold(cls, error: BaseException) -> UncertaintyError:
        """``error``'s sentence, template and values as this class: a budget refusing because
        its model or one of its inputs was refused says that refusal and nothing more."""
        told = cls(str(error))
        told._template = getattr(error, "template", None)
        told._params = getattr(error, "params", _NO_VALUES) if told._template else _NO_VALUES
        return told

    @property
    def template(self) -> str | None:
        """The literal the sentence was made from; None when it was raised as plain text."""
        return self._template

    @property
    def params(self) -> Mapping[str, Any]:
        """The values put into :attr:`template` (read-only; empty for plain text)."""
        return self._params


class Phrase(str):
    """A piece of a sentence in words ("a comparison", "is not an input") kept with its template,
    so that a refusal it is a value of is said whole in the user's language; as text it is the
    English.

    >>> piece = Phrase("'{sign}' is not allowed in a model", values={"sign": "%"})
    >>> piece, piece.template, dict(piece.params)
    ("'%' is not allowed in a model", "'{sign}' is not allowed in a model", {'sign': '%'})
    """

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, *, values: Mapping[str, Any]) -> Phrase:
        return _phrase(cls, template, values)

    def __reduce__(self) -> tuple:
        # A result's notes are Phrases: a copied or pickled result keeps them whole.
        return _phrase, (type(self), self.template, dict(self.params))


def _phrase(cls: type[Phrase], template: str, values: Mapping[str, Any]) -> Phrase:
    # Not Phrase(…, values=…): the translation update reads every such call as a literal template.
    frozen = MappingProxyType(dict(values))
    piece = str.__new__(cls, template.format_map(frozen))
    piece.template = template
    piece.params = frozen
    return piece
