"""A vote's tally that names the body before its count: "four of the Monetary Policy Committee's six members
backed the cut", "nine of the Senate Finance Committee's 14 members" (polarity._OF, read by vote_cue and _count).
Only one word was read before the "'s" ("two of the board's nine"), so a tally naming the body in full counted
nothing, and "all seven are expected to back it" read as agreed by a 5-2 vote.

All claims are invented (a port authority, a senate committee, a university council, a football league); each
verdict was written down, as an editor gives it, before the tool was run (artpair12, session 12).
"""

from __future__ import annotations

import time

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.polarity import other_tally, vote_cue


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def verdict(preview: Document, report: Document, cid: str) -> tuple[str, str | None]:
    e = next(e for e in decide(preview, report).expectations if e.claim.id == cid)
    return e.verdict, e.match.claim.id if e.match else None


@pytest.mark.parametrize(("statement", "cue"), [
    ("Five of the Harbour Authority board's seven members backed the levy",
     "five of the harbour authority board's seven"),
    ("Nine of the Senate Finance Committee's 14 members voted for the bill",
     "nine of the senate finance committee's 14"),
    ("Two of the University Council's 11 members voted for the fee rise",
     "two of the university council's 11"),
    ("Four of the Monetary Policy Committee’s six members backed the cut",  # a curly apostrophe
     "four of the monetary policy committee's six"),
])
def test_a_tally_naming_the_body_is_read(statement: str, cue: str) -> None:
    assert vote_cue(statement) == cue


@pytest.mark.parametrize("statement", [
    "Two of the six members voted against",  # as before: no body named
    "Five of BanRep's seven directors voted for the cut",  # one word before the "'s", as before
])
def test_tallies_read_before_are_unchanged(statement: str) -> None:
    assert vote_cue(statement) is not None


def test_two_tallies_naming_bodies_are_compared() -> None:
    assert other_tally("Nine of the Senate Finance Committee's 14 members voted for the bill",
                       "The committee backed the bill 10-4") == ("nine of the senate finance committee's 14", "10-4")


def test_all_members_expected_against_a_tally_naming_the_body() -> None:
    # editor: contradicted — five of seven is a split vote, not all seven
    preview = doc("preview",
                  Claim(id="levy", statement="All seven members of the Harbour Authority board are expected to "
                                             "approve the new berthing levy."),
                  Claim(id="dredge", statement="The authority will announce a dredging contract for the inner basin."))
    report = doc("report",
                 Claim(id="r-levy", statement="Five of the Harbour Authority board's seven members backed the new "
                                              "berthing levy."),
                 Claim(id="r-dredge", statement="The dredging contract went to a Dutch firm."),
                 Claim(id="r-fees", statement="Pilotage fees were left unchanged."))
    assert verdict(preview, report, "levy") == ("contradicted", "r-levy")


def test_a_split_expected_against_a_tally_naming_the_body() -> None:
    # editor: fulfilled — the league's clubs split 12-8, as a split vote was expected (passes on main too: a control)
    preview = doc("preview",
                  Claim(id="cap", statement="The salary cap is expected to pass by a split vote of the league's "
                                            "clubs."),
                  Claim(id="tv", statement="The league will sign a new television deal."))
    report = doc("report",
                 Claim(id="r-cap", statement="Twelve of the Premier Hockey League's 20 clubs voted for the salary "
                                             "cap."),
                 Claim(id="r-tv", statement="The television deal was postponed to the spring."))
    assert verdict(preview, report, "cap") == ("fulfilled", "r-cap")


@pytest.mark.parametrize("text", [
    "one of the " + "a " * 5000 + "b's six members voted", "Two of The " * 2000 + "members voted",
    "1 of 1" * 3000 + " voted", "of the x's " * 3000 + "voted", "A" * 10000 + " voted",
])
def test_no_hang_on_pathological_input(text: str) -> None:
    vote_cue("Two of the six members voted")  # the patterns compiled before the clock starts
    start = time.process_time()  # this process's time: other work on the machine does not count
    vote_cue(text)
    other_tally(text, text)
    assert time.process_time() - start < 2
