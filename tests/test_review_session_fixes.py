"""Review findings of the session's change, each an input that read wrong before the fix (expected
values written from the finding, before the fix was run)."""

import pytest

from summitcheck.context import _DEMAND
from summitcheck.extract.segmenting import furniture_kind
from summitcheck.pairing import models
from summitcheck.verdict import _counts, _deadline


@pytest.mark.parametrize(("statement", "deadline"), [
    ("Car exports will rise 5% in 2025 compared to 2024", None),    # a baseline, not a deadline
    ("Spending will double from 2025 to 2030", None),                # a span
    ("Leaders will bring forward to 2032 the deadline", "to 2032"),
    ("The plant will close by 2027", "by 2027"),
])
def test_deadline_is_a_year_a_pledge_runs_to(statement: str, deadline: str | None) -> None:
    assert _deadline(statement) == deadline


@pytest.mark.parametrize(("statement", "named"), [
    ("Ministers will sign the trade agreement by Dec 31", {}),       # a date
    ("The bill passed the Senate 51-49 on Tuesday", {}),             # a vote tally
    ("Envoys discussed the Gaza 20-point plan", {}),                 # a compound
    ("Halcyon said the Vista 2 Pro will ship in May", {"vista2pro": "Vista 2 Pro"}),
])
def test_what_is_read_as_a_model(statement: str, named: dict[str, str]) -> None:
    assert models(statement) == named


@pytest.mark.parametrize(("line", "kind"), [
    ("This OECD report is part of a series that projects growth of 1.2% in 2026.", None),
    ("Nordbank's reporting is supported by data from 40 countries.", None),
    ("This article is part of our Global Europe coverage, produced with the financial support of a foundation.",
     "disclaimer"),
])
def test_the_page_about_itself_not_a_report_about_another_body(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(("text", "demand"), [
    ("Demand for copper rose 4% in the quarter", False),             # the noun: a measure
    ("Unions demanded a 20% rise", True),
    ("The Greens will push for a 20 per cent increase", True),
])
def test_a_demand_is_the_verb_of_asking(text: str, demand: bool) -> None:
    assert bool(_DEMAND.search(text)) is demand


def test_counts_are_read_in_the_first_640_characters_only() -> None:
    near = "The board approved 12 new branches"
    assert [c.written for c in _counts(near)] == ["branches"]
    assert _counts("x " * 400 + near) == ()                          # beyond the cut, as pairing reads it
    assert _counts("tokens w123x w45x w7x of synthetic text") == ()  # digits inside words open no count


def _drafted(text: str) -> list[str]:
    from summitcheck.extract import draft_claims
    return [c.statement for c in draft_claims(text, "preview", "d").document.claims]


def test_a_question_bullet_starts_no_list_of_other_stories() -> None:
    text = ("Bank set to cut rates on Thursday\n\nThe central bank meets on Thursday with markets braced for a move.\n\n"
            "- Why does the decision matter?\n- The bank is expected to cut its deposit rate by 25 basis points to 2%\n"
            "- Analysts expect a further cut in December\n")
    drafted = _drafted(text)
    assert any("deposit rate by 25 basis points" in s for s in drafted), drafted
    assert any("further cut in December" in s for s in drafted), drafted
    assert not any("Why does" in s for s in drafted), drafted

