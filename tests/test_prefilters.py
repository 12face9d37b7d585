"""Prefilters and indexes: cheap looks that skip work which could find nothing.

A pattern that opens with a word boundary, a lookbehind or an alternation of character classes is
tried by the regex engine at every position of the text; the prefilters before them (a substring,
a literal the engine skips ahead to) must never skip a text the pattern matches.  Each test here
holds that on the repository's claims and articles and on texts built to hit every branch in mixed
case.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcheck import figures, pairing, polarity, verdict
from summitcheck.discrepancy import _whole_word
from summitcheck.text import _TITLE, TITLED_NAME, any_of, has_title, may_hold

HERE = Path(__file__).parent


def _corpus() -> list[str]:
    texts: list[str] = []
    for path in sorted((HERE / "cases").glob("*/*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and isinstance(doc.get("claims"), list):
            texts += [c["statement"] for c in doc["claims"] if isinstance(c, dict) and c.get("statement")]
    for path in sorted((HERE / "articles").rglob("*.txt")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


CORPUS = _corpus()

# Texts that hit the patterns, in several cases and with the typographic apostrophe.
CRAFTED = [
    "The Fed will decide on September 17", "by Sept. 30 the deal", "prices rise from MAY", "starting in April",
    "on 3rd MARCH it fell", "DEC 5 launch",
    "Revenue came in below the $1.38 analysts had expected", "EPS of $2.10, ABOVE THE $2 ECONOMISTS FORECAST",
    "topping the 3% that Wall Street had pencilled in", "Contrary to reports, the bank held",
    "defying market expectations the rate rose", "against the expectations, it rose",
    "All six members backed the cut", "all of the 27 member states agreed", "two of the nine members dissented",
    "adjusted EPS rose", "Core inflation", "EXCLUDING FOOD AND ENERGY prices rose", "excl. items",
    "UNDERLYING profit", "non-GAAP EPS", "NON-OIL GDP growth", "the quarter ended Oct. 31", "Fiscal 2027 revenue", "FY26 guidance",
    "in the three months to June", "the period ending March", "President Lee Jae-myung said",
    "Prime Minister Sanae Takaichi", "finance minister Lars Klingbeil", "CEO Tim Cook", "Mrs Reeves",
    "Dr. Lisa Cook", "King Charles", "Spokeswoman Ana Ruiz said", "Chairperson Mahmoud Ali Youssouf",
    "Senator Warren", "Premier Li Qiang", "Governor Ueda", "Secretary Bessent", "Queen Camilla", "Prince William",
    "Mr Starmer", "Ms Lagarde", "Chancellor Rachel Reeves", "chair Jerome Powell",
    "The CEO DECLINED TO COMMENT on the sale", "she wouldn’t say whether", "did not give a figure for lending",
    "a deficit of 2.3% of GDP", "4 per cent of output", "the 5per cent of it", "20.31 per dollar", "$80 a barrel",
    "3bn an hour", "forward to 2032", "net zero by\t2050", "until 2030", "TWELVE members", "Eleven of them",
]
TEXTS = CORPUS + CRAFTED

# (pattern, prefilter, how the statement is prepared before the pattern is tried)
GATES = [
    (polarity._DAY, lambda t: polarity._DIGIT.search(t) is not None and polarity._MONTH_HINT.search(t) is not None,
     str.lower),
    (polarity._MONTH_NAME, lambda t: polarity._MONTH_HINT.search(t.lower()) is not None, str),
    (polarity._MISSED_FIGURE, lambda t: may_hold(t, polarity._EXPECTED_WORDS), str),
    (polarity._AGAINST_EXPECTATIONS, lambda t: any(w in t for w in polarity._AGAINST_WORDS),
     lambda t: t.lower().replace("’", "'")),
    (polarity._ALL, lambda t: "all" in t, lambda t: t.lower().replace("’", "'")),
    (polarity._REFUSAL, lambda t: may_hold(t, polarity._REFUSAL_WORDS), lambda t: t.lower().replace("’", "'")),
    (pairing._EXCLUDING, lambda t: may_hold(t, pairing._EXCLUDING_WORDS), str),
    (pairing._FISCAL_QUARTERS, lambda t: may_hold(t, pairing._FISCAL_WORDS), str),
    (TITLED_NAME, has_title, str),
    (pairing._FIGURE_BASE, lambda t: pairing._FIGURE_BASE_HINT.search(t) is not None, str),
    (verdict._DEADLINE, lambda t: verdict._DEADLINE_YEAR.search(t) is not None, str),
    (verdict._NUMBER_WORD_OPENS, lambda t: may_hold(t, verdict._NUMBER_WORDS), str),
]


@pytest.mark.parametrize("pattern, gate, prepare", GATES, ids=lambda g: getattr(g, "pattern", "")[:30])
def test_no_text_a_pattern_matches_is_skipped(pattern: re.Pattern[str], gate, prepare) -> None:  # type: ignore[no-untyped-def]
    matched = [t for t in map(prepare, TEXTS) if pattern.search(t)]
    assert matched, "the corpus holds no match: the test would show nothing"
    assert [t for t in matched if not gate(t)] == []


def test_each_title_the_name_pattern_knows_is_in_the_prefilter() -> None:
    # every top-level alternative of _TITLE, its optional groups left out and its character classes
    # ("[Pp]") read as their lower-case letter
    plain = re.sub(r"\(\?:[^()]*\)\??", "", _TITLE[3:-1])
    alternatives = re.sub(r"\[([A-Z])[a-z]\]", lambda m: m.group(1).lower(), plain).split("|")
    assert len(alternatives) > 15
    for alternative in alternatives:
        assert re.fullmatch(r"[A-Za-z ]+", alternative), alternative
        assert has_title(f"{alternative} Jane Doe"), alternative


# Words of the patterns' branches, cased at random, with filler: the prefilters hold on any mix.
_PIECES = ["september", "sept.", "17", "3rd", "march", "below", "the", "$1.38", "analysts", "expected", "forecast",
           "pencilled in", "contrary to", "defying", "against", "reports", "expectations", "all", "six", "of", "27",
           "excluding", "excl.", "adjusted", "core", "underlying", "quarter", "ended", "fiscal", "fy", "three months",
           "period", "ending", "president", "prime minister", "mr", "dr.", "ceo", "lee", "jae-myung", ",", "x",
           "2.3%", "per", "cent", "percent", "a", "an", "gdp", "$80", "5per", "to", "by", "until", "2032", "1999",
           "w123x", "a321neo", "twelve", "dozen", "one", "\t", "١٢", "k"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["lower", "upper", "title"])), max_size=12))
def test_the_prefilters_hold_on_mixed_case_texts(pieces: list[tuple[str, str]]) -> None:
    text = " ".join(getattr(word, case)() for word, case in pieces)
    for pattern, gate, prepare in GATES:
        prepared = prepare(text)
        if pattern.search(prepared):
            assert gate(prepared), (pattern.pattern[:40], prepared)


def _hedge_before_every_hedge(words: list[str], start: int) -> tuple[str | None, int]:
    # the look _hedge_before's index stands for: every hedge, in _HEDGES' order
    for phrase, hedge in figures._HEDGES:
        n = phrase.count(" ") + 1
        if start >= n and " ".join(words[start - n:start]) == phrase:
            return hedge, n
    return None, 0


_HEDGE_WORDS = sorted({w for phrase, _ in figures._HEDGES for w in phrase.split()} | {"the", "5", "10 000", "x"})


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HEDGE_WORDS), max_size=7), st.integers(min_value=0, max_value=7))
def test_the_hedge_index_finds_what_every_hedge_finds(words: list[str], start: int) -> None:
    start = min(start, len(words))
    assert figures._hedge_before(words, start) == _hedge_before_every_hedge(words, start)


AMOUNT_TEXTS = [*TEXTS,
    "a third of members", "two dozen", "c.$5bn", "ca $5", "Rs 20", "RM42", "US$ 150 million", "minus 2%",
    "negative 0.1%", "+0.3%", "one in five adults", "a hundred and two", "half a percentage point", "$-5bn",
    "zł 5", "5 zł", "NIS 40", "C$ 3", "c $ 16.4 million", "two more quarter-point cuts", "a quarter point",
    "three quarters of the 27", "F-35 jets", "about -2%", "¥30 trillion", "€135bn", "GBP 5", "fifty-five",
]


def _never_opened(texts: list[str]) -> int:
    """Asserts _read_amount reads nothing at each token _opens_no_amount skips; returns how many were skipped."""
    skipped = 0
    for text in texts:
        toks = figures._tokens(text)
        words = [t[1].lower() for t in toks]
        reading = figures._Reading(yuan=False, whole=False, text=text)
        for i in range(len(toks)):
            if figures._opens_no_amount(toks, words, i, reading):
                skipped += 1
                assert figures._read_amount(toks, words, i, reading) is None, (text, toks[i])
    return skipped


def test_no_token_skipped_opens_an_amount() -> None:
    assert _never_opened(AMOUNT_TEXTS) > 2_000


_AMOUNT_PIECES = ["a", "an", "third", "half", "quarter", "dozen", "two", "twelve", "minus", "negative", "Rs", "c",
                  "c.", "US", "$", "€", "5", "2.5", "1,000", "-", "+", "%", "bn", "billion", "cuts", "more", "of",
                  "the", "rate", "zł", "RM", "ringgit", "dollar", "year", "(", ")", "/", "~", ",", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_AMOUNT_PIECES), st.sampled_from(["", " "])), max_size=10))
def test_no_token_skipped_opens_an_amount_in_any_order(pieces: list[tuple[str, str]]) -> None:
    _never_opened(["".join(piece + gap for piece, gap in pieces)])


_WORDS = st.text("abcz09", min_size=1, max_size=4)


@settings(max_examples=600)
@given(_WORDS, st.lists(st.one_of(_WORDS, st.sampled_from([" ", "_", "-", "é", "É", "٣", "'", "Ab", "a"])), max_size=8))
def test_whole_word_is_the_word_boundary_search(word: str, parts: list[str]) -> None:
    text = "".join(parts)
    assert _whole_word(word, text) == (re.search(rf"\b{re.escape(word)}\b", text) is not None), (word, text)


@pytest.mark.parametrize("word, text, found", [
    ("growth", "GDP growth forecast", True), ("rate", "interest rates", False), ("rate", "rate_cut", False),
    ("cpi", "core CPI", False), ("2026", "x2026 and 2026", True), ("sales", "salesé", False)])
def test_whole_word_examples(word: str, text: str, found: bool) -> None:
    assert _whole_word(word, text) is found


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["resisted", "raising", "rates", "rebuffed", "demands", "to", "raise", "the", "levy",
                                 "balked", "at", "cutting", "w123x", "pressure", "president", ",", "will", "resist",
                                 "calls", "from", "leaders", "roll", "back", "tariffs", "spurned"]), max_size=14))
def test_the_refusal_prefilter_skips_no_refusal(words: list[str]) -> None:
    text = " ".join(words)
    # the loop alone (every word looked up) finds the same positions
    assert polarity._refusing(text) == _refusing_without_prefilter(text)


def _refusing_without_prefilter(text: str) -> frozenset[int]:
    heads = polarity._refusal_heads
    try:
        polarity._refusal_heads = lambda: ("",)  # type: ignore[assignment]  # every text passes the prefilter
        return polarity._refusing(text)
    finally:
        polarity._refusal_heads = heads  # type: ignore[assignment]


# The pattern verdict._count_opens stands for: a word opening with a digit or a number word.
_COUNT_OPENS_AS_ONE = re.compile(r"\b\d|\b(?:" + "|".join(verdict._NUMBER_WORDS) + r")\b", re.I)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=12), st.sampled_from(["", " ", "-"]))
def test_count_opens_is_the_one_pattern(words: list[str], joiner: str) -> None:
    text = joiner.join(words)
    assert verdict._count_opens(text) == bool(_COUNT_OPENS_AS_ONE.search(text)), text


@pytest.mark.parametrize("text, opens", [("w123x A321neo", False), ("5 trims", True), ("(12 leaders", True),
                                         ("Twelve leaders", True), ("someone", False), ("١٢ leaders", True)])
def test_count_opens_examples(text: str, opens: bool) -> None:
    assert verdict._count_opens(text) is opens


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="abcAB .|*\\()e", max_size=30),
       st.lists(st.text(alphabet="ab .|*\\()e", max_size=4), max_size=5))
def test_may_hold_on_a_tuple_is_the_substring_scan(text: str, words: list[str]) -> None:
    lower = text.lower()
    assert may_hold(text, tuple(words)) == any(word in lower for word in words) == may_hold(text, iter(words))


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="abcd .|*\\()-", max_size=30), st.lists(st.text(alphabet="abcd .|*\\()-", max_size=4), max_size=8))
def test_any_of_finds_a_text_holding_one_of_the_words(text: str, words: list[str]) -> None:
    # words that hold others, share first letters, are empty or repeated: the grouped alternation finds what a
    # scan for each word finds (an empty tuple is found everywhere, as an empty alternation is)
    assert (any_of(tuple(words)).search(text) is not None) == (not words or any(w in text for w in words))


@pytest.mark.parametrize("words, pattern", [(("vote", "voted", "voting", "against"), "(?:against|vot(?:e|ing))"),
                                            (("ab", "abc", "b"), "b"), ((), ""), (("x", ""), "")])
def test_any_of_groups_words_by_their_first_letters(words: tuple[str, ...], pattern: str) -> None:
    assert any_of(words).pattern == pattern


VOTES = ["The committee voted 7-2 to hold", "a unanimous decision", "Two of the nine members dissented",
         "All six members backed the cut", "passed the budget 5-0", "It was approved without objection",
         "The vote was split", "Board members support a rise", "by consensus", "VOTED AGAINST the plan",
         "the council’s majority endorsed it", "no vote was taken", "The bank will raise rates"]


def test_the_vote_prefilter_skips_no_vote() -> None:
    def unfiltered(text: str) -> str | None:  # vote_cue's reading, every text read word by word
        first, second = polarity._opposite_cues(polarity._words(text), polarity._UNANIMOUS, polarity._SPLIT)
        tally = polarity._tally(text)
        return (first or second)[0] if first or second else tally[1] if tally else None
    cues = {text: unfiltered(text) for text in TEXTS + VOTES}
    assert {text: polarity.vote_cue(text) for text in cues} == cues
    assert sum(cue is not None for cue in cues.values()) >= len(VOTES) - 2


def _branches(pattern: re.Pattern[str]) -> list[list[tuple[object, object]]]:
    """The top-level branches of a pattern, as CPython's parser reads them."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(items) == 1 and items[0][0] is _constants.BRANCH:
        return [list(branch) for branch in items[0][1][1]]
    return [items]


def test_the_anchored_furniture_patterns_open_at_the_start_but_for_branches_needing_their_words() -> None:
    # segmenting._ANCHORED names patterns by their place in _FURNITURE: a pattern added before them moves them, which
    # this catches (each branch opens with ^ and no re.M; any other opens with a boundary and one of the words)
    from re import _constants  # type: ignore[attr-defined]

    from summitcheck.extract import segmenting

    patterns = {id(p): p for _, p in segmenting._FURNITURE}
    assert segmenting._ANCHORED and set(segmenting._ANCHORED) <= set(patterns)
    for key, words in segmenting._ANCHORED.items():
        pattern = patterns[key]
        assert not pattern.flags & re.M, pattern.pattern[:40]
        for branch in _branches(pattern):
            if branch[0] == (_constants.AT, _constants.AT_BEGINNING):
                continue
            assert branch[0] == (_constants.AT, _constants.AT_BOUNDARY), pattern.pattern[:40]
            opening = "".join(chr(v) for op, v in branch[1:] if op is _constants.LITERAL)
            assert any(opening.startswith(w) for w in words), (pattern.pattern[:40], opening)


def _furniture_lines() -> list[str]:
    lines = list(CORPUS)
    for path in sorted((HERE / "articles").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines += [m.group() for m in re.finditer(r"\S.*?(?:[.!?](?=\s)|$)", text, re.M)]
    return lines


def test_the_furniture_kind_of_a_line_is_that_of_the_full_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    from summitcheck.extract import segmenting

    lines = [
        *_furniture_lines(), "(Refiles to fix a typo)", "(UPDATES with analyst comment)", "Refiled story", "Disclaimer: not advice",
        "The ministry could not be independently verified by Reuters today", "It COULD NOT BE CONFIRMED BY Reuters",
        "Figures could not be verified independently, the agency said", "This article was first published by the FT",
        "Read more: the budget", "Get the app for our newsletter", "(Additional reporting by Ann Vale)",
        "Jane Doe has covered markets since 2001", "Report date: Oct 28 | Consensus EPS: $0.84 | Revenue: $3.12B",
        "($1 = 1.6176 Australian dollars)", "With inputs from agencies", "the news line (Refiles to fix a typo)",
    ]
    fast = [segmenting._pattern_kind(line) for line in lines]
    monkeypatch.setattr(segmenting, "_ANCHORED", {})
    assert [segmenting._pattern_kind(line) for line in lines] == fast
    assert len(lines) > 1000 and sum(1 for kind in fast if kind) >= 12


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", " ", "refiles", "Corrects", "could", "COULD", "not", " be ", "independently",
                                 "verified", "confirmed", "by", "Reuters", "this", "article", "was", "published",
                                 "the", "author", "is", "get", "app", "our", "with", "inputs", "from", ".", ":", "|",
                                 "Jane", "Doe", "has", "covered", "$1", "=", "1.5", "dollars", "read", "more", "\n",
                                 "ſ", "K", "ı", "developing", "story", "translated", "from"]), max_size=14))
def test_the_anchored_patterns_find_what_a_search_finds(pieces: list[str]) -> None:
    from summitcheck.extract import segmenting

    line = "".join(pieces)
    patterns = {id(p): p for _, p in segmenting._FURNITURE}
    for key, words in segmenting._ANCHORED.items():
        pattern = patterns[key]
        fast = bool(pattern.match(line)) or (bool(words) and not words.isdisjoint(segmenting._words_in(line))
                                             and bool(pattern.search(line)))
        assert fast == bool(pattern.search(line)), (pattern.pattern[:40], line)


# Patterns rewritten so that the engine skips ahead to their first character, with the form each stands for:
# every match the same, at the same place.
REWRITTEN = [
    (pairing._DATED, re.compile(r"\d|[qh](?:uarter|alf)", re.I)),
    (pairing._LOWER, re.compile(r"\b[a-z][a-z'’-]+\b")),
]
_REWRITTEN_CHARS = "aqhQHuartelfALFxz019_'’-. ,\u00c9\u00e9\u00df\u0130\u0131\u017f\u212a\u0661"


@pytest.mark.parametrize("fast, plain", REWRITTEN, ids=lambda p: p.pattern[:20])
def test_a_rewritten_pattern_finds_what_its_plain_form_finds(fast: re.Pattern[str], plain: re.Pattern[str]) -> None:
    texts = [*TEXTS, "Q3 HALF-year quarterly", "it's don’t well-known", "qUARTER hAlf Qalf huarter"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    # each character alone and around a word
    for c in map(chr, range(0x3000)):
        for text in (c, f"{c}uarter", f"x{c}alf", f"ab{c}", f"{c}ab-c"):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_REWRITTEN_CHARS, max_size=30))
def test_rewritten_patterns_on_any_text(text: str) -> None:
    for fast, plain in REWRITTEN:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (fast.pattern, text)


def _prepared_without_the_substring_looks(text: str) -> str:
    # text._prepare as it was before its substring looks for "." and an apostrophe
    from summitcheck import text as t

    if t._ACRONYM_HINT.search(text):
        text = t._ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    if not text.isascii():
        text = t.ascii_fold(text)
    text = t._APOSTROPHE_S.sub("", text.lower())
    for phrase, word in t.PHRASES:
        if phrase in text:
            text = t._phrase(phrase).sub(word, text)
    return text


@pytest.mark.parametrize("text", ["U.S. officials' plan", "the E.U.’s rules", "no dots here", "it's", "Q.E.D. IT’S",
                                  "x" * 50_000, "." * 50_000, "'s" * 20_000, "A." * 20_000, "’S" * 20_000])
def test_the_prepared_text_is_that_of_the_patterns_alone(text: str) -> None:
    from summitcheck.text import _prepare

    assert _prepare(text, ()) == _prepared_without_the_substring_looks(text)
    for corpus_text in TEXTS[:2000]:
        assert _prepare(corpus_text, ()) == _prepared_without_the_substring_looks(corpus_text)
