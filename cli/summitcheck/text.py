"""Words of a claim as pairing sees them: lower-cased, stemmed, with function words dropped."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from . import lexical
from .lazy import compiled

# What pairing and polarity read of a claim's texts (statement, keywords, topic
# together): a drafted sentence has at most 90 words, and a megabyte-long
# "statement" must cost no more than a long sentence.
MAX_TEXT_CHARS = 640
# The months in calendar order: qualifiers, polarity, pairing and drafting read them.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Phrases and words that name one thing, so "United States", "U.S." and
# "American" all become "us".  Deliberately small and general: countries,
# blocs and the few news terms that are routinely written two ways.
PHRASES = [
    ("united states", "us"), ("united kingdom", "uk"), ("european union", "eu"),
    ("liquefied natural gas", "lng"), ("lng", "lng gas"), ("natural gas", "gas"), ("federal reserve", "fed"),
    ("european central bank", "ecb"), ("bank of japan", "boj"), ("bank of england", "boe"),
    ("north korea", "northkorea"), ("south korea", "southkorea"), ("saudi arabia", "saudi"),
    ("artificial intelligence", "ai"), ("basis points", "bps"), ("basis point", "bps"),
]
SYNONYMS = {
    # demonyms → the country, so "Japanese investment" meets "investment by Japan"
    "american": "us", "america": "us", "usa": "us", "japanese": "japan", "chinese": "china",
    "korean": "korea", "german": "germany", "french": "france", "british": "uk", "britain": "uk",
    "indian": "india", "russian": "russia", "canadian": "canada", "mexican": "mexico",
    "european": "eu", "australian": "australia", "brazilian": "brazil", "italian": "italy",
    "spanish": "spain", "turkish": "turkey", "ukrainian": "ukraine", "israeli": "israel",
    "iranian": "iran", "taiwanese": "taiwan", "vietnamese": "vietnam", "saudi": "saudi",
    "tokyo": "japan", "washington": "us", "beijing": "china",
    # a trade surplus of A with B is the deficit of B with A: one metric
    "surplus": "balance", "deficit": "balance", "imbalance": "balance",
    "defence": "defense", "output": "production", "rates": "rate", "autos": "automobile",
    "cars": "automobile", "car": "automobile", "automobiles": "automobile",
}
# Words of change: one term each for pairing, and the direction polarity.py compares.
UP_WORDS = frozenset("""
raise raised raises raising increase increased increases increasing hike hiked hikes hiking
boost boosted boosts lift lifted lifts expand expanded expands expanding grow grew grows
growing grown rise rose rises rising risen higher accelerate accelerated bolster bolstered
strengthen strengthened tighten tightened tightens tightening
""".split())
DOWN_WORDS = frozenset("""
cut cuts cutting lower lowered lowers lowering reduce reduced reduces reducing decrease
decreased decreases trim trimmed trims shrink shrank shrinks shrunk fall fell falls falling fallen slash
slashed decline declined declines weaken weakened curb curbed ease eased eases easing loosen
loosened loosens loosening shave shaved shaves shaving pare pared pares paring
""".split())
SYNONYMS.update(dict.fromkeys(UP_WORDS, "increase"))
SYNONYMS.update(dict.fromkeys(DOWN_WORDS, "decrease"))
COUNTRIES = {
    "us", "uk", "eu", "japan", "china", "korea", "northkorea", "southkorea", "germany",
    "france", "india", "russia", "canada", "mexico", "australia", "brazil", "italy", "spain",
    "turkey", "ukraine", "israel", "iran", "taiwan", "vietnam", "saudi", "opec",
}
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just
me more most my no nor not now of off on once only or other our out over own same she should
so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your
may might must shall expected expect expects likely unlikely plan plans planned planning said says
say according reportedly set sets seen new next last week year years month day today
per cent percent billion million trillion thousand bn mn tn amid among
past across despite toward towards within via beyond around along upon onto behind versus
noted noting notes expressed expressing expresses emphasized emphasised emphasizing emphasising stressed
stressing underscored underscoring reiterated reiterating told added
anti
""".split()) - {"us"}
# ("anti" is a prefix the tokenizer splits off: "anti-dumping duties" and an "anti-subsidy probe"
# share no word; "non" stays a term, which a converse measure name reads: "non-GAAP")

TITLES = frozenset("""
president prime minister chancellor chair chairman chairwoman chairperson governor secretary ceo king
queen prince premier senator leader leaders official officials spokesman spokeswoman spokesperson mr ms mrs dr
""".split())
# (?<!\w) is \b before a capital; the engine finds it twice as fast at the start of a pattern.
# News copy writes an office in lower case after a qualifier ("Commission chairperson Mahmoud Ali
# Youssouf", "finance minister Lars Klingbeil", "central bank governor Ida Wolden Bache"): the
# name after it, capitalised, still says who holds it.
_TITLE = (r"(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Cc]hancellor|[Cc]hair(?:man|woman|person)?|[Gg]overnor"
          r"|[Ss]ecretary|CEO|[Ss]pokes(?:man|woman|person)|King|Queen|Prince|[Pp]remier|Senator|Mr|Ms|Mrs|Dr)")
TITLED_NAME = compiled(r"(?<!\w)" + _TITLE + r"\.?\s+((?:[A-Z][\w'’-]*\s*){1,3})")
# A title word in lower case, one of which every titled name holds: a prefilter.  A substring search
# is a fast scan in C; a pattern of twenty alternatives opening with [Pp] is tried at every position
# (~150 us for a 640-character claim).
_TITLE_STARTS = ("president", "minister", "chancellor", "chair", "governor", "secretary", "ceo", "spokes", "king",
                 "queen", "prince", "premier", "senator", "mr", "ms", "dr")


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether a case-insensitive pattern, every match of which holds one of words (in lower case), may match
    text: False only for ASCII text (where ignoring case is lower-casing) that holds none of them.  A prefilter
    for patterns that open with a word boundary or an alternation, which the engine tries at every position."""
    if not text.isascii():
        return True
    lower = text.lower()
    if isinstance(words, tuple):  # the callers' fixed lists: one search instead of a scan of the text per word
        return bool(words) and any_of(words).search(lower) is not None
    return any(word in lower for word in words)


@lru_cache(maxsize=64)
def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds a text holding one of words, as written (a 1.2 KB claim: 12 us against 51 us for 29
    substring scans).  Only whether it finds one is meant: a word that holds another is left out, and the rest
    are grouped by their first letters (the engine tries each alternative at every position where the text
    could open one: "s(?:plit|upport)" tries one, "split|support" two)."""
    kept = {w for w in words if not any(other != w and other in w for other in words)}
    return re.compile(_alternation(kept) if kept - {""} else "")  # none, or "": found everywhere, as before


def _alternation(words: set[str]) -> str:
    """An alternation of non-empty words, none of which holds another, grouped by their first letters."""
    by_first: dict[str, set[str]] = {}
    for w in words:
        by_first.setdefault(w[0], set()).add(w[1:])
    # a word ends where none goes on from it: none holds another
    parts = [re.escape(first) + ("" if rests == {""} else _alternation(rests)) for first, rests in sorted(by_first.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def has_title(text: str) -> bool:
    """Whether text may hold a titled name (TITLED_NAME): it holds a title's letters, in any case."""
    return any_of(_TITLE_STARTS).search(text.lower()) is not None
_ACRONYM = compiled(r"\b(?:[A-Za-z]\.){2,}")
_ACRONYM_HINT = compiled(r"\.[A-Za-z]\.")  # in every acronym, and found by a fast search for "."
_WORD = compiled(r"[a-z0-9]+")
_APOSTROPHE_S = compiled(r"['’]s\b")


@lru_cache(maxsize=1)
def _folds() -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """The lexicon's phrase folds by their first word (longest first), and its word folds; read on first use."""
    phrases: dict[str, list[tuple[str, str]]] = {}
    words = {}
    for key, token in sorted(lexical.folds().items(), key=lambda kv: (-len(kv[0]), kv[0])):
        if " " in key:
            phrases.setdefault(key.split()[0], []).append((key, token))
        else:
            words[key] = token
    return phrases, words


@lru_cache(maxsize=1 << 10)
def _phrase(phrase: str) -> re.Pattern[str]:
    """The pattern of a phrase as whole words, compiled when a text first holds it."""
    return compiled(rf"\b{re.escape(phrase)}\b")


def _prepare(text: str, folds: Sequence[tuple[str, re.Pattern[str], str]]) -> str:
    """Lower-case text with acronyms closed up ("U.S." → "us") and the phrases of PHRASES and folds folded."""
    if "." in text and _ACRONYM_HINT.search(text):
        text = _ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    if not text.isascii():
        text = ascii_fold(text)
    text = text.lower()
    if "'" in text or "’" in text:  # what _APOSTROPHE_S needs, found faster than the pattern's own search
        text = _APOSTROPHE_S.sub("", text)
    for phrase, word in PHRASES:
        if phrase in text:
            text = _phrase(phrase).sub(word, text)
    for phrase, pattern, word in folds:
        if phrase in text:
            text = pattern.sub(word, text)
    return text


# Letters NFKD does not take apart: "ø", "ß", "æ", "đ", "ł", "ı" (dotless i).
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                          "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i"})


def ascii_fold(text: str) -> str:
    """Accents folded away, so "François", "Zürich" and "Erdoğan" are one word each, and the same
    word as an article that writes "Francois", "Zurich" or "Erdogan" (letters outside Latin stay)."""
    if text.isascii():  # nothing to fold: drafting slugs every id through here
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _lexicon_phrases(text: str, words: list[str]) -> str:
    by_first = _folds()[0]
    for first in by_first.keys() & set(words):  # only phrases whose first word is here
        for phrase, word in by_first[first]:
            if phrase in text:
                text = _phrase(phrase).sub(word, text)
    return text


def _synonym(word: str) -> str:
    return SYNONYMS.get(word, word)


# four-letter words ending in "s" that are not plurals
_NOT_PLURAL = frozenset({"news", "this", "thus", "lens", "bias", "axis", "does", "goes"})


# (suffix, replacement, letters kept at least), the first that fits wins
_SUFFIXES = (
    # derivations a verb shares with its noun: "conclusion" / "conclude", "decision" /
    # "decide", "representative" / "represent"
    ("usions", "ude", 3), ("usion", "ude", 3), ("isions", "ide", 3), ("ision", "ide", 3),
    ("atives", "", 5), ("ative", "", 5),
    ("ations", "ate", 4), ("ation", "ate", 4), ("ments", "", 4), ("ment", "", 4),
    ("ings", "", 4), ("ing", "", 4), ("ies", "y", 3), ("ied", "y", 3), ("sses", "ss", 3),
    ("ches", "ch", 3), ("shes", "sh", 3), ("xes", "x", 2), ("ed", "", 4),
)
# by their last letter, in the same order: a word is tried only against the suffixes that end as it does
_SUFFIXES_BY_LAST: dict[str, tuple[tuple[str, str, int], ...]] = {}
for _entry in _SUFFIXES:
    _SUFFIXES_BY_LAST[_entry[0][-1]] = (*_SUFFIXES_BY_LAST.get(_entry[0][-1], ()), _entry)


@lru_cache(maxsize=1 << 16)  # bounded: a hostile file can hold millions of distinct words
def stem(word: str) -> str:
    """A light suffix stripper; rapidfuzz joins what it leaves apart ("rais" ~ "raise")."""
    word = _synonym(word)
    if len(word) <= 4 or word.isdigit():
        # a short plural: "jobs" is "job", "ISAs" and "ETFs" are "isa" and "etf"
        if len(word) == 4 and word[3] == "s" and word[2] not in "su" and word not in _NOT_PLURAL:
            return _synonym(word[:3])
        return word
    for suffix, replacement, keep in _SUFFIXES_BY_LAST.get(word[-1], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            return _synonym(word[: -len(suffix)] + replacement)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return _synonym(word[:-1])
    return word


# One (stem, word) tuple per distinct word, so terms() is a C-level map and filter.
@lru_cache(maxsize=1 << 16)
def _term(word: str) -> tuple[str, str] | None:
    if word in STOPWORDS or word.isdigit() or len(word) < 2:
        return None
    return stem(word), word


@lru_cache(maxsize=1 << 16)
def _folded_term(word: str) -> tuple[str, str] | None:
    folded = _folds()[1].get(word)
    if not folded:
        return _term(word)
    term = _term(folded)
    return (term[0], word) if term else None


_REFUSING = compiled(r"\b(?:declin|refus)(?:e|es|ed|ing)\s+(?=to\b)")


def terms(text: str, folds: Sequence[tuple[str, re.Pattern[str], str]] = (),
          lexicon: bool = False) -> list[tuple[str, str]]:
    """(stem, word as written) for each content word of text, numbers left out: figures decide those.

    folds: more phrases to fold, as (phrase, its pattern, token): acronyms the articles define;
    lexicon: fold the lexical table's phrases and words too, as pairing does ("tehran" is read
    as "iran", "mpc" as "boe"); drafting keeps the words.
    """
    text = _prepare(text, folds)
    if "declin" in text or "refus" in text:
        # "declined to comment on", "refused to sign": a refusal, which polarity reads as "would not" (not a fall, nor
        # a thing refused); what is refused is what the claim speaks of
        text = _REFUSING.sub(" ", text)
    words = _WORD.findall(text)
    if lexicon and not _folds()[0].keys().isdisjoint(words):  # most texts hold none of the table's phrases
        words = _WORD.findall(_lexicon_phrases(text, words))
    return list(filter(None, map(_folded_term if lexicon else _term, words)))


@lru_cache(maxsize=1)
def _standing_actors() -> frozenset[str]:
    """Countries and the stems of titles: the actors of every text (drafting asks for a claim's actors once per claim)."""
    return frozenset(COUNTRIES) | {stem(t) for t in TITLES}


def actor_names(texts: Iterable[str]) -> set[str]:
    """Stems that name who is involved: countries, titles, and the names that follow a title."""
    actors = set(_standing_actors())
    for text in texts:
        for m in TITLED_NAME.finditer(text):
            actors.update(s for s, _ in terms(m.group(1)))
    return actors
