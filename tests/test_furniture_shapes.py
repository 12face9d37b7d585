"""Furniture recognised by its shape and place, not by one outlet's words (issue 14; artdraft3).

Three classes a real page carries that were drafted as claims: a note on how the page was made (translated, condensed,
produced automatically), another story's headline in a list of links (no sentence around it, ending in a quotation
without a full stop), and the writer's bio (the byline's name as the subject of a sentence about the writer). Every
line and article below was invented for these tests in other outlets' styles and domains, and its expected outcome
(furniture, or a claim) written down before the tool ran.
"""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims, furniture_kind


def _quotes(text: str, role: str = "preview") -> list[str]:
    return [c.quote or "" for c in draft_claims(text, role, "d").document.claims]


# How the page itself was made: its subject is the page (this article, story, interview, summary, transcript), or the
# line opens with the making's participle ("Translated from …").
MADE = [
    "This story was translated from Spanish by an automated tool and reviewed by a Ledger editor.",
    "This interview has been condensed and edited for length and clarity.",
    "This summary was produced automatically and checked by the Courier's business desk.",
    "Translated from the French by DeepL; the original version is authoritative.",
    "This article was originally written in Japanese and translated with software.",
    "The following transcript has been lightly edited.",
    # the page disowning advice (a note after a list of links, holding a figure)
    "Nothing on this site constitutes investment advice. Quotes are delayed by at least 15 minutes.",
    "Nothing in this newsletter constitutes financial advice.",
]
# News about translating, editing or producing something else stays news.
NOT_MADE = [
    "The ministry's report was translated into English by the central bank's staff and released on Monday.",
    "The speech was written with the help of advisers and will be delivered on Friday, the ministry said.",
    "This budget was prepared by the finance ministry and will be tabled in parliament on Tuesday.",
    "The article 50 notice was edited by officials before it was sent to Brussels.",
    "Translated sales of the group's European arm rose 4% to $3.2 billion.",
    "The regulator said the app's tips constituted unlicensed investment advice and fined it $2 million.",
]


@pytest.mark.parametrize("line", MADE)
def test_a_note_on_how_the_page_was_made_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", NOT_MADE)
def test_news_about_translating_or_editing_something_else_is_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("links", [
    ["Read more:", "Explainer: What the Bank of Valdora's forecasts mean for mortgages",
     'Kolar says the crown\'s slide is "no reason to panic"'],
    ["More on this story", 'Treasurer vows the deficit "will not come back"', "Opinion: A budget built on hope"],
    ["Related coverage:", 'Orion chief: next chip will be "twice as fast"', 'Analysts call the guidance "cautious"'],
])
def test_a_headline_ending_in_a_quotation_in_a_list_of_links_is_furniture(links: list[str]) -> None:
    # No full stop inside or after the closing quotation mark: a headline, not a sentence of the story. The news
    # paragraph after the list (shorter than the 35 words that end a related-articles list) is still drafted.
    text = ("Bank of Valdora set to cut rates again\n\n"
            "The Bank of Valdora is expected to cut its policy rate by 25 basis points to 3.5% on Thursday.\n\n"
            + "\n".join(links) + "\n\n"
            "Economists also expect the bank to lower its 2027 inflation forecast to 2.1%.\n\n"
            'Governor Mira Kolar said last week the bank would move "carefully".\n')
    quotes = _quotes(text)
    assert any("cut its policy rate by 25 basis points" in q for q in quotes)
    assert any("2027 inflation forecast to 2.1%" in q for q in quotes)
    assert any('move "carefully"' in q for q in quotes)  # a sentence's quotation closes it: still a claim
    assert not any(line in q or q in line for line in links[1:] for q in quotes), quotes


@pytest.mark.parametrize("byline, block, bio", [
    ("By Dana Whitfield, Markets Correspondent", "Dana Whitfield\nMarkets Correspondent",
     "Dana has covered central banks for 12 years and previously reported from Frankfurt for 3 years."),
    ("Written by Chidi Okafor", "",
     "Okafor has reported on African mining for two decades and has visited more than 40 copper mines."),
    ("By Priya Raman | Senior Reviewer", "Priya Raman\nSenior Reviewer",
     "Priya has reviewed more than 300 laptops since 2015. She lives in Pune with two cats."),
])
def test_the_writers_bio_is_furniture(byline: str, block: str, bio: str) -> None:
    # The byline's name (first, last or whole) as the subject of a paragraph: the writer's career, not the news.
    text = ("Orion to launch its X5 chip on Tuesday\n\n"
            f"{byline}\n\n"
            "Orion is expected to launch the X5 chip on Tuesday, priced at $499, with shipments starting in May.\n\n"
            "Analysts expect Orion to say the X5 is 20% faster than the X4.\n\n"
            + (f"{block}\n" if block else "") + f"{bio}\n")
    quotes = _quotes(text)
    assert any("priced at $499" in q for q in quotes)
    assert any("20% faster" in q for q in quotes)
    assert not any(q in bio for q in quotes), quotes


def test_a_newsmaker_in_the_bio_shape_stays_news() -> None:
    # The same shape with a name that is not the writer's: news.
    text = ("Lagarde to set out the ECB's path on Thursday\n\n"
            "By Tom Reed, Frankfurt Correspondent\n\n"
            "Lagarde has led the bank since 2019 and is expected to signal a cut of 25 basis points on Thursday.\n\n"
            "Reed Capital has raised its forecast for the deposit rate to 2.25% by June.\n")
    quotes = _quotes(text)
    assert any(q.startswith("Lagarde has led the bank") for q in quotes), quotes
    assert any(q.startswith("Reed Capital has raised") for q in quotes), quotes
