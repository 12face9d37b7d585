"""Directions read from the right word (issue 14): a forecast kept at a figure is no move of the thing forecast
("will keep its growth forecast for 2026 at 4.5%" / "the economy is projected to expand by 4.5%": the forecast
held, the economy grows), and a denied move met by a hold that is itself said with a denial ("is not expected to
include any new tax cuts" / "offers no new tax cuts, leaving the brackets in place": no cut came, as expected).

All sentences are invented, in several domains (central banks, agencies, earnings, budgets); each verdict was
written down, as an editor gives it, before the tool was run on it (artverdicts, 2026-11-23).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from summitcheck.polarity import keeps_forecast, negation_cues

from helpers import checked_articles, said

# --- a forecast kept at a figure, the thing forecast moving by it ------------------------------------------------


@pytest.mark.parametrize("preview, report, verdict", [
    # central bank
    ("The Bank of Ghana will probably keep its growth forecast for 2026 at 4.5%.",
     "The economy is still projected to expand by 4.5 percent in 2026, the Bank of Ghana said.", "fulfilled"),
    # an international agency
    ("The IMF is expected to leave its global growth forecast unchanged at 3.1% for next year.",
     "The IMF said the world economy is forecast to grow 3.1% next year.", "fulfilled"),
    # earnings
    ("Vantor is expected to keep its full-year revenue growth forecast at 8%.",
     "Vantor said revenue would rise 8% this year.", "fulfilled"),
    # an energy agency
    ("The agency is expected to keep its oil demand growth forecast at 1.2 million barrels a day.",
     "The agency said oil demand will rise by 1.2 million barrels a day this year.", "fulfilled"),
    # controls: the forecast itself cut, the thing forecast by another figure, a rate held against a rise
    ("The Bank of Ghana will probably keep its growth forecast for 2026 at 4.5%.",
     "The Bank of Ghana cut its growth forecast for 2026 to 3.9 percent.", "contradicted"),
    ("The Bank of Ghana will probably keep its growth forecast for 2026 at 4.5%.",
     "The economy is now projected to expand by 3.9 percent in 2026, the Bank of Ghana said.", "contradicted"),
    ("The central bank is expected to keep its policy rate at 4.5%.",
     "The central bank raised its policy rate to 4.75%.", "contradicted"),
    ("Inflation is expected to stay at 3% in March.", "Inflation rose to 3.4% in March, the statistics office said.",
     "contradicted"),
])
def test_a_forecast_kept_is_no_move_of_the_thing(tmp_path: Path, preview: str, report: str, verdict: str) -> None:
    assert checked_articles(tmp_path, preview, report)[0] == [verdict]


@pytest.mark.parametrize("statement, word, kept", [
    ("The bank will probably keep its growth forecast for the 2025/26 financial year at 6.0%-6.5%", "keep", True),
    ("The IMF is expected to leave its global growth forecast unchanged at 3.1%", "unchanged", True),
    ("The company held its full-year guidance steady", "held", True),
    ("The bank is expected to hold its policy rate at 4.5%", "hold", False),
    ("The bank kept rates on hold and cut its growth forecast to 3%", "kept", False),
    ("Growth will stay at 3%, the forecast shows", "stay", False),
])
def test_which_holds_keep_a_forecast(statement: str, word: str, kept: bool) -> None:
    assert keeps_forecast(statement, word) is kept


@pytest.mark.parametrize("text", ["keep " * 5000, "keep its " + "growth " * 5000 + "at", "Keep Its " * 4000,
                                  "keep its " + "1" * 20000 + " forecast"])
def test_keeps_forecast_no_hang(text: str) -> None:
    start = time.process_time()
    keeps_forecast(text, "keep")
    assert time.process_time() - start < 1.0


# --- a denied move met by a hold said with a denial ---------------------------------------------------------------


@pytest.mark.parametrize("expectation, report, verdict", [
    # budgets
    ("The government is not expected to include any new personal income tax cuts",
     "The plan offers no fresh income tax cuts for individuals, leaving in place the 8% bracket introduced last year",
     "fulfilled"),
    ("The chancellor is not expected to announce any new fuel duty cuts",
     "There were no new fuel duty cuts in the statement, leaving the duty rate in place", "fulfilled"),
    ("The chancellor is not expected to announce any new fuel duty cuts, having already frozen the rate last year",
     "The statement offers no fresh fuel duty relief for drivers, leaving in place the freeze introduced last year",
     "fulfilled"),
    ("The province is not expected to include any new property tax cuts",
     "The plan offers no fresh property tax relief for homeowners, leaving in place the rebate introduced in 2024",
     "fulfilled"),
    # earnings
    ("Delmar is not expected to announce any increase in its dividend",
     "Delmar offered no fresh payout for shareholders, leaving in place the quarterly dividend of 40 cents",
     "fulfilled"),
    ("Delmar is not expected to increase its quarterly dividend",
     "Delmar did not increase its quarterly dividend, keeping it unchanged", "fulfilled"),
    # controls: the move expected, or the denied move made
    ("The government is expected to include new personal income tax cuts",
     "The plan offers no fresh income tax cuts for individuals, leaving in place the 8% bracket introduced last year",
     "contradicted"),
    ("The central bank is not expected to raise its reserve requirement",
     "The central bank raised its reserve requirement for commercial lenders", "contradicted"),
])
def test_a_denied_move_met_by_a_denied_hold(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


# --- a negation in ", in a decision that …" tells of the decision, not the act -----------------------------------


@pytest.mark.parametrize("expectation, report, verdict", [
    # central bank
    ("The central bank is expected to cut its main rate to 4% on Thursday",
     "The central bank cut its main rate to 4% on Thursday, in a decision that policymakers said did not mark the "
     "end of the easing cycle", "fulfilled"),
    # summit
    ("Leaders are expected to sign the trade pact on Sunday",
     "Leaders signed the trade pact on Sunday, in a move that did not include the disputed farm chapter",
     "fulfilled"),
    # earnings
    ("Orrin is expected to raise its quarterly dividend",
     "Orrin raised its quarterly dividend by 5%, in a step that analysts said was not enough to lift the shares",
     "fulfilled"),
    # budget
    ("The government is expected to extend the fuel subsidy",
     "The government extended the fuel subsidy, in a decision that was not welcomed by the IMF", "fulfilled"),
    # controls: the other claim speaks of what the clause denies; the act itself denied
    ("The statement is expected to signal further rate cuts this year",
     "The central bank cut its main rate to 4% on Thursday, in a decision that policymakers said did not signal "
     "further rate cuts this year", "contradicted"),
    ("The pact is expected to include the disputed farm chapter",
     "Leaders signed the trade pact on Sunday, in a move that did not include the disputed farm chapter",
     "contradicted"),
    ("The central bank is expected to cut its main rate on Thursday",
     "The central bank did not cut its main rate on Thursday, in a decision that surprised markets", "contradicted"),
])
def test_a_negation_in_a_clause_on_the_decision(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


@pytest.mark.parametrize("text", ["x, in a " + "decision " * 5000 + "that", "x, in a decision that " + "not " * 8000,
                                  ", in an " * 4000, "Rate, In A Decision That Did Not " * 2000])
def test_a_clause_on_the_decision_no_hang(text: str) -> None:
    start = time.process_time()
    negation_cues(text[:20000], "The bank is expected to cut its rate")
    assert time.process_time() - start < 2.0
