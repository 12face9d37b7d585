"""Under the threshold, a pair whose figures the linker tells apart is no answer (issue 13, item 4).

Pairing's decision under the threshold (pairing.answers, fitted by scripts/fit_pairing.py) takes a best
that is each other's closest.  When both claims give figures, none of one answers one of the other
(their names are not alike, their values differ) and the names give another period, model, place or
part, the shared words are all that joins them: the gate needs `lead_apart`, which the labelled sets
fit as never.  And what a best shares only through a relation to who is involved ("tipped" ≈ "bank"),
or a month both write, tells nothing of what happened.

The cases are invented (other events, names and places than any evaluation set), and each verdict was
written down as an editor would give it before the tool was run (pairgate5, 2026-11-22).  Some first
wordings scored over the threshold or not at all, so never met the decision under test: they were reworded
(more words the report does not share), their labels unchanged; the one that still scores over it is a
strict xfail.  The last test reads a released labelled case (tests/labelled/holdout6), labels untouched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summitcheck import Claim, Document, check_case, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure

LABELLED = Path(__file__).resolve().parent / "labelled"


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


# claims of other things, so that the pair under test is each other's closest and no more
_PREVIEW = (claim("ceo", "Chief executive Mara Lind is expected to announce a new factory in Poland"),
            claim("dividend", "The board will raise the dividend to 40 cents", ("dividend per share", "40 cents")),
            claim("guidance", "Full-year sales guidance is expected to be lowered"))
_REPORT = (claim("r-factory", "Lind said a site near Gdansk would open in 2028"),
           claim("r-dividend", "The dividend was raised to 40 cents a share", ("dividend per share", "40 cents")),
           claim("r-shares", "Shares closed 2% higher in Stockholm", ("share price change", "2%")),
           claim("r-guidance", "The company cut its full-year sales forecast"))


def verdict(mine: Claim, theirs: Claim) -> tuple[str, str | None, tuple[str, ...]]:
    result = decide(doc("preview", mine, *_PREVIEW), doc("report", theirs, *_REPORT))
    (e,) = [e for e in result.expectations if e.claim.id == mine.id]
    return e.verdict, e.match.claim.id if e.match else None, e.reasons


# (expectation, report claim): the editor finds the expectation absent (another month and measure, another
# configuration, another year and measure)
APART = [
    pytest.param(  # commodities: another month and another measure of the same crop
        claim("exports", "Ghana's seaborne cocoa exports are expected to slip below 40,000 tonnes in March",
              ("Ghana March seaborne cocoa exports", "below 40,000 tonnes")),
        claim("r-output", "Ghana's cocoa production stood at 61,000 tonnes in February, in line with its quota",
              ("Ghana February cocoa production", "61,000 tonnes")),
        id="commodities-another-month"),
    pytest.param(  # launch: another configuration's price of the same model
        claim("max-512", "The top Vela X2 Max with 512GB of storage will cost $1,399 when orders open next week",
              ("Vela X2 Max 512GB price", "$1,399")),
        claim("r-max-start", "The Vela X2 Max starts at $1,199 with 128GB", ("Vela X2 Max starting price", "$1,199")),
        id="launch-another-configuration"),
    pytest.param(  # budget: another year of another measure of the debt
        claim("net-debt", "Provincial net debt is forecast to reach C$14 billion by March 2027",
              ("provincial net debt, March 2027", "C$14 billion")),
        claim("r-ratio", "The provincial debt-to-GDP ratio is projected to decline to about 19 per cent by 2029-30",
              ("2029-30 provincial debt-to-GDP ratio", "about 19 per cent")),
        id="budget-another-year",
        marks=pytest.mark.xfail(strict=True, reason="scores 40.4, over the threshold, where figures told apart refuse "
                                "a pair only when both statements write what parts them (OVER below): the period read "
                                "'2029-2030' is written '2029-30'")),
]


@pytest.mark.parametrize(("mine", "theirs"), APART)
def test_figures_told_apart_are_no_answer_under_the_threshold(mine: Claim, theirs: Claim) -> None:
    got, match, reasons = verdict(mine, theirs)
    assert (got, match) == ("absent", None), reasons


def test_the_reason_names_the_figures_told_apart() -> None:
    mine, theirs = APART[0].values
    _, _, reasons = verdict(mine, theirs)
    said = " ".join(reasons)
    assert "'Ghana March seaborne cocoa exports' names mar where 'Ghana February cocoa production' names feb" in said, said


# (expectation, report claim): figures whose names merely differ (no period, model, place or part told
# apart) still pair; labelled "paired" before running (the verdict then follows the figures: the bank's
# was first labelled fulfilled, but $820 million expected against $870 million is contradicted by the
# editor's rule of tests/test_verdict_figures.py, so only the pairing is asserted)
NAMED_OTHERWISE = [
    pytest.param(
        claim("bad-debt", "Loan-loss provisions at Harlow Bank are expected to edge up to $820 million as "
                          "small-business loans sour", ("loan-loss provisions Q2 2026", "$820 million")),
        claim("r-credit", "Harlow Bank's credit impairment charges rose to $870 million, driven by small-business loans",
              ("credit impairment charges Q2 2026", "$870 million")),
        id="bank-one-charge-two-names"),
    pytest.param(
        claim("fares", "Average fares at Skylark are expected to edge up to €92 as business travel recovers",
              ("Skylark average fare Q3 2026", "€92")),
        claim("r-yield", "Skylark's revenue per passenger rose to €97 as business travel recovered",
              ("Skylark revenue per passenger Q3 2026", "€97")),
        id="airline-fare-two-names"),
    pytest.param(
        claim("basic", "The ad-supported Viewly plan will stay at £5.99 a month, analysts expect",
              ("ad-supported plan monthly price", "£5.99")),
        claim("r-basic", "Viewly left its Essentials with Ads plan unchanged at £5.99",
              ("Essentials with Ads monthly price", "£5.99")),
        id="streaming-same-price",
        marks=pytest.mark.xfail(strict=True, reason="verdict._pair's other_part refuses it (ads / ad supported read "
                                "as two parts) before pairing's decision is asked; the same value is not weighed there")),
]


@pytest.mark.parametrize(("mine", "theirs"), NAMED_OTHERWISE)
def test_figures_named_otherwise_still_pair(mine: Claim, theirs: Claim) -> None:
    got, match, reasons = verdict(mine, theirs)
    assert got != "absent" and match == theirs.id, reasons


def test_a_bridge_to_who_is_involved_and_a_month_tell_nothing() -> None:
    # released holdout6 case: "tipped" ≈ "bank" (the bank is who is involved) and "December" were all that
    # "trimmed mean inflation at 2.7% by December 2026" shared with "weaker household spending in the
    # December quarter"; the editor matched another claim, so answering it made up a pair
    result = check_case(LABELLED / "holdout6" / "rba-feb-cut-h6a")
    (e,) = [e for e in result.expectations if e.claim.id == "trimmed-mean-2026"]
    assert e.match is None or e.match.claim.id != "household-spending", e.reasons


# Over the threshold, figures told apart refuse the pair only when each statement writes what parts them:
# the seed pairs "The economy is expected to grow 2.1%" with "The economy grew 1.8%" whatever periods the
# figures' names give (tests/test_verdict_figures.py).  (expectation, report claim): the editor finds the
# expectation absent.
OVER = [
    pytest.param(  # launch: the price in one market against another configuration's
        claim("japan-max", "In Japan the Orion 5 Max will sell for ¥189,800 at launch",
              ("Orion 5 Max price in Japan", "¥189,800")),
        claim("r-max-1tb", "The Orion 5 Max with 1TB of storage sells for $1,599",
              ("Orion 5 Max 1TB price", "$1,599")),
        id="launch-market-against-configuration"),
    pytest.param(  # earnings: a quarter against a half
        claim("china-q3", "Sales in China are expected to fall 5% in the third quarter, analysts say",
              ("China sales change third quarter", "-5%")),
        claim("r-china-h1", "Sales in China fell 8% in the first half as demand for luxury goods slumped",
              ("China sales change first half", "-8%")),
        id="earnings-quarter-against-half"),
    pytest.param(  # budget: one region's levy against another's
        claim("levy-scotland", "In Scotland the new visitor levy is expected to raise £120 million a year",
              ("visitor levy revenue Scotland", "£120 million")),
        claim("r-levy-wales", "In Wales the visitor levy is projected to raise £30 million a year",
              ("visitor levy revenue Wales", "£30 million")),
        id="budget-another-region",
        marks=pytest.mark.xfail(strict=True, reason="Scotland and Wales are no place the package reads (the lexicon's "
                                "countries leave out a country's parts), so the two names are alike and their figures "
                                "are compared: a spurious 'figure differs'")),
]


@pytest.mark.parametrize(("mine", "theirs"), OVER)
def test_figures_told_apart_in_the_statements_refuse_the_pair(mine: Claim, theirs: Claim) -> None:
    got, match, reasons = verdict(mine, theirs)
    assert (got, match) == ("absent", None), reasons


# Another owner in the same slot: each statement names whose thing it speaks of ("Hong Kong's accession" / "Sri
# Lanka's bid"), and neither writes the other's (pairing.other_owner).  (expectation, report claim, the editor's
# verdict and match), labelled before running.
# Above the threshold two owners' names alone no longer refuse a pair (review, 2026-11-23): one owner is often
# named two ways ("Alphabet's revenue" / "Google's revenue", "Reeves's budget" / "the Treasury's budget"), and
# the package cannot tell a brand from a rival; tests/test_review_s8_fixes.py holds both sides.
OWNER_GAP = "known gap: above the threshold another owner's name alone does not refuse the pair"
OWNERS = [
    pytest.param(claim("pr-bid", "Leaders will back Puerto Rico's bid to host the 2031 regional games"),
                 claim("r-guam", "Leaders agreed to review Guam's bid to host the regional games"),
                 ("absent", None), marks=pytest.mark.xfail(strict=True, reason=OWNER_GAP), id="summit-another-bidder"),
    pytest.param(claim("zephyr-cloud", "Analysts expect Zephyr's cloud unit to post record quarterly revenue"),
                 claim("r-lumen", "Lumen's cloud unit posted record quarterly revenue"),
                 ("absent", None), marks=pytest.mark.xfail(strict=True, reason=OWNER_GAP), id="earnings-another-company"),
    pytest.param(claim("westpac-line", "The central bank will extend Westpac's emergency credit line by six months"),
                 claim("r-macquarie", "The central bank extended Macquarie's emergency credit line by six months"),
                 ("absent", None), marks=pytest.mark.xfail(strict=True, reason=OWNER_GAP), id="central-bank-another-lender"),
    # controls: one owner, named by both or written in the other claim
    pytest.param(claim("zephyr-cloud", "Analysts expect Zephyr's cloud unit to post record quarterly revenue"),
                 claim("r-zephyr", "Zephyr's cloud division posted record quarterly revenue"),
                 ("fulfilled", "r-zephyr"), id="earnings-one-owner"),
    pytest.param(claim("zephyr-cloud", "Analysts expect Zephyr's cloud unit to post record quarterly revenue"),
                 claim("r-at-zephyr", "Quarterly revenue at the cloud unit of Zephyr hit a record"),
                 ("fulfilled", "r-at-zephyr"), id="earnings-owner-written-otherwise"),
]


@pytest.mark.parametrize(("mine", "theirs", "expected"), OWNERS)
def test_another_owner_is_another_thing(mine: Claim, theirs: Claim, expected: tuple[str, str | None]) -> None:
    got, match, reasons = verdict(mine, theirs)
    assert (got, match) == expected, reasons
    if expected[1] is None:
        assert any("names" in r and "'s where it names" in r for r in reasons), reasons


# A statement that says what its one figure's measure leaves out ("Underlying", "Core", "Adjusted") against one
# that says "Headline", their figures named alike without it: two measures, so no discrepancy (labelled before
# running; the verdicts are left to pairing, only the discrepancies are asserted).
EXCLUSIONS = [
    pytest.param(claim("op-profit", "Underlying operating profit is expected at £410 million",
                       ("operating profit 2026", "£410 million")),
                 claim("r-op-profit", "Headline operating profit came in at £380 million",
                       ("operating profit 2026", "£380 million")), 0, id="earnings-underlying-headline"),
    pytest.param(claim("core", "Core inflation is projected at 2.4% in 2027", ("inflation forecast 2027", "2.4%")),
                 claim("r-headline", "Headline inflation is forecast at 2.1% in 2027", ("inflation forecast 2027", "2.1%")),
                 0, id="central-bank-core-headline"),
    pytest.param(claim("eps", "Adjusted earnings per share are seen at 95 cents", ("EPS Q3", "95 cents")),
                 claim("r-eps", "Headline earnings per share were 88 cents", ("EPS Q3", "88 cents")),
                 0, id="retail-adjusted-headline"),
    # control: both statements say core, the figures differ: one discrepancy
    pytest.param(claim("core", "Core inflation is projected at 2.4% in 2027", ("inflation forecast 2027", "2.4%")),
                 claim("r-core", "Core inflation is forecast at 2.9% in 2027", ("inflation forecast 2027", "2.9%")),
                 1, id="central-bank-core-both"),
]


@pytest.mark.parametrize(("mine", "theirs", "found"), EXCLUSIONS)
def test_a_measure_said_to_leave_something_out_is_not_the_headline(mine: Claim, theirs: Claim, found: int) -> None:
    result = decide(doc("preview", mine, *_PREVIEW), doc("report", theirs, *_REPORT))
    assert len(result.discrepancies) == found, [d.preview_claim.id for d in result.discrepancies]
