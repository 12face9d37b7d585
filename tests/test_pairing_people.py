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
