"""Rules about a device's own columns: what is derived from what.

The register stores a few columns that are functions of others (due date, identity keys, the
accent-free search text) so that SQL can sort, match and search them with an index. Every
writer (import, demo, editing) derives them here, so they never disagree.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial

from lab.storage.text import asset_key, fold, identity_key

# Fields a customer's device list may set; the register compares and updates these.
DEVICE_FIELDS = (
    "kind",
    "name",
    "manufacturer",
    "model",
    "serial",
    "asset_tag",
    "range_min",
    "range_max",
    "unit",
    "resolution",
    "accuracy",
    "interval_months",
    "last_calibrated",
    "location",
    "notes",
)
SEARCHED_FIELDS = ("name", "kind", "manufacturer", "model", "serial", "asset_tag", "location")


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, kept within the month (31 Jan + 1 month = 28/29 Feb).

    >>> add_months(date(2026, 1, 31), 1)
    datetime.date(2026, 2, 28)
    >>> add_months(date(2025, 11, 15), 12)
    datetime.date(2026, 11, 15)
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(last_calibrated: date | None, interval_months: int | None) -> date | None:
    """When the next calibration is due: last calibration plus the interval, if both are known."""
    if last_calibrated is None or not interval_months:
        return None
    return add_months(last_calibrated, interval_months)


def search_text(values: dict, lab_id: str, customer_name: str) -> str:
    """The accent-free text the FTS index holds for one device."""
    parts = [lab_id, customer_name, *(values.get(f) for f in SEARCHED_FIELDS)]
    return fold(" ".join(str(p) for p in parts if p))


def derived_columns(
    values: dict, lab_id: str, customer_name: str, keys: tuple[str | None, str | None] | None = None
) -> dict:
    """The stored columns computed from a device's fields (``keys``: the identity and asset
    keys when the caller has them already)."""
    if keys is None:
        keys = (
            identity_key(values.get("manufacturer"), values.get("model"), values.get("serial")),
            asset_key(values.get("asset_tag")),
        )
    return {
        "identity_key": keys[0],
        "asset_key": keys[1],
        "due_date": due_date(values.get("last_calibrated"), values.get("interval_months")),
        "search_text": search_text(values, lab_id, customer_name),
    }


def due_dates(
    last_calibrated: Sequence[date | None], intervals: Sequence[int | None]
) -> list[date | None]:
    """:func:`due_date` of each device of an intake, worked out once per distinct pair: a list
    repeats its calibration dates and intervals many times over."""
    known: dict[tuple[date | None, int | None], date | None] = {}
    dues = []
    for pair in zip(last_calibrated, intervals, strict=True):
        if pair not in known:
            known[pair] = due_date(*pair)
        dues.append(known[pair])
    return dues


def search_texts(
    columns: Mapping[str, Sequence[str | None]], lab_ids: Sequence[str], customer_name: str
) -> list[str]:
    """:func:`search_text` of each device of an intake, given its fields column by column, the
    texts as stored (NFC, white space collapsed: :func:`lab.storage.text.nfc`).

    Each part is folded on its own and the folded parts joined: the same text as folding the
    joined parts, since folding works letter by letter and only collapses white space.
    """
    customers = [customer_name] * len(lab_ids)
    folded = [
        _folded_column(values)
        for values in (lab_ids, customers, *(columns[f] for f in SEARCHED_FIELDS))
    ]
    return list(map(" ".join, map(partial(filter, None), zip(*folded, strict=True))))


def _folded_column(values: Sequence[str | None]) -> list[str]:
    """:func:`lab.storage.text.fold` of each text of a column ("" for none). A column of ASCII
    text (serials, asset tags, lab IDs) is lower-cased in one piece, which is its fold since
    its white space is collapsed already; any other column is folded once per distinct text
    (a list repeats its names, makers, models and places)."""
    texts = [text or "" for text in values]
    joined = "\n".join(texts)
    if joined.isascii():
        lowered = joined.lower().split("\n")
        if len(lowered) == len(texts):  # no text held a line break of its own
            return lowered
    known = {text: fold(text) for text in set(texts)}
    return list(map(known.__getitem__, texts))
