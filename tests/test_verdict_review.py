"""Verdicts a reviewer found wrong after the readings of tests/test_verdict_readings.py (issue 14), each written
down as an editor gives it before the tool was run (fixverdict, 2026-11-23): a correction after a comma that
denies what the expectation named ("reported a loss, not a profit") contradicts it; "only" one thing agrees
with "all other" things left alone, and "all"/"both" of another noun, or "both" of two, leaves it standing; a
denied first act of the expectation's own subject counts against it; "twice a year ago" is no frequency.

Sentences are invented, in several domains (earnings, summits, launches, central banks, policy).
"""

from __future__ import annotations

import pytest

from summitcheck.figures import find_figures

from helpers import decided, said

# --- a correction that denies what the expectation named -----------------------------------------------------


@pytest.mark.parametrize("expectation, report", [
    # earnings
    ("The firm is expected to report a profit", "The firm reported a loss, not a profit"),
    # summit
    ("Leaders are expected to sign a treaty", "Leaders signed a joint statement, not a treaty"),
    # launch
    ("Apple is expected to unveil a new iPhone", "Apple unveiled a new iPad, not the iPhone many had expected"),
    # summit: a place
    ("Leaders are expected to meet in Geneva", "Leaders met in Vienna, not the Swiss city of Geneva"),
    # policy: who acts
    ("The government will set the price cap", "The regulator will set the price cap, not the government"),
    # central bank
    ("The bank is expected to cut its deposit rate", "The bank cut its lending rate, not its deposit rate"),
    # budget
    ("The minister is expected to raise fuel duty", "The minister raised tobacco duty, not fuel duty"),
])
def test_a_correction_denying_what_was_expected_contradicts(expectation: str, report: str) -> None:
    assert said(expectation, report)[0] == "contradicted"


@pytest.mark.parametrize("expectation, report", [
    # the correction denies an alternative the expectation did not name
    ("The firm is expected to report a loss", "The firm reported a loss, not a profit"),
    ("Leaders are expected to sign a joint statement", "Leaders signed a joint statement, not a treaty"),
    ("Leaders are expected to meet in Vienna", "Leaders met in Vienna, not the Swiss city of Geneva"),
    ("The regulator will set the price cap", "The regulator will set the price cap, not the government"),
    ("The bank is expected to cut its lending rate", "The bank cut its lending rate, not its deposit rate"),
])
def test_a_correction_denying_an_alternative_leaves_the_act(expectation: str, report: str) -> None:
    assert said(expectation, report)[0] == "fulfilled"


# --- "only" against "all other", and "all"/"both" of another noun -----------------------------------------------


@pytest.mark.parametrize("expectation, report", [
    # central bank: the rest left alone is what "only" says
    ("The bank is expected to cut only its deposit rate",
     "The bank cut its deposit rate and left all other rates unchanged"),
    ("The council is expected to raise only the parking levy",
     "The council raised the parking levy and kept the remaining charges frozen"),
    # summit: "both days" of a two-day summit
    ("The summit is expected to last only two days",
     "Leaders reached agreement on trade over both days of the summit"),
    # central bank: "all" of who voted, not of the cuts
    ("The bank is expected to make only one cut this year", "All nine board members backed the cut"),
    # budget: "all aspects of" the one thing
    ("The ministers will discuss only the budget deficit",
     "The ministers discussed all aspects of the budget deficit"),
    # launch
    ("The phone will go on sale only in the US",
     "The phone went on sale in the US, and all units sold out within an hour"),
])
def test_only_agrees_with_all_of_something_else(expectation: str, report: str) -> None:
    assert said(expectation, report)[0] == "fulfilled"


# --- a denied first act of the expectation's own subject -------------------------------------------------------


@pytest.mark.parametrize("expectation, report, verdict", [
    # summit
    ("The president is expected to lead the delegation",
     "The president will not attend and the vice-president will lead the delegation", "contradicted"),
    ("The vice-president is expected to lead the delegation",
     "The president will not attend and the vice-president will lead the delegation", "fulfilled"),
    # earnings
    ("The chief executive is expected to present the results",
     "The chief executive will not appear and the finance chief will present the results", "contradicted"),
    ("The finance chief is expected to present the results",
     "The chief executive will not appear and the finance chief will present the results", "fulfilled"),
])
def test_a_denied_first_act_of_the_same_subject(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


# --- "twice a year ago" is no frequency ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Fed, which cut rates twice a year ago, held rates",
    "The bank raised rates once a year earlier",
    "Prices fell three times a month before the election",
])
def test_a_count_of_times_before_ago_is_no_frequency(text: str) -> None:
    assert [f.text for f in find_figures(text) if f.quantity.unit.startswith("time/")] == []


def test_a_frequency_before_other_words_is_still_one() -> None:
    (found,) = find_figures("The council meets twice a year ahead of the budget")
    assert found.quantity.unit == "time/year"


@pytest.mark.parametrize("statement, other, found", [
    # a span or a mass after a bare "all" is no whole of parts
    ("The bank will make only one cut this year", "The bank held rates steady all year", None),
    ("The firm will close only its Leeds plant", "The firm shed 900 jobs, all told, at its plant", None),
    # the rest beside the part agrees with "only"
    ("The bank is expected to cut only its deposit rate", "It left all the other rates unchanged", None),
    # a count of the whole other than the part's
    ("The summit is expected to last only two days", "Leaders met on all three days of the summit",
     ("only two days", "all three days")),
    ("The leaders will meet only on the first day", "The leaders met on both days", ("only on the first day",
                                                                                    "both days")),
])
def test_what_only_and_all_speak_of(statement: str, other: str, found: tuple[str, str] | None) -> None:
    from summitcheck.polarity import only_against_all

    assert only_against_all(statement, other) == found


@pytest.mark.parametrize("text", [
    "all " * 3000 + "rates",
    "both the " * 3000 + "days",
    "only two " * 3000 + "both two " * 3000,
    "all other " * 3000,
    "twice a year " * 3000 + "ago",
    "The president will not attend and the " + "President " * 3000 + "will lead",
    "reported a loss" + ", not a profit" * 3000,
])
def test_no_hang_on_long_runs(text: str) -> None:
    import time

    from summitcheck.polarity import direction, only_against_all

    start = time.process_time()
    direction(text)
    find_figures(text)
    only_against_all(text, text)
    decided("The president is expected to lead only the first day of all talks", text)
    assert time.process_time() - start < 5
