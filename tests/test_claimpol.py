"""Claim-file polarity, candidate choice and verdict rules (issue 13, claimpol).

Every claim is invented for these tests, from other events and domains than any evaluation set;
each verdict was written down, as an editor would give it, before the tool was run on it
(claimpol, 2026-11-22).  Each class has three variants from different domains, and a control
that must keep its verdict.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, *figures: tuple[str, str], negated: bool | None = None) -> Claim:
    return Claim(id=cid, statement=statement, negated=negated,
                 figures=tuple(Figure(m, parse_figure(v)) for m, v in figures))


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# A refusal of a denial leaves open what it would have denied: "refused to rule out a rise" against
# "will not rise" contradicts it, though both claims carry `negated: true` (each says something did not
# or will not happen).  Denying the same denial, or denying the act plainly, agrees.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # central bank
    ("Governor Tiago Mendes is expected to pledge that the bank will not raise rates again this year.",
     "Mendes declined to rule out a further rate rise this year.", "contradicted"),
    # budget
    ("The finance minister will promise that VAT will not go up in the spring statement.",
     "The minister would not rule out a VAT increase in the spring statement.", "contradicted"),
    # summit
    ("The prime minister is expected to confirm that she will not attend the Lagos summit.",
     "The prime minister refused to deny that she would attend the Lagos summit.", "contradicted"),
    # controls: the same refusal, and a plain denial of the act
    ("Governor Tiago Mendes is expected to refuse to rule out a further rate rise this year.",
     "Mendes declined to rule out a further rate rise this year.", "fulfilled"),
    ("The minister will not raise VAT in the spring statement.",
     "The minister ruled out raising VAT in the spring statement.", "fulfilled"),
])
def test_a_refused_denial_leaves_the_act_open(expected: str, outcome: str, verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected, negated=True)), doc("report", claim("r", outcome, negated=True)))
    assert got["e"] == (verdict, "r")


# "past 1,450" and "beyond 100%" are open bounds, as "over" is: a hedged value inside them agrees;
# "the past 12 months" is a period, not a bound.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # central bank: a currency slide
    (("The rupee has slid past 90 per dollar, which the governor will cite.", ("rupee exchange rate per dollar", "past 90")),
     ("The governor cited the rupee, which traded around 91 per dollar.", ("rupee-dollar exchange rate", "around 91")),
     "fulfilled"),
    # launch: pre-orders
    (("Pre-orders for the Lumo 3 handset are expected to go past 2 million.", ("Lumo 3 pre-orders", "past 2 million")),
     ("Lumo 3 pre-orders reached about 2.3 million.", ("Lumo 3 pre-orders", "about 2.3 million")),
     "fulfilled"),
    # budget: public debt
    (("Public debt will climb beyond 100% of GDP next year.", ("public debt share of GDP next year", "beyond 100%")),
     ("Public debt is forecast at around 103% of GDP next year.", ("public debt share of GDP next year", "around 103%")),
     "fulfilled"),
    # control: the hedged value falls short of the bound
    (("Pre-orders for the Lumo 3 handset are expected to go past 2 million.", ("Lumo 3 pre-orders", "past 2 million")),
     ("Lumo 3 pre-orders reached about 1.6 million.", ("Lumo 3 pre-orders", "about 1.6 million")),
     "contradicted"),
])
def test_past_and_beyond_are_open_bounds(expected: tuple[str, tuple[str, str]], outcome: tuple[str, tuple[str, str]],
                                         verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected[0], expected[1])), doc("report", claim("r", outcome[0], outcome[1])))
    assert got["e"] == (verdict, "r")


def test_the_past_months_are_a_period_not_a_bound() -> None:
    from summitcheck.figures import find_figures

    (found,) = find_figures("Prices rose over the past 12 months.")
    assert found.quantity.text == "12 months" and found.quantity.high < 13
    assert parse_figure("past 1,450").bounds == (1450, float("inf"))


# Reviewer findings (pairing): a closing attribution is who spoke ("…, he said"); a clause that opens
# with a conjunction or has "added" take an object reports another fact.
@pytest.mark.parametrize(("statement", "attribution"), [
    ("Rates will stay on hold for the rest of the year, he said.", "he said"),
    ("The tariff on steel will be lifted in March, she told reporters.", "she told reporters"),
    ("Output will rise next year, the ministry said in a statement.", "the ministry said in a statement"),
    ("Exports will grow, the governor added on Tuesday.", "the governor added on Tuesday"),
    ("Korea cut duties on rice, while Japan added new curbs on exports.", None),
    ("The lender raised its outlook, and analysts said it was cautious.", None),
    ("The bank will hold rates, the governor said it would.", None),
    ("The deal covers autos, the envoy added new demands on farm goods.", None),
])
def test_closing_attribution(statement: str, attribution: str | None) -> None:
    from summitcheck.pairing import closing_attribution

    assert closing_attribution(statement) == attribution


# Reviewer finding: "non-farm payrolls" is the headline measure "payrolls" names; "non-oil exports" is not exports.
def test_non_farm_payrolls_are_the_payrolls() -> None:
    preview = doc("preview", claim("jobs", "Non-farm payrolls are expected to rise by 150,000 in November.",
                                   ("non-farm payrolls November", "150,000")),
                  claim("oil", "Non-oil exports are expected to grow 6% in 2026.", ("non-oil exports growth 2026", "6%")))
    report = doc("report", claim("r-jobs", "Payrolls rose by 210,000 in November, the Labor Department said.",
                                 ("payrolls November", "210,000")),
                 claim("r-oil", "Exports grew 4% in 2026.", ("exports growth 2026", "4%")))
    got = verdicts(preview, report)
    assert got["jobs"] == ("contradicted", "r-jobs")
    assert got["oil"] == ("absent", None)


# Reviewer finding (verdict._counts): who spoke is no count of what happened, and "the fastest pace in two
# years" says since when; counts of what happened still decide.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    ("The central bank will cut its key rate at Thursday's meeting, two officials said.",
     "The central bank cut its key rate on Thursday, three officials said.", "fulfilled"),
    ("According to four diplomats, the summit will adopt a joint statement on shipping.",
     "The summit adopted a joint statement on shipping, according to two diplomats.", "fulfilled"),
    ("Exports are expected to grow at the fastest pace in two years.",
     "Exports grew at the fastest pace in three years.", "fulfilled"),
    # controls: a count of the act itself
    ("The carmaker will close four plants in Europe.", "The carmaker will close two plants in Europe.", "contradicted"),
    ("Two members are expected to dissent from the rate decision.",
     "Three members dissented from the rate decision.", "contradicted"),
])
def test_sources_and_since_spans_are_no_counts(expected: str, outcome: str, verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected)), doc("report", claim("r", outcome)))
    assert got["e"] == (verdict, "r")


# Reviewer finding (polarity._RESTRICTION): "only gradually" says how a thing is done, not for whom.
@pytest.mark.parametrize(("statement", "restricted"), [
    ("The bank will raise rates only gradually next year.", False),
    ("Tariffs on steel will be lowered only temporarily.", False),
    ("The new camera will be partly available only slowly across markets.", False),
    ("The satellite feature will be available only on the Pro model.", True),
    ("Only family members of diplomats will get the visas.", True),
])
def test_only_with_an_adverb_is_no_restriction(statement: str, restricted: bool) -> None:
    from summitcheck.polarity import restriction

    assert (restriction(statement) is not None) == restricted


# Reviewer finding (pairing._cause_countries): "as well as" and "such as" add to who the claim is about;
# only a clause of cause or setting ("as Saudi Arabia lifted output") names a country aside.
@pytest.mark.parametrize(("statement", "aside"), [
    ("Exports to Germany, as well as France, will rise.", False),
    ("Tariffs on partners such as Vietnam will rise.", False),
    ("OPEC+ output fell as Saudi Arabia cut supply.", True),
])
def test_as_well_as_names_no_country_aside(statement: str, aside: bool) -> None:
    from summitcheck.pairing import _CAUSE_CLAUSE

    assert (_CAUSE_CLAUSE.search(statement) is not None) == aside


# A participle clause after a comma (", extending a pause in increases", ", citing rising prices") says
# something around the main clause: the main verb says which way the thing went.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # central bank
    ("The bank is expected to raise its deposit rate at the June meeting.",
     "The bank held its deposit rate steady at the June meeting, extending a pause in increases that began in March.",
     "contradicted"),
    # earnings
    ("Nordwind is expected to raise its annual dividend.",
     "Nordwind kept its annual dividend unchanged, ending a decade of increases.", "contradicted"),
    # budget
    ("The government will raise fuel duty in the spring budget.",
     "The government froze fuel duty in the spring budget, citing pressure from rising pump prices.", "contradicted"),
    # control
    ("The bank is expected to keep its deposit rate steady at the June meeting.",
     "The bank held its deposit rate steady at the June meeting, extending a pause in increases that began in March.",
     "fulfilled"),
])
def test_a_participle_clause_does_not_say_the_direction(expected: str, outcome: str, verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected)), doc("report", claim("r", outcome)))
    assert got["e"] == (verdict, "r")


# "online" is taking part from afar, as "by video" and "virtually" are: against "in person" it is the
# opposite ("The meeting will be held online" / "Ministers met in person in Vienna").
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # summit
    ("The Pacific Islands Forum leaders' retreat will be held online this year.",
     "Pacific Islands Forum leaders met in person for their retreat in Suva.", "contradicted"),
    # earnings: a shareholder meeting
    ("Halden Group's annual general meeting will take place online.",
     "Halden Group shareholders gathered in person for the annual general meeting in Zurich.", "contradicted"),
    # central bank: a meeting of governors
    ("The ECB governing council's meeting on Thursday will be held online.",
     "ECB governing council members met in person in Frankfurt on Thursday for the meeting.", "contradicted"),
    # control
    ("The ECB governing council's meeting on Thursday will be held online.",
     "The ECB governing council held Thursday's meeting online.", "fulfilled"),
])
def test_online_is_not_in_person(expected: str, outcome: str, verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected)), doc("report", claim("r", outcome)))
    assert got["e"] == (verdict, "r")


# "end-2026" is the year's end, a point: it meets "December 2026" and "Q4 2026", not June.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # central bank
    (("Core inflation is forecast at 2.4% by end-2027.", ("core inflation forecast end-2027", "2.4%")),
     ("The bank sees core inflation at 2.4% in December 2027.", ("core inflation forecast December 2027", "2.4%")),
     "fulfilled"),
    # budget
    (("Public debt will reach 98% of GDP at the end of 2026.", ("public debt share of GDP end of 2026", "98%")),
     ("Public debt is projected at 95% of GDP in December 2026.", ("public debt share of GDP December 2026", "95%")),
     "contradicted"),
    # earnings
    (("Net debt is expected to fall to €4.1 billion by year-end 2026.", ("net debt year-end 2026", "€4.1 billion")),
     ("Net debt stood at €4.1 billion in the fourth quarter of 2026.", ("net debt Q4 2026", "€4.1 billion")),
     "fulfilled"),
])
def test_the_end_of_a_year_meets_its_last_month(expected: tuple[str, tuple[str, str]], outcome: tuple[str, tuple[str, str]],
                                                verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected[0], expected[1])), doc("report", claim("r", outcome[0], outcome[1])))
    assert got["e"] == (verdict, "r")


def test_the_end_of_a_year_is_not_its_middle() -> None:
    from summitcheck.qualifiers import qualifiers

    end, june = qualifiers("core inflation end-2027")[0], qualifiers("core inflation June 2027")[0]
    assert end.conflict(june) is not None


# Two proper names with one head and nothing else in common name two things: "the Poverty Reduction and Growth
# Trust" is not "the Resilience and Sustainability Trust", though both get the same $25 billion.
@pytest.mark.parametrize(("expected", "outcome", "verdict"), [
    # summit: two funds
    (("Leaders will pledge $2 billion to the Global Ocean Fund.", ("pledges to the Global Ocean Fund", "$2 billion")),
     ("Leaders pledged $2 billion to the Pacific Resilience Fund.", ("pledges to the Pacific Resilience Fund", "$2 billion")),
     "absent"),
    # central bank: two facilities
    (("The central bank will expand the Small Business Lending Facility by €5 billion.",
      ("expansion of the Small Business Lending Facility", "€5 billion")),
     ("The central bank expanded the Green Mortgage Facility by €5 billion.",
      ("expansion of the Green Mortgage Facility", "€5 billion")), "absent"),
    # budget: two programmes
    (("The budget will give £300 million to the Warm Homes Programme.", ("funding for the Warm Homes Programme", "£300 million")),
     ("The budget gave £300 million to the Rural Broadband Programme.",
      ("funding for the Rural Broadband Programme", "£300 million")), "absent"),
    # controls: the same name, in full or in part
    (("Leaders will pledge $2 billion to the Global Ocean Fund.", ("pledges to the Global Ocean Fund", "$2 billion")),
     ("Leaders pledged $2 billion to the Ocean Fund.", ("pledges to the Ocean Fund", "$2 billion")), "fulfilled"),
    (("Chancellor Rachel Reeves will pledge £300 million to the Warm Homes Programme.",
      ("funding for the Warm Homes Programme", "£300 million")),
     ("Chancellor Reeves gave £300 million to the Warm Homes Programme.",
      ("funding for the Warm Homes Programme", "£300 million")), "fulfilled"),
])
def test_two_names_with_one_head_are_two_things(expected: tuple[str, tuple[str, str]], outcome: tuple[str, tuple[str, str]],
                                                verdict: str) -> None:
    got = verdicts(doc("preview", claim("e", expected[0], expected[1])), doc("report", claim("r", outcome[0], outcome[1])))
    assert got["e"] == ((verdict, "r") if verdict != "absent" else ("absent", None))
