"""Sentences the lab says to the technician, in English here and in the user's language on screen.

``lab/`` knows no Qt, so it cannot translate; it can keep what a sentence is made of. A
:class:`Sentence` is the English text (it *is* a ``str``, so the command line, JSON reports, logs
and tests read it as before) that also remembers its template and the values put into it. The UI
looks the template up in its translations under the context ``"lab"`` and fills in the same
values (``ui.i18n.say``).

Templates are written as a literal at each :func:`sentence` call: the translation update reads
them from the source (``resources/i18n/update_translations.py``), so a sentence made any other way
would never be translated.

Some values are words of a fixed vocabulary (a device's kind, what a reference standard is used
as): a :class:`Word` (or :class:`Words`, a list of them) names its vocabulary, so the UI says it
in the user's language inside the translated sentence; any other plain value stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from string import Formatter
from types import MappingProxyType

CONTEXT = "lab"

# The vocabularies the lab's sentences name words of; the UI keeps their translations under these
# contexts (ui.names: KINDS, STANDARD_ROLES).
KIND_WORDS = "DeviceKinds"
ROLE_WORDS = "StandardRoles"


class Sentence(str):
    """The English sentence ``template.format(**params)``, with its template and params.

    A ``str`` rather than a dataclass holding one: every caller that wants the English text, as
    all of them did before the UI learned to translate, keeps working untouched.

    >>> said = sentence("The date '{text}' is in the future.", text="01/01/2099")
    >>> said, said.template, dict(said.params)
    ("The date '01/01/2099' is in the future.", "The date '{text}' is in the future.", \
{'text': '01/01/2099'})
    """

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, params: Mapping[str, object]) -> Sentence:
        frozen = MappingProxyType(dict(params))
        said = super().__new__(cls, template.format_map(frozen))
        object.__setattr__(said, "template", template)
        object.__setattr__(said, "params", frozen)
        return said

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"A Sentence cannot be changed (tried to set {name!r}).")

    def __reduce__(self) -> tuple:
        return Sentence, (self.template, dict(self.params))

    def with_params(self, **changes: object) -> Sentence:
        """The same sentence said of other values (the template stays, so it stays translatable).

        >>> sentence("'{text}' is not a number.", text="x").with_params(text="y")
        "'y' is not a number."
        """
        return Sentence(self.template, {**self.params, **changes})


def sentence(template: str, **params: object) -> Sentence:
    """The sentence ``template`` says of ``params``; ``template`` must be a literal (see above).

    >>> sentence("This row repeats line {line}.", line=4)
    'This row repeats line 4.'
    """
    return Sentence(template, params)


class Word(str):
    """A word of ``vocabulary`` as the lab writes it in English (a ``str``, like :class:`Sentence`,
    so the command line and JSON read the English unchanged).

    >>> kind = word("DeviceKinds", "multimeter")
    >>> kind, kind.vocabulary
    ('multimeter', 'DeviceKinds')
    """

    vocabulary: str

    def __new__(cls, vocabulary: str, text: str) -> Word:
        said = super().__new__(cls, text)
        object.__setattr__(said, "vocabulary", vocabulary)
        return said

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"A Word cannot be changed (tried to set {name!r}).")

    def __reduce__(self) -> tuple:
        return Word, (self.vocabulary, str(self))


def word(vocabulary: str, text: str) -> Word:
    """``text`` as a word of ``vocabulary`` (said in the user's language, when it has a
    translation there; a word the vocabulary lacks, such as a kind typed into a customer's list,
    stays as written).

    >>> sentence("{lab_id} is a {kind}.", lab_id="TB-1", kind=word(KIND_WORDS, "caliper"))
    'TB-1 is a caliper.'
    """
    return Word(vocabulary, text)


class Words(str):
    """Words of one vocabulary joined into one value ("multimeter, clamp meter"), keeping each
    word so that each is said in the user's language.

    >>> kinds = words("DeviceKinds", ["multimeter", "clamp meter"])
    >>> kinds, kinds.items
    ('multimeter, clamp meter', ('multimeter', 'clamp meter'))
    """

    vocabulary: str
    items: tuple[str, ...]
    separator: str

    def __new__(cls, vocabulary: str, items: Iterable[str], separator: str = ", ") -> Words:
        items = tuple(str(item) for item in items)
        said = super().__new__(cls, separator.join(items))
        for name, value in (("vocabulary", vocabulary), ("items", items), ("separator", separator)):
            object.__setattr__(said, name, value)
        return said

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Words cannot be changed (tried to set {name!r}).")

    def __reduce__(self) -> tuple:
        return Words, (self.vocabulary, self.items, self.separator)


def words(vocabulary: str, items: Iterable[str], separator: str = ", ") -> Words:
    """``items``, words of ``vocabulary``, as one value of a sentence, joined by ``separator``.

    >>> sentence("It calibrates {kinds}.", kinds=words(KIND_WORDS, ["oven", "furnace"]))
    'It calibrates oven, furnace.'
    """
    return Words(vocabulary, items, separator)


class SentenceReader:
    """Reads English kept as plain text (a sync's message in the database, written before the
    process ended) back into the :class:`Sentence` one of ``templates`` made, values included, so
    the UI can say it in the user's language. Text no template makes is given back unchanged.

    >>> reader = SentenceReader(["There is no user named {name}.", "{a}: {b}"])
    >>> said = reader.read("There is no user named an.nv.")
    >>> said.template, dict(said.params)
    ('There is no user named {name}.', {'name': 'an.nv'})
    >>> reader.read("Something else entirely")
    'Something else entirely'
    """

    def __init__(self, templates: Iterable[str]) -> None:
        # A template that is all values would read any text; the most specific one reads first.
        worded = [t for t in dict.fromkeys(templates) if _words_of(t).strip()]
        worded.sort(key=lambda t: len(_words_of(t)), reverse=True)
        self._patterns = [(t, _pattern(t)) for t in worded]

    def read(self, text: str) -> Sentence | str:
        if isinstance(text, Sentence):
            return text
        for template, pattern in self._patterns:
            found = pattern.fullmatch(text)
            if found is not None:
                # A value may be a sentence itself (the problem in "broken at entry #3: …").
                params = {name: self.read(value) for name, value in found.groupdict().items()}
                return Sentence(template, params)
        return text


def _words_of(template: str) -> str:
    return "".join(literal for literal, *_ in Formatter().parse(template))


def _pattern(template: str) -> re.Pattern[str]:
    parts, seen = [], set()
    for literal, field, _spec, _conversion in Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is None:
            continue
        parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
        seen.add(field)
    return re.compile("".join(parts), re.DOTALL)


class SaysWhy:
    """Mixin for an exception raised with a :class:`Sentence`: ``str(exc)`` stays the English
    (the command line and logs read it), ``exc.sentence`` is what the UI says in the user's
    language (``ui.i18n.say(exc.sentence)``).

    A mixin rather than a base exception, so that a refusal keeps the built-in type callers
    already catch (``ValueError``, ``PermissionError``).

    >>> class Refused(SaysWhy, ValueError):
    ...     pass
    >>> exc = Refused(sentence("There is no device {lab_id}.", lab_id="TB-1"))
    >>> str(exc), exc.sentence.template, isinstance(exc, ValueError)
    ('There is no device TB-1.', 'There is no device {lab_id}.', True)
    """

    sentence: Sentence

    def __init__(self, said: Sentence) -> None:
        super().__init__(str(said))
        self.sentence = said
