"""A bound said with a verb: "would exceed €150 billion", "surpassed 2 million units", "fell short of 3%".

"exceeding" was read as a bound, "exceed" was not: "total new debt would exceed €150 billion"
against "€153.6bn in new debt" was reported as a figure that differs.  The verb's other forms say the
same bound.  Every sentence is invented (budget, launch, central bank, earnings); the expected
readings and verdicts were written down before the tool was run on them (lead, 2026-11-22).
"""

from __future__ import annotations

import math

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.figures import find_figures


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("Total new borrowing would once again exceed €150 billion next year.", 150e9, math.inf),
    ("Analysts expect first-day orders to surpass 2 million units.", 2e6, math.inf),
    ("Core inflation exceeded 3% in every month of the quarter.", 3, math.inf),
    ("Quarterly revenue topped $4.2 billion for the first time.", 4.2e9, math.inf),
    ("Turnout fell short of 60% in the capital.", -math.inf, 60),
])
def test_a_bound_verb_opens_the_value(sentence: str, low: float, high: float) -> None:
    [found] = find_figures(sentence)
    assert (found.quantity.low, found.quantity.high) == pytest.approx((low, high))


@pytest.mark.parametrize("sentence", [
    # the verb is not next to the figure: the figure is read as written
    "Sales exceeded expectations of 2 million units.",
    # "the top 10 banks" is a rank, not a bound
    "The top 10 lenders hold most deposits.",
])
def test_no_bound_without_the_verb_before_the_figure(sentence: str) -> None:
    [found] = find_figures(sentence)
    assert not math.isinf(found.quantity.low) and not math.isinf(found.quantity.high)


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, metric: str, value: str) -> Claim:
    return Claim(id=cid, statement=statement, figures=(Figure(metric, parse_figure(value)),))


@pytest.mark.parametrize(("value", "verdict"), [("€153.6bn", "fulfilled"), ("€146.2bn", "contradicted")])
def test_a_value_past_the_bound_fulfils_it(value: str, verdict: str) -> None:
    preview = doc("preview", claim("debt", "Total new federal debt will exceed €150 billion in 2027",
                                   "total new federal debt 2027", "exceed €150 billion"))
    report = doc("report", claim("debt", f"Total new federal debt will come to {value} in 2027",
                                 "total new federal debt 2027", value))
    outcome = decide(preview, report)
    [expectation] = outcome.expectations
    assert expectation.verdict == verdict
    assert bool(outcome.discrepancies) == (verdict == "contradicted")
