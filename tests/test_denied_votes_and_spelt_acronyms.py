"""Two readings editors of the blind claim sets use (issue 13), on invented claims of several domains; the
verdicts were written down before the tool was run on them.

- A vote denied in any form of its verb: "no member is expected to object", "no state will oppose",
  "no leader vetoed" say the decision was unanimous, and so does "all 27 leaders approved".
- An acronym spelt out with its prepositions and the commas of a list: "earnings before interest, taxes,
  depreciation and amortization" is EBITDA, "loan-to-value" LTV.
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure
from summitcheck.pairing import article_acronyms
from summitcheck.polarity import denied_opposite, opposition


def verdict(expected: str, outcome: str, negated: bool | None = None, other_negated: bool | None = None,
            figures: tuple[tuple[str, str], tuple[str, str]] | None = None) -> tuple[str, str | None, int]:
    """(verdict, the report claim paired, discrepancies) of one expectation against one report claim at the
    default settings."""
    mine: tuple[Figure, ...] = ()
    theirs: tuple[Figure, ...] = ()
    if figures is not None:
        (m1, v1), (m2, v2) = figures
        mine, theirs = (Figure(m1, parse_figure(v1)),), (Figure(m2, parse_figure(v2)),)
    result = decide(
        Document(id="p", role="preview", title="p",
                 claims=(Claim(id="e", statement=expected, negated=negated, figures=mine),)),
        Document(id="r", role="report", title="r",
                 claims=(Claim(id="r", statement=outcome, negated=other_negated, figures=theirs),)))
    (found,) = result.expectations
    return found.verdict, found.match.claim.id if found.match else None, len(result.discrepancies)


@pytest.mark.parametrize("expected, outcome, want", [
    # central bank: the base form of the verb
    ("No board member is expected to object to the cut", "The seven-member board voted unanimously for the reduction",
     "fulfilled"),
    # a summit: "oppose"
    ("No member state is expected to oppose the final declaration",
     "The declaration was adopted unanimously by all 40 members", "fulfilled"),
    # a company's board: "object" against "unanimously" after the verb
    ("No director is expected to object to the share buyback", "The board approved the share buyback unanimously",
     "fulfilled"),
    # a council: "veto" against "all 27 ... approved", a unanimous count
    ("No leader is expected to veto the €50 billion loan package",
     "All 27 leaders approved the €50 billion loan for Ukraine", "fulfilled"),
    # the denial is wrong: two objected
    ("No government is expected to object to the migration pact",
     "Poland and Slovakia objected to the migration pact, blocking its adoption", "contradicted"),
    ("No member is expected to oppose the rate hold", "Two members opposed the rate hold, voting for a cut",
     "contradicted"),
])
def test_a_vote_denied_in_any_form_of_its_verb(expected: str, outcome: str, want: str) -> None:
    got, match, _ = verdict(expected, outcome, negated=True)
    assert (got, match) == (want, "r")


def test_the_cues_denied() -> None:
    found = denied_opposite("No member state is expected to oppose the declaration",
                            "The declaration was adopted unanimously")
    assert found is not None and found[1:] == ("oppose", "unanimously")
    found = denied_opposite("No leader will veto the package", "All 27 leaders approved the package")
    assert found is not None and found[1] == "veto"


def test_as_opposed_to_is_no_vote() -> None:
    # "as opposed to" compares two figures: it says nothing of a vote
    assert opposition("The committee voted unanimously to cut rates to 3%",
                      "The committee cut rates to 3%, as opposed to the 2.75% some members wanted") is None
    assert opposition("The committee voted unanimously to cut rates to 3%",
                      "Two members opposed the cut to 3%") is not None


def test_an_acronym_spelt_out_with_its_preposition_and_a_list() -> None:
    found = article_acronyms(["Analysts expect first-quarter EBITDA of $1.2 billion",
                              "Earnings before interest, taxes, depreciation and amortization came in at $1.15bn"])
    assert found.get("earnings before interest, taxes, depreciation and amortization") == "ebitda"
    found = article_acronyms(["The LTV cap on mortgages will be lowered", "a loan-to-value limit of 80%"])
    assert found.get("loan-to-value") == "ltv"
    # four nouns in a list do not spell an acronym of four letters by chance
    found = article_acronyms(["The GDPR applies to the data", "Growth, demand, prices and rates all slowed"])
    assert "growth, demand, prices and rates" not in found


def test_ebitda_spelt_out_is_compared() -> None:
    # earnings: the report spells out what the preview writes as an acronym, and gives another figure
    got = verdict("Analysts expect first-quarter EBITDA of $1.2 billion",
                  "Earnings before interest, taxes, depreciation and amortization came in at $1.15 billion in the "
                  "first quarter",
                  figures=(("Q1 EBITDA", "$1.2 billion"),
                           ("first-quarter earnings before interest, taxes, depreciation and amortization",
                            "$1.15 billion")))
    assert got == ("contradicted", "r", 1)


@pytest.mark.parametrize("text", [
    "before " * 4000, "a, " * 4000, "Earnings before interest, " * 1000, "to at in by " * 1500, "9, " * 4000,
    "Alpha Beta " * 2000,
])
def test_long_runs_are_read_in_linear_time(text: str) -> None:
    article_acronyms(["The VAT", "the value-added tax"])  # the lexicon read once, before the clock starts
    start = time.process_time()  # this process's time: other work on the machine does not count
    article_acronyms(["EBITDA and the LTV, the BATA and the AAAAA", text])
    assert time.process_time() - start < 5  # seconds; linear runs take well under one


def test_a_number_parts_the_words_of_a_spelt_acronym() -> None:
    # "inflation at 2.2% for fiscal" spells no CPIF (a preposition gives its initial, a number none), and the
    # failed CPIF does not hide the CPI before it
    found = article_acronyms(["Core CPI and the CPIF", "The bank projected core consumer price inflation at 2.2% for "
                                                       "fiscal 2027"])
    assert found.get("consumer price inflation") == "cpi"
    assert not any(a == "cpif" for a in found.values())
