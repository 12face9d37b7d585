"""Findings of the end-of-session review (2026-11-22, third session), each written as a test from the
reviewer's reproduction before the fix; expected values are what an editor reads in the sentence.
Sentences invented in the reviewers' and the lead's words (central bank, budget, launch, earnings, summit).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.extract import draft_claims, furniture_kind

from helpers import checked_articles, said


def _paired(preview: str, report: str) -> tuple[str, str | None]:
    """The verdict of one expectation among one report claim, at the default threshold, and what it paired."""
    result = decide(Document(id="p", role="preview", title="p", claims=(Claim(id="e", statement=preview),)),
                    Document(id="r", role="report", title="r", claims=(Claim(id="r", statement=report),)))
    (found,) = result.expectations
    return found.verdict, found.match.claim.id if found.match else None


# A verb of refusing denies an act it governs, not a thing it defies or ignores: "defied forecasts to grow" is
# growth in spite of the forecasts; "ignored rising bond yields" says nothing against the yields rising.
@pytest.mark.parametrize(("expectation", "report"), [
    ("The economy is expected to grow in the third quarter",
     "The economy defied forecasts to grow in the third quarter"),
    ("Bond yields are expected to keep rising", "Stocks ignored rising bond yields"),
    ("Shares of the carmaker will rise after the results",
     "Shares of the carmaker withstood falling demand to rise 3% after the results"),
    ("Exports are expected to expand this year", "Exporters defied the strong currency to expand sales this year"),
])
def test_a_refusal_verb_of_a_thing_denies_no_act(expectation: str, report: str) -> None:
    verdict, reasons = said(expectation, report)
    assert verdict == "fulfilled", reasons


# ... while one that governs a request for the act still refuses it (this session's rule, kept)
@pytest.mark.parametrize(("expectation", "report"), [
    ("The chancellor will cut fuel duty", "The chancellor resisted calls to cut fuel duty"),
    ("The board will raise the dividend", "The board rebuffed demands from investors to raise the dividend"),
    ("The central bank is expected to lower rates", "The central bank resisted lowering rates"),
])
def test_a_refused_request_still_denies_the_act(expectation: str, report: str) -> None:
    verdict, reasons = said(expectation, report)
    assert verdict == "contradicted", reasons


# "Nowhere … than", "nothing … than", "nobody … than": a comparison that affirms, not a denial
@pytest.mark.parametrize(("expectation", "report"), [
    ("Housing prices are expected to rise", "Nowhere did prices rise faster than in Sydney"),
    ("Prices will rise", "Prices rose, and nowhere was this clearer than in housing"),
    ("Sales of the new model are expected to surge", "Nothing sold faster than the new model as sales surged"),
])
def test_a_negative_word_before_than_is_a_comparison(expectation: str, report: str) -> None:
    verdict, reasons = said(expectation, report)
    assert verdict == "fulfilled", reasons


@pytest.mark.parametrize(("expectation", "report"), [
    ("The new model will be available in Europe", "The new model was nowhere to be found in Europe"),
    ("The ministers will sign the accord", "Nobody signed the accord"),
])
def test_a_negative_word_without_than_still_denies(expectation: str, report: str) -> None:
    verdict, reasons = said(expectation, report)
    assert verdict == "contradicted", reasons


# A named thing at the start of a statement ("The Help to Buy scheme …") is a named thing as after a verb
@pytest.mark.parametrize(("expectation", "report"), [
    ("The Help to Buy scheme for first-time buyers will be extended to 2027",
     "The Warm Homes scheme for first-time buyers was extended to 2027"),
    pytest.param("The Horizon programme will receive new funding next year",
                 "The Copernicus programme received new funding for next year",
                 marks=pytest.mark.xfail(strict=True, reason="a name's noun followed by a verb in the past ('programme "
                                         "received') is not read as a name: _NAMED_OBJECT's end is a clause mark, a "
                                         "preposition or an auxiliary, so that 'the Fed cut rates' names no 'cut'")),
])
def test_a_named_thing_opening_the_statement_is_no_other_thing(expectation: str, report: str) -> None:
    assert _paired(expectation, report) == ("absent", None)


# --- reviewer B: drafting and figures ---


def _figures(text: str) -> list[str]:
    draft = draft_claims(f"NEWSWIRE\n\nWhat happened\n\n{text}\n", "report", "r")
    return [f.quantity.text for c in draft.document.claims for f in c.figures]


# A count before a verb of saying is the claim's source only when it is a few people; a large count is the news.
@pytest.mark.parametrize(("sentence", "value"), [
    ("More than 3,000 companies reported losses in the first quarter, the statistics office said.", "3,000"),
    ("Nearly 9,000 workers claimed unemployment benefits last week, the labour ministry said.", "9,000"),
    ("About 120 banks warned of higher loan losses in the survey published on Monday.", "120"),
])
def test_a_large_count_before_a_verb_of_saying_is_a_figure(sentence: str, value: str) -> None:
    assert any(value in text for text in _figures(sentence))


def test_said_that_it_expects_keeps_its_figure_compared(tmp_path: Path) -> None:
    verdicts, _ = checked_articles(
        tmp_path, "Tesla said on Monday that it expects 20% growth in deliveries next year.",
        "Tesla said on Wednesday that it expects 12% growth in deliveries next year.")
    assert verdicts == ["contradicted"]  # was absent: the metric had become "on Wednesday"


# A byline names no writer by its agency alone, and a bio is never recognised by a surname alone.
@pytest.mark.parametrize(("byline", "paragraph"), [
    ("By Reuters", "Reuters has covered the central bank for decades and said 12 of 19 officials backed the hold."),
    ("By Bloomberg", "Bloomberg reported last month that the carmaker would cut 10% of its staff."),
    ("By Joyce Lee and Hyonhee Shin", "Lee said the US would cut tariffs on Korean cars to 15% from 25%."),
])
def test_news_under_a_byline_is_not_the_writers_bio(byline: str, paragraph: str) -> None:
    draft = draft_claims(f"Tariff talks\n\n{byline}\n\nSEOUL, May 2 -\n\n{paragraph}\n", "report", "r")
    assert draft.document.claims, paragraph


# A paragraph ending in a quotation without a stop is no headline.
@pytest.mark.parametrize("paragraph", [
    'Asked whether the bank would cut again in July, Lagarde said rates could fall to 1.75% "if the data allow…"',
    'Lagarde said the council was confident of inflation at 1.9% next year — "but not complacent"',
])
def test_a_paragraph_closing_in_a_quote_is_drafted(paragraph: str) -> None:
    page = (f"NEWSWIRE\n\nECB cuts rates\n\nFRANKFURT, April 17 - The European Central Bank cut its deposit rate to 2% "
            f"on Thursday.\n\n{paragraph}\n\nThe euro fell 0.3% after the decision.\n")
    statements = [c.statement for c in draft_claims(page, "report", "r").document.claims]
    assert any("Lagarde" in s for s in statements), statements


# A declaration's text or a product's version is news; "Adapted from" opens news too.
@pytest.mark.parametrize("line", [
    "This text was drafted by French officials and commits members to cut emissions 55% by 2030.",
    "This version was produced by Toyota's Kentucky plant and sells for $32,000.",
    "Adapted from the 2019 plan, the new strategy targets 500,000 homes by 2030.",
])
def test_a_text_or_version_made_by_someone_is_news(line: str) -> None:
    assert furniture_kind(line) is None


# A lower-case unit symbol that spells one unit is that unit.
def test_a_lower_case_unit_symbol_compares(tmp_path: Path) -> None:
    verdicts, conflicts = checked_articles(
        tmp_path, "The Aster is expected to ship with a 75kWh battery, analysts said.",
        "The Aster launched on Tuesday with a 82kwh battery.")
    assert verdicts == ["contradicted"]
    assert conflicts == [("75kWh", "82kwh")]
