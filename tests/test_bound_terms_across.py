"""A bound meets the other article's values, and two values one bound holds are not one figure (values12).

Pairing reads a value inside a bound as the bound's own term ("more than 10%" ∋ "12%"), so that a preview's bound
and the report's value share their figure.  It joined any claim's values to any other's bound: a preview's "more than
10%" of defence spending held the preview's nominal growth of 10.5% and the report's 10.1% alike, and the two became
one term, shown as the bridge "10.5% ∈ 10.1%" (holdout10 india-union-budget-2027, whose editor calls them a
conflict).  Within a check the bound now meets only the other article's values.

Invented claims of three domains (a budget, a central bank, a launch); each expectation was written down before the
tool was run on them.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure
from summitcheck.pairing import claims_lexicon


def _claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


# (the preview's bound, the preview's value, the report's value the bound also holds, the report's answer to the bound)
CASES = [
    (_claim("defence", "Defence spending is likely to rise by more than 10%.", ("defence spending rise", "more than 10%")),
     _claim("growth", "The budget is expected to assume nominal GDP growth of 10.5% for 2027/28.",
            ("nominal GDP growth 2027/28", "10.5%")),
     _claim("growth-r", "The budget assumes nominal GDP growth of 10.1% next fiscal year.",
            ("nominal GDP growth", "10.1%")),
     _claim("defence-r", "Defence spending rose 12%.", ("defence spending rise", "12%"))),
    (_claim("inflation", "Inflation is expected to stay above 3% all year.", ("inflation", "above 3%")),
     _claim("gdp", "The bank is tipped to forecast growth of 3.4%.", ("growth forecast", "3.4%")),
     _claim("gdp-r", "The bank forecast growth of 3.1%.", ("growth forecast", "3.1%")),
     _claim("inflation-r", "Inflation stayed at 3.6% in May.", ("inflation", "3.6%"))),
    (_claim("cap", "The headset will sell for under $1,000.", ("headset price", "under $1,000")),
     _claim("pro", "The Pro is tipped to cost $899.", ("Pro price", "$899")),
     _claim("pro-r", "The Pro costs $949.", ("Pro price", "$949")),
     _claim("base-r", "The headset sells for $799.", ("headset price", "$799"))),
]


def _figure_terms(lexicon: object, i: int) -> frozenset[int]:
    return lexicon.sets[i] & lexicon.figure_terms  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize("bound, value, other, answer", CASES)
def test_two_values_one_bound_holds_are_not_one_figure(bound: Claim, value: Claim, other: Claim, answer: Claim) -> None:
    lexicon = claims_lexicon([bound, value, other, answer], 2)
    assert not _figure_terms(lexicon, 1) & _figure_terms(lexicon, 2)
    assert _figure_terms(lexicon, 0) & _figure_terms(lexicon, 3)  # the bound still meets the report's answer


@pytest.mark.parametrize("bound, value, other, answer", CASES)
def test_no_bridge_between_two_values(bound: Claim, value: Claim, other: Claim, answer: Claim) -> None:
    result = decide(Document(id="p", role="preview", title="p", claims=(bound, value)),
                    Document(id="r", role="report", title="r", claims=(other, answer)))
    said = result.expectations[1]
    assert said.match is not None and said.match.claim is other
    assert said.verdict == "contradicted"
    assert not any("∈" in reason for reason in said.reasons), said.reasons
    held = result.expectations[0]
    assert held.match is not None and held.match.claim is answer and held.verdict == "fulfilled"


def test_without_articles_a_bound_meets_any_other_claims_values() -> None:
    bound, value, other, _ = CASES[0]
    lexicon = claims_lexicon([bound, value, other])
    assert _figure_terms(lexicon, 1) & _figure_terms(lexicon, 2)  # as before: one list of claims, no sides
