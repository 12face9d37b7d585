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


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def docs(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def test_another_measure_the_report_tells_apart_is_a_false_friend() -> None:
    # The report gives world growth and world inflation: growth and inflation are two measures, so Canada's
    # inflation does not answer Canada's growth, however alike the sentences.
    preview = docs("preview", claim("canada", "Canada's growth is forecast to slow to 1.4% in 2027.",
                                    ("Canada GDP growth forecast 2027", "1.4%")))
    report = docs("report", claim("r-canada", "Consumer prices in Canada are forecast to rise 2.3% in 2027.",
                                  ("Canada consumer price inflation 2027", "2.3%")),
                  claim("r-world-g", "The world economy is seen growing 3.0% in 2027.", ("world growth 2027", "3.0%")),
                  claim("r-world-i", "World inflation is seen at 3.4% in 2027.", ("world inflation 2027", "3.4%")))
    result = decide(preview, report)
    (e,) = result.expectations
    assert (e.verdict, e.match) == ("absent", None)
    assert any("growth" in r and "inflation" in r for r in e.reasons), e.reasons
    assert not result.discrepancies


@pytest.mark.parametrize("mine, theirs", [
    pytest.param("The carrier's fuel bill is expected to reach €1.2 billion.", "The carrier's fuel costs came to €1.3 billion.",
                 marks=pytest.mark.xfail(strict=True, reason="pairing: the claims share only 'carrier' and 'fuel' "
                                         "(bill ≈ costs is not in the lexicon) and score under the threshold")),
    ("Air Lumo's annual fuel bill is expected to reach €1.2 billion.", "Air Lumo's annual fuel costs reached €1.3 billion."),
])
def test_two_words_for_one_measure_no_article_tells_apart_still_pair(mine: str, theirs: str) -> None:
    # "fuel bill" and "fuel costs": no article gives both, so they may be one thing said in other words
    preview = docs("preview", claim("fuel", mine, ("fuel bill", "€1.2 billion")))
    report = docs("report", claim("r-fuel", theirs, ("fuel costs", "€1.3 billion")),
                  claim("r-seats", "The carrier flew 48 million passengers.", ("passengers", "48 million")))
    (e,) = decide(preview, report).expectations
    assert e.match is not None and e.match.claim.id == "r-fuel", e.reasons


@pytest.mark.parametrize("mine, theirs", [
    (("Operating profit is seen at €410 million.", "Q2 operating profit", "€410 million"),
     ("Net profit fell to €380 million.", "net profit", "€380 million")),
    (("Operating income is expected to grow 8%.", "operating income growth", "8%"),
     ("Net income grew 5%.", "net income growth", "5%")),
    (("Gross margin is seen at 41%.", "Q2 gross margin", "41%"),
     ("The operating margin narrowed to 12%.", "operating margin", "12%")),
])
def test_gross_operating_and_net_are_three_measures(mine: tuple[str, str, str], theirs: tuple[str, str, str]) -> None:
    preview = docs("preview", claim("p", mine[0], (mine[1], mine[2])))
    report = docs("report", claim("r", theirs[0], (theirs[1], theirs[2])),
                  claim("r-other", "Shares rose 3% in early trading.", ("share price move", "3%")))
    assert outcome(preview, report) == ([("p", "absent", None)], [])


def test_a_price_in_another_market_is_another_price() -> None:
    preview = docs("preview", claim("x2-eu", "The Lumo X2 is expected to cost €899 in Europe.", ("Lumo X2 price Europe", "€899")))
    report = docs("report", claim("x2-uk", "The Lumo X2 sells for £799 in the UK.", ("Lumo X2 price UK", "£799")),
                  claim("x2-launch", "Lumo unveiled the X2 on Tuesday."))
    assert outcome(preview, report) == ([("x2-eu", "absent", None)], [])


@pytest.mark.parametrize("mine, theirs, expected", [
    # the rate of another facility: no discrepancy, no pairing
    (("The standing lending facility rate would rise to 2.75%.", "standing lending facility rate", "2.75%"),
     ("The standing deposit facility rate was raised to 2.25%.", "standing deposit facility rate", "2.25%"),
     ([("p", "absent", None)], [])),
    # one rate named with other words of importance: compared
    (("The key policy rate will be raised to 4.5%.", "key policy rate", "4.5%"),
     ("The central bank raised its benchmark policy rate to 4.25%.", "benchmark policy rate", "4.25%"),
     ([("p", "contradicted", "r")], [("p", "r")])),
])
def test_the_rate_of_another_facility_is_another_rate(mine: tuple[str, str, str], theirs: tuple[str, str, str],
                                                      expected: object) -> None:
    preview = docs("preview", claim("p", mine[0], (mine[1], mine[2])))
    report = docs("report", claim("r", theirs[0], (theirs[1], theirs[2])),
                  claim("r-other", "The rupiah weakened 1% after the decision.", ("rupiah move", "1%")))
    assert outcome(preview, report) == expected


@pytest.mark.xfail(strict=True, reason="figure linking: with no pair by terms, 'Q4 sales guidance' still pairs through "
                   "the report's 'quarterly sales' (the Q3 outcome, linked to the Q3 expectation): guidance is read as a "
                   "forecast, and a forecast in a preview as the outcome")
def test_a_fourth_quarter_is_no_quarter_of_something() -> None:
    # "fourth" and "quarter" are periods, not synonyms (WordNet: a fourth is a quarter): the guidance for the next
    # quarter is not the quarter's sales
    preview = docs("preview", claim("q4", "Fourth-quarter sales guidance is expected around $1.1bn.",
                                    ("Q4 sales guidance", "around $1.1bn")),
                   claim("q3", "Third-quarter sales are seen at about $1bn.", ("Q3 sales", "about $1bn")))
    report = docs("report", claim("r-sales", "Sales rose 9% to $1.02bn in the quarter.",
                                  ("quarterly sales", "$1.02bn"), ("quarterly sales growth", "9%")))
    assert outcome(preview, report) == ([("q4", "absent", None), ("q3", "fulfilled", "r-sales")], [])


def test_another_country_named_by_wordnet_is_a_false_friend() -> None:
    # Oman and Gabon are in no curated list: WordNet names them countries
    preview = docs("preview", claim("oman", "Oman is expected to submit a new compensation plan for overproduction."),
                   claim("meet", "Ministers will meet online on Sunday."))
    report = docs("report", claim("gabon", "Gabon pledged to compensate for past overproduction by June."),
                  claim("r-meet", "Ministers met online on Sunday."))
    result = decide(preview, report)
    e = result.expectations[0]
    assert (e.verdict, e.match) == ("absent", None)
    assert any("oman" in r.lower() and "gabon" in r.lower() for r in e.reasons), e.reasons


def test_a_demonym_wordnet_lists_names_its_country() -> None:
    preview = docs("preview", claim("kz", "Kazakh officials will submit a compensation plan for overproduction."))
    report = docs("report", claim("r-kz", "Kazakhstan submitted a plan to compensate for its overproduction."),
                  claim("r-iq", "Iraq pledged to cut output by June."))
    assert outcome(preview, report) == ([("kz", "fulfilled", "r-kz")], [])


def test_an_acronym_in_capitals_stands_for_the_words_wordnet_spells_it_out_as() -> None:
    from summitcheck.pairing import article_acronyms

    found = article_acronyms(["GNP per capita is seen at $41,000", "core CPI forecast"])
    assert found["gross national product"] == "gnp"
    assert found["consumer price index"] == "cpi" and found["consumer price"] == "cpi"
    assert "price index" not in found  # "producer price index" is no CPI
    # lower case is a word, not the acronym: "gnp" written so stands for nothing
    assert "gross national product" not in article_acronyms(["the gnp per capita"])


def test_a_measure_named_by_its_acronym_meets_its_words() -> None:
    preview = doc("preview", ("gnp", "GNP per capita is expected to reach $41,000 in 2027.", "GNP per capita 2027", "$41,000"))
    report = doc("report", ("r-gnp", "Gross national product per capita rose to $43,500 in 2027.",
                            "gross national product per capita 2027", "$43,500"))
    assert outcome(preview, report) == ([("gnp", "contradicted", "r-gnp")], [("gnp", "r-gnp")])


def test_a_producer_price_index_is_no_cpi() -> None:
    preview = doc("preview", ("cpi", "CPI inflation is expected to ease to 2.4% in 2027.", "CPI inflation 2027", "2.4%"))
    report = doc("report", ("r-ppi", "Producer price index inflation slowed to 3.1% in 2027.",
                            "producer price index inflation 2027", "3.1%"),
                 ("r-jobs", "Unemployment fell to 4.1%.", "unemployment rate", "4.1%"))
    assert outcome(preview, report) == ([("cpi", "absent", None)], [])


def test_a_country_wordnet_alone_names_is_another_country() -> None:
    # neither Bhutan nor Tanzania has a capital WordNet files as a national capital of it: named as countries
    preview = docs("preview", claim("bt", "Bhutan is expected to announce a new hydropower export deal."))
    report = docs("report", claim("tz", "Tanzania announced a new hydropower export deal."),
                  claim("r-other", "Ministers met online on Sunday."))
    (e,) = decide(preview, report).expectations
    assert (e.verdict, e.match) == ("absent", None), e.reasons
    assert any("bhutan" in r.lower() and "tanzania" in r.lower() for r in e.reasons), e.reasons


def test_part_of_an_acronym_spelt_out_meets_the_acronym() -> None:
    # "core consumer price forecast": the first words of "consumer price index", CPI in WordNet; no article
    # spells the index out
    preview = doc("preview", ("core", "The bank will project core CPI of 1.9% for fiscal 2027.",
                              "core CPI forecast fiscal 2027", "1.9%"))
    report = doc("report", ("r-core", "The bank projected core consumer inflation of 2.2% for fiscal 2027.",
                            "core consumer price forecast fiscal 2027", "2.2%"))
    assert outcome(preview, report) == ([("core", "contradicted", "r-core")], [("core", "r-core")])


@pytest.mark.parametrize("mine, theirs, expected", [
    # one veto for what a measure excludes, figures or not: underlying is no headline measure
    ("Underlying inflation is expected to ease further.", "Headline inflation eased further in March.", "absent"),
    ("Core inflation is expected to ease further.", "Headline inflation eased further in March.", "absent"),
    ("Underlying inflation is expected to ease further.", "Core inflation eased further in March.", "fulfilled"),
])
def test_what_a_measure_excludes_is_one_kind_of_entity(mine: str, theirs: str, expected: str) -> None:
    preview = docs("preview", claim("p", mine))
    report = docs("report", claim("r", theirs), claim("r-other", "The krone weakened after the decision."))
    (e,) = decide(preview, report).expectations
    assert e.verdict == expected, e.reasons


# A span of months that is a calendar quarter or half names that quarter or half (labelled before the rule).
@pytest.mark.parametrize("name, periods", [
    ("revenue in the April-June period", {"q2"}),
    ("exports from July to September", {"q3"}),
    ("sales in January-June", {"h1"}),
    ("October through December deliveries", {"q4"}),
    ("rainfall in March-May", {"mar", "may"}),
])
def test_a_span_of_months_that_is_a_quarter_is_that_quarter(name: str, periods: set[str]) -> None:
    assert qualifiers(name)[0].periods == periods
