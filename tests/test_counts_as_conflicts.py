"""A count both articles give of one thing, which a verdict found to differ ("16 CPU cores" / "14 CPU cores"), is a
figure conflict an editor lists, not only a reason for the verdict: the discrepancies carry it, with the count's
noun as its metric.  Only for a pair the pairing is sure of (its score reaches the threshold): a count read across
a weak pairing ("all 10 member countries" attend / "two member countries" sent ministers) may count two things.

Sentences invented in the domains of other events (a summit, a central bank, a product launch, a budget, an
airline); the expected conflicts were written down before the tool was run (artconflicts, 2026-11-23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitcheck import check_files

from helpers import checked_articles


@pytest.mark.parametrize(("preview", "report", "conflict"), [
    # a summit: delegations at a side event
    ("A trade fair on the eve of the summit is expected to draw some 600 delegates from across the region.",
     "On Tuesday, a trade fair held alongside the summit drew more than 900 delegates from across the region.",
     ("some 600 delegates", "more than 900 delegates")),
    # a product launch: a spec counted in its noun
    ("The Orin 4 laptop will ship with 12 USB ports, according to the leaked spec sheet.",
     "The Orin 4 laptop ships with 8 USB ports, not the 12 that the leaked spec sheet had suggested.",
     ("12 USB", "8 USB")),
    # an airline: routes added for the season
    ("Skyvale Air is expected to add 14 new routes to its summer schedule, the airline's chief executive said.",
     "Skyvale Air added 9 new routes to its summer schedule, its chief executive said on Monday.",
     ("14 new", "9 new")),
])
def test_a_count_that_differs_is_a_conflict(tmp_path: Path, preview: str, report: str,
                                            conflict: tuple[str, str]) -> None:
    verdicts, conflicts = checked_articles(tmp_path, preview, report)
    assert verdicts == ["contradicted"]
    assert conflicts == [conflict]


@pytest.mark.parametrize(("preview", "report"), [
    # controls: the same count (no conflict), a count of another thing in a pair of other figures
    ("Skyvale Air is expected to add 14 new routes to its summer schedule, the airline's chief executive said.",
     "Skyvale Air added 14 new routes to its summer schedule, its chief executive said on Monday."),
    ("The central bank's nine-member board is expected to vote on the rate on Thursday.",
     "The central bank held its rate at 4.5% on Thursday, with the decision announced at noon."),
])
def test_no_conflict_without_two_counts_that_differ(tmp_path: Path, preview: str, report: str) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == []


def test_a_count_across_a_weak_pairing_is_no_conflict(tmp_path: Path) -> None:
    # a budget: the pairing of these two (few shared words) is too weak to say the two counts are one measure
    preview = "Ministers from all 27 member states are expected to sign the accord in person."
    report = "Three member states were represented only by their ambassadors when the talks closed."
    assert checked_articles(tmp_path, preview, report)[1] == []


def test_two_counts_of_other_units_are_no_conflict(tmp_path: Path) -> None:
    # a paper mill: "third-quarter output" is no count of anything, and a stoppage's weeks are no output; the verdict's
    # reading of counts may pair the two, a discrepancy needs one unit
    (tmp_path / "preview.yaml").write_text(
        "document:\n  id: p\n  role: preview\n  title: Dunmore Paper preview\n  published: 2026-10-26\nclaims:\n"
        "  - id: mill-strike\n    statement: \"Chief executive Mara Lind told a conference in September that a three-week unplanned outage"
        " at the No. 3 paper machine at the Dunmore mill would cut third-quarter output by roughly 40,000 tons.\"\n"
        "    figures:\n      - metric: Q3 output lost to the Dunmore strike\n        value: \"roughly 40,000 tons\"\n"
        "      - metric: length of the Dunmore strike\n        value: \"three weeks\"\n", encoding="utf-8")
    (tmp_path / "report.yaml").write_text(
        "document:\n  id: r\n  role: report\n  title: Dunmore Paper results\n  published: 2026-10-28\nclaims:\n"
        "  - id: mill-stoppage\n    statement: \"Chief executive Mara Lind said the three-week paper machine stoppage at the Dunmore mill cost about"
        " 40,000 tons of production in the quarter.\"\n"
        "    figures:\n      - metric: Q3 output lost to the Dunmore strike\n        value: \"about 40,000 tons\"\n"
        "      - metric: length of the Dunmore strike\n        value: \"three weeks\"\n", encoding="utf-8")
    result = check_files(tmp_path / "preview.yaml", tmp_path / "report.yaml")
    assert [(d.link.preview.quantity.text, d.link.report.quantity.text) for d in result.discrepancies] == []
