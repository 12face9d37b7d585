"""A new thing is not an earlier one of its kind: an expectation of "a new $2 billion share buyback" is not answered
by "completed its previous $1.5 billion share repurchase programme", nor "a new €1 billion buyback" by "the €500
million second tranche of its existing buyback" (holdout10's Castellan, gate11's Stridewell: the editors call both
absent, and the tool's discrepancy is spurious). The reading is any editor's, in any domain: "new home sales" are
not "existing home sales", a new facility not the existing one.  A report claim that speaks of the new one as well
("replaced its previous target with a new one"), or one that names no earlier thing ("launched a £350m share
repurchase programme"), still answers; so does an earlier period ("the previous quarter") which is no thing.

Verdicts written before the tool was run (falsefriends, 2026-11-23); events, names and figures are invented.
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure
from summitcheck.pairing import other_instance_words


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


OTHER = claim("r-other", "Chief executive Dana Whitlock said demand in Asia had been strong all year.")

CASES = [
    pytest.param(  # earnings: a new buyback against a completed earlier one
        claim("buyback", "Velmora is expected to announce a new $3 billion share buyback.",
              ("new share buyback size", "$3 billion")),
        claim("r-buyback", "Velmora completed its previous $2 billion share repurchase programme in the quarter.",
              ("previous share repurchase programme size", "$2 billion")),
        ("absent", None), id="earnings-new-vs-previous-buyback"),
    pytest.param(  # central bank: a new lending facility against the existing one
        claim("facility", "The central bank is set to unveil a new lending facility worth 200 billion rupees for "
                          "small lenders.", ("new lending facility size", "200 billion rupees")),
        claim("r-facility", "The central bank extended its existing lending facility of 150 billion rupees for "
                            "small lenders by six months.", ("lending facility size", "150 billion rupees")),
        ("absent", None), id="central-bank-new-vs-existing-facility"),
    pytest.param(  # economic data: new home sales are not existing home sales
        claim("home-sales", "New home sales are forecast to rise 3% in October.", ("new home sales change", "3%")),
        claim("r-home-sales", "Existing home sales fell 1.2% in October.", ("existing home sales change", "-1.2%")),
        ("absent", None), id="data-new-vs-existing-home-sales"),
    pytest.param(  # product launch: a new plant against the earlier one
        claim("plant", "Korvane will open a new battery plant in Ohio with capacity of 40 GWh.",
              ("new battery plant capacity", "40 GWh")),
        claim("r-plant", "Korvane said its earlier battery plant in Ohio had reached 25 GWh of capacity.",
              ("battery plant capacity", "25 GWh")),
        ("absent", None), id="launch-new-vs-earlier-plant"),
    pytest.param(  # control: the report speaks of a new programme without the word
        claim("buyback-launch", "A new £400 million share buyback is likely to be unveiled.",
              ("new share buyback size", "£400 million")),
        claim("r-buyback-launch", "It launched a £450m share repurchase programme, to run until June.",
              ("share repurchase programme size", "£450m")),
        ("contradicted", "r-buyback-launch"), id="control-launched-programme"),
    pytest.param(  # control: the report names the earlier target only as what the new one replaced
        claim("target", "The government will set a new deficit target of 3% of GDP.",
              ("new deficit target", "3%")),
        claim("r-target", "The government replaced its previous deficit target with a new goal of 3% of GDP.",
              ("new deficit target", "3%")),
        ("fulfilled", "r-target"), id="control-replaced-previous-target"),
    pytest.param(  # control: an earlier period is no earlier thing
        claim("orders", "The company is expected to report new orders of €2.1 billion.",
              ("new orders", "€2.1 billion")),
        claim("r-orders", "New orders reached €2.1 billion, up from €1.8 billion in the previous quarter.",
              ("new orders", "€2.1 billion")),
        ("fulfilled", "r-orders"), id="control-previous-quarter"),
    pytest.param(  # control: both speak of the existing one
        claim("scheme", "Ministers will extend the existing fuel subsidy scheme to March.",),
        claim("r-scheme", "Ministers extended the existing fuel subsidy scheme until March."),
        ("fulfilled", "r-scheme"), id="control-both-existing"),
]


@pytest.mark.parametrize(("expectation", "outcome", "want"), CASES)
def test_a_new_thing_is_not_an_earlier_one(expectation: Claim, outcome: Claim, want: tuple[str, str | None]) -> None:
    result = decide(doc("preview", expectation), doc("report", outcome, OTHER))
    e = result.expectations[0]
    assert (e.verdict, e.match.claim.id if e.match else None) == want, e.reasons
    if want[0] == "absent":  # and no figure of the earlier thing is told as the new one's
        assert not result.discrepancies, result.discrepancies


def test_the_words_read() -> None:
    assert other_instance_words("a new $2 billion share buyback programme",
                                "its previous $1.5 billion share repurchase programme") is not None
    assert other_instance_words("New York orders", "the previous New York orders") is None  # a name
    assert other_instance_words("a new buyback", "up from the previous quarter") is None


@pytest.mark.parametrize("text", ["new " * 20000, "New " * 20000, "1" * 50000, "Previous " * 20000,
                                  "a new " + "x " * 30000 + " previous"])
def test_no_hang(text: str) -> None:
    start = time.process_time()
    other_instance_words(text, text)
    other_instance_words(text, "its previous share buyback")
    other_instance_words("a new share buyback", text)
    assert time.process_time() - start < 2.0
