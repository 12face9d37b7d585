"""The page's own lines that released article sets still drafted as claims, and the review of furn7's third piece
(issue 14; furn12).

Read on real pages of the search corpus (wire copy and agency photo pages, a broadcaster's live pages, market-close and
earnings-calendar pages, podcast pages, a trade site's live launch page); no page text is copied here. Every line below
was invented in those shapes, in other domains, and labelled before the tool ran. The classes:

- the page's metadata between bars: a time stamp or a counter with the page's other labels ("Published … ET |
  Comments (87)", "<date> | <place> 31°C"), and a menu set in cells whose gaps survived the copy ("Home  India  World
  …");
- the market page's data notice ("Data is a real-time snapshot *Data is delayed at least 15 minutes.") and the
  outlet's disclosure of its interests ("Disclosure: …", "… has a disclosure policy.");
- the live page signing off ("Thank you for joining us. Today's coverage was brought to you by …"), a breaking story
  being updated, the outlet's "Visit our … calendar";
- and, from the review of furn7's third piece: a form tag ("Analysis:", "Watch:", "Read:") heads a link only when a
  headline follows it (capitalised, reporting no one's words); "Caption," and "More from the ECB: it also …" are news.
"""

from __future__ import annotations

import time

import pytest

from summitcheck.extract import draft_claims, furniture_kind
from summitcheck.extract.segmenting import _is_meta_strip, _menu


def _quotes(text: str, role: str = "preview") -> list[str]:
    return [c.quote or "" for c in draft_claims(text, role, "d").document.claims]


def _drafted(quotes: list[str], words: str) -> bool:
    return any(words in q for q in quotes)


# --- metadata between bars ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Published Mar 3, 2027 9:05 AM ET | Comments (41)",
    "Posted Mar 3, 2027 9:05 PM PT | Updated Mar 3, 2027 11:40 PM PT | Comments (1,204)",
    "Friday, March 5, 2027 | Winnipeg -4°C",
    "Oslo | Updated: March 5, 2027 07:45 CET",
    "Updated 3 hours ago | 2,118 reads",
    "Comments (87)",
    "March 23, 2027 3:47 PM GMT+1 Updated an hour ago",
])
def test_the_pages_metadata_between_bars_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "Revenue: $4.6 billion | EPS: $0.87",
    "Sept. 14 | The central bank will cut rates by 25 basis points, 12 of 15 economists said.",
    "Oslo | The krone fell 0.4% after the decision.",
    "March 2027 | Budget 2027",
    "Comments from the governor on Friday pushed the krone up 0.5%.",
    "The ministry published 87 comments from industry groups on Monday.",
])
def test_news_and_headings_with_bars_or_counts_are_not_metadata(line: str) -> None:
    assert furniture_kind(line) is None or furniture_kind(line) not in ("timestamp", "counter")
    assert not _is_meta_strip(line)


def test_a_menu_in_cells_is_navigation_and_the_news_under_it_is_kept() -> None:
    text = ("THE PLAINS COURIER\nSubscribe  |  Sign in\nFriday, March 5, 2027  |  Winnipeg -4°C\n"
            "Home  Canada  World  Business  Politics  Opinion  Sports  Arts  Video  Podcasts\n\n"
            "Budget 2027: what to expect on Tuesday\n\n"
            "The federal budget on Tuesday is expected to forecast a deficit of C$42 billion for 2027-28, two officials "
            "said.\n\nThe finance minister is likely to announce C$8 billion in new defence spending over five years.\n")
    for role in ("preview", "report"):
        quotes = _quotes(text, role)
        assert _drafted(quotes, "C$42 billion") and _drafted(quotes, "C$8 billion"), quotes
        assert not _drafted(quotes, "Opinion") and not _drafted(quotes, "Winnipeg"), quotes


@pytest.mark.parametrize("line", [
    "The bank cut rates.  It said inflation would fall to 2.1% next year.",  # two spaces after a stop
    "Revenue  $4.6B  $4.5B  $4.4B  $4.3B  $4.2B",  # a table's row: its figures are not a menu
    "Fed  Holds  Rates  Steady",  # four cells: a headline copied with its gaps
    "the  bank  will  cut  rates  again",
])
def test_lines_with_gaps_that_are_no_menu_are_given_back(line: str) -> None:
    assert _menu(line) == line


# --- notices, disclosures, sign-offs -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Data is a real-time snapshot *Data is delayed at least 15 minutes.",
    "Prices are delayed by at least 20 minutes. Market data provided by a third party.",
    "Disclosure: The Ledger's owner, Arden Media, holds a stake in Kestova.",
    "(Disclosure: the author's employer is a customer of Corvid.)",
    "The Fool has a disclosure policy.",
    "Thank you for joining us. Today's coverage was brought to you by Tom Hale, Rhea Sen and Amir Doss.",
    "Thanks for following along with our live coverage of the summit.",
    "This breaking news story is being updated and more details will be published shortly.",
    "Visit our Earnings Calendar for a full list of expected earnings releases.",
])
def test_notices_disclosures_and_sign_offs_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "Official trade data is delayed by two weeks because of the government shutdown.",
    "The regulator said disclosure of the fees would be mandatory from 2028.",
    "\"Thank you for joining us,\" the governor told the audience before announcing a 25 basis point cut.",
    "Thank you for joining us today, the prime minister said as she opened the summit with a pledge of $2 billion.",
    "Thanks to lower fuel costs, the airline's quarterly profit rose 12% to $410 million.",
    "The breaking of the ceasefire on Monday pushed oil up 3%.",
    "Visitors to the fair are expected to reach 120,000, up from 104,000 last year.",
    # the notice's words, told by someone: news of an outage, not the page's notice
    "Data is delayed at least 15 minutes, the exchange said, after an outage hit trading on Tuesday.",
    "Quotes were delayed by up to 40 minutes on Monday, according to the operator.",
])
def test_news_in_those_words_stays_news(line: str) -> None:
    assert furniture_kind(line) is None


# --- furn7's third piece, reviewed ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Analysis: the central bank's decision leaves the door open to further cuts, economists said.",
    "Read: the text says the levy will apply from April, the Treasury said.",
    "Watch: investors will focus on the guidance, analysts at Nordbank wrote.",
    "Live: the summit opens on Tuesday with 40 leaders expected.",
    "Interview: The finance minister said the deficit would narrow to 2.9% next year.",
    "Map: Flooding has displaced 12,000 people in the province, officials said.",
    "Caption, the software maker, raised its full-year forecast to $1.2 billion.",
    "More from the ECB: it also left its deposit rate at 2.0%.",
])
def test_a_form_tag_before_body_copy_is_no_link(line: str) -> None:
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", [
    "Read: Bank of Japan holds rates, signals hike in spring.",
    "Watch: Governor says rates will stay high",
    "Analysis: Why the summit will disappoint.",
    "More from the Ledger: Central bank will hold rates until autumn.",
])
def test_a_form_tag_before_a_headline_is_a_link(line: str) -> None:
    assert furniture_kind(line) is not None


# --- time stays linear --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Abc  " * 20_000,
    "A " * 50_000,
    "1 | " * 30_000,
    "Comments (" + "1," * 30_000 + "x",
    "Published " + "9 " * 40_000 + "| Comments (3)",
    "Thank you for joining us" + ", x" * 30_000,
    "Data is delayed " + "at least " * 20_000,
    "Aaa Aaa " * 20_000 + "| 9:00 ET",
])
def test_pathological_lines_take_linear_time(line: str) -> None:
    furniture_kind(line[:100])  # warm-up: compiled patterns
    start = time.process_time()
    furniture_kind(line)
    _menu(line)
    _is_meta_strip(line)
    assert time.process_time() - start < 2.0
