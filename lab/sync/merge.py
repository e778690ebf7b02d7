"""Settling two workstations' edits of one record against their common ancestor.

Master data (customers, devices, standards) merges field by field (DESIGN.md, Sync; sync.md 6.4):
a field changed on one side only takes that side's value; the same field changed to different
values on both sides keeps the centre's value and goes to the conflict list for a person.
Columns worked out from the others (a device's search text) are not merged here: the caller
leaves them out and works them out again from the merged record (:mod:`lab.sync.derived`).
Nothing here reads a clock: the ancestor is the upstream version the edit was made from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lab.storage.audit_chain import json_value


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides changed, to different values."""

    field: str
    ancestor: object
    kept: object
    other: object


@dataclass(frozen=True)
class MergeResult:
    """The merged record (Python values) and the fields left for a person."""

    values: dict[str, object]
    changed: bool
    conflicts: tuple[FieldConflict, ...]


def merge_fields(
    fields: Sequence[str],
    ancestor: Mapping[str, object] | None,
    theirs: Mapping[str, object],
    mine: Mapping[str, object],
) -> MergeResult:
    """Three-way merge of ``mine`` into ``theirs``; ``ancestor`` holds JSON values (or None).

    >>> r = merge_fields(["a", "b"], {"a": 1, "b": 1}, {"a": 2, "b": 1}, {"a": 1, "b": 3})
    >>> r.values, r.conflicts
    ({'a': 2, 'b': 3}, ())
    >>> merge_fields(["a"], {"a": 1}, {"a": 2}, {"a": 3}).conflicts[0].other
    3
    """
    values = dict(theirs)
    conflicts = []
    changed = False
    for field in fields:
        mine_j, theirs_j = json_value(mine.get(field)), json_value(theirs.get(field))
        if mine_j == theirs_j:
            continue
        if ancestor is None:  # the common version is unknown: a person decides
            conflicts.append(FieldConflict(field, None, theirs_j, mine_j))
            continue
        base_j = ancestor.get(field)
        if mine_j == base_j:
            continue  # only the centre changed it
        if theirs_j == base_j:
            values[field] = mine.get(field)  # only this workstation changed it
            changed = True
            continue
        conflicts.append(FieldConflict(field, base_j, theirs_j, mine_j))
    return MergeResult(values, changed, tuple(conflicts))
