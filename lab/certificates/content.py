"""What a calibration certificate says, as plain immutable data (issue 7, item 1).

The content is assembled in ``lab/`` from an approved calibration and stored, as
:meth:`CertificateContent.as_dict`, with the issued revision; the renderer in ``ui/`` only lays
it out. So every revision renders again identically years later, whatever happened since to the
device record, the procedure files or the lab settings, and the content hash printed in the QR
code is the hash of exactly this data.

Numbers are already strings here, rounded per ILAC-P14: the renderer never formats a number of a
result. Every label and sentence a certificate prints is :class:`Bilingual`; the renderer shows
Vietnamese and English side by side (or one of them).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any, get_args, get_origin, get_type_hints

AS_FOUND, AS_LEFT = "as_found", "as_left"


@dataclass(frozen=True)
class Bilingual:
    """One text in both languages of the certificate."""

    vi: str
    en: str

    def text(self, language: str) -> str:
        """``vi``, ``en`` or ``both`` ("vi / en", or one text when they are the same)."""
        if language == "vi":
            return self.vi
        if language == "en":
            return self.en
        return self.vi if self.vi == self.en else f"{self.vi} / {self.en}"


@dataclass(frozen=True)
class LabIdentity:
    """ISO/IEC 17025 7.8.2.1 b): who issues the certificate (from the lab settings)."""

    name: Bilingual
    address: str
    phone: str = ""
    email: str = ""
    accreditation: str = ""  # e.g. "VILAS 999 (ISO/IEC 17025:2017)"; empty when not accredited


@dataclass(frozen=True)
class CustomerIdentity:
    """7.8.2.1 e): the customer's name and contact information."""

    name: str
    address: str = ""
    contact: str = ""


@dataclass(frozen=True)
class ItemIdentity:
    """7.8.2.1 g): the item calibrated, unambiguously, and its condition as received."""

    lab_id: str
    name: str
    kind: str = ""
    manufacturer: str = ""
    model: str = ""
    serial: str = ""
    asset_tag: str = ""
    measuring_range: str = ""  # "0 … 1000 V"
    resolution: str = ""  # "0.001 V"
    accuracy: str = ""  # as the customer states it, e.g. "±(0.05 % + 2 d)"
    condition_received: Bilingual = field(default_factory=lambda: Bilingual("", ""))


@dataclass(frozen=True)
class StandardUsed:
    """7.8.4.1 c): one reference standard and how it is traceable."""

    code: str
    name: str
    certificate_number: str
    calibrated_by: str
    valid_until: date


@dataclass(frozen=True)
class ResultRow:
    """One line of a results table, every number already a rounded string (ILAC-P14)."""

    nominal: str
    reference: str
    indication: str
    error: str
    expanded_uncertainty: str
    coverage_factor: str
    mpe: str = ""  # "" when no conformity statement is made
    verdict: Bilingual | None = None


@dataclass(frozen=True)
class ResultTable:
    """The results of one phase (as found / as left), in the device's unit."""

    phase: str  # AS_FOUND or AS_LEFT
    title: Bilingual
    unit: str
    rows: tuple[ResultRow, ...]


@dataclass(frozen=True)
class PlotPoint:
    """One point of the error-versus-nominal plot (unrounded floats, in ``unit``)."""

    phase: str
    nominal: float
    error: float
    expanded_uncertainty: float
    mpe: float | None


@dataclass(frozen=True)
class Person:
    name: str  # full name as printed
    role: Bilingual


@dataclass(frozen=True)
class CertificateContent:
    """Everything one revision of a certificate prints (ISO/IEC 17025 7.8.2, 7.8.4, 7.8.6, 7.8.8).

    ``supersedes`` and ``amendment_reason`` are set on an amendment (revision > 1): the number of
    the revision it replaces and why (7.8.8.2). ``conformity`` is None unless the customer asked
    for a statement of conformity (7.1.3); it then names the decision rule. ``interval`` is None
    unless a recalibration interval was agreed with the customer (7.8.4.3).
    """

    number: str  # the certificate number printed on every page, e.g. "GCN-26-A94-000123"
    revision: int
    title: Bilingual
    lab: LabIdentity
    customer: CustomerIdentity
    item: ItemIdentity
    received_on: date | None
    calibrated_on: date
    issued_on: date
    location: Bilingual  # 7.8.2.1 c): where the work was done
    method: Bilingual  # procedure id, version and title
    environment: Bilingual  # "Nhiệt độ (23.1 ± 1.0) °C, độ ẩm ..." / "Temperature ..."
    standards: tuple[StandardUsed, ...]
    tables: tuple[ResultTable, ...]
    plot_unit: str
    plot: tuple[PlotPoint, ...]
    uncertainty_statement: Bilingual  # U = k·u, k, coverage probability (ILAC-P14 6)
    conformity: Bilingual | None
    interval: Bilingual | None
    remarks: tuple[Bilingual, ...]  # deviations, adjustments made, ...
    # results relate only to the item; not reproduced except in full
    statements: tuple[Bilingual, ...]
    performed_by: Person
    authorized_by: Person  # the signatory (7.8.2.1 o)
    supersedes: str | None = None  # "GCN-26-A94-000123 rev. 1"
    amendment_reason: Bilingual | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-able data (dates as ISO strings): what is stored and hashed."""
        return _plain(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CertificateContent:
        """The content back from :meth:`as_dict` (a stored revision, to render again)."""
        return _build(cls, data)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def _hints(kind: type) -> dict[str, Any]:
    """The resolved field types of a dataclass: resolving them costs far more than building the
    value, and a list of 500 stored revisions would resolve them 19,000 times."""
    return get_type_hints(kind)


def _build(kind: Any, data: Any) -> Any:
    """Rebuild a value of type ``kind`` from plain data (dataclasses, tuples, dates, optionals)."""
    if data is None:
        return None
    origin = get_origin(kind)
    if origin is tuple:
        item_kind = get_args(kind)[0]
        return tuple(_build(item_kind, v) for v in data)
    if origin is not None:  # X | None
        options = [a for a in get_args(kind) if a is not type(None)]
        return _build(options[0], data)
    if is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{f.name: _build(hints[f.name], data[f.name]) for f in fields(kind)})
    if kind is date:
        return date.fromisoformat(data)
    return data
