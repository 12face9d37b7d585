"""Who said it is not what was said (issue 13: "weight what the claim is about … over its filler").

A report sentence that quotes someone and closes with the attribution ('"…," Chief Executive
Officer Marta Ruiz said on a call with analysts') shares the speaker's name and title with
every expectation about that person: those words must not pair it with an expectation that
says something else of them.  And a noun that merely ends like an office ("voucher") is no
office a person's name stands for.

All claims are invented (other events, people and places than any evaluation set); each
verdict was written down, as an editor would give it, before the tool was run (artpair,
2026-11-22).
"""

from __future__ import annotations

from summitcheck import Claim, Document, decide


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str) -> Claim:
    return Claim(id=cid, statement=statement)


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# earnings: the chief executive's quote is no answer to what else she was expected to do
def test_a_closing_attribution_does_not_answer_another_expectation_about_the_speaker() -> None:
    preview = doc("preview",
                  claim("plant", "Chief Executive Officer Marta Ruiz is expected to announce the closure of the "
                                 "Toledo plant"),
                  claim("cfo", "Chief Executive Officer Marta Ruiz is also expected to name a permanent chief "
                               "financial officer"),
                  claim("margin", "The gross margin is forecast to narrow for a third quarter"))
    report = doc("report",
                 claim("r-quote", '"We had a difficult quarter and we are fixing it," Chief Executive Officer Marta '
                                  'Ruiz said on a call with analysts'),
                 claim("r-plant", "Ruiz said the company will close its Toledo plant next year"),
                 claim("r-margin", "The gross margin narrowed for a third straight quarter"),
                 claim("r-shares", "The shares fell 4% in early trading"))
    got = verdicts(preview, report)
    assert got["plant"] == ("fulfilled", "r-plant")
    assert got["cfo"] == ("absent", None)  # the quote says nothing of a finance chief
    assert got["margin"] == ("fulfilled", "r-margin")


# central bank: the governor told reporters something else than what was expected of her
def test_a_governors_quote_is_not_the_decision_expected_of_her() -> None:
    preview = doc("preview",
                  claim("deputy", "Governor Lena Okafor is expected to name a new deputy governor for "
                                  "financial stability"),
                  claim("bonds", "The bank is expected to end its bond purchases in June"))
    report = doc("report",
                 claim("r-quote", '"Inflation is coming down faster than we feared," Governor Lena Okafor told '
                                  'reporters in Accra'),
                 claim("r-bonds", "The bank said it will end its bond purchases in June"),
                 claim("r-cedi", "The cedi firmed 0.6% against the dollar after the decision"))
    got = verdicts(preview, report)
    assert got["deputy"] == ("absent", None)
    assert got["bonds"] == ("fulfilled", "r-bonds")


# summit: the minister's comment after the talks is not the accord he was expected to sign
def test_a_ministers_comment_is_not_the_accord_he_was_expected_to_sign() -> None:
    preview = doc("preview",
                  claim("visit", "Foreign Minister Ivo Tamm is expected to announce a state visit to Oslo"),
                  claim("fish", "Estonia and Norway are expected to sign a fisheries accord"))
    report = doc("report",
                 claim("r-quote", '"The talks were frank and useful," Foreign Minister Ivo Tamm said after the '
                                  'meeting in Tallinn'),
                 claim("r-fish", "Estonia and Norway signed a fisheries agreement on Friday"),
                 claim("r-ferry", "The two governments will study a new ferry link"))
    got = verdicts(preview, report)
    assert got["visit"] == ("absent", None)  # nothing of a visit to Oslo was reported
    assert got["fish"] == ("fulfilled", "r-fish")


# A person no title introduces and a subject that only ends like an office ("voucher", "rebate
# scheme manager" would be one; "voucher" is not) are not one: what a party said of the bill does
# not answer an expectation about a voucher.
def test_a_noun_ending_like_an_office_is_no_office() -> None:
    preview = doc("preview",
                  claim("voucher", "The youth energy voucher will be raised to €60 a month"),
                  claim("ferry", "The ferry subsidy will be cut by half"))
    report = doc("report",
                 claim("r-party", "Verdant said it would study the text"),
                 claim("r-leader", "Okonkwo said the bill was a budget for the rich"),
                 claim("r-ferry", "The ferry subsidy was halved"))
    got = verdicts(preview, report)
    assert got["voucher"] == ("absent", None)
    assert got["ferry"][1] == "r-ferry"


# The office rule still joins a real office to an unintroduced person (test_pairing covers
# "Mark Rutte" / "The Secretary General"); a chief economist is an office by its last word.
def test_an_office_named_by_its_last_word_still_meets_the_person() -> None:
    preview = doc("preview",
                  claim("warn", "Henrike Vos will warn that trade barriers threaten the recovery"),
                  claim("rates", "Rates are expected to stay at 3%"))
    report = doc("report",
                 claim("r-warn", "The fund's chief economist warned that trade barriers threaten the recovery"),
                 claim("r-rates", "Rates were held at 3%"))
    got = verdicts(preview, report)
    assert got["warn"] == ("fulfilled", "r-warn")


# Who is involved, met alike, and a word met only through a rarer sense or a hypernym ("tipped ≈
# end", "charge ≈ blamed") share nothing of what happened: budget, central bank and summit.
def test_a_person_and_a_rarer_sense_share_nothing_of_what_happened() -> None:
    others_p = ("Pensions will rise 3% in April", "The deficit will narrow to 2.5% of GDP")
    others_r = ("Pensions rose 3%", "The deficit narrowed to 2.4% of GDP")
    for expected, reported in (
            ("Finance Minister Lidia Marsh is tipped to raise the tobacco excise",
             "Marsh said the consultation on it would end in March"),
            ("Governor Amal Reyes will charge banks more for overnight loans", "Reyes blamed the weaker peso"),
            ("Prime Minister Ito Kenji is tipped to visit Seoul", "Ito Kenji said the talks would end on Friday")):
        preview = doc("preview", claim("p", expected), *(claim(f"p{k}", s) for k, s in enumerate(others_p)))
        report = doc("report", claim("r", reported), *(claim(f"r{k}", s) for k, s in enumerate(others_r)))
        got = verdicts(preview, report)
        assert got["p"] == ("absent", None), expected
        assert got["p0"] == ("fulfilled", "r0")  # the pension rise still pairs


# A synonym or a derivation is a word of what happened: the same person and "warn ≈ caution" pair.
def test_a_person_and_a_synonym_still_pair() -> None:
    preview = doc("preview", claim("p", "Governor Amal Reyes will warn about inflation risks"),
                  claim("p0", "Pensions will rise 3% in April"))
    report = doc("report", claim("r", "Reyes cautioned about inflation risks"), claim("r0", "Pensions rose 3%"))
    assert verdicts(preview, report)["p"] == ("fulfilled", "r")
