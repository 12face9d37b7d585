"""Polarity and direction: what the fuzzy score cannot see."""

from __future__ import annotations

import pytest

from summitcheck.model import Claim
from summitcheck.polarity import direction, is_negated


@pytest.mark.parametrize("statement, negated", [
    ("Japan will buy more US gas", False),
    ("Japan will not buy more US gas", True),
    ("Japan won’t buy more US gas", True),
    ("Japan didn't buy more US gas", True),
    ("No Fed official dissented", True),
    ("Trump did not rule out tariffs", False),    # two cues cancel out
    ("Trump ruled out tariffs", True),
    ("Nippon Steel dropped its bid for U.S. Steel", True),
    ("Exports dropped 5%", False),                # a fall, not a negation
    ("The summit was postponed", True),
    ("He declined to comment", True),
    ("Exports declined sharply", False),
    ("The talks were held at the White House", False),
])
def test_negation_from_cue_words(statement: str, negated: bool) -> None:
    assert is_negated(Claim(id="c", statement=statement))[0] is negated


def test_the_negated_key_overrides_cue_words() -> None:
    claim = Claim(id="c", statement="Japan will avoid tariffs", negated=True)
    assert is_negated(claim) == (True, "negated: true")
    assert is_negated(Claim(id="c", statement="Not a negation", negated=False))[0] is False


@pytest.mark.parametrize("statement, kind", [
    ("The Fed raised rates", "up"),
    ("The ECB cut its deposit rate", "down"),
    ("The Bank of England held rates at 5.25%", "hold"),
    ("The BoJ left policy unchanged", "hold"),
    ("Ishiba held his first summit with Trump", None),        # "held" a meeting is no hold
    ("Japan will increase investment to reduce its surplus", None),  # mixed: no direction
    ("Leaders discussed trade", None),
    ("The Fed declined to cut rates", "down"),               # "declined to" negates, "cut" is the fall
    ("Exports declined sharply", "down"),
    ("The minister declined to comment", None),
])
def test_direction(statement: str, kind: str | None) -> None:
    assert direction(statement)[0] == kind
