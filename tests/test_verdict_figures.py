"""A paired claim's figures that no metric name linked: when each claim of the pair holds one figure
of a unit and the two differ, the right direction with the wrong figure is contradicted (an
editor's rule: "expected to raise it to 3.6%" is not met by "raised it to 3.7%").  The figure
is no discrepancy (its metric names differ); the verdict says which figures differ.

Verdicts written down (as an editor gives them) before the tool was run; claims invented, in the
style of wire copy.  Drafted figures are given as `Figure`s with the metric names drafting writes.
"""

from __future__ import annotations

import pytest

from helpers import judged


@pytest.mark.parametrize("expectation, report, verdict", [
    # one figure of a unit each, named apart by drafting: they differ
    (("Leaders are expected to approve a €90bn loan for Ukraine", [("loan for Ukraine", "€90bn")]),
     ("EU leaders agreed to lend Ukraine €75bn backed by frozen assets", [("Ukraine", "€75bn")]), "contradicted"),
    (("The cartel is then expected to resume monthly increments of 120,000 barrels per day from May",
      [("monthly increments", "120,000 barrels per day")]),
     ("The group said it would restart monthly increases of 140,000 barrels a day in May",
      [("monthly increases in May", "140,000 barrels a day")]), "contradicted"),
    (("The treasurer is expected to announce a package that raises around £18bn a year by 2029-30",
      [("treasurer increase by 2029-30", "around £18bn a year")]),
     ("The measures will raise £14bn a year by 2029-30, the fiscal watchdog said",
      [("measures increase by 2029-30", "£14bn a year")]), "contradicted"),
    # ... they agree: fulfilled
    (("Leaders are expected to approve a €90bn loan for Ukraine", [("loan for Ukraine", "€90bn")]),
     ("EU leaders agreed to lend Ukraine €90bn backed by frozen assets", [("Ukraine", "€90bn")]), "fulfilled"),
    # a bound met: "more than 10%" against 14%, "under 500 grams" against 468 g
    (("Sales at the chain are expected to grow by more than 10% in the quarter",
      [("Sales at the chain increase", "more than 10%")]),
     ("The chain's revenue rose 14% in the quarter", [("chain's revenue increase", "14%")]), "fulfilled"),
    (("The new handset is expected to weigh under 500 grams", [("new handset weight", "under 500 grams")]),
     ("The handset tips the scales at 468 grams", [("handset scales", "468 grams")]), "fulfilled"),
    # two figures of the unit in the report: an editor sees €75bn answer it; the tool does not tell which
    pytest.param(("Leaders are expected to approve a €90bn loan for Ukraine", [("loan for Ukraine", "€90bn")]),
                 ("EU leaders agreed to lend Ukraine €75bn, less than the €90bn the commission had sought",
                  [("Ukraine", "€75bn"), ("commission", "€90bn")]), "contradicted",
                 marks=pytest.mark.xfail(strict=True, reason="two figures of one unit in the report claim: which "
                                         "one answers the expectation is not read, so neither decides")),
])
def test_lone_figures_named_apart_decide(expectation: tuple[str, list[tuple[str, str]]],
                                         report: tuple[str, list[tuple[str, str]]], verdict: str) -> None:
    got, reasons, discrepancies = judged(expectation, report)
    assert got == verdict, reasons
    assert discrepancies == 0  # a verdict, never a discrepancy: the names differ


def test_the_reason_names_both_figures() -> None:
    _, reasons, _ = judged(
        ("Leaders are expected to approve a €90bn loan for Ukraine", [("loan for Ukraine", "€90bn")]),
        ("EU leaders agreed to lend Ukraine €75bn backed by frozen assets", [("Ukraine", "€75bn")]))
    assert "€90bn" in reasons[0] and "€75bn" in reasons[0]


def test_figures_of_another_period_are_not_compared() -> None:
    _, reasons, _ = judged(("The economy is expected to grow 2.1%, the ministry said", [("GDP forecast for 2026", "2.1%")]),
                           ("The economy grew 1.8%, the statistics office said",
                            [("statistics office in 2025", "1.8%")]))
    assert not any("named apart" in r for r in reasons), reasons


def test_a_pair_sharing_one_word_is_not_decided_by_its_figures() -> None:
    # revenue and net interest income share only "forecast": their figures do not answer each other
    _, reasons, _ = judged(("Revenue is forecast at $15.2 billion", [("Revenue forecast", "$15.2 billion")]),
                           ("The lender kept its forecast for full-year net interest income at $23 billion",
                            [("forecast for full-year net interest income", "$23 billion")]))
    assert not any("named apart" in r for r in reasons), reasons


@pytest.mark.parametrize("report, verdict", [
    # the report itself says the outcome missed or beat the figure the preview expected
    (("The carrier posted earnings of $2.05 per share, below the $2.12 analysts had expected",
      [("carrier posted earnings", "$2.05 per share"), ("analysts", "$2.12")]), "contradicted"),
    (("Quarterly revenue came in at $8.9 billion, ahead of the $8.6 billion Wall Street had forecast",
      [("revenue", "$8.9 billion"), ("Wall Street", "$8.6 billion")]), "contradicted"),
    # ... or met it
    (("The carrier posted earnings of $2.12 per share, in line with the $2.12 analysts had expected",
      [("carrier posted earnings", "$2.12 per share"), ("analysts", "$2.12")]), "fulfilled"),
])
def test_an_outcome_said_to_miss_the_expected_figure(report: tuple[str, list[tuple[str, str]]], verdict: str) -> None:
    expected = ("The carrier is expected to post earnings of $2.12 a share and revenue of $8.6 billion",
                [("earnings", "$2.12 a share"), ("revenue", "$8.6 billion")])
    assert judged(expected, report)[0] == verdict


def test_figures_of_another_size_are_not_named_apart() -> None:
    # a bare $2.12 (a share price) is no answer to $8.6 billion of revenue
    _, reasons, _ = judged(("The carrier is expected to post revenue of $8.6 billion", [("revenue", "$8.6 billion")]),
                           ("The carrier posted revenue while its shares traded at $2.12",
                            [("shares", "$2.12")]))
    assert not any("named apart" in r for r in reasons), reasons
