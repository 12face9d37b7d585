"""Recall of true pairs said in other words, and polarity or direction read where it belongs
(issue 13: sub-threshold true pairs; direction and polarity errors).

All claims are invented for these tests (other events, roles, places and products than any
evaluation set); each verdict was written down, as an editor would give it, before the tool
was run on it (recall, 2026-11-22).
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, **kw: object) -> Claim:
    return Claim(id=cid, statement=statement, **kw)  # type: ignore[arg-type]


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


def fig(metric: str, value: str, before: str | None = None) -> Figure:
    return Figure(metric, parse_figure(value), baseline=parse_figure(before) if before else None)


# A figure that says how it moved outweighs a direction word that is the measure's own verb:
# "projected to rise 2.4%, down from 2.7%" is a cut of the forecast, as expected.
def test_a_figures_move_outweighs_the_measures_own_verb() -> None:
    preview = doc("preview",
                  claim("cpi", "The Riksbank's inflation forecast for 2027 is likely to be lowered to 2.4%.",
                        figures=(fig("inflation forecast 2027", "2.4%"),)),
                  claim("exports", "Norway's export growth forecast for 2027 will be raised to 3.0%.",
                        figures=(fig("export growth forecast 2027", "3.0%"),)))
    report = doc("report",
                 claim("r-cpi", "Consumer prices are now projected to rise 2.4% in 2027, down from 2.7%.",
                       figures=(fig("inflation 2027", "2.4%", "2.7%"),)),
                 claim("r-exports", "Exports are now seen growing 2.5% in 2027, down from 2.9%.",
                       figures=(fig("export growth 2027", "2.5%", "2.9%"),)))
    got = verdicts(preview, report)
    assert got["cpi"] == ("fulfilled", "r-cpi")
    assert got["exports"] == ("contradicted", "r-exports")  # cut, not raised (and 2.5% is not 3.0%)


# A long claim's relative clause after a short lead-in is an aside, not its head: "Deliveries,
# which brokers say could top 40 aircraft if ..., are due to start on March 3" is about the start.
def test_a_relative_clause_after_a_short_lead_in_is_an_aside() -> None:
    preview = doc("preview",
                  claim("start", "Deliveries, which brokers at Aerodata say could top 40 aircraft in the first year if "
                                 "engine supplies hold, are due to start on March 3 in Canada, Mexico and Brazil.",
                        topic="deliveries"),
                  claim("price", "The Corvel C9 jet will list at $61 million.", topic="price"))
    report = doc("report",
                 claim("r-start", "Corvel pushed the hand-over date to March 24 in Canada, with Brazil next in May.",
                       topic="deliveries"),
                 claim("r-price", "The C9 lists for $63 million.", topic="price"),
                 claim("r-staff", "Corvel will hire 800 engineers at its Quebec plant.", topic="jobs"))
    got = verdicts(preview, report)
    assert got["start"] == ("contradicted", "r-start")  # March 3 vs March 24: another day


# Role for name: the articles' own definitions ("Name, the fund's senior strategist," and
# "central bank economist Name") make the role and the full name stand for the surname alone.
def test_a_role_an_article_defines_for_a_name_meets_the_surname() -> None:
    preview = doc("preview",
                  claim("outlook", "Ingrid Solberg, the fund's senior strategist, is expected to argue that commodity "
                                   "prices will stay weak, which she first predicted in March, through the winter."),
                  claim("okafor", "Central bank economist Ravi Okafor will outline the case for lower reserve requirements."),
                  claim("bonds", "The fund will sell its remaining holdings of green bonds."))
    report = doc("report",
                 claim("r-solberg", "Solberg said raw-material costs would remain subdued until spring, citing a glut "
                                    "of copper and soft demand from builders."),
                 claim("r-okafor", "Okafor argued that the reserve ratio for lenders should come down."),
                 claim("r-bonds", "The fund kept its green bonds."),
                 claim("r-staff", "The fund will move its research staff to a new office in Oslo."))
    got = verdicts(preview, report)
    assert got["outlook"] == ("fulfilled", "r-solberg")
    assert got["okafor"] == ("fulfilled", "r-okafor")


def test_a_clause_or_an_acronym_is_no_role_or_name() -> None:
    from summitcheck.pairing import _defined_roles
    assert _defined_roles(["The Fund's chief economist will warn that higher US tariffs weigh on trade"]) == set()
    assert _defined_roles(["The older Pulse 2 stays on sale", "The nine-member Monetary Policy Board will vote"]) == set()
    assert ("strategist", "solberg") in _defined_roles(["Ingrid Solberg, the fund's senior strategist, will speak"])


# Ranges: a bound ("under two hours", "at least 40") meets the value another claim states inside it,
# whatever the words around them; the reason shows the bridge.
_FERRY = (doc("preview",
              claim("crossing", "The new ferry, which replaces a 1990s vessel on the route after years of "
                                "delays, is expected to make the crossing in under two hours.",
                    figures=(fig("crossing time", "under two hours"),)),
              claim("stores", "Brevik plans to open at least 40 stores across Poland next year.",
                    figures=(fig("new stores", "at least 40"),))),
          doc("report",
              claim("r-voyage", "The ferry's first crossing took 95 minutes.",
                    figures=(fig("voyage length", "95 minutes"),)),
              claim("r-delay", "Boarding was delayed by three hours on Friday because of high winds.",
                    figures=(fig("boarding delay", "three hours"),)),
              claim("r-outlets", "The retailer will add 46 outlets in the country in 2027.",
                    figures=(fig("outlets", "46"),)),
              claim("r-staff", "Brevik will hire 900 staff for its Polish business.",
                    figures=(fig("hires", "900"),))))


def test_a_bound_meets_the_value_inside_it() -> None:
    got = {e.claim.id: e for e in decide(*_FERRY).expectations}
    crossing = got["crossing"]
    assert (crossing.verdict, crossing.match and crossing.match.claim.id) == ("fulfilled", "r-voyage")
    assert "under two hours ∋ 95 minutes" in crossing.reasons[0]
    # a bound speaks of values of its order: 900 staff are not "at least 40" stores
    assert got["stores"].match is None or got["stores"].match.claim.id != "r-staff"


@pytest.mark.xfail(strict=True, reason="the stores and the outlets share only the bound (stores ≈ outlets, "
                                       "Brevik ≈ retailer are weak); 'r-staff' shares the company and the country, "
                                       "so neither is the other's clear closest")
def test_a_bound_met_by_a_value_in_other_words() -> None:
    assert verdicts(*_FERRY)["stores"] == ("fulfilled", "r-outlets")


# Antonyms as contradiction: how a vote went, said either way ("every one of the nine", "unanimous",
# "voted seven to two", "9-0"), is one thing the claims speak of; polarity judges it.
@pytest.mark.xfail(strict=True, reason="two votes in one report: the vote term meets both, 'governors' meets "
                                       "'governing' (fuzzy stems), and 'port authority board' / 'harbour's governing "
                                       "body' share no word, so neither expectation leads clearly")
def test_two_votes_counted_in_other_words() -> None:
    preview = doc("preview",
                  claim("hike", "Every one of the nine governors on the monetary council is likely to support the hike."),
                  claim("levy", "All five members of the port authority board are expected to approve the new levy."),
                  claim("chair", "The council will pick a new chair in June."))
    report = doc("report",
                 claim("r-hike", "The council voted seven to two for the rise, with two regional members preferring a "
                                 "hold."),
                 claim("r-levy", "The harbour's governing body passed the charge 5-0."),
                 claim("r-rate", "The policy rate now stands at 4.5%.", figures=(fig("policy rate", "4.5%"),)),
                 claim("r-chair", "Lena Ortiz was named chair of the council in June."))
    got = verdicts(preview, report)
    assert got["hike"] == ("contradicted", "r-hike")
    assert got["levy"] == ("fulfilled", "r-levy")


def test_a_vote_counted_in_other_words_speaks_of_the_expected_vote() -> None:
    preview = doc("preview",
                  claim("ruling", "All seven judges of the constitutional court are expected to endorse the appeal."),
                  claim("venue", "The court will hear the next case in Lyon."),
                  claim("fees", "Filing fees will rise to €300.", figures=(fig("filing fee", "€300"),)))
    report = doc("report",
                 claim("r-ruling", "The bench upheld the appeal by four votes to three, with three judges writing a "
                                   "dissent."),
                 claim("r-venue", "Hearings move to Lyon in the spring."),
                 claim("r-fees", "Fees for filing went up to €280.", figures=(fig("filing fee", "€280"),)),
                 claim("r-staff", "The court hired twelve new clerks."))
    got = decide(preview, report).expectations
    ruling = next(e for e in got if e.claim.id == "ruling")
    assert (ruling.verdict, ruling.match and ruling.match.claim.id) == ("contradicted", "r-ruling")
    assert "all seven ≈ " in ruling.reasons[-1] + " ".join(ruling.reasons)


# No change over a period said in other words: a quarter meets its months ("the third quarter" /
# "through September"); a month of another quarter does not.
def test_a_quarter_meets_its_months() -> None:
    preview = doc("preview",
                  claim("fares", "Nordair is expected to keep its fares frozen for the third quarter of 2027."),
                  claim("routes", "Nordair will add three routes to Iceland."))
    report = doc("report",
                 claim("r-flat", "The carrier left ticket prices unchanged through September."),
                 claim("r-rise", "Nordair members declined to back higher pay rises in October, opting to revisit "
                                 "wages month by month."),
                 claim("r-routes", "The airline will start flying to Reykjavik and Akureyri."),
                 claim("r-fleet", "Nordair ordered twelve new jets."))
    got = verdicts(preview, report)
    assert got["fares"] == ("fulfilled", "r-flat")


# A negated expectation is about what it denies: a report claim that shares only its verb and setting
# ("will not announce an emergency cut" / "announced a new growth forecast") neither confirms nor
# contradicts it; one that speaks of the denied thing does.
_DENIED = (doc("preview",
               claim("no-cap", "Ministers will not approve a price cap on heating oil.", negated=True),
               claim("rice", "Japan will not open its rice market to imports.", negated=True),
               claim("tax", "Ministers will approve a carbon tax on shipping.")),
           doc("report",
               claim("r-tax", "Ministers approved a carbon levy on shipping fuel, and a new tax on heating oil "
                              "imports."),
               claim("r-rice", "Rice stays out of Japan's new trade deal, with tariffs on imported grain unchanged."),
               claim("r-date", "The levy starts in January.")))


def test_a_negated_expectation_pairs_only_with_what_speaks_of_the_denied_thing() -> None:
    got = verdicts(*_DENIED)
    assert got["no-cap"] == ("absent", None)  # no word of a cap on prices
    assert got["rice"][1] == "r-rice"  # it speaks of the rice market (market ≈ trade)
    assert got["tax"] == ("fulfilled", "r-tax")


@pytest.mark.xfail(strict=True, reason="polarity: 'stays out of the deal' is not read as leaving out, so the "
                                       "negated 'open … to imports' reads as the opposite polarity")
def test_staying_out_is_not_opening() -> None:
    assert verdicts(*_DENIED)["rice"] == ("fulfilled", "r-rice")


def test_months_of_fiscal_quarters_are_not_calendar_quarters() -> None:
    from summitcheck.pairing import Lexicon
    calendar = Lexicon([["Output will stay unchanged in the fourth quarter."], ["Output held steady through October."]])
    assert calendar.classes["october"] in calendar.strong[calendar.classes["q4"]]
    fiscal = Lexicon([["Fourth-quarter revenue guidance is expected around $2.5bn."],
                      ["Revenue rose 14% to $2.41bn in the quarter ended Oct. 31."]])
    assert fiscal.classes["oct"] not in fiscal.strong.get(fiscal.classes["q4"], set())


# Polarity where it belongs: an expectation that someone will speak of a thing is met by a report of
# what they said, whatever negation that holds; a refusal to speak of it still contradicts.
_VARGA = (doc("preview",
                  claim("ruble", "Finance minister Olga Varga is expected to comment on the forint's fall past 420 "
                                 "to the euro."),
                  claim("wages", "Varga will discuss public-sector wages with the unions.")),
          doc("report",
                 claim("r-forint", "Varga said the government does not aim for any particular forint level and "
                                   "will act only against disorderly moves."),
                 claim("r-wages", "Varga told reporters she would not discuss public-sector wages before the budget."),
                 claim("r-debt", "Hungary sold 300 billion forints of bonds.")))


def test_a_negation_in_what_was_said_does_not_deny_the_speaking() -> None:
    from summitcheck.polarity import said_of
    assert said_of("Olga Varga is expected to comment on the forint's fall past 420 to the euro.",
                   "Varga said the government does not aim for any particular forint level.") == ("comment on", "said")
    assert said_of("The governor will address the yen's slide", "He told lawmakers that intervention was not imminent") \
        == ("address", "told")
    # refusing to speak of it, or not saying: the speaking is denied
    assert said_of("The governor will address the yen's slide", "He said he would not comment on the yen") is None
    assert said_of("The governor will address the yen's slide", "He declined to say whether the yen was too weak") is None
    assert said_of("The governor will cut rates", "He said the bank will not cut rates") is None
    assert verdicts(*_VARGA)["wages"] == ("contradicted", "r-wages")


# (a strict xfail until pairpara5: "Finance minister Olga Varga" now meets "Varga said" word for word, so the
# object veto no longer decides on the one shared word 'forint')
def test_a_report_of_what_was_said_answers_the_expected_comment() -> None:
    assert verdicts(*_VARGA)["ruble"] == ("fulfilled", "r-forint")


# Capitals and seats: "the next summit in Ottawa" is the leaders meeting again "in the Canadian capital"
# (a summit is a meeting, a capital its country); another country's capital is another place.
def test_the_next_summit_in_a_capital_is_meeting_again_there() -> None:
    preview = doc("preview", claim("next", "The next summit will be held in Ottawa in 2028."),
                  claim("trade", "The leaders will sign a customs accord."))
    report = doc("report", claim("r-next", "The leaders agreed to meet again in the Canadian capital in 2028."),
                 claim("r-trade", "A customs agreement was signed."),
                 claim("r-aid", "Canada pledged $40 million for flood relief."))
    assert verdicts(preview, report)["next"] == ("fulfilled", "r-next")
    elsewhere = doc("report", claim("r-next", "The leaders agreed to meet again in the Mexican capital in 2028."),
                    claim("r-trade", "A customs agreement was signed."))
    assert verdicts(preview, elsewhere)["next"][0] != "fulfilled"
