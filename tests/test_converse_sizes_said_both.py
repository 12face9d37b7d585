"""Converse words part two measures only when each is said on one side alone: a claim giving "small" and "large"
case sizes against one giving "smaller" and "larger" cases says both sizes on each side (WordNet's base forms:
"smaller" is "small"), so "small" against "larger" is no other fact (gate10's Pulse 4 case sizes). A small-business
rate against a large-business rate, each side saying one, stays two measures.

Verdicts written before the tool was run (metric12, 2026-11-23); events, names and figures are invented.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


OTHER = claim("r-other", "Deliveries begin in March in Germany and France.", ("delivery start", "March"))

CASES = [
    pytest.param(  # a launch: two pack sizes on each side, one of them other
        claim("packs", "The Vela will offer 58kWh and 77kWh battery packs.",
              ("Vela small battery capacity", "58kWh"), ("Vela large battery capacity", "77kWh")),
        claim("r-packs", "The Vela comes with 60kWh and 77kWh battery packs.",
              ("Vela smaller battery pack", "60kWh"), ("Vela larger battery pack", "77kWh")),
        ("contradicted", "r-packs"), id="launch-small-large-vs-smaller-larger"),
    pytest.param(  # a budget: two thresholds on each side
        claim("bands", "The levy will apply to small firms above £1 million and large firms above £5 million.",
              ("small firm levy threshold", "£1 million"), ("large firm levy threshold", "£5 million")),
        claim("r-bands", "The levy applies to smaller firms above £1 million and larger firms above £5 million.",
              ("smaller firm levy threshold", "£1 million"), ("larger firm levy threshold", "£5 million")),
        ("fulfilled", "r-bands"), id="budget-small-large-thresholds"),
    pytest.param(  # control: each side says one size
        claim("small-rate", "The small business tax rate is expected to fall to 15%.",
              ("small business tax rate", "15%")),
        claim("r-large-rate", "The large business tax rate falls to 25%.",
              ("large business tax rate", "25%")),
        ("absent", None), id="budget-small-vs-large-business-rate"),
]


@pytest.mark.parametrize(("expectation", "outcome", "want"), CASES)
def test_converse_words_said_on_both_sides_part_nothing(expectation: Claim, outcome: Claim,
                                                        want: tuple[str, str | None]) -> None:
    e = decide(doc("preview", expectation), doc("report", outcome, OTHER)).expectations[0]
    assert (e.verdict, e.match.claim.id if e.match else None) == want, e.reasons
