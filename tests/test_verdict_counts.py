"""Counts a report gives in other words than the expectation: the number whose noun is left out after a
contrast ("rather than the three trims we'd been expecting, there are four"), the count a report restates
only as what was expected, the noun of a compound ("three trim levels" / "four trims") and the count a
verb gives ("delivered 58,400" / "61,000 deliveries").

Verdicts written down (as an editor gives them) before the tool was run; claims invented, in the style of
wire copy, from other events than the released sets (a handset launch, a summit, a central bank, a budget,
a carmaker, a drug regulator).  No drafted figures: the counts are read from the statements.
"""

from __future__ import annotations

import pytest

from helpers import said


@pytest.mark.parametrize("expectation, report, verdict", [
    # the number after a contrast counts the noun the contrast named; the count named as expected is context
    ("The phone maker is expected to offer the handset in five colours",
     "Instead of the five colours that had leaked, there are only three.", "contradicted"),
    ("Eighteen leaders are expected to attend the summit in Lisbon",
     "Rather than the 18 leaders organisers had hoped for, there were 15 at the summit in Lisbon.", "contradicted"),
    ("The central bank will publish three scenarios for the economy",
     "The central bank published four scenarios rather than the three it had trailed", "contradicted"),
    # ... and agreeing: the count the report gives is the one expected
    ("The budget will create three new tax bands",
     "The budget creates three new tax bands rather than the two first mooted", "fulfilled"),
    ("The carmaker will offer three trim levels",
     "There are three trims, rather than the four some dealers had predicted", "fulfilled"),
    # a compound's first noun is what it counts ("trim levels" are trims)
    ("The carmaker is expected to offer three trim levels at launch",
     "The carmaker offers four trims at launch", "contradicted"),
    # a count a verb gives ("delivered 58,400") answers the noun of that verb's family
    ("Analysts expect around 61,000 deliveries of the SUV in the third quarter",
     "The carmaker delivered 58,400 of the SUV in the third quarter", "contradicted"),
    ("The drug regulator is expected to grant about 40 approvals for new medicines this year",
     "The drug regulator approved 41 new medicines this year", "fulfilled"),
    ("The carrier expects about 1,200 hires at its new hub this year",
     "The carrier hired 700 at its new hub this year", "contradicted"),
])
def test_a_count_said_in_other_words_answers(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons


def test_the_elided_count_is_named_by_its_noun() -> None:
    got, reasons = said("Eighteen leaders are expected to attend the summit in Lisbon",
                        "Rather than the 18 leaders organisers had hoped for, there were 15 at the summit in Lisbon.")
    assert got == "contradicted" and any(r.startswith("count of leaders differs") and "15" in r for r in reasons), reasons


@pytest.mark.parametrize("expectation, report", [
    # a bare number after a count without a contrast is no count of its noun ("20 economists … 4.5")
    ("The 20 economists polled expect three rate cuts this year",
     "The 20 economists polled now see inflation at 4.5."),
    # a verb's number that counts another noun named after it stays that noun's ("delivered 58,400 buses")
    ("Analysts expect around 61,000 deliveries of the SUV", "The group delivered 58,400 buses and 3,100 SUVs"),
    # a verb outside the noun's family gives no count of it
    ("The carrier expects about 1,200 hires at its new hub this year",
     "The carrier trained 700 at its new hub this year"),
])
def test_no_count_is_guessed_from_other_words(expectation: str, report: str) -> None:
    _, reasons = said(expectation, report)
    assert not any(r.startswith("count of") and " differs" in r for r in reasons), reasons
