"""People, roles and acronyms as editors read them: a person and the role the articles give them are one, an
acronym is its name in full.  Invented sentences from several domains, labelled before running; controls are
cases the reading must not change."""

from __future__ import annotations

import time

from summitcheck import Claim, Document, decide
from summitcheck.pairing import article_acronyms


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str) -> Claim:
    return Claim(id=cid, statement=statement)


def matches(preview: Document, report: Document) -> dict[str, str | None]:
    return {e.claim.id: e.match.claim.id if e.match else None for e in decide(preview, report).expectations}


# --- acronyms of names with a compound of capitalised parts -------------------------------------------------------

def test_each_capitalised_part_of_a_compound_gives_its_initial() -> None:
    # summits, trade, alliances
    assert article_acronyms(["Leaders arrive for the Asia-Pacific Economic Cooperation forum.",
                             "The APEC forum opened."]).get("asia-pacific economic cooperation") == "apec"
    assert article_acronyms(["The Trans-Pacific Partnership talks resume.",
                             "The TPP talks resumed."]).get("trans-pacific partnership") == "tpp"
    assert article_acronyms(["Ministers meet at the Forum on India-Gulf Investment next week.",
                             "The FIGI meeting ended."]).get("forum on india-gulf investment") == "figi"
    # control: a part after a hyphen in lower case is the word's own ("Co-operation" gives one C)
    assert "organisation for economic co-operation" not in article_acronyms(
        ["The Organisation for Economic Co-operation forecasts growth.", "The OECCO said."])


def test_a_summit_named_in_full_and_by_its_acronym_is_one_summit() -> None:
    preview = doc("preview", claim("open", "Prime Minister Tala Moana will open the Forum on Pacific-Asia Trade "
                                           "summit in Suva on Monday"),
                  claim("fish", "Fishing quotas are expected to be raised by 10%"))
    report = doc("report", claim("opened", "The prime minister opened the FPAT summit in Suva on Monday"),
                 claim("other", "Delegates toured the harbour"))
    assert matches(preview, report)["open"] == "opened"


def test_compound_runs_take_no_time_on_pathological_input() -> None:
    article_acronyms(["The Bank of Japan (BoJ) held."])  # the lexicon loaded before the clock starts
    for text in ("-".join(["Ab"] * 3000) + " ABC", " ".join(["Ab-Cd"] * 3000) + " ABC", "A" * 20000, "1" * 20000):
        start = time.process_time()
        article_acronyms([text])
        assert time.process_time() - start < 1.0


# --- a person and the role the articles give them -----------------------------------------------------------------

def test_an_office_named_in_a_closing_attribution_may_be_the_person_never_introduced() -> None:
    # earnings: the chief executive is never named with her role
    preview = doc("preview", claim("payout", "Lindqvist will keep the dividend at 40 cents a share"),
                  claim("sales", "Sales are expected to rise 4% in the quarter"))
    report = doc("report", claim("r-payout", "The dividend stays at 40 cents a share, the chief executive told analysts."),
                 claim("r-stores", "Twelve stores will close in Norway"))
    assert matches(preview, report)["payout"] == "r-payout"
    # central bank: the office after an opening clause
    preview = doc("preview", claim("presser", "Kowalczyk will stress on Friday that the council stays data dependent"),
                  claim("cut", "The council is expected to cut rates by 25 basis points"))
    report = doc("report", claim("r-presser", "Speaking to reporters on Friday, the central bank governor said the "
                                              "council would stay data dependent."),
                 claim("r-zloty", "The currency weakened after the announcement"))
    assert matches(preview, report)["presser"] == "r-presser"


def test_a_word_of_a_titled_name_used_alone_meets_the_title() -> None:
    # budgets: a double surname, the first of which the copy uses alone
    preview = doc("preview", claim("intro", "Finance Minister Carlos Ortega Ruiz will present the budget on Tuesday"),
                  claim("wealth", "Ortega is expected to rule out a new wealth tax"))
    report = doc("report", claim("r-wealth", "The finance minister told parliament there would be no new wealth tax"),
                 claim("r-deficit", "The deficit will narrow to 3% of GDP"))
    assert matches(preview, report)["wealth"] == "r-wealth"


def test_a_role_written_capitalised_before_a_name_introduces_it() -> None:
    # state budget and a commission's forecast: the role opens the claim, capitalised
    preview = doc("preview", claim("intro", "Treasurer Dana Whitcombe is expected to forecast a small surplus"),
                  claim("taxes", "Whitcombe will not introduce any new taxes in this budget"))
    report = doc("report", claim("r-taxes", "There are no new taxes in the budget, the Treasurer stressed."),
                 claim("r-deficit", "The state will run a deficit of $1 billion"))
    assert matches(preview, report)["taxes"] == "r-taxes"
    preview = doc("preview", claim("intro", "Commissioner Ana Ferreira will present the spring forecast on Monday"),
                  claim("risk", "Ferreira is expected to name energy prices as the main risk to growth"))
    report = doc("report", claim("r-risk", "The commissioner said energy prices remained the biggest risk to growth."),
                 claim("r-growth", "Growth is forecast at 1.1% this year"))
    assert matches(preview, report)["risk"] == "r-risk"


def test_a_person_with_a_capitalised_role_may_hold_the_office_the_other_article_names_alone() -> None:
    # an agency's head: the preview's title and the report's word for the office differ
    preview = doc("preview", claim("dg", "Director-General Tomas Vrettakos will warn that weak investment is holding "
                                         "back wages"),
                  claim("jobs", "Unemployment is expected to hold at 5%"))
    report = doc("report", claim("r-dg", "The agency's chief said feeble investment was depressing wages."),
                 claim("r-jobs", "The jobless rate stayed at 5%"))
    assert matches(preview, report)["dg"] == "r-dg"


def test_controls_roles_do_not_pair_other_facts() -> None:
    # another fact about the same office stays apart; a thing ending like an office is no office
    preview = doc("preview", claim("presser", "Kowalczyk will explain the decision at a news conference on Friday"),
                  claim("voucher", "The youth rental voucher will rise to $300 a month"))
    report = doc("report", claim("r-gold", "Gold now makes up a fifth of reserves, the central bank governor said."),
                 claim("r-voucher", "Bus fares will rise in March, the transport minister said."))
    assert matches(preview, report) == {"presser": None, "voucher": None}
    # a titled person keeps their title: "Governor Hana Brik" is not the finance minister who spoke
    preview = doc("preview", claim("intro", "Governor Hana Brik will hold a news conference"),
                  claim("hold", "Brik will signal that rates stay on hold"))
    report = doc("report", claim("r-fx", "The currency is fairly valued, the finance minister said."),
                 claim("r-hold", "The bank held rates at 4%"))
    assert matches(preview, report)["intro"] is None


def test_role_and_person_patterns_take_no_time_on_pathological_input() -> None:
    from summitcheck.pairing import _opening_roles, _subjects
    texts = ["Ab " * 5000 + "will", "Ab-Cd " * 5000, ", the " * 5000 + "chief said", "the ab " * 5000 + "said",
             "Ń" * 20000 + " will", "a" * 20000, "1" * 20000, "Director-General " * 3000 + "Okafor will"]
    _subjects(["The chief said"], set())
    for text in texts:
        start = time.process_time()
        _subjects([text, "The agency's chief said"], set())
        _opening_roles([text])
        assert time.process_time() - start < 1.0, text[:20]
