"""The report figure that answers the expectation among several of one unit, read from the names drafting
gave them: the one whose name shares what is measured ("investment bank" of "Income at the investment bank
increase"), words of change left out, when only one does ("driven increase" of "driven by a 21% rise in
fixed income" measures something else).

Verdicts written down (as an editor gives them) before the tool was run; claims invented, in the style of
wire copy, from other events than the released sets (earnings, a budget, a central bank's data).  Drafted
figures are given as `Figure`s with the metric names drafting writes.
"""

from __future__ import annotations

import pytest

from helpers import judged


@pytest.mark.parametrize("expectation, report, verdict", [
    (("Revenue at the cloud unit is seen rising about 12% from a year earlier",
      [("Revenue at the cloud unit increase", "about 12%")]),
     ("Revenue at the cloud unit jumped 18% to $4.1 billion, helped by a 30% rise in AI services",
      [("cloud unit increase", "18%"), ("Revenue at the cloud unit", "$4.1 billion"), ("helped increase", "30%")]),
     "contradicted"),
    (("Spending on defence is expected to rise by about 5% next year", [("Spending on defence increase", "about 5%")]),
     ("Spending on defence rises 5.2% next year, while a 9% cut to foreign aid pays for it",
      [("defence increase", "5.2%"), ("foreign aid decrease", "9%")]),
     "fulfilled"),
    (("Mortgage approvals are forecast to fall about 3% in the month", [("Mortgage approvals decrease", "about 3%")]),
     ("Mortgage approvals fell 5% in the month, even as a 2% rise in remortgaging lifted lending",
      [("Mortgage approvals decrease in the month", "5%"), ("remortgaging increase", "2%")]),
     "contradicted"),
])
def test_the_figure_named_for_what_is_measured_answers(expectation, report, verdict) -> None:  # type: ignore[no-untyped-def]
    got, reasons, _ = judged(expectation, report)
    assert got == verdict, reasons


def test_two_figures_named_alike_are_not_guessed() -> None:
    _, reasons, _ = judged(
        ("Mortgage approvals are forecast to fall about 3% in the month", [("Mortgage approvals decrease", "about 3%")]),
        ("Mortgage approvals fell 5% in London in the month and mortgage approvals fell 2% elsewhere",
         [("Mortgage approvals decrease in London", "5%"), ("mortgage approvals decrease elsewhere", "2%")]))
    assert not any("named apart" in r for r in reasons), reasons
