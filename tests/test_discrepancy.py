"""Discrepancies: same metric, same dimension, intervals apart beyond tolerance."""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure


def one_figure(role: str, metric: str, value: str, cid: str = "c") -> Document:
    claim = Claim(id=cid, statement=f"{metric} is {value}", figures=(Figure(metric, parse_figure(value)),))
    return Document(id=role, role=role, title=role, claims=(claim,))


def discrepancies(pm: str, pv: str, rm: str, rv: str, tolerance: float = 0.0) -> list[float | None]:
    result = decide(one_figure("preview", pm, pv), one_figure("report", rm, rv), tolerance=tolerance)
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
    result = decide(preview, report, threshold=100)
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
