"""The shipped lexical table (data/lexicon.tsv, built from WordNet 3.0 by scripts/build_lexicon.py).

Read on first use (a few milliseconds) and looked up by bisection, so a check
only pays for the words its claims hold.  It gives:

- folds: words and phrases that name one thing, to be read as one token
  (capitals and seats of government → their country, institutions named in
  full → their acronym, role words written several ways → one role);
- converse(a, b): whether two words are antonyms ("borrowing" / "lending");
- groups(word): the word's synonym and derivational-family groups, and its
  "up" groups (the synonym groups of its hypernyms).  Two words are related
  when they share a group, or when one's up group is the other's group: "jet"
  meets "aircraft", but "jet" and "helicopter" (two kinds of aircraft) do not.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "lexicon.tsv"

NO_GROUPS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
# WordNet's detachment rules (morphy), for the inflections its exception lists do not hold.
_SUFFIXES = (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
             ("men", "man"), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
             ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"))


class Table:
    """The lines of the table: header, folds, and the sorted word lines."""

    def __init__(self, text: str) -> None:
        # Read on every check: the sections are found by position, the 25,000 word lines kept as split.
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()
        start = 0
        while start < len(lines) and lines[start].startswith("# "):
            start += 1
        self.header = [line[2:] for line in lines[:start]]
        folds = start
        while folds < len(lines) and lines[folds].startswith("="):
            folds += 1
        self.folds: dict[str, str] = {}
        self.kinds: dict[str, set[str]] = {"country": set(), "role": set(), "actor": set()}
        self.expansions: dict[str, list[str]] = {}  # acronym → the runs that spell it out
        for line in lines[start:folds]:
            key, value, *kind = line[1:].split("\t")
            if kind == ["acronym"]:
                self.expansions.setdefault(value, []).append(key)
                continue
            if key != value:
                self.folds[key] = value
            for k in kind:
                self.kinds[k].update((key, value))
        # "!word TAB its antonyms" lines follow the folds (scripts/build_lexicon.py), sorted: looked up
        # by bisection as the word lines are, not split on every check
        antonyms = folds
        while antonyms < len(lines) and lines[antonyms].startswith("!"):
            antonyms += 1
        self.antonym_lines = lines[folds:antonyms]
        self.lines = lines[antonyms:]

    def antonyms(self, word: str) -> list[str]:
        """The antonyms of a word as the table lists them (no base forms sought)."""
        key = "!" + word + "\t"
        i = bisect_left(self.antonym_lines, key)
        if i < len(self.antonym_lines) and self.antonym_lines[i].startswith(key):
            return self.antonym_lines[i][len(key):].split()
        return []

    def line(self, word: str) -> str | None:
        key = word + "\t"
        i = bisect_left(self.lines, key)
        if i < len(self.lines) and self.lines[i].startswith(key):
            return self.lines[i]
        return None


@lru_cache(maxsize=1)
def table() -> Table:
    """The shipped table, read once."""
    return Table(TABLE.read_text(encoding="utf-8"))


def folds() -> dict[str, str]:
    """Word or phrase (lower-case) → the token it is read as."""
    return table().folds


def expansions(acronym: str) -> list[str]:
    """The runs of words WordNet spells an acronym (lower-case) out as: "cpi" → ["consumer price index"]."""
    return table().expansions.get(acronym, [])


def kind(name: str) -> set[str]:
    """The words and tokens of one kind of fold: "country" (capitals, seats, demonyms and
    the countries they stand for), "role" (role words, as written and as folded) or "actor"
    (generic subjects: bank, government, board …)."""
    return table().kinds[name]


def converse(a: str, b: str) -> bool:
    """Whether two lower-case words are antonyms in WordNet, through their base forms and derivational
    families: "borrowing" / "lending", "urban" / "rural", "exports" / "imports"."""
    t = table()
    mine = lemmas(a) or [a]
    theirs = set(lemmas(b) or [b])
    return any(not theirs.isdisjoint(t.antonyms(w)) for w in mine)


def lemmas(word: str) -> list[str]:
    """The table's entries a lower-case word may be an inflection of, the word itself first."""
    t = table()
    found, bases = [], []
    line = t.line(word)
    if line is not None:
        found.append(word)
        bases = line.split("\t")[2].split() if line.count("\t") >= 2 else []
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            bases.append(word[: -len(suffix)] + replacement)
    for base in bases:
        if base not in found and t.line(base) is not None:
            found.append(base)
    return found


@lru_cache(maxsize=1 << 14)
def groups(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(synonym and family groups, up groups) of a lower-case word and its base forms."""
    t = table()
    same: set[str] = set()
    up: set[str] = set()
    for lemma in lemmas(word):
        line = t.line(lemma)
        assert line is not None
        g, _, u = line.split("\t")[1].partition(";")
        same.update(g.split())
        up.update(u.split())
    return (frozenset(same), frozenset(up)) if same or up else NO_GROUPS
