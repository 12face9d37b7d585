"""Cases a review of this session's diff found wrong, each labelled before the fix was written."""

from __future__ import annotations

import pytest

from summitcheck.extract.metrics import market_quote
from summitcheck.extract.segmenting import furniture_kind
from summitcheck.polarity import against_expectations, not_all, opposition, vote_cue


@pytest.mark.parametrize(("sentence", "quote"), [
    ("The krone was trading at 10.62 per dollar on Wednesday.", True),
    ("Fenwick shares have gained 9% so far this year.", True),
    ("Ten-year gilt yields finished the week at 4.5%.", True),
    # a market word that is not the market quoted, or no market at all: the figures are the preview's facts
    ("Inflation in the euro zone ended 2025 at 2.4%.", False),
    ("The consumer price index rose 3.1% in the 12 months that ended in March.", False),
    ("Kestrel won a $2 billion contract, which closed in March.", False),
])
def test_a_market_quote_is_said_of_the_market(sentence: str, quote: bool) -> None:
    assert market_quote(sentence) is quote


@pytest.mark.parametrize(("line", "kind"), [
    ("Prices last checked 3 Mar 2027.", "subscription"),
    ("Prices correct at the time of writing.", "subscription"),
    ("S&P 500 5,102.40 +0.31% | Nasdaq 16,204.10 -0.12%", "widget"),
    # news lines of the same shapes
    ("Prices were updated in March to reflect the 5% tariff.", None),
    ("UK GDP +0.3% in Q3, -0.1% in Q2", None),
])
def test_furniture_shapes_leave_news_of_the_same_shape(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


def test_a_range_is_not_a_vote_tally() -> None:
    assert opposition("Lawmakers passed the bill, raising the retirement age from 62 to 64",
                      "Lawmakers unanimously passed the bill") is None
    assert vote_cue("Shareholders approved the deal, valuing it at 12 to 15 times earnings") is None
    assert vote_cue("The committee voted 7-2 to cut rates") == "7-2"


def test_curly_apostrophes_read_as_straight_ones() -> None:
    assert not_all("All 21 leaders attended the summit", "18 of the group’s 21 leaders attended") is not None
    assert against_expectations("Contrary to analysts’ expectations, the bank held rates") is not None


@pytest.mark.parametrize(("head", "kept"), [
    ("The inflation forecast", "The inflation forecast"),  # a noun, not a participle: no "to" after it
    ("The data set", "The data set"),
    ("revenue is expected to", "revenue "),
    ("revenue is forecast to", "revenue "),
    ("Kestrel shares had", "Kestrel shares "),
])
def test_what_stands_between_a_subject_and_its_verb_of_change(head: str, kept: str) -> None:
    from summitcheck.extract.metrics import _AUXILIARIES

    assert _AUXILIARIES.sub(" ", head) == kept


def test_a_count_that_names_no_side_is_passed_over_for_the_tally() -> None:
    from summitcheck.polarity import other_tally

    # "six of the six members" counts the voters, not a side: the tally is 5-1
    assert other_tally("Six of the six members voted, 5-1 for a hold", "The committee voted 4-2 for a hold") == (
        "5-1", "4-2")
    assert other_tally("Six of the six members voted, 5-1 for a hold", "The committee voted 5-1 for a hold") is None
