"""A report's refusal to speak ("refused to say whether they would be frozen", "declined to comment", "did not
give a figure") answers an expectation that someone will speak (signal, welcome, announce): they did not.
Of any other act it says nothing: the freeze, the job cuts, the fall in lending may yet come, and the editor
calls the expectation absent.  A refusal to say *when* something arrives says it has not arrived.

Verdicts written down (as an editor gives them) before the tool was run; claims invented, in the style of
wire copy, from other events than the released sets (a budget, a carmaker, a bank, a central bank, a
watch launch, a ministry).
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Settings, decide


def verdict_of(expectation: str, report: str) -> tuple[str, tuple[str, ...]]:
    """The verdict of one expectation against a report of one claim that pairs with it."""
    preview = Document(id="p", role="preview", title="p", claims=(Claim(id="e", statement=expectation),))
    outcome = Document(id="r", role="report", title="r", claims=(Claim(id="r", statement=report),))
    (found,) = decide(preview, outcome, Settings(threshold=1)).expectations
    return found.verdict, found.reasons


@pytest.mark.parametrize("expectation, report, verdict", [
    # a refusal to speak of an act that is not speaking: nothing is said of it
    ("Pensions will be frozen next year at their current level",
     "Asked about pensions, the finance minister refused to say whether they would be frozen next year", "absent"),
    ("The carmaker is expected to cut about 2,000 jobs in Germany",
     "Asked about a report that it planned to cut 2,000 jobs in Germany, the carmaker declined to comment", "absent"),
    ("Net lending is expected to fall to about 1.5 billion euros in the quarter",
     "The bank did not give a figure for net lending in the quarter", "absent"),
    # a refusal to speak where speaking was expected: contradicted
    ("The governor is expected to signal that rates have peaked",
     "The governor declined to say whether rates had peaked", "contradicted"),
    ("The minister is expected to welcome the report on pensions",
     "The minister declined to comment on the report on pensions", "contradicted"),
    ("The chief executive is expected to give the first figures on subscriptions to the new service",
     "The chief executive declined to disclose how many customers had subscribed to the new service", "contradicted"),
    # a refusal to say when it arrives: it has not
    ("The watch is expected to debut blood-pressure alerts at the launch",
     "The company declined to say when blood-pressure alerts would arrive on the watch", "contradicted"),
    # a refusal expected: fulfilled
    ("The carmaker is not expected to give a figure for US prices",
     "The carmaker did not give a figure for US prices", "fulfilled"),
])
def test_a_refusal_to_speak_answers_only_speaking(expectation: str, report: str, verdict: str) -> None:
    got, reasons = verdict_of(expectation, report)
    assert got == verdict, reasons


def test_the_absent_reason_names_the_refusal() -> None:
    got, reasons = verdict_of("Pensions will be frozen next year at their current level",
                              "Asked about pensions, the finance minister refused to say whether they would be "
                              "frozen next year")
    assert got == "absent" and "refused to say" in reasons[0], reasons
