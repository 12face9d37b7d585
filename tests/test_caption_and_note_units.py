"""Furniture that reaches past its first sentence or its own line (issue 14; furn7).

Read on 22 real pages from the search corpus (wire copy on central banks and summits, newspaper budget previews and
live pages, earnings previews and after-hours round-ups, a market site's paywalled preview, an agency's photo pages);
no page text is copied here. Every page below was invented in those pages' shapes and in other domains, and what an
editor drafts from it written down before the tool ran. The classes:

- a correction box is one note whatever its length or its mark: the lines after its lead ("An earlier version said the
  bank would …", "They will meet in Bergen.") restate or correct the article, they report nothing new;
- a caption is known by its credit: a paragraph ending in a bracketed credit of agency and photographer ("(Xinhua/Liu
  Bin)", "(Photo by Kay Lin/Agency)") is a caption however long; a line that the next line repeats with its credit is
  the picture's alternative text (a line next to a lone credit line stays: pages set the caption on either side of it,
  or none);
- a market-data strip under a label ("Market data: Nikkei 225 39,105 (+0.8%), …"), a table flattened into one long line;
- the outlet's own programmes ("You can watch a special programme on …"); its "<Outlet> regrets the error.";
- and the reverse, news lost: a related-links heading whose links were not copied ("You may also like" right above a
  paragraph of news) heads no list.
"""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims, furniture_kind


def _quotes(text: str, role: str = "preview") -> list[str]:
    return [c.quote or "" for c in draft_claims(text, role, "d").document.claims]


def _drafted(quotes: list[str], words: str) -> bool:
    return any(words in q for q in quotes)


# --- correction boxes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("mark", ["• ", "- ", "* ", "▶ ", ""])
def test_a_correction_box_is_one_note_whatever_its_mark(mark: str) -> None:
    text = ("Halden Ledger\n\nCentral bank set to hold rates as inflation cools\n\n"
            "OSLO, March 3 (Halden) - The central bank is expected to hold its policy rate at 4.5% on Thursday, "
            "economists said.\n\n"
            f"{mark}This article was amended on 4 March 2027. An earlier version said the bank would publish its "
            "forecasts on Friday. According to the bank's calendar, they will be published on Thursday.\n\n"
            "Economists at Nordbank expect the bank to signal two cuts in 2027.\n")
    for role in ("preview", "report"):
        quotes = _quotes(text, role)
        assert _drafted(quotes, "4.5%") and _drafted(quotes, "two cuts in 2027"), quotes
        assert not _drafted(quotes, "earlier version") and not _drafted(quotes, "calendar"), quotes


@pytest.mark.parametrize("line", [
    "The Ledger regrets the error.",
    "The Courier regrets the errors.",
    "Gearline regrets the mistake.",
])
def test_the_outlet_regretting_its_error_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "Vantor said it regrets the error and has contacted the 4,000 customers who were overcharged.",
    "The minister told parliament she regrets the error in the budget tables, which overstated revenue by €1.2 billion.",
    "- The bank will cut its rate to 3.5% in June, economists expect.",
    "• Fuel duty will be frozen for another year, costing about £3 billion.",
])
def test_news_of_regret_and_marked_news_lines_stay_news(line: str) -> None:
    assert furniture_kind(line) is None


# --- captions known by their credit ---------------------------------------------------------------------------------

@pytest.mark.parametrize("credit", ["(Xinhua/Liu Bin)", "(AP Photo/Evan Marsh)", "(Photo by Kay Lin/Agency)",
                                    "(Photo by Kay Lin)", "(Picture: Tom Hale/Agency)"])
def test_a_paragraph_ending_in_a_bracketed_credit_is_a_caption_however_long(credit: str) -> None:
    text = ("Laos and China sign rail deals\n\n"
            "Premier Li and Prime Minister Sonexay attend a signing ceremony in Vientiane, Laos, Oct. 10, 2026. The two "
            "sides will also sign agreements on railways and power grids, and leaders are expected to meet again at "
            "the regional summit in November, when a second phase of the rail line worth $2 billion will be "
            f"discussed. {credit}\n\n"
            "VIENTIANE, Oct. 10 (Agency) -- China and Laos signed 12 cooperation agreements on Thursday, and the two "
            "sides will expand rail freight to 5 million tonnes a year by 2028, officials said.\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "5 million tonnes"), quotes
    assert not _drafted(quotes, "power grids") and not _drafted(quotes, "second phase"), quotes


@pytest.mark.parametrize("line", [
    "The euro traded at 1.0842 against the dollar (EUR/USD) on Friday, little changed after the decision.",
    "Exports rose 4.1% in October, the statistics office said (Reuters).",
    "Officials from both ministries (Finance/Trade) will meet again on Monday to settle the tariff schedule.",
])
def test_brackets_that_credit_no_picture_stay_news(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("credit", ["Photograph: Jon Marsh/PA", "(Image credit: Kestova)", "Kay Lin/Getty Images"])
def test_a_line_next_to_a_lone_credit_line_stays_news(credit: str) -> None:
    # Which side of a lone credit line its caption stands is the page's habit: some set the caption above it, some below
    # it, and a picture without a caption leaves its credit between two paragraphs of news. Kept: a caption is worth
    # less than a paragraph of news.
    text = ("Capital Courier\n\nChancellor to unveil £20bn housing plan in budget\n\n"
            "LONDON, Nov 24 (Courier) - The chancellor is expected to announce a £20 billion housing plan in "
            "Wednesday's budget, Treasury sources said.\n"
            "Fuel duty is set to be frozen for another year, at a cost of about £3 billion.\n"
            f"{credit}\n"
            "The plan will fund 300,000 new homes over five years, according to people briefed on it.\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "£3 billion") and _drafted(quotes, "300,000"), quotes


def test_a_paragraph_spaced_from_a_credit_line_stays_news() -> None:
    text = ("Capital Courier\n\nChancellor to unveil £20bn housing plan in budget\n\n"
            "LONDON, Nov 24 (Courier) - The chancellor is expected to announce a £20 billion housing plan in "
            "Wednesday's budget, Treasury sources said.\n\n"
            "Fuel duty is set to be frozen for another year, at a cost of about £3 billion.\n\n"
            "Photograph: Jon Marsh/PA\n\n"
            "The plan will fund 300,000 new homes over five years, according to people briefed on it.\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "£3 billion") and _drafted(quotes, "300,000"), quotes


def test_a_line_the_next_line_repeats_with_its_credit_is_the_pictures_text() -> None:
    text = ("Governor warns of 'long road' on inflation as bank meets\n\n"
            "Governor Ana Ruiz will announce the bank's decision on Thursday\n"
            "Governor Ana Ruiz will announce the bank's decision on Thursday (Picture: Agency)\n\n"
            "The central bank is expected to raise its benchmark rate by 50 basis points to 11.75% on Thursday, "
            "economists said.\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "11.75%"), quotes
    assert not _drafted(quotes, "Ana Ruiz will announce"), quotes


def test_a_deck_that_the_next_line_does_not_repeat_is_still_drafted() -> None:
    text = ("Budget 2027: what to expect\n\n"
            "Treasurer set to unveil $4bn housing package as deficit narrows\n\n"
            "The treasurer is expected to announce a $4 billion housing package in Tuesday's budget.\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "$4bn housing package") and _drafted(quotes, "$4 billion"), quotes


# --- strips and tables ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Market data: Nikkei 225 39,105 (+0.8%), Topix 2,711 (+0.5%).",
    "Markets: FTSE 100 8,215.30 (-0.4%), DAX 18,902.11 (+0.2%)",
    "Quarter Q2 2026 Q1 2026 Q4 2025 Q3 2025 EPS Estimate -0.17 -0.35 0.79 -0.48 EPS Actual -0.20 -0.34 0.70 -0.42 "
    "Revenue Estimate 114.27 M 119.00 M 569.85 M 126.35 M Revenue Actual 134.25 M 119.40 M 528.35 M 131.17 M",
])
def test_labelled_market_strips_and_long_flattened_tables_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "Markets: the Nikkei 225 rose 0.8% to 39,105 and the Topix gained 0.5% after the bank's decision.",
    "Shares of Vantor were up 2.1% at 48.12 crowns in early trading, while the index was flat.",
])
def test_market_news_stays_news(line: str) -> None:
    assert furniture_kind(line) is None


# --- the outlet's programmes ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "You can watch a special programme on Channel Nine from 7pm, with reaction on Radio National from 8pm",
    "You can also listen to our budget podcast from 6am on Wednesday.",
])
def test_the_outlets_programmes_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "You can claim the new childcare rebate from July, the treasurer said.",
    "Viewers can watch the launch live on the company's website from 10am.",
])
def test_what_readers_may_claim_stays_news(line: str) -> None:
    assert furniture_kind(line) is None


# --- news lost under an empty related-links heading ------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["You may also like", "More From This Section", "Related"])
def test_a_links_heading_right_above_news_heads_no_list(heading: str) -> None:
    text = ("What to expect in the spring statement\n"
            "The treasurer is expected to cut the fuel levy and raise the small-business threshold on Wednesday.\n"
            f"{heading}\n"
            "Ahead of Wednesday's statement, the Treasury announced the minimum wage will rise by 4.1% to $24.10 an "
            "hour from July.\n"
            "The statement will also include $1.2 billion for regional hospitals, officials said.\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "$24.10") and _drafted(quotes, "$1.2 billion"), quotes


def test_the_links_under_a_heading_stay_links() -> None:
    text = ("Central bank to hold rates\n\n"
            "The central bank is expected to keep its policy rate at 4.5% on Thursday, economists said.\n\n"
            "Related\n"
            "Krone slides as oil prices fall\n"
            "Mortgage lenders brace for a long pause\n"
            "Bank of the North cuts rates to 3.75% as growth slows\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "4.5%")
    assert not _drafted(quotes, "3.75%") and not _drafted(quotes, "Krone"), quotes


# --- pathological inputs --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "(" + "A" * 5000 + "/" + "B" * 5000,
    "(" + "Xinhua/" * 3000 + ")",
    "Market data: " + "+1.0% " * 3000,
    "You can watch " + "a " * 5000,
    "Name " * 3000 + "regrets the error.",
    "• " * 3000,
    "1 " * 5000,
])
def test_pathological_lines_are_read_quickly(line: str) -> None:
    import time
    start = time.process_time()
    furniture_kind(line)
    draft_claims("Title line here\n\n" + line + "\nPhotograph: A/B\n", "preview", "d")
    assert time.process_time() - start < 2.0


# --- the page on its own content (written after the held-out pages were measured) ----------------------------------

@pytest.mark.parametrize("line", [
    "The content of this article was relevant at the time of publishing.",
    "Caution should be exercised when relying upon any content contained within this article.",
    "This is premium content that requires an active Fjordline subscription to view.",
    "You may already have access to this premium content as part of a paid subscription.",
])
def test_the_page_on_its_own_content_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "The content of the bill was agreed by both parties on Tuesday, the speaker said.",
    "Streamly will charge $4 a month for access to its premium content from March.",
    "The new tier requires a subscription to the base plan, which costs $9.99 a month.",
])
def test_news_of_content_and_subscriptions_stays_news(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_links_headline_with_its_stop_and_its_teaser_stays_a_link() -> None:
    text = ("Central bank to hold rates\n\n"
            "The central bank is expected to keep its policy rate at 4.5% on Thursday, economists said.\n\n"
            "Related articles\n"
            "Copper exports are set to stay high in 2027, raising the risk of new trade disputes.\n"
            "According to the latest customs figures, copper exports in 2027 may stay at a ...\n")
    quotes = _quotes(text)
    assert _drafted(quotes, "4.5%")
    assert not _drafted(quotes, "Copper exports"), quotes


# --- more shapes (round two: lines invented in the four shapes blind sets still draft, labelled before running) ------

@pytest.mark.parametrize("line", [
    "Amendment 6 March 2027: this article previously said the levy will apply from April. It will apply from July.",
    "This story originally stated that the summit will end on Friday. It will end on Saturday.",
    "Ministers will meet in Brussels on Monday. (European Council photo)",
    "Delegates arrive at the congress centre, where talks will run until Sunday. (AP Photo)",
    "Read: Kestova will open a factory in Poland next year.",
    "More on this story: G20 leaders will meet in London in November.",
    "Nikkei 39,105.21 ▲312.40 (0.80%)",
    "10-year Treasury yield 4.21% (+3 bps) | 2-year 4.55% (+2 bps)",
])
def test_round_two_furniture_shapes(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "The amendment previously said the levy will apply from April; ministers changed it to July on Tuesday.",
    "The ministry said the report previously stated that exports would grow 4%.",
    "Readers of the report will find the bank sees inflation at 2.8% in 2027.",
    "More on this later: the committee will publish its minutes on Friday, the bank said.",
    "The 10-year Treasury yield rose 3 basis points to 4.21%, while the 2-year yield gained 2 bps to 4.55%.",
    "The Nikkei gained 0.8% to 39,105.21, its highest close since March.",
])
def test_round_two_news_stays_news(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", [
    "[Photo: Agency] Governor Ana Ruiz will announce the decision on Thursday.",
    "Caption: Governor Ana Ruiz will announce the decision on Thursday.",
    "Image caption: Governor Ana Ruiz will announce the decision on Thursday.",
    "We have corrected this article: the bank will publish its minutes on March 19, not March 12.",
    "Also in the news: Lumora will raise prices in Brazil from May.",
    "Recommended for you: Vela 3 will cost $799.",
    "More from the Ledger: Central bank will hold rates until autumn.",
    "Watch: Governor Ana Ruiz says rates will stay high for longer.",
    "Listen: Why the budget will raise taxes.",
    "Opinion: The bank will regret this pause.",
    "Analysis: Why the summit will disappoint.",
    "Explainer: What the new levy will cost households.",
])
def test_round_three_furniture_shapes(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "In other news, Lumora will raise prices in Brazil from May.",
    "UK: Inflation rose to 3.3% in March, the statistics office said.",
    "We have cut our forecast for growth this year to 1.1%, economists at Nordbank wrote.",
    "More from the survey: 61% of firms expect to raise prices in the next three months.",
    "The caption on the bank's chart said rates will stay at 4.5% until June.",
])
def test_round_three_news_stays_news(line: str) -> None:
    assert furniture_kind(line) is None
