"""Vietnamese and English by one recipe (STYLE.md 16): ``self.tr()`` in QObjects,
:func:`translate` elsewhere, ``resources/i18n/caldesk_vi.ts`` built to ``.qm`` by
``pyside6-lrelease``. English is the source language; ``caldesk_en`` only adds its plural forms.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from lab.sentences import CONTEXT, Sentence, SentenceReader, Word, Words
from ui.qt import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

TITLES = "InstrumentTitles"  # the context of the instruments' titles (ui.names)

_installed: list[QTranslator] = []
_spoken = {"language": "en"}  # English is the source: what the UI speaks with no translation


def translate(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def say(text: str) -> str:
    """A sentence of the lab (:mod:`lab.sentences`) in the user's language, its values filled in
    as the lab gave them; English where it has no translation. Any other text (a header or a
    value as written in the customer's file) is shown as it is.

    Values that are sentences themselves (a column named by its number) are said too, and words
    of a vocabulary (:class:`lab.sentences.Word`, a device's kind) by that vocabulary's
    translations; a word it lacks stays as written.
    """
    if not isinstance(text, Sentence):
        return text
    params = {k: _said_param(v) for k, v in text.params.items()}
    return translate(CONTEXT, text.template).format_map(params)


def _said_param(value: object) -> object:
    if isinstance(value, Sentence):
        return say(value)
    if isinstance(value, Word):
        return translate(value.vocabulary, value)
    if isinstance(value, Words):
        return value.separator.join(translate(value.vocabulary, item) for item in value.items)
    return value


def say_kept(text: str) -> str:
    """:func:`say` for a lab sentence that was kept as English text (a sync's message read back
    from the database): read back into its sentence first, when one of ``lab/``'s makes it."""
    return say(_lab_reader().read(text))


@cache
def _lab_reader() -> SentenceReader:
    from ui.lab_sentences import LAB_SENTENCES  # generated; imported once, when first needed

    return SentenceReader(LAB_SENTENCES)


def say_why(exc: BaseException) -> str:
    """Why ``exc`` refused, in the user's language: the lab's refusals carry their sentence as
    ``exc.sentence`` (:class:`lab.sentences.SaysWhy`), an instrument's error or a refusal of the
    uncertainty library its template and values (:class:`instruments.errors.InstrumentError`,
    :class:`uncertainty.errors.UncertaintyError`); any other error is shown as it reads."""
    said = getattr(exc, "sentence", None)
    if said is None and exc.args and isinstance(exc.args[0], Sentence):
        said = exc.args[0]  # raised with the sentence as its message
    if said is not None:
        return say(said)
    template = getattr(exc, "template", None)
    if isinstance(template, str):
        return say_made(str(exc), template, getattr(exc, "params", {}))
    return str(exc)


def say_made(english: str, template: str, params: Mapping[str, object]) -> str:
    """A sentence ``instruments/`` or ``uncertainty/`` made from ``template`` and ``params`` (an
    error, a connection check; neither package may import ``lab``, so each keeps them itself) in
    the user's language, by the same translations as the lab's sentences; ``english`` where there
    is no template.

    The first letter is a capital when the English has one, as ``instruments/`` writes it (a
    template may start with an instrument's title, "the HP 34401A multimeter"); a piece of a
    sentence ("adds degC to nm" in "Equation 'l = l_s + d' adds …") stays as it is. A value that
    is an error itself (the reason a connection check failed) or a phrase made from a template
    (:class:`uncertainty.errors.Phrase`) is said in its turn, and an instrument's title
    (:data:`ui.names.INSTRUMENT_TITLES`) in the user's language too.
    """
    if not template:
        return english
    values = {k: _said_value(v) for k, v in params.items()}
    said = say(Sentence(template, values))
    return said[:1].upper() + said[1:] if english[:1].isupper() else said


def say_note(text: str) -> str:
    """A note or warning ``uncertainty/`` adds to a result (a :class:`uncertainty.errors.Phrase`,
    or plain text) in the user's language."""
    template = getattr(text, "template", None)
    if not isinstance(template, str):
        return text
    return say_made(text, template, getattr(text, "params", {}))


def _said_value(value: object) -> object:
    if isinstance(value, BaseException):
        return say_why(value)
    if isinstance(value, (Word, Words)):
        return value  # said by say(), in its own vocabulary
    template = getattr(value, "template", None)
    if isinstance(value, str) and isinstance(template, str):  # a phrase of a sentence
        return say_made(value, template, getattr(value, "params", {}))
    if isinstance(value, str):
        return translate(TITLES, value)  # a title; any other text has no translation there
    return value


def install_language(language: str) -> bool:
    """Make ``language`` ('vi' or 'en') the application's; returns False if it could not load."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    qm = I18N / f"caldesk_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("translation %s could not be loaded; showing English", qm)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _spoken["language"] = language
    return True


def spoken_language() -> str:
    """The language the UI speaks now: 'vi' or 'en' (for texts that come in both, such as a
    procedure's title, rather than through the translations)."""
    return _spoken["language"]
