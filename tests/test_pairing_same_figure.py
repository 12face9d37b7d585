"""An identical figure is evidence that two claims state one fact (issue 13): one value in one unit (or a bound it
meets, or a value it rounds to) of one measure of one named thing pairs two claims whose words differ, under the
threshold.  The same value of two measures ("growth of 2.5%" / "inflation of 2.5%"), or of two models, does not.
Invented claims of several domains; the verdicts were written down before the tool was run on them (session 13,
figbridge).
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure


def claim(key: str, statement: str, *figures: tuple[str, str], topic: str | None = None) -> Claim:
    return Claim(id=key, statement=statement, topic=topic,
                 figures=tuple(Figure(metric, parse_figure(value)) for metric, value in figures))


def checked(expected: Claim, outcome: Claim, *rivals: Claim) -> tuple[str, str | None]:
    """(verdict, the report claim paired) of one expectation at the default settings, each article with two
    claims on other things (rarity is weighed over both articles); rivals: report claims that come near it."""
    preview = (expected, Claim(id="x1", statement="The harbour tunnel will open to traffic in May."),
               Claim(id="x2", statement="Teachers are expected to get a pay rise of 4%."))
    report = (outcome, *rivals, Claim(id="y1", statement="A new ferry terminal was approved for the east bank."),
              Claim(id="y2", statement="Nurses will receive a one-off bonus."))
    result = decide(Document(id="p", role="preview", title="p", claims=preview),
                    Document(id="r", role="report", title="r", claims=report))
    found = result.expectations[0]
    return found.verdict, found.match.claim.id if found.match else None


SAME_FIGURE = [
    # a product launch: one capacity in a unit written two ways, of one model
    (claim("e", "The Volta X2 is tipped to carry a 720 Wh pack that lasts a full week of commuting.",
           ("Volta X2 battery capacity", "720 Wh"), topic="specs"),
     claim("r", "Kestrel Mobility on Monday showed off the Volta X2, an e-bike with a 720-watt-hour battery.",
           ("Volta X2 battery size", "720-watt-hour"), topic="launch")),
    # a network product: one speed, its unit glued to the number on one side
    (claim("e", "Insiders say the Arcus 9 router will reach peak rates of up to 11 Gbps on its fastest band.",
           ("Arcus 9 peak throughput", "up to 11 Gbps"), topic="specs"),
     claim("r", "Tellaro quotes wireless speeds of up to 11Gbps for the Arcus 9.",
           ("Arcus 9 wireless speed", "up to 11Gbps"), topic="performance")),
    # earnings: a consensus rounded, the outcome to one more digit, a quarter written as its months
    (claim("e", "Analysts expect Brightwater to post third-quarter sales of €2.3 billion next week.",
           ("Brightwater sales, Q3 2026", "€2.3 billion"), topic="results"),
     claim("r", "Sales in the July-to-September period came to €2.31 billion, up from €2.05 billion a year earlier.",
           ("Brightwater sales, July-September 2026", "€2.31 billion"), topic="earnings")),
    # a budget: a bound met by the sum granted
    (claim("e", "The finance ministry is expected to set aside more than NZ$2 billion for school buildings.",
           ("school building funding", "more than NZ$2 billion"), topic="education"),
     claim("r", "Schools get NZ$2.4 billion over four years for new classrooms and repairs, budget papers show.",
           ("school building funding over four years", "NZ$2.4 billion"), topic="budget")),
]


@pytest.mark.parametrize("expected, outcome", SAME_FIGURE)
def test_one_figure_of_one_thing_pairs(expected: Claim, outcome: Claim) -> None:
    assert checked(expected, outcome)[1] == "r"


# Each fails on main: the best scores under the threshold behind a rival claim on the same thing (a lead under
# the 1.5 a lone figure needs), or more than 15 points under it.
WITH_RIVALS = [
    # a launch: the motor's power in a unit written two ways, and the model's price beside it
    (claim("e", "The Volta X2 is tipped to pack 750W of pedal assistance for steep city hills.",
           ("Volta X2 motor power", "750W"), topic="specs"),
     claim("r", "Kestrel Mobility on Monday showed off the Volta X2, an e-bike with a 750-watt motor.",
           ("Volta X2 motor output", "750-watt"), topic="launch"),
     claim("r2", "The Volta X2 goes on sale in Kestrel stores across Europe at €3,499 in May.",
           ("Volta X2 price", "€3,499"), topic="pricing")),
    # a satellite service: one speed of one terminal, the report in few words (more than 15 points under)
    (claim("e", "Sources at the carrier say the Orbis rooftop terminal will let rural customers download at up to "
                "400 Mbps when skies are clear, several times what their copper lines give.",
           ("Orbis rooftop terminal downlink throughput", "up to 400 Mbps"), topic="service"),
     claim("r", "Helix quotes rates of up to 400Mbps for Orbis.", ("Orbis quoted speed", "up to 400Mbps"),
           topic="performance"),
     claim("r2", "Orbis costs $89 a month with no contract, Helix said.", ("Orbis monthly price", "$89"),
           topic="pricing")),
    # a budget: one sum for one purpose, said in few words, and another line of the same budget
    (claim("e", "The Treasury is expected to find £4.2 billion for hospital repairs, according to people briefed "
                "on the plans, in a package that would also cover new scanners and beds.",
           ("hospital repair funding", "£4.2 billion"), topic="health"),
     claim("r", "Hospital maintenance gets £4.2bn.", ("hospital maintenance funding", "£4.2bn"), topic="budget"),
     claim("r2", "The package also covers 300 new scanners for hospitals in the north.",
           ("new scanners", "300"), topic="budget")),
    # a central bank: the rate it set, one more digit in the report, and the vote beside it
    (claim("e", "Economists polled by the paper expect the Reserve Bank to put its cash rate at 3.6%.",
           ("cash rate", "3.6%"), topic="rates"),
     claim("r", "The official cash rate now stands at 3.60% after Tuesday's decision, the highest since 2012.",
           ("official cash rate", "3.60%"), topic="decision"),
     claim("r2", "The Reserve Bank's board was split on Tuesday, economists noted.", topic="decision")),
]


@pytest.mark.parametrize("expected, outcome, rival", WITH_RIVALS)
def test_one_figure_of_one_thing_pairs_beside_a_rival(expected: Claim, outcome: Claim, rival: Claim) -> None:
    assert checked(expected, outcome, rival)[1] == "r"


OTHER_MEASURE = [
    # a central bank's forecasts: one value, two measures
    (claim("e", "Economists expect the statistics office to report that the economy grew 2.5% last year.",
           ("GDP growth 2025", "2.5%"), topic="economy"),
     claim("r", "Consumer prices rose 2.5% on average last year, the statistics office said.",
           ("inflation 2025", "2.5%"), topic="prices")),
    (claim("e", "The central bank is expected to keep its policy rate at 5% on Thursday.",
           ("policy rate", "5%"), topic="rates"),
     claim("r", "Joblessness held at 5% in the three months to March, figures showed.",
           ("unemployment rate, three months to March", "5%"), topic="jobs")),
    # a launch: one price, two models
    (claim("e", "The Aero 14 laptop will cost $1,299 when it goes on sale in October.",
           ("Aero 14 price", "$1,299"), topic="price"),
     claim("r", "Priced at $1,299, the Aero 16 ships with a larger screen and a bigger battery.",
           ("Aero 16 price", "$1,299"), topic="pricing")),
    # a budget: one sum, two departments
    (claim("e", "The defence budget is set to rise to £3.1 billion next year.",
           ("defence budget 2027", "£3.1 billion"), topic="defence"),
     claim("r", "Health spending of £3.1 billion was announced for rural clinics.",
           ("rural health spending", "£3.1 billion"), topic="health")),
    # a summit: one count, two groups
    (claim("e", "More than 30 heads of government are expected at the Pacific forum in Suva.",
           ("heads of government attending", "more than 30"), topic="attendance"),
     claim("r", "Delegates signed 34 cooperation agreements over the three days, organisers said.",
           ("cooperation agreements signed", "34"), topic="deals")),
]


@pytest.mark.parametrize("expected, outcome", OTHER_MEASURE)
def test_one_value_of_two_measures_does_not_pair(expected: Claim, outcome: Claim) -> None:
    assert checked(expected, outcome) == ("absent", None)


@pytest.mark.parametrize("rounded, value, held", [
    ("$4.1 billion", "$4.12 billion", True),  # the consensus rounded, the outcome to one more digit
    ("3.6%", "3.60%", True),
    ("€2.3 billion", "€2.31 billion", True),
    ("2%", "2.4%", False),  # one significant digit says too little
    ("$4.12 billion", "$4.1 billion", False),  # the precise value holds no rounder one
    ("$4.1 billion", "$4.15 billion", False),  # an edge of the interval
    ("$4.1 billion", "$4.3 billion", False),
])
def test_a_value_rounded_holds_the_values_it_rounds(rounded: str, value: str, held: bool) -> None:
    from summitcheck.pairing import _rounded_to, _rounds
    q, p = parse_figure(rounded), parse_figure(value)
    assert (_rounds(q) and _rounded_to(q, p)) is held
