"""A claim that tells of two things moving apart ("Revenue rose 6%; the gross margin held steady", "cut its
deposit rate, while the lending rate was left unchanged") says each move of its own thing: against an
expectation about one of them, the direction is read from the part that speaks of it, not from the first.

Verdicts written down (as an editor gives them) before the tool was run; claims invented in the style of wire
copy, from other events than the released sets (a retailer, a central bank, a budget, an airline).
"""

from __future__ import annotations

import pytest

from helpers import said


@pytest.mark.parametrize("expectation, report, verdict", [
    ("The retailer's gross margin is expected to hold steady",
     "Revenue rose 6%; the gross margin held steady", "fulfilled"),
    ("The lending rate is expected to stay unchanged",
     "The central bank cut its deposit rate, while the lending rate was left unchanged", "fulfilled"),
    ("The health budget is expected to be frozen",
     "Defence spending was raised; the health budget was frozen", "fulfilled"),
    ("The airline is expected to keep its capacity guidance",
     "Fuel cost guidance raised; capacity guidance kept", "fulfilled"),
    # the part about the expectation's own thing moved the other way
    ("The deposit rate is expected to be cut",
     "The deposit rate was left unchanged, while the lending rate was cut", "contradicted"),
    ("Defence spending is expected to be frozen",
     "Defence spending was raised; the health budget was frozen", "contradicted"),
])
def test_the_part_about_the_expectation_moves(expectation: str, report: str, verdict: str) -> None:
    got, reasons = said(expectation, report)
    assert got == verdict, reasons
