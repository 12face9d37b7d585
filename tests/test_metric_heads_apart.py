"""False friends that state a figure of another metric (issue 13): two claims that both give figures, none of one
the metric of any of the other, whose names measure two unrelated things ("GDP growth forecast 2026" / "wage price
index growth forecast 2026", "output gap" / "GDP growth projection 2026"), do not pair on their shared generic words
("growth", "forecast", "world"); the reason names both metrics.  Claims that speak of one thing in two words
("capacity" / "will produce", "aid" / "assistance", "wage growth" / "wage price index growth") still pair.

The cases are invented (other events, names and places than any evaluation set); each verdict was written down as
an editor would give it before the tool was run (metricff, 2026-11-23).
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


def judged(expectation: Claim, *outcomes: Claim) -> tuple[str, str | None, list[str]]:
    e = decide(doc("preview", expectation), doc("report", *outcomes)).expectations[0]
    return e.verdict, e.match.claim.id if e.match else None, e.reasons


# Another metric's figure over shared generic words: absent, the other claim refused by both metrics' names.
OTHER_METRIC = [
    pytest.param(  # an airline's year: traffic is not capacity
        claim("traffic", "Passenger traffic growth is forecast at 8% for 2026.",
              ("passenger traffic growth forecast 2026", "8%")),
        claim("capacity", "The airline forecasts capacity growth of 6% in 2026.",
              ("capacity growth forecast 2026", "6%")),
        id="airline-traffic-vs-capacity"),
    pytest.param(  # a budget: receipts are not spending
        claim("receipts", "The Treasury's forecasts should show tax receipts growth of 4% in 2027.",
              ("tax receipts growth forecast 2027", "4%")),
        claim("spending", "The Treasury forecasts public spending growth of 3.1 per cent in 2027.",
              ("public spending growth forecast 2027", "3.1 per cent")),
        id="budget-receipts-vs-spending"),
    pytest.param(  # a central bank: a house price index is not the economy
        claim("gdp", "The bank's new projections should show GDP growth of 1.8% in 2026.",
              ("GDP growth projection 2026", "1.8%")),
        claim("houses", "The bank projects house price index growth of 4.5 per cent in 2026.",
              ("house price index growth projection 2026", "4.5 per cent")),
        id="central-bank-gdp-vs-house-prices"),
    pytest.param(  # an international forecast: the volume of trade is not world output
        claim("trade", "Global trade volume growth is expected to slow to 2.6% in 2027.",
              ("world trade volume growth 2027", "2.6%")),
        claim("world", "The organisation raised its projection for world growth in 2027 to 3.2 per cent.",
              ("world growth projection 2027", "3.2 per cent")),
        id="forecast-trade-volume-vs-world-growth"),
]


@pytest.mark.parametrize(("expectation", "outcome"), OTHER_METRIC)
def test_a_figure_of_another_metric_does_not_answer(expectation: Claim, outcome: Claim) -> None:
    verdict, match, reasons = judged(expectation, outcome)
    assert (verdict, match) == ("absent", None)
    if any(r.startswith(f"'{outcome.id}' (score") for r in reasons):  # refused over the threshold: say by what
        refusal = next(r for r in reasons if r.startswith(f"'{outcome.id}' (score"))
        assert outcome.figures[0].metric in refusal and expectation.figures[0].metric in refusal


# One thing in two words: still paired.
SAME_THING = [
    pytest.param(  # the statement of capacity says production; the report says will produce
        claim("mill", "Production will begin at the Ostrava mill, which has capacity for 2 million tonnes of steel a "
                      "year.", ("Ostrava mill annual capacity", "2 million tonnes")),
        claim("r-mill", "The Ostrava mill will produce about 2 million tonnes annually.",
              ("Ostrava mill annual production", "about 2 million tonnes")),
        "fulfilled", id="capacity-said-as-production"),
    pytest.param(  # aid is assistance (WordNet synonyms)
        claim("aid", "Military aid to Moldova is expected to reach €300 million next year.",
              ("military aid to Moldova 2027", "€300 million")),
        claim("r-aid", "Ministers approved €300 million in security assistance for Moldova for 2027.",
              ("security assistance to Moldova 2027", "€300 million")),
        "fulfilled", id="aid-is-assistance"),
    pytest.param(  # wage growth measured by a wage cost index: the report's name holds the preview's head
        claim("wages", "Wage growth is forecast at 3.5% in 2026.", ("wage growth forecast 2026", "3.5%")),
        claim("r-wages", "The wage cost index is forecast to grow 3.1 per cent in 2026.",
              ("wage cost index growth forecast 2026", "3.1 per cent")),
        "contradicted", id="wage-growth-by-its-index"),
    # percents named otherwise (added after the first run of the cases above, labelled before their own run)
    pytest.param(
        claim("jobless", "Unemployment is expected to peak at about 5% next year.", ("unemployment peak 2027", "about 5%")),
        claim("r-jobless", "The jobless rate will top out at 4.9 per cent in 2027.",
              ("jobless rate peak 2027", "4.9 per cent")),
        "fulfilled", id="unemployment-is-the-jobless-rate"),
    pytest.param(
        claim("yield", "The ten-year bond yield should climb to around 4.5% by the auction.",
              ("ten-year bond yield", "around 4.5%")),
        claim("r-yield", "The 10-year government borrowing cost rose to 4.55 per cent at the auction.",
              ("10-year government borrowing cost", "4.55 per cent")),
        "fulfilled", id="a-yield-is-a-borrowing-cost",
        marks=pytest.mark.xfail(strict=True, reason="pairing recall, not this rule: the claims share too few terms to "
                                                    "reach the threshold (absent before this rule too)")),
    pytest.param(
        claim("revenue", "Revenue is expected to grow about 8% in the third quarter.", ("Q3 revenue growth", "about 8%")),
        claim("r-sales", "Third-quarter sales rose 8.2%.", ("Q3 sales growth", "8.2%")),
        "fulfilled", id="revenue-is-sales"),
    pytest.param(
        claim("inflation", "Inflation is expected to ease to 2.5% in March.", ("inflation March", "2.5%")),
        claim("r-prices", "Consumer prices rose 2.9% in March from a year earlier.", ("consumer price growth March", "2.9%")),
        "contradicted", id="inflation-is-price-growth",
        marks=pytest.mark.xfail(strict=True, reason="pairing recall, not this rule: the claims share too few terms to "
                                                    "reach the threshold (absent before this rule too)")),
    pytest.param(
        claim("profit", "Net profit is forecast to rise 12% this year.", ("net profit growth 2026", "12%")),
        claim("r-profit", "Net earnings climbed 15% in 2026.", ("net earnings growth 2026", "15%")),
        "contradicted", id="profit-is-earnings"),
    pytest.param(
        claim("saving", "The household saving ratio is expected to ease to about 9%.", ("household saving ratio", "about 9%")),
        claim("r-saving", "Households saved 9.2 per cent of their income.", ("household savings rate", "9.2 per cent")),
        "fulfilled", id="a-saving-ratio-is-a-savings-rate"),
]


@pytest.mark.parametrize(("expectation", "outcome", "want"), SAME_THING)
def test_one_thing_in_two_words_still_pairs(expectation: Claim, outcome: Claim, want: str) -> None:
    verdict, match, _ = judged(expectation, outcome)
    assert (verdict, match) == (want, outcome.id)
