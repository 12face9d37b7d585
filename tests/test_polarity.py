"""Polarity and direction: what the fuzzy score cannot see."""

from __future__ import annotations

import pytest

from summitcheck.model import Claim
from summitcheck.polarity import direction, is_negated, opposition


@pytest.mark.parametrize("statement, negated", [
    ("Japan will buy more US gas", False),
    ("Japan will not buy more US gas", True),
    ("Japan won’t buy more US gas", True),
    ("Japan didn't buy more US gas", True),
    ("No Fed official dissented", True),
    ("Trump did not rule out tariffs", False),    # two cues cancel out
    ("Trump ruled out tariffs", True),
    ("Nippon Steel dropped its bid for U.S. Steel", True),
    ("Exports dropped 5%", False),                # a fall, not a negation
    ("The summit was postponed", True),
    ("He declined to comment", True),
    ("Exports declined sharply", False),
    ("The talks were held at the White House", False),
])
def test_negation_from_cue_words(statement: str, negated: bool) -> None:
    assert is_negated(Claim(id="c", statement=statement))[0] is negated


def test_the_negated_key_overrides_cue_words() -> None:
    claim = Claim(id="c", statement="Japan will avoid tariffs", negated=True)
    assert is_negated(claim) == (True, "negated: true")
    assert is_negated(Claim(id="c", statement="Not a negation", negated=False))[0] is False


@pytest.mark.parametrize("statement, kind", [
    ("The Fed raised rates", "up"),
    ("The ECB cut its deposit rate", "down"),
    ("The Bank of England held rates at 5.25%", "hold"),
    ("The BoJ left policy unchanged", "hold"),
    ("Ishiba held his first summit with Trump", None),        # "held" a meeting is no hold
    ("Japan will increase investment to reduce its surplus", None),  # mixed: no direction
    ("Leaders discussed trade", None),
    ("The Fed declined to cut rates", "down"),               # "declined to" negates, "cut" is the fall
    ("Exports declined sharply", "down"),
    ("The minister declined to comment", None),
])
def test_direction(statement: str, kind: str | None) -> None:
    assert direction(statement)[0] == kind


@pytest.mark.parametrize("statement, kind", [
    ("The basic rate of income tax stays at 20%", "hold"),
    ("Rates will remain unchanged", "hold"),
    ("The thresholds stay locked until 2031", "hold"),
    ("She remains committed to the plan", None),  # "remain" without "at", "unchanged" … is no hold
])
def test_no_change_words(statement: str, kind: str | None) -> None:
    assert direction(statement)[0] == kind


@pytest.mark.parametrize("statement, negated", [
    ("Korea will pay no more than $20bn a year", False),  # a bound
    ("The deal covers not only cars but chips", False),
    ("No more tariffs will be imposed", True),
    ("Ueda gave no hint of further hikes", True),
    ("The Chancellor would not commit to a cut", True),
    ("Washington will withdraw about 10,000 troops from Europe", False),  # a verb acting on a quantity cuts it
    ("The US withdrew its offer", True),
    ("The Fed is unlikely to cut rates", True),  # expects no cut
    ("An unlikely alliance formed", False),
])
def test_bounds_are_not_negations(statement: str, negated: bool) -> None:
    assert is_negated(Claim(id="c", statement=statement))[0] is negated


@pytest.mark.parametrize("a, b, cues", [
    ("The decision is expected to be unanimous", "Two members dissented", ("unanimous", "dissented")),
    ("The vote will be unanimous", "Two of nine members voted against", ("unanimous", "voted against")),
    ("The BOJ will end its bond purchases", "The BOJ will keep buying bonds", ("end", "keep buying")),
    ("Corvane will beat estimates", "Corvane missed estimates", ("beat", "missed")),
])
def test_opposite_cues(a: str, b: str, cues: tuple[str, str]) -> None:
    found = opposition(a, b)
    assert found is not None and found[1:] == cues
    reverse = opposition(b, a)
    assert reverse is not None and reverse[1:] == cues[::-1]


@pytest.mark.parametrize("a, b", [
    ("Rates will rise by the end of the year", "The bank kept buying bonds"),  # "the end of" names a time
    ("The vote was unanimous", "The vote was unanimous"),
    ("The bank ended one scheme and continued another", "The bank will continue the scheme"),  # both sides
])
def test_no_opposition(a: str, b: str) -> None:
    assert opposition(a, b) is None


@pytest.mark.parametrize("statement, other, cues", [
    # every form of a cue: adjective, adverb, noun; phrases of two and three words
    ("All nine members are expected to back the hike unanimously", "Two of nine members dissented",
     ("unanimously", "dissented")),
    ("Unanimity is expected on the rate decision", "Two members were dissenting", ("unanimity", "dissenting")),
    ("The communique will be adopted by consensus", "It was gavelled through over objections",
     ("by consensus", "objections")),
    ("The rebate will apply to all consumers, including households", "Households were excluded from the rebate",
     ("including", "excluded")),
    ("The levy will include small firms", "Small firms were exempted from the levy", ("include", "exempted")),
    ("The fund will be open to every member", "The fund was limited to three members",
     ("open to every", "limited to")),
])
def test_antonyms_are_opposite_cues(statement: str, other: str, cues: tuple[str, str]) -> None:
    found = opposition(statement, other)
    assert found is not None and (found[1], found[2]) == cues
    back = opposition(other, statement)
    assert back is not None and (back[1], back[2]) == (cues[1], cues[0])


def test_a_phrase_cue_is_not_read_again_as_its_words() -> None:
    # "without objection" is a unanimous vote, not an objection (nor a denial)
    assert opposition("The bill will pass without objection", "The bill passed unanimously") is None
    found = opposition("The bill will pass without objection", "Two members objected to the bill")
    assert found is not None and found[1:] == ("without objection", "objected")
    assert is_negated(Claim(id="c", statement="The bill will pass without objection"))[0] is False


@pytest.mark.parametrize("statement, negated", [
    # a cue inside a subordinate or adverbial clause speaks of that clause only
    ("The rupee, which has slid to 84 per dollar, limits how far the bank can cut without stoking inflation",
     False),
    ("The ECB will cut its deposit rate to 2% without waiting for the December projections", False),
    ("The ministry will raise the fuel levy, unless oil prices do not fall", False),
    ("The bank will hold rates rather than not act at all", False),
    ("The rupee, which has not recovered, limits how far the bank can cut", False),
    ("The utility is not expected to restore the dividend, as management pays down debt", True),
    ("Unless inflation falls, the bank will not cut", True),  # the main clause's own cue counts
    ("The summit ended without a joint statement", True),    # "without" a noun: what happened
])
def test_cues_in_subordinate_clauses_do_not_negate_the_claim(statement: str, negated: bool) -> None:
    assert is_negated(Claim(id="c", statement=statement))[0] is negated


@pytest.mark.parametrize("statement, other, negated", [
    # ... unless the clause is what the other claim speaks of
    ("The ECB held rates without signalling a further cut", "The ECB will signal a further cut", True),
    ("The summit ended without agreeing a joint statement", "The summit will agree a joint statement", True),
    ("The ECB cut rates without waiting for the projections", "The ECB will cut rates", False),
])
def test_a_clause_cue_counts_when_the_other_claim_speaks_of_the_clause(statement: str, other: str,
                                                                       negated: bool) -> None:
    assert is_negated(Claim(id="c", statement=statement), Claim(id="o", statement=other))[0] is negated


@pytest.mark.parametrize("statement, other, negated", [
    # a negated coordinated part ("and not …", "but did not …") or a reported aside (", saying …")
    # speaks of something else than the claim's main verb unless the other claim speaks of it too
    ("The bank is expected to keep its rate at 4.5% and not to signal cuts", "The bank held its rate at 4.5%",
     False),
    ("The bank is expected to keep its rate at 4.5% and not to signal cuts", "The bank signalled cuts for 2027",
     True),
    ("The bank kept its rate at 3.75%, saying inflation had not slowed enough", "The bank will hold its rate at 3.75%",
     False),
    ("The ministers held their meeting but did not publish minutes", "The ministers will publish minutes", True),
    # the aside's cue no longer cancels the main clause's cue: the plan was rejected
    ("The minister rejected the plan, saying it was not affordable", "The minister will approve the plan", True),
])
def test_coordinated_and_reported_cues_count_when_the_other_claim_speaks_of_them(statement: str, other: str,
                                                                                 negated: bool) -> None:
    assert is_negated(Claim(id="c", statement=statement), Claim(id="o", statement=other))[0] is negated


@pytest.mark.parametrize("statement, other, cues", [
    # extending or renewing something against letting it lapse or end
    ("The government will extend the moratorium on evictions", "The moratorium on evictions was allowed to lapse",
     ("extend", "lapse")),
    ("Members are expected to renew the e-commerce moratorium", "The e-commerce moratorium expired on Friday",
     ("renew", "expired")),
    # attending in person against joining by video
    ("The president will attend the summit in person", "The president joined the summit by video link",
     ("in person", "by video")),
    ("The prime minister will travel to attend in person", "The prime minister took part remotely",
     ("in person", "remotely")),
])
def test_extension_and_attendance_antonyms(statement: str, other: str, cues: tuple[str, str]) -> None:
    found = opposition(statement, other)
    assert found is not None and (found[1], found[2]) == cues
    back = opposition(other, statement)
    assert back is not None and (back[1], back[2]) == (cues[1], cues[0])


def test_an_extension_that_mentions_the_expiry_is_no_opposition() -> None:
    # both sides in one claim: it says nothing one way
    assert opposition("The deal, due to expire in March, was extended", "The deal expired in March") is None
