"""A second amount right after a comma is its own figure ("costs $2,199, $500 more than the original"): the
first was read as "$2,199, $" and dropped, so a drafted price vanished (study10's e-bike page). A comparison
word after a figure names nothing ("Earnings per share: $1.21 vs. $1.14 expected" was named "vs"). A run of
thousands of digits is no count of moves (a ValueError before). Taken from artfig's branch, whose other rules
(places, peaks) a review found wrong on common copy and which did not land. Expected readings written before
the run (lead, 2026-11-23)."""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims
from summitcheck.figures import find_figures


@pytest.mark.parametrize(("text", "amounts"), [
    ("In the US, the standard Arc 2 costs $2,199, $500 more than the original did.", ["$2,199", "$500"]),
    ("Revenue came in at €4.2bn, €0.3bn ahead of forecasts.", ["€4.2bn", "€0.3bn"]),
    ("The fare rises to £12.50, £1 more than last year.", ["£12.50", "£1"]),
])
def test_an_amount_after_a_comma_is_its_own_figure(text: str, amounts: list[str]) -> None:
    found = [f.text for f in find_figures(text)]
    assert all(amount in found for amount in amounts), found


def test_a_comparison_word_names_no_figure() -> None:
    page = ("Lumora beats estimates\n\nLumora reported second-quarter results on Thursday that beat forecasts.\n\n"
            "Here is how the company did against analyst estimates:\n\n"
            "Earnings per share: $1.21 vs. $1.14 expected\nRevenue: $4.79 billion versus $4.82 billion expected\n")
    names = {f.quantity.text: f.metric for c in draft_claims(page, "report", "r").document.claims for f in c.figures}
    assert names == {"$1.21": "Earnings per share", "$4.79 billion": "Revenue"}


def test_a_long_run_of_digits_is_no_count_of_moves() -> None:
    find_figures("1" * 20_000 + " cuts")  # no ValueError (int() refuses over 4,300 digits)
