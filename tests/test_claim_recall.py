"""Recall of claim files said in other words (issue 13): acronyms whose initials skip a function
word, and polarity read where it belongs.

Every claim is invented for these tests, from other events and domains than any evaluation set;
each verdict was written down, as an editor would give it, before the tool was run on it
(claimrecall, 2026-11-22).  Each class has three variants from different domains.
"""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, decide, parse_figure
from summitcheck.pairing import article_acronyms
from summitcheck.polarity import left_out


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, **kw: object) -> Claim:
    return Claim(id=cid, statement=statement, **kw)  # type: ignore[arg-type]


def fig(metric: str, value: str) -> Figure:
    return Figure(metric, parse_figure(value))


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# Acronyms whose initials skip a function word: "small and medium enterprises" is SME,
# "employment and support allowance" ESA, "total cost of ownership" TCO.  A metric name spells
# them out as the other file's acronym; the figures are then of one metric.
def test_central_bank_sme_lending_spelt_out_with_and() -> None:
    preview = doc("preview",
                  claim("sme", "Bank lending to small and medium enterprises is expected to grow 6% this year.",
                        figures=(fig("small and medium enterprises lending growth", "6%"),)),
                  claim("mortgage", "Mortgage lending will grow 4%.", figures=(fig("mortgage lending growth", "4%"),)))
    report = doc("report",
                 claim("r-sme", "SME lending rose 6% in the year, the central bank said.",
                       figures=(fig("SME lending growth", "6%"),)),
                 claim("r-mortgage", "Mortgage lending grew 3.1%.", figures=(fig("mortgage lending growth", "3.1%"),)))
    got = verdicts(preview, report)
    assert got["sme"] == ("fulfilled", "r-sme")
    assert got["mortgage"] == ("contradicted", "r-mortgage")


def test_budget_allowance_spelt_out_with_and() -> None:
    preview = doc("preview",
                  claim("esa", "The employment and support allowance will rise to £140 a week.",
                        figures=(fig("employment and support allowance per week", "£140"),)),
                  claim("jsa", "Jobseeker's allowance will rise to £95 a week.",
                        figures=(fig("jobseeker's allowance per week", "£95"),)))
    report = doc("report",
                 claim("r-esa", "ESA goes up to £140 weekly from April.", figures=(fig("ESA per week", "£140"),)),
                 claim("r-jsa", "Jobseeker's allowance was raised to £95 a week.",
                       figures=(fig("jobseeker's allowance per week", "£95"),)))
    got = verdicts(preview, report)
    assert got["esa"] == ("fulfilled", "r-esa")
    assert got["jsa"] == ("fulfilled", "r-jsa")


def test_launch_total_cost_of_ownership_spelt_out_with_of() -> None:
    preview = doc("preview",
                  claim("tco", "Veltria will claim its new storage array cuts total cost of ownership by 30%.",
                        figures=(fig("total cost of ownership reduction", "30%"),)),
                  claim("capacity", "The array will hold 2 petabytes.", figures=(fig("array capacity", "2 petabytes"),)))
    report = doc("report",
                 claim("r-tco", "Veltria says the array lowers TCO by 30% against its previous model.",
                       figures=(fig("TCO reduction", "30%"),)),
                 claim("r-capacity", "The array stores up to 2 petabytes.", figures=(fig("array capacity", "2 petabytes"),)))
    got = verdicts(preview, report)
    assert got["tco"] == ("fulfilled", "r-tco")
    assert got["capacity"] == ("fulfilled", "r-capacity")


def test_a_sentence_may_spell_a_long_acronym_out_skipping_and() -> None:
    # no figures: the run is found in the statement, its first word capitalised
    preview = doc("preview",
                  claim("wacc", "Weighted average cost of capital allowed for water companies will be raised by the "
                                "regulator.", topic="returns"),
                  claim("bills", "Household water bills will rise in April.", topic="bills"))
    report = doc("report",
                 claim("r-wacc", "The regulator lifted the allowed WACC for water firms.", topic="returns"),
                 claim("r-bills", "Household bills go up in April.", topic="bills"),
                 claim("r-leaks", "Firms must cut leaks by a fifth.", topic="leaks"))
    got = verdicts(preview, report)
    assert got["wacc"] == ("fulfilled", "r-wacc")
    assert got["bills"] == ("fulfilled", "r-bills")


def test_skipping_a_function_word_is_read_only_where_an_acronym_is_likely_spelt_out() -> None:
    # running text: "growth and demand projections" happens to skip-spell GDP, and is no GDP
    found = article_acronyms(["GDP will grow 2%", "Growth and demand projections were cut"])
    assert "growth and demand projections" not in found
    # a metric name or a definition in brackets spells it out
    assert article_acronyms(["SRD grant"], ["social relief of distress grant per month"]) \
        == {"social relief of distress": "srd"}
    assert article_acronyms(["The total cost of ownership (TCO) falls", "TCO"])["total cost of ownership"] == "tco"


# "Only X" is "not non-X" for two tiers, models or parties of one offer: a claim that a feature
# is exclusive to (reserved for, limited to, only on) one of them says the other does not get it.
def test_launch_a_feature_reserved_for_the_pro_model_is_denied_to_the_base_model() -> None:
    preview = doc("preview",
                  claim("no-tele", "The base Vireo X2 will not get the periscope telephoto camera.", topic="cameras"),
                  claim("standard-offline", "The Standard plan will get offline downloads.", topic="plans"))
    report = doc("report",
                 claim("r-tele", "The periscope telephoto camera is reserved for the X2 Pro.", topic="cameras"),
                 claim("r-offline", "Offline downloads stay limited to the Premium plan.", topic="plans"),
                 claim("r-price", "The X2 starts at $799.", topic="price"))
    got = verdicts(preview, report)
    assert got["no-tele"] == ("fulfilled", "r-tele")
    assert got["standard-offline"] == ("contradicted", "r-offline")  # Premium only: Standard does not get it


@pytest.mark.xfail(strict=True, reason="pairing: the country veto refuses the pair (vietnam where it names mexico, "
                   "canada), though the report names them as the only partners; the restriction itself is read "
                   "(test_a_restriction_leaves_out_another_of_its_kind)")
def test_trade_an_exemption_only_for_two_partners_is_not_extended_to_a_third() -> None:
    preview = doc("preview",
                  claim("vietnam", "The tariff exemption will not be extended to Vietnam.", topic="tariffs"),
                  claim("steel", "Steel duties will rise to 50%.", topic="tariffs"))
    report = doc("report",
                 claim("r-exempt", "The exemption applies only to Mexico and Canada.", topic="tariffs"),
                 claim("r-steel", "Steel duties were raised to 50%.", topic="tariffs"))
    got = verdicts(preview, report)
    assert got["vietnam"] == ("fulfilled", "r-exempt")
    assert got["steel"] == ("fulfilled", "r-steel")


@pytest.mark.xfail(strict=True, reason="pairing: 'draw on the liquidity facility' / 'given access to the liquidity "
                   "facility' scores 28.7, and the candidate is not scored under the threshold (bank is a common word "
                   "here); the restriction itself is read (test_a_restriction_leaves_out_another_of_its_kind)")
def test_central_bank_a_facility_only_for_banks_is_closed_to_other_lenders() -> None:
    preview = doc("preview",
                  claim("non-banks", "Non-bank lenders will not be given access to the new liquidity facility.",
                        topic="liquidity"),
                  claim("rate", "The policy rate will be held at 3%.", topic="rates",
                        figures=(fig("policy rate", "3%"),)))
    report = doc("report",
                 claim("r-facility", "Only commercial banks can draw on the liquidity facility.", topic="liquidity"),
                 claim("r-rate", "The bank kept its policy rate at 3%.", topic="rates",
                       figures=(fig("policy rate", "3%"),)))
    got = verdicts(preview, report)
    assert got["non-banks"] == ("fulfilled", "r-facility")
    assert got["rate"] == ("fulfilled", "r-rate")


def test_airline_a_perk_reserved_for_business_class_is_denied_to_economy() -> None:
    preview = doc("preview",
                  claim("wifi", "Economy-class passengers will not get free Wi-Fi on long-haul flights.", topic="product"),
                  claim("fleet", "The carrier will order 20 more widebody jets.", topic="fleet",
                        figures=(fig("widebody order", "20"),)))
    report = doc("report",
                 claim("r-wifi", "Free Wi-Fi on long-haul flights remains reserved for business-class passengers.",
                       topic="product"),
                 claim("r-fleet", "The carrier ordered 20 widebody jets.", topic="fleet",
                       figures=(fig("widebody order", "20"),)))
    got = verdicts(preview, report)
    assert got["wifi"] == ("fulfilled", "r-wifi")
    assert got["fleet"] == ("fulfilled", "r-fleet")


def test_a_restriction_leaves_out_another_of_its_kind() -> None:
    assert left_out("Only commercial banks can draw on the liquidity facility.",
                    "Non-bank lenders will not be given access to the liquidity facility.") == \
        ("Only commercial banks", "non lenders")
    assert left_out("The exemption applies only to Mexico and Canada.",
                    "The tariff exemption will not be extended to Vietnam.") is None  # "only to": a purpose as often
    assert left_out("The exemption is limited to Mexico and Canada.",
                    "The tariff exemption will not be extended to Vietnam.") == ("limited to Mexico and Canada",
                                                                                "vietnam")
    # not of one kind: a purpose, a manner
    assert left_out("The bank intervened only to curb excessive volatility.",
                    "The bank will not defend a level for the rupee against the dollar.") is None
    assert left_out("Myanmar will be represented only by a non-political official.",
                    "Myanmar's military government will be invited to the summit.") is None


def test_a_restriction_to_what_the_expectation_itself_names_is_no_exclusion() -> None:
    # the expectation names the very tier the feature is kept for: it is not left out
    preview = doc("preview", claim("premium-4k", "Premium subscribers will keep 4K streaming.", topic="plans"),
                  claim("ads", "The ad tier will cost $6.", topic="price", figures=(fig("ad tier price", "$6"),)))
    report = doc("report", claim("r-4k", "4K streaming remains exclusive to Premium subscribers.", topic="plans"),
                 claim("r-ads", "The ad tier costs $6.", topic="price", figures=(fig("ad tier price", "$6"),)))
    assert verdicts(preview, report)["premium-4k"] == ("fulfilled", "r-4k")


# A negation in an aside about the subject (", who withdrew …,", ", which halted …,") negates
# that aside's verb, not the claim's own: it counts only when the other claim speaks of the
# aside's act, not merely of one word of it.
def test_earnings_a_halt_in_an_aside_does_not_negate_the_announcement() -> None:
    preview = doc("preview",
                  claim("buyback", "The company, which halted its buyback in March, is expected to unveil fresh "
                                   "repurchases.", topic="capital"),
                  claim("dividend", "The dividend will be held at 40 cents.", topic="capital",
                        figures=(fig("quarterly dividend", "40 cents"),)))
    report = doc("report",
                 claim("r-buyback", "The company announced a new $2 billion buyback.", topic="capital"),
                 claim("r-dividend", "The dividend stays at 40 cents.", topic="capital",
                       figures=(fig("quarterly dividend", "40 cents"),)))
    got = verdicts(preview, report)
    assert got["buyback"] == ("fulfilled", "r-buyback")


def test_summit_a_past_rejection_in_an_aside_does_not_negate_the_endorsement() -> None:
    preview = doc("preview",
                  claim("endorse", "The EU, which rejected a similar text in 2024, is expected to endorse the climate "
                                   "finance declaration.", topic="climate"),
                  claim("fund", "Leaders will launch a loss and damage fund.", topic="climate"))
    report = doc("report",
                 claim("r-endorse", "The EU backed the final text of the climate finance declaration.", topic="climate"),
                 claim("r-fund", "Leaders launched the loss and damage fund.", topic="climate"))
    got = verdicts(preview, report)
    assert got["endorse"] == ("fulfilled", "r-endorse")


def test_budget_an_aside_the_other_claim_speaks_of_still_negates() -> None:
    # the report speaks of the aside's own act (the cut and the rate): its negation counts
    preview = doc("preview",
                  claim("cut", "The central bank, which did not cut rates in June, is expected to hold again.",
                        topic="rates"))
    report = doc("report",
                 claim("r-cut", "The central bank cut rates in June.", topic="rates"),
                 claim("r-bonds", "Bond yields fell.", topic="markets"))
    got = verdicts(preview, report)
    assert got["cut"][0] == "contradicted"


# One act in other words: the verbs polarity already reads as one act (scrap / abolish / axe /
# repeal; postpone / delay / shelve; halt / suspend / pause) speak of one thing for pairing too.
def test_budget_a_levy_axed_is_the_levy_repealed() -> None:
    preview = doc("preview",
                  claim("levy", "Ministers are expected to axe the plastic packaging levy for small firms.", topic="tax"),
                  claim("vat", "VAT on energy will stay at 5%.", topic="tax", figures=(fig("VAT rate on energy", "5%"),)))
    report = doc("report",
                 claim("r-levy", "The government repealed the packaging charge for small businesses.", topic="tax"),
                 claim("r-vat", "VAT on energy remains 5%.", topic="tax", figures=(fig("VAT rate on energy", "5%"),)),
                 claim("r-duty", "Fuel duty rises by 2p.", topic="tax"))
    assert verdicts(preview, report)["levy"] == ("fulfilled", "r-levy")


def test_summit_a_vote_shelved_is_a_vote_postponed() -> None:
    preview = doc("preview",
                  claim("vote", "Leaders are likely to shelve the enlargement vote until spring.", topic="enlargement"),
                  claim("aid", "Leaders will approve €50 billion for Ukraine.", topic="aid",
                        figures=(fig("aid for Ukraine", "€50 billion"),)))
    report = doc("report",
                 claim("r-vote", "The decision on admitting new members was postponed to March.", topic="enlargement"),
                 claim("r-aid", "Leaders approved €50 billion for Ukraine.", topic="aid",
                       figures=(fig("aid for Ukraine", "€50 billion"),)))
    assert verdicts(preview, report)["vote"] == ("fulfilled", "r-vote")


def test_launch_shipments_halted_are_shipments_paused() -> None:
    preview = doc("preview",
                  claim("halt", "Orvane will halt deliveries of the K7 router in Europe.", topic="supply"),
                  claim("price", "The K7 will cost €199.", topic="price", figures=(fig("K7 price", "€199"),)))
    report = doc("report",
                 claim("r-halt", "Orvane paused European shipments of its K7 routers.", topic="supply"),
                 claim("r-price", "The K7 costs €199.", topic="price", figures=(fig("K7 price", "€199"),)),
                 claim("r-staff", "Orvane will hire 300 engineers.", topic="jobs"))
    assert verdicts(preview, report)["halt"] == ("fulfilled", "r-halt")


# A country named only in a clause that gives a cause or a setting ("because of outages in Kazakhstan",
# "as Saudi Arabia lifted output") is not who the claim is about: the subjects are one, and the
# moves are judged.
def test_markets_prices_in_other_countries_are_causes_not_the_subject() -> None:
    preview = doc("preview",
                  claim("hicp", "Euro zone inflation is expected to have eased in March because of cheaper energy "
                                "in Germany.", topic="inflation"),
                  claim("rate", "The ECB will keep rates on hold.", topic="rates"))
    report = doc("report",
                 claim("r-hicp", "Euro zone inflation rose in March as food prices in Italy jumped.", topic="inflation"),
                 claim("r-rate", "The ECB held rates.", topic="rates"))
    assert verdicts(preview, report)["hicp"] == ("contradicted", "r-hicp")


def test_earnings_demand_in_other_markets_is_a_cause_not_the_subject() -> None:
    preview = doc("preview",
                  claim("sales", "Group sales are expected to have fallen in the quarter because of weak demand in China.",
                        topic="sales"),
                  claim("margin", "Margins will shrink.", topic="margins"))
    report = doc("report",
                 claim("r-sales", "Group sales rose in the quarter as demand in India recovered.", topic="sales"),
                 claim("r-margin", "Margins narrowed.", topic="margins"))
    assert verdicts(preview, report)["sales"] == ("contradicted", "r-sales")


def test_trade_shipments_from_members_are_a_cause_not_the_subject() -> None:
    preview = doc("preview",
                  claim("exports", "ASEAN exports are forecast to slow in June amid weaker shipments from Vietnam.",
                        topic="trade"),
                  claim("tariffs", "The bloc will not retaliate against US tariffs.", topic="trade"))
    report = doc("report",
                 claim("r-exports", "ASEAN exports accelerated in June as shipments from Thailand surged.", topic="trade"),
                 claim("r-tariffs", "ASEAN ministers ruled out retaliation.", topic="trade"))
    assert verdicts(preview, report)["exports"] == ("contradicted", "r-exports")


def test_a_country_in_the_main_clause_is_still_another_fact() -> None:
    preview = doc("preview", claim("vn", "Exports from Vietnam will fall in June.", topic="trade"),
                  claim("x", "The bloc will meet in July.", topic="meeting"))
    report = doc("report", claim("r-th", "Exports from Thailand fell in June.", topic="trade"),
                 claim("r-x", "The bloc meets in July.", topic="meeting"))
    assert verdicts(preview, report)["vn"] == ("absent", None)


# When something starts: a month each ("take effect from April" / "starting in May") is another
# time for one start, as a day each is.
def test_central_bank_a_rule_that_applies_from_another_month() -> None:
    preview = doc("preview",
                  claim("reserves", "New reserve requirements for lenders will apply from July.", topic="reserves"),
                  claim("rate", "The policy rate will be held at 4%.", topic="rates", figures=(fig("policy rate", "4%"),)))
    report = doc("report",
                 claim("r-reserves", "The higher reserve requirements for lenders take effect in September.",
                       topic="reserves"),
                 claim("r-rate", "The bank held its policy rate at 4%.", topic="rates", figures=(fig("policy rate", "4%"),)))
    assert verdicts(preview, report)["reserves"] == ("contradicted", "r-reserves")


def test_launch_sales_that_begin_in_another_month() -> None:
    preview = doc("preview",
                  claim("sale", "The Lumen V2 headset will go on sale in March.", topic="availability"),
                  claim("price", "The V2 will cost $499.", topic="price", figures=(fig("V2 price", "$499"),)))
    report = doc("report",
                 claim("r-sale", "Sales of the Lumen V2 headset begin in June.", topic="availability"),
                 claim("r-price", "The V2 costs $499.", topic="price", figures=(fig("V2 price", "$499"),)))
    assert verdicts(preview, report)["sale"] == ("contradicted", "r-sale")


def test_trade_tariffs_that_start_in_the_month_expected() -> None:
    preview = doc("preview",
                  claim("ev", "Tariffs on electric vehicle imports will take effect from October.", topic="tariffs"),
                  claim("steel", "Steel quotas will be tightened in January.", topic="quotas"))
    report = doc("report",
                 claim("r-ev", "The tariffs on electric vehicle imports start in October, the commission said.",
                       topic="tariffs"),
                 claim("r-steel", "Steel quotas were cut in January.", topic="quotas"))
    got = verdicts(preview, report)
    assert got["ev"] == ("fulfilled", "r-ev")


def test_retail_a_scheme_scrapped_is_a_scheme_abolished() -> None:
    # little else in common: the act itself, in two words, joins them
    preview = doc("preview",
                  claim("scheme", "Halvorsen is expected to scrap its loyalty scheme for new customers.", topic="plans"),
                  claim("stores", "Halvorsen will open 12 stores.", topic="stores"),
                  claim("price", "Halvorsen will cut prices on 500 items.", topic="pricing"))
    report = doc("report",
                 claim("r-scheme", "The retailer abolished the loyalty card for new shoppers.", topic="plans"),
                 claim("r-stores", "Halvorsen opened 12 stores.", topic="stores"),
                 claim("r-price", "Halvorsen lowered prices on 500 items.", topic="pricing"))
    result = {e.claim.id: e for e in decide(preview, report).expectations}
    assert (result["scheme"].verdict, result["scheme"].match.claim.id if result["scheme"].match else None) \
        == ("fulfilled", "r-scheme")
    assert "scrap ≈ abolished" in result["scheme"].reasons[0]  # the reason shows the bridge


# "The agency", "the bank", "the Fund": the head noun of the one institution the articles name in
# full and by its acronym stands for it ("International Energy Agency" / IEA / "the agency").
def test_development_bank_the_bank_is_the_one_bank_named() -> None:
    preview = doc("preview",
                  claim("intro", "The Asian Development Bank (ADB) meets in Manila this week.", topic="meeting"),
                  claim("target", "The bank will lift its goal for climate lending.", topic="climate"),
                  claim("members", "Members will approve a capital increase.", topic="capital"))
    report = doc("report",
                 claim("r-target", "The ADB raised its climate finance ambition to $100 billion.", topic="climate"),
                 claim("r-members", "Shareholders approved a capital increase.", topic="capital"),
                 claim("r-green", "Green bonds made up a fifth of issuance.", topic="funding"))
    assert verdicts(preview, report)["target"] == ("fulfilled", "r-target")


def test_energy_the_agency_is_the_one_agency_named() -> None:
    preview = doc("preview",
                  claim("demand", "The International Energy Agency will cut its demand forecast.", topic="demand"),
                  claim("stocks", "The agency is expected to flag a rise in stockpiles.", topic="stocks"))
    report = doc("report",
                 claim("r-demand", "The IEA lowered its oil demand forecast.", topic="demand"),
                 claim("r-stocks", "The IEA said inventories climbed for a third month.", topic="stocks"),
                 claim("r-opec", "OPEC pumped more crude.", topic="supply"))
    assert verdicts(preview, report)["stocks"] == ("fulfilled", "r-stocks")


def test_two_banks_named_leave_the_bank_unresolved() -> None:
    from summitcheck.pairing import claims_lexicon
    claims = [claim("a", "The Asian Development Bank (ADB) and the World Bank (WB) met."),
              claim("b", "The bank will lend more."), claim("c", "The ADB lent $5 billion.")]
    lexicon = claims_lexicon(claims)
    bank, adb = (lexicon.classes[s] for s in ("bank", "adb"))
    assert adb not in lexicon.strong.get(bank, set())
