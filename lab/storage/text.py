"""Text as the lab stores and searches it.

Vietnamese text arrives composed (NFC) from one keyboard and decomposed (NFD) from another; stored
as NFC, the same name is one name. For matching and search we also keep a *folded* form: accents
removed, ``đ`` → ``d``, lower case, white space collapsed: ``nhiet ke`` finds ``Nhiệt kế``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def _fold_table() -> dict[int, str | None]:
    """Each accented Latin letter (Latin-1 to Latin Extended Additional, where Vietnamese
    lives) mapped to its bare letter, and the combining marks of NFD text mapped to nothing.
    One ``str.translate`` then folds a string at C speed."""
    table: dict[int, str | None] = {cp: None for cp in range(0x0300, 0x0370)}
    for cp in range(0x00C0, 0x2000):
        decomposed = unicodedata.normalize("NFD", chr(cp))
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        if bare != chr(cp) and bare.isascii():
            table[cp] = bare
    table.update({ord("đ"): "d", ord("Đ"): "D", ord("ð"): "d", ord("Ð"): "D"})
    return table


_FOLD = _fold_table()


def nfc(text: str | None) -> str | None:
    """Composed Unicode with collapsed white space; ``None`` stays ``None``.

    >>> nfc("Nhie\u0323\u0302t  ke\u0302\u0301 ") == "Nhiệt kế"
    True
    """
    if text is None:
        return None
    return _nfc(text)


def _nfc(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())  # white space collapsed and stripped, at C speed


def fold(text: str | None) -> str:
    """Accent-free lower-case form for matching and search.

    >>> fold("Đồng hồ  ÁP SUẤT")
    'dong ho ap suat'
    """
    if not text:
        return ""
    return _fold(text)


@lru_cache(maxsize=1 << 16)  # device lists repeat names, makers and models on every row
def _fold(text: str) -> str:
    return " ".join(text.translate(_FOLD).split()).casefold()


def match_key(text: str | None) -> str:
    """A key for identity comparison: folded, punctuation and spaces removed.

    ``SN-0012 34`` and ``sn001234`` are the same serial number written two ways.

    >>> match_key("SN-0012 34") == match_key("sn001234")
    True
    """
    if not text:
        return ""
    return _match_key(text)


@lru_cache(maxsize=1 << 17)  # a list's serials and asset tags, read once more when matching
def _match_key(text: str) -> str:
    return _NON_WORD.sub("", _fold(text))


def identity_key(manufacturer: str | None, model: str | None, serial: str | None) -> str | None:
    """The key that says "same device" within one customer: manufacturer + model + serial.

    ``None`` when there is no serial number: without it two devices of one model cannot be told
    apart, so they are never merged on this key.

    >>> identity_key("Fluke", "87 V", "SN 123") == identity_key("FLUKE", "87V", "sn-123")
    True
    >>> identity_key("Fluke", "87V", "") is None
    True
    """
    serial_part = match_key(serial)
    if not serial_part:
        return None
    return f"{match_key(manufacturer)}|{match_key(model)}|{serial_part}"


def asset_key(asset_tag: str | None) -> str | None:
    """The key of a customer's asset tag (``None`` when there is none).

    >>> asset_key(" TS-0042 ") == asset_key("ts0042")
    True
    """
    return match_key(asset_tag) or None
