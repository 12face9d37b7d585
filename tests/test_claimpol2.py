"""Claim-file polarity and direction (issue 13, items 3 and 4; claimpol2).

Every claim is invented for these tests, from other events and domains than any evaluation set; each
verdict was written down, as an editor would give it, before the tool was run on it (claimpol2,
2026-11-22).  Each class has three variants from different domains and at least one control that
must keep its verdict.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.polarity import direction, negation_cues


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str], negated: bool | None = None) -> Claim:
    return Claim(id=cid, statement=statement, negated=negated,
                 figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# A fall is no refusal: "declined" is a refusal only when its "to" governs a verb ("declined to comment"); with a
# figure between ("declined 9% to €1bn") or a level after "to" ("declined to 3.1%") it is a fall.
@pytest.mark.parametrize(("statement", "cues", "moved"), [
    ("Fuel expenses declined 9% to 1.02 billion euros", [], "down"),
    ("Reserves declined $4 billion to $409 billion in October", [], "down"),
    ("Core inflation declined to 3.1% in May", [], "down"),
    ("Net borrowing declined by a tenth to £98 billion", [], "down"),
    # controls: a refusal
    ("The chief executive declined to comment on the merger", ["declined to"], None),
    # (the refused act's own direction is read; the refusal is its negation)
    ("The ministry declined to cut fuel duty", ["declined to"], "down"),
])
def test_a_fall_is_no_refusal(statement: str, cues: list[str], moved: str | None) -> None:
    assert negation_cues(statement) == cues
    assert direction(statement)[0] == moved


@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # central bank
    (("The central bank's foreign reserves are expected to fall to about $410 billion.", ("foreign reserves", "about $410 billion")),
     ("The central bank's foreign reserves declined $4 billion to $409 billion.", ("foreign reserves", "$409 billion")),
     "fulfilled"),
    # earnings
    (("Operating costs are expected to drop about 5% to $2.1 billion.", ("operating costs", "$2.1 billion")),
     ("Operating costs declined 5% to $2.1 billion.", ("operating costs", "$2.1 billion")), "fulfilled"),
    # budget
    (("Public sector net borrowing is forecast to fall to £98 billion.", ("public sector net borrowing", "£98 billion")),
     ("Public sector net borrowing declined 12% to £98 billion.", ("public sector net borrowing", "£98 billion")),
     "fulfilled"),
])
def test_a_fall_with_its_figure_fulfils_an_expected_fall(expected: tuple[str, tuple[str, str]],
                                                          outcome: tuple[str, tuple[str, str]], verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", *expected)), doc("report", claim("r", *outcome)))
    assert got["e"] == (verdict, "r")


def test_a_refusal_to_act_still_contradicts() -> None:
    got = verdicts(doc("preview", claim("e", "The finance ministry is expected to cut fuel duty by 5p.")),
                   doc("report", claim("r", "The finance ministry declined to cut fuel duty.")))
    assert got["e"] == ("contradicted", "r")


# A refused denial, whatever the refusal cue: "stopped short of ruling out", "refrained from ruling out", "held off
# on dismissing" leave open what "is expected to rule out" says will not be.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # central bank
    ("Governor Ana Ruiz is expected to rule out a rate hike in June.",
     "Ruiz stopped short of ruling out a June rate hike.", "contradicted"),
    # budget
    ("The chancellor will rule out a rise in income tax at the autumn statement.",
     "The chancellor refrained from ruling out an income tax rise at the autumn statement.", "contradicted"),
    # earnings
    ("The chief executive is expected to dismiss talk of a rights issue.",
     "The chief executive stopped short of dismissing talk of a rights issue.", "contradicted"),
    # controls: the denial came
    ("Governor Ana Ruiz is expected to rule out a rate hike in June.",
     "Ruiz ruled out a June rate hike.", "fulfilled"),
    ("The chancellor will rule out a rise in income tax at the autumn statement.",
     "The chancellor refused to rule out an income tax rise at the autumn statement.", "contradicted"),
])
def test_every_refusal_cue_refuses_a_denial(expected: str, outcome: str, verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected)), doc("report", claim("r", outcome, negated=True)))
    assert got["e"] == (verdict, "r")


# A refusal verb (resist, rebuff, hold out against) said of calls or pressure to act denies the act: "will resist
# calls to cut rates" agrees with "refused to cut rates", and is contradicted by "cut rates".
@pytest.mark.parametrize(("expected", "outcome", "negated", "verdict"), [
    # central bank
    ("Governor Lena Brandt is expected to resist pressure to cut interest rates.",
     "Brandt refused to cut interest rates.", True, "fulfilled"),
    # budget
    ("The treasurer will rebuff calls to raise the fuel levy.",
     "The treasurer declined to raise the fuel levy.", True, "fulfilled"),
    # summit
    pytest.param("Japan is expected to hold out against demands to open its rice market to imports.",
                 "Japan refused to open its rice market to imports.", True, "fulfilled",
                 marks=pytest.mark.xfail(strict=True, reason="'hold out' is no refusal verb in the data: its first "
                                                             "WordNet sense is holding out a hand")),
    # control: the act came
    ("Governor Lena Brandt is expected to resist pressure to cut interest rates.",
     "Brandt cut interest rates by a quarter point.", None, "contradicted"),
])
def test_a_refusal_verb_denies_the_act(expected: str, outcome: str, negated: bool | None, verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected)), doc("report", claim("r", outcome, negated=negated)))
    assert got["e"] == (verdict, "r")


# Direction with agreeing figures: a rate said to move to a level ("ease to 2.4%") and the thing it measures said
# to grow by that rate ("prices will rise 2.4%") are not opposite moves; nor is a change word in a clause about
# something else (", as interest rates ease").
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # central bank: inflation
    (("Inflation is expected to ease to 2.4% in 2027.", ("inflation 2027", "2.4%")),
     ("Consumer prices will rise 2.4% in 2027, the bank projects.", ("inflation 2027", "2.4%")), "fulfilled"),
    # budget: growth
    (("Growth is forecast to ease to 1.5% next year.", ("GDP growth next year", "1.5%")),
     ("The economy will expand 1.5% next year, the Treasury forecast.", ("GDP growth next year", "1.5%")),
     "fulfilled"),
    # earnings: a clause about something else
    (("The airline will guide to revenue of €3.2 billion for the year, as fuel costs fall.",
      ("annual revenue guidance", "€3.2 billion")),
     ("The airline raised revenue guidance to €3.2 billion for the year.", ("annual revenue guidance", "€3.2 billion")),
     "fulfilled"),
    # central bank: a clause about something else
    (("The bank will project GDP growth of 1.8% next year, as inflation cools and rates fall.",
      ("GDP growth next year", "1.8%")),
     ("The bank expects the economy to expand 1.8% next year.", ("GDP growth next year", "1.8%")), "fulfilled"),
    # controls: the rate itself moved the other way; the same move measured both ways
    (("Inflation is expected to ease to 2.4% in 2027.", ("inflation 2027", "2.4%")),
     ("Inflation rose to 2.4% in 2027.", ("inflation 2027", "2.4%")), "contradicted"),
    (("Exports are expected to rise 3% this year.", ("export growth", "3%")),
     ("Exports fell 3% this year.", ("export growth", "3%")), "contradicted"),
])
def test_a_level_reached_and_a_growth_rate_are_not_opposite_moves(expected: tuple[str, tuple[str, str]],
                                                                  outcome: tuple[str, tuple[str, str]],
                                                                  verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", *expected)), doc("report", claim("r", *outcome)))
    assert got["e"] == (verdict, "r")


# A refusal in a coordinated part of another thing ("… but declined to comment on the housing market", "; India would
# not endorse the annex") does not deny the act the claim reports first; a refusal of the expected act still does.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # central bank
    ("The Reserve Bank will cut its cash rate.",
     "The Reserve Bank cut its cash rate but declined to comment on the housing market.", "fulfilled"),
    # launch
    ("Orvik will launch its folding phone in Europe.",
     "Orvik launched its folding phone in Europe and refused to give sales targets.", "fulfilled"),
    # summit
    ("Leaders will sign a joint declaration on shipping.",
     "Leaders signed a joint declaration on shipping; India would not endorse the climate annex.", "fulfilled"),
    # controls: the refused part is what was expected
    ("The Reserve Bank governor will comment on the housing market.",
     "The Reserve Bank cut its cash rate but declined to comment on the housing market.", "contradicted"),
    ("Leaders will sign a joint declaration on shipping.",
     "Leaders met in Lima but failed to sign a joint declaration on shipping.", "contradicted"),
])
def test_a_refusal_of_another_thing_in_a_coordinated_part(expected: str, outcome: str, verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected)), doc("report", claim("r", outcome)))
    assert got["e"] == (verdict, "r")


def test_a_coordinated_refusal_of_the_expected_act_contradicts_it() -> None:
    # the refused verb is the expected act, though the first part shares more words with the expectation
    # (labelled before running; found as a regression on a released article set, eval2, while building the rule above)
    got = verdicts(doc("preview", claim("e", "Chief executive Ana Lund is expected to name the buyer of the Oslo "
                                             "plant on the call")),
                   doc("report", claim("r", "On the call, chief executive Ana Lund said the Oslo plant had been sold "
                                            "to a large Nordic investor but declined to name the buyer")))
    assert got["e"] == ("contradicted", "r")


# A denied noun that names a fall (WordNet's first sense: "recession: the state of the economy declines", "depreciation:
# a decrease in price or value", "cutback: a reduction in quantity or rate") is spoken of by a claim that says the thing
# falls: "no recession" against "the economy will shrink" is contradicted, not absent.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # budget
    pytest.param("The Treasury does not expect a recession this year.",
                 "The Treasury projects the economy to shrink 0.5% this year.", "contradicted",
                 marks=pytest.mark.xfail(strict=True, reason="pairing: the claims share only 'Treasury' and 'year' "
                                                             "(recession ≈ shrink is not in the lexicon) and score under "
                                                             "the threshold")),
    # central bank
    pytest.param("The central bank will not forecast a recession in the euro area for 2027.",
                 "The central bank now sees the euro area economy shrinking 0.3% in 2027.", "contradicted",
                 marks=pytest.mark.xfail(strict=True, reason="'shrinking' is no fall word (text.DOWN_WORDS): adding it "
                                                             "took the no-change reading from 'kept its target for "
                                                             "shrinking the holdings' (eval4 articles)")),
    # currency / finance ministry
    ("The finance ministry does not expect a depreciation of the won this year.",
     "The won fell 4% against the dollar this year, the finance ministry said.", "contradicted"),
    # control: a fall of something else says nothing of a recession
    ("The Treasury does not expect a recession this year.",
     "The Treasury expects inflation to fall to 2.5% this year.", "absent"),
])
def test_a_denied_fall_is_met_by_a_fall(expected: str, outcome: str, verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected, negated=True)), doc("report", claim("r", outcome)))
    assert got["e"] == ((verdict, "r") if verdict != "absent" else ("absent", None))
