"""A figure is told apart from another claim's figures by those in its unit, when the claim gives any: a report
claim that gives a sum and its change in percent ("Investment spending fell 4% to €812m") is not another thing
than an expected sum ("Capex is expected at €820 million") because of the percent. Two units of two dimensions
still say two things where the claim gives nothing in the figure's unit ("share of rare earths processed" 20% /
"stockpile cover" 90 days), and a place, model or period still parts the figures of one unit.

Verdicts below were written down as an editor gives them before the tool was run (metric12, 2026-11-23, from
gate10's norvanta capex miss); events, names and figures are invented.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def judged(expectation: Claim, *outcomes: Claim) -> tuple[str, str | None]:
    e = decide(doc("preview", expectation), doc("report", *outcomes)).expectations[0]
    return e.verdict, e.match.claim.id if e.match else None


CASES = [
    pytest.param(  # earnings: capex against investment spending and its change
        claim("capex", "Railco's capital spending is expected at $2.1 billion in 2026.",
              ("Railco 2026 capex", "$2.1 billion")),
        claim("r-invest", "Railco's investment spending rose 6% to $1.9 billion in 2026.",
              ("2026 investment spending", "$1.9 billion"), ("change in 2026 investment spending", "6%")),
        ("contradicted", "r-invest"), id="earnings-capex-vs-investment-and-its-change"),
    pytest.param(  # a budget: an allocation against the allocation and its rise
        claim("health", "The health ministry is set to receive €15 billion in the 2026/27 budget.",
              ("health ministry budget allocation", "€15 billion")),
        claim("r-health", "The 2026/27 budget raises health ministry spending 8% to €16.2 billion.",
              ("health ministry spending", "€16.2 billion"), ("rise in health ministry spending", "8%")),
        ("contradicted", "r-health"), id="budget-allocation-vs-spending-and-its-rise"),
    pytest.param(  # control: two places, one unit, a change beside — still two things
        claim("tuvalu", "Leaders are expected to pledge $20 million for a Tuvalu undersea cable.",
              ("Tuvalu undersea cable funding", "$20 million")),
        claim("r-palau", "Leaders raised funding for an undersea cable to Palau by 10% to $20 million.",
              ("Palau undersea cable funding", "$20 million"), ("rise in Palau undersea cable funding", "10%")),
        ("absent", None), id="summit-two-places-with-a-change"),
]


@pytest.mark.parametrize(("expectation", "outcome", "want"), CASES)
def test_a_figure_is_told_apart_by_the_figures_in_its_unit(expectation: Claim, outcome: Claim,
                                                          want: tuple[str, str | None]) -> None:
    assert judged(expectation, outcome) == want
