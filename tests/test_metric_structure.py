"""Metric names from the figure's own sentence structure (issue 14 item 4; artdraft3).

Four shapes in which a drafted figure was named by a word that is not what it measures ('one', 'down', 'claims', a
product's name): a partitive count ("one of the two dissenters" counts dissenters), a verb's particle ("edged down 2
basis points to 3.41%": the level is the yields'), a count of sources before a verb of claiming ("which one leaker
claims is 30% faster": no figure; 30% is the chip's), and figures coordinated before one noun ("41mm and 45mm case
sizes": both are case sizes). Every sentence is invented, in other domains, and the expected names were written down
before the tool ran.
"""

from __future__ import annotations

import pytest

from summitcheck.extract import draft_claims


def _figures(sentence: str, role: str = "preview") -> dict[str, str]:
    """value text -> metric, over the claims drafted from one sentence under a headline."""
    doc = draft_claims(f"A headline for the test of the day\n\n{sentence}\n", role, "d").document
    return {f.quantity.text: f.metric for c in doc.claims for f in c.figures}


@pytest.mark.parametrize("sentence, value, noun", [
    ("Chief Economist Huw Pill is expected to be one of the two dissenters, along with Catherine Mann.",
     "two dissenters", "dissenters"),
    ("The Orion X5 is expected to be one of the four models on show at the launch in Oslo.", "four models", "models"),
    ("Halvorsen is likely to be one of the two bidders left in the auction for the offshore licence.",
     "two bidders", "bidders"),
    ("The copper unit is expected to be one of only two divisions to grow profit this half.", "two divisions",
     "divisions"),
])
def test_a_partitive_count_measures_what_it_counts(sentence: str, value: str, noun: str) -> None:
    figures = _figures(sentence)
    assert value in figures, figures
    assert noun in figures[value], figures


@pytest.mark.parametrize("sentence, value, subject", [
    ("Two-year gilt yields edged down 2 basis points to 3.41% after the data.", "3.41%", "gilt yields"),
    ("Copper prices edged up 1.2% to $9,850 a tonne on Tuesday.", "$9,850 a tonne", "Copper prices"),
    ("Brent crude futures were up 80 cents at $82.40 a barrel by midday.", "$82.40 a barrel", "Brent crude futures"),
])
def test_a_level_after_a_verbs_particle_is_the_subjects(sentence: str, value: str, subject: str) -> None:
    figures = _figures(sentence, "report")
    assert value in figures, figures
    assert subject.lower() in figures[value].lower(), figures


@pytest.mark.parametrize("sentence, source, value, noun", [
    ("Norrvik is expected to debut its N4 chip, which one leaker claims is 30% faster than the N3.", "one leaker",
     "30%", "chip"),
    ("The budget will include a fuel-duty freeze, which one insider claims will cost £2.4 billion.", "one insider",
     "£2.4 billion", "freeze"),
    ("Three tipsters claim the Orion X5 will cost $499 in the US.", "Three tipsters", "$499", "X5"),
])
def test_a_count_of_sources_is_no_figure_and_the_claim_names_the_figure(sentence: str, source: str, value: str,
                                                                        noun: str) -> None:
    figures = _figures(sentence)
    assert source not in figures, figures
    assert value in figures and noun in figures[value], figures


@pytest.mark.parametrize("sentence, values, noun", [
    ("The Arc 4 will come in 41mm and 45mm case sizes, the same pair Norrvik has used since the Arc 2.",
     ["41mm", "45mm"], "case sizes"),
    ("The carmaker will offer 60kWh and 80kWh battery packs on the new crossover.", ["60kWh", "80kWh"],
     "battery packs"),
    ("The X5 is expected to ship with 16GB or 32GB memory options.", ["16GB", "32GB"], "memory options"),
])
def test_figures_coordinated_before_one_noun_both_measure_it(sentence: str, values: list[str], noun: str) -> None:
    figures = _figures(sentence)
    for value in values:
        assert value in figures and noun in figures[value], figures
