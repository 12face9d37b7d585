"""Drafting classes of issue 14 (items 2, 3 and 5) found on the released article sets (artdraft, session 2026-11-22
12:15): a sentence that ends in a decimal figure ends there, several measures of one subject are a claim each, and
"it" as an object names what the sentence named before. Every text below is invented wire or newspaper copy; the
statements were written down before the rules (labelled before running)."""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims


def _statements(text: str, role: str) -> list[str]:
    return [c.statement for c in draft_claims(f"Headline of the day for a test\n\n{text}\n", role, "d").document.claims]


@pytest.mark.parametrize("text, role, statements", [
    # a full stop after a decimal figure ends the sentence: "1.1%." is no abbreviation like "U.S."
    ("The watchdog is expected to cut its growth forecast to 1.1%. That would leave borrowing at about 4.5% of GDP.",
     "preview", ["The watchdog is expected to cut its growth forecast to 1.1%",
                 "That would leave borrowing at about 4.5% of GDP"]),
    ("Two-year yields rose 5 basis points to 3.42%. The benchmark index closed 0.6% lower.",
     "report", ["Two-year yields rose 5 basis points to 3.42%", "The benchmark index closed 0.6% lower"]),
    ("The base model costs $1,299.99. Deliveries start in Germany on March 3.",
     "report", ["The base model costs $1,299.99", "Deliveries start in Germany on March 3"]),
    # abbreviations still do not end a sentence
    ("The U.S. Treasury is expected to sell $42 billion of notes at 1 p.m. ET on Tuesday.",
     "preview", ["The U.S. Treasury is expected to sell $42 billion of notes at 1 p.m. ET on Tuesday"]),
])
def test_a_sentence_ends_after_a_decimal_figure(text: str, role: str, statements: list[str]) -> None:
    assert _statements(text, role) == statements


@pytest.mark.parametrize("text, role, statements", [
    # several measures of one subject after one frame: a claim each, each with the frame
    ("The treasurer is expected to freeze the fuel excise for another year, raise the tobacco levy by 5% and extend "
     "the instant asset write-off to June 2028.", "preview",
     ["The treasurer is expected to freeze the fuel excise for another year",
      "The treasurer is expected to raise the tobacco levy by 5%",
      "The treasurer is expected to extend the instant asset write-off to June 2028"]),
    ("The government will scrap the stamp duty on first homes and double the childcare rebate.", "preview",
     ["The government will scrap the stamp duty on first homes", "The government will double the childcare rebate"]),
    ("Ministers are likely to cut the levy on solar panels, lift the cap on bank bonuses and fund 40 new clinics.",
     "preview", ["Ministers are likely to cut the levy on solar panels", "Ministers are likely to lift the cap on bank bonuses",
                 "Ministers are likely to fund 40 new clinics"]),
    # a report's measures in the past: each an outcome
    ("The finance minister froze the fuel excise, raised the tobacco levy by 6% and extended the write-off to June 2028.",
     "report", ["The finance minister froze the fuel excise", "The finance minister raised the tobacco levy by 6%",
                "The finance minister extended the write-off to June 2028"]),
    # a list of nouns is the object of one verb, not several measures
    ("The treasurer is expected to raise duties on tobacco, alcohol and gambling.", "preview",
     ["The treasurer is expected to raise duties on tobacco, alcohol and gambling"]),
    ("The government is expected to invest in roads, rail links and water treatment plants.", "preview",
     ["The government is expected to invest in roads, rail links and water treatment plants"]),
    # a participle after the measure is no second measure
    ("The ministry plans to launch a training scheme for small firms, backed by a fund of $2 billion.", "preview",
     ["The ministry plans to launch a training scheme for small firms, backed by a fund of $2 billion"]),
    # two verbs of one object are one measure
    ("The board is expected to review and extend the buyback programme.", "preview",
     ["The board is expected to review and extend the buyback programme"]),
])
def test_measures_of_one_subject_are_a_claim_each(text: str, role: str, statements: list[str]) -> None:
    assert _statements(text, role) == statements


@pytest.mark.parametrize("text, role, expected, absent", [
    # "it" as an object names the thing the clause before named: its subject when that is no organisation or person
    ("The digital services tax, which angered Washington last year, is not on the agenda, and the communique is "
     "expected to make no mention of it.", "preview",
     "The communique is expected to make no mention of the digital services tax", ""),
    # ... or the thing it named ("describes the Zephyr X2 as …, and we expect it to …")
    ("A regulatory filing describes the Zephyr X2 as \"foldable\", and we expect it to ship with a 7-inch screen.",
     "preview", "the Zephyr X2 to ship with a 7-inch screen", "filing to ship"),
    # ... also in the sentence before
    ("The real surprise is the Zephyr X2. Halden is charging $1,099 for it in the US.", "report",
     "Halden is charging $1,099 for the Zephyr X2 in the US", ""),
    # a company named as the subject before is what "it" names, not its product
    ("Norvik reported record revenue for its Falcon chip in the quarter. Analysts expect it to raise its dividend to 40 "
     "cents.", "preview", "Norvik", "Falcon"),
])
def test_it_as_an_object_names_what_came_before(text: str, role: str, expected: str, absent: str) -> None:
    last = _statements(text, role)[-1]
    assert expected in last
    assert not absent or absent not in last


def test_it_as_a_subject_after_a_speaker_is_left_alone() -> None:
    assert _statements("The Halden Group said it would keep its dividend at 40 cents a share.", "report") == [
        "The Halden Group said it would keep its dividend at 40 cents a share"]


@pytest.mark.parametrize("text, role, kept", [
    # a quotation's "it" is the speaker's
    ("The summit opens on Monday. One official said leaders \"will call it a win if chips are covered\" in the text.",
     "preview", "call it a win"),
    # a share of something is no thing to name
    ("The navy is expected to receive an extra $5 billion over four years, much of it for new frigates.", "preview",
     "much of it"),
    # "it" before a verb of its own is a subject ("the sum it expected to save")
    ("The savings plan was approved on Monday. The ministry did not publish the sum it expected to save.", "report",
     "the sum it expected to save"),
])
def test_it_is_left_alone_in_quotations_shares_and_clauses_of_its_own(text: str, role: str, kept: str) -> None:
    assert any(kept in s for s in _statements(text, role))


@pytest.mark.parametrize("text, role, statements", [
    # measures listed as the object of one verb, without a colon: a claim each, stated with the subject and verb
    ("The budget is expected to include a cut to the fuel excise, a freeze on income tax thresholds and a new levy on "
     "online betting.", "preview",
     ["The budget is expected to include a cut to the fuel excise",
      "The budget is expected to include a freeze on income tax thresholds",
      "The budget is expected to include a new levy on online betting"]),
    # ... or with semicolons
    ("The package will include a 2p cut to the basic rate; an extension of the energy rebate to April; and a £5bn fund "
     "for social housing.", "preview",
     ["The package will include a 2p cut to the basic rate", "The package will include an extension of the energy "
      "rebate to April", "The package will include a £5bn fund for social housing"]),
    # ... or "as well as"
    ("The treasurer is also expected to announce a review of the tobacco excise as well as a new tax on vaping "
     "products.", "preview",
     ["The treasurer is also expected to announce a review of the tobacco excise",
      "The treasurer is also expected to announce a new tax on vaping products"]),
    # a report's measures likewise
    ("The budget introduced a levy on sugary drinks, a tax break for first-home buyers and an extra $4 billion for "
     "hospitals.", "report",
     ["The budget introduced a levy on sugary drinks", "The budget introduced a tax break for first-home buyers",
      "The budget introduced an extra $4 billion for hospitals"]),
    # topics of one thing are no list of measures
    ("Ministers are expected to sign deals on critical minerals, artificial intelligence and quantum computing.",
     "preview", ["Ministers are expected to sign deals on critical minerals, artificial intelligence and quantum "
                 "computing"]),
    ("The bank will publish new forecasts for growth, inflation and unemployment.", "preview",
     ["The bank will publish new forecasts for growth, inflation and unemployment"]),
    # a claim with its circumstances is no list: "rates by 25 basis points, the third cut this year"
    # (its trailing aside goes, as before; the count is what this test is about)
    ("The central bank is expected to cut rates by 25 basis points, the third cut this year, on Thursday.", "preview",
     ["The central bank is expected to cut rates by 25 basis points"]),
])
def test_measures_listed_as_one_verbs_objects_are_a_claim_each(text: str, role: str, statements: list[str]) -> None:
    assert _statements(text, role) == statements


@pytest.mark.parametrize("text, role, wrong", [
    # an appositive after the claim is no second item
    ("The treasurer has delivered a budget with a $12 billion deficit, a sharp deterioration from the forecast.",
     "report", "has delivered a sharp deterioration"),
    # figures after a preposition are no measures of the verb
    ("Our sources put the Falcon S at £1,299 in the UK and €1,499 in the euro zone.", "preview", "put €1,499"),
    # "both … and" names one thing of two parts
    ("The minister left the tax bands unchanged under both the old and the new systems.", "report",
     "left the new systems"),
    # a clause with its own verb after "and" is no item
    ("The economy shed 20,000 jobs in May and the jobless rate climbed to 6.2%.", "report", "shed the jobless rate"),
])
def test_what_only_looks_like_a_list_stays_one_claim(text: str, role: str, wrong: str) -> None:
    assert not any(wrong in s for s in _statements(text, role))


def test_a_summary_bullet_keeps_its_measures_together() -> None:
    # "Key Takeaways" restate the body, which states each measure; split, a bullet's pieces compete with the body's
    # claims for the report's (labelled before running)
    text = ("Key Takeaways\n"
            "- Board expected to approve a buyback and a higher dividend\n\n"
            "Corvane's board is expected to approve a $2 billion share buyback on Thursday.\n\n"
            "The company is also likely to raise its quarterly dividend to 45 cents a share.")
    statements = _statements(text, "preview")
    assert "Board expected to approve a buyback and a higher dividend" in statements
    assert not any(s.endswith("approve a higher dividend") for s in statements)


@pytest.mark.parametrize("text, statements", [
    # "with" and a subject forecast to do something: its own claim
    ("The treasury is expected to forecast growth of 1.8% next year, with the jobless rate projected to rise to 6.1%.",
     ["The treasury is expected to forecast growth of 1.8% next year", "The jobless rate projected to rise to 6.1%"]),
])
def test_a_with_clause_that_looks_ahead_is_a_claim_of_its_own(text: str, statements: list[str]) -> None:
    assert _statements(text, "preview") == statements
