"""Page furniture in two shapes any outlet uses (issue 14): a picture's or a video's caption wrapped whole in square
brackets after its label, however long ("[Photo: … (Photo by …)]"), and the page's note on where it first ran,
naming its outlet ("This article by <outlet> was first published on <date>.").  News lines in brackets or about a
report that was published stay news.

Each line was invented (budgets, central banks, summits, earnings, launches) and labelled before the run
(artverdicts, 2026-11-23).
"""

from __future__ import annotations

import time

import pytest

from summitcheck.extract import draft_claims, furniture_kind


def _quotes(text: str, role: str = "report") -> list[str]:
    return [c.quote or "" for c in draft_claims(text, role, "d").document.claims]


@pytest.mark.parametrize("line", [
    "[Photo: Finance ministers pose for a group photo before the opening session of the spring meetings in "
    "Washington on Thursday, April 16, 2026. (Photo by Ana Ruiz/Capital Wire)]",
    "[Image: The central bank's governor speaks at a news conference after the policy meeting in Accra on Tuesday, "
    "with her two deputy governors seated beside her at the long table. (Gold Coast Herald/Kofi Mensah)]",
    "[Video: The chief executive explains why the company is cutting its full-year shipment forecast by 8% and what "
    "it means for the 2027 roadmap and for the 1,200 jobs at the Leipzig plant, in a 4:05 interview]",
    "[Photo caption: Delegates walk past the flags of the 27 member states outside the summit venue in Lisbon on "
    "Sunday, a day before leaders were due to arrive for two days of talks on the budget]",
])
def test_a_bracketed_caption_is_furniture_however_long(line: str) -> None:
    assert furniture_kind(line) == "caption"


@pytest.mark.parametrize("line", [
    "This article by Harbour Business Daily was first published on March 3, 2026.",
    "This story by the Lakeside Courier was originally published Nov. 4, 2026.",
    "This report by Capital Wire first appeared on June 12, 2027.",
])
def test_where_the_page_first_ran_is_furniture(line: str) -> None:
    assert furniture_kind(line) == "disclaimer"


@pytest.mark.parametrize("line", [
    # a report an institution published is news
    "This report by the IMF was first published in 2019 and has been revised every year since, with global growth "
    "now seen at 3.1% in 2027.",
    "A report by the OECD, first published in January, put euro area growth at 1.1% for 2027.",
    # a bracket that is not a caption's label
    "[The minister] said the deficit would narrow to 2.9% of GDP next year, the ministry said in a statement.",
    "The company said its photo-editing app, Pixel Studio, would cost $4.99 a month from June.",
])
def test_news_stays(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_caption_and_a_publication_note_are_not_drafted_beside_news() -> None:
    text = ("Bank raises rates\n\n"
            "[Photo: The bank's governor arrives for the policy meeting in the capital on Thursday morning, flanked by "
            "aides and security staff, as protesters gather outside the gates of the bank's headquarters. (Photo by "
            "Lena Varga/City Wire)]\n\n"
            "The central bank raised its policy rate by 25 basis points to 5.25% on Thursday, the first increase since "
            "2023.\n\n"
            "This report by City Wire was first published Oct. 2, 2026.\n")
    quotes = _quotes(text)
    assert any("5.25%" in q for q in quotes)
    assert not any("flanked" in q or "first published" in q for q in quotes)


@pytest.mark.parametrize("line", ["[Photo: " + "a" * 20000, "[Photo: " + "Aa " * 6000 + "]" * 3000,
                                  "This report by " + "Ab " * 8000 + "was first published",
                                  "This story by " + "1" * 20000])
def test_no_hang(line: str) -> None:
    start = time.process_time()
    furniture_kind(line)
    assert time.process_time() - start < 1.0
