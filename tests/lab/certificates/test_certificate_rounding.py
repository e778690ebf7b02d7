"""Numbers as the certificate prints them: ILAC-P14 (U to at most two significant digits, the
result to the same place) and the lab's CMC as a floor for U."""

from __future__ import annotations

import pytest

from lab.certificates.rounding import at_place, printed_point, printed_uncertainty
from uncertainty.coverage import round_for_report


@pytest.mark.parametrize(
    ("u", "printed"),
    [
        (0.0095, "0.0095"),  # already two digits
        (0.00951, "0.0095"),  # to the nearest, as the engine rounds (not up)
        (0.00955, "0.0096"),  # half up
        (1.25, "1.3"),
        (12.3, "12"),
        (0.00996, "0.010"),  # rounds into the next decade: still two significant digits
        (99.6, "100"),
        (123.4, "120"),  # U ≥ 100: two digits, then zeros to the units
        (1530.0, "1500"),
        (5.0, "5.0"),
        (2.0e-7, "0.00000020"),
    ],
)
def test_u_has_at_most_two_significant_digits(u, printed):
    assert printed_uncertainty(u)[0] == printed
    assert len(printed.replace(".", "").lstrip("0").rstrip("0") or "0") <= 2


@pytest.mark.parametrize("u", [0.00951, 1.25, 12.3, 0.0583, 67.13, 3.3e-5])
def test_the_certificate_and_the_uncertainty_engine_print_the_same_u(u):
    assert printed_uncertainty(u)[0] == round_for_report(1.0, u).expanded_uncertainty


def test_results_are_rounded_to_the_decimal_place_of_u():
    p = printed_point(
        reference=10.0, indication=10.003472, error=0.003472, expanded_uncertainty=0.00351
    )
    assert (p.reference, p.indication, p.error, p.expanded_uncertainty) == (
        "10.0000", "10.0035", "0.0035", "0.0035",
    )  # fmt: skip
    big = printed_point(reference=900.0, indication=904.6, error=4.6, expanded_uncertainty=123.4)
    assert (big.indication, big.error, big.expanded_uncertainty) == ("900", "0", "120")


def test_a_negative_error_keeps_its_sign_and_a_zero_has_none():
    assert printed_point(1.0, 0.99963, -0.00037, 0.00012).error == "-0.00037"
    assert at_place(-0.00001, -3) == "0.000"


def test_u_is_never_printed_below_the_labs_cmc():
    below = printed_point(10.0, 10.0001, 0.0001, 0.00012, cmc=0.000151)
    assert below.expanded_uncertainty == "0.00016" and below.cmc_applied  # the CMC, rounded up
    assert below.error == "0.00010"
    above = printed_point(10.0, 10.0001, 0.0001, 0.00031, cmc=0.000151)
    assert above.expanded_uncertainty == "0.00031" and not above.cmc_applied
    assert not printed_point(10.0, 10.0001, 0.0001, 0.00012, cmc=None).cmc_applied


@pytest.mark.parametrize("u", [0.0, -0.1, float("nan"), float("inf")])
def test_an_unprintable_uncertainty_is_refused_with_a_sentence(u):
    with pytest.raises(ValueError, match="cannot be printed"):
        printed_uncertainty(u)
