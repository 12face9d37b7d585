"""Currency symbols as papers print them (values12): "KSh4.62 trillion" for CLDR's "Ksh", "Sh4.6 trillion" as Nairobi
and Kampala papers print their own shilling, "RM50 billion", "Rs500 crore".

Read as names before: "Sh4.6 trillion" was a bare number and "KSh4" a product ("the expectation names Sh4 where it
names KSh4", holdout10 kenya-budget-2026-27), and so was every symbol glued to its amount ("RM50" and "RM52" were two
models, the pair refused).  Symbols come from the CLDR table (scripts/build_currencies.py): a symbol of three letters or
more in another mix of cases is that symbol; the head several currencies' symbols share after their code's initial
("Sh" of "Ksh", "TSh", "USh") is read as the name they share ("shillings"), and a shared name meets a code it may stand
for when both give one metric.

Every case is invented, in several domains (budgets, a stimulus, earnings, a fund), and its verdict was written down
before the tool was run on it.
"""

from __future__ import annotations

import contextlib
import time

import pytest

from summitcheck import currencies
from summitcheck.errors import FigureError
from summitcheck.figures import parse_figure
from summitcheck.pairing import models

from helpers import judged


@pytest.mark.parametrize("text, unit", [
    ("KSh4.62 trillion", "KES"),     # CLDR prints "Ksh"
    ("Ksh 4.6tn", "KES"),
    ("Tsh 49 trillion", "TZS"),      # CLDR prints "TSh"
    ("USh5bn", "UGX"),
    ("Sh4.6 trillion", "shillings"),  # the head of KSh, TSh, USh: any of them
    ("about Sh700 billion", "shillings"),
    ("RM50 billion", "MYR"),
    ("Rs500 crore", "INR"),
    ("HK$3.5bn", "HKD"),
    ("EUR 5bn", "EUR"),
    ("5bn euros", "EUR"),
])
def test_symbols_as_papers_print_them_are_money(text: str, unit: str) -> None:
    assert parse_figure(text).unit == unit


@pytest.mark.parametrize("text", ["KSH 5", "MTN 500", "5 ft", "5 FT", "sh 5"])
def test_capitals_and_units_are_not_taken_for_a_symbol(text: str) -> None:
    """A symbol is folded only written in mixed case, as CLDR has it: all capitals are an acronym ("MTN", the
    company), and two letters are too short ("ft" is feet, not the forint's "Ft")."""
    assert parse_figure(text).dimension != "money"


def test_the_shared_head_comes_from_the_table() -> None:
    assert currencies.symbol_codes("Sh") == ["KES", "TZS", "UGX"]
    assert currencies.symbol_codes("kr") == ["DKK", "NOK", "SEK"]  # a head already a symbol keeps its codes
    assert currencies.symbol_codes("Z$") is None  # no shared name: refused as before


@pytest.mark.parametrize("statement", [
    "Education received KSh702 billion, up from KSh656 billion this year.",
    "The government unveiled a RM52 billion stimulus package.",
    "The state announced a Rs500 crore relief package.",
])
def test_an_amount_glued_to_its_symbol_is_no_model(statement: str) -> None:
    assert models(statement) == {}


def test_a_model_keeps_its_hyphen() -> None:
    assert models("The SR-71 and the F-35 flew past.") == {"sr71": "SR-71", "f35": "F-35"}


@pytest.mark.parametrize("preview, report, verdict", [
    # budgets: a Nairobi paper's Sh against a wire's KSh; Kampala's USh against Sh
    (("The Treasury will table a Sh4.6 trillion budget, the largest in Kenya's history.",
      [("Kenya total budget 2026/27", "Sh4.6 trillion")]),
     ("The Treasury tabled a KSh4.62 trillion budget, the largest in Kenya's history.",
      [("Kenya budget size 2026/27", "KSh4.62 trillion")]), "fulfilled"),
    (("The Treasury will table a Sh4.6 trillion budget, the largest in Kenya's history.",
      [("Kenya total budget 2026/27", "Sh4.6 trillion")]),
     ("The Treasury tabled a KSh4.2 trillion budget, smaller than last year's.",
      [("Kenya budget size 2026/27", "KSh4.2 trillion")]), "contradicted"),
    (("Uganda's finance minister will table a USh72 trillion budget.", [("Uganda budget", "USh72 trillion")]),
     ("The finance minister tabled a Sh69 trillion budget.", [("Uganda budget", "Sh69 trillion")]), "contradicted"),
    # a stimulus: two amounts in ringgit were two models, the pair refused
    (("The government is expected to unveil a RM50 billion stimulus package.",
      [("Malaysia stimulus package size", "RM50 billion")]),
     ("The government unveiled a RM52 billion stimulus package.",
      [("stimulus package size", "RM52 billion")]), "contradicted"),
    # a fund in a shared word against the code it may stand for
    (("The Swiss government will set aside 3 billion francs for the army.", [("army fund", "3 billion francs")]),
     ("The government set aside CHF 3.5 billion for the army.", [("army fund", "CHF 3.5 billion")]), "contradicted"),
])
def test_verdicts_on_amounts_in_house_styles(preview: tuple[str, list[tuple[str, str]]],
                                             report: tuple[str, list[tuple[str, str]]], verdict: str) -> None:
    got, reasons, _ = judged(preview, report)
    assert got == verdict, reasons


def test_a_shared_name_read_as_the_other_figures_code_says_so() -> None:
    _, reasons, found = judged(("The budget will be Sh4.6 trillion.", [("Kenya budget", "Sh4.6 trillion")]),
                               ("The budget was KSh4.2 trillion.", [("Kenya budget", "KSh4.2 trillion")]))
    assert found == 1
    assert any("read as KES, the currency KSh4.2 trillion gives" in r for r in reasons), reasons


@pytest.mark.parametrize("text", ["KSh" * 20000, "Sh" + "4" * 20000, "RM" + "1" * 20000 + " RM" * 5000,
                                  "Ksh " * 10000 + "5", "A" * 50000])
def test_long_runs_take_no_time(text: str) -> None:
    models(text[:1000])
    start = time.process_time()
    models(text)
    currencies.symbol_codes(text)
    with contextlib.suppress(FigureError):  # refusing is fine; only the time is measured
        parse_figure(text)
    assert time.process_time() - start < 2.0
