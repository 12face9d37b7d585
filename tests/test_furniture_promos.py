"""The newsroom promising its own coverage, a shop's price widget, the page's comment policy (issue 14; furn6).

Read on 13 real pages from the search corpus (live-blog openings before a central bank's decision, budget live pages,
wire and market-site reports); holdout8 drafted two such lines ("<Outlet>'s politics team will bring you live
coverage from 7.30pm …", "<Tablet> (2025): Now $349 at <Shop> (was $449)"). No page text is copied here: every line
below was invented in those shapes and in other domains, and its expected outcome written down before the tool ran.
Each class has its guards: the same words where someone in the news is the subject are still news.
"""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims, furniture_kind


def _statements(text: str, role: str) -> list[str]:
    return [c.statement for c in draft_claims(text, role, "d").document.claims]


# --- the newsroom promising its own coverage: the subject is the outlet, its team, its reporters ---------------------

@pytest.mark.parametrize("line", [
    "The Ledger's markets and economics team will bring you live coverage from 1.45pm CET on Thursday, with analysis "
    "from our chief economist.",
    "The Herald's business desk will have live updates and reaction from 2pm on budget day.",
    "Our colleagues Ines Sauer and Tom Varga are at the lock-in at the central bank, where they can read the report "
    "before it is published.",
    "Our reporters Mia Holt and Leo Grant will be inside the convention centre when the handset is unveiled.",
    "We'll be watching to see what the governor says about wages.",
    "I'll be locked in a room for three hours with the budget papers before the speech.",
    "You can follow all the latest updates from the summit here, which begins at 9am local time.",
])
def test_the_newsroom_promising_its_own_coverage_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    # the subject is someone in the news, or a reporter is quoted saying it
    "Nordbank's research team will cut its growth forecast to 1.2% next week, the bank said.",
    "The company's engineering team will be at the trade fair in Hanover to show the new chip.",
    "The finance ministry's team will bring forward the spending review to March.",
    "Our economy will be watching the Fed, the prime minister said.",
    "Investors can follow the decision live on the bank's website from 2pm, the bank said.",
    "\"We will be watching wage data very closely,\" the governor told reporters.",
])
def test_others_plans_in_those_words_are_news(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_coverage_promo_in_a_budget_preview_is_not_drafted_but_the_expectation_is() -> None:
    text = ("Budget 2027: what to expect\n\n"
            "Finance Minister Eva Lind is expected to raise the top income tax rate to 45% in Tuesday's budget.\n\n"
            "Budget night coverage\n\n"
            "The Tribune's politics and economics team will bring you live coverage from 7pm on Tuesday, with analysis "
            "from our economics editor.\n")
    statements = _statements(text, "preview")
    assert any("45%" in s for s in statements), statements
    assert not any("coverage" in s for s in statements), statements


# --- a shop's price widget under a launch story ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Veltro Buds 3 (2026): Now $129 at Amazon (was $179)",
    "Orin Watch 4: Pre-order for $399 at Best Buy",
    "Kestrel X2 laptop (2025): £849 at Currys (was £999)",
    "Now €59.99 at MediaMarkt",
])
def test_a_price_widget_line_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "Revenue: $17.9 billion vs. $17.4 billion expected",
    "Price: $999 at launch, rising to $1,099 for the 512GB model",
    "The Orin Watch 4 costs $399 at Best Buy and $379 at the company's own store.",
    "Starting price: $549 in the US, £499 in the UK",
])
def test_prices_in_the_news_are_not_a_widget(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_widget_line_under_a_launch_report_is_not_drafted_but_the_price_is() -> None:
    text = ("Veltro unveils Buds 4\n\n"
            "Veltro on Wednesday unveiled the Buds 4, which will cost $149 when they go on sale on May 2.\n\n"
            "Veltro Buds 4 (2026): Pre-order for $149 at Veltro\n"
            "Veltro Buds 3 (2025): Now $99 at Amazon (was $179)\n")
    statements = _statements(text, "report")
    assert any("$149" in s and "unveiled" in s for s in statements), statements
    assert not any("Amazon" in s or "Pre-order" in s for s in statements), statements


# --- the page's policy on its readers' comments -----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The Gazette may edit your comments and not all messages will be published.",
    "Your comments may be published on any of our platforms worldwide.",
])
def test_the_pages_comment_policy_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


def test_a_regulator_editing_comments_is_news() -> None:
    assert furniture_kind("The regulator said it may publish comments from banks on the proposed 3% capital "
                          "buffer in June.") is None


# --- second batch (furn6): shapes read on the held-out pages after the first batch had been measured on them ---------

@pytest.mark.parametrize("line", [
    "This undated photo provided by Kestrel Audio shows the company's new wireless speaker.",
    "A handout photo released by the finance ministry shows the minister with the budget box.",
])
def test_a_photo_described_by_whoever_supplied_it_is_a_caption(line: str) -> None:
    assert furniture_kind(line) is not None


def test_a_photographers_credit_glued_to_a_caption_is_furniture() -> None:
    assert furniture_kind("Governor Ann Vale speaks at a news conference in Oslo on March 3, 2026.Ola Berg / AP file") \
        is not None


@pytest.mark.parametrize("line", [
    "This page will automatically update.",
    "This live page should refresh automatically every minute.",
    "There may be some technical issues with older internet browsers.",
    "The Clarion will blog the reaction from economists and our own reporters through the day.",
    "Before that, however, our colleagues Ina Ruiz and Bo Lamm will be locked in the ministry's basement.",
])
def test_the_page_on_its_own_workings_and_its_reporters_plans_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "The photo, released by the agency on Monday, shows the rocket's second stage separating at 120km.",
    "The app will automatically update prices every 15 minutes, the company said.",
    "Microsoft said there may be technical issues with older browsers after the update, which ships on May 4.",
    "Before that, however, the central bank's staff will publish new forecasts for growth of 1.1%.",
])
def test_news_about_photos_pages_and_browsers_is_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None
