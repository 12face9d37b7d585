"""One person, however named (issue 13, "role for name"), and who forecasts is not what is forecast.

A preview names a person in full with a role ("Governor Kim Sung-taek", "Chief executive Anna Berg");
the report calls them by surname alone ("Kim told reporters", "Berg said").  Every word of the full
mention must meet the surname, whichever comes last (a Korean or Japanese name puts the surname first).
An expectation that closes with its source ("…, according to estimates from the budget office") is
about what is estimated, not about who estimates it.

All claims are invented (other events, people and places than any evaluation set). Each verdict was
written down as an editor would give it before the tool was run (pairpara5, 2026-11-22); the three
variants of each class come from other domains than the miss that prompted it.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.pairing import _person_mentions, claims_lexicon, score_pair
from summitcheck.text import terms


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str) -> Claim:
    return Claim(id=cid, statement=statement)


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# central bank, a surname written first: "Governor Kim Sung-taek" / "Kim told reporters"
def test_a_governor_named_surname_first_scores_with_the_surname_alone() -> None:
    lexicon = claims_lexicon([claim("hint", "Governor Kim Sung-taek is expected to hint at a rate cut at his "
                                            "post-decision briefing."),
                              claim("r-kim", "Kim told reporters the board stood ready to lower borrowing costs "
                                             "if exports kept slowing.")])
    assert score_pair(lexicon, 0, 1) >= 35


@pytest.mark.xfail(strict=True, reason="pairing's object veto (_other_object) reads 'at his post-decision briefing' "
                   "as what is cut, against 'borrowing costs': the setting of a cut is no object of it")
def test_a_governor_named_surname_first_meets_the_surname_alone() -> None:
    preview = doc("preview",
                  claim("hint", "Governor Kim Sung-taek is expected to hint at a rate cut at his post-decision "
                                "briefing."),
                  claim("hold", "The board is expected to keep the base rate at 3.0%."),
                  claim("won", "The won is expected to weaken after the decision."))
    report = doc("report",
                 claim("r-kim", "Kim told reporters the board stood ready to lower borrowing costs if exports "
                                "kept slowing."),
                 claim("r-hold", "The board held the base rate at 3.0%."),
                 claim("r-bonds", "Three-year bond yields fell four basis points."))
    got = verdicts(preview, report)
    assert got["hint"] == ("fulfilled", "r-kim")
    assert got["hold"] == ("fulfilled", "r-hold")
    assert got["won"] == ("absent", None)


# earnings, the role before the name in lower case: "Chief executive Anna Berg" / "Berg said"
def test_a_chief_executive_named_in_full_meets_her_surname() -> None:
    preview = doc("preview",
                  claim("plan", "Chief executive Anna Berg, who joined from a rival last year, is expected to "
                                "unveil savings at the paper division."),
                  claim("retire", "Chief executive Anna Berg is also expected to announce her retirement."),
                  claim("sales", "Quarterly sales are forecast to fall for a fourth straight quarter."))
    report = doc("report",
                 claim("r-berg", "Berg said the group would cut spending at its paper division by a fifth."),
                 claim("r-sales", "Quarterly sales fell for a fourth straight quarter."),
                 claim("r-shares", "The shares rose 3% in Stockholm."))
    got = verdicts(preview, report)
    assert got["plan"] == ("fulfilled", "r-berg")
    assert got["retire"] == ("absent", None)  # the same person, another act: nothing of a retirement
    assert got["sales"] == ("fulfilled", "r-sales")


# summit, a Japanese name in its own order: "Prime Minister Sato Hiroshi" / "Sato said"
def test_a_prime_minister_named_surname_first_meets_the_surname_alone() -> None:
    preview = doc("preview",
                  claim("cables", "Prime Minister Sato Hiroshi will propose a joint fund to protect undersea "
                                  "cables."),
                  claim("visit", "The leaders are expected to agree on a visit to Manila next spring."))
    report = doc("report",
                 claim("r-sato", "Sato said the partners should pool money to protect undersea cables from "
                                 "sabotage."),
                 claim("r-coast", "The leaders agreed to hold joint coast guard drills."))
    got = verdicts(preview, report)
    assert got["cables"] == ("fulfilled", "r-sato")
    assert got["visit"] == ("absent", None)


def test_a_product_or_company_run_is_no_person() -> None:
    # "Zorvex" is a name the report uses alone as a subject, but "Zorvex Max" is a product of it, not
    # the same thing named in full: the run neither ends with the name nor holds a title
    mentions = _person_mentions(["The Zorvex Max will ship in May.", "Zorvex said the Zorvex Max would slip."])
    assert mentions == set()
    # a full name with its role: every word meets the surname
    mentions = _person_mentions(["Analysts expect finance minister Olga Varga to raise the VAT rate.",
                                 "Varga said the rate would rise."])
    assert mentions == {("varga", frozenset(s for s, _ in terms("finance minister Olga", lexicon=True)))}


# central bank: the forecasters named at the end
def test_who_forecasts_is_not_what_is_forecast_central_bank() -> None:
    preview = doc("preview",
                  claim("infl", "Inflation will ease below target by the autumn, according to the staff "
                                "forecasts of the central bank's research department."),
                  claim("rate", "The bank will keep its policy rate unchanged."))
    report = doc("report",
                 claim("r-infl", "Consumer price inflation eased below target in September, the statistics "
                                 "office said."),
                 claim("r-krone", "The krone strengthened against the euro."))
    got = verdicts(preview, report)
    assert got["infl"] == ("fulfilled", "r-infl")


@pytest.mark.xfail(strict=True, reason="a lone claim of another thing answers under the threshold (the fitted gate "
                   "pairs 'keep its policy rate unchanged' with 'the krone strengthened'): a false friend, not "
                   "this file's mechanism")
def test_the_unanswered_expectation_of_that_case_stays_absent() -> None:
    preview = doc("preview",
                  claim("infl", "Inflation will ease below target by the autumn, according to the staff "
                                "forecasts of the central bank's research department."),
                  claim("rate", "The bank will keep its policy rate unchanged."))
    report = doc("report",
                 claim("r-infl", "Consumer price inflation eased below target in September, the statistics "
                                 "office said."),
                 claim("r-krone", "The krone strengthened against the euro."))
    assert verdicts(preview, report)["rate"] == ("absent", None)


# earnings: the brokers' consensus named at the end
def test_who_forecasts_is_not_what_is_forecast_earnings() -> None:
    preview = doc("preview",
                  claim("margin", "Second-half margins should widen, according to estimates compiled by the "
                                  "company from twelve brokers."),
                  claim("buyback", "The company will announce a share buyback."))
    report = doc("report",
                 claim("r-margin", "The margin widened in the second half, helped by cheaper freight."),
                 claim("r-debt", "Net debt fell to its lowest in five years."))
    got = verdicts(preview, report)
    assert got["margin"] == ("fulfilled", "r-margin")
    assert got["buyback"] == ("absent", None)


# budget: the fiscal watchdog named at the end
def test_who_forecasts_is_not_what_is_forecast_budget() -> None:
    preview = doc("preview",
                  claim("gap", "Next year's shortfall should narrow sharply, according to estimates from the "
                               "Parliamentary Budget Office."),
                  claim("tax", "The government will raise the tax on tobacco."))
    report = doc("report",
                 claim("r-gap", "The government projects next year's shortfall will narrow to its smallest in "
                                "a decade."),
                 claim("r-fuel", "Fuel duty is frozen for another year."))
    got = verdicts(preview, report)
    assert got["gap"] == ("fulfilled", "r-gap")
    assert got["tax"] == ("absent", None)


def test_a_surname_that_is_also_a_word_is_a_name_where_the_claims_write_it_as_one() -> None:
    # "Bird" is a WordNet word, but the claims write it capitalised inside a sentence and never in lower
    # case: a name; "Analysts" opening a sentence is a word the claims also write in lower case
    mentions = _person_mentions(["Analysts expect chief executive Sarah Bird to unveil savings at the mills.",
                                 "Bird said the group would cut spending at its mills.",
                                 "Analysts said the cuts were overdue, as analysts had argued."])
    assert mentions == {("bird", frozenset(s for s, _ in terms("chief executive Sarah", lexicon=True)))}


# earnings, the same person, another act: sharing only who is involved pairs nothing
def test_the_same_person_doing_another_thing_is_no_answer() -> None:
    preview = doc("preview",
                  claim("plan", "Chief executive Anna Lindqvist, who joined from a rival last year, is expected to "
                                "unveil savings at the paper division."),
                  claim("retire", "Chief executive Anna Lindqvist is also expected to announce her retirement."))
    report = doc("report",
                 claim("r-lindqvist", "Lindqvist said the group would cut spending at its paper division by a fifth."),
                 claim("r-shares", "The shares rose 3% in Stockholm."))
    got = verdicts(preview, report)
    assert got["plan"] == ("fulfilled", "r-lindqvist")
    assert got["retire"] == ("absent", None)


# earnings, a surname that is also a word: "Chief executive Sarah Bird" / "Bird said"
def test_a_chief_executive_whose_surname_is_a_word_meets_it() -> None:
    preview = doc("preview",
                  claim("plan", "Chief executive Sarah Bird is expected to unveil savings at the paper division."),
                  claim("sales", "Quarterly sales are forecast to fall for a fourth straight quarter."))
    report = doc("report",
                 claim("r-bird", "Bird said the group would cut spending at its paper division by a fifth."),
                 claim("r-sales", "Quarterly sales fell for a fourth straight quarter."),
                 claim("r-shares", "The shares rose 3% in Stockholm."))
    got = verdicts(preview, report)
    assert got["plan"] == ("fulfilled", "r-bird")
    assert got["sales"] == ("fulfilled", "r-sales")
