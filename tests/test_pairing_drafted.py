"""Pairing drafted claims (issue 14, raw article pairs): what a false-friend rule reads in a sentence.

A phrase after a figure ("16GB of RAM", "2bn of cash") says what the figure measures; it is not
the object of the verb before the figure, so it does not make "another object" of a claim that
names the same measure in other words.  The figures are compared as figures.

All claims are invented (other events than any evaluation set); each verdict was written down,
as an editor would give it, before the tool was run (artpair3, 2026-11-22).
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


@pytest.mark.parametrize(("expected", "said"), [
    # launch
    ("The Pulse 8 tablet will come with 12GB of RAM as standard",
     "Every Pulse 8 tablet now comes with 12GB of memory as standard"),
    # earnings
    ("Kestrel is expected to return 2bn of cash to shareholders this year",
     "Kestrel returned 2bn of capital to shareholders this year"),
    # central bank
    ("The central bank will inject 500bn of liquidity into the banking system",
     "The central bank injected 500bn of funds into the banking system"),
])
def test_a_phrase_after_a_figure_is_not_the_object_of_the_verb(expected: str, said: str) -> None:
    got = verdicts(doc("preview", Claim(id="e", statement=expected)),
                   doc("report", Claim(id="r", statement=said),
                       Claim(id="r-other", statement="Shares rose 3% in early trading")))
    assert got["e"] == ("fulfilled", "r")


def test_another_object_without_a_figure_is_still_another_fact() -> None:
    got = verdicts(doc("preview", Claim(id="e", statement="The ministry will approve a drawdown of the climate fund")),
                   doc("report", Claim(id="r", statement="The ministry approved a drawdown of the defence fund")))
    assert got["e"] == ("absent", None)
