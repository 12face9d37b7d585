"""A year written for a figure's baseline ("… next year from 3.1% in 2027", "up from $7.1 billion in 2025") says
when the baseline was, not which year the claim is about: it makes no other fact (issue 13's false-friend veto
names another year in the same role; issue 14: drafted report sentences give a change with its baseline).

All claims are invented (other events than any evaluation set); each verdict and match was written down, as an
editor would give it, before the tool was run (artpair, 2026-11-23).
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure
from summitcheck.pairing import baseline_year


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    """A claim with its figures as an editor would write them: (metric, value)."""
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def decided(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# budget: next year's deficit, against the baseline of the year now ending
def test_a_baseline_year_is_no_other_year_of_a_budget() -> None:
    preview = doc("preview",
                  claim("deficit", "The finance minister is expected to forecast a budget deficit of 2.4% of output "
                                   "for 2028, down from 3.1% this year", ("budget deficit 2028", "2.4%")))
    report = doc("report",
                 claim("r-deficit", "The minister told lawmakers the budget deficit would narrow to 2.6% of output "
                                    "next year from 3.1% in 2027", ("budget deficit 2028", "2.6%")),
                 claim("r-debt", "Public debt is set to stabilise at 64% of output"))
    assert decided(preview, report)["deficit"] == ("contradicted", "r-deficit")


# earnings: the year's revenue, against last year's
def test_a_baseline_year_is_no_other_year_of_earnings() -> None:
    preview = doc("preview",
                  claim("revenue", "Vantor is expected to report full-year revenue of $8.2 billion for 2026",
                        ("full-year revenue 2026", "$8.2 billion")))
    report = doc("report",
                 claim("r-revenue", "Vantor's full-year revenue rose to $8.0 billion, up from $7.1 billion in 2025",
                       ("full-year revenue", "$8.0 billion")),
                 claim("r-shares", "Vantor shares fell 4% in New York"))
    assert decided(preview, report)["revenue"] == ("contradicted", "r-revenue")


# control: the year of the claim's own figure is another year
def test_the_year_of_the_claims_own_figure_still_parts_them() -> None:
    preview = doc("preview", claim("exports", "Exports are expected to grow 4% in 2027", ("export growth 2027", "4%")))
    report = doc("report",
                 claim("r-exports", "Exports grew 3.5% in 2026, up from 2% in 2025", ("export growth 2026", "3.5%")),
                 claim("r-jobs", "Unemployment fell to 5.1%"))
    assert decided(preview, report)["exports"] == ("absent", None)


@pytest.mark.parametrize(("statement", "year", "expected"), [
    ("the deficit would narrow to 3.3% next year from 3.9% in 2026", "2026", True),
    ("revenue rose to $8.0 billion, up from $7.1 billion in 2025", "2025", True),
    ("prices rose 2.1%, compared with 1.4% in 2024", "2024", True),
    ("Exports grew 3.5% in 2026, up from 2% in 2025", "2026", False),
    ("The plant will open in 2027", "2027", False),
])
def test_a_baseline_year_is_read(statement: str, year: str, expected: bool) -> None:
    assert baseline_year(statement, statement.rindex(year)) is expected


@pytest.mark.parametrize("text", ["from " * 3000 + "2026", "1" * 5000 + " in 2026", "from 3% in " * 1000 + "2026",
                                  "A" * 5000 + " 2026"])
def test_no_hang_on_pathological_input(text: str) -> None:
    baseline_year("from 1% in 2026", 11)  # compiled before the clock starts
    start = time.process_time()
    baseline_year(text, len(text) - 4)
    assert time.process_time() - start < 0.5
