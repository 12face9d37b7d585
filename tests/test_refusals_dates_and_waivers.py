"""Readings editors of the blind claim sets use (issue 13), on invented claims of several domains; the verdicts were
written down before the tool was run on them.

- "declined to" / "refused to" is a refusal, which polarity reads: no term of what happened (it used to be read as
  a fall, "declined" ≈ "decrease", and as a word the other claim must also write).
- A year a figure gives as its value is when the thing happens ("a decision in the second half of 2027" / "pushed
  back to the first half of 2028"): two such dates are one event at two dates, not two facts of two years.
- Waiving a tariff, a fee or a rule suspends it.
- Two acronyms tell two metric names apart ("payload to LEO" / "payload to GTO"); one acronym against words still
  may stand for them.
- An acronym spelt out with a hyphenated compound or a plural's possessive: "value-added tax" (VAT), "purchasing
  managers' index" (PMI).
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure
from summitcheck.pairing import article_acronyms
from summitcheck.text import terms


def claim(key: str, statement: str, *figures: tuple[str, str], negated: bool | None = None) -> Claim:
    return Claim(id=key, statement=statement, negated=negated,
                 figures=tuple(Figure(metric, parse_figure(value)) for metric, value in figures))


def checked(expected: Claim, *outcomes: Claim) -> tuple[str, str | None, int]:
    """(verdict, the report claim paired, discrepancies) of one expectation at the default settings."""
    result = decide(Document(id="p", role="preview", title="p", claims=(expected,)),
                    Document(id="r", role="report", title="r", claims=outcomes))
    (found,) = result.expectations
    return found.verdict, found.match.claim.id if found.match else None, len(result.discrepancies)


def test_a_refusal_verb_is_no_term() -> None:
    assert "decrease" not in {s for s, _ in terms("The firm declined to comment on job losses")}
    assert "decrease" in {s for s, _ in terms("Sales declined 3% in the quarter")}
    assert not {"refus", "refuse"} & {s for s, _ in terms("Hungary refused to sign the declaration")}


@pytest.mark.parametrize("expected, outcome, want", [
    # a company: "decline to comment" against "would not comment"
    (claim("e", "The company will decline to comment on takeover talks"),
     claim("r", "The company would not comment on reports of a takeover approach", negated=True), "fulfilled"),
    # a summit: "refuse to join" against "declined to sign", and against signing
    (claim("e", "Beijing is expected to refuse to join the statement on Ukraine"),
     claim("r", "China declined to sign the joint statement on Ukraine", negated=True), "fulfilled"),
    (claim("e", "Beijing is expected to refuse to join the statement on Ukraine", negated=True),
     claim("r", "China signed the joint statement on Ukraine"), "contradicted"),
])
def test_refusals_written_either_way(expected: Claim, outcome: Claim, want: str) -> None:
    assert checked(expected, outcome)[:2] == (want, "r")


@pytest.mark.parametrize("expected, outcome", [
    # a miner: the decision's date is what the claims predict
    (claim("e", "A final investment decision on the port expansion remains on track for the second half of 2027",
           ("timing of port expansion investment decision", "second half of 2027")),
     claim("r", "The investment decision on the port expansion has been pushed back to the first half of 2028",
           ("timing of port expansion investment decision", "first half of 2028"))),
    # a launch: another date for one launch
    (claim("e", "The weather satellite will launch in March 2027", ("weather satellite launch date", "March 2027")),
     claim("r", "The weather satellite's launch has slipped to May 2028", ("weather satellite launch date", "May 2028"))),
])
def test_a_date_given_as_a_figure_is_no_other_year(expected: Claim, outcome: Claim) -> None:
    # (whether the two dates differ is the figure reader's to judge)
    assert checked(expected, outcome)[1] == "r"


def test_a_year_that_qualifies_a_figure_still_parts_two_facts() -> None:
    # a forecast: growth in 2026 is not growth in 2025
    got = checked(claim("e", "The economy is expected to grow 2.1% in 2026", ("2026 GDP growth", "2.1%")),
                  claim("r", "The economy grew 1.8% in 2025", ("2025 GDP growth", "1.8%")))
    assert got == ("absent", None, 0)


@pytest.mark.parametrize("expected, outcome, want", [
    # trade: resisting a suspension is blocking a waiver
    (claim("e", "Trinidad and Tobago is expected to resist a proposal to suspend the Common External Tariff on "
                "imported poultry"),
     claim("r", "Port of Spain blocked a Jamaican-backed proposal to waive the CET on chicken imports for 12 months"),
     "fulfilled"),
    # tourism: a fee waived is a fee suspended
    (claim("e", "The government is expected to waive visa fees for Indian tourists"),
     claim("r", "Visa fees for Indian tourists were suspended for a year"), "fulfilled"),
    # a budget: a duty kept is no duty waived
    (claim("e", "The ministry will waive the import duty on rice"),
     claim("r", "The ministry kept the import duty on rice"), "contradicted"),
    # banking: a requirement that still applies was not waived
    (claim("e", "The regulator is expected to waive the capital requirement for small lenders"),
     claim("r", "Small lenders remain subject to the capital requirement"), "contradicted"),
    # labour: waiving objections is consenting, as dropping them is
    (claim("e", "The union will drop its objections to the merger"),
     claim("r", "The union waived its objections to the merger"), "fulfilled"),
])
def test_a_waiver_suspends(expected: Claim, outcome: Claim, want: str) -> None:
    assert checked(expected, outcome)[:2] == (want, "r")


def test_two_acronyms_part_two_metric_names() -> None:
    # a rocket's payload to low Earth orbit is not its payload to geostationary transfer orbit
    got = checked(claim("e", "The Kestrel-2 can lift 8 tonnes to low Earth orbit", ("Kestrel-2 payload to LEO", "8 tonnes")),
                  claim("r", "The rocket is rated to carry 8,000 kg to low-Earth orbit",
                        ("payload capacity to low Earth orbit", "8,000 kg")),
                  claim("g", "The Kestrel-2 can also send 3 tonnes to geostationary transfer orbit",
                        ("Kestrel-2 payload to GTO", "3 tonnes")))
    assert got == ("fulfilled", "r", 0)


def test_a_compound_and_a_possessive_spell_an_acronym() -> None:
    assert article_acronyms(["VAT will rise to 22%", "The value-added tax rate goes up"]).get("value-added tax") == "vat"
    found = article_acronyms(["The PMI is expected to rise to 51", "The purchasing managers' index rose to 51.2"])
    assert found.get("purchasing managers' index") == "pmi"
    # not a possessive's word alone
    assert "managers'" not in article_acronyms(["The MI rose", "The managers' index rose"])


@pytest.mark.parametrize("text", [
    "declined " * 5000, "refuse to " * 3000, "s" * 50000 + "'", "managers' " * 5000, "a-b-c-d-" * 5000,
    "Value-Added " * 3000,
])
def test_long_runs_are_read_in_linear_time(text: str) -> None:
    article_acronyms(["The VAT", "the value-added tax"])  # the lexicon read once, before the clock starts
    start = time.process_time()  # this process's time: other work on the machine does not count
    terms(text)
    article_acronyms(["The VAT and the PMI", text])
    assert time.process_time() - start < 5  # seconds; linear runs take well under one


@pytest.mark.parametrize("expected, outcome, want", [
    # a company: a refusal to say against a refusal to rule out; both leave the cuts open, whichever way the key is
    (claim("e", "The chief executive will decline to say whether more job cuts are planned", negated=True),
     claim("r", "The chief executive would not rule out further job cuts"), "fulfilled"),
    (claim("e", "The chief executive will decline to say whether more job cuts are planned"),
     claim("r", "The chief executive would not rule out further job cuts"), "fulfilled"),
    # a budget: refusing to exclude a tax against declining to comment on it
    (claim("e", "The minister is expected to refuse to exclude a windfall tax on banks"),
     claim("r", "The minister declined to comment on a windfall tax on banks", negated=True), "fulfilled"),
    # a central bank: declining to comment against refusing to deny
    (claim("e", "Officials will decline to comment on whether they intervened in the currency market", negated=True),
     claim("r", "Officials refused to deny that they had intervened in the currency market"), "fulfilled"),
    # the refusal is wrong: the cuts were announced
    (claim("e", "The chief executive will decline to say whether more job cuts are planned", negated=True),
     claim("r", "The chief executive announced 2,000 job cuts"), "contradicted"),
])
def test_a_refusal_to_speak_and_a_refusal_to_deny_both_leave_it_open(expected: Claim, outcome: Claim, want: str) -> None:
    assert checked(expected, outcome)[:2] == (want, "r")


def test_a_refusal_to_rule_out_is_not_answered_by_a_refusal_to_speak_of_a_denial() -> None:
    # ruling a hike out is a denial; declining to say says nothing of it
    got = checked(claim("e", "The governor will rule out another rate hike"),
                  claim("r", "The governor declined to say whether the bank would raise rates again", negated=True))
    assert got[0] == "absent"
