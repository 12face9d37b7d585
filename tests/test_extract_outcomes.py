"""What a report's sentence says of its outcome in other words stays drafted (issue 14 item 2: "reports keep every
sentence that states an outcome"; artdraft, session 2026-11-22 afternoon).

- An appositive that places the outcome in a series ("…, its fourth cut in a row", "…, unchanged from the previous
  quarter", "…, the third straight monthly decline") is the outcome said again: it stays in the statement.
- What someone is reported saying in a trailing participle ("…, saying the board had ruled out further hikes") is a
  claim of its own when it is a clause.
- ", as did X" gives X the predicate of the main clause: a claim of its own.

Every sentence is invented, in the style of wire copy on other events than the released sets; the statements were
written down before the rules (labelled before running).
"""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims


def _statements(text: str, role: str = "report") -> list[str]:
    return [c.statement for c in draft_claims(f"Headline of the day for a test\n{text}\n", role, "d").document.claims]


@pytest.mark.parametrize("sentence, statements", [
    ("Norland's central bank cut its policy rate by 25 basis points to 3.5% on Thursday, its fourth cut in a row.",
     ["Norland's central bank cut its policy rate by 25 basis points to 3.5% on Thursday, its fourth cut in a row"]),
    ("The board declared a quarterly dividend of 52 cents per share, unchanged from the previous quarter.",
     ["The board declared a quarterly dividend of 52 cents per share, unchanged from the previous quarter"]),
    ("Exports fell to $21.4 billion in October, the third straight monthly decline.",
     ["Exports fell to $21.4 billion in October, the third straight monthly decline"]),
    ("The carrier added 120,000 passengers in the quarter, its first increase in two years.",
     ["The carrier added 120,000 passengers in the quarter, its first increase in two years"]),
    # a remark on the outcome is still no outcome
    ("Halvard Energy cut 1,200 jobs in its refining unit, a move that unions called a betrayal.",
     ["Halvard Energy cut 1,200 jobs in its refining unit"]),
    # what was said, as a clause, is a claim of its own; a participle without a clause goes
    ("Governor Ilse Varga kept rates on hold, saying the board had ruled out further hikes this year.",
     ["Governor Ilse Varga kept rates on hold", "The board had ruled out further hikes this year"]),
    ("The finance minister defended the budget on Tuesday, saying that the deficit would fall to 2.9% of GDP in 2027.",
     ["The finance minister defended the budget on Tuesday", "The deficit would fall to 2.9% of GDP in 2027"]),
    ("The company reaffirmed its full-year outlook on Monday, saying little about margins.",
     ["The company reaffirmed its full-year outlook on Monday"]),
    # ", as did X": X did the same
    ("Finance Minister Petra Lind voted for the motion, as did three opposition members.",
     ["Finance Minister Petra Lind voted for the motion", "Three opposition members voted for the motion"]),
    ("Brent crude rose 2% on Monday, as did U.S. crude futures.",
     ["Brent crude rose 2% on Monday", "U.S. crude futures rose 2% on Monday"]),
    ("Sweden's central bank held its rate at 2%, as was widely expected.", ["Sweden's central bank held its rate at 2%"]),
    ("Deputy Governor Ana Ruiz, who had argued for a pause, backed the cut, as did Governor Tomas Hale, who had dissented"
     " at the previous two meetings.",
     ["Deputy Governor Ana Ruiz backed the cut", "Governor Tomas Hale backed the cut"]),
    # the series said of the subject, between it and its verb: a claim of its own
    ("The quarter-point cut, the central bank's fifth in a row, was backed by all nine members.",
     ["The quarter-point cut was backed by all nine members", "The quarter-point cut was the central bank's fifth in a row"]),
])
def test_a_reports_outcome_said_in_other_words_is_drafted(sentence: str, statements: list[str]) -> None:
    assert _statements(sentence) == statements


def test_a_previews_series_aside_is_left_as_before() -> None:
    # Only reports keep the series appositive: a preview's is trimmed as before (labelled before running).
    assert _statements("Norland's central bank is expected to cut its policy rate to 3.5% on Thursday, its fourth cut in"
                       " a row.", "preview") == ["Norland's central bank is expected to cut its policy rate to 3.5% on"
                                                 " Thursday"]


@pytest.mark.parametrize("statement, cues", [
    # a fall to a figure is no refusal (the report's outcome, once drafted whole, met "declined to" as a cue)
    ("Inventories declined to $2.4 billion from $2.6 billion, the third consecutive quarterly drop", []),
    ("Exports declined to about 4.1 million tonnes in May", []),
    ("Exports declined to a three-year low in May", []),
    ("The company declined to comment on the report", ["declined to"]),
    ("The minister declined to give a figure for the deficit", ["declined to"]),
])
def test_declining_to_a_figure_is_a_fall(statement: str, cues: list[str]) -> None:
    from summitcheck.polarity import negation_cues
    assert negation_cues(statement) == cues

