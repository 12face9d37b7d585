"""Rules narrowed by the rule audit (issue 13; docs/rule-audit.md): each rule was measured by its precision on
every released label, and narrowed where the table showed it wrong more often than right.

Every claim is invented for these tests, from other events and domains than the evaluation sets; each verdict
was written down, as an editor would give it, before the tool was run on it (ruleaudit, 2026-11-23).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.pairing import _other_object as _other_object_of
from summitcheck.pairing import claims_lexicon

ROOT = Path(__file__).resolve().parent.parent


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# Two denials that share enough words to pair speak of one thing not happening, each in its own words: the
# object a denial names ("a deadline", "a successor", "a deal") is worded otherwise by a report that denies it
# too ("no timeline", "did not name Holt's replacement", "did not agree on curbing").  On every
# released label the object checks (the denied object unsaid; another object after a shared verb) refused such
# a pair 5 times, each time the editor's pair, and refused no other pair that could have paired.
def test_budget_no_deadline_met_by_no_timeline() -> None:
    preview = doc("preview",
                  claim("sale-deadline", "The finance ministry will not set a deadline for selling its stake in the "
                                         "national airline."),
                  claim("deficit", "The deficit is expected to narrow to 3.1% of GDP.", ("deficit", "3.1%")))
    report = doc("report",
                 claim("r-no-timeline", "The ministry gave no timeline for the sale of its airline holding."),
                 claim("r-deficit", "The deficit narrowed to 3.4% of GDP.", ("deficit", "3.4%")))
    got = verdicts(preview, report)
    assert got["sale-deadline"] == ("fulfilled", "r-no-timeline")
    assert got["deficit"] == ("contradicted", "r-deficit")


def test_earnings_no_successor_met_by_no_replacement() -> None:
    preview = doc("preview",
                  claim("successor", "Orvane is not expected to name a successor to chief executive Dana Holt at "
                                     "the results."),
                  claim("revenue", "Orvane's quarterly revenue is expected to reach $4.2 billion.",
                        ("quarterly revenue", "$4.2 billion")))
    report = doc("report",
                 claim("r-no-successor", "Orvane did not name Holt's replacement as chief executive."),
                 claim("r-revenue", "Quarterly revenue came in at $4.2 billion.", ("quarterly revenue", "$4.2 billion")))
    got = verdicts(preview, report)
    assert got["successor"] == ("fulfilled", "r-no-successor")
    assert got["revenue"] == ("fulfilled", "r-revenue")


def test_trade_no_deal_met_by_did_not_agree() -> None:
    preview = doc("preview",
                  claim("fish-deal", "Ministers will not agree on a deal to curb fisheries subsidies at the meeting."),
                  claim("ecommerce", "Members are expected to extend the moratorium on duties on electronic transmissions."))
    report = doc("report",
                 claim("r-fish", "Ministers did not agree on curbing fisheries subsidies."),
                 claim("r-ecom", "Members extended the moratorium on customs duties on electronic transmissions."))
    got = verdicts(preview, report)
    assert got["fish-deal"] == ("fulfilled", "r-fish")
    assert got["ecommerce"] == ("fulfilled", "r-ecom")


# What the rules are for stays: a report claim that says something positive with the denial's verb and setting
# does not answer it, and two denials of different things do not pair.
def test_central_bank_no_recession_not_answered_by_a_trimmed_forecast() -> None:
    preview = doc("preview",
                  claim("no-recession", "The central bank will not forecast a recession next year."),
                  claim("rate", "The central bank is expected to hold its policy rate at 4%.", ("policy rate", "4%")))
    report = doc("report",
                 claim("r-trim", "The central bank trimmed its growth forecast for next year to 0.8%.",
                       ("growth forecast", "0.8%")),
                 claim("r-rate", "The bank held its policy rate at 4%.", ("policy rate", "4%")))
    got = verdicts(preview, report)
    assert got["no-recession"] == ("absent", None)
    assert got["rate"] == ("fulfilled", "r-rate")


def test_central_bank_two_denials_of_different_things() -> None:
    preview = doc("preview",
                  claim("no-cut", "Norges Bank will not cut its policy rate."),
                  claim("no-target", "Norges Bank will not change its inflation target."))
    report = doc("report",
                 claim("r-hold", "Norges Bank kept its policy rate at 4.5%.", ("policy rate", "4.5%")),
                 claim("r-no-qt", "The bank did not announce any sales of its bond holdings."))
    got = verdicts(preview, report)
    assert got["no-cut"] == ("fulfilled", "r-hold")
    assert got["no-target"] == ("absent", None)


# The same for another object after a shared verb (pairing._other_object): "will not signal further rate cuts" /
# "did not signal any more easing" deny one act with the object in other words.
def test_central_bank_no_signal_of_cuts_met_by_no_signal_of_easing() -> None:
    preview = doc("preview",
                  claim("no-signal", "Governor Ana Ruiz will not signal further rate cuts this year."),
                  claim("rate", "The bank is expected to cut its policy rate to 3.25%.", ("policy rate", "3.25%")))
    report = doc("report",
                 claim("r-no-signal", "Ruiz did not signal any more easing."),
                 claim("r-rate", "The bank cut its policy rate to 3.25%.", ("policy rate", "3.25%")))
    got = verdicts(preview, report)
    assert got["no-signal"] == ("fulfilled", "r-no-signal")
    assert got["rate"] == ("fulfilled", "r-rate")


def test_central_bank_currency_not_named_met_by_the_krona_unnamed() -> None:
    preview = doc("preview",
                  claim("no-fx", "The policy statement will not name the currency directly, in keeping with the bank's "
                                 "practice of avoiding exchange-rate targets."),
                  claim("rate", "The Riksbank is expected to hold its policy rate at 2%.", ("policy rate", "2%")))
    report = doc("report",
                 claim("r-no-fx", "As before, the statement refrained from naming the krona, though it flagged imported "
                                   "inflation."),
                 claim("r-rate", "The Riksbank held its policy rate at 2%.", ("policy rate", "2%")))
    got = verdicts(preview, report)
    assert got["no-fx"] == ("fulfilled", "r-no-fx")
    assert got["rate"] == ("fulfilled", "r-rate")


def test_earnings_no_plant_named_met_by_the_factory_unnamed() -> None:
    preview = doc("preview",
                  claim("no-layoffs", "The results statement will not name the plant to be closed, in keeping with the "
                                      "company's practice."),
                  claim("margin", "The operating margin is expected to reach 14%.", ("operating margin", "14%")))
    report = doc("report",
                 claim("r-no-layoffs", "As before, the results statement refrained from naming the factory, though it "
                                        "booked restructuring charges."),
                 claim("r-margin", "The operating margin reached 14%.", ("operating margin", "14%")))
    got = verdicts(preview, report)
    assert got["no-layoffs"] == ("fulfilled", "r-no-layoffs")
    assert got["margin"] == ("fulfilled", "r-margin")


def test_launch_rival_not_named_met_by_its_name_unsaid() -> None:
    preview = doc("preview",
                  claim("no-rival", "The keynote will not name its rival directly, in keeping with Veyra's practice."),
                  claim("price", "The Veyra 9 will start at $899.", ("Veyra 9 starting price", "$899")))
    report = doc("report",
                 claim("r-no-rival", "As before, the keynote refrained from naming Orchard, though it compared battery life."),
                 claim("r-price", "The Veyra 9 starts at $899.", ("Veyra 9 starting price", "$899")))
    got = verdicts(preview, report)
    assert got["no-rival"] == ("fulfilled", "r-no-rival")
    assert got["price"] == ("fulfilled", "r-price")


def test_earnings_no_dividend_rise_met_by_no_higher_payout() -> None:
    preview = doc("preview",
                  claim("no-dividend", "Halvard will not raise its dividend."),
                  claim("profit", "Halvard's net profit is expected to reach €1.2 billion.", ("net profit", "€1.2 billion")))
    report = doc("report",
                 claim("r-no-dividend", "Halvard did not raise its payout to shareholders."),
                 claim("r-profit", "Net profit was €1.2 billion.", ("net profit", "€1.2 billion")))
    got = verdicts(preview, report)
    assert got["no-dividend"] == ("fulfilled", "r-no-dividend")
    assert got["profit"] == ("fulfilled", "r-profit")


# pairing._other_object on its own: one shared verb followed by other words.  Two denials are one thing not
# happening ("will not name the krona directly" / "refrained from naming the currency"); a positive claim with
# the verb and another object is another act.
def _other_object(mine: str, theirs: str) -> str | None:
    lexicon = claims_lexicon([Claim(id="e", statement=mine), Claim(id="r", statement=theirs)])
    _, met = lexicon.met(0, 1)
    return _other_object_of(lexicon, 0, 1, met - (lexicon.actors | lexicon.generic))


@pytest.mark.parametrize(("mine", "theirs"), [
    ("The central bank will not name the krona directly, keeping to its practice.",
     "Policymakers refrained from naming the currency, though they flagged imported inflation."),
    ("Veyra will not name its rival directly, keeping to its practice.",
     "The firm refrained from naming Orchard, though it compared battery life."),
    ("Orvane will not name the buyer directly, keeping to its practice.",
     "The company refrained from naming the acquirer, though it booked a gain."),
])
def test_two_denials_have_no_other_object(mine: str, theirs: str) -> None:
    assert _other_object(mine, theirs) is None


def test_a_positive_claim_with_another_object_is_still_another_act() -> None:
    found = _other_object("The central bank will name the krona directly in its statement.",
                          "Policymakers named the currency's weakness as a risk, though they kept rates.")
    assert found is not None and "krona" in found


# scripts/rule_audit.py counts a fire right or wrong by the editor's label.
def _audit_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rule_audit", ROOT / "scripts" / "rule_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_audit_counts_a_refusal_right_when_the_editor_made_no_such_pair() -> None:
    audit = _audit_script()
    case = ROOT / "tests" / "labelled" / "holdout2" / "imf-weo-july"
    rows = list(audit.audit_case("holdout2", case, 20.0))
    labels = yaml.safe_load((case / "verdicts.yaml").read_text(encoding="utf-8"))
    # one route per labelled expectation
    routes = [r for r in rows if r["layer"] == "B" and not r["rule"].startswith("refused:")]
    assert sorted(r["id"] for r in routes) == sorted(labels["expectations"])
    # "will not forecast a global recession" / "trimmed its 2027 world forecast": refused, and the editor
    # found the expectation absent
    refusal = [r for r in rows if r["rule"] == "verdict:denied_unsaid" and r["other"] == "world-trim-2027"]
    assert [r["ok"] for r in refusal] == [True]
    # a refusal of the editor's own pair would be wrong
    assert all(not r["ok"] for r in rows if r["layer"] == "A" and r["other"] == r["want_match"])
