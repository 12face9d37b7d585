"""Check-worthy sentences that were passed over (issue 14 item 2; artdraft3).

Three shapes: a preview's passive expectation without "to" ("Hypertension alerts … are expected on both models"), a
preview's present-tense statement of what a coming document does, attributed to sources ("the draft does not raise
income tax rates, according to people familiar with it"), and a report's existential outcome ("There's no Arc 4
Lite."). Every sentence is invented, in other domains, and was labelled a claim before the tool ran.
"""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims


def _quotes(sentence: str, role: str) -> list[str]:
    doc = draft_claims(f"A headline for the test of the day\n\n{sentence}\n", role, "d").document
    return [c.quote or "" for c in doc.claims]


@pytest.mark.parametrize("sentence", [
    "Fresh guidance on bond purchases is expected at the press conference after the decision.",
    "New sanctions on Russian oil are widely expected in the summit's final communiqué.",
    "A cheaper Lite model is rumoured for later in the year, alongside the flagship.",
    "Details of the share buyback are due with the half-year results on Tuesday.",
])
def test_a_passive_expectation_without_to_is_drafted(sentence: str) -> None:
    assert any(sentence in q for q in _quotes(sentence, "preview"))


@pytest.mark.parametrize("sentence", [
    "The draft communiqué omits any reference to fossil fuels, according to diplomats who have seen it.",
    "The plan does not include a cap on bankers' bonuses, people familiar with the matter said.",
    "For next year, however, the draft keeps the pension age unchanged, according to a copy seen by the Courier.",
])
def test_a_sourced_statement_of_what_a_coming_document_does_is_drafted(sentence: str) -> None:
    assert any(sentence in q for q in _quotes(sentence, "preview"))


@pytest.mark.parametrize("sentence", [
    "There's no buyback this time.",
    "There was no mention of a windfall tax.",
    "There are no new tariffs on Chinese steel.",
])
def test_a_reports_existential_outcome_is_drafted(sentence: str) -> None:
    assert any(sentence in q for q in _quotes(sentence, "report"))
