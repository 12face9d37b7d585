"""Findings of the end-of-session review (2026-11-22, second session), each written as a test from the
reviewer's reproduction before the fix; expected values are what an editor reads in the sentence.
Sentences invented in the reviewers' and the lead's words (central bank, budget, launch, earnings, summit).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from summitcheck.context import read_context
from summitcheck.extract.segmenting import furniture_kind
from summitcheck.figures import find_figures

from helpers import checked_articles, judged


# A bound said with a verb is no bound when the verb is denied: "will not exceed 3%" is not "3% or more".
@pytest.mark.parametrize("sentence", [
    "The deficit will not exceed 3% of GDP next year.",
    "Car sales have never topped 2 million units in a year.",
    "The finance ministry said borrowing won't exceed €60 billion.",
])
def test_a_denied_bound_verb_is_no_open_bound(sentence: str) -> None:
    [found] = find_figures(sentence)
    assert not math.isinf(found.quantity.low) and not math.isinf(found.quantity.high)


def test_a_shared_generic_head_does_not_choose_the_figure(tmp_path: Path) -> None:
    # "inflation rate" 2.5% does not answer "policy rate" 2%: they share only "rate"
    verdicts, conflicts = checked_articles(
        tmp_path, "The Norland central bank is expected to cut its policy rate to 2% on Thursday, economists said.",
        "The Norland central bank cut its policy rate on Thursday, a day after data showed the inflation rate at "
        "2.5% and unemployment at 6%.")
    assert conflicts == []
    assert verdicts != ["contradicted"]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Germany provided €2 billion in military aid to Ukraine in 2025.", "€2 billion"),
    ("Kessler-Brandt provided revenue guidance of $3.9 billion for 2026 on Thursday.", "$3.9 billion"),
    ("The council will decide if rates rise to 3% next month.", "3%"),
    ("The minister did not say if the deficit would reach $40bn.", "$40bn"),
])
def test_a_plain_verb_is_no_assumption(sentence: str, value: str) -> None:
    context = read_context(sentence, value)
    assert context is not None and not context.condition


@pytest.mark.parametrize(("sentence", "value"), [
    ("The bank expects inflation of 1.1% next year, assuming the policy rate stays at 0.25%.", "0.25%"),
    ("Revenue would reach $5bn, provided that the plant opens at 80% capacity.", "80%"),
    ("If oil averages $70 a barrel, the budget will balance.", "$70"),
])
def test_an_assumption_stays_one(sentence: str, value: str) -> None:
    context = read_context(sentence, value)
    assert context is not None and context.condition


def test_us_the_country_is_not_the_page_speaking() -> None:
    # a US story's paragraph closing in a promo keeps its news, as a euro-zone one does
    us = "Consumer prices in the US rose 2.4% in May from a year earlier, the Labor Department said. Sign up for our newsletter."
    euro = us.replace("the US", "the euro zone")
    assert furniture_kind(us) == furniture_kind(euro)


@pytest.mark.parametrize("line", [
    "Only paying subscribers can watch the content, the company said on Tuesday.",
    "Access is limited to 27 members.",
])
def test_who_may_use_a_thing_in_the_news_is_not_a_paywall(line: str) -> None:
    assert furniture_kind(line) is None


SECOND_CLAUSE_REFUSALS = [
    ("Toyota will raise its annual profit forecast",
     "Toyota raised its annual profit forecast but declined to comment on tariffs"),
    ("The ECB will cut its deposit rate", "The ECB cut its deposit rate; Lagarde would not comment on further cuts"),
]


@pytest.mark.parametrize(("expectation", "report"), SECOND_CLAUSE_REFUSALS)
def test_a_refusal_in_a_second_clause_is_not_the_outcome(expectation: str, report: str) -> None:
    # a refusal in a second clause, of another thing, does not make the expectation absent
    got, reasons, _ = judged((expectation, []), (report, []))
    assert got != "absent" and not any("refusal to speak" in r for r in reasons), reasons


@pytest.mark.parametrize(("expectation", "report"), SECOND_CLAUSE_REFUSALS)
def test_a_refusal_in_a_second_clause_leaves_the_act_fulfilled(expectation: str, report: str) -> None:
    got, reasons, _ = judged((expectation, []), (report, []))
    assert got == "fulfilled", reasons


@pytest.mark.parametrize(("expectation", "report", "verdict"), [
    # "online" of a thing launched is no meeting held from afar
    ("Leaders will meet face to face at the summit in Rome",
     "Leaders met at the summit in Rome and launched an online portal for refugee visas", "fulfilled"),
])
def test_review_verdicts(expectation: str, report: str, verdict: str) -> None:
    got, reasons, _ = judged((expectation, []), (report, []))
    assert got == verdict, reasons


@pytest.mark.parametrize(("expectation", "report"), [
    ("The Pacific Islands Forum leaders' retreat will be held online this year.",
     "Pacific Islands Forum leaders met in person for their retreat in Suva."),
    ("Ministers will meet online on Monday.", "Ministers met in person in Vienna on Monday."),
])
def test_a_meeting_held_online_still_opposes_one_in_person(expectation: str, report: str) -> None:
    got, reasons, _ = judged((expectation, []), (report, []))
    assert got == "contradicted", reasons


@pytest.mark.parametrize("sentence", ["It is half past 10 am in Tokyo.", "Growth over past 12 months was 2%."])
def test_past_as_a_time_is_no_bound(sentence: str) -> None:
    assert all(not math.isinf(f.quantity.high) for f in find_figures(sentence))


@pytest.mark.parametrize(("sentence", "value", "stands"), [
    # a premium, spread or surcharge "over" another figure is a gap between two others
    ("LTE models should carry the usual $100 premium over the Wi-Fi versions.", "$100", "difference"),
    ("Italian 10-year yields trade at a 90 basis point spread over Bunds.", "90 basis point", "difference"),
    # ... an ordinary move is not
    ("Sales rose 4% year over year.", "4%", "move"),
])
def test_a_premium_over_another_figure_is_a_gap(sentence: str, value: str, stands: str) -> None:
    context = read_context(sentence, value)
    assert context is not None and context.stands == stands
