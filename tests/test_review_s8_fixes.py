"""The 2026-11-23 review's findings on this session's polarity and pairing rules, mended.

Each case was written from a reviewer's reproduction, with the verdict an editor gives, before the fix; the
variants are invented for these tests (other domains than any evaluation set).
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.polarity import direction, dissents, risk_balance


def verdict(expected: str, outcome: str) -> tuple[str, str | None]:
    e = decide(Document(id="p", role="preview", title="p", claims=(Claim(id="e", statement=expected),)),
               Document(id="r", role="report", title="r", claims=(Claim(id="r", statement=outcome),))).expectations[0]
    return e.verdict, e.match.claim.id if e.match else None


# A word that keeps (held, kept, maintained) keeps the move its object names going: the claim is that move.
@pytest.mark.parametrize("statement, want", [
    ("The council held the tax increase at 4.99%.", "up"),
    ("The government kept the state pension increase at 3.1%.", "up"),
    ("The regulator kept the planned tariff cut at 5%.", "down"),
])
def test_a_kept_move_is_the_move(statement: str, want: str) -> None:
    assert direction(statement)[0] == want


@pytest.mark.parametrize("expected, outcome, want", [
    ("The council will freeze council tax.", "The council held the council tax increase at 4.99%.", "contradicted"),
    ("The government will freeze the state pension.", "The government kept the state pension increase at 3.1%.",
     "contradicted"),
    ("The airline will raise fares by 4%.", "The airline kept the fare increase at 4%.", "fulfilled"),
])
def test_a_freeze_against_a_kept_rise(expected: str, outcome: str, want: str) -> None:
    assert verdict(expected, outcome)[0] == want


# A count of dissents is a count of those who dissent: not the whole they are one of, nor a span of time.
@pytest.mark.parametrize("statement, count", [
    ("Hammack was the only one of 12 voters to dissent at the Fed meeting.", None),
    ("Four years after he first voted against a hike, Waller dissented again.", None),
    ("Two months after the vote, three senators voted against the bill.", 3),
    ("Two members of the committee are expected to dissent.", 2),
])
def test_what_a_dissent_counts(statement: str, count: int | None) -> None:
    found = dissents(statement)
    assert (found[0] if found else None) == count


def test_the_lone_dissent_is_one_of_twelve_voters() -> None:
    assert verdict("Hammack is expected to be the lone dissent at the Fed meeting.",
                   "Hammack was the only one of 12 voters to dissent at the Fed meeting.") == ("fulfilled", "r")


# One owner named two ways: a pair that shares much else is not refused for its two names.
@pytest.mark.parametrize("expected, outcome", [
    ("Alphabet's quarterly revenue is expected to rise to $90 billion.", "Google's quarterly revenue rose to $96 billion."),
    ("Reeves's budget will raise the income tax threshold freeze to 2030.",
     "The Treasury's budget extended the income tax threshold freeze to 2030."),
])
def test_one_owner_named_two_ways_pairs(expected: str, outcome: str) -> None:
    assert verdict(expected, outcome)[1] == "r"


def test_two_owners_under_the_threshold_still_refused() -> None:
    assert verdict("Leaders will approve Hong Kong's accession to the RCEP trade pact.",
                   "Leaders agreed to open talks on Sri Lanka's bid to join the RCEP.") == ("absent", None)


# A split outlook gives no one balance; a balanced budget is no balance of risks.
@pytest.mark.parametrize("statement", [
    "Risks remain skewed to the upside for inflation and to the downside for growth.",
    "The risk of a balanced budget amendment is low.",
    "Risks to the balanced-growth path are rising.",
])
def test_no_one_balance_of_risks(statement: str) -> None:
    assert risk_balance(statement) is None


@pytest.mark.parametrize("statement, want", [
    ("Risks to growth remain tilted to the downside.", "downside"),
    ("The governor said risks were now broadly balanced.", "balanced"),
    ("Risks are balanced and the outlook is stable.", "balanced"),
])
def test_one_balance_of_risks(statement: str, want: str) -> None:
    assert risk_balance(statement)[0] == want


def test_a_split_outlook_fulfils_a_downside_for_growth() -> None:
    assert verdict("The ECB will say risks to growth remain tilted to the downside.",
                   "The ECB said risks remain skewed to the upside for inflation and to the downside for growth.")[0] \
        != "contradicted"
