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


# A noun both claims share, written as a subject ("the guidance is expected to stay", "the guidance
# that rates would stay low"), is followed by what is said of it: another predicate is what the
# verdict judges, not another object (a shared verb with other objects, "will end its sales of
# government bonds" / "will end negative interest", stays refused: tests/test_pairing.py).
SUBJECTS = [
    # central bank
    ("The pledge is expected to survive", "The council scrapped the pledge that it would act gradually"),
    # launch
    ("The stylus is expected to return", "Orrin dropped the stylus that fans had asked for"),
    # earnings
    ("The buyback is expected to continue", "The board halted the buyback that investors had counted on"),
]


def _subject_case(expected: str, said: str) -> tuple[str, str | None]:
    return verdicts(doc("preview", Claim(id="e", statement=expected)),
                    doc("report", Claim(id="r", statement=said),
                        Claim(id="r-other", statement="Shares rose 3% in early trading")))["e"]


@pytest.mark.parametrize(("expected", "said"), SUBJECTS)
def test_what_follows_a_shared_subject_is_no_other_object(expected: str, said: str) -> None:
    assert _subject_case(expected, said) == ("contradicted", "r")


@pytest.mark.xfail(strict=True, reason="verdict: 'abolished the levy' is not read as the opposite of 'remain'")
def test_an_abolished_levy_does_not_remain() -> None:
    # budget: paired now (the levy is the subject of each), but the verdict reads no opposition
    assert _subject_case("The levy will remain until 2030", "Ministers abolished the levy that energy firms had fought") \
        == ("contradicted", "r")


# An institution's acronym (a run of words naming a bank, a committee, a ministry) is who acts, as
# its name in full is: a headline quoting its head shares only who is involved with what the head
# was expected to do.
@pytest.mark.parametrize(("preview", "report", "unanswered"), [
    # central bank
    (["The Bank of Japan (BoJ) will hold its policy rate at 0.75%",
      "BoJ Governor Kenji Aoki is also likely to point to import costs as the biggest threat to the recovery in "
      "household spending"],
     ["The Bank of Japan held its policy rate at 0.75%", "BoJ's Aoki: 'We are in no hurry'"], 1),
    # summit: a bloc's council
    (["The Gulf Cooperation Council (GCC) will sign a free trade agreement with Japan",
      "GCC Secretary General Jasem Albudaiwi is also likely to point to shipping costs as the main drag on the "
      "region's trade with Asia"],
     ["The Gulf Cooperation Council signed a free trade agreement with Japan",
      "GCC's Albudaiwi: 'The Gulf is open for business'"], 1),
    # budget: a finance ministry
    (["The Ministry of Finance (MoF) will sell 5 billion euros of 10-year bonds",
      "MoF State Secretary Ana Vidal is expected to confirm a buyback of older debt"],
     ["The Ministry of Finance sold 5 billion euros of 10-year bonds", "MoF's Vidal: 'Markets are calm'"], 1),
])
def test_an_institutions_acronym_is_who_is_involved(preview: list[str], report: list[str], unanswered: int) -> None:
    got = verdicts(doc("preview", *(Claim(id=f"e{k}", statement=s) for k, s in enumerate(preview))),
                   doc("report", *(Claim(id=f"r{k}", statement=s) for k, s in enumerate(report))))
    assert got[f"e{unanswered}"] == ("absent", None)
    assert got["e0"] == ("fulfilled", "r0")  # what the institution did still pairs


# "That" after a verb opens its object, not a predicate of a subject: a shared verb of saying with
# another object each is still two facts (this guards the subject rule above).
@pytest.mark.parametrize(("expected", "said"), [
    # central bank
    ("Governor Lena Okafor will signal that rates will rise", "Okafor signalled that bond buying would end"),
    # budget
    ("The minister will warn that the trade deal is at risk", "The minister warned that the deficit would widen"),
    # central bank, the institution as subject
    ("The bank will signal that rates will rise", "The bank signalled that bond buying would end"),
])
def test_a_verb_with_another_that_clause_is_another_fact(expected: str, said: str) -> None:
    assert _subject_case(expected, said) == ("absent", None)
