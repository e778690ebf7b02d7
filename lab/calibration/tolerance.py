"""The tolerance of a point (MPE) from the device's stated accuracy, and the verdict by the
procedure's decision rule (ILAC-G8:09/2019 4.2; ISO/IEC 17025 7.8.6).

Accuracies as device lists write them: ``±(0.05 % + 2 d)`` (of reading plus digits),
``±0.025 %`` (of reading), ``±0.2 °C`` (absolute), ``Cấp 1.6`` / ``Class 1.6`` (a gauge's
accuracy class: % of span, EN 837-1), ``Cấp I`` / ``Cấp II`` (a balance's accuracy class,
OIML R 76-1 table 6, with e = the verification interval).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from lab.sentences import SaysWhy, sentence
from uncertainty.conformity import (
    FAIL,
    ConformityError,
    Specification,
    guarded_acceptance,
    non_binary,
    simple_acceptance,
)

log = logging.getLogger(__name__)

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_PERCENT_PLUS_DIGITS = re.compile(
    rf"^±?\(?\s*{_NUMBER}\s*%\s*(?:\+\s*{_NUMBER}\s*(?:d|dgt|digits?|số)\s*)?\)?$"
)
_ABSOLUTE = re.compile(rf"^±?\s*{_NUMBER}\s*([^\d\s%].*)$")
_CLASS = re.compile(r"^(?:cấp|cap|class|cl\.?)\s*(\S+)$", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IIII": 4}
# OIML R 76-1 table 6: MPE on verification in multiples of e up to a load of so many e.
_OIML_MPE_STEPS = {
    1: ((50_000, 0.5), (200_000, 1.0), (float("inf"), 1.5)),
    2: ((5_000, 0.5), (20_000, 1.0), (100_000, 1.5)),
    3: ((500, 0.5), (2_000, 1.0), (10_000, 1.5)),
    4: ((50, 0.5), (200, 1.0), (1_000, 1.5)),
}


class ToleranceError(SaysWhy, ValueError):
    """A device accuracy the lab cannot turn into an MPE; the sentence says what and where."""


@dataclass(frozen=True)
class DeviceScale:
    """What an MPE depends on besides the reading: resolution and span, in the device's unit."""

    resolution: float
    range_min: float
    range_max: float
    verification_interval_digits: float = 1.0


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def mpe_of(accuracy: str | None, reading: float, scale: DeviceScale) -> float:
    """The maximum permissible error at ``reading`` by the device's stated ``accuracy``.

    >>> s = DeviceScale(resolution=0.001, range_min=0, range_max=1000)
    >>> round(mpe_of("±(0.05 % + 2 d)", 10.0, s), 9)
    0.007
    >>> round(mpe_of("Cấp 1.6", 5.0, DeviceScale(0.2, 0, 10)), 9)
    0.16
    >>> mpe_of("Cấp I", 200.0, DeviceScale(0.0001, 0, 220, 10))
    0.001
    """
    text = " ".join((accuracy or "").split())
    if not text:
        raise ToleranceError(
            sentence("The device has no accuracy in the register, so it has no MPE.")
        )
    match = _PERCENT_PLUS_DIGITS.match(text.lower())
    if match:
        digits = _number(match.group(2)) if match.group(2) else 0.0
        return _number(match.group(1)) / 100 * abs(reading) + digits * scale.resolution
    match = _CLASS.match(text)
    if match:
        return _class_mpe(match.group(1), reading, scale, text)
    match = _ABSOLUTE.match(text)
    if match:
        return _number(match.group(1))
    raise ToleranceError(
        sentence(
            "The accuracy '{accuracy}' is not one CalDesk reads: write e.g. ±(0.05 % + 2 d), "
            "±0.2 °C, Cấp 1.6 or Cấp II in the register.",
            accuracy=text,
        )
    )


def _class_mpe(cls: str, reading: float, scale: DeviceScale, text: str) -> float:
    roman = _ROMAN.get(cls.upper())
    if roman is not None:
        e = scale.resolution * scale.verification_interval_digits
        load_in_e = abs(reading) / e
        for limit, multiple in _OIML_MPE_STEPS[roman]:
            if load_in_e <= limit:
                return multiple * e
        raise ToleranceError(
            sentence(
                "A load of {reading:g} is beyond the {accuracy} balance's scale.",
                reading=reading,
                accuracy=text,
            )
        )
    try:
        percent = _number(cls)
    except ValueError:
        raise ToleranceError(
            sentence("The accuracy class in '{accuracy}' is not a number.", accuracy=text)
        ) from None
    return percent / 100 * (scale.range_max - scale.range_min)


@dataclass(frozen=True)
class Verdict:
    verdict: str
    rule: str


def verdict_for(rule: str, error: float, expanded_uncertainty: float, mpe: float) -> Verdict:
    """The verdict on ``error`` against ±``mpe`` by the named decision rule.

    ``simple``: ILAC-G8 4.2.1 (pass within ±MPE, the limit included); ``guarded``: 4.2.2 with
    w = U (pass within ±(MPE − U), and fail when U ≥ MPE leaves no acceptance zone);
    ``non-binary``: 4.2.3 (pass, conditional pass, conditional fail, fail).

    >>> verdict_for("simple", 0.007, 0.001, 0.007).verdict
    'pass'
    >>> verdict_for("guarded", 0.0065, 0.001, 0.007).verdict
    'fail'
    """
    if not mpe > 0:
        raise ToleranceError(sentence("An MPE of {mpe:g} leaves nothing to accept.", mpe=mpe))
    spec = Specification(-mpe, mpe)
    if rule == "simple":
        decision = simple_acceptance(error, spec)
    elif rule == "guarded":
        try:
            decision = guarded_acceptance(error, expanded_uncertainty, spec)
        except ConformityError:
            rule_text = f"guarded acceptance, w = {expanded_uncertainty:g} (ILAC-G8 4.2.2)"
            return Verdict(FAIL, f"{rule_text}: U ≥ MPE leaves no acceptance zone")
    elif rule == "non-binary":
        decision = non_binary(error, expanded_uncertainty, spec)
    else:
        raise ToleranceError(sentence("'{rule}' is not a decision rule CalDesk knows.", rule=rule))
    return Verdict(decision.verdict, decision.rule)


RULE_TEXT = {
    "simple": "simple acceptance (ILAC-G8 4.2.1)",
    "guarded": "guarded acceptance, w = U (ILAC-G8 4.2.2)",
    "non-binary": "non-binary statement (ILAC-G8 4.2.3)",
}
