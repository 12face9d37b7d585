"""Review of this session's furniture rules (e69963d, 8a7497f): news they dropped, furniture they kept (fixfurn).

Each case was labelled as an editor reads it before the tool ran; the reviewer's own lines first, then invented variants
from other domains (budgets, launches, summits, earnings). furn7's cases (tests/test_caption_and_note_units.py) still
hold: the outlet regretting its error, a caption known by its credit, the page kept for paying readers, a links heading
right above a paragraph of news.
"""

from __future__ import annotations

import time

import pytest

from summitcheck.extract import draft_claims, furniture_kind


def _quotes(text: str, role: str = "preview") -> list[str]:
    return [c.quote or "" for c in draft_claims(text, role, "d").document.claims]


def _drafted(quotes: list[str], words: str) -> bool:
    return any(words in q for q in quotes)


# --- 1. headlines with full stops under a related-links heading (8a7497f) ---------------------------------------------

_LEAD = ("Central bank to hold rates\n\n"
         "The central bank is expected to keep its policy rate at 4.5% on Thursday, economists said.\n\n")


@pytest.mark.parametrize("links, absent", [
    ("You may also like\nBank of the North cuts its policy rate to 3.75% as growth slows in the third quarter.\n"
     "Krone slides as oil prices fall.\nMortgage lenders brace for a long pause.\n",
     ["3.75%", "Krone", "Mortgage lenders"]),
    ("Related stories\nTreasurer to unveil $4bn housing package as deficit narrows to 1.2% of GDP.\n"
     "Opposition vows to scrap fuel levy.\nEconomists split on rate outlook.\n",
     ["$4bn", "fuel levy", "rate outlook"]),
    ("More From This Section\nKestova unveils Kite 3 phone with a 6.7-inch screen and a $999 price tag.\n"
     "Chipmakers rally on record AI demand.\n",
     ["Kite 3", "Chipmakers"]),
])
def test_headlines_with_stops_under_a_links_heading_stay_links(links: str, absent: list[str]) -> None:
    quotes = _quotes(_LEAD + links)
    assert _drafted(quotes, "4.5%"), quotes
    for words in absent:
        assert not _drafted(quotes, words), (words, quotes)


@pytest.mark.parametrize("news, present", [
    # a speaker: body copy reports who said it, a headline says "says" or nothing
    ("The summit's host said on Monday that leaders of the 20 nations would sign a joint statement on debt relief.",
     "joint statement on debt relief"),
    # longer than a headline
    ("Ahead of the summit, leaders of the 27 member states are expected to agree on a €50 billion fund for Ukraine's "
     "reconstruction over four years, with the first payments in 2027.", "€50 billion"),
])
def test_body_prose_right_under_a_links_heading_is_news(news: str, present: str) -> None:
    quotes = _quotes(_LEAD + "You may also like\n" + news + "\nEconomists split on rate outlook\n")
    assert _drafted(quotes, "4.5%") and _drafted(quotes, present), quotes


# --- 2. a subscription in the news is no paywall (e69963d) --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Netflix will require a paid subscription to view live sports from January.",
    "Users will need a subscription to access the new AI features, the company said.",
    "The regulator said customers would lose access to this content after the merger.",
    "Investors will need a terminal subscription to read the central bank's new data feed from March.",
    "Members of parliament will have access to this content before the budget is published, the speaker said.",
])
def test_news_of_a_subscription_or_of_access_is_news(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", [
    "This is premium content that requires an active Fjordline subscription to view.",
    "You may already have access to this premium content as part of a paid subscription.",
    "You need a subscription to read this article.",
    "A subscription to continue reading this story costs $1 a week.",
])
def test_the_page_speaking_of_its_paywall_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


# --- 3. regretting an error: the outlet, not a minister or a bank (e69963d) -------------------------------------------

@pytest.mark.parametrize("line", [
    "Finance Minister Ito regrets the error.",
    "The central bank regrets the mistake.",
    "Chief executive Lena Berg regrets the errors.",
    "Governor Ana Ruiz regrets the inaccuracy.",
])
def test_a_speaker_regretting_an_error_is_news(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", ["We regret the error.", "The Ledger regrets the error.", "Gearline regrets the mistake."])
def test_the_outlet_regretting_its_error_is_still_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


def test_the_site_named_above_the_headline_regretting_its_error_is_furniture() -> None:
    text = ("Halden Ledger\n\nCentral bank set to hold rates as inflation cools\n\n"
            "The central bank is expected to hold its policy rate at 4.5% on Thursday, economists said.\n\n"
            "Halden Ledger regrets the error.\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "4.5%") and not _drafted(quotes, "regrets"), quotes


# --- 4. a bracketed name after its speaker is no picture credit (e69963d) ----------------------------------------------

@pytest.mark.parametrize("line", [
    "The ECB cut its deposit rate to 2%, President Christine Lagarde said (Christine Lagarde/ECB).",
    "Kestova will ship the Kite 3 in March, chief executive Lena Berg told analysts (Lena Berg/Kestova).",
    "The summit ended with a joint statement on debt relief signed by Premier Li Wei (Li Wei/State Council).",
    "Revenue rose 12% to $4.2 billion, according to finance chief Tom Hale (Tom Hale/Vantor).",
])
def test_a_speakers_bracketed_name_is_news(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", [
    "Finance Minister Ito speaks to reporters in Tokyo on Friday. (Kyodo/Ken Sato)",
    "Lagarde said rates could fall again, at a news conference in Frankfurt. (Photo by Kai Berg/Agency)",
    "President Christine Lagarde arrives for the meeting in Frankfurt. (AP Photo/Evan Marsh)",
])
def test_a_photographers_credit_still_makes_a_caption(line: str) -> None:
    assert furniture_kind(line) == "caption"


# --- pathological inputs ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "A" * 5000 + " regrets the error.",
    "Name " * 3000 + "regrets the error.",
    "said " * 3000 + "(Ann Lee/Agency)",
    "Ann Lee " * 2000 + "(Ann Lee/Agency)",
    "(" + "Ann Lee/" * 2000 + ")",
    "subscription " * 3000 + "to view.",
    "1 " * 5000 + "access to this content",
    "a" * 10000,
])
def test_pathological_lines_are_read_quickly(line: str) -> None:
    start = time.process_time()
    furniture_kind(line)
    draft_claims("Title line here\n\nYou may also like\n" + line + "\nAnother line.\n", "preview", "d")
    assert time.process_time() - start < 2.0
