"""When something starts, said as a month, a quarter or a half: a start in March is not one in the second
quarter, and one in May is.  (A month against a month was read before; a quarter or a half was not.)

Verdicts written down (as an editor gives them) before the tool was run; claims invented in the style of wire
copy, from other events than the released sets (a carmaker, a budget levy, a central bank's rules, a headset
launch).
"""

from __future__ import annotations

import pytest

from helpers import said


@pytest.mark.parametrize("expectation, report, verdict", [
    ("US deliveries of the sedan will begin in March 2027",
     "The first US deliveries of the sedan will now begin in the second quarter of 2027", "contradicted"),
    ("The new levy will take effect from January",
     "The new levy will take effect in the second half of the year", "contradicted"),
    ("The new reserve rules will start in the first quarter of 2027",
     "The new reserve rules will start in April 2027", "contradicted"),
    # the month lies in the quarter
    ("Shipments of the headset will start in the second quarter",
     "Shipments of the headset will start in May", "fulfilled"),
    # a bound is no start
    ("The reserve rules will take effect by the second quarter",
     "The reserve rules took effect in April", "fulfilled"),
])
def test_a_start_in_another_period(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons
