"""Drafted articles: a sentence whose figure is a date ("will go on sale on October 9", "shipping from June 15")
states that date as a figure, where the claim is about when something happens (issue 14).  Sentences invented
in several domains; the verdicts and conflicts written down before the code was run (figdates, 2026-11-23)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from summitcheck.extract import draft_claims
from summitcheck.figures import find_dates, format_interval

from helpers import checked_articles


@pytest.mark.parametrize(("preview", "report", "verdicts", "conflicts"), [
    # a phone launch a week later than expected
    ("The Vela X phone will go on sale in stores on October 9, the company said.",
     "The Vela X phone will go on sale in stores on October 16.", ["contradicted"], [("on October 9", "on October 16")]),
    # a summit held on the day it was planned
    ("Leaders of the Andean bloc will meet in Lima on Nov 12 for their annual summit.",
     "Leaders of the Andean bloc met in Lima on Nov 12 for their annual summit.", ["fulfilled"], []),
    # a central bank's next meeting moved
    ("The central bank's next policy meeting is scheduled for July 2.",
     "The central bank's next policy meeting is scheduled for July 9.", ["contradicted"], [("for July 2", "for July 9")]),
    # an e-bike's deliveries: a day inside the month expected
    ("Deliveries of the Tern bike in the US are expected to start in May.",
     "Deliveries of the Tern bike in the US will start on May 19.", ["fulfilled"], []),
    # a budget presented on the day expected
    ("The finance minister will present the budget to parliament on December 14.",
     "The finance minister presented the budget to parliament on December 14.", ["fulfilled"], []),
    # earnings: the date is when the figure comes, the figure is the claim
    ("The company is expected to report revenue of $4.8 billion on July 20.",
     "The company reported revenue of $4.9 billion on July 20.", ["contradicted"], [("$4.8 billion", "$4.9 billion")]),
])
def test_a_drafted_date_is_compared_like_a_figure(tmp_path: Path, preview: str, report: str, verdicts: list[str],
                                                  conflicts: list[tuple[str, str]]) -> None:
    assert checked_articles(tmp_path, preview, report) == (verdicts, conflicts)


def _dates(sentence: str, role: str = "preview") -> list[tuple[str, str]]:
    claims = draft_claims(f"NEWSWIRE\n\nWhat to expect\n\n{sentence}\n", role, "x").document.claims
    return [(f.quantity.text, f.metric) for c in claims for f in c.figures if f.quantity.dimension == "date"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Sony will start shipping the console from June 15 in Europe.", "from June 15"),
    ("The new line of the metro is expected to open in late April.", "in late April"),
    ("The ceasefire talks will resume in Geneva on Tuesday, March 3.", "on Tuesday, March 3"),
])
def test_a_sentence_about_when_drafts_its_date(sentence: str, date: str) -> None:
    assert [text for text, _ in _dates(sentence)] == [date]


@pytest.mark.parametrize("sentence", [
    "The bank is expected to cut its rate to 3.5% on March 18.",  # the date of another figure
    "The ministry said on March 3 that the plant will reopen.",  # the date of the saying
    "On January 31, the president announced that he will hold talks with the premier.",  # the scene of it all
    "LONDON, March 3 (Reuters) - The Bank of England is expected to leave rates unchanged.",  # a dateline
    "The 2027 GDP forecast will be raised, the minister said.",  # a year in a name
    "Updated 26 May, 2027: Prices of the Vela X will rise, the company said.",  # a stamp, no preposition
])
def test_a_date_that_is_not_the_claim_is_not_drafted(sentence: str) -> None:
    assert _dates(sentence) == []


def test_a_drafted_date_names_the_event_not_the_date() -> None:
    ((_, metric),) = _dates("Deliveries in the US are expected to start in May.")
    assert "may" not in metric.lower().split() and "start" in metric and "deliveries" in metric.lower()


def test_a_drafted_date_after_a_lead_in_names_what_follows_it() -> None:
    ((_, metric),) = _dates("According to analysts who track its orders in Asia, the Orbis tablet will go on sale"
                            " in November.")
    assert metric.split()[:2] == ["orbis", "tablet"]


def test_a_drafted_date_takes_the_articles_year() -> None:
    text = "NEWSWIRE\n\nBy Ann Lee\nOctober 20, 2026\n\nLeaders of the bloc will meet in Lima on Nov 12 for a summit.\n"
    (claim,) = [c for c in draft_claims(text, "preview", "x").document.claims if c.figures]
    assert format_interval(claim.figures[0].quantity) == "2026-11-12"


@pytest.mark.parametrize("text", [
    "on " * 20_000 + "May", "May " * 20_000, "in 12 " * 10_000 + "May", "on May 1" + "-1" * 10_000,
    "by the end of " * 5_000 + "June", "Monday, " * 10_000, "A" * 100_000, "1" * 100_000, "in early-" * 10_000,
])
def test_finding_dates_in_long_runs_is_fast(text: str) -> None:
    started = time.process_time()
    find_dates(text)
    assert time.process_time() - started < 1.0
