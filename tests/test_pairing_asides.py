"""Words a claim writes only as a figure's base or unit ("2.3% of GDP", "20.31 per dollar", "$80 a
barrel"), in a closing phrase of time that points back to another event ("… after the announcement"),
or as a bound prefix ("anti-dumping", "anti-subsidy") are not what the claim is about: two claims
that share only those are two facts (issue 13, false friends), while claims that share what they are
about still pair.

Every case below was labelled (verdict, match, discrepancies) before the tool was run on it; the
wording is invented, from other domains than the evaluation sets.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.pairing import _incidental


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def outcome(mine: Claim, theirs: Claim, preview: tuple[Claim, ...], report: tuple[Claim, ...]
            ) -> tuple[tuple[str, str | None], list[tuple[str, str]]]:
    """The expectation's (verdict, match id) and the discrepancies as (preview id, report id), with the
    other claims of a file of its kind beside them (rivals, as real files have)."""
    result = decide(Document(id="p", role="preview", title="p", claims=(mine, *preview)),
                    Document(id="r", role="report", title="r", claims=(theirs, *report)))
    e = next(e for e in result.expectations if e.claim.id == mine.id)
    return ((e.verdict, e.match.claim.id if e.match else None),
            [(d.preview_claim.id, d.report_claim.id) for d in result.discrepancies if d.preview_claim.id == mine.id])


BUDGET = ((claim("p-deficit", "The deficit is expected to narrow to 2.5% of GDP this year", ("deficit share of GDP", "2.5%")),
           claim("p-excise", "The government will raise the tobacco excise")),
          (claim("r-deficit", "The deficit narrowed to 2.4% of GDP this year", ("deficit share of GDP", "2.4%")),
           claim("r-excise", "The tobacco excise was raised by 10%", ("tobacco excise rise", "10%"))))
OIL = ((claim("p-cuts", "OPEC+ is expected to extend its output cuts"),
        claim("p-demand", "Oil demand will grow by 1.1 million barrels a day", ("oil demand growth", "1.1 million barrels"))),
       (claim("r-cuts", "OPEC+ extended its output cuts to June"),
        claim("r-demand", "Oil demand grew by 1.0 million barrels a day", ("oil demand growth", "1.0 million barrels"))))
EARNINGS = ((claim("p-revenue", "The chipmaker will report revenue of about $5 billion", ("revenue", "about $5 billion")),
             claim("p-guidance", "The chipmaker is expected to raise its full-year guidance")),
            (claim("r-revenue", "The chipmaker reported revenue of $5.1 billion", ("revenue", "$5.1 billion")),
             claim("r-guidance", "The chipmaker raised its full-year guidance")))
SUMMIT = ((claim("p-fund", "Leaders will launch a fund for coastal resilience"),
           claim("p-talks", "The two leaders will hold talks on fisheries")),
          (claim("r-fund", "Leaders launched a $2 billion coastal resilience fund", ("fund size", "$2 billion")),
           claim("r-talks", "The two leaders held talks on fisheries")))
TRADE = ((claim("p-quota", "India will raise its import quota for pulses"),
          claim("p-visit", "The commerce minister will visit Hanoi")),
         (claim("r-quota", "India raised its import quota for pulses"),
          claim("r-visit", "The commerce minister visited Hanoi")))


@pytest.mark.parametrize("mine, theirs, others", [
    # budget: a share of GDP is no claim about GDP
    (claim("defence", "Defence outlays will climb to 3% of GDP by 2030", ("defence outlays share of GDP 2030", "3%")),
     claim("gdp", "Real GDP will expand 1.8% next year", ("real GDP growth", "1.8%")), BUDGET),
    # commodities: what a price is quoted in is not what a refinery processes
    (claim("refinery", "The new refinery will process 300,000 barrels daily", ("refinery throughput", "300,000 barrels")),
     claim("oil-price", "Oil prices climbed to $85 a barrel", ("oil price", "$85")), OIL),
    # earnings: the occasion of a share move is not a buyback
    (claim("buyback", "Investors expect the chipmaker to announce a review of its buyback programme"),
     claim("stock-move", "The chipmaker's stock fell 4% to $212 after the announcement", ("share price", "$212")),
     EARNINGS),
    # summit: a protest before the declaration is no declaration
    (claim("declaration", "Leaders will adopt a declaration on maritime security"),
     claim("protest", "Thousands of protesters marched on the venue ahead of the leaders' declaration"), SUMMIT),
    # budget: health spending as a share of GDP is no rise of nominal GDP
    (claim("health", "Health spending will rise to 11% of GDP by 2030", ("health spending share of GDP 2030", "11%")),
     claim("gdp", "Nominal GDP will rise 4% next year", ("nominal GDP growth", "4%")), BUDGET),
    # trade: duties on bicycles are no probe into solar panels
    (claim("bikes", "The EU will lift its anti-dumping duties on Chinese bicycles"),
     claim("solar", "The EU extended its anti-subsidy probe into Chinese solar panels"), TRADE),
    # Two subjects with one modifier and other heads (copper output / copper prices) are two measures; a
    # veto on the subject's head alone was tried and dropped: it also parts "Oil demand" from "Oil consumption"
    # (below), heads that WordNet does not relate.  Figures whose heads are unrelated AND whose units are of two
    # dimensions (tonnes / money, hours / mAh) are told apart (FigureIndex.other_thing, pairfig6).
    (claim("copper", "Copper output will rise to 120,000 tonnes this year", ("copper output", "120,000 tonnes")),
     claim("copper-price", "Copper prices rose to $9,800 a tonne", ("copper price", "$9,800")), OIL),
    pytest.param(claim("group-revenue", "Group revenue will rise about 5% this year", ("group revenue growth", "about 5%")),
                 claim("group-staff", "Group headcount rose 3% this year", ("group headcount growth", "3%")), EARNINGS,
                 marks=pytest.mark.xfail(strict=True, reason="the metric names 'group revenue growth' / 'group "
                                         "headcount growth' are paired through the metric (discrepancy.py) and the "
                                         "figures then differ: contradicted")),
    (claim("battery-life", "Battery life will increase to 20 hours", ("battery life", "20 hours")),
     claim("battery-capacity", "Battery capacity increased to 5,000mAh", ("battery capacity", "5,000mAh")), SUMMIT),
    # trade: two trade-defence measures on two goods share only the prefix "anti"
    (claim("steel-duties", "India is set to scrap its anti-dumping duties on Vietnamese steel"),
     claim("tyre-probe", "India said it would widen its anti-circumvention inquiry into Vietnamese tyre imports"), TRADE),
])
def test_claims_sharing_only_a_unit_an_occasion_or_a_prefix_do_not_pair(
        mine: Claim, theirs: Claim, others: tuple[tuple[Claim, ...], tuple[Claim, ...]]) -> None:
    assert outcome(mine, theirs, *others) == (("absent", None), [])


@pytest.mark.parametrize("mine, theirs, others", [
    # a share of GDP against a share of GDP: one measure
    (claim("debt", "Public debt is forecast to rise to about 90% of GDP", ("public debt share of GDP", "about 90%")),
     claim("debt-out", "Public debt rose to 90.2% of GDP", ("public debt share of GDP", "90.2%")), BUDGET),
    # a price quoted per barrel on both sides
    (claim("brent", "Brent crude is expected to average $80 a barrel in the second quarter", ("Brent Q2 average", "$80")),
     claim("brent-out", "Brent averaged $80 a barrel in the second quarter", ("Brent Q2 average", "$80")), OIL),
    # one measure under two names: a subject's head said in other words
    (claim("crude", "Crude output will fall by 200,000 barrels a day", ("crude output cut", "200,000 barrels")),
     claim("crude-out", "Crude production fell by 200,000 barrels a day", ("crude output cut", "200,000 barrels")), OIL),
    (claim("oil-use", "Oil demand will grow strongly in India"),
     claim("oil-use-out", "Oil consumption grew strongly in India"), TRADE),
    # what both say happened after the results
    (claim("shares", "The chipmaker's shares are expected to rise after the results"),
     claim("shares-out", "The chipmaker's shares rose 3% after the results", ("share move", "3%")), EARNINGS),
])
def test_claims_about_one_thing_still_pair(mine: Claim, theirs: Claim,
                                           others: tuple[tuple[Claim, ...], tuple[Claim, ...]]) -> None:
    assert outcome(mine, theirs, *others) == (("fulfilled", theirs.id), [])


def test_what_the_reading_sets_aside() -> None:
    assert _incidental("Defence spending will rise to 2.3% of GDP by 2033-34") == {"gdp"}
    assert _incidental("The peso weakened 0.4% to 20.31 per dollar after the announcement") == {"dollar", "announcement"}
    # written elsewhere in the statement too: what it is about
    assert _incidental("Nominal GDP rose to 4% of GDP") == frozenset()
    # a year is no figure with a unit; "per cent" is the figure's own unit
    assert _incidental("In 2026 a record harvest came in, 4.5 per cent in all") == frozenset()
