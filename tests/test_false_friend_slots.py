"""False friends by slot (issue 13 item 4): two claims with one frame that differ in ONE slot of the same
role (the measure's qualifier, the period, the place, the product model or trim, the market of a price, the
programme or named object) state two facts; a slot one claim leaves unfilled is no clash.

Every case was labelled (verdict, match, discrepancies) before the tool was run on it; the wording is
invented, three variants a class from other domains (central bank, budget, earnings, launch, summit), with
cases that must still pair.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure

Outcome = tuple[list[tuple[str, str, str | None]], list[tuple[str, str]]]


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def docs(role: str, *claims: Claim, published: str | None = None) -> Document:
    return Document(id=role, role=role, title=role, claims=claims, published=published)


# Filler report claims, so that no pair is decided by being the only candidate.
FILLER = (claim("r-filler", "Officials will meet again in the spring to review progress."),
          claim("r-filler-2", "The statement was published at noon local time."))


def outcome(mine: Claim, theirs: Claim, published: tuple[str | None, str | None] = (None, None)) -> Outcome:
    """The expectation's (id, verdict, match id), and the discrepancies as (preview id, report id)."""
    result = decide(docs("preview", mine, published=published[0]),
                    docs("report", theirs, *FILLER, published=published[1]))
    return ([(e.claim.id, e.verdict, e.match.claim.id if e.match else None) for e in result.expectations],
            [(d.preview_claim.id, d.report_claim.id) for d in result.discrepancies])


ABSENT: Outcome = ([("p", "absent", None)], [])
FULFILLED: Outcome = ([("p", "fulfilled", "r")], [])
CONTRADICTED: Outcome = ([("p", "contradicted", "r")], [("p", "r")])
CONTRADICTED_NO_FIGURE: Outcome = ([("p", "contradicted", "r")], [])


# --- the measure's qualifier: core / headline, underlying / reported, operating / net, goods / services ---

QUALIFIER = [
    # earnings: underlying profit is not the reported figure
    pytest.param(claim("p", "Underlying profit before tax is expected to rise to £3.2 billion.",
                       ("underlying profit before tax", "£3.2 billion")),
                 claim("r", "Reported profit before tax rose to £2.7 billion.", ("reported profit before tax", "£2.7 billion")),
                 ABSENT, id="underlying-reported"),
    # budget: the primary balance excludes interest; the overall deficit does not
    pytest.param(claim("p", "The primary deficit is forecast at 1.2% of GDP in 2027.", ("primary deficit 2027", "1.2% of GDP")),
                 claim("r", "The overall deficit is projected at 3.4% of GDP in 2027.", ("overall deficit 2027", "3.4% of GDP")),
                 ABSENT, id="primary-overall"),
    # central bank: services inflation is not goods inflation
    pytest.param(claim("p", "Services inflation is expected to ease to 4.1% in March.", ("services inflation March", "4.1%")),
                 claim("r", "Goods inflation eased to 1.2% in March.", ("goods inflation March", "1.2%")),
                 ABSENT, id="services-goods",
                 marks=pytest.mark.xfail(strict=True, reason="a rate's qualifier does not part two names of it "
                                         "(discrepancy._phrases: 'policy rate' / 'cash rate'), and no table says goods "
                                         "and services are two parts of one kind")),
    # earnings, no figures: operating profit is not net profit
    pytest.param(claim("p", "Operating profit will return to growth in the fourth quarter."),
                 claim("r", "Net profit returned to growth in the fourth quarter."),
                 ABSENT, id="operating-net-no-figure"),
    # must pair: core and underlying inflation are one measure
    pytest.param(claim("p", "Core inflation is expected to slow to 2.9% in May.", ("core inflation May", "2.9%")),
                 claim("r", "Underlying inflation slowed to 2.8% in May.", ("underlying inflation May", "2.8%")),
                 CONTRADICTED, id="core-underlying-pairs"),
    # must pair: the report drops the qualifier the preview had
    pytest.param(claim("p", "Core inflation, measured by the trimmed mean, is forecast at 2.6% for 2027.",
                       ("trimmed mean inflation 2027", "2.6%")),
                 claim("r", "The bank now projects trimmed mean inflation of 2.5% in 2027.", ("trimmed mean inflation 2027", "2.5%")),
                 CONTRADICTED, id="qualifier-dropped-pairs"),
]


@pytest.mark.parametrize("mine, theirs, expected", QUALIFIER)
def test_another_qualifier_of_the_measure(mine: Claim, theirs: Claim, expected: Outcome) -> None:
    assert outcome(mine, theirs) == expected


# --- the period: a year, a quarter, "next year" against a year ---

PERIOD = [
    # budget: "next year" in a preview of March 2026 is 2027, not the report's 2026
    pytest.param(claim("p", "The deficit is forecast to narrow to 2.8% of GDP next year.",
                       ("budget deficit next year", "2.8% of GDP")),
                 claim("r", "The deficit is projected at 3.1% of GDP in 2026.", ("budget deficit 2026", "3.1% of GDP")),
                 ("2026-03-20", "2026-03-26"), ABSENT, id="next-year-another-year"),
    # earnings: the third quarter is not the second
    pytest.param(claim("p", "Revenue for the third quarter is expected at $4.1 billion.", ("revenue Q3", "$4.1 billion")),
                 claim("r", "Second-quarter revenue came in at $3.9 billion.", ("revenue Q2", "$3.9 billion")),
                 (None, None), ABSENT, id="another-quarter"),
    # launch: deliveries in the first half are not the second half's
    pytest.param(claim("p", "Deliveries in the first half are expected to reach 40,000 vehicles."),
                 claim("r", "Deliveries in the second half reached 52,000 vehicles."),
                 (None, None), ABSENT, id="another-half"),
    # must pair: "next year" in a preview of November 2026 is 2027
    pytest.param(claim("p", "Growth is expected to pick up to 1.6% next year.", ("GDP growth next year", "1.6%")),
                 claim("r", "The bank sees growth of 1.4% in 2027.", ("GDP growth 2027", "1.4%")),
                 ("2026-11-02", "2026-11-05"), CONTRADICTED, id="next-year-is-the-year-pairs"),
    # must pair: "this year" in the report is the preview's 2026
    pytest.param(claim("p", "GDP growth in 2026 is expected at 1.2%.", ("GDP growth 2026", "1.2%")),
                 claim("r", "The economy will grow 1.1% this year, the ministry said.", ("GDP growth this year", "1.1%")),
                 ("2026-04-01", "2026-04-08"), CONTRADICTED, id="this-year-pairs"),
]


@pytest.mark.parametrize("mine, theirs, published, expected", PERIOD)
def test_another_period(mine: Claim, theirs: Claim, published: tuple[str | None, str | None], expected: Outcome) -> None:
    assert outcome(mine, theirs, published) == expected


# --- the place or economy: another country, another region ---

PLACE = [
    # international forecast: Sub-Saharan Africa is not the Middle East
    pytest.param(claim("p", "Growth in Sub-Saharan Africa is forecast at 4.1% in 2026.", ("Sub-Saharan Africa growth 2026", "4.1%")),
                 claim("r", "Growth in the Middle East and North Africa is projected at 3.2% in 2026.",
                       ("Middle East and North Africa growth 2026", "3.2%")),
                 ABSENT, id="another-region"),
    # summit: India's growth is not China's, named by their adjectives
    pytest.param(claim("p", "Indian growth is expected to hold at 6.5% this year.", ("Indian GDP growth this year", "6.5%")),
                 claim("r", "Chinese growth slowed to 4.6% this year.", ("Chinese GDP growth this year", "4.6%")),
                 ABSENT, id="another-economy-adjectives"),
    # central bank: the euro area's inflation is not Germany's
    pytest.param(claim("p", "Euro area inflation is expected at 2.1% in 2026.", ("euro area inflation 2026", "2.1%")),
                 claim("r", "German inflation came in at 2.4% in 2026.", ("German inflation 2026", "2.4%")),
                 ABSENT, id="bloc-and-member"),
    # earnings, no figures: branches in Kenya are not branches in Nigeria
    pytest.param(claim("p", "The bank will open new branches in Kenya."),
                 claim("r", "The bank opened new branches in Nigeria."),
                 ABSENT, id="another-country-no-figure"),
    # summit, no figures: a corridor with Vietnam is not one with Indonesia
    pytest.param(claim("p", "Leaders will agree a new trade corridor with Vietnam."),
                 claim("r", "Leaders agreed a new trade corridor with Indonesia."),
                 ABSENT, id="another-partner-no-figure"),
    # launch, no figures: demand in Latin America is not demand in Southeast Asia
    pytest.param(claim("p", "Demand for the handset in Latin America is expected to slow."),
                 claim("r", "Demand for the handset in Southeast Asia slowed."),
                 ABSENT, id="another-region-no-figure",
                 marks=pytest.mark.xfail(strict=True, reason="'Latin America' keeps the reading of its 'America' as "
                                         "the US (text.SYNONYMS), so it is no region: a country against a region is "
                                         "not compared (a country in a region is a part)")),
    # international forecast, no figures: the Middle East is not Asia
    pytest.param(claim("p", "Growth in the Middle East is forecast to pick up to 3.4% next year."),
                 claim("r", "Growth in Asia is forecast to pick up to 4.4% next year."),
                 ABSENT, id="middle-east-asia"),
    # must pair: one region by two of its names
    pytest.param(claim("p", "Oil demand in the Middle East is expected to rise next year."),
                 claim("r", "Mideast oil demand will rise next year, the agency said."),
                 FULFILLED, id="one-region-two-names-pairs"),
    # must pair: the report says more of the same place
    pytest.param(claim("p", "The bank will open new branches in Kenya."),
                 claim("r", "The lender opened 12 new branches in Kenya."),
                 FULFILLED, id="one-country-pairs"),
    # must pair: "Europe" and "European" are one place
    pytest.param(claim("p", "Sales in Europe are expected to rise 5% in the quarter.", ("Europe sales growth", "5%")),
                 claim("r", "European sales rose 7% in the quarter.", ("European sales growth", "7%")),
                 CONTRADICTED, id="one-place-two-forms-pairs"),
]


@pytest.mark.parametrize("mine, theirs, expected", PLACE)
def test_another_place(mine: Claim, theirs: Claim, expected: Outcome) -> None:
    assert outcome(mine, theirs) == expected


# --- the product model or trim ---

MODEL = [
    # launch: the Pro Max's price is not the Pro's
    pytest.param(claim("p", "The Pro Max will start at $1,199.", ("Pro Max starting price", "$1,199")),
                 claim("r", "The Pro starts at $999.", ("Pro starting price", "$999")),
                 ABSENT, id="pro-max-pro"),
    # launch, no figures: the Air's date is not the Ultra's
    pytest.param(claim("p", "The Air will go on sale in October."),
                 claim("r", "The Ultra goes on sale in October."),
                 ABSENT, id="air-ultra"),
    # carmaker: the Long Range trim is not the Standard Range
    pytest.param(claim("p", "The Long Range version will be priced at €49,990.", ("Long Range version price", "€49,990")),
                 claim("r", "The Standard Range version costs €41,990.", ("Standard Range version price", "€41,990")),
                 ABSENT, id="long-standard-range"),
    # must pair: "the Pro model" is the Nova 9 Pro the preview names
    pytest.param(claim("p", "The Nova 9 Pro will cost $899.", ("Nova 9 Pro price", "$899")),
                 claim("r", "The Pro model is priced at $949, the company said.", ("Pro model price", "$949")),
                 CONTRADICTED, id="line-dropped-pairs"),
    # must pair: "the phone" is the model the report names
    pytest.param(claim("p", "The phone will cost $799.", ("phone price", "$799")),
                 claim("r", "The Nova 9 costs $799.", ("Nova 9 price", "$799")),
                 FULFILLED, id="model-named-on-one-side-pairs"),
]


@pytest.mark.parametrize("mine, theirs, expected", MODEL)
def test_another_model_or_trim(mine: Claim, theirs: Claim, expected: Outcome) -> None:
    assert outcome(mine, theirs) == expected


# --- the market of a price: another country's price, another currency's ---

MARKET = [
    # launch: the UK price is not the US price
    pytest.param(claim("p", "The headset will cost £499 in the UK.", ("headset price UK", "£499")),
                 claim("r", "The headset is priced at $499 in the US.", ("headset price US", "$499")),
                 ABSENT, id="uk-us-price"),
    # launch: the European price is not the US price
    pytest.param(claim("p", "The European price of the console is expected at €549.", ("console price Europe", "€549")),
                 claim("r", "In the US the console costs $499.", ("console price US", "$499")),
                 ABSENT, id="european-us-price"),
    # launch: Japan's price in yen is not the US price
    pytest.param(claim("p", "The console will sell for ¥49,980 in Japan.", ("console price Japan", "¥49,980")),
                 claim("r", "The console sells for $449 in the United States.", ("console price United States", "$449")),
                 ABSENT, id="japan-us-price"),
    # must pair: one market, named as a place and as an adjective
    pytest.param(claim("p", "The tablet will cost $599 in the US.", ("tablet price US", "$599")),
                 claim("r", "The tablet's US price was set at $649.", ("tablet US price", "$649")),
                 CONTRADICTED, id="one-market-pairs"),
]


@pytest.mark.parametrize("mine, theirs, expected", MARKET)
def test_another_market(mine: Claim, theirs: Claim, expected: Outcome) -> None:
    assert outcome(mine, theirs) == expected


# --- the programme or named object ---

NAMED = [
    # budget: one scheme is not another
    pytest.param(claim("p", "The government will extend the Help to Buy scheme to 2028."),
                 claim("r", "The government extended the Warm Homes scheme to 2028."),
                 ABSENT, id="another-scheme"),
    # summit: the Lobito Corridor is not the Middle Corridor
    pytest.param(claim("p", "Leaders will endorse the Lobito Corridor project."),
                 claim("r", "Leaders endorsed the Middle Corridor project."),
                 ABSENT, id="another-corridor"),
    # central bank: purchases under one programme are not under another
    pytest.param(claim("p", "The ECB will end reinvestments under the PEPP in December."),
                 claim("r", "The ECB ended reinvestments under the APP in December."),
                 ABSENT, id="another-programme-acronym"),
    # must pair: the programme named in full and by its short name
    pytest.param(claim("p", "The Warm Homes Plan will receive £13.2 billion.", ("Warm Homes Plan funding", "£13.2 billion")),
                 claim("r", "The Warm Homes programme was given £13.2 billion.", ("Warm Homes funding", "£13.2 billion")),
                 FULFILLED, id="one-programme-two-names-pairs"),
]


@pytest.mark.parametrize("mine, theirs, expected", NAMED)
def test_another_named_object(mine: Claim, theirs: Claim, expected: Outcome) -> None:
    assert outcome(mine, theirs) == expected


# --- the reason names the slot that differs ---

@pytest.mark.parametrize("mine, theirs, words", [
    (QUALIFIER[1].values[0], QUALIFIER[1].values[1], ("primary",)),
    (MODEL[0].values[0], MODEL[0].values[1], ("Pro Max", "Pro")),
    (MODEL[1].values[0], MODEL[1].values[1], ("Air", "Ultra")),
    (NAMED[0].values[0], NAMED[0].values[1], ("Help to Buy scheme", "Warm Homes scheme")),
    (NAMED[1].values[0], NAMED[1].values[1], ("Lobito Corridor", "Middle Corridor")),
    (NAMED[2].values[0], NAMED[2].values[1], ("PEPP", "APP")),
])
def test_the_reason_names_what_differs(mine: Claim, theirs: Claim, words: tuple[str, ...]) -> None:
    (e,) = decide(docs("preview", mine), docs("report", theirs, *FILLER)).expectations
    assert e.verdict == "absent"
    assert any("not the same fact" in r and all(w in r for w in words) for r in e.reasons), e.reasons
