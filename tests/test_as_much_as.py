"""'As much as' and 'as high as' name a value at the top of an estimate, as 'as many as' does (values12).

"Quillmark plans to announce a new share repurchase program of as much as $2 billion" against "The board authorized a
$1.5 billion share repurchase program" is a conflict to gate10's editor; read as "up to $2 billion" (no lower bound)
it held $1.5 billion and was fulfilled.  "As many as 11 countries" was already read as just under or at 11.

Invented claims of five domains (earnings, a central bank, a donors' summit, bond markets, a launch); each verdict
was written down before the tool was run on them.
"""

from __future__ import annotations

import pytest

from summitcheck.figures import parse_figure

from helpers import judged


@pytest.mark.parametrize("preview, report, metric, expected, outcome, verdict", [
    ("Vellmark plans to announce a new share repurchase program of as much as $2 billion.",
     "The board authorized a $1.5 billion share repurchase program.", "share buyback size",
     "as much as $2 billion", "$1.5 billion", "contradicted"),
    ("The central bank could sell as much as $3 billion of reserves to defend the currency.",
     "The central bank sold $2.95 billion of reserves.", "reserve sales", "as much as $3 billion", "$2.95 billion",
     "fulfilled"),
    ("Donors are expected to pledge as much as €10bn for reconstruction at the summit.",
     "Donors pledged €6bn for reconstruction.", "reconstruction pledges", "as much as €10bn", "€6bn", "contradicted"),
    ("Bond yields could climb as high as 5% after the budget.", "Bond yields rose to 4.2% after the budget.",
     "10-year bond yield", "as high as 5%", "4.2%", "contradicted"),
    ("Bond yields could climb as high as 5% after the budget.", "Bond yields rose to 4.95% after the budget.",
     "10-year bond yield", "as high as 5%", "4.95%", "fulfilled"),
    ("The Aero laptop will last as much as 20 hours on a charge.", "The Aero is rated for up to 20 hours of battery life.",
     "battery life", "as much as 20 hours", "up to 20 hours", "fulfilled"),
])
def test_the_top_of_an_estimate(preview: str, report: str, metric: str, expected: str, outcome: str,
                                verdict: str) -> None:
    got, reasons, _ = judged((preview, [(metric, expected)]), (report, [(metric, outcome)]))
    assert got == verdict, reasons


@pytest.mark.parametrize("text, low, high", [
    ("as much as $2 billion", 1.9e9, 2e9),
    ("as high as 5%", 4.75, 5),
    ("as many as 11", 10.45, 11),
])
def test_read_as_nearly(text: str, low: float, high: float) -> None:
    q = parse_figure(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
