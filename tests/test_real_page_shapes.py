"""Shapes found on real news pages (wire copy, market sites, newspapers) that drafting got wrong (issue 14; furn4).

Read on 29 real pages (central-bank previews and polls, earnings reports, a budget preview, summits, OPEC+ meetings,
launch previews); no page text is copied here. Every line and article below was invented in those pages' shapes and
in other domains, and its expected outcome (a claim, furniture, the statement's words) written down before the tool
ran. The classes:

- statements lost: list items whose bullet marks were lost when the page was copied (lines under a lead ending in a
  colon, none closed by a stop), and a preview's plan in the passive ("is to be halved", "are to be frozen") or as
  people understand it ("are thought to be off the table");
- furniture drafted: a box "About <company/event>" at the page's foot, a legal notice disowning the page's information,
  a video caption ("<Role> <Name> on what …"), a list of other stories under a lead naming them ("Some other headlines
  from the week:"), a promotion banner between pictographs;
- furniture inside a statement or title: a live share quote after a company's name ("(NVK -2.35%)"), an agency tag with
  no place ("(Agency) - ") or with a date in the bracket, a byline glued to the headline ("…PollBy Name").
"""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims, furniture_kind


def _claims(text: str, role: str):
    return draft_claims(text, role, "d").document.claims


def _quotes(text: str, role: str) -> list[str]:
    return [c.quote or "" for c in _claims(text, role)]


# --- list items whose bullets were lost ---------------------------------------------------------------------------

UNMARKED = [
    # a central bank poll
    ("Bank of Valdora to hold rates in March, poll shows\n"
     "Most economists polled expect the Bank of Valdora to keep its policy rate unchanged next week.\n"
     "Key Findings:\n"
     "41 of 44 economists see the bank holding its rate at 3.25%\n"
     "Median forecast sees the first cut in the third quarter\n"
     "12 of 40 respondents expect a cut by June\n",
     ["41 of 44 economists see the bank holding its rate at 3.25%",
      "12 of 40 respondents expect a cut by June"]),
    # an earnings preview
    ("Orion Foods to report quarterly results on Thursday\n\n"
     "Orion Foods is expected to report higher sales when it publishes results on Thursday.\n\n"
     "What analysts expect:\n\n"
     "Revenue of $4.2 billion, up 6% from a year earlier\n\n"
     "Adjusted earnings of 88 cents a share\n\n"
     "The company will also update its guidance for the full year, analysts said.\n",
     ["Revenue of $4.2 billion, up 6% from a year earlier", "Adjusted earnings of 88 cents a share"]),
    # a summit's draft
    ("Leaders near deal on grid links\n"
     "Officials briefed on the draft said the statement includes:\n"
     "A pledge to cut methane emissions 30% by 2030\n"
     "New funding of $10 billion for cross-border grid links\n",
     ["A pledge to cut methane emissions 30% by 2030", "New funding of $10 billion for cross-border grid links"]),
]


@pytest.mark.parametrize(("text", "items"), UNMARKED)
def test_list_items_that_lost_their_bullets_are_drafted(text: str, items: list[str]) -> None:
    quotes = _quotes(text, "preview")
    for item in items:
        assert item in quotes, (item, quotes)


def test_a_lone_unclosed_line_after_a_lead_is_still_a_heading() -> None:
    # one unclosed line followed by prose: a section heading, not a list
    text = ("Budget preview: what to expect\n"
            "Here is what to expect from Thursday's budget:\n"
            "Tax rises on 2 fronts\n"
            "The chancellor is expected to raise fuel duty by 5p a litre, officials said.\n")
    quotes = _quotes(text, "preview")
    assert "Tax rises on 2 fronts" not in quotes
    assert any("fuel duty" in q for q in quotes)


def test_other_stories_under_a_lead_naming_them_are_not_drafted() -> None:
    text = ("Bank of Valdora to hold rates next week\n"
            "Most economists expect the Bank of Valdora to keep its rate at 3.25% at next week's meeting.\n"
            "Some other headlines from the past week:\n"
            "- Nordbank no longer forecasting a Valdora rate cut in March\n"
            "- Eastbank changes its rate forecast to June from April\n")
    quotes = _quotes(text, "preview")
    assert not any("Nordbank" in q or "Eastbank" in q for q in quotes), quotes
    assert any("3.25%" in q for q in quotes)


def test_items_under_a_lead_that_says_something_are_drafted() -> None:
    text = ("Lenders under strain\n"
            "The stories of three lenders show how the strain will spread:\n"
            "- Nordbank will cut 2,000 jobs by the end of the year\n"
            "- Eastbank is expected to close 40 branches\n")
    quotes = _quotes(text, "preview")
    assert any("2,000 jobs" in q for q in quotes) and any("40 branches" in q for q in quotes), quotes


# --- plans in the passive, and what people understand --------------------------------------------------------------

PLANNED = [
    "The fuel duty freeze is to be extended for a further year.",
    "Two new members are to be appointed to the rate-setting committee.",
    "The joint statement is to be released after the closing session.",
    "The capital gains allowance is to be halved.",
    "Changes to the dividend policy are thought to be off the table until the new chief executive starts.",
]


@pytest.mark.parametrize("sentence", PLANNED)
def test_a_previews_plan_in_the_passive_is_drafted(sentence: str) -> None:
    text = f"What to expect this week\n{sentence}\n"
    assert sentence in _quotes(text, "preview")


# --- furniture -----------------------------------------------------------------------------------------------------

def test_a_box_about_the_company_at_the_pages_foot_is_not_drafted() -> None:
    text = ("Kestrel Analytics raises annual forecast\n"
            "Kestrel Analytics raised its full-year revenue forecast to $2.1 billion on Tuesday.\n"
            "Its shares rose 7% in early trading after the announcement.\n"
            "Quarterly revenue grew 12% to $540 million, the company said.\n"
            "About Kestrel Analytics\n"
            "Kestrel Analytics is a leading provider of data tools, with 1,200 employees in 14 countries.\n"
            "Its platform is used by more than 3,000 banks and insurers worldwide.\n")
    quotes = _quotes(text, "report")
    assert not any("leading provider" in q or "3,000 banks" in q for q in quotes), quotes
    assert any("$2.1 billion" in q for q in quotes) and any("12%" in q for q in quotes)


def test_a_section_about_the_deal_early_in_the_article_is_news() -> None:
    text = ("Leaders sign trade pact\n"
            "About the deal\n"
            "The pact cuts tariffs on 90% of goods traded between the two blocs, officials said.\n"
            "It will take effect in January after ratification by both parliaments.\n"
            "Leaders signed the pact in Lisbon on Friday.\n"
            "The talks had lasted four years.\n")
    quotes = _quotes(text, "report")
    assert any("90% of goods" in q for q in quotes), quotes


NOTICES = [
    "Meridian Media accepts no liability for any loss arising from reliance on the information contained in this website.",
    "Please note the risks involved in trading currencies and contracts for difference before you invest.",
    "Chief Economics Correspondent Dana Rhee on what the rate decision means for mortgages",
    "Political Editor Sam Ortiz on the measures we can expect in the spending review on Wednesday",
    "🔥 Save 40% on your first year 🔥",
]
NOT_NOTICES = [
    "The insurer said it would not accept liability for losses from the floods, which it put at $2 billion.",
    "Finance Minister Ana Ruiz on Monday said the deficit would fall to 2.9% of output next year.",
    "Markets on the Edge as Central Bank Decision Looms",
    "Please Hold: Central Bank Keeps Rates at 4%",
]


@pytest.mark.parametrize("line", NOTICES)
def test_notices_captions_and_banners_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", NOT_NOTICES)
def test_news_in_those_words_is_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


# --- furniture inside a statement or the title ---------------------------------------------------------------------

def test_a_live_share_quote_after_a_name_is_no_figure_of_the_claim() -> None:
    text = ("Norvik Foods slumps after profit warning\n"
            "Shares of Norvik Foods (NVK -2.35%) fell 14% on Thursday after the company cut its profit forecast.\n")
    claims = _claims(text, "report")
    first = next(c for c in claims if "fell 14%" in c.statement)
    assert "NVK" not in first.statement
    assert [f.quantity.text for f in first.figures] == ["14%"]


@pytest.mark.parametrize(("line", "start"), [
    ("(Tagus Wire) - Brightline Corp. reported a quarterly loss of $12 million on Tuesday.", "Brightline Corp."),
    ("LISBON (Tagus News / Wire - 3rd March, 2027) The central bank raised its key rate by 25 basis points.",
     "The central bank"),
])
def test_an_agency_tag_opening_the_sentence_is_not_in_the_statement(line: str, start: str) -> None:
    claims = _claims(f"Rates and results\n{line}\n", "report")
    assert claims and claims[0].statement.startswith(start), [c.statement for c in claims]


def test_a_byline_glued_to_the_headline_is_not_in_the_title() -> None:
    text = ("Bank seen holding rates next week – Wire PollBy Mara Lind\n"
            "Most economists polled expect the Bank of Valdora to keep its rate at 3.25% next week.\n")
    assert draft_claims(text, "preview", "d").document.title == "Bank seen holding rates next week – Wire Poll"


# --- lines the page wrapped, and items that start in lower case ----------------------------------------------------

@pytest.mark.parametrize(("text", "sentence"), [
    ("Rate decision due on Thursday\n"
     "The central bank is expected to cut its rate by 25 basis points to 3.5%.\n"
     "But traders\n"
     "are even more focused on the governor's briefing at\n"
     "3 p.m. for clues about a second cut in March.\n",
     "But traders are even more focused on the governor's briefing at 3 p.m. for clues about a second cut in March."),
    ("Orion Foods results preview\n"
     "Analysts expect revenue of $2.1 billion, up from\n"
     "$1.9 billion a year earlier.\n",
     "Analysts expect revenue of $2.1 billion, up from $1.9 billion a year earlier."),
])
def test_a_paragraph_the_page_wrapped_is_one_sentence(text: str, sentence: str) -> None:
    assert sentence in _quotes(text, "preview")


def test_a_lower_case_line_under_a_lead_is_an_item() -> None:
    text = ("Bank preview: what to expect\n"
            "From Nordbank's economists, in brief:\n"
            "widely expected to cut by 25 basis points\n"
            "- The statement is likely to keep the door open to more cuts\n")
    quotes = _quotes(text, "preview")
    assert "widely expected to cut by 25 basis points" in quotes, quotes


def test_headlines_under_read_more_after_unmarked_items_are_not_items() -> None:
    text = ("Bank of Valdora set to hold\n"
            "Most economists expect the Bank of Valdora to hold its rate at 4% on Wednesday.\n"
            "The bank's own projections for its rate:\n"
            "Q1 2027: 3.75%\n"
            "Q2 2027: 3.50%\n"
            "Read more:\n"
            "Valdora's October inflation falls more than expected\n"
            "Government approves 2027 budget draft with high deficit\n")
    quotes = _quotes(text, "preview")
    assert "Q1 2027: 3.75%" in quotes, quotes
    assert not any("inflation falls" in q or "budget draft" in q for q in quotes), quotes


def test_a_deck_glued_to_the_first_sentence_is_cut_from_it() -> None:
    text = ("Riksbank holds\n"
            "Policymakers vote 7-2 to hold as inflation stays above targetThe Riksbank kept its policy rate at 2.75% on"
            " Thursday, as expected.\n")
    statements = [c.statement for c in _claims(text, "report")]
    assert any(s.startswith("The Riksbank kept its policy rate at 2.75%") for s in statements), statements


# --- a flattened table, a trailing agency credit (second held-out batch; labelled before running) --------------------

@pytest.mark.parametrize(("line", "furniture"), [
    ("Quarter Q1 2026 Q4 2025 Q3 2025 Q2 2025 EPS Estimate 0.41 0.38 0.35 0.30 EPS Actual 0.44 0.37 0.36 0.31", True),
    ("Year 2024 2025 2026 GDP 1.8 2.1 2.3 CPI 2.9 2.4 2.1", True),
    ("Revenue rose 12% to $4.2 billion in Q1 2026 from $3.75 billion in Q1 2025, with margins at 31.5% and 2.1% growth",
     False),
    ("GDP 2026: 2.8%", False),
])
def test_a_table_flattened_into_one_line_is_furniture(line: str, furniture: bool) -> None:
    assert (furniture_kind(line) is not None) is furniture


def test_an_agency_credit_after_the_last_stop_is_not_in_the_statement() -> None:
    text = ("Government tables its 2027 budget in parliament\n"
            "The fiscal deficit is expected to narrow to 3.9% of output in 2027, the minister said. - Tagus Wire\n")
    statements = [c.statement for c in _claims(text, "report")]
    assert statements and "Tagus" not in statements[0] and "3.9%" in statements[0], statements
