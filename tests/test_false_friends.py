"""False friends in claim files (issue 13 item 4): claims that share their subject's words but state
another fact, and the true pairs those rules must leave alone.

The classes: a converse or antonym word qualifying the measure (borrowing / lending, urban / rural,
upper / lower, X / non-X), a denominator ("per capita", "per passenger"), another model ("Nimbus 7
Ultra" / "Nimbus 7"), and spans of time written in other units ("one year" / "12 months").

Every case was labelled (verdicts, matches, discrepancies) before the tool was run on it; the wording
is invented, from other domains than the evaluation sets.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.lexical import converse
from summitcheck.pairing import models


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def docs(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def outcome(preview: Document, report: Document) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str]]]:
    """Each expectation's (id, verdict, match id), and the discrepancies as (preview id, report id)."""
    result = decide(preview, report)
    return ([(e.claim.id, e.verdict, e.match.claim.id if e.match else None) for e in result.expectations],
            [(d.preview_claim.id, d.report_claim.id) for d in result.discrepancies])


# A filler report claim, so that no pair is decided by being the only candidate.
FILLER = claim("r-filler", "Officials will meet again in the spring to review progress.")


# --- converse and antonym qualifiers of one measure: another measure, never a discrepancy ---

@pytest.mark.parametrize("mine, theirs", [
    # budget: what the state borrows is not what it lends
    (("Public sector borrowing is projected at £95 billion this year.", "public sector borrowing", "£95 billion"),
     ("Public sector lending came to £12 billion this year.", "public sector lending", "£12 billion")),
    # central bank: the top of a corridor is not its bottom
    pytest.param(("The upper bound of the target range will be lowered to 4.25%.", "upper bound of the target range", "4.25%"),
                 ("The lower bound of the target range was lowered to 3.75%.", "lower bound of the target range", "3.75%"),
                 marks=pytest.mark.xfail(strict=True, reason="WordNet gives 'upper' no direct antonym (it is a "
                                         "satellite of 'high'), and 'lower' is read as a direction")),
    # labour statistics: urban is not rural
    (("Urban unemployment is expected to ease to 5.2% in the third quarter.", "urban unemployment rate Q3", "5.2%"),
     ("Rural unemployment eased to 3.8% in the third quarter.", "rural unemployment rate Q3", "3.8%")),
    # a pricing tier: the maximum is not the minimum
    (("The maximum fare on the new line will be set at $7.50.", "maximum fare", "$7.50"),
     ("The minimum fare on the new line was set at $2.25.", "minimum fare", "$2.25")),
])
def test_an_antonym_qualifying_the_measure_is_another_measure(mine: tuple[str, str, str],
                                                              theirs: tuple[str, str, str]) -> None:
    preview = docs("preview", claim("p", mine[0], (mine[1], mine[2])))
    report = docs("report", claim("r", theirs[0], (theirs[1], theirs[2])), FILLER)
    result = decide(preview, report)
    (e,) = result.expectations
    assert (e.verdict, e.match, result.discrepancies) == ("absent", None, ()), e.reasons


def test_the_antonym_veto_names_the_words_that_differ() -> None:
    preview = docs("preview", claim("p", "The overnight borrowing rate would be lowered to 33%.",
                                    ("overnight borrowing rate", "33%")))
    report = docs("report", claim("r", "The overnight lending rate was cut to 38%.", ("overnight lending rate", "38%")),
                  FILLER)
    (e,) = decide(preview, report).expectations
    assert e.verdict == "absent"
    assert any("borrowing" in r and "lending" in r for r in e.reasons), e.reasons


@pytest.mark.parametrize("mine, theirs, expected", [
    # the same qualifier on both sides: one measure, compared
    (("The overnight lending rate will be cut to 38%.", "overnight lending rate", "38%"),
     ("The overnight lending rate was lowered to 38%.", "overnight lending rate", "38%"),
     ([("p", "fulfilled", "r")], [])),
    (("Urban unemployment is expected at 5.2% in March.", "urban unemployment March", "5.2%"),
     ("Urban unemployment rose to 5.6% in March.", "urban unemployment March", "5.6%"),
     ([("p", "contradicted", "r")], [("p", "r")])),
])
def test_a_shared_qualifier_still_pairs(mine: tuple[str, str, str], theirs: tuple[str, str, str],
                                        expected: tuple[list[tuple[str, str, str | None]], list[tuple[str, str]]]) -> None:
    preview = docs("preview", claim("p", mine[0], (mine[1], mine[2])))
    report = docs("report", claim("r", theirs[0], (theirs[1], theirs[2])), FILLER)
    assert outcome(preview, report) == expected


def test_an_antonym_in_what_happens_is_a_contradiction_not_another_fact() -> None:
    # the verb is the predicted slot: "raise" against "lowered" answers the expectation the other way
    preview = docs("preview", claim("p", "The Riksbank will raise its policy rate at the June meeting."))
    report = docs("report", claim("r", "The Riksbank lowered its policy rate at the June meeting."), FILLER)
    assert outcome(preview, report) == ([("p", "contradicted", "r")], [])


# --- X and non-X; an adjusted measure is the non-GAAP one ---

def test_non_gaap_is_the_adjusted_measure_not_the_gaap_one() -> None:
    preview = docs("preview", claim("p", "Non-GAAP operating margin is expected at 24%.", ("non-GAAP operating margin", "24%")))
    report = docs("report", claim("r-gaap", "GAAP operating margin was 19%.", ("GAAP operating margin", "19%")),
                  claim("r-adj", "Adjusted operating margin came in at 24.2%.", ("adjusted operating margin", "24.2%")),
                  FILLER)
    assert outcome(preview, report) == ([("p", "fulfilled", "r-adj")], [])


@pytest.mark.parametrize("mine, theirs", [
    (("Non-oil exports are expected to grow 6% in 2026.", "non-oil exports growth 2026", "6%"),
     ("Oil exports fell 3% in 2026.", "oil exports growth 2026", "-3%")),
    (("Non-energy inflation is seen at 2.4% in May.", "non-energy inflation May", "2.4%"),
     ("Energy inflation was -2.1% in May.", "energy inflation May", "-2.1%")),
])
def test_non_x_is_not_x(mine: tuple[str, str, str], theirs: tuple[str, str, str]) -> None:
    preview = docs("preview", claim("p", mine[0], (mine[1], mine[2])))
    report = docs("report", claim("r", theirs[0], (theirs[1], theirs[2])), FILLER)
    assert outcome(preview, report) == ([("p", "absent", None)], [])


# --- a denominator makes another measure ---

@pytest.mark.parametrize("mine, theirs", [
    (("GDP per capita is projected to grow 1.1% in 2027.", "GDP per capita growth 2027", "1.1%"),
     ("GDP is projected to grow 2.3% in 2027.", "GDP growth 2027", "2.3%")),
    (("Revenue per passenger is expected to rise 4% in the quarter.", "revenue per passenger growth", "4%"),
     ("Revenue rose 9% in the quarter.", "revenue growth", "9%")),
    (("Health spending per person will rise 3% in real terms next year.", "health spending per person growth", "3%"),
     ("Health spending will rise 5% in real terms next year.", "health spending growth", "5%")),
])
def test_a_measure_per_head_is_not_the_total(mine: tuple[str, str, str], theirs: tuple[str, str, str]) -> None:
    preview = docs("preview", claim("p", mine[0], (mine[1], mine[2])))
    report = docs("report", claim("r", theirs[0], (theirs[1], theirs[2])), FILLER)
    assert outcome(preview, report) == ([("p", "absent", None)], [])


def test_the_same_denominator_on_both_sides_pairs() -> None:
    preview = docs("preview", claim("p", "GDP per capita is projected to grow 1.1% in 2027.", ("GDP per capita growth 2027", "1.1%")))
    report = docs("report", claim("r", "Per-capita GDP is now seen growing 0.7% in 2027.", ("per capita GDP growth 2027", "0.7%")),
                  FILLER)
    assert outcome(preview, report) == ([("p", "contradicted", "r")], [("p", "r")])


# --- another model; and the model a claim predicts ---

@pytest.mark.parametrize("mine, theirs", [
    # another variant of one line: "Pro", "Ultra" name another product
    (claim("p", "Shipments of the Nimbus 7 Ultra are expected to begin in March."),
     claim("r", "The Nimbus 7 began shipping in March.")),
    # another number of one line, and another market
    (claim("p", "In Japan the Vela 3 is expected at ¥129,800.", ("Vela 3 price in Japan", "¥129,800")),
     claim("r", "The Vela 5 is priced from $899.", ("Vela 5 starting price", "$899"))),
    (claim("p", "The Strato 220 Max will have a range of 4,000 nautical miles.", ("Strato 220 Max range", "4,000 nautical miles")),
     claim("r", "The Strato 220 has a range of 3,400 nautical miles.", ("Strato 220 range", "3,400 nautical miles"))),
])
def test_another_model_is_another_fact(mine: Claim, theirs: Claim) -> None:
    preview = docs("preview", mine)
    report = docs("report", theirs, FILLER)
    assert outcome(preview, report) == ([("p", "absent", None)], [])


def test_another_model_in_the_slot_the_claim_predicts_is_a_contradiction() -> None:
    # both speak of the Corsa 15; which processor it gets is what the preview predicts
    preview = docs("preview", claim("p", "The Corsa 15 laptop will use the new Tern 9 processor."))
    report = docs("report", claim("r", "The Corsa 15 laptop ships with the older Tern 8 processor."), FILLER)
    result = decide(preview, report)
    (e,) = result.expectations
    assert (e.verdict, e.match and e.match.claim.id) == ("contradicted", "r"), e.reasons
    assert any("Tern 9" in r and "Tern 8" in r for r in e.reasons), e.reasons


def test_the_same_model_in_both_slots_is_fulfilled() -> None:
    preview = docs("preview", claim("p", "The Corsa 15 laptop will use the new Tern 9 processor."))
    report = docs("report", claim("r", "The Corsa 15 laptop ships with the new Tern 9 processor."), FILLER)
    assert outcome(preview, report) == ([("p", "fulfilled", "r")], [])


# --- spans of time in other units are one span ---

@pytest.mark.parametrize("mine, theirs, expected", [
    ("one year", "12 months", ([("p", "fulfilled", "r")], [])),
    ("two years", "24 months", ([("p", "fulfilled", "r")], [])),
    ("1 year", "18 months", ([("p", "contradicted", "r")], [("p", "r")])),
])
def test_spans_of_time_in_other_units_are_converted(mine: str, theirs: str, expected: object) -> None:
    preview = docs("preview", claim("p", f"The two governments are expected to suspend the levy on steel for {mine}.",
                                    ("steel levy suspension period", mine)))
    report = docs("report", claim("r", f"The two governments agreed to suspend the steel levy for {theirs}.",
                                  ("steel levy suspension period", theirs)), FILLER)
    assert outcome(preview, report) == expected


def test_a_metric_ton_is_a_tonne() -> None:
    preview = docs("preview", claim("p", "Egypt is expected to commit to buying 12 million tonnes of wheat a year.",
                                    ("Egyptian wheat purchases per year", "12 million tonnes")))
    report = docs("report", claim("r", "Egypt committed to buying 9 million metric tons of wheat a year.",
                                  ("Egyptian wheat purchases per year", "9 million metric tons")), FILLER)
    assert outcome(preview, report) == ([("p", "contradicted", "r")], [("p", "r")])


# --- another market: a place on one side, confirmed by another currency ---

@pytest.mark.parametrize("theirs, expected", [
    # the report gives the price in dollars and names no market: not the Japanese price
    (claim("r", "The Vela 3 starts at $899.", ("Vela 3 starting price", "$899")), ([("p", "absent", None)], [])),
    # the same currency: the price the preview expected, higher
    (claim("r", "The Vela 3 starts at ¥139,800.", ("Vela 3 starting price", "¥139,800")),
     ([("p", "contradicted", "r")], [("p", "r")])),
])
def test_a_price_for_one_market_against_another_currency(theirs: Claim, expected: object) -> None:
    preview = docs("preview", claim("p", "In Japan the Vela 3 is expected to cost ¥129,800.", ("Vela 3 price in Japan", "¥129,800")))
    report = docs("report", theirs, FILLER)
    assert outcome(preview, report) == expected


@pytest.mark.parametrize("mine", [
    claim("p", "In Europe the Vela 3 is expected at €1,049.", ("Vela 3 price in Europe", "€1,049")),
    claim("p", "The Orin X7 will sell for £1,199 in Britain.", ("Orin X7 price in Britain", "£1,199")),
])
def test_a_price_in_europe_is_not_the_dollar_price(mine: Claim) -> None:
    product = "Vela 3" if "Vela" in mine.statement else "Orin X7"
    preview = docs("preview", replace(mine, topic="pricing"))
    report = docs("report", replace(claim("r", f"The {product} is priced from $899.", (f"{product} starting price", "$899")),
                                    topic="pricing"),
                  claim("r-ship", f"The {product} ships on Friday."), FILLER)
    assert outcome(preview, report) == ([("p", "absent", None)], [])


# --- what is read as a model, and which words are converse (labelled before running) ---

@pytest.mark.parametrize("statement, expected", [
    ("Deliveries of the Boeing 787 will resume in June.", {"boeing787": "Boeing 787"}),
    pytest.param("The FTSE 100 closed higher while the FTSE 250 fell.", {"ftse100": "FTSE 100", "ftse250": "FTSE 250"},
                 marks=pytest.mark.xfail(strict=True, reason="a name in capitals before a spaced number is left out: "
                                         "'the US 10-year yield' would read as a model")),
    ("Shipments of the Nimbus 7 Ultra start on Friday.", {"nimbus7ultra": "Nimbus 7 Ultra"}),
    ("Solara took delivery of six A321neo jets.", {"a321neo": "A321neo"}),
    # not models: a sentence's first word, a date, a year, a currency, a figure
    ("About 40 countries will attend.", {}),
    ("The talks resume on March 15 in Geneva.", {}),
    ("Growth is seen at 2.1% in Japan 2027.", {}),
    ("Fees will rise to Ksh 500 a month.", {}),
    ("The Dow 30,000 milestone was passed.", {}),
])
def test_what_is_read_as_a_model(statement: str, expected: dict[str, str]) -> None:
    assert models(statement) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("borrowing", "lending", True), ("lenders", "borrowers", True), ("urban", "rural", True),
    ("exports", "imports", True), ("supply", "demand", True), ("domestic", "foreign", True),
    ("borrowing", "rate", False), ("margin", "revenue", False), ("exports", "goods", False),
])
def test_converse_words_come_from_wordnet(a: str, b: str, expected: bool) -> None:
    assert converse(a, b) is expected


# --- an entity in a clause of why or when is not what the claim is about ---

@pytest.mark.parametrize("mine, theirs, expected", [
    # the countries say why inflation moved; the claims are about euro-area inflation, and disagree
    ("Euro-area inflation is expected to have eased in March because of lower fuel prices in Germany.",
     "Euro-area inflation rose in March as energy prices in France jumped.", ("contradicted", "r")),
    ("Leaders are expected to agree a loss and damage fund after pressure from Brazil.",
     "Leaders agreed a loss and damage fund following a push by India.", ("fulfilled", "r")),
    # the years say when the slump was; the claims are about the second quarter
    ("Exports are expected to rebound in the second quarter after a slump in 2025.",
     "Exports rebounded in the second quarter as demand recovered from its 2024 low.", ("fulfilled", "r")),
    # in the main clause the country is what the claim is about: another fact
    ("Japan's exports are expected to rise in March because of strong car sales.",
     "Korea's exports rose in March as chip sales jumped.", ("absent", None)),
    # a claim about countries against one naming another country only in a clause of why: still not one fact
    ("Ministers are expected to criticise Iran's support for Russia's war, including drone sales.",
     "The statement was agreed by 26 of the 27 members after Hungary withheld its support.", ("absent", None)),
])
def test_an_entity_saying_why_or_when_does_not_part_claims(mine: str, theirs: str,
                                                             expected: tuple[str, str | None]) -> None:
    preview = docs("preview", claim("p", mine))
    report = docs("report", claim("r", theirs), FILLER)
    (e,) = decide(preview, report).expectations
    assert (e.verdict, e.match and e.match.claim.id) == expected, e.reasons
