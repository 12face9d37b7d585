"""Pairing: rare shared terms decide, common words and negation do not."""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, Figure, Settings, decide, parse_figure


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, **kw: object) -> Claim:
    return Claim(id=cid, statement=statement, **kw)  # type: ignore[arg-type]


def verdicts(preview: Document, report: Document, **kw: float) -> dict[str, tuple[str, str | None]]:
    result = decide(preview, report, Settings(**kw))
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in result.expectations}


def test_common_words_alone_do_not_pair() -> None:
    preview = doc("preview",
                  claim("pipeline", "Japan may back a gas pipeline in Alaska for the US", keywords=("LNG",)),
                  claim("lng", "Japan may buy more US LNG"))
    report = doc("report",
                 claim("currency", "Japan and the US left currency matters to finance ministers"),
                 claim("buy-lng", "Japan agreed to buy more American LNG"))
    got = verdicts(preview, report)
    assert got["lng"] == ("fulfilled", "buy-lng")
    assert got["pipeline"][0] == "absent"  # LNG alone does not make the Alaska pipeline happen


def test_negation_is_decided_after_pairing() -> None:
    preview = doc("preview", claim("buy", "Japan will buy Alaska gas"))
    report = doc("report", claim("no-buy", "Japan will not buy Alaska gas"), claim("other", "Stocks fell"))
    result = decide(preview, report)
    (e,) = result.expectations
    assert e.match is not None and e.match.claim.id == "no-buy"
    assert e.verdict == "contradicted"
    assert "opposite polarity" in e.reasons[0]


def test_opposite_direction_contradicts() -> None:
    preview = doc("preview", claim("hike", "The central bank will raise its policy rate"))
    report = doc("report", claim("cut", "The central bank cut its policy rate"))
    assert verdicts(preview, report)["hike"] == ("contradicted", "cut")


def test_one_report_claim_answers_several_expectations() -> None:
    preview = doc("preview",
                  claim("budget", "Japan will increase its defense budget"),
                  claim("spending", "Japan will raise defense spending"))
    report = doc("report", claim("defense", "Japan agreed to boost defense spending and its defense budget"))
    got = verdicts(preview, report)
    assert got == {"budget": ("fulfilled", "defense"), "spending": ("fulfilled", "defense")}
    assert decide(preview, report).unanticipated == ()


def test_threshold_is_respected() -> None:
    preview = doc("preview", claim("meet", "Leaders will meet in Geneva on Tuesday"))
    report = doc("report", claim("met", "Leaders met in Geneva"))
    assert verdicts(preview, report, threshold=10)["meet"][0] == "fulfilled"
    assert verdicts(preview, report, threshold=100)["meet"][0] == "absent"


def test_a_shared_metric_pairs_claims_whose_words_differ() -> None:
    preview = doc("preview", claim("surplus", "Tokyo's surplus keeps growing",
                                   figures=(Figure("Japan's trade surplus with the US", parse_figure("$56bn")),)))
    report = doc("report", claim("deficit", "Trump complained about the imbalance",
                                 figures=(Figure("US trade deficit with Japan", parse_figure("$68bn")),)))
    result = decide(preview, report)
    (e,) = result.expectations
    assert e.verdict == "contradicted" and e.match is not None and e.match.via == "figure"
    assert [d.difference_pct for d in result.discrepancies] == [21.4]


def test_unrelated_claims_with_the_same_common_words_stay_apart() -> None:
    preview = doc("preview", claim("visit", "President Trump will visit Japan next week"))
    report = doc("report", claim("steel", "President Trump criticised Japan over steel quotas"))
    assert verdicts(preview, report)["visit"][0] == "absent"


def test_paraphrase_pairs_and_the_reason_shows_the_bridge() -> None:
    preview = doc("preview", claim("accord", "The bloc will sign a trade accord with Canada"))
    report = doc("report", claim("pact", "ASEAN signed a commercial agreement with Ottawa"), claim("x", "Stocks fell"))
    result = decide(preview, report)
    (e,) = result.expectations
    assert e.verdict == "fulfilled" and e.match is not None and e.match.claim.id == "pact"
    assert "accord ≈ agreement" in e.reasons[0] and "canada" in e.reasons[0]  # Ottawa is read as Canada


def test_an_acronym_the_articles_spell_out_is_one_term() -> None:
    preview = doc("preview", claim("hike", "The Reserve Bank of Fiji will lift its policy rate"))
    report = doc("report", claim("lift", "The RBF lifted its policy rate"), claim("x", "Tourism grew"))
    from summitcheck.pairing import Lexicon, claim_texts
    lexicon = Lexicon([claim_texts(c) for c in (*preview.claims, *report.claims)])
    assert lexicon.acronyms == {"reserve bank of fiji": "rbf"}
    assert lexicon.classes["rbf"] in lexicon.sets[0] and lexicon.classes["rbf"] in lexicon.sets[1]
    assert verdicts(preview, report)["hike"] == ("fulfilled", "lift")


def test_a_role_stands_for_the_name_the_articles_give_it() -> None:
    preview = doc("preview", claim("intro", "Chancellor Rachel Reeves will present the budget on Wednesday"),
                  claim("isa", "The Chancellor will cut the cash ISA allowance"))
    report = doc("report", claim("r-isa", "Reeves cut the cash ISA allowance to £12,000"))
    from summitcheck.pairing import Lexicon, claim_texts
    lexicon = Lexicon([claim_texts(c) for c in (*preview.claims, *report.claims)])
    assert lexicon.classes["reeve"] in lexicon.strong[lexicon.classes["chancellor"]]
    assert verdicts(preview, report)["isa"] == ("fulfilled", "r-isa")


def test_false_friends_do_not_pair_and_the_reason_says_what_differs() -> None:
    preview = doc("preview",
                  claim("trilateral", "Trump, Takaichi and South Korea's president will hold a trilateral meeting"),
                  claim("bonds", "The central bank will end its sales of government bonds"),
                  claim("growth", "Growth will reach 4.7% in 2025"))
    report = doc("report",
                 claim("philippines", "Trump, Takaichi and the Philippine president held a three-way meeting"),
                 claim("negative", "The central bank will end negative interest on deposits"),
                 claim("growth-2026", "Growth is forecast at 4.9% in 2026"))
    result = decide(preview, report)
    got = {e.claim.id: e for e in result.expectations}
    assert all(e.verdict == "absent" for e in got.values())
    assert any("names southkorea where it names philippine" in r for r in got["trilateral"].reasons)
    assert any("has 'end' sales, bonds where it has 'end' negative, interest" in r for r in got["bonds"].reasons)
    assert any("names 2025 where it names 2026" in r for r in got["growth"].reasons)


def test_shared_actors_and_a_generic_verb_do_not_pair() -> None:
    preview = doc("preview", claim("yen", "Trump and Takaichi will discuss the weakness of the yen"),
                  claim("a", "Trump will visit Tokyo"), claim("b", "Takaichi will host Trump"))
    report = doc("report", claim("ships", "Trump and Takaichi discussed cooperation on shipbuilding"),
                 claim("c", "Trump arrived in Tokyo"), claim("d", "Takaichi hosted a dinner"))
    assert verdicts(preview, report)["yen"][0] == "absent"


def test_not_raising_is_staying() -> None:
    preview = doc("preview", claim("basic", "The Chancellor will not raise the basic rate of income tax"))
    report = doc("report", claim("stays", "The basic rate of income tax stays at 20%"))
    result = decide(preview, report)
    (e,) = result.expectations
    assert e.verdict == "fulfilled" and any("denied means no change" in r for r in e.reasons)


def test_a_short_plural_is_its_singular_and_a_noun_meets_its_verb() -> None:
    from summitcheck.text import stem
    assert [stem(w) for w in ("jobs", "isas", "etfs", "ceos")] == ["job", "isa", "etf", "ceo"]
    assert stem("conclusion") == stem("conclude") and stem("decision") == stem("decide")
    assert stem("representative") == stem("represented") == "represent"
    assert [stem(w) for w in ("news", "this", "bias", "plus", "less")] == ["news", "this", "bias", "plus", "less"]


def test_an_acronym_spelt_out_in_lower_case_is_one_term() -> None:
    from summitcheck.pairing import article_acronyms
    found = article_acronyms(["The BOJ will stop buying ETFs and J-REITs",
                              "It will discontinue purchases of exchange-traded funds and real estate investment trusts",
                              "Analysts expect earnings per share of $1.12", "Adjusted EPS came in at $1.18"])
    # a run of three words or more less its first or last word stands for the acronym too (not "per share")
    # (metrics) and the words WordNet spells ETF and REIT out as, with the first words of three or more
    assert found == {"exchange-traded funds": "etf", "real estate investment trusts": "reit", "earnings per share": "eps",
                     "estate investment trusts": "reit", "real estate investment": "reit",
                     "exchange traded fund": "etf", "exchange traded": "etf", "real estate investment trust": "reit"}
    # function words at either end spell nothing: "expand production at" is not the EPA
    # (labelled before running) part of a run: "consumer price" and "cash rate" stand for CPI and OCR; a part
    # inside another acronym's run does not ("deposit facility" is the SDF's, not the DFR's "deposit facility rate")
    found = article_acronyms(["Core consumer price index (CPI) and the official cash rate (OCR)",
                              "The deposit facility rate (DFR) and the standing deposit facility (SDF)"])
    assert found["consumer price"] == found["price index"] == "cpi" and found["cash rate"] == found["official cash"] == "ocr"
    assert found["deposit facility rate"] == "dfr" and found["standing deposit facility"] == "sdf"
    assert "deposit facility" not in found and found["standing deposit"] == "sdf"
    assert "expand production at" not in article_acronyms(["Aurel will expand production at its plant",
                                                           "The EPA range is 350 miles"])
    preview = doc("preview", claim("etf", "The BOJ will stop buying ETFs"))
    report = doc("report", claim("r-etf", "The bank will discontinue purchases of exchange-traded funds"),
                 claim("x", "The yen fell"))
    assert verdicts(preview, report)["etf"] == ("fulfilled", "r-etf")  # stop buying = discontinue purchases


def test_another_model_measure_or_bloc_is_another_fact() -> None:
    preview = doc("preview", claim("e5", "Aurel will cut the price of the E5 sedan"),
                  claim("nominal", "Nominal GDP growth is projected at 3.8% in 2027"),
                  claim("mercosur", "Mercosur's national parliaments will ratify the agreement"),
                  claim("france", "France will ratify the agreement"))
    report = doc("report", claim("e3", "Aurel will cut the price of the E3 hatchback"),
                 claim("real", "Real GDP is projected to grow 1.6% in 2027"),
                 claim("ep", "The European Parliament ratified the agreement by 401 votes to 259"))
    result = decide(preview, report)
    got = {e.claim.id: e for e in result.expectations}
    assert got["e5"].verdict == "absent" and any("names E5 where it names E3" in r for r in got["e5"].reasons)
    assert got["nominal"].verdict == "absent"
    assert any("names nominal where it names real" in r for r in got["nominal"].reasons)
    assert got["mercosur"].verdict == "absent" and any("names mercosur where it names" in r
                                                       for r in got["mercosur"].reasons)
    assert got["france"].verdict == "fulfilled"  # a member is not another bloc



def test_after_a_false_friend_a_claim_that_says_no_more_does_not_pair() -> None:
    preview = doc("preview", claim("nominal", "Nominal GDP growth is projected at 3.8% in 2027"))
    report = doc("report", claim("real", "Real GDP growth is projected at 1.6% in 2027"),
                 claim("debt", "The debt-to-GDP ratio will fall to 41% in 2027"),
                 claim("x", "The budget was tabled on Tuesday"))
    (e,) = decide(preview, report).expectations
    assert e.verdict == "absent" and e.reasons[0].startswith("'real' (score")


def test_a_figure_of_the_same_metric_does_not_pair_a_false_friend() -> None:
    spain = Figure("core defence spending goal", parse_figure("3.5%"))
    preview = doc("preview", claim("spain", "Spain will again be granted flexibility on the core spending goal, "
                                            "diplomats said, after Madrid argued its budget rules make it unreachable",
                                   figures=(spain,)))
    report = doc("report", claim("belgium", "Belgium was granted extra leeway on the goal", figures=(spain,)),
                 claim("x", "Leaders agreed that Albania will host the next summit"))
    result = decide(preview, report)
    (e,) = result.expectations
    assert e.verdict == "absent" and e.match is None
    assert any("'belgium' holds its metric but is not the same fact" in r and "spain" in r for r in e.reasons)


def test_a_long_sentence_is_weighed_by_its_head() -> None:
    from summitcheck.pairing import _head
    assert _head("A small group of conservative policymakers, led by Austria's central bank governor, "
                 "is likely to dissent") == "A small group of conservative policymakers is likely to dissent"
    assert _head("Staff are expected to trim their inflation forecast for 2026 to 1.6%, three sources familiar "
                 "with the discussion said, reflecting cheaper energy") == \
        "Staff are expected to trim their inflation forecast for 2026 to 1.6%"
    assert _head("Wall Street is looking for adjusted earnings per share of $1.12, according to consensus "
                 "estimates compiled by LSEG") == " adjusted earnings per share of $1.12"
    long = ("Finance Minister Amir Hamzah, who took office in 2022, is likely to announce a sales tax on luxury "
            "goods such as watches and yachts, two officials familiar with the plan said, as the government "
            "seeks to narrow its deficit")
    preview = doc("preview", claim("luxury", long))
    report = doc("report", claim("r-luxury", "Amir Hamzah introduced a sales tax on luxury items"),
                 claim("r-deficit", "The deficit will narrow to 3.8% of GDP"))
    assert verdicts(preview, report)["luxury"] == ("fulfilled", "r-luxury")


def test_a_person_no_claim_introduces_may_hold_the_office_another_names() -> None:
    preview = doc("preview", claim("rutte", "Mark Rutte will announce that every ally now meets the 2% of GDP "
                                            "spending floor"),
                  claim("summit", "Leaders will agree on a new force model"))
    report = doc("report", claim("sg", "The Secretary General said all 32 allies now spend at least 2% of GDP on "
                                       "defence"),
                 claim("force", "Leaders agreed a new force model"))
    result = decide(preview, report)
    got = {e.claim.id: e for e in result.expectations}
    assert got["rutte"].verdict == "fulfilled" and got["rutte"].match is not None
    assert got["rutte"].match.claim.id == "sg" and "rutte ≈ general" in got["rutte"].reasons[0]
    # introduced with a title, the name is that title's only
    from summitcheck.pairing import _subjects
    assert _subjects(["Gourinchas said duties weigh", "The Fund's chief economist will warn"], set()) == \
        ({"gourincha"}, {"chief", "economist"})
    assert _subjects(["Gourinchas said duties weigh", "The Fund's chief economist will warn"], {"gourincha"}) == \
        (set(), set())


def test_no_change_meets_a_rise_and_contradicts_it() -> None:
    preview = doc("preview", claim("upkeep", "Japan will raise its host-nation support payments"))
    report = doc("report", claim("host", "Host-nation support payments were left unchanged"),
                 claim("x", "The leaders toured a shipyard"))
    (e,) = decide(preview, report).expectations
    assert e.verdict == "contradicted" and e.match is not None and e.match.claim.id == "host"
    assert any("raise ≈ unchanged" in r for r in e.reasons)


def test_unlikely_to_cut_is_answered_by_a_hold() -> None:
    preview = doc("preview", claim("cut", "The Fed is unlikely to cut interest rates in December"))
    report = doc("report", claim("hold", "The Fed held interest rates steady in December"),
                 claim("x", "Stocks rose after the decision"))
    assert verdicts(preview, report)["cut"] == ("fulfilled", "hold")


def test_another_object_in_the_same_role_does_not_pair() -> None:
    # labelled before running: the duties and the drawdown act on other things; a time is no object
    preview = doc("preview",
                  claim("brandy", "China is expected to lift anti-dumping duties on European brandy"),
                  claim("climate", "Ministers will approve a drawdown of the climate fund"),
                  claim("dinner", "Zelensky is expected to attend the leaders' dinner on the first evening"),
                  claim("steel", "The EU will impose tariffs on Chinese steel"))
    report = doc("report",
                 claim("pork", "Beijing kept its anti-dumping duties on European pork in place"),
                 claim("defence", "Ministers approved a drawdown of the defence fund"),
                 claim("tuesday", "Zelensky attended the leaders' dinner on Tuesday evening"),  # a time, not an object
                 claim("steel-r", "The EU imposed tariffs on steel imports from China"))  # one more word: no veto
    result = decide(preview, report)
    got = {e.claim.id: e for e in result.expectations}
    assert {k: (e.verdict, e.match.claim.id if e.match else None) for k, e in got.items()} == {
        "brandy": ("absent", None), "climate": ("absent", None),
        "dinner": ("fulfilled", "tuesday"), "steel": ("fulfilled", "steel-r")}
    assert any("has 'duties on European brandy' where it has 'duties on European pork' (brandy ≠ pork)" in r
               for r in got["brandy"].reasons)
    assert any("(climate ≠ defence)" in r for r in got["climate"].reasons)


def test_another_object_vetoes_a_pairing_through_a_metric_too() -> None:
    fund = Figure("drawdown", parse_figure("€2bn"))
    preview = doc("preview", claim("climate", "Ministers will approve a drawdown of the climate fund", figures=(fund,)))
    report = doc("report", claim("defence", "Ministers approved a drawdown of the defence fund", figures=(fund,)),
                 claim("other", "Stocks fell"))
    e = decide(preview, report).expectations[0]
    assert e.verdict == "absent"
    assert any("(climate ≠ defence)" in r for r in e.reasons)


def test_a_name_with_accents_is_one_word_and_meets_its_plain_spelling() -> None:
    from summitcheck.text import terms
    assert [w for _, w in terms("François Villeroy met Erdoğan in Zürich and São Paulo")] == [
        "francois", "villeroy", "met", "erdogan", "zurich", "sao", "paulo"]
    assert [w for _, w in terms("Søren Brøndby, Łódź, Straße")] == ["soren", "brondby", "lodz", "strasse"]
    # Labelled before running: the report spells the names without accents; the same event.
    preview = doc("preview", claim("visit", "Erdoğan will host Villeroy de Galhau in Kırklareli"),
                  claim("other", "Markets will be calm"))
    report = doc("report", claim("r-visit", "Erdogan hosted Villeroy de Galhau in Kirklareli"),
                 claim("r-other", "The lira fell 2%"))
    assert verdicts(preview, report)["visit"] == ("fulfilled", "r-visit")


def test_an_object_naming_the_same_place_is_the_same_object() -> None:
    # labelled before running (pairing2): one shared term, whose objects differ in words WordNet
    # does not join (production / manufacturing) but name the same place; the term also written
    # elsewhere ("heads of state") and met by a synonym (statement ≈ communique)
    preview = doc("preview",
                  claim("vaccines", "The EU will announce money for vaccine production in Ghana"),
                  claim("sudan", "A statement on the war in Sudan is expected"),
                  claim("bonds", "The central bank will end its sales of government bonds"))
    report = doc("report",
                 claim("r-vaccines", "The EU announced 1 billion euros for vaccine manufacturing in Ghana"),
                 claim("r-sudan", "Heads of state issued a communique on Sudan"),
                 claim("negative", "The central bank will end negative interest on deposits"))
    assert verdicts(preview, report) == {"vaccines": ("fulfilled", "r-vaccines"), "sudan": ("fulfilled", "r-sudan"),
                                         "bonds": ("absent", None)}


def test_of_two_close_claims_the_one_sharing_what_happened_answers() -> None:
    # labelled before running (pairing2): the office written in lower case still introduces the
    # name, and the claim sharing only the person loses to the one sharing the plan
    from summitcheck.text import actor_names
    assert "lund" in actor_names(["Commission chairperson Maria Lund will present a plan"])
    preview = doc("preview",
                  claim("plan", "Commission chairperson Maria Lund will present a plan to reduce the union's "
                                "dependence on imported fertiliser"),
                  claim("other", "Farm ministers will meet on Friday"))
    report = doc("report",
                 claim("r-open", "Commission chairperson Maria Lund opened the congress with a call for unity"),
                 claim("r-plan", "The chairperson also unveiled a plan to cut reliance on fertiliser imports"),
                 claim("r-other", "Grain prices fell"))
    assert verdicts(preview, report)["plan"] == ("fulfilled", "r-plan")


def test_after_a_false_friend_with_the_metric_another_claims_figure_is_no_answer() -> None:
    # labelled before running (pairing2): Belgium's 3.5% is refused (another country); the
    # allies' 3.5% core target holds a like metric but says nothing of Spain's flexibility
    goal = Figure("core spending goal", parse_figure("3.5%"))
    preview = doc("preview", claim("spain", "Spain will be granted flexibility on the 3.5% core spending goal",
                                   figures=(goal,)),
                  claim("other", "Leaders will meet in Ankara"))
    report = doc("report", claim("belgium", "Belgium was granted flexibility on the 3.5% core spending goal",
                                 figures=(goal,)),
                 claim("allies", "Allies committed to 3.5% of GDP for core military needs",
                       figures=(Figure("core military spending target", parse_figure("3.5% of GDP")),)))
    e = decide(preview, report).expectations[0]
    # (here Belgium's claim is also the closest by metric and is refused there; eval2's nato case,
    # where another claim's figure is the closest, is what the new refusal decides)
    assert (e.verdict, e.match) == ("absent", None)
    assert any("names spain where it names belgium" in r for r in e.reasons)


def test_a_rate_named_in_other_words_is_not_another_part() -> None:
    # labelled before running (pairing2): "policy rate", "federal funds rate" and "benchmark
    # interest rate" are one rate; the qualifiers of an amount part it, a rate's do not
    preview = doc("preview", claim("hold", "The Fed will hold its policy rate at 4.25%",
                                   figures=(Figure("policy rate", parse_figure("4.25%")),)),
                  claim("other", "Powell will speak"))
    for statement, metric in (("The Fed held the federal funds rate at 4.25%", "federal funds rate"),
                              ("The Fed held its benchmark interest rate at 4.25%", "benchmark interest rate")):
        report = doc("report", claim("r-hold", statement, figures=(Figure(metric, parse_figure("4.25%")),)),
                     claim("r-other", "Stocks rose"))
        assert verdicts(preview, report)["hold"] == ("fulfilled", "r-hold")


def test_exports_are_not_imports() -> None:
    # Labelled before running: the same country, verb and partner; the other flow of trade.
    preview = doc("preview", claim("exports", "Japanese exports to the US will rise"),
                  claim("other", "Markets will be calm"))
    report = doc("report", claim("r-imports", "Japanese imports from the US rose"), claim("r-other", "The yen fell"))
    result = decide(preview, report)
    e = next(e for e in result.expectations if e.claim.id == "exports")
    assert e.verdict == "absent" and e.match is None
    assert any("exports where it names imports" in r for r in e.reasons)


# Labelled before running (pair3, issue 13): a true pair said in other words may score under
# the threshold; when each is the other's closest claim by a clear lead and they share
# something of what happened (not only names, actors or a direction), it answers.
_ARMY_PREVIEW = doc("preview",
                    claim("drones", "The army will order reconnaissance drones from a domestic supplier"),
                    claim("pay", "Soldiers will get a pay rise next spring"),
                    claim("bases", "The government will close two naval bases in the north"))
_ARMY_REPORT = doc("report",
                   claim("r-uav", "Commanders signed a contract for unmanned aircraft from a local maker"),
                   claim("r-pay", "Troops' salaries will increase from April"),
                   claim("r-ports", "Two northern harbours used by the navy will shut"),
                   claim("r-parade", "A parade marked the anniversary of the armed forces"))


def test_each_others_closest_claim_answers_below_the_threshold() -> None:
    got = {e.claim.id: e for e in decide(_ARMY_PREVIEW, _ARMY_REPORT).expectations}
    assert {k: (e.verdict, e.match.claim.id if e.match else None) for k, e in got.items() if k != "drones"} == {
        "pay": ("fulfilled", "r-pay"), "bases": ("fulfilled", "r-ports")}
    below = [e for e in got.values() if e.match is not None and e.match.score < 35]
    assert below and all("each is the other's closest" in e.reasons[0] for e in below)


@pytest.mark.xfail(strict=True, reason="lexicon: WordNet lists the pilotless aircraft as the fourth sense of "
                                       "'drone' (after the bee, the hum and the idler), which the build leaves out")
def test_drones_are_unmanned_aircraft() -> None:
    got = verdicts(_ARMY_PREVIEW, _ARMY_REPORT)
    assert got["drones"] == ("fulfilled", "r-uav")


def test_below_the_threshold_a_claim_closer_to_another_expectation_is_not_taken() -> None:
    preview = doc("preview",
                  claim("charging", "The ministry will fund charging stations for electric buses"),
                  claim("fleet", "The ministry will buy electric buses for rural routes"))
    report = doc("report", claim("r-chargers", "Officials unveiled money for charging points for electric buses in rural towns"),
                 claim("r-rail", "A new rail timetable starts in May"))
    got = verdicts(preview, report)
    assert got["charging"] == ("fulfilled", "r-chargers")
    assert got["fleet"] == ("absent", None)  # buying buses is not funding chargers


_VANTOR = (doc("preview", claim("cut", "Orbis will cut the price of the Nimbus phone"),
               claim("chip", "The Vantor Nine will use a new in-house chip")),
           doc("report", claim("r-band", "Orbis also showed the Nimbus Band, a fitness tracker"),
               claim("r-chip", "The Vantor Nine runs on a processor Vantor designed itself")))


def test_below_the_threshold_shared_names_alone_do_not_answer() -> None:
    assert verdicts(*_VANTOR)["cut"] == ("absent", None)


@pytest.mark.xfail(strict=True, reason="lexicon: the microchip is a late sense of 'chip' in WordNet, "
                                       "which the build leaves out, so chip ≈ processor is not bridged")
def test_a_chip_is_a_processor() -> None:
    assert verdicts(*_VANTOR)["chip"] == ("fulfilled", "r-chip")


# Labelled before running (artpair, 2026-11-22): a figure both claims state is a term they share, however it is
# written; a figure only one of them states weighs nothing against the pair.
def test_a_figure_both_claims_state_is_a_shared_term() -> None:
    preview = doc("preview", claim("charge", "Halden Motors is expected to book a charge of about €250 million from "
                                             "the new import levy on its vans",
                                   figures=(Figure("charge", parse_figure("about €250 million")),)))
    report = doc("report",
                 claim("levy", "The import levy cost the carmaker 250 million euros in the quarter",
                       figures=(Figure("import levy cost", parse_figure("250 million euros")),)),
                 claim("profit", "Halden's operating profit fell to 1.1 billion euros on weaker van sales",
                       figures=(Figure("operating profit", parse_figure("1.1 billion euros")),)),
                 # an article's other claims: with three claims in all, every term is about as common
                 claim("ceo", "Chief executive Ines Varga said the van plant in Porto would add a night shift"),
                 claim("shares", "Halden shares closed 3% lower in Frankfurt"),
                 claim("guidance", "The company kept its forecast of 1.2 million deliveries this year"))
    assert verdicts(preview, report)["charge"] == ("fulfilled", "levy")
    result = decide(preview, report)
    assert "€250 million" in result.expectations[0].reasons[0]  # the reason names the figure shared


def test_a_figure_only_one_claim_states_weighs_nothing() -> None:
    from summitcheck.pairing import claims_lexicon, score_pair
    loan = claim("loan", "EU leaders will approve a €90bn loan for Kyiv", figures=(Figure("loan", parse_figure("€90bn")),))
    lent = claim("lent", "EU leaders approved a €75bn loan for Kyiv", figures=(Figure("loan", parse_figure("€75bn")),))
    bare = [claim("loan", "EU leaders will approve a loan for Kyiv"), claim("lent", "EU leaders approved a loan for Kyiv")]
    # a third claim stating the preview's value makes it a figure term, still unmet by the pair
    third = claim("pledge", "Norway pledged €90bn to the reconstruction fund",
                  figures=(Figure("pledge", parse_figure("€90bn")),))
    assert score_pair(claims_lexicon([loan, lent, third]), 0, 1) == score_pair(claims_lexicon([*bare, third]), 0, 1)
    assert verdicts(doc("preview", loan), doc("report", lent, third))["loan"] == ("contradicted", "lent")


def test_under_the_threshold_a_claim_another_expectation_ranks_behind_its_own_answer_is_free() -> None:
    # labelled before running: a report claim may answer several expectations; one that ranks it
    # second, behind its own answer, does not take it from the expectation it is closest to
    preview = doc("preview", claim("no-text", "No joint statement on the Kivu conflict is expected"),
                  claim("kivu-talks", "Leaders will discuss the Kivu conflict and its refugees"),
                  claim("cobalt", "Ministers will sign a cobalt trade pact"))
    report = doc("report", claim("r-talks", "Leaders discussed the Kivu conflict and refugees at length"),
                 claim("r-text", "Leaders failed to agree a final statement on the Kivu conflict"),
                 claim("r-trade", "Ministers signed a trade pact on cobalt"),
                 claim("r-aid", "Donors pledged aid for displaced families"))
    # a threshold of 50 puts the no-text pair (which ranks second for kivu-talks) in the band under it
    got = {e.claim.id: e for e in decide(preview, report, Settings(threshold=50)).expectations}
    assert {k: (e.verdict, e.match.claim.id if e.match else None) for k, e in got.items()} == {
        "no-text": ("fulfilled", "r-text"), "kivu-talks": ("fulfilled", "r-talks"), "cobalt": ("fulfilled", "r-trade")}
    assert "each is the other's closest" in got["no-text"].reasons[0]


def test_an_acronym_spelt_out_in_a_metric_name_is_one_term() -> None:
    # labelled before running (pair3): the statements write FCF, a metric spells it out
    preview = doc("preview", claim("fcf", "FCF is seen at $3bn",
                                   figures=(Figure("free cash flow FY2026", parse_figure("$3bn")),)),
                  claim("capex", "Capital spending will rise"))
    report = doc("report", claim("r-fcf", "FCF came in at $2.4bn", figures=(Figure("FY2026 FCF", parse_figure("$2.4bn")),)),
                 claim("r-shares", "The shares fell 4% in early trading"))
    result = decide(preview, report)
    assert {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in result.expectations}["fcf"] == (
        "contradicted", "r-fcf")
    assert [(d.preview_claim.id, d.report_claim.id) for d in result.discrepancies] == [("fcf", "r-fcf")]


def test_a_buyback_is_a_repurchase() -> None:
    # labelled before running (pair3)
    preview = doc("preview", claim("buyback", "The insurer will announce a share buyback"),
                  claim("dividend", "The insurer will raise its dividend"))
    report = doc("report", claim("r-repurchase", "The board approved a stock repurchase"),
                 claim("r-dividend", "The dividend was raised by 5%"), claim("r-ceo", "The chief executive will step down"))
    assert verdicts(preview, report)["buyback"] == ("fulfilled", "r-repurchase")


def test_a_figure_excluding_something_is_another_measure() -> None:
    # labelled before running (pair3): the report gives only inflation excluding food and energy;
    # the plain (headline) figure the preview expects is not given, the core one is
    preview = doc("preview",
                  claim("cpi", "Consumer price inflation is forecast at 3.1% in 2027",
                        figures=(Figure("consumer price inflation 2027", parse_figure("3.1%")),)),
                  claim("core", "Inflation excluding food and energy is seen at 2.8% in 2027",
                        figures=(Figure("inflation excluding food and energy 2027", parse_figure("2.8%")),)))
    report = doc("report",
                 claim("r-ex", "Consumer price inflation excluding food and energy is projected at 2.9% in 2027",
                       figures=(Figure("consumer price inflation excluding food and energy 2027", parse_figure("2.9%")),)),
                 claim("r-growth", "Growth is forecast at 1.2% in 2027",
                       figures=(Figure("GDP growth 2027", parse_figure("1.2%")),)))
    result = decide(preview, report)
    got = {e.claim.id: e for e in result.expectations}
    assert (got["cpi"].verdict, got["cpi"].match) == ("absent", None)
    assert any("excluding food" in r for r in got["cpi"].reasons)
    assert (got["core"].verdict, got["core"].match and got["core"].match.claim.id) == ("contradicted", "r-ex")
