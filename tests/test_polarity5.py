"""Polarity in claim files: attendance and a `negated:` key that only repeats what a word says, time set
against a schedule or a deadline, and a denial bounded by a time against a start within it.

Each pair is one expectation against one report claim, decided with a threshold of 1 so that pairing cannot
hide the verdict.  All claims are invented, from other domains than the misses they stand for (holdout8
asean li-qiang, cop31 close-on-time, voltaris no-us-before-2027); the verdicts were written down, as an
editor would give them, before the tool was run on them.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Settings, decide


def judged(expectation: str, report: str, **negated: bool) -> tuple[str, tuple[str, ...]]:
    """The verdict (and reasons) of one expectation against one report claim paired with it."""
    preview = Document(id="p", role="preview", title="p",
                       claims=(Claim(id="e", statement=expectation, negated=negated.get("e")),))
    outcome = Document(id="r", role="report", title="r",
                       claims=(Claim(id="r", statement=report, negated=negated.get("r")),))
    (found,) = decide(preview, outcome, Settings(threshold=1)).expectations
    assert found.match is not None and found.match.claim.id == "r", found.reasons
    return found.verdict, found.reasons


# A `negated: true` key on a statement no negation word is in repeats what its own word says: "skipped" is the
# denial; the key does not deny the skipping a second time (which made "skipped" read as "attended").
@pytest.mark.parametrize("expectation, report, key, want", [
    ("The finance minister is expected to attend the G20 meeting in Rio",
     "The finance minister stayed away from the G20 meeting in Rio", True, "contradicted"),
    ("The finance minister is expected to attend the G20 meeting in Rio",
     "The finance minister stayed away from the G20 meeting in Rio", None, "contradicted"),
    ("The governor will skip the Jackson Hole symposium", "The governor skipped the Jackson Hole symposium", True,
     "fulfilled"),
    ("The chief executive will not attend the shareholder meeting",
     "The chief executive skipped the shareholder meeting", True, "fulfilled"),
    ("The president will attend the NATO summit in Vilnius",
     "The president skipped the NATO summit in Vilnius, sending the vice president instead", True, "contradicted"),
    ("The president will attend the NATO summit in Vilnius",
     "The president skipped the NATO summit in Vilnius, sending the vice president instead", None, "contradicted"),
    # one sent in the subject's place: the subject stayed away
    ("The trade minister will attend the WTO ministerial in Geneva",
     "The trade minister sent a deputy to the WTO ministerial in Geneva", None, "contradicted"),
    ("The trade minister will attend the WTO ministerial in Geneva",
     "The trade minister sent a deputy to the WTO ministerial in Geneva", True, "contradicted"),
    pytest.param("The energy minister will attend the OPEC meeting in Vienna",
                 "The energy minister sent his oil adviser to the OPEC meeting in Vienna instead", None, "contradicted",
                 marks=pytest.mark.xfail(strict=True, reason="'instead' is nine words after 'sent': a '+' cue looks "
                                                             "six words on")),
    # controls: the same staying away on both sides; a deputy sent as expected
    ("The energy minister is expected to stay away from the OPEC meeting in Vienna",
     "The energy minister stayed away from the OPEC meeting in Vienna", True, "fulfilled"),
    ("The trade minister will send a deputy to the WTO ministerial in Geneva",
     "The trade minister sent a deputy to the WTO ministerial in Geneva", None, "fulfilled"),
    # the key denies a sentence with no negation word and no opposite cue: as before, the key decides
    ("The chief executive will attend the shareholder meeting",
     "The chief executive was absent from the shareholder meeting", True, "contradicted"),
])
def test_attendance_and_a_key_that_repeats_the_word(expectation: str, report: str, key: bool | None,
                                                    want: str) -> None:
    assert judged(expectation, report, r=key)[0] == want


# Time against a schedule or a deadline: the same noun after prepositions of opposite sides ("on schedule" /
# "behind schedule", "before the deadline" / "past the deadline").
@pytest.mark.parametrize("expectation, report, want", [
    ("Parliament will vote on the budget before the deadline", "The budget vote was delayed past the deadline",
     "contradicted"),
    ("The new terminal will open on schedule in March", "The new terminal opened in July, four months behind schedule",
     "contradicted"),
    ("The chipmaker hopes to finish the new fab on schedule", "The new fab was finished a year behind schedule",
     "contradicted"),
    ("The treaty will be ratified before the summit", "The treaty was ratified after the summit", "contradicted"),
    ("Euro zone ministers will agree the bailout before the deadline",
     "Euro zone ministers agreed the bailout hours before the deadline", "fulfilled"),
    pytest.param("The central bank will publish its review on time",
                 "The central bank's review was published two weeks late", "contradicted",
                 marks=pytest.mark.xfail(strict=True, reason="'late' sets no preposition against 'time': no noun is "
                                                             "shared, and WordNet links 'on time' to no antonym")),
    # controls: the same side on both; a day ("on March 31") is neither side ("beyond March 31" is the later one, and
    # the denial of the extension contradicts it: eval4 a-au-budget's shape, from another domain)
    ("The fuel duty freeze, due to end on March 31, is expected to be extended for another year",
     "The government will not extend the fuel duty freeze beyond March 31", "contradicted"),
    ("Finance ministers will meet after the summit", "Finance ministers met after the summit", "fulfilled"),
    ("The Fed will cut rates before the election", "The Fed cut rates in September, before the election",
     "fulfilled"),
    ("The refinery upgrade will be completed on schedule", "The refinery upgrade was completed on schedule",
     "fulfilled"),
])
def test_time_against_a_schedule_or_a_deadline(expectation: str, report: str, want: str) -> None:
    assert judged(expectation, report)[0] == want


# A denial bounded by a time ("not before 2027", "not this year") against a start the report dates: the start is
# the fact the denial is about, whatever noun names the act ("sale" / "deliveries", "launch" / "sales")
@pytest.mark.parametrize("expectation, report, want", [
    pytest.param("The carmaker will not launch the model in Europe this year",
                 "European sales of the model start in May", "contradicted",
                 marks=pytest.mark.xfail(strict=True, reason="pairing's model veto reads 'model start' as a model "
                                                             "named apart from 'model europe' (score 8.1)")),
    ("The drug will not be sold in Japan before 2027", "Japanese sales of the drug will begin in late 2026",
     "contradicted"),
    ("The streaming service will not launch in Canada before 2027",
     "The streaming service will start in Canada in March 2028", "fulfilled"),
    ("The bank will not start selling the bonds before 2026", "The bank will begin bond sales in March 2026",
     "fulfilled"),
])
def test_a_denial_bounded_by_a_time_against_a_start(expectation: str, report: str, want: str) -> None:
    assert judged(expectation, report)[0] == want
