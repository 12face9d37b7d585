"""Verdicts of drafted articles where the pairing is right and the reading of one word decides (issue 14):
the time of an event is no level a hold keeps ("will hold a news conference at 11:00"), a frequency written in
words is a figure ("twice a year" / "four times a year"), "only" one part against "both" or "all" of them, an
outcome printed beside the figure that was expected ("$1.21 vs. $1.14 expected"), a denied first act before
another subject's act ("will not attend and Moscow will be represented by …"), and the start of a move among
counts ("to 18 months, from six months now"), and a correction after a comma ("has 14 cores, not the 16
leaks had suggested, and boosts to 5.2GHz"), which denies the alternative, not the act.

All sentences are invented, in several domains (central banks, summits, launches, earnings, budgets); each
verdict was written down, as an editor gives it, before the tool was run on it (artverdict, 2026-11-23).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summitcheck.figures import find_figures, parse_figure
from summitcheck.polarity import direction

from helpers import Written, checked_articles, decided, judged, said

# --- an event held at a time of day is no level kept ---------------------------------------------------------


@pytest.mark.parametrize("statement", [
    "Governor Anna Lind is expected to hold a news conference at 11:00 local time",
    "The prime minister will hold a press briefing at 3 p.m. on Sunday",
    "The company will hold a call with analysts at 8.30am ET",
    "Finance ministers are due to hold talks at 10:30 GMT",
])
def test_an_event_held_at_a_time_of_day_says_no_hold(statement: str) -> None:
    assert direction(statement) == (None, "")


@pytest.mark.parametrize("statement", [
    "The bank is expected to hold its deposit rate at 2%",
    "The board is expected to keep the dividend at 40 cents",
    "The council held the levy at 4.25 per cent",
])
def test_a_level_held_at_a_figure_is_still_a_hold(statement: str) -> None:
    assert direction(statement)[0] == "hold"


@pytest.mark.parametrize("expectation, report, verdict", [
    # central bank
    ("Governor Anna Lind is expected to hold a news conference at 11:00 local time",
     "Governor Anna Lind told a news conference that the bank saw room for one more cut", "fulfilled"),
    # earnings
    ("Orrin will hold a call with analysts at 8.30am ET",
     "Orrin told a call with analysts that it would cut 900 jobs", "fulfilled"),
    # a rate held against a cut is still contradicted
    ("The bank is expected to hold its deposit rate at 2%", "The bank cut its deposit rate to 1.75%",
     "contradicted"),
])
def test_events_held_at_a_time(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


# --- how often, in words -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value, unit", [
    ("It would meet twice a year", 2.0, "time/year"),
    ("The index is published once a month", 1.0, "time/month"),
    ("Trains will run three times a day", 3.0, "time/day"),
    ("The board meets thrice a year", 3.0, "time/year"),
    ("Payments are made twice per month", 2.0, "time/month"),
])
def test_a_frequency_in_words_is_a_figure(text: str, value: float, unit: str) -> None:
    (found,) = find_figures(text)
    assert (found.quantity.value, found.quantity.unit) == (value, unit)
    assert parse_figure(text[found.start:found.end]).unit == unit


@pytest.mark.parametrize("text", [
    "Output is twice as large as a year ago",
    "Once the deal is signed, tariffs will fall",
    "The minister has twice delayed the vote",
    "The rate was cut twice last year",
])
def test_once_and_twice_without_a_period_are_no_frequency(text: str) -> None:
    assert [f.quantity.unit for f in find_figures(text) if f.quantity.unit.startswith("time")] == []


@pytest.mark.parametrize("preview, report, verdict", [
    # summit
    ("The new minerals council would meet twice a year at ministerial level, officials said.",
     "The new minerals council will meet four times a year at ministerial level, according to a fact sheet.",
     "contradicted"),
    # launch
    ("Orrin said the watch software would be updated once a month.",
     "Orrin said the watch software would be updated once a month.", "fulfilled"),
    # central bank
    ("The bank is expected to publish its financial stability report twice a year.",
     "The bank will publish its financial stability report three times a year from now on.", "contradicted"),
])
def test_frequencies_in_words_are_compared(tmp_path: Path, preview: str, report: str, verdict: str) -> None:
    verdicts, _ = checked_articles(tmp_path, preview, report)
    assert verdicts == [verdict]


# --- "only" one of them against both or all of them ----------------------------------------------------------


@pytest.mark.parametrize("expectation, report, verdict", [
    # summit
    ("The U.S. president is expected to attend only the first day of the summit",
     "The U.S. president stayed for both days of the summit", "contradicted"),
    ("The U.S. president is expected to attend both days of the summit",
     "The U.S. president attended only the first day of the summit", "contradicted"),
    ("The U.S. president is expected to attend only the first day of the summit",
     "The U.S. president attended only the first day of the summit", "fulfilled"),
    # central bank
    ("The bank is expected to cut only its deposit rate", "The bank cut both its deposit and lending rates",
     "contradicted"),
    # launch
    ("The phone will go on sale only in the US at first",
     "The phone went on sale in all three markets, the US, Britain and Germany, on Friday", "contradicted"),
    # budget: "only" of something else, and "both" of another thing
    ("The minister is expected to raise only the tobacco duty",
     "The minister raised the tobacco duty, a move both parties backed", "fulfilled"),
    # "not only" and "the only" restrict nothing
    ("The summit will not only discuss trade but also security",
     "Leaders discussed both trade and security at the summit", "fulfilled"),
])
def test_only_one_part_against_both_or_all(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


# --- the outcome printed beside what was expected ------------------------------------------------------------


@pytest.mark.parametrize("expectation, report, verdict", [
    # earnings: a results box (drafting names the report's figure by the words around it, not as the metric)
    (("Earnings per share: $1.14", [("Earnings per share", "$1.14")]),
     ("Earnings per share: $1.21 vs. $1.14 expected", [("vs", "$1.21")]), "contradicted"),
    (("Revenue is expected to come in at $4.82 billion", [("Revenue", "$4.82 billion")]),
     ("Revenue: $4.79 billion versus $4.82 billion expected", [("versus", "$4.79 billion")]), "contradicted"),
    (("Earnings per share: $1.21", [("Earnings per share", "$1.21")]),
     ("Earnings per share: $1.21 vs. $1.14 expected", [("vs", "$1.21")]), "fulfilled"),
    # jobs data
    (("Economists expect payrolls to rise by 180,000", [("payrolls", "180,000")]),
     ("Payrolls rose by 143,000 vs. 180,000 forecast", [("forecast", "143,000")]), "contradicted"),
    # central bank: inflation data
    (("Inflation is forecast at 2.4% in March", [("Inflation", "2.4%")]),
     ("Inflation came in at 2.6% in March against an expected 2.4%", [("came", "2.6%")]), "contradicted"),
])
def test_an_outcome_beside_the_figure_expected(expectation: Written, report: Written, verdict: str) -> None:
    assert judged(expectation, report)[0] == verdict


def test_the_figures_beside_each_other_are_read() -> None:
    from summitcheck.polarity import beside_expected

    assert beside_expected("Earnings per share: $1.21 vs. $1.14 expected") == ("$1.21", "$1.14")
    assert beside_expected("Payrolls rose by 143,000 versus a forecast of 180,000") == ("143,000", "180,000")
    assert beside_expected("Revenue rose 5% versus the same quarter last year") is None


# --- a denied first act, then another subject's act -----------------------------------------------------------


@pytest.mark.parametrize("expectation, report, verdict", [
    # summit
    ("Russia's president will not attend and Moscow will be represented by its foreign minister",
     "Russia's delegation was led by its foreign minister.", "fulfilled"),
    ("Russia's president will not attend and Moscow will be represented by its foreign minister",
     "Russia's president attended, and its foreign minister was represented too", "contradicted"),
    ("The premier will not travel to Tokyo and the foreign minister will lead the delegation",
     "The foreign minister led the delegation to Tokyo", "fulfilled"),
    # budget
    ("The treasury will not raise income tax and the chancellor will freeze fuel duty",
     "The chancellor froze fuel duty for another year", "fulfilled"),
    ("The treasury will not raise income tax and the chancellor will freeze fuel duty",
     "The chancellor raised income tax by a penny", "contradicted"),
    # central bank: the denied act is what the report speaks of
    ("The bank will not raise rates and analysts will watch the statement for a signal",
     "The bank raised rates by a quarter point", "contradicted"),
])
def test_a_denied_first_act_counts_when_the_report_speaks_of_it(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


# --- where a move started is not what it reached -------------------------------------------------------------


@pytest.mark.parametrize("expectation, report, verdict", [
    # summit
    ("Beijing is expected to extend general licences for exports of rare-earth magnets to European companies to 18 "
     "months, from six months now",
     "Beijing agreed to lengthen general licences for rare-earth magnet exports to European firms to 12 months from "
     "six", "contradicted"),
    # earnings
    ("Orrin plans to grow its store count to 40 stores, up from 25 stores last year",
     "Orrin now runs 34 stores, up from 25 a year ago", "contradicted"),
    # launch / policy
    ("The ministry will extend the visa-free stay to 30 days from 15 days",
     "The ministry extended the visa-free stay to 21 days", "contradicted"),
    ("The ministry will extend the visa-free stay to 30 days from 15 days",
     "The ministry extended the visa-free stay to 30 days", "fulfilled"),
    # central bank
    ("The lender is expected to extend the mortgage holiday to nine months, from three months now",
     "The lender extended the mortgage holiday to nine months from three", "fulfilled"),
])
def test_the_start_of_a_move_is_set_aside_among_counts(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


# --- a correction after a comma denies the alternative, not the act ------------------------------------------


@pytest.mark.parametrize("expectation, report, verdict", [
    # launch
    ("The Vega 3 camera is expected to shoot 8K video",
     "The Vega 3 has a 40-megapixel sensor, not the 50 megapixels rumoured, and shoots 8K video", "fulfilled"),
    # central bank
    ("The bank is expected to cut its main rate",
     "The bank cut its main rate by 50 basis points, not the 25 most economists had forecast", "fulfilled"),
    # earnings
    ("Orrin is expected to raise its dividend",
     "Orrin raised its dividend by 8%, not the 10% some analysts had hoped for", "fulfilled"),
    ("Orrin is expected to raise its dividend", "Orrin did not raise its dividend, holding it at 40 cents",
     "contradicted"),
    # summit: the alternative denied is what the expectation says
    ("Leaders are expected to sign a trade pact", "Leaders signed a trade pact, not a full free-trade agreement",
     "fulfilled"),
    ("Leaders are expected to sign a full free-trade agreement",
     "Leaders signed a trade pact, not a full free-trade agreement", "contradicted"),
])
def test_a_correction_denies_the_alternative(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


@pytest.mark.parametrize("expectation, report", [
    # central bank
    (("The bank is expected to cut its main rate by 25 basis points", [("main rate cut", "25 basis points")]),
     ("The bank cut its main rate by 50 basis points, not the 25 most economists had forecast",
      [("main rate cut", "50 basis points")])),
    # launch
    (("The Vega 3 is expected to have a 50-megapixel sensor", [("sensor", "50-megapixel")]),
     ("The Vega 3 has a 40-megapixel sensor, not the 50 megapixels rumoured, and shoots 8K video",
      [("sensor", "40-megapixel")])),
])
def test_the_figure_a_correction_denies_is_passed_over(expectation: Written, report: Written) -> None:
    verdict, reasons, _ = judged(expectation, report)
    assert verdict == "contradicted" and any("rather than" in r for r in reasons), reasons


# --- no hang -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "hold " + "a " * 3000 + "at 11:00",
    "only " + "First " * 3000 + "both days",
    "twice " * 3000 + "a year",
    "$1 vs. " + "9" * 3000 + " expected",
    "Earnings " + "vs. " * 3000 + "$1.14 expected",
    "The bank will not " + "raise " * 3000 + "and The bank will",
    "not " * 3000 + "and Moscow " + "Moscow " * 3000 + "will",
    "to 18 months from " + "from " * 3000 + "six months",
    "cut by 50 basis points" + ", not the" * 3000 + " 25",
    "cut by 50, not " + "9" * 3000,
])
def test_no_hang_on_long_runs(text: str) -> None:
    import time
    start = time.process_time()
    direction(text)
    find_figures(text)
    decided("Earnings per share: $1.14 only the first day of the summit", text)
    assert time.process_time() - start < 5
