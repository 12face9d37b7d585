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
from collections.abc import Callable
from functools import cached_property, lru_cache
from itertools import chain
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "lexicon.tsv"
SAMPLE_CHARS = 4096  # a sorted section is sampled every so many characters (see Table._find)

NO_GROUPS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
# WordNet's detachment rules (morphy), for the inflections its exception lists do not hold.
_SUFFIXES = (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
             ("men", "man"), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
             ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"))


class Table:
    """The lines of the table: header, folds, and the sorted antonym and word lines.

    Only the header and the folds (under a thousand lines) are split when the table is read. The
    antonym and word lines (55,000 lines, some 1 MB) stay in the one string read: a word's line is
    found among the lines that start every SAMPLE_CHARS characters (a bisection), then in the few
    kilobytes after the one before it. A check pays for the lines it looks up, not for splitting every
    line of the table on each run (1 ms to read the table instead of 6).
    """

    def __init__(self, text: str) -> None:
        if not text.endswith("\n"):
            text += "\n"  # every line ends with a line break, the last too
        self.text = text
        start = 0
        self.header: list[str] = []
        while text.startswith("# ", start):
            end = text.index("\n", start)
            self.header.append(text[start + 2:end])
            start = end + 1
        folds = start
        while text.startswith("=", folds):
            folds = text.index("\n", folds) + 1
        self.folds: dict[str, str] = {}
        self.kinds: dict[str, set[str]] = {"country": set(), "role": set(), "actor": set(), "refusal": set(),
                                           "region": set()}
        self.expansions: dict[str, list[str]] = {}  # acronym → the runs that spell it out
        self.falls: dict[str, list[str]] = {}  # a noun naming a fall → what falls ("recession" → ["economy"])
        for line in text[start:folds].split("\n")[:-1]:
            key, value, *kind = line[1:].split("\t")
            if kind == ["acronym"]:
                self.expansions.setdefault(value, []).append(key)
                continue
            if kind == ["fall"]:
                self.falls[key] = value.split()
                continue
            if key != value:
                self.folds[key] = value
            for k in kind:
                self.kinds[k].update((key, value))
        # "!word TAB its antonyms" lines follow the folds (scripts/build_lexicon.py), sorted as the word lines are
        antonyms = self._bisect(folds, len(text), lambda line: line.startswith("!"))
        self._antonyms = (folds, antonyms)
        self._words = (antonyms, len(text))
        self._samples = {section: self._sampled(section) for section in (self._antonyms, self._words)}

    @cached_property
    def lines(self) -> list[str]:
        """The word lines, split (for tests and tools: lookups search the text itself)."""
        return self.text[self._words[0]:].split("\n")[:-1]

    def _bisect(self, lo: int, hi: int, before: Callable[[str], bool]) -> int:
        """The start of the first line from lo to hi (both line starts) that is not before, when every
        line that is before comes first: bisect_left over the lines, by character offsets."""
        text = self.text
        while lo < hi:  # every line before lo is before, no line from hi on is
            start = max(text.rfind("\n", lo, (lo + hi) // 2) + 1, lo)  # the line holding the middle character
            end = text.index("\n", start)
            if before(text[start:end]):
                lo = end + 1
            else:
                hi = start
        return lo

    def _sampled(self, section: tuple[int, int]) -> tuple[list[str], list[int]]:
        """Every SAMPLE_CHARS characters of a section, the line that starts there (and its offset)."""
        text = self.text
        lines: list[str] = []
        starts: list[int] = []
        at, end = section
        while at < end:
            starts.append(at)
            lines.append(text[at:text.index("\n", at)])
            after = text.find("\n", at + SAMPLE_CHARS, end)
            at = after + 1 if after >= 0 else end
        return lines, starts

    def _find(self, key: str, section: tuple[int, int]) -> str | None:
        """The line of a sorted section that starts with key: the sampled lines (bisect_left) narrow it to a
        few kilobytes, searched for the key at a line's start."""
        text = self.text
        lines, starts = self._samples[section]
        i = bisect_left(lines, key)  # the first sampled line not before key
        # lines starting with key sort right after key: the first one lies after sampled line i - 1
        # (before key) and at sampled line i at the latest
        lo = starts[i - 1] if i else section[0]
        hi = starts[i] + len(lines[i]) + 1 if i < len(lines) else section[1]
        if text.startswith(key, lo, hi):
            at = lo
        else:
            at = text.find("\n" + key, lo, hi) + 1
            if not at:
                return None
        return text[at:text.index("\n", at)]

    def antonyms(self, word: str) -> list[str]:
        """The antonyms of a word as the table lists them (no base forms sought)."""
        key = "!" + word + "\t"
        line = self._find(key, self._antonyms)
        return line[len(key):].split() if line is not None else []

    def line(self, word: str) -> str | None:
        return self._find(word + "\t", self._words)


@lru_cache(maxsize=1)
def table() -> Table:
    """The shipped table, read once."""
    # bytes decoded whole: the table is written with "\n" line ends (scripts/build_lexicon.py), and
    # read_text's newline translation would cost a pass over its megabyte
    text = TABLE.read_bytes().decode("utf-8")
    return Table(text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text)


def folds() -> dict[str, str]:
    """Word or phrase (lower-case) → the token it is read as."""
    return table().folds


def expansions(acronym: str) -> list[str]:
    """The runs of words WordNet spells an acronym (lower-case) out as: "cpi" → ["consumer price index"]."""
    return table().expansions.get(acronym, [])


def falling(word: str) -> list[str] | None:
    """What falls, when a lower-case noun's first WordNet sense names a fall of it ("recession" → ["economy"],
    "depreciation" → ["price", "value"], "cutbacks" → ["quantity", "rate"]); None for any other word."""
    t = table()
    return next((t.falls[lemma] for lemma in _lemmas(word) if lemma in t.falls), None)


def kind(name: str) -> set[str]:
    """The words and tokens of one kind of fold: "country" (capitals, seats, demonyms and
    the countries they stand for), "role" (role words, as written and as folded), "actor"
    (generic subjects: bank, government, board …), "refusal" (verbs whose first sense is
    refusing: resist, rebuff, spurn; no fold) or "region" (continents and geographical areas:
    "latin america" → "latinamerica")."""
    return table().kinds[name]


def converse(a: str, b: str) -> bool:
    """Whether two lower-case words are antonyms in WordNet, through their base forms and derivational
    families: "borrowing" / "lending", "urban" / "rural", "exports" / "imports"."""
    return not _opposites(a).isdisjoint(_forms(b))


# Pairing asks converse of every pair of metric words of every candidate pair (thousands of times for the
# same few hundred words), and each lemma is a search of the table: what a word's forms and antonyms are is
# kept.  Bounded: a hostile file can hold millions of distinct words.
@lru_cache(maxsize=1 << 14)
def _forms(word: str) -> frozenset[str]:
    """A word's base forms in the table, or the word itself when it has none."""
    return frozenset(_lemmas(word) or (word,))


@lru_cache(maxsize=1 << 14)
def _opposites(word: str) -> frozenset[str]:
    """The antonyms of any of a word's base forms (of the word itself when it has none)."""
    t = table()
    return frozenset(chain.from_iterable(t.antonyms(w) for w in _lemmas(word) or (word,)))


def lemmas(word: str) -> list[str]:
    """The table's entries a lower-case word may be an inflection of, the word itself first."""
    return list(_lemmas(word))


@lru_cache(maxsize=1 << 14)
def _lemmas(word: str) -> tuple[str, ...]:
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
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def groups(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(synonym and family groups, up groups) of a lower-case word and its base forms."""
    t = table()
    same: set[str] = set()
    up: set[str] = set()
    for lemma in _lemmas(word):
        line = t.line(lemma)
        assert line is not None
        g, _, u = line.split("\t")[1].partition(";")
        same.update(g.split())
        up.update(u.split())
    return (frozenset(same), frozenset(up)) if same or up else NO_GROUPS
