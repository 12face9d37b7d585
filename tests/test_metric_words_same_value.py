"""Two editors name one figure with other modifiers of one head ("top print speed" / "maximum print speed",
"household electricity rebate" / "power bill rebate", "original price" / "first-generation price"). When the two
figures state the same value in the same unit, that is the sign they are one measure, as the told-apart check
already reads it: the modifiers alone do not refuse the pair. Figures of two places, models or measures ("Tuvalu" /
"Palau", "Nova" / "Nova Pro", "operating" / "gross") stay apart whatever their values; modifiers of one head with
other values still part two things ("consumer" / "business" broadband revenue).

On this session's blind study set of claim files (study10) 6 of the 10 refusals of a pair through its metric's
words were wrong, 4 of them figures of one value; on the older sets 9 of 108. Verdicts below were written down as an
editor gives them before the tool was run (lead, 2026-11-23); events, names and figures are invented.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str]) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def judged(expectation: Claim, *outcomes: Claim) -> tuple[str, str | None]:
    e = decide(doc("preview", expectation), doc("report", *outcomes)).expectations[0]
    return e.verdict, e.match.claim.id if e.match else None


CASES = [
    pytest.param(  # a launch: top / maximum
        claim("speed", "The Aster 3 drone is expected to reach a top flight speed of 72 km/h.",
              ("Aster 3 top flight speed", "72 km/h")),
        claim("r-speed", "The Aster 3 has a maximum flight speed of 72 km/h, the company said.",
              ("Aster 3 maximum flight speed", "72 km/h")),
        ("fulfilled", "r-speed"), id="launch-top-vs-maximum"),
    pytest.param(  # a budget: one rebate in two names
        claim("rebate", "The government will keep the household energy rebate at $300 next year.",
              ("household energy rebate", "$300")),
        claim("r-rebate", "The power bill rebate stays at $300 a household next year.",
              ("power bill rebate", "$300")),
        ("fulfilled", "r-rebate"), id="budget-energy-rebate-vs-power-bill-rebate"),
    pytest.param(  # earnings: original / first-generation price of a product kept on sale
        claim("old", "The original Lumen speaker is set to stay on sale at $149.",
              ("original Lumen price", "$149")),
        claim("r-old", "The first-generation Lumen remains on sale for $149.",
              ("first-generation Lumen price", "$149")),
        ("fulfilled", "r-old"), id="launch-original-vs-first-generation"),
    pytest.param(  # controls: two places of one head, one value — still two things
        claim("tuvalu", "Leaders are expected to pledge $20 million for a Tuvalu undersea cable.",
              ("Tuvalu undersea cable funding", "$20 million")),
        claim("r-palau", "Leaders pledged $20 million for an undersea cable to Palau.",
              ("Palau undersea cable funding", "$20 million")),
        ("absent", None), id="summit-two-places-one-value"),
    pytest.param(  # review: a place in a lower-case metric name is still a name — the statements write it so
        claim("tuvalu", "Leaders are expected to pledge $20 million for a Tuvalu undersea cable.",
              ("tuvalu undersea cable funding", "$20 million")),
        claim("r-palau", "Leaders pledged $20 million for an undersea cable to Palau.",
              ("palau undersea cable funding", "$20 million")),
        ("absent", None), id="summit-two-places-lower-case-names"),
    pytest.param(  # review: a metric name's first capital is the start of a name, not a proper name
        claim("rebate", "The government will keep the household energy rebate at $300 next year.",
              ("Household energy rebate", "$300")),
        claim("r-rebate", "The power bill rebate stays at $300 a household next year.",
              ("Power bill rebate", "$300")),
        ("fulfilled", "r-rebate"), id="budget-rebate-names-capitalised-at-start"),
    pytest.param(  # two measures of one kind, one value
        claim("op", "The retailer's operating margin is expected at 8% for the year.",
              ("full-year operating margin", "8%")),
        claim("r-gross", "The retailer's gross margin was 8% for the year.",
              ("full-year gross margin", "8%")),
        ("absent", None), id="earnings-operating-vs-gross-one-value"),
    pytest.param(  # two parts of one head, other values
        claim("consumer", "Consumer broadband revenue is expected to reach €1.2 billion in the quarter.",
              ("consumer broadband revenue, third quarter", "€1.2 billion")),
        claim("r-business", "Business broadband revenue was €0.8 billion in the quarter.",
              ("business broadband revenue, third quarter", "€0.8 billion")),
        ("absent", None), id="telecom-consumer-vs-business-other-values"),
]


@pytest.mark.parametrize(("expectation", "outcome", "want"), CASES)
def test_modifiers_of_one_head_part_figures_only_of_other_values(expectation: Claim, outcome: Claim,
                                                                  want: tuple[str, str | None]) -> None:
    assert judged(expectation, outcome) == want


@pytest.mark.xfail(strict=True, reason="one value for two parts of common words (eval3's planted false friend; "
                                       "the review's consumer/business): nothing but the lexicon tells 'local "
                                       "authorities' from 'social security', and it relates neither")
@pytest.mark.parametrize(("expectation", "outcome"), [
    (claim("local", "The budget is expected to include a €2 billion cut to local authorities' funding.",
           ("cut to local authorities' funding", "€2 billion")),
     claim("r-social", "The budget cuts social security funding by €2 billion.",
           ("cut to social security funding", "€2 billion"))),
    (claim("consumer", "Consumer broadband revenue is expected to reach €1.2 billion in the quarter.",
           ("consumer broadband revenue, third quarter", "€1.2 billion")),
     claim("r-business", "Business broadband revenue was €1.2 billion in the quarter.",
           ("business broadband revenue, third quarter", "€1.2 billion"))),
])
def test_one_value_for_two_parts_named_in_common_words(expectation: Claim, outcome: Claim) -> None:
    assert judged(expectation, outcome) == ("absent", None)
