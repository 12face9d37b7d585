"""Last session's reviewer findings in figure context, figure linking and drafting (issue 14), each written as a
failing test from the finding before it was mended.  Every expected value was written down before the tool ran;
the wording is invented, in domains other than the sets the rules were studied on (a central bank, a budget,
quarterly earnings, a launch, a summit), three variants per class.
"""

from __future__ import annotations

import pytest

from summitcheck.figures import parse_figure
from summitcheck.model import Claim, Document, Figure
from summitcheck.verdict import decide


def _doc(role: str, *claims: tuple[str, str, str, str]) -> Document:
    """Claims (statement, quote, metric, value): an editor's claim file quoting its article."""
    return Document(id=role, role=role, title=role, claims=tuple(
        Claim(id=f"{role[0]}{i}", statement=statement, quote=quote, figures=(Figure(metric, parse_figure(value)),))
        for i, (statement, quote, metric, value) in enumerate(claims)))


# The expectation's figure is named like the report's first claim, whose sentence says nothing of it (a pronoun
# and a verb); two unrelated report figures share the subject and "rate" with it, one of them agreeing by value.
# An editor: contradicted, the one conflict being the expectation's value against the same-named figure.
@pytest.mark.parametrize("preview, report, conflict", [
    (("Nordbank is expected to set its deposit rate at 3.25%",
      "Nordbank is expected to set its deposit rate at 3.25% on Thursday, economists say.", "deposit rate", "3.25%"),
     [("The deposit rate now stands at 3.5%", "It now stands at 3.5%, the bank said.", "deposit rate", "3.5%"),
      ("Nordbank expects the mortgage default rate to stay at 3.25%",
       "Nordbank expects the mortgage default rate to stay at 3.25%, it said.", "mortgage default rate", "3.25%"),
      ("Nordbank expects the household savings rate to stay at 6.1%",
       "Nordbank expects the household savings rate to stay at 6.1%, it said.", "household savings rate", "6.1%")],
     ("3.25%", "3.5%")),
    (("Minister Olsen is expected to keep the VAT rate at 24% in the budget",
      "Minister Olsen is expected to keep the VAT rate at 24% in the budget, aides say.", "VAT rate", "24%"),
     [("The VAT rate goes to 25.5% under the plan", "It goes to 25.5% under the plan, officials said.", "VAT rate",
       "25.5%"),
      ("Olsen expects the corporate tax rate to stay at 24% in the budget",
       "Olsen expects the corporate tax rate to stay at 24% in the budget, he said.", "corporate tax rate", "24%"),
      ("Olsen expects the top income tax rate to stay at 30% in the budget",
       "Olsen expects the top income tax rate to stay at 30% in the budget, he said.", "top income tax rate",
       "30%")],
     ("24%", "25.5%")),
    (("Corvane is expected to keep its gross margin at 41%",
      "Corvane is expected to keep its gross margin at 41% this quarter, analysts say.", "gross margin", "41%"),
     [("The gross margin came in at 39.5%", "That came in at 39.5% this quarter, the company said.", "gross margin",
       "39.5%"),
      ("Corvane expects to keep its payout ratio at 41% this quarter",
       "Corvane expects to keep its payout ratio at 41% this quarter, it said.", "payout ratio", "41%"),
      ("Corvane expects to keep its effective tax ratio at 19% this quarter",
       "Corvane expects to keep its effective tax ratio at 19% this quarter, it said.", "effective tax ratio", "19%")],
     ("41%", "39.5%")),
])
def test_an_unrelated_agreeing_figure_is_no_better_reading_than_one_the_sentences_say_nothing_of(
        preview: tuple[str, str, str, str], report: list[tuple[str, str, str, str]], conflict: tuple[str, str]) -> None:
    result = decide(_doc("preview", preview), _doc("report", *report))
    assert [(d.link.preview.quantity.text, d.link.report.quantity.text) for d in result.discrepancies] == [conflict]
    assert result.expectations[0].verdict == "contradicted", result.expectations[0].reasons
