"""What a claim says besides its main act: the means by which it is done ("abolish 4,000 posts, mainly
through not replacing retiring staff") and a trailing participle that tells what the act amounts to
(", extending an easing cycle …").  A negation or an opposite cue inside one speaks of that part, not of
whether the act happened: it counts only when the other claim speaks of that part.

Verdicts written down (as an editor gives them) before the tool was run; claims invented, in the style of
wire copy, from other events than the released sets (a budget, a central bank, an airline, a summit).
"""

from __future__ import annotations

import pytest

from helpers import said


@pytest.mark.parametrize("expectation, report, verdict", [
    # the means ("by not filling", "through not renewing") is how; the act itself is affirmed
    ("The ministry will save 2 billion euros, largely by not filling vacant posts",
     "The ministry will save 2 billion euros in the coming year, the budget shows", "fulfilled"),
    ("The central bank will shrink its balance sheet by not reinvesting maturing bonds",
     "The central bank shrank its balance sheet further in the quarter", "fulfilled"),
    ("The airline aims to cut 900 jobs, mainly through not renewing temporary contracts",
     "The airline said it would cut 600 jobs", "contradicted"),
    # ... but a denial of the act itself is one
    ("The central bank will not reinvest maturing bonds", "The central bank reinvested maturing bonds",
     "contradicted"),
    # a trailing participle tells what the act amounts to: a cue in it speaks of that, not of the act
    ("The central bank is expected to cut its main rate to 3.5%, extending an easing cycle that began last year",
     "The central bank cut its main rate to 3.5% and said it could stop cutting as soon as its next meeting",
     "fulfilled"),
    ("Leaders are expected to endorse the climate plan, continuing a push begun at the last summit",
     "Leaders endorsed the climate plan, though several said talks on funding would end without a deal",
     "fulfilled"),
    # ... and a report that speaks of it answers it
    ("The central bank is expected to cut its main rate to 3.5%, extending its easing cycle",
     "The central bank cut its main rate to 3.5%, ending its easing cycle", "contradicted"),
])
def test_the_means_and_a_trailing_participle_are_read_apart(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons


# A trailing participle whose cue is the opposite of the other claim's act speaks of that act, though it
# shares no other word with it: "…, skipping the talks on migration" against "will attend the summit".
# Verdicts written down before the tool was run (lead, 2026-11-22); invented claims.
@pytest.mark.parametrize("expectation, report, verdict", [
    # summit
    pytest.param("Prime Minister Ana Alvarez will attend the two-day Andean summit in Quito",
                 "Alvarez flew home after the first day, skipping the talks on migration", "contradicted",
                 marks=pytest.mark.xfail(strict=True, reason="pairing: the object veto reads 'attend' the summit "
                                         "against 'skipping' the talks as two objects and refuses the pair")),
    ("Prime Minister Ana Alvarez will attend the two-day Andean summit in Quito",
     "Alvarez left the Andean summit in Quito after the first day, skipping its second session", "contradicted"),
    # economy / central bank
    ("Economic growth is expected to quicken in the third quarter",
     "The economy grew 0.2% in the third quarter, slowing from 0.5% in the second", "contradicted"),
    # budget
    ("The treasury will extend the fuel-duty relief beyond March",
     "The treasury confirmed fuel duty will rise in April, ending the temporary cut", "contradicted"),
    # controls: a negated claim says it by its negation ("failed to renew it, letting it lapse"); the other
    # claim's act is its first ("lowered … and, for the first time, said it could stop cutting")
    ("Members are expected to extend the tariff truce until June",
     "Members failed to renew the tariff truce, letting it lapse on Sunday", "contradicted"),
    ("The bank is expected to lower its deposit rate by 25 basis points, extending its easing cycle",
     "The bank lowered its deposit rate by 25 basis points and, for the first time this year, said it could stop "
     "cutting soon", "fulfilled"),
    # control: the main clause says the act, the participle only limits it
    ("Alvarez will attend the Andean summit in Quito",
     "Alvarez attended the Andean summit in Quito, skipping only the closing gala dinner", "fulfilled"),
])
def test_a_trailing_participle_opposite_to_the_act_answers_it(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons
