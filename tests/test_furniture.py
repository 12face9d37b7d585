"""Page furniture (issue 14 item 1): what a page says about itself is never drafted as a claim, and news that
mentions subscribers, a newsletter, a photo, a correction or a channel stays a claim.

Every line below was written for these tests (invented, in the shapes real pages carry) and labelled before the
tool ran; tests/furniture/report.txt is invented wire copy, labelled in its labels.yaml before running.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from summitcheck.extract import draft_article, furniture_kind

HERE = Path(__file__).parent / "furniture"

FURNITURE = [
    # captions closing in a credit
    "Shipping containers are stacked at the port of Valdora on Nov 11. PHOTO: MERIDIAN",
    "The finance minister speaks to reporters outside the treasury building on Tuesday. (Photo: Lena Markovic/Staff)",
    "Image: Corvane Motors",
    "Credit: Tomas Eberle",
    "Traders work on the floor of the exchange in Halden, October 3, 2027. Getty Images",
    "A worker checks solar panels at a plant in Tarsis. Photographer: Ana Ruiz/Bloomberg",
    "Central bank governor Mira Kolar at a news conference in Ostrava. File photo",
    "(Photo credit: Devika Rao)",
    "Photo = Hanseo News",
    "A delegate arrives for the summit talks in Lisbon on Sunday. Picture: AFP",
    "Pic: Supplied",
    "The new handset on display at the launch in Shenzhen. IMAGE: COMPANY HANDOUT",
    "1/12 Delegates gather in the summit hall. Photo: Hanna Berg",
    "Item 2 of 5 A tanker sails past the terminal in Ras Tanura.",
    "Image credit: Halvorsen Energy",
    "Click to enlarge",
    # the outlet's channels, apps, podcasts and newsletters
    "Join our Telegram channel and get the latest business news as it happens.",
    "Join our WhatsApp channel to get the latest updates on markets and the economy",
    "Follow us on Google News for the latest updates.",
    "Follow us on LinkedIn, Instagram and YouTube",
    "Download our app for breaking news alerts.",
    "Click here to join our WhatsApp community.",
    "Stay updated with the latest business news on our WhatsApp channel.",
    "Get the day's top stories delivered to your inbox every morning.",
    "Listen to our daily podcast on markets wherever you get your podcasts.",
    "Get all your news in one place. Download our apps.",
    "Catch all the business news and market updates on our website. Download the Ledger app to get daily market updates.",
    "Get the Harbour Markets Brief newsletter free.",
    "Politics Economy Climate Opinion Newsletters Podcasts",
    "You have reached your limit of free articles. Subscribe for unlimited access.",
    # the page kept for paying or registered readers, the reader's count of free articles, an offer of the outlet's
    # product (artfig2: three or more invented variants per class, labelled before the rules)
    "Story restricted to premium members",
    "This content is available only to paying readers.",
    "Full access to this analysis is limited to Plus subscribers.",
    "Comments are reserved for registered members.",
    "Only subscribers can comment on this article.",
    "You've read 2 of your 5 free stories this month.",
    "This is your last free article this month.",
    "3 free articles left. Register to keep reading.",
    "Try The Ledger PREMIUM",
    "Upgrade to Harbour Daily Digital",
    "Discover our subscription offers",
    "Get the Courier ALL ACCESS",
    "Premium story - you have used 3 of your 4 free reads this week.",
    # how long the page takes to read (artfig2, labelled before the rule)
    "Reading time: 4 min",
    "Estimated reading time: 7 minutes",
    "By Lena Markovic | Listening time 12 min",
    "Time to read: 3'",
    "Try Ledger PLUS: unlimited articles, the daily e-paper and our podcasts for $4 a month.",
    "Upgrade to Harbour Daily Premium: ad-free reading on every device. Cancel anytime.",
    # refiles, corrections and update notes (a correction may carry figures)
    "(This story has been refiled to correct a typo in the headline)",
    "(Refiles to fix spelling of minister's name in paragraph 4)",
    "Correction: an earlier version of this article gave the deficit as $46 billion; it is $64 billion.",
    "CORRECTION, Nov 12: This story has been updated to reflect that revenue rose 12%, not 21%.",
    "Clarification: The company said its 2027 guidance excludes the acquisition.",
    "(Corrects year of forecast in paragraph 6 to 2028 from 2027)",
    "An earlier version of this story incorrectly stated the vote was 6-3.",
    "(Updates with analyst comment, share price in paragraphs 5-7)",
    "This story was originally published by the Harbour Herald.",
    "This article is more than 1 month old",
    # bios, credits and contributions
    "Writes about the U.S. economy and the Federal Reserve. Previously covered energy markets in Houston.",
    "Covers central banks and bond markets from London. Previously worked at a financial newswire.",
    "Mara Ellison is a markets reporter based in Singapore.",
    "Tomas Hale reports on European politics from Brussels. He joined the paper in 2019.",
    "About the author: Priya Das has written about energy for a decade.",
    "Sam Okafor is the Ledger's economics editor.",
    "(The author is chief economist at Verdant Bank. Views are personal.)",
    "The writer is a former deputy governor of the central bank.",
    "Some information for this report was provided by Reuters and AFP.",
    "(With inputs from Reuters)",
    "(With inputs from agencies)",
    "Reporting by Jan Novak in Prague; Additional reporting by Eva Lind in Stockholm; Editing by Mark Potter",
    "Writing by Lucy Marsh; Editing by Tom Brennan and Ann Liu",
    "Compiled by Zhang Wei for the Business Desk",
    "Additional reporting by Hugo Marin in Paris.",
    "Associated Press writer Jan Kim in Seoul contributed to this report.",
    "Bloomberg's Tom Wells contributed reporting.",
    "Video Editor: Ravi Kumar",
    # live coverage
    "We will be running a live blog from 9am",
    "We will be live-blogging the announcement from 11am.",
    "Follow our live coverage of the budget here.",
    "Hello and welcome to our live coverage of the budget.",
    "Follow below for updates throughout the day.",
    "This blog is now closed.",
    # page chrome, links, tags, legal notes
    "Story continues below advertisement",
    "Also read: Rupee falls to record low against the dollar",
    "Watch: Treasurer explains the budget in 60 seconds",
    "Related: Iron ore prices slump to two-year low",
    "Tags: budget, inflation, interest rates, treasury",
    "Topics: Central banks, Inflation",
    "First published: 14 March 2027 07:45 GMT",
    "Last updated 2 hours ago",
    "5 min read",
    "Listen to this article · 4:12 min",
    "Share this with family and friends",
    "Reuse this content",
    "Comments are closed for this article.",
    "Your email address will not be published. Required fields are marked *",
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "If you buy something through our links, we may earn a commission.",
    "This article was produced with AI assistance and reviewed by our editors.",
    "Disclaimer: The views and recommendations made above are those of individual analysts, not of the publication.",
    "The Ledger is not responsible for the content of external sites.",
    "pic.twitter.com/3Xk9fPq2 — Finance Desk (@FinDeskNews) February 1, 2027",
    "#WATCH | Finance minister presents the budget in parliament",
    # price widgets of shopping pages, live notes that promise more, trial offers, market ticker strips
    # (artpair, labelled before the patterns were written)
    "Prices last checked 3 Mar 2027. We compare over 100 million offers every day to find the lowest prices.",
    "Prices correct at the time of writing.",
    "We'll be reporting live from the launch in Oslo from 9am local time, so check back for updates.",
    "Check back later for the full story.",
    "TradeScope Plus: Get unlimited access to broker notes and live quotes. Try it free for 30 days.",
    "Start your free trial today and unlock premium research.",
    "S&P 500 5,102.40 +0.31% | Nasdaq 16,210.55 +0.52% | Dow 39,011.20 -0.08%",
    "FTSE 100 8,214.6 ▲0.4%   DAX 18,120.3 ▼0.2%",
    "Brent $82.14 -1.20 (-1.44%)",
    "KLR  Kestler Rail Corp.  31.06  +0.44 (+1.44%)  As of 11:32 AM EST",
    # what the page says of itself, by shape (artdraft, session 2026-11-22 afternoon; labelled before the rules):
    # "this article / our coverage" as the subject, funding notes, the outlet's own plans at the event
    "This article is part of our Future of Energy series, produced with the financial support of the Halvard "
    "Foundation. The Ledger retains full editorial control.",
    "This story was produced in partnership with the Northbridge Centre for Economic Reporting.",
    "This series is supported by a grant from the Ostrander Trust.",
    "Our climate coverage is funded by readers and by the Lindqvist Foundation; all content is editorially independent.",
    "Reporting for this series was funded by the Lindqvist Journalism Fund.",
    "The Courier's development journalism is supported by the Amara Foundation.",
    "We'll be at the launch in Cupertino and will have first impressions as soon as the event wraps.",
    "I will be in the room for the press conference and will post reaction straight after.",
    "Our correspondent will be in Frankfurt for the decision and will bring you Lagarde's remarks.",
    "We will be updating this story as the results come in.",
]

NEWS = [
    "The bank said about 2.4 million subscribers had signed up for its new savings account.",
    "The newspaper's owner said its newsletter business grew revenue by 18% in the third quarter.",
    "The minister posed for a photo with the delegates before the talks began on Monday.",
    "The central bank issued a correction to its inflation forecast, lowering it to 2.1% from 2.4%.",
    "Analysts expect the company to launch a WhatsApp channel for customer payments next year.",
    "The broadcaster will launch a new news channel in March, its chief executive said.",
    "Shares in the photo-sharing app rose 12% after it reported record revenue.",
    "Getty Images shares fell 8% after the company cut its revenue forecast.",
    "The fund is expected to join a group of investors backing the $2bn deal.",
    "Investors will follow the Fed's statement closely for signals on rate cuts.",
    "The statistics office corrected its earlier estimate of growth to 0.4% from 0.2%.",
    "Image sensors accounted for 40% of Sony's chip revenue in the quarter.",
    "Credit growth slowed to 5.1% in October, the central bank said.",
    "The company previously covered its dividend from cash reserves but will now borrow.",
    "The government will run a live auction of spectrum licences from 9am on Tuesday.",
    "Telegram said it had more than 1 billion monthly users in the third quarter.",
    "The central bank will publish a corrected version of its forecasts next week.",
    "Follow-on offerings raised $12bn in the quarter, Dealogic data showed.",
    "Reporting by the Financial Times suggested the deal could be worth $5bn.",
    "Advertising revenue rose 14% to $8.2bn, beating estimates.",
    "The leaders will sign up to a joint statement on critical minerals.",
    "Subscriptions to the streaming service rose to 12 million, up from 9 million a year earlier.",
    "Reuters reported on Tuesday that the bank would cut 2,000 jobs.",
    "The app's channels feature, which lets users follow creators, will launch in 150 countries.",
    "Correction in the stock market deepened on Friday, with the index down 10% from its peak.",
    "An earlier version of the budget, leaked in March, had put the deficit at $50bn.",
    "The treasurer is set to deliver his budget speech at 7.30pm.",
    "The company will hold a live stream of the launch event from 10am Pacific time.",
    "Sign-ups for the scheme reached 40,000 in the first week.",
    "The editor of the newspaper resigned on Friday after the board's vote.",
    "The minister said a correction in house prices was likely this year.",
    "Photos released by the ministry showed the new tanker at the port.",
    "The union's members will join the strike from Monday, its leader said.",
    "Shareholders will be able to follow the meeting online and vote by proxy.",
    "Image-recognition software sales rose 25% to $1.1bn.",
    "The report was written by economists at the IMF and published on Tuesday.",
    "Writers at the studio will strike from Monday after talks collapsed.",
    "The summit was updated to include a session on artificial intelligence.",
    "Its annual report, produced with the help of auditors, showed a 7% rise in profit.",
    "The airline will run a live trial of the new boarding system from 9am on Monday at Heathrow.",
    "Follow US lead on chip curbs, EU told, as Washington presses allies.",
    "Join US-led mission, Tokyo urged, as navy sends two destroyers.",
    "Prices of new homes checked in 4.2% higher than a year earlier, the statistics office said.",
    "The retailer said it would check prices at more than 300 stores every day after the fine.",
    "The airline will cover the cost of rebooking for passengers hit by the strike, it said on Tuesday.",
    "Investors can try the new trading app free for 30 days, the exchange said.",
    "The S&P 500 rose 0.3% to 5,102.40, while the Nasdaq gained 0.5%.",
    "Brent crude fell $1.20, or 1.4%, to $82.14 a barrel.",
    "Core inflation eased to 2.9% (-0.2 points) in March.",
    "Inflation: 2.4% (-0.1)",
    # first person, funding and "this …" in news (artdraft, labelled before the rules)
    "We expect the Pro to ship in November, a month after the base model.",
    "We will be at the table in Brussels and we will defend our farmers, the minister told reporters.",
    "We will not hesitate to act if inflation expectations drift.",
    "The plant was built with the financial support of the European Investment Bank and will open in 2027.",
    "This year's coverage ratio, supported by higher reserves, rose to 140%.",
    "The foundation said it would fund independent journalism in the region with a $50m grant.",
    "Our forecast is for the bank to cut rates twice more this year.",
    "This report is expected to show that inflation slowed to 2.1% in October.",
    "The insurer's flood coverage is supported by a state-backed reinsurance fund.",
    "Reporting by Bloomberg showed the bid was funded by two sovereign wealth funds.",
    # news of paywalls, offers and who may use a thing (artfig2, labelled before the rules)
    "The feature will be available only to paying subscribers of its premium tier from March, the company said.",
    "The newspaper said it would let readers see five free articles a month before asking them to pay.",
    "Seats at the summit dinner are reserved for heads of government.",
    "Access to the loans is restricted to firms with fewer than 250 staff.",
    "Get-out clauses in the deal allow either side to leave after 2028.",
    "Upgrade costs for the grid will reach $40bn by 2030, the regulator said.",
    "Try as it might, the bank could not stop the currency's slide.",
    "Premium subscribers rose 8% to 4.1 million in the quarter.",
    "Only members of the alliance can vote on the new budget rules.",
    "You have 30 days to file an appeal, the tax office told taxpayers.",
    "Response time for ambulances rose to 9 min in March.",
    "Reading time for the bill in parliament was cut to 6 minutes a clause.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_is_recognised(line: str) -> None:
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", NEWS)
def test_news_about_subscribers_photos_corrections_and_channels_is_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


def test_a_long_correction_note_is_one_note() -> None:
    # Over forty words a line is judged sentence by sentence, but a correction's restated figures are no claims.
    note = ("Correction: An earlier version of this article said the co-payment cap would take effect from July 1, "
            "2028, and that it would cost the budget $1.2 billion over four years. The cap takes effect from "
            "January 1, 2028, and will cost $1.4 billion over four years, the Treasury said.")
    assert len(note.split()) > 40 and furniture_kind(note) is not None


def test_the_prefilter_changes_no_kind_of_these_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    from summitcheck.extract import segmenting
    lines = FURNITURE + NEWS
    filtered = [furniture_kind(line) for line in lines]
    monkeypatch.setattr(segmenting, "_NEEDLES", {})
    assert [furniture_kind(line) for line in lines] == filtered


def test_wire_copy_drafts_its_news_and_none_of_its_furniture() -> None:
    labels = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    quotes = [c.quote for c in draft_article(HERE / "report.txt", "report").document.claims]
    for line in labels["not_claims"]:
        assert not any(line in q or q in line for q in quotes), line
    for sentence in labels["claims"]:
        assert any(sentence in q for q in quotes), sentence


def _quotes(text: str, role: str = "preview") -> list[str]:
    from summitcheck.extract import draft_claims
    return [c.quote or "" for c in draft_claims(text, role, "d").document.claims]


def test_the_outlets_own_plans_beside_a_promo_are_furniture() -> None:
    # A paragraph whose other sentence is furniture ("Follow along …") speaks of the page: its first-person sentence is
    # the outlet's plan, not a claim about the event. Invented, labelled before running (artdraft).
    text = ("Corvane to unveil its Nova Fold on Tuesday\n\n"
            "Corvane is expected to unveil the Nova Fold at a launch event in Oslo on Tuesday, priced at $1,799.\n\n"
            "Our team is heading to Oslo for the unveiling and will share hands-on photos straight away. Follow along"
            " on our live blog.\n")
    quotes = _quotes(text)
    assert any("Nova Fold at a launch event" in q for q in quotes)
    assert not any("hands-on" in q or "Follow along" in q for q in quotes), quotes


def test_a_first_person_forecast_stays_a_claim() -> None:
    # The outlet's own expectation is a claim of the preview (labelled before running).
    text = ("Corvane to unveil its Nova Fold on Tuesday\n\n"
            "The retail listing gave a price of $1,799 for the Nova Fold, and we expect the Nova Fold Lite to cost"
            " $1,299.\n\nWe expect the Nova Fold to ship in November, a month after the launch.\n")
    quotes = _quotes(text)
    assert any("we expect the Nova Fold Lite" in q for q in quotes)
    assert any(q.startswith("We expect the Nova Fold to ship") for q in quotes)


@pytest.mark.parametrize("heading", ["Elsewhere on Harbour Daily", "Don't Miss", "Also on Harbour Daily"])
def test_headlines_of_other_articles_in_a_list_are_furniture(heading: str) -> None:
    # Links to other stories under a heading no list names: a headline with a colon-attributed, single-quoted quote
    # marks the list; its siblings are headlines too. Invented, labelled before running (artdraft).
    text = ("Bank of Valdora set to cut rates again\n\n"
            "The Bank of Valdora is expected to cut its policy rate by 25 basis points to 3.5% on Thursday.\n\n"
            f"{heading}\n"
            "- Kolar: banks will pass on rate cuts 'within weeks'\n"
            "- Valdoran crown slides to a three-month low as exporters cheer\n"
            "- Explained: Why is the Valdoran crown falling?\n\n"
            "Economists also expect the bank to lower its 2027 inflation forecast to 2.1%.\n")
    quotes = _quotes(text)
    assert any("cut its policy rate by 25 basis points" in q for q in quotes)
    assert any("2027 inflation forecast" in q for q in quotes)
    assert not any("within weeks" in q or "crown slides" in q or "Explained" in q for q in quotes), quotes


def test_bullets_under_a_lead_or_a_summary_stay_claims() -> None:
    # A colon lead's items and a summary's bullets are the article's own claims, whatever their shape (labelled before
    # running).
    text = ("Budget to freeze fuel duty, lift defence spending\n\n"
            "Key points\n"
            "- Treasurer Hale: budget will be 'responsible'\n"
            "- Deficit seen at $38bn\n\n"
            "The budget is expected to include:\n"
            "- Defence Spending: an extra $2bn a year\n"
            "- Fuel Duty: frozen for a further year\n")
    quotes = _quotes(text)
    assert any("Treasurer Hale" in q for q in quotes)
    assert any("$2bn" in q for q in quotes)
    assert any("Fuel Duty" in q for q in quotes)
