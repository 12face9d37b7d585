"""Pairing's bounds: what keeps any accepted file fast, and the reasons that say a bound was hit."""

from __future__ import annotations

import pytest

from summitcheck import Claim, Document, decide, pairing
from summitcheck.pairing import Lexicon, pair_claims
from summitcheck.text import MAX_TEXT_CHARS


def doc(role: str, *statements: str) -> Document:
    return Document(id=role, role=role, title=role,
                    claims=tuple(Claim(id=f"{role[0]}{i}", statement=s) for i, s in enumerate(statements)))


def test_near_identical_claims_score_only_a_capped_candidate_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "PAIR_BUDGET", 40)
    monkeypatch.setattr(pairing, "MIN_CANDIDATES", 5)
    same = [f"The bank will raise its policy rate, variant {i % 3}" for i in range(20)]
    preview, report = doc("preview", *same[:4]), doc("report", *same)
    result = decide(preview, report)
    for e in result.expectations:
        assert e.verdict == "fulfilled"
        assert any("only the 10 report claims sharing its rarest terms were scored" in r for r in e.reasons)


def test_the_cap_is_not_hit_by_ordinary_articles() -> None:
    preview = doc("preview", "The bank will raise its policy rate", "Exports will fall")
    report = doc("report", *[f"The bank raised its policy rate, note {i}" for i in range(60)], "Exports fell")
    assert not any("were scored" in r for e in decide(preview, report).expectations for r in e.reasons)


def test_the_candidate_cap_scores_the_rarest_terms_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "PAIR_BUDGET", 1)
    monkeypatch.setattr(pairing, "MIN_CANDIDATES", 3)
    common = [f"Ministers will meet on rates {i}" for i in range(30)]
    texts = [["Ministers will meet on rates and tariffs"], *([t] for t in common), ["Ministers agreed tariffs"]]
    lexicon = Lexicon(texts)
    (paired,) = pair_claims(lexicon, range(1), range(1, len(texts)), 1.0)  # a low threshold skips no term
    assert paired.capped == 3
    assert paired.best is not None and paired.best.index == len(texts) - 1  # the one sharing "tariffs"


@pytest.mark.parametrize("extra, clipped", [(0, False), (1, True)])
def test_a_statement_is_read_up_to_the_text_limit(extra: int, clipped: bool) -> None:
    statement = ("word " * MAX_TEXT_CHARS)[:MAX_TEXT_CHARS - 6] + " alpha" + "z" * extra
    assert len(statement) == MAX_TEXT_CHARS + extra
    lexicon = Lexicon([[statement], ["alpha"]])
    assert (0 in lexicon.clipped) is clipped
    assert any("first 640 characters" in n for n in lexicon.limits(0)) is clipped


def test_words_past_the_text_limit_do_not_pair() -> None:
    long = "Officials discussed " + "budget matters " * 60 + "and the harbour tunnel"
    result = decide(doc("preview", long), doc("report", "The harbour tunnel opened"))
    (e,) = result.expectations
    assert e.verdict == "absent"
    assert any("pairing read only the first 640 characters" in r for r in e.reasons)


def test_spelling_variants_are_sought_among_the_commonest_terms_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "FUZZY_STEMS", 2)
    lexicon = Lexicon([["programme funding"], ["program budget"], ["programme pact"], ["program deal"],
                       ["tunnel"], ["tunnell"]])
    assert lexicon.fuzzy_left_out == 6  # fund, budget, pact, deal, tunnel, tunnell: one claim each
    assert lexicon.classes["programme"] == lexicon.classes["program"]  # common enough to be compared
    assert lexicon.classes["tunnel"] != lexicon.classes["tunnell"]  # alike, but too rare to be compared
    assert "(6 rarer ones left out)" in " ".join(lexicon.limits(0))
