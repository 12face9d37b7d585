"""A figure observed on another day is another observation: a market level quoted on Tuesday in a preview
and on Thursday in the report (gilt yields, a currency, a share price) is no conflict.  Sentences invented;
the expected conflicts written down before the tool was run (lead, 2026-11-22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitcheck.context import read_context

from helpers import checked_articles


@pytest.mark.parametrize(("sentence", "value", "day"), [
    ("Two-year gilt yields edged down 2 basis points to 3.41% on Tuesday.", "3.41%", "tuesday"),
    ("The zloty traded at 4.27 per euro on Monday morning.", "4.27", "monday"),
    ("The bank is expected to cut its rate to 3.5%.", "3.5%", None),
])
def test_the_day_a_figure_is_observed(sentence: str, value: str, day: str | None) -> None:
    context = read_context(sentence, value)
    assert context is not None and context.day == day


@pytest.mark.parametrize(("preview", "report", "expected"), [
    # market levels of two days: no conflict
    ("Two-year gilt yields edged down 2 basis points to 3.41% on Tuesday.",
     "Two-year gilt yields climbed 6 basis points to 3.47% on Thursday after the decision.", []),
    ("Shares in Halvorsen closed at 212 crowns on Monday ahead of the results.",
     "Shares in Halvorsen closed at 198 crowns on Wednesday after the results.", []),
    # the same day, or no day on one side: the figures still answer each other
    ("Two-year gilt yields are seen at 3.41% on Thursday after the decision.",
     "Two-year gilt yields climbed to 3.47% on Thursday after the decision.", [("3.41%", "3.47%")]),
])
def test_figures_of_two_days_are_two_observations(tmp_path: Path, preview: str, report: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert checked_articles(tmp_path, preview, report)[1] == expected
