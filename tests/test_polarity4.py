"""Direction, hold and denial: the gaps left open by polarity3 (issues 13 and 14; polarity4).

Every claim is invented for these tests, from other events and domains than any evaluation set; each verdict
was written down, as an editor would give it, before the tool was run on it (polarity4, 2026-11-23).  Each
class has three or more variants from different domains, and controls that must keep their verdicts.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.polarity import direction


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str], negated: bool | None = None) -> Claim:
    return Claim(id=cid, statement=statement, figures=tuple(Figure(m, parse_figure(v)) for m, v in figures),
                 negated=negated)


def verdict(expected: Claim, outcome: Claim) -> tuple[str, str | None]:
    e = decide(doc("preview", expected), doc("report", outcome)).expectations[0]
    return e.verdict, e.match.claim.id if e.match else None


# A word that stops (pause, halt, stop, end, "on hold") governs the move it stops, also through "its run of", in a
# passive ("rate increases were paused") and when the stop word is a negating verb ("halted its increases").
@pytest.mark.parametrize(("statement", "want"), [
    ("The Fed paused its run of rate cuts in March.", "hold"),
    ("The Riksbank will pause its series of rate increases.", "hold"),
    ("Rate increases were paused in March.", "hold"),
    ("Further fare hikes have been put on hold.", "hold"),
    ("Its series of output increases was halted in October.", "hold"),
    ("The bank halted its rate increases.", "hold"),
    ("The retailer stopped its price increases this quarter.", "hold"),
    ("The producers ended their run of output hikes.", "hold"),
    # controls: no stop word governs the move
    ("The bank ended the year with a rate increase.", "up"),
    ("Rate increases were kept at 25 basis points.", "up"),
    ("Rate increases were larger than expected.", "up"),
])
def test_a_stop_word_governs_the_move_it_stops(statement: str, want: str | None) -> None:
    assert direction(statement)[0] == want


@pytest.mark.parametrize(("expected", "outcome", "want"), [
    # central bank: "its run of"
    (claim("e", "The Riksbank is expected to cut its policy rate by 25 basis points in June."),
     claim("r", "The Riksbank paused its run of rate cuts in June, leaving the policy rate at 2%."), "contradicted"),
    # budget: a passive
    (claim("e", "The government will raise fuel duty rates again in April."),
     claim("r", "Fuel duty rate increases were paused again in April."), "contradicted"),
    # earnings: a negating stop verb
    (claim("e", "Dunmore Retail will increase its store prices again this quarter."),
     claim("r", "Dunmore Retail halted its store price increases this quarter."), "contradicted"),
    # summit (producers): "ended their series of"
    (claim("e", "The producer group will raise its oil output again in August."),
     claim("r", "The producer group ended its series of oil output increases in August."), "contradicted"),
    # a hold expected, a hold reported in other words
    (claim("e", "The central bank is expected to pause its rate cuts in June."),
     claim("r", "The central bank's rate cuts were paused in June."), "fulfilled"),
    (claim("e", "The group is expected to pause its output increases in October."),
     claim("r", "The group stopped its output increases in October."), "fulfilled"),
    (claim("e", "The chancellor will freeze fuel duty increases next year."),
     claim("r", "The chancellor stopped the fuel duty increases for next year."), "fulfilled"),
    # control: the move happened
    (claim("e", "The producer group will raise its oil output again in August."),
     claim("r", "The producer group raised its oil output again in August."), "fulfilled"),
])
def test_a_stopped_move_against_the_move(expected: Claim, outcome: Claim, want: str) -> None:
    assert verdict(expected, outcome) == (want, "r")


# A plan kept unchanged keeps its moves going: "left its taper plan unchanged, with purchases set to fall to ¥2
# trillion" fulfils "will trim purchases to about ¥2 trillion" (the plan already in place); where the kept plan's
# figure differs from the expected one, the figure contradicts.  A hold of a rate (no plan) stays a hold.
@pytest.mark.parametrize(("expected", "outcome", "want"), [
    # central bank
    (claim("e", "The Riksbank is expected to stick to its plan to reduce its bond holdings to about SEK 300 billion "
                "by year-end.", ("bond holdings by year-end", "about SEK 300 billion")),
     claim("r", "The Riksbank left its balance-sheet plan unchanged, with bond holdings set to shrink to around "
                "SEK 300 billion by year-end.", ("bond holdings by year-end", "around SEK 300 billion")),
     "fulfilled"),
    # budget
    (claim("e", "The Treasury will cut departmental spending to £410 billion next year, as planned.",
           ("departmental spending next year", "£410 billion")),
     claim("r", "The Treasury kept its spending plan unchanged, with departmental spending falling to £410 billion "
                "next year.", ("departmental spending next year", "£410 billion")),
     "fulfilled"),
    # launch
    (claim("e", "Veyra will cut production of the Slate to about 2 million units this year under its existing plan.",
           ("Slate production this year", "about 2 million units")),
     claim("r", "Veyra kept its Slate production plan unchanged, with output set to fall to about 2 million units "
                "this year.", ("Slate production this year", "about 2 million units")),
     "fulfilled"),
    # the kept plan's figure differs
    (claim("e", "The central bank will stick to its plan to shrink bond purchases to €15 billion a month.",
           ("monthly bond purchases", "€15 billion")),
     claim("r", "The central bank left its bond purchase plan unchanged, with purchases set to fall to €20 billion "
                "a month.", ("monthly bond purchases", "€20 billion")),
     "contradicted"),
    # controls: a plan to move that is changed; a rate held is no plan; a plan that names no move is a hold
    (claim("e", "The Fed is expected to leave its plan to shrink its balance sheet by $60 billion a month unchanged.",
           ("monthly balance-sheet runoff", "$60 billion")),
     claim("r", "The Fed slowed the pace of its balance-sheet runoff to $25 billion a month from $60 billion.",
           ("monthly balance-sheet runoff", "$25 billion")),
     "contradicted"),
    (claim("e", "The central bank will cut its policy rate to 3%.", ("policy rate", "3%")),
     claim("r", "The central bank held its policy rate unchanged at 3%.", ("policy rate", "3%")),
     "contradicted"),
    (claim("e", "The government will increase public borrowing next year."),
     claim("r", "The government kept its borrowing plan for next year unchanged."),
     "contradicted"),
])
def test_a_plan_kept_keeps_its_moves(expected: Claim, outcome: Claim, want: str) -> None:
    assert verdict(expected, outcome) == (want, "r")


# A denial met by a denial of the same thing is fulfilled: the thing a passive denies is its subject ("a restored
# appeals court will not be agreed at the meeting"), a word written with an accent is read whole ("communiqué"), and
# a report that itself denies the act neither confirms nor contradicts by another thing: it is the same non-event.
@pytest.mark.parametrize(("expected", "outcome", "want"), [
    # summit: a passive
    (claim("e", "A joint communique will not be issued at the end of the summit.", negated=True),
     claim("r", "Leaders did not issue a joint communique at the end of the summit.", negated=True), "fulfilled"),
    # central bank: a passive
    (claim("e", "A new bond-buying programme will not be announced at this meeting."),
     claim("r", "The bank did not announce a new bond-buying programme at the meeting."), "fulfilled"),
    # launch: a passive
    (claim("e", "A cheaper Slate model will not be unveiled at the event."),
     claim("r", "Veyra did not unveil a cheaper Slate model at the event."), "fulfilled"),
    # summit: an accent
    pytest.param(claim("e", "The host will not seek a joint communiqué at the summit."),
                 claim("r", "There was no joint communiqué at the summit."), "fulfilled",
                 marks=pytest.mark.xfail(strict=True, reason="pairing: the two score under the threshold")),
    # budget: both deny the act; the thing in other words
    (claim("e", "Ministers are not expected to agree on the 2027 spending review (SR27) at the meeting.", negated=True),
     claim("r", "Ministers failed to reach agreement on the multi-year spending settlement at the meeting.",
           negated=True), "fulfilled"),
    # summit: both deny the act
    # (pairs since joint ≈ common, a near-synonym WordNet and the Moby thesaurus agree on)
    (claim("e", "Leaders will not agree on the joint defence fund at the summit."),
     claim("r", "EU leaders failed to agree on the common security facility at the summit."), "fulfilled"),
    # both deny the act; the thing denied is named (a name, an acronym), and the report names it otherwise
    (claim("e", "EU leaders are not expected to agree on the CAP overhaul at this summit."),
     claim("r", "EU leaders failed to reach agreement on the farm subsidy reform at this summit."), "fulfilled"),
    (claim("e", "Opec+ ministers will not agree on the Saudi proposal at the meeting."),
     claim("r", "Opec+ ministers failed to agree on Riyadh's plan at the meeting."), "fulfilled"),
    (claim("e", "Chief executive Lena Ortiz will not confirm the Brightwater sale on the call."),
     claim("r", "Ortiz declined to confirm the disposal of the utility unit on the call."), "fulfilled"),
    # both deny the act; what the thing is about is the same ("any language on the war" / "any wording on the war")
    (claim("e", "Ministers are unlikely to agree any wording on climate finance at the meeting."),
     claim("r", "Ministers did not agree a paragraph on climate finance at the meeting."), "fulfilled"),
    (claim("e", "The bank will not give guidance on the timing of future rate hikes."),
     claim("r", "The bank did not give any signal on the timing of future rate hikes."), "fulfilled"),
    (claim("e", "Harlow Foods will not give an update on the sale of its dairy arm on the call."),
     claim("r", "Harlow Foods did not give any news about the sale of its dairy arm on the call."), "fulfilled"),
    # controls: both deny one verb of two things no name hides.  ruleaudit's 6fe6f7e (broader, measured on the
    # released labels) lets any report denial answer a denial; the narrower rule written here with these controls was
    # dropped for it
    pytest.param(claim("e", "The company will not cut its dividend this quarter."),
                 claim("r", "The company did not cut its headcount this quarter."), "absent",
                 marks=pytest.mark.xfail(strict=True, reason="a report denial answers any denial (6fe6f7e)")),
    pytest.param(claim("e", "The central bank will not raise interest rates at this meeting."),
                 claim("r", "The central bank did not raise its growth forecast at this meeting."), "absent",
                 marks=pytest.mark.xfail(strict=True, reason="a report denial answers any denial (6fe6f7e)")),
    # control: the report does not deny the act, and speaks of another thing
    pytest.param(claim("e", "The IMF will not forecast a global recession in its outlook."),
                 claim("r", "The IMF trimmed its world growth forecast to 2.8% in its outlook.",
                       ("world growth forecast", "2.8%")), "absent",
                 marks=pytest.mark.xfail(strict=True, reason="a noun naming a fall ('recession') is spoken of by a "
                                                             "claim that the thing ('world' ≈ global) falls: "
                                                             "_denied_unsaid lets it pair, and the polarity differs")),
])
def test_a_denial_met_by_a_denial(expected: Claim, outcome: Claim, want: str) -> None:
    got = verdict(expected, outcome)
    assert got == (want, "r" if want != "absent" else None)


# A refusal in the report ("stopped short of", "declined to", "refused to", "would not") contradicts the expectation
# that the thing would be done, and fulfils an expected refusal.
@pytest.mark.parametrize(("expected", "outcome", "want"), [
    (claim("e", "Governor Ueda will signal a rate hike in September."),
     claim("r", "Ueda stopped short of signalling a September rate hike."), "contradicted"),
    (claim("e", "The chancellor will commit to cutting income tax before the election."),
     claim("r", "The chancellor refused to commit to an income tax cut before the election."), "contradicted"),
    (claim("e", "The airline will confirm its full-year profit target."),
     claim("r", "The airline declined to confirm its full-year profit target."), "contradicted"),
    (claim("e", "Leaders will endorse the new climate finance goal."),
     claim("r", "Leaders stopped short of endorsing the new climate finance goal."), "contradicted"),
    (claim("e", "Veyra will give a release date for the Slate 2."),
     claim("r", "Veyra would not give a release date for the Slate 2."), "contradicted"),
    # an expected refusal met
    (claim("e", "The governor is expected to refuse to commit to further rate cuts."),
     claim("r", "The governor declined to commit to further rate cuts."), "fulfilled"),
    (claim("e", "The Fed will not signal a June rate cut."),
     claim("r", "Powell stopped short of signalling a June rate cut."), "fulfilled"),
])
def test_a_refusal_answers_what_it_refuses(expected: Claim, outcome: Claim, want: str) -> None:
    assert verdict(expected, outcome) == (want, "r")


# A tier named by a comparative after "the" ("the higher rate of income tax", "the lower band") is no move: a denied
# move of the tier met by no change is fulfilled.  (Hyphened tiers, "higher-rate relief", and "left … untouched" are
# artverdict4's: tests/test_holds_and_alternatives.py.)
@pytest.mark.parametrize(("expected", "outcome", "want"), [
    (claim("e", "The chancellor will not cut the higher rate of income tax."),
     claim("r", "The higher rate of income tax stays at 40%."), "fulfilled"),
    (claim("e", "A cut to the lower deposit rate tier has been ruled out."),
     claim("r", "The lower deposit rate tier stays unchanged."), "fulfilled"),
    (claim("e", "The operator will not raise the lower tier of its broadband prices."),
     claim("r", "The lower tier of its broadband prices remained unchanged."), "fulfilled"),
    # control: a move expected, none made
    (claim("e", "The chancellor will cut the higher rate of income tax to 38%.", ("higher rate of income tax", "38%")),
     claim("r", "The higher rate of income tax stays at 40%.", ("higher rate of income tax", "40%")), "contradicted"),
])
def test_a_tier_named_by_a_comparative(expected: Claim, outcome: Claim, want: str) -> None:
    assert verdict(expected, outcome) == (want, "r")


@pytest.mark.parametrize(("statement", "want"), [
    ("The higher rate of income tax stays at 40%.", "hold"),
    ("The higher rate of income tax will rise to 42%.", "up"),
    ("Rates will be higher next year.", "up"),
    ("The bank will set a higher rate.", "up"),
])
def test_a_tier_named_by_a_comparative_is_no_move(statement: str, want: str) -> None:
    assert direction(statement)[0] == want


# An expected refusal to speak met by a refusal to speak of the same thing is fulfilled, whatever verb of speaking
# each uses ("will not commit to a timetable for further cuts" / "declined to say whether the board would cut
# again"); a refusal to speak of another thing does not answer it.
@pytest.mark.parametrize(("expected", "outcome", "want"), [
    pytest.param(claim("e", "The governor is expected to refuse to give guidance on the timing of rate cuts."),
                 claim("r", "The governor declined to say whether rates would be cut in June."), "fulfilled",
                 marks=pytest.mark.xfail(strict=True, reason="pairing: the two score under the threshold")),
    (claim("e", "The chief executive will not commit to a date for the share buyback restart."),
     claim("r", "The chief executive declined to say whether the share buyback would resume this year."), "fulfilled"),
    pytest.param(claim("e", "Officials will not confirm a venue for the next summit."),
                 claim("r", "Officials refused to say where the next summit would be held."), "fulfilled",
                 marks=pytest.mark.xfail(strict=True, reason="pairing: the two score under the threshold")),
    # control: a refusal to speak of another thing
    (claim("e", "The governor will not commit to a timetable for further rate cuts."),
     claim("r", "The governor declined to comment on the bank's bond holdings."), "absent"),
])
def test_a_refusal_to_speak_met_by_a_refusal_to_speak(expected: Claim, outcome: Claim, want: str) -> None:
    assert verdict(expected, outcome) == (want, "r" if want != "absent" else None)
