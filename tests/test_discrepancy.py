"""Discrepancies: same metric, same dimension, intervals apart beyond tolerance."""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, Settings, decide, parse_figure


def one_figure(role: str, metric: str, value: str, cid: str = "c") -> Document:
    claim = Claim(id=cid, statement=f"{metric} is {value}", figures=(Figure(metric, parse_figure(value)),))
    return Document(id=role, role=role, title=role, claims=(claim,))


def discrepancies(pm: str, pv: str, rm: str, rv: str, tolerance: float = 0.0) -> list[float | None]:
    result = decide(one_figure("preview", pm, pv), one_figure("report", rm, rv), Settings(tolerance=tolerance))
    return [d.difference_pct for d in result.discrepancies]


@pytest.mark.parametrize("pm, pv, rm, rv, expected", [
    # a surplus of A with B is the deficit of B with A
    ("Japan's trade surplus with the US", "about $56 billion", "US trade deficit with Japan", "$68 billion", [21.4]),
    ("Japanese trade surplus with the United States", "$68bn", "U.S. trade deficit with Japan", "$68 billion", []),
    # the same parties the other way round are another metric
    ("Japanese investment in the US", "$1 trillion", "US investment in Japan", "$500 billion", []),
    # money only within one currency
    ("investment pledge", "$1 trillion", "investment pledge", "¥150 trillion", []),
    # 25 basis points and 0.25 percentage point are one quantity
    ("rate cut", "25 basis points", "rate cut", "0.25 percentage point", []),
    ("rate cut", "25 basis points", "rate cut", "half a percentage point", [100.0]),
    # percent and percentage points are different dimensions
    ("rate cut", "0.25%", "rate cut", "half a percentage point", []),
    # unrelated metrics are not compared
    ("inflation rate", "2%", "unemployment rate", "4.4%", []),
    ("Alaska gas pipeline cost", "$44 billion", "Nippon Steel acquisition of U.S. Steel", "$15 billion", []),
    # a hedge reaches one step of the last significant digit: about $56bn meets $57bn, not $58bn
    ("trade surplus", "about $56 billion", "trade surplus", "$57 billion", []),
    ("trade surplus", "about $56 billion", "trade surplus", "$58 billion", [3.6]),
    ("trade surplus", "$56 billion", "trade surplus", "$58 billion", [3.6]),
    # rounding intervals that only touch differ; the coarser covers the finer
    ("trade surplus", "$56 billion", "trade surplus", "$57 billion", [1.8]),
    ("global growth forecast", "3.3%", "global growth forecast", "3.2%", [-3.0]),
    ("trade surplus", "$56bn", "trade surplus", "$56.4bn", []),
    ("trade surplus", "$56.4bn", "trade surplus", "$56bn", []),
    # analysts' "about $1.25" is a cents estimate: $1.30 beats it, $1.26 meets it
    ("earnings per share", "about $1.25", "earnings per share", "$1.30", [4.0]),
    ("earnings per share", "about $1.25", "earnings per share", "$1.26", []),
    # "about 70" rounds to the ten, within 5 %; "about 2%" within 1.9–2.1
    ("agreements signed", "about 70", "agreements signed", "73", []),
    ("agreements signed", "about 70", "agreements signed", "75", [7.1]),
    ("inflation", "about 2%", "inflation", "1.9%", []),
    ("inflation", "about 2%", "inflation", "2.2%", [10.0]),
    ("inflation", "nearly 2%", "inflation", "2.1%", [5.0]),
    # open intervals
    ("agreements signed", "over 70", "agreements signed", "85 agreements", []),
    ("agreements signed", "over 70", "agreements signed", "60 agreements", [-14.3]),
])
def test_discrepancy_table(pm: str, pv: str, rm: str, rv: str, expected: list[float]) -> None:
    assert discrepancies(pm, pv, rm, rv) == expected


def test_tolerance_absorbs_small_differences() -> None:
    assert discrepancies("trade surplus", "$56 billion", "trade surplus", "$58 billion") == [3.6]
    assert discrepancies("trade surplus", "$56 billion", "trade surplus", "$58 billion", tolerance=0.02) == []


def test_closest_metric_wins_when_both_articles_give_both() -> None:
    def doc(role: str) -> Document:
        return Document(id=role, role=role, title=role, claims=(
            Claim(id="base", statement="iPhone 17 price", figures=(Figure("iPhone 17 starting price", parse_figure("$799")),)),
            Claim(id="pro", statement="iPhone 17 Pro price", figures=(Figure("iPhone 17 Pro starting price", parse_figure("$1,099")),)),
        ))
    assert decide(doc("preview"), doc("report")).discrepancies == ()


def test_discrepancy_is_reported_even_when_claims_do_not_pair() -> None:
    preview = one_figure("preview", "Brent crude price", "$80", "brent")
    report = Document(id="report", role="report", title="report", claims=(
        Claim(id="oil", statement="Markets shrugged", figures=(Figure("Brent crude price", parse_figure("$70")),)),
    ))
    result = decide(preview, report, Settings(threshold=100))
    assert [(d.preview_claim.id, d.report_claim.id) for d in result.discrepancies] == [("brent", "oil")]


def baseline_doc(role: str, statement: str, value: str, baseline: str) -> Document:
    figure = Figure("global growth forecast 2025", parse_figure(value), baseline=parse_figure(baseline))
    return Document(id=role, role=role, title=role, claims=(Claim(id=role[0], statement=statement, figures=(figure,)),))


@pytest.mark.parametrize("preview, report, verdict, discrepancies", [
    # a cut from 3.3% to 3.2% on both sides, the report without a direction word
    (("The IMF will cut its global growth forecast", "3.2%", "3.3%"),
     ("The IMF now sees global growth at 3.2%, against 3.3% in July", "3.2%", "3.3%"), "fulfilled", 0),
    # the preview's baseline equals the report's outcome: a baseline is not an outcome
    (("The IMF will trim its global growth forecast", "3.1%", "3.2%"),
     ("The IMF sees global growth at 3.2%, compared with 3.0% in July", "3.2%", "3.0%"), "contradicted", 1),
    # same outcome, opposite directions: the baselines say the report's move was a rise
    (("The IMF global growth forecast for 2025 at 3.2%", "3.2%", "3.3%"),
     ("The IMF global growth forecast for 2025 at 3.2%", "3.2%", "3.1%"), "contradicted", 0),
])
def test_baselines_give_direction_never_outcomes(preview: tuple[str, str, str], report: tuple[str, str, str],
                                                 verdict: str, discrepancies: int) -> None:
    result = decide(baseline_doc("preview", *preview), baseline_doc("report", *report))
    (e,) = result.expectations
    assert (e.verdict, len(result.discrepancies)) == (verdict, discrepancies), e.reasons


# Labelled before running: an editor's reading of which figures are one metric.
@pytest.mark.parametrize("pm, pv, rm, rv, expected", [
    # years, fiscal years, quarters and halves are part of the metric
    ("GDP growth in 2024", "2.0%", "GDP growth in 2025", "2.5%", []),
    ("GDP growth in 2025", "2.0%", "GDP growth 2025", "2.5%", [25.0]),
    ("FY2025 revenue", "$10bn", "fiscal 2025 revenue", "$11bn", [10.0]),
    ("FY2025 revenue", "$10bn", "FY2026 revenue", "$11bn", []),
    ("Q3 revenue", "$90bn", "third-quarter revenue", "$94bn", [4.4]),
    ("Q3 revenue", "$90bn", "fourth-quarter revenue", "$94bn", []),
    ("first-half sales", "$10bn", "H2 sales", "$12bn", []),
    # a qualifier only one side gives is no difference
    ("revenue", "$10bn", "revenue in fiscal 2025", "$11bn", [10.0]),
    # model names and numbers, variants
    ("iPhone 16 starting price", "$799", "iPhone 15 starting price", "$699", []),
    ("iPhone 17 Pro price", "$1,099", "iPhone 17 Pro Max price", "$1,199", []),
    ("iPhone 17 price", "$799", "iPhone 17 Pro price", "$1,099", []),
    ("Galaxy S24 Ultra price", "$1,299", "Galaxy S24 Ultra price", "$1,199", [-7.7]),
    # variant words without a number meet the numbered model with those variants only
    ("Halo 7 Pro Max price", "$1,199", "Pro Max price", "$1,299", [8.3]),
    ("Halo 7 Pro price", "$999", "Pro Max price", "$1,299", []),
    # areas are parties: world is global, and neither is the US
    ("world GDP growth 2025", "3.1%", "global growth 2025", "3.2%", [3.2]),
    ("US GDP growth 2025", "1.8%", "China GDP growth 2025", "4.8%", []),
    ("euro zone inflation 2026", "1.7%", "headline inflation 2026", "1.9%", [11.8]),
    # versions and ordinals
    ("second tranche of aid", "$5bn", "third tranche of aid", "$6bn", []),
    ("version 2 downloads", "10 million", "version 3 downloads", "12 million", []),
    # a bare number is compared when the metric fixes its unit, never across money
    ("inflation", "3.75", "inflation", "3.75%", []),
    ("unemployment rate", "4.1", "unemployment rate", "4.4%", [7.3]),
    ("trade surplus", "56", "trade surplus", "$57 billion", []),
    # synonyms and the articles' acronyms name one metric
    ("military aid for Ukraine 2027", "€40 billion", "military support for Ukraine 2027", "€46 billion", [15.0]),
    ("Q4 revenue guidance", "$15.5 billion", "fourth-quarter revenue forecast", "$15.2 billion", [-1.9]),
    ("earnings per share", "$1.12", "adjusted EPS", "$1.18", [5.4]),
    ("US tariff on other Korean goods", "18%", "US levy on other Korean exports", "15%", [-16.7]),
    # a bloc is an area: one name may leave it out ("regional growth" in a report on ASEAN)
    ("ASEAN GDP growth 2027", "4.7%", "regional growth 2027", "4.6%", [-2.1]),
    ("inflation target", "3%", "inflation goal", "3.2%", [6.7]),
    # a whole year is not a quarter of an unnamed year
    ("fiscal 2028 revenue target", "$60 billion", "third-quarter revenue", "$14.6 billion", []),
])
def test_qualifiers_and_units_decide_the_metric(pm: str, pv: str, rm: str, rv: str, expected: list[float]) -> None:
    assert discrepancies(pm, pv, rm, rv) == expected


# A part named on one side only, in one word, when neither article gives the part and the whole: the
# names share half their terms and nothing says the word names a part ("output cuts" and "cuts" are one
# metric).  Left as known misses rather than a hand-made list of part words.
_ONE_SIDED_PART = "a one-word part named on one side only, which neither article tells from the whole"


# Labelled before running (issue 14): classes of figures an editor never compares.
@pytest.mark.parametrize("pm, pv, rm, rv, expected", [
    # period length: a year's figure is not a quarter's, a quarter's not a month's
    ("share of revenue in fiscal 2026", "about 11%", "share of revenue in the second quarter", "8%", []),
    ("revenue for fiscal 2026", "$29.6 billion", "revenue for the quarter", "$8.4 billion", []),
    ("GDP growth in 2025", "1.2%", "GDP growth in the third quarter of 2025", "0.3%", []),
    ("inflation in March", "2.4%", "inflation in 2026", "2.1%", []),
    ("quarterly dividend", "40 cents", "annual dividend", "$1.60", []),
    ("full-year revenue", "$35 billion", "third-quarter revenue", "$9 billion", []),
    # the same length, or a length on one side only, is one metric
    ("Q3 2025 revenue", "$9bn", "third-quarter revenue", "$8.7bn", [-3.3]),
    ("revenue for the quarter", "$8.4 billion", "third-quarter revenue", "$8.6 billion", [2.4]),
    ("full-year revenue", "$35 billion", "revenue", "$34 billion", [-2.9]),
    ("revenue growth", "30%", "revenue growth from a year earlier", "21%", [-30.0]),
    # a segment is not the total: a name that adds what part it measures is another metric
    ("data-center revenue", "$5.5 billion", "revenue", "$8.41 billion", []),
    pytest.param("core inflation", "2.3%", "inflation", "2.1%", [], marks=pytest.mark.xfail(strict=True, reason=_ONE_SIDED_PART)),
    ("revenue of the data-center segment", "30%", "revenue", "21%", []),
    pytest.param("iPhone revenue", "$46 billion", "revenue", "$94 billion", [], marks=pytest.mark.xfail(strict=True, reason=_ONE_SIDED_PART)),
    # words that say how a figure is measured or who expects it name no part
    ("adjusted earnings per share", "about $1.25", "earnings per share", "$1.30", [4.0]),
    ("total revenue", "$8.4 billion", "revenue", "$8.6 billion", [2.4]),
    ("revenue forecast", "about $9 billion", "revenue", "$8.6 billion to $8.8 billion", [-3.3]),
    # a one-word name met only by a synonym of another sense names another metric
    ("new regime", "₹1 lakh", "government", "₹15,000 crore", []),
    # a change at one decision is not the change over a year; a level for a year may leave its year out
    ("interest rates cut", "25 basis points", "rates cut this year", "75 basis points", []),
    ("rate cut in 2026", "50 basis points", "rate cut this year", "75 basis points", []),
    # the year to December is not the year to June (labelled before running)
    ("trimmed mean inflation year to December 2027", "2.9%", "trimmed mean inflation year to June 2027", "3.1%", []),
    ("GDP growth in the year to December 2027", "2.3%", "GDP growth over 2027", "2.1%", [-8.7]),
    # a name of measuring words alone names no metric
    ("new forecast", "2.7%", "headline inflation forecast", "2.6%", []),
    # a per-share figure is not a total
    ("earnings per share", "$1.25 a share", "earnings", "$5 billion", []),
    # (pairing2, labelled before running) one head qualified by words the other name never says
    # is another part of one kind: another market, programme, place
    ("consumer broadband revenue", "€800 million", "business broadband revenue", "€750 million", []),
    ("AU share of Somalia mission cost", "25%", "AU share of Sahel force cost", "20%", []),
    ("mobile towers sold in Bavaria", "2,000", "mobile towers sold in Saxony", "1,500", []),
    # ... but a qualifier on one side only, a synonym, or a country (a party) still meets it
    ("group EBITDA", "€1.2 billion", "EBITDA", "€1.15 billion", [-4.2]),
    ("new defence spending", "C$9 billion", "new military spending", "C$8 billion", [-11.1]),
    ("ASEAN GDP growth 2027", "4.7%", "regional growth 2027", "4.6%", [-2.1]),
    ("inflation target", "3%", "inflation goal", "3.2%", [6.7]),
    # labelled before running (draftfig): a change is not the level it moves ("the euro fell a cent to $1.08"),
    # growth is an increase, and an economy's increase is its growth
    ("euro", "$1.10", "euro decrease", "$0.01", []),
    ("shares decrease", "5%", "shares", "4%", []),
    ("revenue growth", "10%", "revenue increase", "12%", [20.0]),
    ("economy increase in 2027", "2.1%", "GDP growth in 2027", "2.3%", [9.5]),
    # consumer price inflation is inflation, as headline inflation is (core stays apart: its own row above)
    ("inflation in the fourth quarter of 2026 forecast", "2.7%", "consumer price inflation in the final quarter of 2026",
     "2.6%", [-3.7]),
])
def test_period_length_segments_and_per_share_decide_the_metric(pm: str, pv: str, rm: str, rv: str,
                                                                 expected: list[float]) -> None:
    assert discrepancies(pm, pv, rm, rv) == expected


def claims(role: str, *figures: tuple[str, str, str], published: str | None = None) -> Document:
    """One claim per (id, metric, value), its statement the metric and value."""
    return Document(id=role, role=role, title=role, published=published, claims=tuple(
        Claim(id=cid, statement=f"{metric} at {value}", figures=(Figure(metric, parse_figure(value)),))
        for cid, metric, value in figures))


def found(preview: Document, report: Document) -> list[tuple[str, str]]:
    return [(d.preview_claim.id, d.report_claim.id) for d in decide(preview, report).discrepancies]


# Labelled before running (issue 14): an article that gives a part and its whole says which word names
# the part; that word then tells the figures apart in both articles.
@pytest.mark.parametrize("preview, report, expected", [
    ([("g", "Corvane revenue growth", "9%"), ("c", "cloud revenue growth", "22%")],
     [("rc", "cloud revenue growth", "24%")], [("c", "rc")]),
    ([("g", "revenue growth", "9%")],
     [("rg", "revenue growth", "10%"), ("rc", "cloud revenue growth", "24%")], [("g", "rg")]),
    ([("g", "Corvane revenue growth", "9%")],
     [("rc", "cloud revenue growth", "24%"), ("rg", "revenue growth", "9%")], []),
    # a product line before its model code is the model, not a part: a price rise of one model does not make
    # "AsterBook" a word that tells metrics apart
    ([("p", "16 Pro price in the euro zone", "€2,799")],
     [("r", "AsterBook 16 Pro price in the euro zone", "€2,699"), ("i", "AsterBook 14 price increase", "$100"),
      ("x", "price rise", "$100")], [("p", "r")]),
    # labelled before running (draftfig): guidance and outlook are forecasts; the report tells its forecast from
    # its quarter's margin, so the full-year guidance meets the forecast only
    ([("g", "full-year operating margin guidance", "6% to 8%")],
     [("m", "operating margin", "4.9%"), ("f", "2025 operating margin forecast", "5% to 6%")], [("g", "f")]),
    # guidance against the quarter's outcome: the report tells its forecast from its revenue
    ([("g", "revenue forecast", "about $9 billion")],
     [("a", "revenue", "$8.41 billion"), ("f", "revenue forecast", "$8.6 billion to $8.8 billion")], [("g", "f")]),
])
def test_a_distinction_one_article_draws_holds_for_both(preview: list[tuple[str, str, str]],
                                                        report: list[tuple[str, str, str]],
                                                        expected: list[tuple[str, str]]) -> None:
    assert found(claims("preview", *preview), claims("report", *report)) == expected


def test_relative_periods_resolve_against_the_publication_date() -> None:
    preview = claims("preview", ("p", "euro zone growth this year", "1.0%"), published="2025-03-01")
    assert found(preview, claims("report", ("r", "euro zone growth in 2025", "1.4%"))) == [("p", "r")]
    assert found(preview, claims("report", ("r", "euro zone growth in 2026", "1.4%"))) == []
    undated = claims("preview", ("p", "euro zone growth next year", "1.0%"))
    assert found(undated, claims("report", ("r", "euro zone growth this year", "1.4%"))) == []


def test_each_figure_links_to_at_most_one() -> None:
    preview = claims("preview", *((f"p{k}", "Brent crude price", f"${80 + k}") for k in range(3)))
    report = claims("report", *((f"r{k}", "Brent crude price", f"${70 + k}") for k in range(3)))
    assert found(preview, report) == [("p0", "r0"), ("p1", "r1"), ("p2", "r2")]  # not 9


def test_the_same_value_stated_twice_may_share_one_figure() -> None:
    preview = claims("preview", ("p0", "Brent crude price", "$80"), ("p1", "Brent crude price", "$80"))
    assert found(preview, claims("report", ("r", "Brent crude price", "$70"))) == [("p0", "r"), ("p1", "r")]


def test_years_pair_the_claims_and_link_the_figures() -> None:
    preview = claims("preview", ("gdp-2026", "euro zone GDP growth 2026", "1.0%"))
    report = claims("report", ("r-2025", "euro zone GDP growth 2025", "1.4%"),
                    ("r-2026", "euro zone GDP growth 2026", "1.2%"), ("r-2027", "euro zone GDP growth 2027", "1.4%"))
    result = decide(preview, report)
    (e,) = result.expectations
    assert (e.verdict, e.match and e.match.claim.id) == ("contradicted", "r-2026"), e.reasons
    assert found(preview, report) == [("gdp-2026", "r-2026")]


def test_every_figure_left_unlinked_is_named_with_why() -> None:
    preview = Document(id="preview", role="preview", title="p", claims=(
        Claim(id="gdp", statement="Germany returns to growth in 2026 as the economy expands", figures=(
            Figure("Germany GDP growth 2026", parse_figure("0.9%")),
            Figure("German budget deficit", parse_figure("56")))),))
    report = Document(id="report", role="report", title="r", claims=(
        Claim(id="r-gdp", statement="Germany returns to growth as the economy expands", figures=(
            Figure("German GDP growth 2025", parse_figure("0.2%")),
            Figure("German budget deficit", parse_figure("$57 billion")),
            Figure("German exports", parse_figure("$1.7 trillion")))),))
    (e,) = decide(preview, report).expectations
    assert e.verdict == "fulfilled"
    unlinked = [r for r in e.reasons if "not compared" in r]
    assert len(unlinked) == 5, e.reasons
    assert "metric differs: 'German GDP growth 2025' in 'r-gdp' is 2025, not 2026" in unlinked[0]
    assert "unit differs: bare number vs money, US dollars" in unlinked[1]
    assert unlinked[4].startswith("report figure not compared: 'German exports' $1.7 trillion in 'r-gdp': metric differs")


def _same_metric(role: str, value: str, n: int) -> Document:
    claims = tuple(Claim(id=f"c{i}", statement="Japan gas output rises",
                         figures=(Figure("gas output", parse_figure(value)),)) for i in range(n))
    return Document(id=role, role=role, title=role, claims=claims)


def test_figures_sharing_one_metric_are_linked_without_comparing_every_pair() -> None:
    """F-time-1: n figures of one metric on each side were n² candidate pairs (time and memory).
    Each preview figure now meets at most FIGURE_CANDIDATES report figures per metric term, plus
    those of its paired claim, and its expectation says its candidates were cut."""
    from summitcheck import discrepancy, pairing

    n = 5 * discrepancy.FIGURE_CANDIDATES
    preview, report = _same_metric("preview", "$5 billion", n), _same_metric("report", "$7 billion", n)
    expected, outcomes = list(preview.claims), list(report.claims)
    lexicon = pairing.Lexicon([pairing.claim_texts(c) for c in expected + outcomes],
                            [f.metric for c in expected + outcomes for f in c.figures])
    index = discrepancy.FigureIndex(lexicon, expected, outcomes)
    index.link({(i, 0) for i in range(n)})
    assert len(index.candidates) <= n * (discrepancy.FIGURE_CANDIDATES + 1) < n * n
    assert set(index.cut) == set(range(n))

    result = decide(preview, report)
    assert result.summary["contradicted"] == n
    assert 0 < len(result.discrepancies) <= 2 * n  # never more than the figures
    for e in result.expectations:
        assert any("the cap that bounds figure linking time" in r for r in e.reasons), e.reasons
        # a cut candidate list does not make a paired claim's figure look missing
        assert not any("holds no figure of that metric" in r for r in e.reasons), e.reasons


def test_figures_of_one_metric_under_the_cap_are_all_candidates() -> None:
    """Below FIGURE_CANDIDATES nothing is cut: every pair is a candidate and no reason mentions a cap."""
    from summitcheck import discrepancy, pairing

    n = discrepancy.FIGURE_CANDIDATES
    preview, report = _same_metric("preview", "$5 billion", n), _same_metric("report", "$7 billion", n)
    expected, outcomes = list(preview.claims), list(report.claims)
    lexicon = pairing.Lexicon([pairing.claim_texts(c) for c in expected + outcomes],
                            [f.metric for c in expected + outcomes for f in c.figures])
    index = discrepancy.FigureIndex(lexicon, expected, outcomes)
    assert len(index.candidates) == n * n and not index.cut
    result = decide(preview, report)
    assert not any("figure linking" in r for e in result.expectations for r in e.reasons)


def _said(role: str, *claims_: tuple[str, str, str, str]) -> Document:
    """Claims (id, statement, metric, value) with statements of their own."""
    return Document(id=role, role=role, title=role, claims=tuple(
        Claim(id=cid, statement=statement, figures=(Figure(metric, parse_figure(value)),))
        for cid, statement, metric, value in claims_))


@pytest.mark.parametrize("preview, report, expected", [
    # labelled before running (draftfig): a name of one generic word ("cost", "reduction") says nothing of what
    # costs or is reduced: compared only within claims that pair, never across the articles by name alone
    ([("rebates", "Energy bill rebates are expected to be extended at a cost of around A$1.8 billion", "cost",
       "around A$1.8 billion")],
     [("tax", "The income tax cut for every taxpayer will cost A$14.9 billion over four years", "cost",
       "A$14.9 billion")], []),
    ([("rebates", "Energy bill rebates are expected to be extended at a cost of around A$1.8 billion", "cost",
       "around A$1.8 billion")],
     [("rebates", "Energy bill rebates were extended for six months at a cost of A$2.4 billion", "cost",
       "A$2.4 billion")], [("rebates", "rebates")]),
    # a name that is only a person's or a company's name says whose, not what: a savings target is not a price
    ([("savings", "Chief executive Lena Brandt is expected to unveil savings of €1.5 billion a year by 2027",
       "Brandt by 2027", "€1.5 billion")],
     [("price", "Brandt said the cheaper version of the Vela would be priced below 45,000 euros", "Brandt price",
       "below 45,000 euros")], []),
    ([("taylor", "Rate-setter Ana Ruiz could push for a bigger half-point reduction", "reduction", "half-point")],
     [("futures", "Futures show a 40% chance of a further quarter-point reduction in March", "reduction",
       "quarter-point")], []),
])
def test_a_generic_name_is_compared_only_within_paired_claims(preview: list[tuple[str, str, str, str]],
                                                              report: list[tuple[str, str, str, str]],
                                                              expected: list[tuple[str, str]]) -> None:
    assert found(_said("preview", *preview), _said("report", *report)) == expected
