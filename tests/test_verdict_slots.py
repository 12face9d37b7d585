"""The figure a paired expectation predicts, found among several of one unit: when both claims restate a
figure of context (the same value on each side: last year's deficit, the fare a year earlier), when both
give the predicted value a move from the same baseline, or when the one answer is named for a period the
annual rate is of.  And a link to another model's figure is no contradiction when the report claim also
gives the expected value.

Verdicts written down (as an editor gives them) before the tool was run; claims invented, in the style of
wire copy, from other events than the released sets (a budget, an airline, a central bank, a launch, a
statistics release).  Drafted figures are given as `Figure`s with the metric names drafting writes.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Settings, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure

from helpers import Written, judged, said


@pytest.mark.parametrize("expectation, report, verdict", [
    # a figure of context both sides restate (the mid-year forecast) leaves one figure each: they differ
    (("Finance Minister Ana Lopes will present a budget forecasting a deficit of about 9 billion euros for 2027, "
      "wider than the 7.4 billion euros pencilled in at the spring update",
      [("budget forecasting for 2027", "about 9 billion euros"), ("wider at the spring update", "7.4 billion euros")]),
     ("Finance Minister Ana Lopes presented a budget with an 11.2 billion euro deficit in 2027, far above the "
      "7.4 billion euros forecast in the spring",
      [("deficit in 2027", "11.2 billion euro"), ("forecast in the spring", "7.4 billion euros")]),
     "contradicted"),
    # ... and agree
    (("Finance Minister Ana Lopes will present a budget forecasting a deficit of about 9 billion euros for 2027, "
      "wider than the 7.4 billion euros pencilled in at the spring update",
      [("budget forecasting for 2027", "about 9 billion euros"), ("wider at the spring update", "7.4 billion euros")]),
     ("Finance Minister Ana Lopes presented a budget with a 9.1 billion euro deficit in 2027, above the "
      "7.4 billion euros forecast in the spring",
      [("deficit in 2027", "9.1 billion euro"), ("forecast in the spring", "7.4 billion euros")]),
     "fulfilled"),
    # a move from the same baseline: the fare forecast and the fare reported, both from €80 a year earlier
    (("Average fare per passenger is forecast at €84, compared with €80 a year earlier and €86 in the "
      "summer quarter",
      [("Average fare per passenger forecast", "€84", "€80"), ("Average fare in the third quarter", "€86")]),
     ("Average fare per passenger rose to €89 from €80 a year earlier, the airline said",
      [("Average fare per passenger at the airline", "€89", "€80")]),
     "contradicted"),
    # the predicted value of one size with the outcome, if not within half again: 12 billion crowns vs 7.5
    (("Data due with the decision are expected to show the bank sold around 12 billion crowns of "
      "foreign currency in the third quarter",
      [("bank sold in the third quarter", "around 12 billion crowns")]),
     ("Data published with the decision showed the Riksbank sold foreign currency worth 7.5 billion crowns "
      "in the July-September period, down from 10.9 billion crowns in the previous three months",
      [("Riksbank sold foreign currency", "7.5 billion crowns", "10.9 billion crowns")]),
     "contradicted"),
    # annual inflation of a half-month is that half-month's figure, not a year's: 2.4% vs 2.6%
    (("Data due on Friday is expected to show annual inflation slowed to 2.4% in the first half of May",
      [("Data due on Friday in the first half", "2.4%")]),
     ("Data published on Friday showed annual inflation eased to 2.6% in the first half of May",
      [("annual inflation in the first half", "2.6%")]),
     "contradicted"),
    # a launch: the expected refresh rate is the one the report gives for the other model too
    (("The tablet is expected to get a display with a 144Hz refresh rate",
      [("refresh rate", "144Hz")]),
     ("Refresh rate: 120Hz (Tab S); 144Hz (Tab S Ultra)",
      [("Refresh rate", "120Hz"), ("Refresh rate: 120Hz (Tab", "144Hz")]),
     "fulfilled"),
])
def test_the_predicted_figure_among_several(expectation: Written, report: Written, verdict: str) -> None:
    got, reasons, _ = judged(expectation, report)
    assert got == verdict, reasons


def test_the_reason_names_both_values() -> None:
    got, reasons, discrepancies = judged(
        ("Average fare per passenger is forecast at €84, compared with €80 a year earlier and €86 in the "
         "summer quarter",
         [("Average fare per passenger forecast", "€84", "€80"), ("Average fare in the third quarter", "€86")]),
        ("Average fare per passenger rose to €89 from €80 a year earlier, the airline said",
         [("Average fare per passenger at the airline", "€89", "€80")]))
    assert got == "contradicted" and "€84" in reasons[0] and "€89" in reasons[0], reasons
    assert discrepancies == 0  # a verdict within the pair, never a discrepancy


@pytest.mark.parametrize("expectation, report", [
    # baselines that differ say nothing of which figure is the predicted one: two each, no decision
    (("Average fare per passenger is forecast at €84, compared with €80 a year earlier and €86 in the "
      "summer quarter",
      [("Average fare per passenger forecast", "€84", "€80"), ("Average fare in the third quarter", "€86")]),
     ("Average fare per passenger rose to €89 from €82 a year earlier, and €91 on long-haul routes",
      [("Average fare per passenger at the airline", "€89", "€82"), ("long-haul routes", "€91")])),
    # a sum near three times the other's is another measure, not a miss (the retailer's value, not its revenue)
    (("The retailer is expected to post quarterly revenue of about $4 billion",
      [("retailer quarterly revenue", "about $4 billion")]),
     ("The retailer's market value rose to $11 billion as quarterly revenue beat forecasts",
      [("retailer's market value", "$11 billion")])),
])
def test_no_slot_is_guessed(expectation: Written, report: Written) -> None:
    got, reasons, _ = judged(expectation, report)
    assert got == "fulfilled" and not any(r.startswith("figure differs") for r in reasons), reasons


def test_a_value_given_for_another_model_still_contradicts_when_the_expected_one_is_absent() -> None:
    got, reasons, _ = judged(("The tablet is expected to get a display with a 144Hz refresh rate",
                              [("refresh rate", "144Hz")]),
                             ("Refresh rate: 90Hz (Tab S); 120Hz (Tab S Ultra)",
                              [("Refresh rate", "90Hz"), ("Refresh rate: 90Hz (Tab", "120Hz")]))
    assert got == "contradicted", reasons


def test_the_expected_value_named_as_a_comparison_is_no_answer() -> None:
    # "lower than the 144Hz of the rival": the report measures against the expected value, it does not give it
    got, reasons, _ = judged(("The tablet is expected to get a display with a 144Hz refresh rate",
                              [("refresh rate", "144Hz")]),
                             ("The tablet's refresh rate is 120Hz, lower than the 144Hz of the rival Slate Pro",
                              [("tablet's refresh rate", "120Hz"), ("rival Slate Pro", "144Hz")]))
    assert got == "contradicted", reasons


@pytest.mark.parametrize("expectation, report", [
    # the report restates the expected value as what was expected, promised or paid before: no answer
    (("The bank is expected to lift its growth forecast to 1.4%", [("growth forecast", "1.4%")]),
     ("The bank lifted its growth forecast to 1.2%, below the 1.4% economists had pencilled in",
      [("growth forecast", "1.2%"), ("economists pencilled", "1.4%")])),
    (("The handset is expected to cost $899", [("handset price", "$899")]),
     ("The handset costs $949, $50 more than the $899 its predecessor cost at launch",
      [("handset price", "$949"), ("predecessor cost at launch", "$899")])),
    (("The minister is expected to set a deficit target of 3% of GDP", [("deficit target", "3%")]),
     ("The minister set the deficit target at 3.4% of GDP, above the 3% she had promised in spring",
      [("deficit target", "3.4%"), ("promised in spring", "3%")])),
    (("Operating profit is expected to fall to 840 million francs", [("Operating profit", "840 million francs")]),
     ("Operating profit fell to 790 million francs, missing the 840 million franc consensus",
      [("Operating profit", "790 million francs"), ("consensus", "840 million franc")])),
])
def test_the_expected_value_restated_is_no_answer(expectation: Written, report: Written) -> None:
    got, reasons, _ = judged(expectation, report)
    assert got == "contradicted", reasons


def test_a_value_the_preview_states_twice_is_answered_in_both_claims() -> None:
    # the report's 7.9 billion rand is linked with the preview's restatement; the fuller claim, where a figure
    # of context (last year's 4.5 billion) stands beside it, is contradicted too
    def claim(cid: str, text: str, figures: list[tuple[str, str]]) -> Claim:
        return Claim(id=cid, statement=text, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))

    preview = Document(id="p", role="preview", title="p", claims=(
        claim("rail", "Transport Minister Sipho Dube will present a plan spending about 6 billion rand on rail in "
                      "2027, more than the 4.5 billion rand spent last year",
              [("plan spending on rail in 2027", "about 6 billion rand"), ("more than last year", "4.5 billion rand")]),
        claim("rail-2", "Rail spending of about 6 billion rand is expected for 2027",
              [("Rail spending for 2027", "about 6 billion rand")])))
    report = Document(id="r", role="report", title="r", claims=(
        claim("spend", "Transport Minister Sipho Dube presented a plan with rail spending of 7.9 billion rand in 2027, "
                       "up from the 4.5 billion rand spent last year",
              [("rail spending in 2027", "7.9 billion rand"), ("spent last year", "4.5 billion rand")]),))
    result = decide(preview, report, Settings(threshold=1))
    verdicts = {e.claim.id: e.verdict for e in result.expectations}
    assert verdicts == {"rail": "contradicted", "rail-2": "contradicted"}, [e.reasons for e in result.expectations]


@pytest.mark.parametrize("expectation, report, verdict", [
    # a count of the same thing (the noun it counts), drafted as no figure: it answers the expectation
    ("Some 40 heads of government are expected to attend the summit in person",
     "Only 31 heads of government attended the summit in person", "contradicted"),
    ("The airline is expected to order 20 jets from the planemaker",
     "The airline ordered 25 jets from the planemaker", "contradicted"),
    ("The carrier could cut as many as 1,200 jobs in its restructuring",
     "The carrier said its restructuring would cut about 1,150 jobs", "fulfilled"),
    # a span of time is a count of its unit
    ("The central bank is expected to extend its bond-buying programme for another six months",
     "The central bank extended its bond-buying programme by three months", "contradicted"),
    ("Ministers will agree to phase out the levy over ten years",
     "Ministers agreed to phase out the levy over ten years", "fulfilled"),
    # a count both restate (the old model's 15 hours) is context: 20 hours against up to 16
    ("The new speaker should last around 20 hours on a charge, up on the old model's 15 hours",
     "The new speaker lasts up to 16 hours on a charge, barely more than the old model's 15 hours", "contradicted"),
    # a count on one side only answers nothing
    ("The budget will fund 30 new hospitals", "The budget funds 30 new hospitals over five years", "fulfilled"),
    ("Ministers will approve 12 new rail projects", "Ministers approved the rail projects and three bridges",
     "fulfilled"),
])
def test_a_count_of_the_same_thing_answers(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons


def test_the_count_reason_names_both_values() -> None:
    got, reasons = said("Some 40 heads of government are expected to attend the summit in person",
                        "Only 31 heads of government attended the summit in person")
    assert got == "contradicted" and "40 heads" in reasons[0] and "31 heads" in reasons[0], reasons


@pytest.mark.parametrize("expectation, report", [
    # counts of other things: projects and hospitals, leaders and countries
    ("Ministers will approve 12 new rail projects", "Ministers approved 14 new hospitals under the rail plan"),
    ("18 leaders are expected to attend in person",
     "The leaders of 16 countries attended in person, with the rest represented by ministers"),
    # two counts of the thing in the report and none restated: which one answers is not read
    ("The airline is expected to order 20 jets", "The airline ordered 25 jets, on top of the 10 jets ordered in May"),
    # years and dates are no counts
    ("The plan will run to 2030 and cover 12 ports", "The plan will run to 2032 and cover 12 ports"),
])
def test_no_count_is_guessed(expectation: str, report: str) -> None:
    _, reasons = said(expectation, report)
    assert not any(r.startswith("count of") and " differs" in r for r in reasons), reasons


@pytest.mark.parametrize("expectation, report, verdict", [
    # "no better than", "no worse than": a comparison, not a negation of what the report says happened
    ("The new handset is expected to last about two days on a charge",
     "The new handset lasts two days on a charge, no better than its predecessor", "fulfilled"),
    ("Unemployment is expected to hold at 5.1% in the quarter",
     "Unemployment held at 5.1% in the quarter, no worse than in the spring", "fulfilled"),
    # ... while "no" before a noun still denies it
    ("The minister will announce new taxes on fuel", "The minister announced no new taxes on fuel", "contradicted"),
])
def test_no_comparative_than_is_no_negation(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons


@pytest.mark.parametrize("expectation, report, verdict", [
    # a deadline or end year after "to", "by" or "until" is the value the expectation predicts
    ("Ministers are expected to move the coal phase-out forward to 2034",
     "Ministers agreed to move the coal phase-out forward by a year, to 2036", "contradicted"),
    ("The central bank expects inflation to return to its 2% target by 2027",
     "The central bank now expects inflation to return to its 2% target by 2028", "contradicted"),
    ("The truce is expected to be extended until 2027", "The truce was extended until 2027", "fulfilled"),
    # two deadlines in one claim: nothing is guessed
    ("Leaders will set a deadline of 2030 to halve emissions by 2030",
     "Leaders agreed to halve emissions by 2032 and to reach net zero by 2050", "fulfilled"),
])
def test_a_deadline_year_answers(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons
