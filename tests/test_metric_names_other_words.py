"""One measure named in other words: what does not part two metric names.

- a count spelt out or in digits inside a compound ("three-pack" / "3-pack", "ten-year" / "10-year") is one count:
  the digits read as a model code, the words as words, so the two names held two models of one product;
- a word both names write is no word parting them whatever its case ("Orbit 5 starting price" starts with the
  name, "base Orbit 5 price" writes it after "base": compared case by case, the name was read as said on one side);
- an acronym on each side may stand for the other's plain words ("CBK foreign exchange reserves" / "central bank
  FX reserves"): as one acronym facing words already told nothing apart, two facing each other's words do not.

What still parts two names (controls): another pack size, another named facility, an acronym against words it
cannot stand for (its own side's "gold"), another term of years.

Verdicts written before the tool was run (metricnames, 2026-11-23); events, names and figures are invented, in
bond markets, product launches, budgets, central banks and development finance.
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure
from summitcheck.qualifiers import qualifiers


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


OTHER = claim("r-other", "Forty delegations met in Geneva on Tuesday.", ("delegations at the meeting", "40"))

CASES = [
    # number words against digits
    pytest.param(
        claim("bulbs", "The Lumo three-pack of smart bulbs will cost $49.", ("Lumo Max three-pack price", "$49")),
        claim("r-bulbs", "Lumo's smart bulbs sell at $49 for a 3-pack.", ("Lumo Max 3-pack price", "$49")),
        ("fulfilled", "r-bulbs"), id="launch-three-pack-vs-3-pack"),
    pytest.param(
        claim("suv", "The Kora five-seat SUV will start at $41,000.", ("Kora five-seat SUV price", "$41,000")),
        claim("r-suv", "The Kora 5-seat SUV is priced at $43,500.", ("Kora 5-seat SUV price", "$43,500")),
        ("contradicted", "r-suv"), id="launch-five-seat-vs-5-seat"),
    pytest.param(
        claim("wheels", "The industry body forecasts four-wheeler sales to grow 6% in 2027.",
              ("India four-wheeler sales growth 2027", "6%")),
        claim("r-wheels", "The industry body now sees 4-wheeler sales growing 7.5% in 2027.",
              ("India 4-wheeler sales growth 2027", "7.5%")),
        ("contradicted", "r-wheels"), id="agency-forecast-four-wheeler-vs-4-wheeler"),
    pytest.param(  # control: another pack size
        claim("bulbs", "The Lumo three-pack of smart bulbs will cost $49.", ("Lumo Max three-pack price", "$49")),
        claim("r-bulbs", "Lumo's smart bulbs sell at $35 for a 2-pack.", ("Lumo Max 2-pack price", "$35")),
        ("absent", None), id="control-launch-three-pack-vs-2-pack"),
    pytest.param(  # control: another seat count
        claim("suv", "The Kora five-seat SUV will start at $41,000.", ("Kora five-seat SUV price", "$41,000")),
        claim("r-suv", "The Kora 7-seat SUV is priced at $46,500.", ("Kora 7-seat SUV price", "$46,500")),
        ("absent", None), id="control-launch-five-seat-vs-7-seat"),
    pytest.param(  # control: a span of years in words and in a compound stays words ("three-year" / "three years")
        claim("aid", "The bloc is expected to offer a three-year aid package of about 50 billion euros.",
              ("EU three-year aid package", "about 50 billion euros")),
        claim("r-aid", "The bloc offered 42 billion euros in aid over three years.",
              ("EU aid over three years", "42 billion euros")),
        ("contradicted", "r-aid"), id="control-summit-three-year-package-vs-over-three-years"),
    # a word both names write, whatever its case
    pytest.param(
        claim("orbit", "The base Orbit 5 is expected to start at $299.", ("Orbit 5 starting price", "$299")),
        claim("r-orbit", "Pricing for the base Orbit 5 was set at $299.", ("base Orbit 5 price", "$299")),
        ("fulfilled", "r-orbit"), id="launch-name-first-and-after"),
    pytest.param(
        claim("atlas", "The Atlas Facility will open with starting capital of $500 million.",
              ("Atlas Facility starting capital", "$500 million")),
        claim("r-atlas", "Lenders put $500 million of initial capital into the Atlas Facility.",
              ("initial Atlas Facility capital", "$500 million")),
        ("fulfilled", "r-atlas"), id="development-finance-name-first-and-after"),
    pytest.param(  # control: another facility named
        claim("atlas", "The Atlas Facility will open with starting capital of $500 million.",
              ("Atlas Facility starting capital", "$500 million")),
        claim("r-boreal", "Lenders put $500 million of capital into the Boreal Facility.",
              ("Boreal Facility capital", "$500 million")),
        ("absent", None), id="control-another-facility-named"),
    # an acronym on each side standing for the other's words
    pytest.param(
        claim("fx", "The CBK's foreign exchange reserves are forecast to reach $9.5 billion by December, the "
                    "finance ministry said.",
              ("CBK foreign exchange reserves, December", "$9.5 billion")),
        claim("r-fx", "Central bank FX reserves reached $9.1 billion by December, the finance ministry said.",
              ("central bank FX reserves, December", "$9.1 billion")),
        ("contradicted", "r-fx"), id="central-bank-acronyms-each-side"),
    pytest.param(
        claim("it", "The ministry's IT budget for 2027 is expected to reach $2 billion, the finance committee said.",
              ("ministry IT budget 2027", "$2 billion")),
        claim("r-it", "The MOD's information technology budget for 2027 reached $2.3 billion, the finance committee said.",
              ("MOD information technology budget 2027", "$2.3 billion")),
        ("contradicted", "r-it"), id="budget-acronyms-each-side"),
    pytest.param(  # control: the acronym's side says a word no acronym on the other side can stand for
        claim("gold", "The CBK's gold reserves are forecast at $2 billion.", ("CBK gold reserves", "$2 billion")),
        claim("r-res", "Central bank reserves stood at $2 billion.", ("central bank reserves", "$2 billion")),
        ("absent", None), id="control-central-bank-gold-vs-all-reserves"),
]


@pytest.mark.parametrize(("expectation", "outcome", "want"), CASES)
def test_one_measure_in_other_words(expectation: Claim, outcome: Claim, want: tuple[str, str | None]) -> None:
    e = decide(doc("preview", expectation), doc("report", outcome, OTHER)).expectations[0]
    assert (e.verdict, e.match.claim.id if e.match else None) == want, e.reasons


@pytest.mark.parametrize(("name", "models"), [
    ("Weave 7 Pro three-pack price", {"7 pro", "3-pack"}),
    ("Kora five-seat SUV price", {"5-seat"}),
    ("ten-year bond yield", set()),  # a span of time stays words
    ("two-thirds majority", set()),  # a fraction stays a fraction
    ("twenty-five-year lease value", set()),  # a compound number is left as written
    ("one-off charge", set()),  # "one" is mostly no count ("one-off", "one-time")
])
def test_number_words_in_compounds_read_as_digits(name: str, models: set[str]) -> None:
    assert set(qualifiers(name)[0].models) == models


@pytest.mark.parametrize("text", ["three-" * 20000, "Three " * 20000 + "-pack", "9" * 50000, "two-thirds-" * 10000])
def test_number_words_no_hang(text: str) -> None:
    start = time.process_time()
    qualifiers(text)
    assert time.process_time() - start < 2.0
