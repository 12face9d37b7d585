"""Two figures that moved from one baseline measure one thing: a preview's "lower its 2026 inflation projection to
4.1% from 4.5%" and a report's "now sees 2026 inflation at 4.2%, down from 4.5%" answer each other, whatever
drafting named them; and a baseline is read after any participle of a move ("slowing from 4.9%") or "after"
("to €133.5 billion, after €127.8 billion this year").

Sentences invented in the domains of other events (a budget, earnings, an airline, a launch, a central bank); the
expected conflicts and verdicts were written down before the tool was run (artfig3, 2026-11-22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitcheck.context import read_context
from summitcheck.extract import draft_claims

from helpers import checked_articles

_ANSWERING = [
    # budget: "borrowing estimate" / "net borrowing", both from £132 billion
    ("The Treasury is expected to raise its borrowing estimate for 2027 to £148 billion from £132 billion.",
     "Public sector net borrowing in 2027 is now put at £151 billion, up from £132 billion in the spring.",
     ("£148 billion", "£151 billion")),
    # earnings: "operating margin" / "ratio of operating profit to sales", both from 10.4%
    ("Analysts expect Halvard Foods to lift its operating margin to 11.2% from 10.4% a year earlier.",
     "Halvard said the ratio of operating profit to sales reached 11.6%, compared with 10.4% a year ago.",
     ("11.2%", "11.6%")),
    # airline: "load factor" / "seats filled", both from 82.1%; a level worded as a move ("rose … to", "climbed to")
    ("Nordfly is expected to report that its load factor rose to 84.5% in the quarter from 82.1%.",
     "Seats filled on Nordfly flights climbed to 85.3% in the quarter, from 82.1% a year earlier.",
     ("84.5%", "85.3%")),
    # summit: "climate finance pledge" / "mobilise", both from $300 billion
    ("Leaders are expected to raise the bloc's climate finance pledge to $320 billion a year from $300 billion.",
     "The summit agreed to mobilise $310 billion a year, up from $300 billion.",
     ("$320 billion a year", "$310 billion a year")),
    # earnings guidance: "sales guidance" / "annual revenue", both from $14.5 billion
    ("Kestrel is expected to narrow its full-year sales guidance to $14.2 billion from $14.5 billion.",
     "The company now sees annual revenue of $14.0 billion, down from $14.5 billion previously.",
     ("$14.2 billion", "$14.0 billion")),
]


@pytest.mark.parametrize(("preview", "report", "conflict"), _ANSWERING)
def test_outcomes_from_one_baseline_answer_each_other(tmp_path: Path, preview: str, report: str,
                                                      conflict: tuple[str, str]) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == [conflict]


@pytest.mark.parametrize(("preview", "report"), [
    pytest.param(*case[:2], marks=pytest.mark.xfail(strict=True, reason="pairing: the two statements share too few "
                                                    "words to pair ('narrow its full-year sales guidance' / 'now sees "
                                                    "annual revenue', 'raise the bloc's climate finance pledge' / "
                                                    "'agreed to mobilise'), so no verdict reads the link"))
    if "annual revenue" in case[1] or "mobilise" in case[1] else case[:2]
    for case in _ANSWERING])
def test_the_expectation_answered_by_another_figure_is_contradicted(tmp_path: Path, preview: str, report: str) -> None:
    assert checked_articles(tmp_path, preview, report)[0] == ["contradicted"]


@pytest.mark.parametrize(("preview", "report"), [
    # another year: the 2027 figure does not answer the 2026 forecast, though both moved from 1.3%
    ("The central bank is expected to cut its growth forecast for 2026 to 1.1% from 1.3%.",
     "For 2027 the bank now sees growth of 1.5%, up from 1.3% in its previous projections."),
    # another day: two observations of a market price
    ("Ten-year bond yields fell to 3.41% on Tuesday from 3.45%.",
     "Ten-year bond yields rose to 3.50% on Thursday from 3.45% after the announcement."),
    # two report values moved from the preview's baseline: the baseline says nothing of which answers it
    ("Analysts expect the airline's punctuality rate to improve to 88% from 85%.",
     "Flights arriving on time rose to 87% from 85% on domestic routes and to 91% from 85% on international routes."),
])
def test_a_shared_baseline_alone_links_nothing_set_apart(tmp_path: Path, preview: str, report: str) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == []


@pytest.mark.parametrize(("sentence", "value", "baseline"), [
    ("Mid-month consumer prices rose 4.7% in the 12 months to mid-March, slowing from 4.9% in February.",
     "4.7%", "4.9%"),
    ("The subsidy to the pension fund is set to rise to €133.5 billion, after €127.8 billion this year.",
     "€133.5 billion", "€127.8 billion"),
    ("The jobless rate stood at 6.1% in October, edging up from 5.9% in September.", "6.1%", "5.9%"),
    # a sum per year and its baseline written without the "a year"
    ("The climate fund is set to grow to $320 billion a year from $300 billion.", "$320 billion a year",
     "$300 billion"),
])
def test_a_baseline_after_a_participle_or_after(sentence: str, value: str, baseline: str) -> None:
    (claim,) = [c for c in draft_claims(f"NEWSWIRE\n\nWhat happened\n\n{sentence}\n", "report", "r").document.claims if c.figures]
    (figure,) = claim.figures
    assert (figure.quantity.text, figure.baseline.text if figure.baseline else None) == (value, baseline)


def test_a_value_from_another_cause_is_no_baseline() -> None:
    # "resulting from" says where a sum came from, not a value it moved from: both are outcomes
    sentence = "The insurer booked a loss of $2.1 billion, resulting from $1.4 billion of storm claims."
    (claim,) = [c for c in draft_claims(f"NEWSWIRE\n\nWhat happened\n\n{sentence}\n", "report", "r").document.claims if c.figures]
    assert all(f.baseline is None for f in claim.figures)


@pytest.mark.parametrize(("sentence", "value", "baseline"), [
    # "from the current 3.5%": where a move starts, though no outcome figure stands before it
    ("All 58 economists polled forecast a cut from the current 3.5%.", "3.5%", True),
    ("The airline aims to grow its fleet from the present 120 aircraft.", "120 aircraft", True),
    ("Analysts expect the dividend to rise from its existing 40 cents a share.", "40 cents a share", True),
    ("The current 3.5% rate is expected to hold until June.", "3.5%", False),
])
def test_a_value_from_the_current_level_is_a_baseline(sentence: str, value: str, baseline: bool) -> None:
    context = read_context(sentence, value)
    assert context is not None and context.baseline is baseline


def test_the_current_level_a_move_starts_from_answers_no_other_current_figure(tmp_path: Path) -> None:
    # a policy rate a cut starts from is no forecast to meet the report's current unemployment rate
    preview = "All 58 economists polled by the agency forecast a cut from the current 3.5% at Thursday's meeting."
    report = "The bank sees unemployment, currently 5.2%, peaking at 5.4% in the third quarter."
    assert checked_articles(tmp_path, preview, report)[1] == []
