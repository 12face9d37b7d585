"""Whether two figures' metric names name one measure (issue 13 items 1 and 4), both ways.

Every case here was labelled (expected verdicts, links and discrepancies written down) before the
tool was run on it; the wording is invented, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.qualifiers import qualifiers


def doc(role: str, *claims: tuple[str, str, str, str], published: str | None = None) -> Document:
    """One claim per (id, statement, metric, value)."""
    return Document(id=role, role=role, title=role, published=published, claims=tuple(
        Claim(id=cid, statement=statement, figures=(Figure(metric, parse_figure(value)),))
        for cid, statement, metric, value in claims))


def outcome(preview: Document, report: Document) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str]]]:
    """Each expectation's (id, verdict, match id), and the discrepancies as (preview id, report id)."""
    result = decide(preview, report)
    return ([(e.claim.id, e.verdict, e.match.claim.id if e.match else None) for e in result.expectations],
            [(d.preview_claim.id, d.report_claim.id) for d in result.discrepancies])


# A fiscal year is written by its span, its start, its end or its number: one year whichever way.
@pytest.mark.parametrize("a, b, meet", [
    ("GNI growth forecast FY2027", "GNI growth projection for the year ending March 2027", True),
    ("GNI growth forecast 2026-27", "GNI growth projection for the year ending March 2027", True),
    ("PPI forecast for the financial year to June 30, 2027", "PPI forecast FY2026/27", True),
    ("core inflation fiscal year beginning in April 2026", "core inflation fiscal 2026", True),  # Japan's way
    ("core inflation fiscal year beginning in April 2026", "core inflation 2026-27", True),
    ("PMI average fiscal 2027", "PMI average FY27", True),
    # and no other year
    ("GNI growth forecast FY2027", "GNI growth forecast FY2028", False),
    ("GNI growth forecast 2026-27", "GNI growth forecast 2027-28", False),
    ("core inflation fiscal year beginning in April 2026", "core inflation 2025-26", False),
    ("GNI growth 2026-27", "GNI growth in 2027", False),  # a calendar year is no fiscal year
    ("deficit year to March 2027", "deficit year to June 2027", False),  # two fiscal years ending in 2027
    ("trimmed mean inflation year to December 2027", "trimmed mean inflation 2027", True),
])
def test_fiscal_years_meet_however_written(a: str, b: str, meet: bool) -> None:
    assert (qualifiers(a)[0].conflict(qualifiers(b)[0]) is None) is meet


def test_a_fiscal_year_written_two_ways_pairs_and_compares() -> None:
    preview = doc("preview", ("gni", "The ministry will forecast GNI growth of 5.1% for FY2027.",
                              "GNI growth forecast FY2027", "5.1%"))
    report = doc("report", ("gni-r", "The ministry projected GNI growth of 5.6% for the year ending March 2027.",
                            "GNI growth projection year ending March 2027", "5.6%"),
                 ("gni-next", "It sees GNI growth of 5.0% in 2027-28.", "GNI growth projection 2027-28", "5.0%"))
    assert outcome(preview, report) == ([("gni", "contradicted", "gni-r")], [("gni", "gni-r")])


def test_a_measuring_word_one_place_adds_is_no_distinction() -> None:
    # The report writes "forecast" for Brazil and not for Chile: it does not tell a forecast from an outcome,
    # so the Chile forecast of the preview is its Chile figure.
    preview = doc("preview", ("chile", "Chile's inflation forecast for 2026 is seen at 3.4%.",
                              "Chile inflation forecast 2026", "3.4%"))
    report = doc("report", ("chile-r", "Chile's inflation is now put at 3.9% in 2026.", "Chile inflation 2026", "3.9%"),
                 ("brazil-r", "Brazil's inflation forecast for 2026 is 4.4%.", "Brazil inflation forecast 2026", "4.4%"))
    assert outcome(preview, report) == ([("chile", "contradicted", "chile-r")], [("chile", "chile-r")])
