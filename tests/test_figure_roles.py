"""What a figure's own sentence says of its role decides which figures answer each other (issue 14, artfig4):

- the second part of a split year ("2025/26", "2026-27") is the year's, neither a figure nor another value in the
  sentence, so the period reads whole;
- "key", "benchmark", "figure", "level" only point at what is measured: an article giving "the key policy rate" and
  "the policy rate" tells nothing apart by them;
- a value after "a further", "an additional", "another", "an extra" is an increment: never the level it adds to;
- names an article lists side by side ("Core, Touring and Apex") are siblings: a figure of one is not a figure of
  another.

Each class has invented variants from other events (a central bank, a budget, earnings, a launch, a summit) and a
control that must still conflict.  The expected conflicts and verdicts were written down before the tool was run
(artfig4, 2026-11-22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitcheck.context import read_context
from summitcheck.extract import draft_claims
from summitcheck.figures import find_figures

from helpers import checked_articles

# ---- split years ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("preview", "report", "conflict"), [
    # central bank: a fiscal year named by its end against a split year; the next year's figure agrees but moved
    # from no baseline
    ("The Reserve Bank is expected to raise its growth forecast for the year ending June 30 to 2.3% from 2.1%, "
     "economists said.",
     "The Reserve Bank raised its growth forecast for 2026/27 to 2.5% from 2.1%, and pegged growth for 2027/28 at 2.3%.",
     ("2.3%", "2.5%")),
    # budget: a split year with a hyphen on both sides
    ("The Treasury is expected to trim its 2026-27 deficit forecast to 3.1% of GDP from 3.4%.",
     "The Treasury cut its deficit forecast for 2026-27 to 2.9% of GDP from 3.4%.",
     ("3.1%", "2.9%")),
    # earnings: a split year with a slash
    ("Kestrel Mining is expected to lift its 2026/27 copper output guidance to 410,000 tonnes from 380,000 tonnes.",
     "Kestrel Mining raised its copper output guidance for 2026/27 to 430,000 tonnes from 380,000 tonnes.",
     ("410,000 tonnes", "430,000 tonnes")),
])
def test_a_split_year_reads_whole(tmp_path: Path, preview: str, report: str, conflict: tuple[str, str]) -> None:
    verdicts, conflicts = checked_articles(tmp_path, preview, report)
    assert conflicts == [conflict]
    assert verdicts == ["contradicted"]


def test_the_second_part_of_a_split_year_is_no_figure() -> None:
    claims = draft_claims("The central bank is expected to trim its 2025/26 inflation projection to 2.4% from 2.6%.",
                          "preview", "preview")
    assert [f.quantity.text for c in claims.document.claims for f in c.figures] == ["2.4%"]


def test_a_split_year_is_no_other_value_in_the_sentence() -> None:
    context = read_context("The bank raised its growth projection for 2025-26 to 7.2% from 6.8%.", "7.2%")
    assert context is not None and "2025-26" in context.segment


# ---- words that only point at what is measured ---------------------------------------------------------------------

@pytest.mark.parametrize(("preview", "report"), [
    # central bank: the decision and a later step of the path
    ("The central bank is expected to cut its key policy rate to 3.50% on Thursday. Economists see one more cut by "
     "September, which would take the policy rate to 3.25%.",
     "Policymakers lowered the policy rate to 3.50%, as most economists had forecast."),
    # bonds: the benchmark yield now and a strategist's year-end call
    ("The benchmark Bund yield is expected to hold at 2.60% after the auction. Strategists expect a further rise "
     "later in the year that would take the Bund yield to 2.90%.",
     "The Bund yield ended the session at 2.60%."),
    # budget: "the deficit figure" now and a path ("by the end of the decade" is a later point: artfig5's horizon,
    # tests/test_figure_scope.py)
    ("France's deficit figure for this year is expected at 4.2% of GDP. Ministers aim to bring the deficit "
     "to 3% of GDP by the end of the decade.",
     "France's deficit came in at 4.2% of GDP, the finance ministry said."),
])
def test_a_pointing_word_tells_no_figure_apart(tmp_path: Path, preview: str, report: str) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == []


def test_a_pointing_word_still_compares_one_rate(tmp_path: Path) -> None:
    # control: the key policy rate is the policy rate, and it differs
    assert checked_articles(tmp_path, "The central bank is expected to cut its key policy rate to 3.50% on Thursday.",
                            "The central bank cut the policy rate to 3.25% on Thursday.")[1] == [("3.50%", "3.25%")]


# ---- increments ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("preview", "report"), [
    # central bank: the programme and the addition to it
    ("The ECB is expected to expand its €750 billion bond purchase programme on Thursday.",
     "The ECB added a further €100 billion to its bond purchase programme on Thursday."),
    # earnings: a provision and a new charge
    ("Analysts expect Norland Foods to top up its $1.2 billion restructuring provision.",
     "Norland Foods booked an additional $300 million restructuring provision in the quarter."),
    # budget: a reserve and what is set aside on top
    ("The Treasury is expected to add to its £10 billion contingency reserve for the health service.",
     "The Treasury set aside an extra £2 billion contingency reserve for the health service."),
])
def test_an_increment_is_not_the_level_it_adds_to(tmp_path: Path, preview: str, report: str) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == []


def test_two_increments_still_compare(tmp_path: Path) -> None:
    # control: both sides give the size of the addition
    assert checked_articles(tmp_path, "The Fed is expected to deliver a further 25 basis point cut in December.",
                            "The Fed delivered a further 50 basis point cut in December.")[1] \
        == [("25 basis point", "50 basis point")]


# ---- sibling names -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("preview", "report"), [
    # launch: phone models
    ("Orin will sell the phone in three models: Lite, Plus and Max. The Plus is expected to get a larger 5,000 mAh "
     "battery.",
     "Orin sells the phone as the Lite, the Plus and the Max. The Max gets a 5,500 mAh battery."),
    # central bank: votes of board members
    ("Board members Hale, Ruiz and Tanaka are all expected to speak this week. Hale is expected to argue for a cut "
     "of 50 basis points.",
     "Ruiz argued for a cut of 25 basis points at the meeting, the minutes showed."),
    # summit: pledges of two funds listed side by side
    ("Leaders will discuss the Resilience Fund and the Transition Fund. The Resilience Fund is expected to reach "
     "$40 billion.",
     "The Transition Fund reached $25 billion at the summit."),
])
def test_a_figure_of_one_sibling_is_not_anothers(tmp_path: Path, preview: str, report: str) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == []


def test_one_sibling_still_compares(tmp_path: Path) -> None:
    # control: both sentences name the Plus
    assert checked_articles(tmp_path, "Orin will sell the phone in three models: Lite, Plus and Max. The Plus is "
                                      "expected to get a larger 5,000 mAh battery.",
                            "Orin sells the phone as the Lite, the Plus and the Max. The Plus gets a 4,800 mAh "
                            "battery.")[1] == [("5,000 mAh", "4,800 mAh")]


# ---- a count of a noun qualified by a compound ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit"), [
    ("as many as 11 low-income countries facing a crunch", "country"),
    ("cut 1,200 full-time jobs", "job"),
    ("open 40 high-street stores", "store"),
])
def test_a_compound_before_the_noun_leaves_the_noun_counted(text: str, unit: str) -> None:
    assert [f.quantity.unit for f in find_figures(text)] == [unit]


@pytest.mark.parametrize(("preview", "report", "conflict"), [
    # summit
    ("The summit is expected to admit as many as 6 small-island states to the resilience fund.",
     "The summit admitted four states to the resilience fund.",
     ("as many as 6 small-island states", "four states")),
    # earnings
    ("Halvorsen Steel is expected to cut 1,200 full-time jobs at its Norwegian plants.",
     "Halvorsen Steel will cut 900 jobs at its Norwegian plants.",
     ("1,200 full-time jobs", "900 jobs")),
    # launch
    ("Orin plans to open 40 high-street stores in Europe next year.",
     "Orin will open 25 stores in Europe next year, the company said.",
     ("40 high-street stores", "25 stores")),
])
def test_counts_of_one_noun_compare(tmp_path: Path, preview: str, report: str, conflict: tuple[str, str]) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == [conflict]


# ---- the level standing before, given by both articles -------------------------------------------------------------

@pytest.mark.parametrize(("preview", "report"), [
    # central bank
    ("The Riksbank has told markets to expect growth of around 1.5% this year. Economists expect it to raise its "
     "growth forecast to 1.8% on Thursday.",
     "The Riksbank raised its growth forecast for this year to 1.8%, having previously forecast around 1.5%."),
    # earnings
    ("Tarn Foods has guided to an operating margin of about 8% for the year. Analysts expect it to lift that "
     "guidance to 9%.",
     "Tarn Foods now sees an operating margin of 9% for the year, having previously guided to about 8%."),
    # budget
    ("The Treasury has pencilled in a deficit of 3.8% of GDP for next year. Economists expect the new budget to "
     "lower the deficit goal to 3.5%.",
     "The budget lowers the deficit goal for next year to 3.5% of GDP, after previously targeting 3.8%."),
])
def test_the_level_before_a_move_both_articles_give_is_no_conflict(tmp_path: Path, preview: str, report: str) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == []


def test_an_expected_hold_against_a_move_from_it_still_conflicts(tmp_path: Path) -> None:
    # control: the preview expects the old level to stay; nothing in it gives the new one
    assert checked_articles(tmp_path, "The Riksbank is expected to keep its growth forecast at 1.5% on Thursday.",
                            "The Riksbank raised its growth forecast to 1.8% on Thursday, having previously forecast "
                            "1.5%.")[1] == [("1.5%", "1.8%")]
