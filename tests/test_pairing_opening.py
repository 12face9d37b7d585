"""Who said it, when a sentence opens with it, is not what was said (issue 13: "weight what the claim is
about … over its filler"; issue 14: drafted sentences are long).

A drafted preview sentence often opens with its source ("Britain's sherpa, Alastair Brede, told reporters on
Monday that leaders would …", "Analysts at a broker said they expected …"), and a report sentence too ("The
bank's chief economist said the new track was …").  The speaker's name and title are five terms for one
person: they must not pair the sentence with another quote of that person, and what was reported ("leaders
would set up a working group") must weigh as the head of the sentence.  Likewise a bracketed gloss inside
the main clause ("open market operation (OMO) bills to mop up …") does not end it: the clause goes on.

All claims are invented (other events, people and places than any evaluation set); each verdict and match
was written down, as an editor would give it, before the tool was run (artpair, 2026-11-23).
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.pairing import opening_attribution


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str) -> Claim:
    return Claim(id=cid, statement=statement)


def matches(preview: Document, report: Document) -> dict[str, str | None]:
    return {e.claim.id: e.match.claim.id if e.match else None for e in decide(preview, report).expectations}


# summit: the sherpa's closing quote is no answer to the working group he announced
def test_a_speakers_quote_does_not_answer_what_he_said_would_happen() -> None:
    preview = doc("preview",
                  claim("group", "Norway's sherpa, Eirik Vold, told reporters on Monday that leaders would also agree "
                                 "to set up a standing task force on Arctic shipping safety, which would report back "
                                 "to next year's meeting"),
                  claim("fund", "Leaders are expected to launch a fund for coastal resilience"))
    report = doc("report",
                 claim("r-quote", '"We got most of what we came for," Norway\'s sherpa Eirik Vold told reporters '
                                  'at the close'),
                 claim("r-group", "Plans for a standing task force on Arctic shipping safety were dropped in the final "
                                  "hours of the talks"),
                 claim("r-fund", "Leaders launched a coastal resilience fund with $2 billion of pledges"))
    got = matches(preview, report)
    assert got["group"] == "r-group"
    assert got["fund"] == "r-fund"


# launch: the chief executive said a date; the report's quote of her on demand is another fact.  An editor pairs
# the packs with the report's delay (contradicted); the tool reads "fourth quarter" / "first quarter of next year"
# as two periods, another fact (pairing.false_friend), so the expectation stays absent: it no longer pairs with
# the quote, as it did before opening attributions were read
@pytest.mark.xfail(strict=True, reason="another quarter is another fact to the period veto")
def test_a_chief_executives_forecast_pairs_with_the_outcome_not_her_other_remarks() -> None:
    preview = doc("preview",
                  claim("ship", "Chief executive Hanne Lund said on Tuesday that the company would ship its first "
                                "solid-state battery packs to carmakers in the fourth quarter, earlier than analysts "
                                "had assumed"),
                  claim("plant", "Voltra is expected to name the site of its second plant"))
    report = doc("report",
                 claim("r-quote", "Chief executive Hanne Lund told analysts on a call that demand from carmakers "
                                  "had never been stronger"),
                 claim("r-ship", "The first solid-state battery packs will now reach carmakers in the first quarter "
                                 "of next year"),
                 claim("r-shares", "Voltra shares fell 6% in Oslo"))
    got = matches(preview, report)
    assert got["ship"] == "r-ship"
    assert got["plant"] is None


# plant opening: the same chief executive, a plan without a period the veto reads
def test_a_chief_executives_plan_pairs_with_the_outcome_not_her_other_remarks() -> None:
    preview = doc("preview",
                  claim("plant", "Chief executive Hanne Lund said on Tuesday that the company would open its second "
                                 "battery plant in Poland next spring, earlier than analysts had assumed"))
    report = doc("report",
                 claim("r-quote", "Chief executive Hanne Lund told analysts on a call that demand from carmakers "
                                  "had never been stronger"),
                 claim("r-plant", "The second battery plant in Poland will open next spring, as planned"))
    assert matches(preview, report)["plant"] == "r-plant"


# budget forecast: who expects it is the bank's economists; the report quotes one of them on something else
def test_an_economists_remark_is_no_answer_to_what_economists_expected() -> None:
    preview = doc("preview",
                  claim("growth", "Economists also expect the ministry to cut its forecast for economic growth in "
                                  "the year to June to about 1.2 per cent, from 1.8 per cent in its spring update"),
                  claim("deficit", "The deficit is forecast to narrow to 2.9% of output next year"))
    report = doc("report",
                 claim("r-quote", 'Fjord Bank chief economist Tomas Berge said the new plan was "more cautious than '
                                  'we or the market expected"'),
                 claim("r-deficit", "The deficit is projected to narrow to 3.1% of output next year"),
                 claim("r-bonds", "Ten-year bond yields rose 5 basis points after the statement"))
    got = matches(preview, report)
    assert got["growth"] is None  # nothing of the growth forecast was reported
    assert got["deficit"] == "r-deficit"


# central bank: a bracketed acronym inside the main clause does not end it
def test_a_bracketed_gloss_does_not_end_the_main_clause() -> None:
    preview = doc("preview",
                  claim("notes", "The Bank of Ghana is expected to signal that it will keep selling short-term "
                                 "liquidity notes (SLNs) to drain excess cash from the banking system and support "
                                 "the cedi"),
                  claim("rate", "The bank is expected to hold its policy rate at 27%"))
    report = doc("report",
                 claim("r-notes", "The bank said it would continue to use liquidity notes to drain surplus cash "
                                  "from the banking system"),
                 claim("r-sln", "Traders said SLN auctions have been undersubscribed since March"),
                 claim("r-rate", "The Bank of Ghana held its policy rate at 27%"))
    got = matches(preview, report)
    assert got["notes"] == "r-notes"
    assert got["rate"] == "r-rate"


# a sentence whose source is what it is about still pairs: the attribution only weighs less
def test_a_reported_plan_still_pairs_with_its_outcome() -> None:
    preview = doc("preview",
                  claim("visit", "Prime Minister Ola Berg said on Sunday that she would attend the Nordic energy "
                                 "summit in Reykjavik and sign the joint declaration on offshore wind"))
    report = doc("report",
                 claim("r-visit", "Berg attended the Nordic energy summit in Reykjavik and signed the joint "
                                  "declaration on offshore wind"),
                 claim("r-quote", "Berg told reporters the talks had been constructive"))
    assert matches(preview, report)["visit"] == "r-visit"


# Short sentences too: who spoke opens them as a closing attribution closes a quote, whatever their length
# central bank: the governor's other remark is no answer
def test_a_short_sentence_pairs_by_what_was_said_not_by_who_said_it() -> None:
    preview = doc("preview",
                  claim("test", "Governor Ana Silva told reporters that the bank would publish its first climate "
                                "stress test in June"))
    report = doc("report",
                 claim("r-quote", "Governor Ana Silva told reporters that inflation was coming down"),
                 claim("r-test", "The bank will publish the results of its first climate stress test in September"))
    assert matches(preview, report)["test"] == "r-test"


# earnings: analysts said two things
def test_analysts_saying_something_else_is_no_answer() -> None:
    preview = doc("preview",
                  claim("guide", "Analysts said the retailer would raise its full-year sales guidance"))
    report = doc("report",
                 claim("r-quote", "Analysts said the results were messy"),
                 claim("r-jobs", "The retailer cut 300 jobs in its logistics arm"))
    assert matches(preview, report)["guide"] is None


# budget: the Treasury says two things
def test_the_treasury_saying_something_else_is_no_answer() -> None:
    preview = doc("preview",
                  claim("fuel", "The Treasury says fuel duty will rise by 5p a litre in April"))
    report = doc("report",
                 claim("r-deficit", "The Treasury says the deficit will narrow next year"),
                 claim("r-fuel", "Fuel duty will go up by 5p a litre from April"))
    assert matches(preview, report)["fuel"] == "r-fuel"


@pytest.mark.parametrize(("statement", "head"), [
    ("Britain's sherpa, Alastair Brede, told reporters on Monday that leaders would also agree to set up a group",
     "leaders would also agree to set up a group"),
    ("Analysts at a broker said they expected a split vote among the members", "they expected a split vote among "
                                                                                 "the members"),
    ("Kauri Bank chief economist Tomas Whitcombe said the new track was more aggressive", "the new track was more "
                                                                                          "aggressive"),
    ("The ministry says higher costs and import tariffs are behind the price rise", "higher costs and import "
                                                                                    "tariffs are behind the price rise"),
    # a "that" after a verb of the reported clause opens a relative clause, not what was said
    ("Estate agents said the levy would slow a market that had only just started to recover",
     "the levy would slow a market that had only just started to recover"),
])
def test_an_opening_attribution_is_read(statement: str, head: str) -> None:
    assert statement[opening_attribution(statement):] == head


@pytest.mark.parametrize("statement", [
    "The bank will cut rates, the governor said",  # a closing attribution, not an opening one
    "Revenue is expected to rise and the chief executive said margins would hold",  # said is in a later clause
    "The central bank said",  # nothing reported after it
    "The minutes showed that two members wanted a hike",  # showed is no verb of saying
])
def test_no_opening_attribution(statement: str) -> None:
    assert opening_attribution(statement) == 0


@pytest.mark.parametrize("text", [
    "A" * 5000, "Aa " * 3000, "Said " * 3000, "1" * 5000, ", " * 3000, "( " * 3000, "The Big Bank " * 1000 + "said",
    "x said " * 2000, "that " * 3000,
])
def test_no_hang_on_pathological_input(text: str) -> None:
    start = time.process_time()
    opening_attribution(text)
    assert time.process_time() - start < 0.5
