"""Figures that answer each other within a pair, though drafting named them apart, are discrepancies when their
sentences read them as one measure (verdict._named_apart, discrepancy.FigureIndex.answer).

Every expected conflict list was written down before the tool was run; the wording is invented, in domains other
than the sets the rule was studied on (a central bank's bond buying, a budget's savings, an aircraft maker's orders,
a statistics office, an agency's estimate).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import checked_articles


@pytest.mark.parametrize("preview, report, conflict", [
    # a pace of purchases: "start buying … bonds" / "begin its purchases", one period both name
    ("The central bank is expected to start buying government bonds at about $20 billion a month from June, "
     "dealers said.",
     "The central bank said it would begin its purchases at $15 billion a month in June.",
     ("about $20 billion a month", "$15 billion a month")),
    # a budget's yearly savings by a year: "spending cuts that save" / "would deliver"
    ("The finance minister is expected to unveil spending cuts that save around €12bn a year by 2029, "
     "officials said.",
     "The fiscal council said the finance minister's spending cuts would deliver €9bn a year by 2029.",
     ("around €12bn a year", "€9bn a year")),
    # a summit's pledges: "pledge … for" / "committed … to"
    ("Donors are expected to pledge around $8 billion for the vaccine alliance at the summit in Geneva, diplomats "
     "said.",
     "Governments and foundations committed $6.5 billion to the vaccine alliance at the Geneva summit, organisers "
     "said.",
     ("around $8 billion", "$6.5 billion")),
    # a quarter's currency sales: "sold … of foreign currency" / "interventions … totalled"
    ("The central bank is expected to have sold about $3 billion of foreign currency in the third quarter, dealers "
     "estimate.",
     "Figures showed the central bank's interventions in the currency market totalled $2.1 billion in the third "
     "quarter.",
     ("about $3 billion", "$2.1 billion")),
    # a quarter written as its months: "in the third quarter" / "in the July-September period"
    ("The central bank is expected to have sold about $4 billion of foreign currency in the third quarter, dealers "
     "estimate.",
     "Data showed the central bank sold $2.6 billion of foreign currency in the July-September period.",
     ("about $4 billion", "$2.6 billion")),
    # a count in a half-year: "orders … are expected to reach" / "booked"
    ("Orders for the new freighter are expected to reach 140 aircraft in the first half, analysts said.",
     "The manufacturer booked firm orders for 118 aircraft in the first half, it said on Tuesday.",
     ("140 aircraft", "118 aircraft")),
])
def test_figures_answering_each_other_are_a_discrepancy(tmp_path: Path, preview: str, report: str,
                                                        conflict: tuple[str, str]) -> None:
    verdicts, conflicts = checked_articles(tmp_path, preview, report)
    assert conflict in conflicts
    assert verdicts[0] == "contradicted"


@pytest.mark.parametrize("preview, report, not_a_conflict", [
    # the report's range restates the expectation's baseline: it answers that, not the 1.7% target beside it
    ("The agency is expected to cut its estimate of the long-run growth rate to 1.5%-2.0% from 1.8%-2.3%, "
     "which would make a 1.7% target look ambitious.",
     "The agency kept its estimate of long-run growth in a range of 1.8% to 2.3%, it said.",
     ("1.7%", "1.8% to 2.3%")),
    # two quarters: no answer
    ("Exports are expected to have grown 4% in the third quarter, the statistics office will say on Friday.",
     "Shipments abroad rose 6% in the second quarter, the statistics office said on Friday.",
     ("4%", "6%")),
])
def test_no_discrepancy_where_the_sentences_tell_another_measure(tmp_path: Path, preview: str, report: str,
                                                                 not_a_conflict: tuple[str, str]) -> None:
    _, conflicts = checked_articles(tmp_path, preview, report)
    assert not_a_conflict not in conflicts


def test_a_years_end_meets_the_year_in_the_sentence_links(tmp_path: Path) -> None:
    # "at the end of 2028" (a point) and "in 2028" (a year) name one time (Qualifiers.same_time); the posting lists
    # of the sentence links must not part them by their periods (labelled before running)
    _, conflicts = checked_articles(
        tmp_path,
        "Analysts expect the statistics office to project that household debt will fall to 88% of disposable income "
        "in 2028.",
        "Household debt is now forecast to fall to 91% of disposable income at the end of 2028, the statistics office "
        "said.")
    assert ("88%", "91%") in conflicts
