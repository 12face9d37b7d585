"""Drafting's hot paths (bench f): each faster form reads as the plain form it stands for.

- figures._TOKEN opens with a look for a non-space, so the engine tries none of its branches at the spaces between
  words; no branch opens with a space, so it finds the tokens the bare branches find.
- figures._YUAN_HINT (opening with a word boundary, tried at every position) runs only on a text may_hold finds
  one of its words in.
- statements._subject reads a clause's first seven words only: a verb after them leaves no subject.
- text.actor_names builds the standing actors (countries, titles) once.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summitcheck import figures, text
from summitcheck.extract import statements

HERE = Path(__file__).parent

ARTICLE_LINES = [line for path in sorted((HERE / "articles").rglob("*.txt"))
                 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

_PLAIN_TOKEN = re.compile(figures._TOKEN_BRANCHES, re.X)


def _spans(pattern: re.Pattern[str], line: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(line)]


def test_the_token_pattern_finds_what_its_branches_find_in_the_articles() -> None:
    assert len(ARTICLE_LINES) > 500
    assert [_spans(figures._TOKEN, line) for line in ARTICLE_LINES] == [_spans(_PLAIN_TOKEN, line) for line in ARTICLE_LINES]


_TOKEN_PIECES = ["4", "1/2", "½", "1,000", "1,2,3", "10 000", "2.5e3", ".5", "c", "ca", ".", "US$", "$", "C$", "U.S.$",
                 "yuan", "It's", "%", "-", "–", "/", "+", "~", "(", ")", "€", "¥", "元", "٣", "é", " ", "\u00a0", "\u2009",
                 "\t", "\n", ",", "'", "_"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_TOKEN_PIECES), st.text(max_size=3)), max_size=14))
def test_the_token_pattern_finds_what_its_branches_find_in_any_text(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert _spans(figures._TOKEN, line) == _spans(_PLAIN_TOKEN, line)


def test_the_token_pattern_is_linear_on_long_runs() -> None:
    for line in (" " * 200_000, "a" * 200_000, "7" * 200_000, "Big " * 50_000, "1," * 100_000, "½" * 200_000,
                 "\u00a0" * 200_000, "1 000" * 40_000):
        start = time.process_time()
        figures._tokens(line)
        assert time.process_time() - start < 2.0, line[:10]


YUAN_TEXTS = ["5 billion yuan", "RMB 3bn", "CNY 7.1 per dollar", "Renminbi loans", "YUAN", "3元", "renminbi-denominated",
              "cyuan", "yuans", "the rmb's rise", "Ｙuan", "ｒｍｂ", "yuan\u0131"]


def test_no_text_the_yuan_pattern_matches_is_skipped() -> None:
    matched = [t for t in ARTICLE_LINES + YUAN_TEXTS if figures._YUAN_HINT.search(t)]
    assert len(matched) >= 8
    assert [t for t in matched if not text.may_hold(t, figures._YUAN_WORDS)] == []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["yuan", "cny", "rmb", "renminbi", "元", "x", "5", "-", "'", "é"]),
                          st.sampled_from(["lower", "upper", "title"]), st.sampled_from(["", " "])), max_size=8))
def test_the_yuan_prefilter_holds_on_mixed_case_texts(pieces: list[tuple[str, str, str]]) -> None:
    line = "".join(getattr(word, case)() + gap for word, case, gap in pieces)
    if figures._YUAN_HINT.search(line):
        assert text.may_hold(line, figures._YUAN_WORDS), line


def _subject_reading_every_word(clause: str, past: bool = False) -> str | None:
    words = clause.split()
    for i, w in enumerate(words):
        lw = w.lower().strip(",")
        if lw in statements._MODALS or lw in statements._ACTION_WORDS or lw in {"is", "are", "was", "were", "has", "have"} \
                or (past and i and w[:1].islower() and statements._PAST.fullmatch(lw)):
            subject = " ".join(words[:i])
            return subject if 0 < i <= 6 and subject[:1].isupper() else None
    return None


_CLAUSE_WORDS = ["The", "central", "bank", "Board", "will", "raised", "is", "has", "have", "announced", "said,", "rates",
                 "by", "0.25%", "Ministers", "of", "the", "G7", "and", "budget", "authorised", "plans", "Acme", "sold"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=14), st.sampled_from([" ", "  ", "\t", " \n"]),
       st.booleans())
def test_subject_reads_as_the_reading_of_every_word(words: list[str], gap: str, past: bool) -> None:
    clause = gap.join(words)
    assert statements._subject(clause, past) == _subject_reading_every_word(clause, past), clause


def test_subject_examples() -> None:
    assert statements._SUBJECT_WORDS == 6
    assert statements._subject("The finance ministry said the budget would grow") == "The finance ministry"
    assert statements._subject("the ministry will publish its budget") is None  # a subject opens with a capital
    assert statements._subject("The finance ministry will publish its budget") == "The finance ministry"
    assert statements._subject("One two three four five six seven will publish") is None  # seven words: no subject
    assert statements._subject("One two three four five six will publish") == "One two three four five six"
    assert statements._subject("Acme Corp authorised its outlook", past=True) == "Acme Corp"  # a verb in the past
    assert statements._subject("Acme Corp authorised its outlook") is None


def test_actor_names_are_built_on_the_standing_actors() -> None:
    standing = set(text.COUNTRIES) | {text.stem(t) for t in text.TITLES}
    assert text._standing_actors() == standing
    assert text.actor_names([]) == standing
    named = text.actor_names(["President Lee Jae-myung met Prime Minister Sanae Takaichi"])
    assert standing < named and {"lee", "takaichi"} <= named
    named.add("someone")  # each call's set is its own
    assert "someone" not in text.actor_names([])



def test_an_id_reads_titled_names_only_in_a_text_with_a_title(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from summitcheck.extract import ids
    read: list[list[str]] = []
    real = ids.actor_names

    def spy(texts):  # type: ignore[no-untyped-def]
        read.append(list(texts))
        return real(texts)

    monkeypatch.setattr(ids, "actor_names", spy)
    ids._id_words("The central bank will raise its policy rate to 4.5%")
    ids._id_words("Finance Minister Lars Klingbeil will present the budget")
    assert read == [[], ["Finance Minister Lars Klingbeil will present the budget"]]


def test_an_id_takes_the_words_it_took_when_every_text_was_read_for_titled_names(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from summitcheck.extract import ids
    lines = [*ARTICLE_LINES, "Finance Minister Lars Klingbeil will present the budget", "CEO Tim Cook said", "Mr Starmer"]
    filtered = [ids._id_words(line) for line in lines]
    monkeypatch.setattr(ids, "has_title", lambda _text: True)
    assert [ids._id_words(line) for line in lines] == filtered
