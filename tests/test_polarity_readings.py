"""Readings of polarity and direction an editor makes without thinking, each over every domain:

- "No. 6 blast furnace", "the No. 2 Republican": the abbreviation of "number", no denial;
- a part of a claim that tells only what someone wanted ("while two preferred to keep the rate at 6.50%", "two
  directors favoured an increase") is a preference, not the move: the claim's move is the rest's;
- "Rather than approving a pilot, …", "… instead of paying a special dividend": the act passed over was not done,
  which counts against a claim of that act, not against one of the act done in its place;
- a goal or a plan kept ("reaffirm the goal of bringing debt down", "reiterated the aim of reducing debt") keeps a
  course: no hold;
- "sidestep questions", "dodged questions", "skirted the issue" (WordNet's verbs of evading) refuse to answer, as
  "declined to discuss" does; and a refusal to speak answers an expectation that questions will be put ("will face
  questions about the merger");
- a passive "were dropped" ("plans for a working group were dropped", "the tax was dropped from the budget") removes
  the thing, where "dropped 3%" is a fall;
- a passive hold at a level ("is likely to be left at 1.2%", "rates were held at 4%") is no change, as "left rates at
  4%" is;
- a second act of the same subject joined by "and" ("raised its fuel cost guidance and kept its capacity guidance
  unchanged") is a part of its own, as one after "while" or a semicolon is.

Verdicts written down (as an editor gives them) before the tool was run; claims invented in the style of wire copy,
from other events than the released sets (a reactor, a senate vote, a central bank, a board, a council, a summit, a
company, a budget, an airline).
"""

from __future__ import annotations

import time

import pytest

from summitcheck.polarity import direction, negation_cues

from helpers import decided, said


@pytest.mark.parametrize("expectation, report, verdict", [
    ("Senator Hale, the No. 2 Republican in the chamber, will back the bill", "Hale backed the bill on Tuesday",
     "fulfilled"),
    ("The No. 1 seed will not reach the final", "The top seed reached the final on Sunday", "contradicted"),
    ("Production at the No. 4 reactor will resume next week", "The operator restarted the No. 4 reactor on Monday",
     "fulfilled"),
    ("There will be no 50 basis point hike at the meeting", "The bank raised rates by 50 basis points at the meeting",
     "contradicted"),
])
def test_a_number_sign_is_no_denial(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


@pytest.mark.parametrize("expectation, report, verdict", [
    ("The central bank is expected to cut its policy rate by 25 basis points",
     "Five of the seven members backed the cut, while two preferred to keep the policy rate unchanged", "fulfilled"),
    ("The central bank is expected to cut its policy rate",
     "The bank held its policy rate, though two members wanted a cut", "contradicted"),
    ("The board is expected to raise the dividend",
     "The board kept the dividend unchanged; two directors favoured an increase", "contradicted"),
    ("The committee will keep rates on hold",
     "Seven members voted to keep rates on hold, while two preferred a hike", "fulfilled"),
    ("The council is expected to freeze bus fares",
     "The council raised bus fares by 3%, while several members wanted a freeze", "contradicted"),
])
def test_a_preference_is_not_the_move(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


@pytest.mark.parametrize("expectation, report, verdict", [
    ("Leaders are likely to approve a pilot of the payments system",
     "Rather than approving a pilot, the declaration asks finance ministers to study the payments system",
     "contradicted"),
    ("The company is expected to pay a special dividend",
     "Instead of paying a special dividend, the company launched a share buyback", "contradicted"),
    ("The company is expected to launch a share buyback",
     "Instead of paying a special dividend, the company launched a share buyback", "fulfilled"),
    ("Ministers are expected to ask officials to study the plan",
     "Rather than approving the plan, ministers asked officials to study it", "fulfilled"),
    ("The central bank will wind down its dollar purchases next month",
     "The central bank will extend its dollar purchases until September, instead of winding them down next month",
     "contradicted"),
])
def test_an_act_passed_over_was_not_done(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


@pytest.mark.parametrize("expectation, report, verdict", [
    ("The minister is expected to reaffirm the goal of bringing debt down to 50% of GDP",
     "The minister reiterated the aim of reducing debt to 50% of GDP", "fulfilled"),
    ("The company is expected to reaffirm its target of raising margins to 20%",
     "The company cut its margin target to 15%", "contradicted"),
    ("The company is expected to reaffirm its goal of raising margins to 20%",
     "The company dropped its goal of raising margins to 20%", "contradicted"),
])
def test_a_goal_kept_keeps_a_course(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


def test_a_target_kept_at_a_level_still_holds() -> None:
    assert direction("The bank kept its inflation target at 2%")[0] == "hold"
    assert direction("The government stuck to its deficit target")[0] == "hold"
    assert direction("The company reaffirmed its target of raising margins to 20%")[0] == "up"
    assert direction("The minister will reaffirm the goal of bringing debt down")[0] is None


@pytest.mark.parametrize("expectation, report, verdict", [
    ("The chief executive is expected to sidestep questions about reported talks to buy the payments firm",
     "On the call, the CEO declined to discuss reports that the company is in talks to buy the payments firm",
     "fulfilled"),
    ("The chief executive is expected to discuss talks to buy the payments firm",
     "The chief executive dodged questions about talks to buy the payments firm", "contradicted"),
    ("The prime minister skirted the issue of early elections in his speech",
     "The prime minister did not mention early elections", "fulfilled"),
    ("The chief executive will face questions about the merger",
     "The chief executive declined to comment on the merger", "fulfilled"),
    ("The minister is expected to be asked about the leak", "The minister refused to say anything about the leak",
     "fulfilled"),
    ("The governor will outline the bank's view on the currency", "The governor declined to comment on the currency",
     "contradicted"),
])
def test_evading_a_question_is_a_refusal_to_answer_it(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


def test_a_verb_of_evading_needs_a_question() -> None:
    assert negation_cues("The bank sidestepped questions about the rupee") == ["sidestepped"]
    assert negation_cues("The convoy skirted the city") == []


@pytest.mark.parametrize("expectation, report, verdict", [
    ("Leaders will agree to set up a working group on AI safety",
     "Plans for a standing working group on AI safety were dropped in the final hours", "contradicted"),
    ("The budget will include a tax on sugary drinks", "The tax on sugary drinks was dropped from the budget",
     "contradicted"),
    ("Oil prices will fall this week", "Oil prices dropped 3% this week", "fulfilled"),
    ("The fee is expected to be cut", "The fee was dropped to $5 from $8", "fulfilled"),
])
def test_a_thing_dropped_is_removed(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


def test_a_passive_hold_at_a_level_is_no_change() -> None:
    assert direction("The growth forecast for this year is likely to be left at 1.2%")[0] == "hold"
    assert direction("Rates are expected to be held at 4%")[0] == "hold"
    assert direction("The bank left rates at 4%")[0] == "hold"
    assert direction("The summit was held at 10:30 GMT")[0] is None


@pytest.mark.parametrize("expectation, report, verdict", [
    ("The airline is expected to keep its capacity guidance unchanged",
     "The airline raised its fuel cost guidance and kept its capacity guidance unchanged", "fulfilled"),
    ("The airline is expected to keep its fuel cost guidance unchanged",
     "The airline raised its fuel cost guidance and kept its capacity guidance unchanged", "contradicted"),
])
def test_a_second_act_joined_by_and_is_a_part(expectation: str, report: str, verdict: str) -> None:
    assert said(expectation, report)[0] == verdict


@pytest.mark.parametrize("text", [
    "No." * 5000, "No. " * 3000 + "1", "Nos." * 4000,
    "rather than " * 2000 + "approving", "instead of " + "a" * 20000 + "ing",
    "were dropped " * 3000, "was held at " * 2000 + "1" * 5000, "left " * 3000 + "at 4%",
    "Rather Than Approving " * 1500, "and kept " * 3000, "sidestep " * 1500 + "questions " * 1500,
    "x was held at " + "1," * 4000 + "a",
])
def test_pathological_input_is_read_quickly(text: str) -> None:
    start = time.process_time()
    decided("The bank is expected to approve the plan", text)
    direction(text, "The bank is expected to approve the plan")
    negation_cues(text, "The bank is expected to approve the plan")
    assert time.process_time() - start < 5
