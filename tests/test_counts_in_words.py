"""Votes and members counted in words past twelve ("Twenty-five of the 27", "Thirteen of the 15") (values12).

A vote's tally was read from number words up to "twelve" only, and a count opened wherever a number word began:
"Twenty-five of the 27 member states" was read "five of the 27", and "Thirteen of the 15 council members" not at
all, so a 12-3 vote met it.  English writes a count that opens a sentence in words (style books spell out any
number there), so a vote of a large body is often written so.  Numbers are now read in words up to 99, whole
("twenty-five" is neither "twenty" nor "five").

Invented claims of three domains (the EU, the UN Security Council, a central bank's council); each verdict was
written down before the tool was run on them.
"""

from __future__ import annotations

import time

import pytest

from summitcheck import polarity

from helpers import said


@pytest.mark.parametrize("expectation, report, verdict, reason", [
    ("All 27 member states are expected to back the sanctions package.",
     "Twenty-five of the 27 member states backed the sanctions package.", "contradicted",
     "not all: the expectation says 'all 27'; 'r' says 'twenty-five of the 27'"),
    ("Thirteen of the 15 council members are expected to back the resolution.", "The resolution passed 13-2.",
     "fulfilled", None),
    ("Thirteen of the 15 council members are expected to back the resolution.", "The resolution passed 12-3.",
     "contradicted", "another tally: the expectation says 'thirteen of the 15'; 'r' says '12-3'"),
    ("Fourteen of the 19 governors are expected to support the hike.", "The council backed the hike 16-3.",
     "contradicted", "another tally"),
])
def test_counts_in_words_past_twelve(expectation: str, report: str, verdict: str, reason: str | None) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons
    assert reason is None or any(r.startswith(reason) for r in reasons), reasons


@pytest.mark.parametrize("text, count", [
    ("twenty-five of the 27 member states voted for it", (25, 2)),
    ("the board voted 5-2", (5, 2)),
    ("the board voted seven to two", (7, 2)),
    ("forty-one of the 45 members voted for it", (41, 4)),
])
def test_a_tally_is_read_whole(text: str, count: tuple[int, int]) -> None:
    found = polarity._count(text)
    assert found is not None and found[1] == count


@pytest.mark.parametrize("text", ["twenty-" * 20000 + "five voted", "voted " + "4-" * 20000 + "3",
                                  "thirty " * 20000 + "of the 40 voted", "Twenty-Five " * 10000 + "voted against"])
def test_long_runs_take_no_time(text: str) -> None:
    polarity._count(text[:200])
    start = time.process_time()
    polarity._count(text)
    polarity.dissents(text)
    polarity.not_all(text, text)
    assert time.process_time() - start < 2.0
