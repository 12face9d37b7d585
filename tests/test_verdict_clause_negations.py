"""Negations in two clauses of one claim say no twice; they do not cancel.  "closed without a joint
communique, the first time in a decade that no statement was issued" is a summit with no communique, not one
with a communique: two denials cancel only when one governs the other in the same clause ("did not rule out",
"could not be ruled out").

Verdicts written down (as an editor gives them) before the tool was run; claims invented in the style of wire
copy, from other events than the released sets (a central bank, a budget, a retailer, a phone launch, a
finance ministers' meeting).
"""

from __future__ import annotations

import pytest

from helpers import said


@pytest.mark.parametrize("expectation, report, verdict", [
    # two denials in two clauses: no
    ("The central bank is expected to publish new guidance on bond purchases",
     "The central bank ended its meeting without publishing new guidance on bond purchases, and no timetable "
     "for the review was given", "contradicted"),
    ("The budget will include a cut to fuel duty",
     "The chancellor presented the budget without a cut to fuel duty; no relief for motorists was offered",
     "contradicted"),
    ("The retailer is expected to announce a special dividend",
     "The retailer did not announce a special dividend, and no buyback was planned either", "contradicted"),
    ("Finance ministers are expected to agree a joint communique",
     "The finance ministers' meeting closed on Saturday without a joint communique, the first time in a decade "
     "that no statement was issued", "contradicted"),
    # a denial expected, met by two
    ("The phone will not come with a charger in the box",
     "The phone ships without a charger in the box, and no headphones are included", "fulfilled"),
    # one denial governing another in one clause still cancels
    ("The bank is expected to rule out a rate cut this year",
     "The bank did not rule out a rate cut this year", "contradicted"),
    ("The governor is expected to say that a further cut cannot be ruled out",
     "The governor said a further cut could not be ruled out", "fulfilled"),
])
def test_denials_in_two_clauses_do_not_cancel(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons


@pytest.mark.parametrize("expectation, report, verdict", [
    # a negative pronoun or adverb denies as "not" does
    ("The central bank is expected to publish a new forward-guidance framework",
     "A new forward-guidance framework was nowhere to be found in the statement", "contradicted"),
    ("Leaders are expected to sign a climate pact on Friday",
     "Nobody signed the climate pact on Friday", "contradicted"),
    ("The budget will not include new money for rail",
     "There was nothing for rail in the budget", "fulfilled"),
    ("The carmaker is expected to add satellite navigation to the base model",
     "Satellite navigation was nowhere to be seen on the base model, and the carmaker said it had nothing "
     "to announce on navigation", "contradicted"),
    # "nothing but", "nothing short of", "nothing less than" affirm
    ("The minister is expected to praise the plan",
     "The minister offered nothing but praise for the plan", "fulfilled"),
    ("The talks are expected to produce a breakthrough on tariffs",
     "The talks produced nothing short of a breakthrough on tariffs", "fulfilled"),
])
def test_negative_pronouns_deny(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons
