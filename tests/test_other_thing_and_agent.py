"""Which claims pair (issue 13): what a claim is about is its object and who acts, and two claims that share
only part of either speak of two things. Invented claims of several domains; the verdicts were written down before
the tool was run on them (session 12, claimpair12).

- Another thing named with the same words (pairing._other_object, several shared terms): the shared words written
  together in each statement and followed by other words name two things ("the payroll tax threshold" / "the
  payroll tax rebate"; "a regional reinsurance pool" / "a regional food security fund"). A value both give is what
  is said of each, not the thing; a topic both carry is a label.
- Another agent (pairing.other_agent, under the threshold): each statement opens with a different name as who acts
  ("Moody's is expected to warn …" / "S&P Global Ratings affirmed …").
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure
from summitcheck.pairing import _agent, claims_lexicon


def claim(key: str, statement: str, *figures: tuple[str, str], topic: str | None = None,
          negated: bool | None = None) -> Claim:
    return Claim(id=key, statement=statement, topic=topic, negated=negated,
                 figures=tuple(Figure(metric, parse_figure(value)) for metric, value in figures))


def checked(expected: Claim, outcome: Claim) -> tuple[str, str | None]:
    """(verdict, the report claim paired) of one expectation at the default settings, each article with two
    claims on other things (rarity is weighed over both articles: a pair alone shares only common terms)."""
    preview = (expected, Claim(id="x1", statement="The harbour tunnel will open to traffic in May."),
               Claim(id="x2", statement="Teachers are expected to get a pay rise of 4%."))
    report = (outcome, Claim(id="y1", statement="A new ferry terminal was approved for the east bank."),
              Claim(id="y2", statement="Nurses will receive a one-off bonus."))
    result = decide(Document(id="p", role="preview", title="p", claims=preview),
                    Document(id="r", role="report", title="r", claims=report))
    found = result.expectations[0]
    return found.verdict, found.match.claim.id if found.match else None


@pytest.mark.parametrize("expected, outcome", [
    # a budget: one duty, two measures of it (paired under the threshold on main)
    (claim("e", "Property groups expect the stamp duty threshold to rise to N$400,000.", topic="t"),
     claim("r", "The stamp duty surcharge for buyers of second homes is extended for another year.", topic="t")),
    # a ratings call: one rating, two agencies (paired under the threshold on main)
    (claim("e", "Fitch is expected to warn that Tarsk's AA rating could be lowered if borrowing keeps rising.",
           topic="t"),
     claim("r", "S&P Global Ratings affirmed Tarsk's AA credit rating with a stable outlook.", topic="t")),
    # controls, absent on main too: one sum, two programmes; one programme, and the market after it
    (claim("e", "Ministers will consider setting up a national flood insurance pool worth N$200 million, an idea "
                "pushed by river towns after last winter.", topic="t"),
     claim("r", "Ministers agreed to set up a national drought relief fund with N$200 million over four years.",
           topic="t")),
    (claim("e", "The debt office may also announce a review of its green bond issuance programme, under which it "
                "sells 30-year notes to fund rail projects.", topic="t"),
     claim("r", "Norland's 30-year bond yield fell 8 basis points after the announcement.", topic="t")),
])
def test_another_thing_or_agent_is_absent(expected: Claim, outcome: Claim) -> None:
    assert checked(expected, outcome) == ("absent", None)


@pytest.mark.parametrize("expected, outcome", [
    # a city budget: one fee, written two ways
    (claim("e", "The city is expected to lift the parking permit fee to €90.", topic="t"),
     claim("r", "Parking permit fees go up to €90 from May.", topic="t")),
    # earnings: one company named in full and shorter
    (claim("e", "Velmar Foods will report a first-half loss.", topic="t"),
     claim("r", "Velmar Foods Group posted a loss for the six months to June.", topic="t")),
    # an airline named, then by its class word
    (claim("e", "Norvik Air will match the fare cut on the Bergen route.", topic="t"),
     claim("r", "The airline matched the fare cut within hours.", topic="t")),
])
def test_one_thing_in_other_words_still_pairs(expected: Claim, outcome: Claim) -> None:
    assert checked(expected, outcome) == ("fulfilled", "r")


@pytest.mark.parametrize("statement, agent", [
    ("Moody's is expected to warn that the rating could be cut.", "Moody's"),
    ("S&P Global Ratings affirmed the AA credit rating.", "S&P Global Ratings"),
    ("Rival carrier Skyward is expected to match the fare cut.", "Skyward"),
    ("The BSP chief told reporters that a cut could not be ruled out.", None),  # an office speaks for a name
    ("Governor Eli Remolona is expected to keep the door open.", None),  # a name with a role
    ("Business groups expect the payroll tax threshold to rise.", None),  # the first word alone, a plural
    ("Analysts said the quarter was weak.", None),
    ("Asked about a new bond issue, the Treasury chief refused to be drawn.", None),
    # a country's name of several words is no agent's, nor is the last of its words
    ("Trinidad and Tobago is expected to resist a proposal to suspend the tariff.", None),
    ("Bosnia and Herzegovina will ask for a waiver.", None),
    # a seat of government stands for its country (metonymy): no agent either
    ("Port of Spain blocked a proposal to waive the tariff.", None),
    ("Buenos Aires is expected to ask the IMF for more time.", None),
])
def test_the_agent_a_statement_opens_with(statement: str, agent: str | None) -> None:
    found = _agent(claims_lexicon([Claim(id="a", statement=statement)]), 0)
    assert (found[1] if found else None) == agent


@pytest.mark.parametrize("statement", ["A" * 20000, "Aa " * 7000 + "said", "9" * 20000, "Moody's " * 5000])
def test_the_agent_reading_takes_no_time(statement: str) -> None:
    lexicon = claims_lexicon([Claim(id="a", statement=statement), Claim(id="b", statement="S&P affirmed it.")])
    _agent(lexicon, 0)
    start = time.process_time()
    _agent(lexicon, 0)
    assert time.process_time() - start < 0.5
