"""Models of one product line told apart by how their names are written.

A launch article names one line several ways: "the Nova" and "the Nova Pro"; "the Aero", "the Aero Long Range"
and "the Aero Performance".  The capitalised words written right after the line's name, its **designators**,
say which model a name is about, and a name with none is the line's base model ("the base Nova", "the
entry-level Aero").  Two names of one line whose designators differ are two things: the Nova's Japanese price
is no answer to the Nova Pro's, the Long Range's battery none to the Performance's, whatever their words share.

Nothing here lists designators (Pro, Max, Performance …): they are read by structure, with two guards that keep
every-day capitals out ("Bank Rate" beside "the Bank of England", "Corvid Interactive" beside "Corvid"):

- a **line** is a capitalised word (or one such as "iPhone") that the figures' metric names write with at least
  two designator runs, none counted as one ("Nova US price", "Nova Pro US price"): the articles measure two
  models of it.  A name an article introduces in full and then shortens ("Kestrel Semiconductor (NASDAQ: KSTL)
  is expected …" and then "Kestrel's revenue") is one run: the run of its first mention is the name's own;
- a line or designator word is never written in lower case anywhere in the articles (a proper name), nor a
  place, month, weekday or function word ("Nova Pro Japan price" is the Pro's price in Japan);
- a number right after the line ("Aero 14", "Galaxy S24 Ultra") makes the name a model code, which
  qualifiers.py compares (a code one name leaves out is no other model: "the iPhone" of a launch story is its
  iPhone 17); a designator run is only of words.

A statement's designators count only when the metric names write that run for that line: a run they never
measure ("Corvid Interactive will unveil …") says nothing of which model.  A lower-case word where a designator
would stand after a bare line ("Aero base price", "Aero entry price", "Aero starting price") names the base model
in other words (Models.slot): discrepancy.py lets such words part no names of one model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import cache, lru_cache

from . import lexical
from .lazy import compiled
from .text import COUNTRIES, MONTHS, STOPWORDS, WEEKDAYS, terms

# A word as written: letters and digits with inner apostrophes, hyphens and dots ("Long-Range", "Pro’s").
_WORD = compiled(r"[^\W_](?:[\w'’-]|\.(?=\w))*")
_POSSESSIVE = compiled(r"['’]s?$")
_LOWER_WORD = compiled(r"(?<![\w'’-])[a-z][a-z'’-]*")
_TIMES = frozenset((*MONTHS, *WEEKDAYS))

# (line, designator run, as written): "nova", "pro", "Nova Pro"; a run of none is "" ("nova", "", "Nova")
Mention = tuple[str, str, str]


def lower_words(texts: Iterable[str]) -> frozenset[str]:
    """The words the texts write in lower case, as stems: a word an article also writes so is no proper name."""
    return frozenset(s for text in texts for w in _LOWER_WORD.findall(text) for s, _ in terms(w))


def _capitalised(word: str) -> bool:
    """A word written as a name: "Nova", "Performance", "XL", "S" (two capitals at most: "WLTP" is an acronym
    that says what is measured), or "iPhone"."""
    if word[0].isupper():
        return not word.isupper() or len(word) <= 2
    return word[0].islower() and any(ch.isupper() for ch in word[1:])


@cache
def _places() -> frozenset[str]:
    """The lexical table's countries, capitals, demonyms and regions, with COUNTRIES."""
    return frozenset(lexical.kind("country") | lexical.kind("region") | COUNTRIES)


def _place_or_time(word: str) -> bool:
    low = word.lower()
    if low in _TIMES or low in STOPWORDS:
        return True
    places = _places()
    return low in places or any(s in places for s, _ in terms(word, lexicon=True))


@lru_cache(maxsize=1 << 12)
def _name_word(word: str, lower: frozenset[str]) -> bool:
    """Whether a word may be a line or a designator: capitalised, no digit, and no word the articles write in
    lower case (`lower`; empty for a designator after the first: "Long Range" where "range" is a measure), nor a
    place, a time or a function word."""
    return _capitalised(word) and not any(ch.isdigit() for ch in word) \
        and not any(s in lower for s, _ in terms(word)) and not _place_or_time(word)


DESIGNATOR_MAX = 3  # the most words of a designator run ("Long Range", "Pro Max"); a longer run of capitals is a name


def mentions(text: str, lower: frozenset[str]) -> tuple[Mention, ...]:
    """Each name word of text with the designator run written right after it (see the module's doc)."""
    words = list(_WORD.finditer(text))
    found: list[Mention] = []
    for k, m in enumerate(words):
        word = _POSSESSIVE.sub("", m.group())
        if not word or not _name_word(word, lower):
            continue
        run: list[str] = []
        end = m.end()
        if word == m.group():  # "Corvid's" owns what follows: no designator after a possessive
            for n in words[k + 1:k + 1 + DESIGNATOR_MAX]:
                if text[end:n.start()].strip():
                    break  # a comma, a bracket: the run ends
                if not run and any(ch.isdigit() for ch in n.group()):
                    run = ["#"]  # a model code ("Aero 14"): qualifiers.py's to compare
                    break
                after = _POSSESSIVE.sub("", n.group())
                if not after or not _name_word(after, frozenset() if run else lower):
                    break
                run.append(after)
                end = n.end()
                if after != n.group():
                    break
        if run != ["#"]:
            designators = " ".join(run).replace("-", " ").lower()
            found.append((word.lower(), designators, text[m.start():end].strip()))
    return tuple(found)


def _full_names(sides: Iterable[Sequence[str]], lower: frozenset[str]) -> dict[str, set[str]]:
    """Each line's full name as an article introduces it and then shortens it: a first mention with a run,
    later ones without ("Kestrel Semiconductor (NASDAQ: KSTL) is expected …" / "Kestrel's revenue"; "Corvid
    Interactive will unveil …" / "Corvid's previous machine"): the run is the name's, no model's."""
    full: dict[str, set[str]] = defaultdict(set)
    for texts in sides:
        first: dict[str, str] = {}
        bare: set[str] = set()
        for text in texts:
            for line, run, _ in mentions(text, lower):
                if line in first:
                    if not run:
                        bare.add(line)
                else:
                    first[line] = run
        for line, run in first.items():
            if run and line in bare:
                full[line].add(run)
    return full


class Models:
    """The product lines two articles measure two models of, and the models a text names (see the module's doc).

    sides: each article's texts in document order (statements, or drafted claims' sentences); names: the figures'
    metric names of both."""

    def __init__(self, sides: Sequence[Sequence[str]], names: Collection[str]) -> None:
        self.lines: dict[str, frozenset[str]] = {}
        self.lower: frozenset[str] = frozenset()
        self.full: dict[str, set[str]] = {}
        # a line read without the guards holds every line read with them (they only merge runs): most articles
        # name none, and pay for no more
        if not _lines(mentions(name, frozenset()) for name in names):
            return
        self.lower = lower_words([*(text for texts in sides for text in texts), *names])
        self.full = _full_names(sides, self.lower)
        self.lines = _lines(self._named(name) for name in names)

    def _named(self, text: str) -> tuple[Mention, ...]:
        """text's mentions, a line's full name read as the line."""
        return tuple((line, "", written) if run in self.full.get(line, ()) else (line, run, written)
                     for line, run, written in mentions(text, self.lower))

    def of(self, *texts: str) -> tuple[Mention, ...]:
        """The models the texts name: mentions of the lines in runs the metric names write for them."""
        if not self.lines:
            return ()
        return tuple(m for text in texts for m in self._named(text) if m[1] in self.lines.get(m[0], ()))


    def slot(self, text: str) -> frozenset[str]:
        """The lower-case words a name writes where a designator would stand, after a line it names bare: "base" of
        "Aero base price, Germany", "entry" of "Aero entry price" (FigureIndex: they say which model in other words,
        the base one).  After a designator the words qualify the measure, not the model ("Tern Long Range gross
        battery capacity" is no "usable battery capacity"), and a capitalised word or an acronym ends the slot."""
        found: set[str] = set()
        for _, run, written in self.of(text):
            if run:
                continue
            at = text.find(written)
            words = _SLOT.match(text, at + len(written)) if at >= 0 else None
            if words:
                found.update(w for w in words.group().split()[:-1] if w not in STOPWORDS)
        return frozenset(found)


# The lower-case words after a model, up to a clause mark, a capitalised word or a function word
_SLOT = compiled(r"(?:\s+(?!(?:of|in|for|at|on|to|by|from|with|per|and|or|vs)\b)[a-z][a-z-]*(?![\w'’]))+")


def _lines(names: Iterable[tuple[Mention, ...]]) -> dict[str, frozenset[str]]:
    """Each line the metric names measure two models of (their mentions given), with its designator runs."""
    runs: dict[str, set[str]] = defaultdict(set)
    for found in names:
        for line, run, _ in found:
            runs[line].add(run)
    return {line: frozenset(found) for line, found in runs.items() if len(found) >= 2}


def apart(mine: tuple[Mention, ...], theirs: tuple[Mention, ...]) -> tuple[str, str] | None:
    """When both name one line and no model of it in common (Models.of): the models of each, as written
    ("Nova", "Nova Pro"); None otherwise."""
    if not mine or not theirs:
        return None
    for line in dict.fromkeys(m[0] for m in mine):
        a = {run: written for found_line, run, written in mine if found_line == line}
        b = {run: written for found_line, run, written in theirs if found_line == line}
        if b and not a.keys() & b.keys():
            return ", ".join(a.values()), ", ".join(b.values())
    return None
