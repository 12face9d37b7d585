"""Refusals read by polarity and the verdict (issues 13 and 14), ported from branch `refusals` without its pairing
term (the "refusal family" term cost a verdict on the blind gate).

- An aside between a verb and its "to" ("is expected, as usual, to decline to say") is no purpose clause: the
  refusal after it is the claim's own.
- A refusal to answer questions, to respond, to reply or to be drawn is a refusal to speak ("will face questions"
  is answered by "declined to answer questions"), and answering is speaking ("will answer questions" /
  "would not answer questions" is still contradicted).
- "Instead of approving the stadium, the council approved a park" passes over the stadium: the verb both acts
  share tells neither apart, so it agrees with "will not approve the stadium".
Every sentence is invented (regulators, airlines, ministers, councils, boards, product launches, central banks),
labelled before the first run; controls are cases the readings must not change.
"""

from __future__ import annotations

import time

import pytest

from summitcheck.polarity import denies, refusal_to_speak

from helpers import decided


@pytest.mark.parametrize("statement, denied", [
    ("The regulator is expected, as usual, to decline to say when the probe will end.", True),
    ("Skyline Air is likely, analysts say, to refuse to give a timetable for its dividend.", True),
    ("The ministers are set, as in past years, to decline to endorse the communique.", True),
    # controls: an aside before an act, and purpose clauses that stay clauses
    ("The central bank is expected, economists say, to raise rates.", False),
    ("The firm cut prices, to win back customers.", False),
    ("The council met on Monday, to decline the stadium plan.", False),
])
def test_an_aside_before_to_hides_no_refusal(statement: str, denied: bool) -> None:
    assert denies(statement) is denied


@pytest.mark.parametrize("statement", [
    "The minister declined to answer questions about the leak.",
    "The governor refused to respond to questions on the rate path.",
    "The coach refused to be drawn on his future.",
    "The company would not reply to the regulator's letter.",
])
def test_refusals_to_speak(statement: str) -> None:
    assert refusal_to_speak(statement) is not None


@pytest.mark.parametrize("expected, outcome, verdict", [
    ("The council will not approve the stadium.", "Instead of approving the stadium, the council approved a park.",
     "fulfilled"),
    ("The council will approve the stadium.", "Instead of approving the stadium, the council approved a park.",
     "contradicted"),
    ("The council will approve a park.", "Instead of approving the stadium, the council approved a park.",
     "fulfilled"),
    ("The board is not expected to approve the takeover.",
     "Rather than approving the takeover, the board approved a joint venture.", "fulfilled"),
    ("Apple will not launch a cheaper iPhone.", "Instead of launching a cheaper iPhone, Apple launched a cheaper iPad.",
     "fulfilled"),
    # controls: no verb shared, or the act expected
    ("The ECB will not cut rates.", "Instead of cutting rates, the ECB extended its bond purchases.", "fulfilled"),
    ("The ECB will cut rates.", "Instead of cutting rates, the ECB extended its bond purchases.", "contradicted"),
    ("The ministers will sign a joint statement.",
     "Rather than signing a joint statement, the ministers signed separate declarations.", "contradicted"),
    ("The minister will face questions about the leak.", "The minister declined to answer questions about the leak.",
     "fulfilled"),
    # controls: answering is speaking, so a refusal to answer contradicts it
    ("The finance minister will answer questions on the deficit.",
     "The finance minister would not answer questions on the deficit.", "contradicted"),
    ("The company will reply to the regulator's letter.", "The company did not reply to the regulator's letter.",
     "contradicted"),
    ("The treasurer will answer questions on the deficit.", "The treasurer answered questions on the deficit.",
     "fulfilled"),
])
def test_verdicts(expected: str, outcome: str, verdict: str) -> None:
    assert decided(expected, outcome).verdict == verdict


@pytest.mark.xfail(strict=True, reason="pairing: the two share only 'merger' and who spoke; branch `refusals` paired"
                   " them with its refusal-family term, which is left out here (it cost a verdict on gate12)")
def test_a_refusal_to_be_drawn_answers_questions() -> None:
    assert decided("The chief executive will face questions about the merger.",
                   "Asked about the merger, the chief executive refused to be drawn.").verdict == "fulfilled"


@pytest.mark.parametrize("text", [
    "is expected, " + "as usual " * 500 + ", to decline to say",
    "expected," * 2000 + " to go",
    ", to " * 3000,
    "A" * 20000,
    "9" * 20000,
    "Declined To " * 2000,
    "Refused To Be Drawn " * 2000,
    "answer " * 3000,
])
def test_no_hang(text: str) -> None:
    start = time.process_time()
    denies(text)
    refusal_to_speak(text)
    decided(text, "The council approved a park.")
    assert time.process_time() - start < 2.0
