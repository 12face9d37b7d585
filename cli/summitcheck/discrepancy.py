"""Figures of one metric in the two articles: linked one to one, compared, and flagged when apart.

Two figures describe the same metric when their metric names share at least
METRIC_CUTOFF of their terms (Jaccard, with the lexicon's stems, demonyms and
synonyms: "Japanese" is "Japan", a surplus and a deficit are one balance, "aid"
is "support"; and the articles' acronyms: "earnings per share" is EPS),
name the same parties in the same order (a surplus of A with B is the deficit
of B with A, so "deficit" reverses the order), give no qualifier that differs
("growth in 2024" is not "growth in 2025", "iPhone 15" not "iPhone 16": see
qualifiers.py), and have comparable units.  A bare number is read in percent
when its metric name fixes the unit ("inflation", "unemployment rate").

A word one article uses to tell two of its metrics apart is a distinction: an
article giving "revenue growth" and "cloud revenue growth" says "cloud" names a
part, so "cloud revenue growth" is never "revenue growth" or "Corvane revenue
growth" (while "Corvane revenue growth" is "revenue growth": no article draws
that line).  Two names differing by a distinction are two metrics.

Each figure links to at most one figure of the other article: first a figure of
the claim it is paired with, then the most similar metric name, then document
order; never the closest value, which would hide the discrepancy.  The same
value stated twice on one side may share one figure of the other.  A preview
figure is weighed against at most FIGURE_CANDIDATES report figures per metric
term (nearest in document order) plus those of its paired claim, so linking
stays linear in the number of figures.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from . import currencies, lexical, variants
from .context import TO_DATE, Context, place_words, read_context
from .figures import Quantity, describe_unit
from .lazy import compiled
from .model import Claim, Figure
from .pairing import MEASURES, Lexicon, converse_qualifier, measure_exclusion, other_instance_words, said_exclusion
from .qualifiers import Qualifiers, qualifiers
from .text import COUNTRIES, DOWN_WORDS, STOPWORDS, UP_WORDS, terms

METRIC_CUTOFF = 0.5
# Report figures considered per preview figure and metric term, the nearest in document order:
# figures sharing one metric name would otherwise be compared every one with every one (n² time and
# memory).  The figures of the claim an expectation pairs with are always considered (FigureIndex.link).
FIGURE_CANDIDATES = 64
# Areas a metric covers, compared like countries: "global growth" is "world GDP growth",
# "euro area inflation" is "euro zone inflation", and neither is "US growth".
_REGIONS = [(compiled(r"\b(?:euro[- ]?zone|euro area)\b", re.I), "eurozone"),
            (compiled(r"\b(?:global|worldwide|world)\b", re.I), "world"),
            (compiled(r"\bEurope\b"), "EU")]  # a price "in Europe" is the European price
_PARTIES = COUNTRIES | {"eurozone", "world", "asean", "mercosur", "nato", "g7", "g20"}  # blocs are areas too
_SAME_PARTY = {"southkorea": "korea"}
# Words a metric name may add or leave out without naming another metric: "GDP growth" is
# growth, "headline inflation" and "consumer price inflation" are inflation (while "core inflation" stays apart).
_IMPLIED = compiled(r"\b(?:headline|consumer[- ]price(?=\s+inflation)|(?:gdp|economic|economy|output)"
                      r"(?=\s+(?:growth|increase)))\b", re.I)
# Growth is an increase: "revenue growth" of one article is the other's "revenue increase" ("revenue rose 12%");
# guidance and an outlook are forecasts.
# "underlying inflation" is core inflation, as pairing reads both as a measure that leaves something out.
_SAME_TERM = {"growth": "increase", "guidance": "forecast", "outlook": "forecast", "underly": "core"}
# A product line before its model code: "AsterBook" of "AsterBook 16 Pro", "Orbis" of "Orbis X5".
# A baseline the report sets against its outcome as an estimate: "vs." / "versus" / "against" / "compared with" before
# it and "expected" / "estimated" / "forecast" after it ("$4.51 billion vs. $4.59 billion expected"); not an earlier
# forecast the outcome moved from ("down from a previous estimate of 1.2%", "from 1.2% forecast in December").
_RESTATED_ESTIMATE = compiled(r"\s*(?:expected|estimated|forecast)\b", re.I)
_ESTIMATE_BEFORE = compiled(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?$", re.I)
_PRODUCT_LINE = compiled(r"\b([A-Z][\w-]*)\s+(?=[A-Za-z]*\d)")
# Words that say how a figure is measured or who states it, not what it measures: "inflation forecast for
# 2026" and "inflation in 2026" name one metric (unless an article tells them apart: a distinction).
_NEUTRAL = frozenset(s for s, _ in terms(
    "adjusted reported total overall forecast projection projected estimate estimated expectation consensus "
    "staff official figure level joint key benchmark"))
# Of those, the words that only rank or point at what is measured ("the key repo rate", "the benchmark yield", "the
# inflation figure"): an article giving "key repo rate" beside "repo rate" tells nothing apart by them (_distinctions),
# while "forecast" beside an outcome, or "adjusted" beside "reported", does.
_NEVER_APART = frozenset(s for s, _ in terms("key benchmark figure level"))
# Names of one such word say nothing of what costs, is reduced or is totalled: "cost" of energy rebates is not the
# "cost" of a tax cut; nor does a name that is one proper name ("Oberlaender"). Such a figure is compared only with
# the figures of the claim its claim pairs with.
_GENERIC = frozenset(s for s, _ in terms(
    "cost price rate value total amount sum size reduction cut increase decrease rise fall change spending "
    "target share pace level figure number "
    # how many act, named by what is counted (extract.metrics): "countries", "leaders", "allies"
    "leaders members ministers countries nations delegates lawmakers policymakers governors participants "
    "governments states allies"))
# Words of change in a metric name: "increase", "cut", "hike", "growth", "decline" (the lexicon folds the
# verbs of change into "increase" and "decrease").
_CHANGE_STEMS = frozenset(s for s, _ in terms("increase decrease cut hike rise growth fall decline reduction gain drop"))
# Where a metric name's noun phrases part ("AU share | of | Somalia mission cost").
_BREAKS = ("of", "in", "to", "for", "at", "on", "and", "by", "from", "with", "per", "under", "over", "between", "across",
           "into", "as", "versus", "vs", ",", ";", "(", ")")
_PHRASE_BREAK = compiled(r"(\b(?:of|in|to|for|at|on|and|by|from|with|per|under|over|between|across|into|as|"
                           r"versus|vs)\b|[,;()])", re.I)
_DIRECTIONS = frozenset(s for w in UP_WORDS | DOWN_WORDS for s, _ in terms(w))
# Metric names that fix a bare number's unit: a rate, growth or inflation is in percent.
_PERCENT_METRIC = compiled(
    r"\b(rates?|growth|inflation|yields?|unemployment|jobless|tariffs?|margins?|cpi)\b(?<!exchange rate)", re.I)


# A name: up to three capitalised words ("Touring", "Launch Edition").  A list of names ("Core, Touring and Apex",
# "Bellhaven Securities and Graystone Capital") names things of one kind side by side: siblings (_siblings).
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_NAME_LIST = compiled(rf"(?<![\w'’-]){_NAME}(?:,\s+(?:the\s+)?{_NAME})*,?\s+(?:and|or)\s+(?:the\s+)?{_NAME}")
_LIST_BREAK = compiled(r",\s+|\s+(?:and|or)\s+")


class Things(NamedTuple):
    """What parts two figures that quantify two things (FigureIndex.other_thing): each one's head and what
    besides says they are two measures ("subscribers (a count)", "homes (a count)")."""

    mine: str
    theirs: str


def _siblings(sentences: Collection[str]) -> dict[str, int]:
    """Each name the sentences list beside another ("three trims: Core, Touring and Apex"), with the number of its
    list: the names of one list are siblings.  A name in two lists joins the first.  Capitalised function words
    ("In Germany, France and Italy") are dropped from the names, and a name that is a word of every-day use is none."""
    found: dict[str, int] = {}
    for sentence in sentences:
        for m in _NAME_LIST.finditer(sentence):
            names = []
            for part in _LIST_BREAK.split(m.group()):
                words = part.split()
                while words and words[0].lower() in STOPWORDS:
                    words.pop(0)
                if words:
                    names.append(" ".join(words))
            if len(set(names)) >= 2:
                group = len(found)
                for name in names:
                    found.setdefault(name, group)
    return found


@dataclass(frozen=True)
class FigureLink:
    """A preview figure and a report figure of one metric, and whether they disagree."""

    preview_claim: int
    report_claim: int
    preview: Figure
    report: Figure
    gap: float  # 0 when the intervals meet, else their distance relative to the larger value
    meets: bool  # the intervals share more than an edge (Quantity.agrees)

    @property
    def difference_pct(self) -> float | None:
        """How much the report's value differs from the preview's, in percent; None when there is no
        such number: two dates, a preview value of 0, or a ratio too large for a float (1e300 % against 1e-300 %,
        both in range, overflow to infinity, which JSON cannot hold)."""
        before, after = self.preview.quantity.value, self.report.quantity.value
        if "date" in (self.preview.quantity.dimension, self.report.quantity.dimension):
            return None  # "Nov 12" against "Nov 5" is a week apart, not 0.001 % of a day count
        if not before or not (math.isfinite(before) and math.isfinite(after)):
            return None
        pct = round((after - before) / abs(before) * 100, 1)
        return pct if math.isfinite(pct) else None

    def disagrees(self, tolerance: float) -> bool:
        """Apart by at least tolerance (a fraction: 0.05 is 5 %); at 0, intervals that only touch disagree."""
        return not self.meets and self.gap >= tolerance


@dataclass(frozen=True)
class Discrepancy:
    """A metric the two articles give differently."""

    metric: str
    preview_claim: Claim
    report_claim: Claim
    link: FigureLink

    @property
    def difference_pct(self) -> float | None:
        return self.link.difference_pct


@dataclass(frozen=True)
class Uncompared:
    """How many figures of a check were compared with none of the other article's, and why, most
    common reason first (FigureIndex.uncompared)."""

    total: int  # the figures of both articles
    reasons: tuple[tuple[str, int], ...]

    @property
    def count(self) -> int:
        return sum(n for _, n in self.reasons)

    def line(self) -> str:
        """'3 of 5 figures went uncompared (no figure of a like metric in the other article: 3)'."""
        listed = "; ".join(f"{why}: {n}" for why, n in self.reasons)
        return (f"{self.count} of {self.total} figure{'s' if self.total != 1 else ''} went uncompared"
                + (f" ({listed})" if listed else ""))


@dataclass(frozen=True)
class _Metric:
    """A figure's metric name as read for linking: its terms, parties and qualifiers."""

    classes: frozenset[int]
    parties: tuple[str, ...]
    qualifiers: Qualifiers
    related: frozenset[int] = frozenset()  # terms the lexicon relates strongly to these ("aid" → "support")
    words: frozenset[int] = frozenset()  # the terms but codes with a digit ("price", not "e5")
    measured: frozenset[int] = frozenset()  # the classes of what is measured: _NEUTRAL words left out
    lines: frozenset[int] = frozenset()  # product lines named with a model ("AsterBook" of "AsterBook 16")
    changes: bool = False  # the name measures a change ("rate cut", "revenue increase"), not a level
    # each noun phrase of the name as (its head, the words before the head): "AU share of Somalia
    # mission cost" is (share, {au}), (cost, {somalia, mission})
    phrases: tuple[tuple[int, frozenset[int], tuple[tuple[int, str], ...]], ...] = ()
    generic: bool = False  # the name is one generic word ("cost", "reduction"): compared within paired claims only
    # what the name measures, its head: the last word of its first noun phrase but measuring words, places and
    # change words ("Japan GDP growth forecast" → growth, "revenue growth" → revenue), None when written in
    # capitals (an acronym stands for a run: "core CPI"); as (class, stem, as written)
    head: tuple[int, str, str] | None = None
    measures: frozenset[tuple[str, str]] = frozenset()  # (kind, word) of MEASURES: ("gross-net", "operating")
    party_classes: frozenset[int] = frozenset()  # the lexicon's classes of the parties, to find them said elsewhere
    beside_head: frozenset[int] = frozenset()  # what is measured but the head and words of change
    written: tuple[tuple[str, str], ...] = ()  # the name's terms as (stem, as written), in order
    per: frozenset[str] = frozenset()  # what the measure is per ("per capita", "per passenger"), see _denominators
    # "excluding" when the name says what the measure leaves out ("core", "underlying", "excl. items"), "plain"
    # when it says the measure leaves nothing out ("headline", "reported", "statutory"), None when it says neither
    exclusion: str | None = None
    pointing: frozenset[int] = frozenset()  # the classes of its _NEVER_APART words ("key" of "key repo rate")
    # the models of a product line it names, of the lines the articles measure two models of (variants.py):
    # "Nova Pro Japan price" names the Nova Pro, "Nova euro zone price" the Nova; set by FigureIndex
    models: tuple[variants.Mention, ...] = ()
    slot: frozenset[int] = frozenset()  # the classes of the lower-case words in the models' slot ("base" of "Aero base price")


@dataclass(frozen=True)
class _Entry:
    """A figure of one claim, with its metric read and its value as compared."""

    claim: int
    figure: Figure
    metric: _Metric
    quantity: Quantity  # the value as compared: a bare number in percent when the metric fixes it


@dataclass(frozen=True)
class _Said:
    """What a figure's own sentence says of it (context.py), read as pairing reads words."""

    context: Context
    terms: frozenset[int | str]  # the segment's words (lexicon classes) but measuring words and directions
    metric: _Metric  # the segment read as a metric name: its places and measures (core, gross …)


# A link by the sentences is made only when the best report figure shares at least this much weight with the
# preview figure and every report figure of another value shares at most CONTEXT_MARGIN of it (and the same the
# other way round): "clearly the best", or none.
CONTEXT_MIN_TERMS = 2
CONTEXT_MARGIN = 0.5
# Report figures weighed by the sentences per preview figure and word they share, the nearest in document order:
# a word nearly every sentence holds would otherwise make every pair a candidate (n² scores).  Rare words, which
# weigh the most, have short posting lists and meet every figure that holds them.
CONTEXT_CANDIDATES = 64


def _said(lexicon: Lexicon, claim: Claim, figure: Figure, published: str | None,
          metric: Callable[[str, str | None], _Metric]) -> _Said | None:
    """metric: reads a name as _metric does with lexicon (FigureIndex's, which reads each name once)."""
    if not claim.quote:
        return None  # a claim file's statement is the editor's wording, its figures named by the editor
    context = read_context(claim.quote, figure.quantity.text, published)
    if context is None:
        return None
    found = {lexicon.classes.get(s, s) for s, _ in terms(qualifiers(context.segment)[1], lexicon.folds, lexicon=True)
             if s not in _NEUTRAL and s not in _DIRECTIONS}
    return _Said(context, frozenset(found), metric(context.segment, published))


HOME_LEAD = 2  # the country an article is about is named in at least twice as many of its sentences as any other


def home_place(lexicon: Lexicon, title: str | None, claims: Sequence[Claim]) -> str | None:
    """The country an article is about, the place of its figures whose sentences name none: the one its headline
    names as its subject or a possessive ("Nigeria's central bank seen cutting rates again", not "Hyundai opens
    Georgia plant"), else the one named so (context.place_words) in at least HOME_LEAD times as many of its sentences
    as any other, and in two at least; None otherwise ("Japan and US leaders …", a page on the Japan–US talks).  A
    claim file's claims (no quotes) give none."""
    named = set(_named_in(lexicon, title or ""))
    if len(named) > 1:
        return None
    found = places_named(lexicon, place_words(title or ""))
    if named:
        return next(iter(named)) if found == named else None
    counts = Counter(place for quote in dict.fromkeys(c.quote for c in claims if c.quote)
                     for place in places_named(lexicon, place_words(quote)))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < HOME_LEAD * ranked[1][1]):
        return None
    return ranked[0][0]


def _named_in(lexicon: Lexicon, text: str) -> list[str]:
    """The countries text names anywhere (the lexical table's, capitals and demonyms folded)."""
    return [s for s, _ in terms(text, lexicon.folds, lexicon=True) if s in _countries()]


def places_named(lexicon: Lexicon, words: str) -> frozenset[str]:
    """The countries of context.place_words's runs ("A ; B"): a run names a place only when one ends it ("Bank of
    Thailand", "South Korean", "Ghana"; not "Paris Agreement" nor "Georgia Power")."""
    found: set[str] = set()
    for run in words.split(" ; "):
        stems = [s for s, _ in terms(run, lexicon.folds, lexicon=True)]
        if stems and stems[-1] in _countries():
            found.update(s for s in stems if s in _countries())
    return frozenset(found)


@cache
def _countries() -> frozenset[str]:
    """The lexical table's countries (GeoNames and WordNet, with their capitals and demonyms folded to them)."""
    return frozenset(lexical.kind("country") | COUNTRIES)


def _other_base(a: Context, b: Context) -> bool:
    """Whether two percents are shares of two things ("20% of revenue" / "20% of costs"). A share whose sentence
    leaves its base unsaid ("the public debt ratio will reach 73.5%") may be the share the other names ("71.4% of
    GDP"): the names decide (a link by the sentences alone still asks for one base, _context_score)."""
    return a.base is not None and b.base is not None and a.base != b.base


def _days_apart(a: str | None, b: str | None) -> bool:
    """Whether two figures' sentences name two different weekdays."""
    return a is not None and b is not None and a != b


def _sums_apart(a: Quantity, b: Quantity) -> bool:
    """Two sums of money a hundredfold or more apart measure two things, whatever their names: "putting up income
    tax by 2p" is not the "£600 a year more in income tax" a worker pays (no forecast misses by a factor of 100)."""
    if a.dimension not in ("money", "rate") or b.dimension not in ("money", "rate"):
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high / low >= 100


def _metric(lexicon: Lexicon, name: str, published: str | None) -> _Metric:
    pinned, rest = qualifiers(name, published)
    for pattern, region in _REGIONS:
        rest = pattern.sub(region, rest)
    # read as pairing reads claims: the articles' acronyms ("earnings per share" is EPS) and the table's folds
    stems = {s for s, _ in terms(rest, lexicon.folds, lexicon=True)}
    found = terms(_IMPLIED.sub(" ", rest), lexicon.folds, lexicon=True)
    if len(stems) > 1:  # "growth" alone stays growth: as "increase" it would be a whole every increase is part of
        found = [(_SAME_TERM[s], w) if s in _SAME_TERM and _SAME_TERM[s] in lexicon.classes else (s, w)
                 for s, w in found]
    parties = [_SAME_PARTY.get(s, s) for s, _ in found if s in _PARTIES]
    if any(written == "deficit" for _, written in found):
        parties.reverse()
    named = [s for s, _ in found if s in lexicon.classes and s not in _PARTIES]
    classes = frozenset(lexicon.classes[s] for s in named)
    related = frozenset().union(*(lexicon.strong[c] for c in classes if c in lexicon.strong),
                                *(lexicon.weak[c] for c in classes if c in lexicon.weak)) - classes
    words = frozenset(lexicon.classes[s] for s in named if not any(ch.isdigit() for ch in s))
    # "AsterBook 16 Pro price" is the "16 Pro price": the model qualifier says which product it is
    lines = frozenset(lexicon.classes[s] for w in _PRODUCT_LINE.findall(rest) for s, _ in terms(w)
                      if s in lexicon.classes)
    measured = frozenset(lexicon.classes[s] for s in named if s not in _NEUTRAL) - lines
    changes = any(s in _CHANGE_STEMS for s in named)
    # a name that is one proper name ("Oberlaender", "Sterling") says whose or which, not what is measured
    written = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", rest) if w.lower() not in (*_BREAKS, "the", "a", "an")]
    named_only = len(written) == 1 and written[0][0].isupper() and not written[0].isupper() \
        and not any(ch.isdigit() for ch in written[0])  # "Orrin Pass" names a product, "Oberlaender" only a person
    generic = ((len(stems) == 1 and stems <= _GENERIC) or named_only) and not parties
    measures = frozenset((kind, s) for s in stems for kind, kinds in MEASURES.items() if s in kinds)
    party_classes = frozenset(lexicon.classes[s] for s, _ in found if s in _PARTIES and s in lexicon.classes)
    head = _head(lexicon, rest)
    beside = measured - {lexicon.classes[s] for s in named if s in _CHANGE_STEMS} - ({head[0]} if head else set())
    return _Metric(classes, tuple(dict.fromkeys(parties)), pinned, related, words, measured, lines, changes,
                   _phrases(lexicon, rest), generic, head, measures, party_classes, beside,
                   tuple(terms(rest, lexicon.folds, lexicon=True)), _denominators(rest), measure_exclusion(name),
                   frozenset(lexicon.classes[s] for s in named if s in _NEVER_APART))


# "per capita", "per person", "per passenger": what a measure is divided by.  A span of time ("per year") or a
# currency ("yen per dollar") is the unit the figure is written in, not another measure.
_PER = compiled(r"\bper[- ]([a-z]+)", re.I)
_NOT_DENOMINATORS = frozenset({"cent", "centum", "annum", "mille", "year", "quarter", "month", "week", "day", "hour"})


def _denominators(name: str) -> frozenset[str]:
    """The words a metric name divides its measure by ("GDP per capita growth" → {"capita"})."""
    found = set()
    for m in _PER.finditer(name):
        word = m.group(1).lower()
        singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        if singular not in _NOT_DENOMINATORS and not currencies.is_head(word) and not currencies.name_codes(word):
            found.add(singular)
    return frozenset(found)


def _per_apart(a: _Entry, b: _Entry) -> tuple[str, str] | None:
    """When two figures in percent (or points) measure one per something the other is not per ("GDP per capita
    growth" / "GDP growth"), the denominators of each ("per capita", "per nothing").  In money or counts the
    unit already tells a dividend per share from the total paid; a growth rate or a share carries no such unit."""
    if a.metric.per == b.metric.per or a.quantity.dimension not in ("percent", "pp") \
            or b.quantity.dimension not in ("percent", "pp"):
        return None
    mine, theirs = (", ".join(f"per {w}" for w in sorted(m.per)) or "per nothing" for m in (a.metric, b.metric))
    return mine, theirs


def _head(lexicon: Lexicon, name: str) -> tuple[int, str, str] | None:
    """What a metric name measures (see _Metric.head)."""
    first = _PHRASE_BREAK.split(_IMPLIED.sub(" ", name), 1)[0]
    words = [(s, w) for s, w in terms(first, lexicon.folds, lexicon=True)
             if s in lexicon.classes and s not in _NEUTRAL and s not in _PARTIES and not any(ch.isdigit() for ch in s)]
    if not words:
        return None
    # "revenue growth" measures revenue (its move is told apart by _Metric.changes); "growth" alone measures growth
    kept = [(s, w) for s, w in words if s not in _CHANGE_STEMS] or words
    # a participle after the noun opens what is said of it: "homes passed by fibre", "states signing the pact"
    after = _POST_MODIFIER.search(first)
    if after is not None and (before := [(s, w) for s, w in kept if _whole_word(w, first[:after.start()])]):
        kept = before
    s, written = kept[-1]
    if not _whole_word(written, first) or written.upper() in first:
        return None  # an acronym ("CPI", "ARR") stands for words another name may write out
    return lexicon.classes[s], s, written


# A participle written after a word ("homes passed", "shares repurchased", "rate proposed"), or one in -ing before an
# article or possessive ("states signing the pact"): words of that form before a noun ("fixed broadband") or a noun in
# -ing ("defence spending", "net lending") are left alone.
_POST_MODIFIER = compiled(r"(?<=[a-z]\s)[a-z]{3,}(?<!e)ed\b|(?<=[a-z]\s)[a-z]{3,}ing(?=\s+(?:the|an?|its|their)\b)")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def _whole_word(word: str, text: str) -> bool:
    """re.search(rf"\b{re.escape(word)}\b", text) is not None, for a word of letters and digits, without
    compiling a pattern for each word (a check compiles one per metric name otherwise)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _phrases(lexicon: Lexicon, name: str) -> tuple[tuple[int, frozenset[int], tuple[tuple[int, str], ...]], ...]:
    """The noun phrases of a metric name (parted at prepositions and conjunctions), each as its
    head, the words that qualify it and those words as (class, as written); measuring words and directions
    left out ("defence spending increase" is spending qualified by defence)."""
    found = []
    parts = _PHRASE_BREAK.split(_IMPLIED.sub(" ", name))
    # split() keeps each break (the group) between the parts: "towers sold", "in", "Bavaria"
    for k in range(0, len(parts), 2):
        # a word written in capitals keeps them ("NPU"): an acronym tells nothing apart (other_kind); a name keeps
        # its capital ("Tuvalu"): names part figures whatever their values (other_part)
        words = [(lexicon.classes[s], w.upper() if _whole_word(w.upper(), parts[k])
                  else w.capitalize() if _named(w, parts[k], k == 0) else w)
                 for s, w in terms(parts[k], lexicon.folds, lexicon=True)
                 if s in lexicon.classes and s not in _NEUTRAL and s not in _DIRECTIONS and s not in _SAME_TERM
                 and s not in _PARTIES
                 and not any(ch.isdigit() for ch in s)]  # parties are weighed as parties (_similarity)
        if len(words) >= 2 and _PERCENT_METRIC.fullmatch(words[-1][1]):
            # a rate has many names for one thing ("policy rate", "federal funds rate",
            # "benchmark interest rate"): its qualifiers do not part it; an amount's do.  What the rate is
            # of does: the "standing deposit facility" rate is not the "marginal standing facility" rate
            words = words[:-1]
        if len(words) >= 2:
            head = words[-1][0]
            found.append((head, frozenset(c for c, _ in words[:-1]) - {head}, tuple(words[:-1])))
        elif words and k:
            # a lone word after a preposition says where or which: "sold in Bavaria" / "in Saxony"
            found.append((-1 - _BREAKS.index(parts[k - 1].strip().lower()), frozenset(c for c, _ in words),
                          tuple(words)))
    return tuple(found)


def _named(word: str, text: str, start: bool = True) -> bool:
    """Whether text writes word (lower-case, as terms() gives it) with a capital as a name: not only as the first
    word of text when `start` (a name's or a sentence's first word is capitalised whatever it is)."""
    written = word.capitalize()
    if start and text.lstrip().startswith(written):
        text = text.lstrip()[len(written):]
    return _whole_word(written, text)


def other_kind(a: _Metric, b: _Metric, near_a: frozenset[int], near_b: frozenset[int],
               named: bool | None = None) -> tuple[str, str] | None:
    """When two metric names share a head each qualifies with words the other side never says
    ("consumer broadband revenue" / "business broadband revenue", "Tuvalu cable funding" /
    "Palau cable funding"), they measure two parts of one kind: the words of each.
    near_a, near_b: the terms said on each side (the name's terms and their relatives, and the
    claim's when it is known).  named=True finds only parts told apart by a name (a word written with a
    capital: "Tuvalu" / "Palau", "Premium" / "Standard" plan), named=False only parts of common words
    ("top" / "maximum" speed)."""
    # a product line one name gives and the other leaves out is no other part ("Nova 9 Pro price" / "Pro model
    # price", "Nova 9 price" / "phone price"): the line is a slot the other leaves unfilled
    mine_line, theirs_line = (a.lines if not b.lines else frozenset()), (b.lines if not a.lines else frozenset())
    # words in the slot of one model both name say which model in other words ("Aero base price" / "Aero entry
    # price" / "Aero starting price", where the articles measure the Aero and the Aero Performance): the model
    # named is what they would part, and it is one
    one_model = bool(a.models and b.models) and variants.apart(a.models, b.models) is None
    slot_a, slot_b = (a.slot, b.slot) if one_model else (frozenset(), frozenset())
    for head, mine, mine_written in a.phrases:
        for other_head, theirs, theirs_written in b.phrases:
            if head != other_head:
                continue
            parting = ([w for c, w in mine_written if c in mine - near_b - mine_line - slot_a],
                       [w for c, w in theirs_written if c in theirs - near_a - theirs_line - slot_b])
            # an acronym no article spells out may stand for the other's words ("NPU performance" / "AI engine
            # performance", "PRASM change" / "passenger unit revenue change"), on each side too ("CBK foreign
            # exchange reserves" / "central bank FX reserves"): it tells nothing apart; two acronyms do ("payload to
            # LEO" / "payload to GTO"), and words of one side no acronym of the other may stand for do
            if all(parting) and _acronyms_apart(*parting) \
                    and (named is None or named == any(w[:1].isupper() for words in parting for w in words)):
                return " ".join(w for _, w in mine_written), " ".join(w for _, w in theirs_written)
    return None


# The dimensions of rates and shares (figures.Quantity.dimension): "2.1%", "1.1 per cent", "25 basis points".
_RATES = frozenset({"percent", "pp"})


def heads_apart(a: _Metric, b: _Metric) -> tuple[str, str] | None:
    """The heads of two metric names (the thing each measures: _Metric.head) when they are two unrelated things:
    both known, not one term, and neither head a term of the other name nor related to one through the lexicon
    (WordNet's synonyms, derivations and hypernyms, data/lexicon.tsv): "online sales" / "online orders", "output
    gap" / "GDP growth", "world trade volume growth" / "world growth".  Not "wage growth" / "wage price index
    growth" (wage is a term of the other), nor "military aid" / "security assistance" (aid ≈ assistance).
    A head that is a word of change ("growth" of "GDP growth", "world growth") stands for what grows, unsaid: another
    name that grows too ("house price index growth") does not make it a term of that name; two such heads are two
    moves of things neither name says, never two things."""
    if a.head is None or b.head is None or a.head[0] == b.head[0]:
        return None
    for head, other in ((a.head, b), (b.head, a)):
        if head[1] not in _CHANGE_STEMS and head[0] in other.classes | other.related:
            return None
    if a.head[1] in _CHANGE_STEMS and b.head[1] in _CHANGE_STEMS:
        return None
    return a.head[2], b.head[2]


def _acronyms_apart(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether the words parting two names (other_kind) part them once each side's acronyms may stand for the other
    side's plain words: words of one side no acronym of the other stands for part them, as two sides of acronyms
    alone do ("LEO" / "GTO"); "SBP foreign exchange" / "central bank FX" and "NPU" / "AI engine" do not."""
    plain = ([w for w in mine if not _acronym(w)], [w for w in theirs if not _acronym(w)])
    acronyms = (len(mine) > len(plain[0]), len(theirs) > len(plain[1]))
    return (bool(plain[0]) and not acronyms[1]) or (bool(plain[1]) and not acronyms[0]) \
        or not (plain[0] or plain[1])


def _acronym(word: str) -> bool:
    """Whether a word is written as an acronym: two or more capitals ("NPU", "PRASM")."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def other_measure(a: _Metric, b: _Metric) -> tuple[str, str] | None:
    """The words of one kind of MEASURES two names give differently ("operating" / "gross" margin)."""
    for kind, word in a.measures:
        theirs = {w for k, w in b.measures if k == kind}
        if theirs and word not in theirs:
            return word, ", ".join(sorted(theirs))
    return None


def other_element(a: _Metric, b: _Metric, near_a: frozenset[int], near_b: frozenset[int],
                  heads: frozenset[frozenset[int]], kinds: bool = True) -> tuple[str, str] | None:
    """What tells two metric names apart when each names something in one role the other claim never says
    (near_a, near_b: what is said on each side): another place ("price Europe" / "price US"), another
    measure of one kind ("operating" / "gross" margin), another part of one kind (other_kind), another
    thing measured ("growth" / "inflation") when an article tells the two apart (`heads`, see _told_apart;
    "provisions" and "impairment charges" may be one thing in other words), or another model of one product line
    ("Nova Pro" / "Nova", variants.py): the words of each.  None when the names differ in no such role.
    kinds=False leaves out other parts of one kind (other_kind)."""
    models = variants.apart(a.models, b.models)
    if models:
        return models
    mine, theirs = set(a.parties), set(b.parties)
    if mine and theirs and not (mine <= theirs or theirs <= mine) \
            and not a.party_classes & near_b and not b.party_classes & near_a:
        return ", ".join(a.parties), ", ".join(b.parties)
    measure = other_measure(a, b)
    if measure:
        return measure
    part = other_kind(a, b, near_a, near_b) if kinds else None
    if part:
        return part
    if a.head and b.head and frozenset((a.head[0], b.head[0])) in heads \
            and a.head[0] not in near_b and b.head[0] not in near_a:
        return a.head[2], b.head[2]
    return None


def _distinctions(metrics: Sequence[_Metric]) -> frozenset[int]:
    """The terms an article's metric names add to another of its names for the same period, model …
    ("cloud" when it gives both "revenue growth" and "cloud revenue growth"): words it uses to tell a
    part from the whole, a forecast from an outcome, a launch price from a price.  Names for different
    periods draw none ("inflation forecast for 2026", "inflation in 2027"), nor a measuring word names
    for different places ("India growth forecast", "global growth").  Each name is weighed
    against at most FIGURE_CANDIDATES names per term, so this stays linear in the number of names."""
    names = list(dict.fromkeys(m for m in metrics if m.classes))
    never_apart = frozenset().union(*(name.pointing for name in names))
    by_term: dict[int, list[_Metric]] = defaultdict(list)
    for name in names:
        for c in name.classes:
            by_term[c].append(name)
    found: set[int] = set()
    for name in names:
        for c in name.classes:
            for other in by_term[c][:FIGURE_CANDIDATES]:
                if other.classes < name.classes and not other.qualifiers.conflict(name.qualifiers):
                    added = name.classes - other.classes - name.lines - never_apart
                    # a measuring word tells apart only names of one place: "India growth forecast" beside
                    # "global growth" is no forecast told from an outcome ("Japan share of revenue" beside
                    # "revenue" still tells a share apart)
                    found |= added if set(other.parties) == set(name.parties) else added & name.measured
    return frozenset(found)


def _told_apart(metrics: Sequence[_Metric]) -> frozenset[frozenset[int]]:
    """The pairs of heads an article tells apart: it gives two names alike but for their heads ("global
    growth 2026", "global inflation 2026"), so each head names another measure."""
    by_rest: dict[tuple[frozenset[int], frozenset[str], frozenset[str]], set[int]] = defaultdict(set)
    for m in metrics:
        if m.head:
            by_rest[(m.beside_head, frozenset(m.parties), m.qualifiers.years)].add(m.head[0])
    return frozenset(frozenset((a, b)) for heads in by_rest.values() for a in heads for b in heads if a != b)


def _similarity(a: _Metric, b: _Metric, distinct: frozenset[int]) -> float:
    """Shared terms but the parties (Jaccard); 0 when the parties, a qualifier or a distinction differ.

    Parties are like qualifiers: one name may leave some out ("investment in the US",
    "Japanese investment in the US"), but not name others ("US growth", "China growth").
    """
    mine, theirs = set(a.parties), set(b.parties)
    if mine and theirs and not (mine <= theirs or theirs <= mine):
        return 0.0
    if len(a.parties) >= 2 and len(b.parties) >= 2 and a.parties[:2] != b.parties[:2]:
        return 0.0
    if a.models and b.models and variants.apart(a.models, b.models):
        return 0.0  # "Aero Performance battery capacity" is not "Aero Long Range battery capacity"
    # the words in the slot of one model both name say which model in other words, no distinction ("Aero base
    # price" / "Aero entry price", where an article gives "Aero China price" too: see other_kind)
    slots = a.slot | b.slot if a.models and b.models else frozenset()
    if a.qualifiers.conflict(b.qualifiers) or (a.classes ^ b.classes) & (distinct - slots):
        return 0.0
    if a.changes != b.changes:
        return 0.0  # a move is not the level it moves: "the euro fell a cent" is no exchange rate of $0.01
    if a.qualifiers.timed != b.qualifiers.timed and (a.changes or b.changes):
        return 0.0  # a cut at one meeting is not the cut over a year ("25 basis points" vs "75 basis points this year")
    if other_kind(a, b, a.classes | a.related, b.classes | b.related):
        return 0.0  # "consumer broadband revenue" is not "business broadband revenue"
    if other_measure(a, b):
        return 0.0  # "operating income growth" is not "net income growth"
    if {a.exclusion, b.exclusion} == {"excluding", "plain"}:
        return 0.0  # "underlying profit before tax" is not "reported profit before tax", nor "core" "headline" inflation
    if converse_qualifier(a.written, b.written, frozenset(s for s, _ in a.written), frozenset(s for s, _ in b.written)):
        return 0.0  # "overnight borrowing rate" is not "overnight lending rate", "non-GAAP margin" not "GAAP margin"
    if not (a.measured and b.measured) and a.classes != b.classes:
        return 0.0  # a name of measuring words alone ("new forecast", "figure") names no metric to meet another
    ours, other = (a.measured, b.measured) if a.measured and b.measured else (a.classes, b.classes)
    union = ours | other
    # a term of one name met by a synonym in the other counts as shared: "military aid" is
    # "military support", "revenue guidance" is "revenue forecast"
    bridged = min(len((ours - other) & b.related), len((other - ours) & a.related))
    if not ours & other and min(len(ours), len(other)) < 2:
        bridged = 0  # one word met only by a synonym of another sense: a tax "regime" is no "government"
    return (len(ours & other) + bridged) / (len(union) - bridged) if union else 0.0


def _names_alike(a: _Metric, b: _Metric, distinct: frozenset[int]) -> bool:
    """The same name but for the qualifiers: "growth 2025" and "growth 2026"."""
    return _similarity(replace(a, qualifiers=Qualifiers()), replace(b, qualifiers=Qualifiers()),
                       distinct) >= METRIC_CUTOFF


def _unrelated_names(a: _Metric, b: _Metric) -> bool:
    """Whether two metric names each say in two words or more what they measure (product lines aside) and share no
    word, nor one the lexicon relates: "open market purchases of government bonds" and "interest subsidies" name two
    things, where a name guessed from a sentence's subject or a word near the figure ("company", "rather") says too
    little to part two figures its sentence describes alike."""
    return len(a.measured - a.lines) >= 2 and len(b.measured - b.lines) >= 2 \
        and not (a.classes | a.related) & (b.classes | b.related)


def fixes_unit(metric: str) -> bool:
    """Whether a metric name fixes a bare number's unit: a rate, growth or inflation is in percent."""
    return _PERCENT_METRIC.search(metric) is not None


def _nearest(posting: Sequence[int], at: int, cap: int) -> Sequence[int]:
    """The `cap` entries of a sorted posting list nearest `at` (all of them when there are no more)."""
    if len(posting) <= cap:
        return posting
    start = min(max(0, bisect_left(posting, at) - cap // 2), len(posting) - cap)
    return posting[start:start + cap]


def _stated(q: Quantity) -> bool:
    """Whether a figure states a value, not a bound: "at least 40" holds 900 staff and "under two hours" 5 minutes,
    so a bound agreeing with a value says nothing of their being one measure."""
    return math.isfinite(q.high) and q.high - q.low <= max(abs(q.low), abs(q.high)) / 2


def _compared(figure: Figure) -> Quantity:
    q = figure.quantity
    return replace(q, unit="%") if not q.unit and fixes_unit(figure.metric) else q


class FigureIndex:
    """Every figure of both articles, and which pairs of them could describe one metric."""

    def __init__(self, lexicon: Lexicon, preview: Sequence[Claim], report: Sequence[Claim],
                 published: tuple[str | None, str | None] = (None, None),
                 titles: tuple[str | None, str | None] = (None, None)) -> None:
        self.preview, self.report = preview, report
        # the country each article is about: the place of its figures whose sentences name none
        self.homes = (home_place(lexicon, titles[0], preview), home_place(lexicon, titles[1], report))
        self._named_places: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] = ({}, {})
        # what each acronym the articles define spells out ("prask" → "passenger revenue per available seat
        # kilometre"): a name that is an acronym measures what its run does (_spelt)
        self.runs = {acronym: run for run, acronym in reversed(lexicon.acronyms.items())}
        self.lexicon = lexicon
        # a metric name is read once per date it is read against: articles and claim files name one measure
        # for several figures ("Bank Rate", "CPI inflation"), and reading a name is most of the index's work
        read: dict[tuple[str, str | None], _Metric] = {}

        def metric(name: str, date: str | None) -> _Metric:
            found = read.get((name, date))
            if found is None:
                found = read[(name, date)] = _metric(lexicon, name, date)
            return found

        self.pf = [_Entry(i, f, metric(f.metric, published[0]), _compared(f))
                   for i, c in enumerate(preview) for f in c.figures]
        self.rf = [_Entry(j, f, metric(f.metric, published[1]), _compared(f))
                   for j, c in enumerate(report) for f in c.figures]
        # a claim's one figure whose name says nothing of what its measure leaves out reads it from the statement:
        # "Underlying CPI-ATE inflation is projected at 2.9%" (named "CPI-ATE inflation forecast 2026") is no
        # "Headline CPI inflation ... 2.6%" (named "CPI inflation forecast 2026")
        for entries, claims in ((self.pf, preview), (self.rf, report)):
            for k, e in enumerate(entries):
                if e.metric.exclusion is None and len(claims[e.claim].figures) == 1 \
                        and (said := said_exclusion(claims[e.claim].statement)) is not None:
                    entries[k] = replace(e, metric=replace(e.metric, exclusion=said))
        # the models of a product line each name gives, of the lines the names measure two models of ("Nova US
        # price" and "Nova Pro US price"; variants.py)
        models = variants.Models([[c.quote or c.statement for c in claims] for claims in (preview, report)],
                                 {e.figure.metric for e in (*self.pf, *self.rf)})
        for entries in (self.pf, self.rf) if models.lines else ():
            for k, e in enumerate(entries):
                if found := models.of(e.figure.metric):
                    slot = frozenset(lexicon.classes[s] for word in models.slot(e.figure.metric)
                                     for s, _ in terms(word, lexicon.folds, lexicon=True) if s in lexicon.classes)
                    entries[k] = replace(e, metric=replace(e.metric, models=found, slot=slot))
        # what each figure's own sentence says of it: the second witness of a drafted name (_context_links)
        self.said = ([_said(lexicon, preview[e.claim], e.figure, published[0], metric) for e in self.pf],
                     [_said(lexicon, report[e.claim], e.figure, published[1], metric) for e in self.rf])
        # whether each figure counts up a period not yet over: its sentence, its name, or a claim's one figure's
        # statement says so ("Fish Fund disbursements to date", "has so far disbursed $12 million")
        self.to_date = tuple([said.context.to_date if said is not None else bool(
            TO_DATE.search(e.figure.metric) or (len(claims[e.claim].figures) == 1
                                                  and TO_DATE.search(claims[e.claim].statement)))
            for e, said in zip(entries, saids, strict=True)]
            for entries, saids, claims in ((self.pf, self.said[0], preview), (self.rf, self.said[1], report)))
        # the sibling names each figure's sentence gives (_siblings): "the Touring" and "the Apex" are two things
        siblings = _siblings([c.quote for c in (*preview, *report) if c.quote])
        self.named: tuple[list[dict[int, frozenset[str]]], ...] = ([], [])
        if siblings:
            pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(siblings, key=len, reverse=True)))
                                 + r")(?![\w'’-])")
            for side, claims, entries in ((0, preview, self.pf), (1, report, self.rf)):
                for e in entries:
                    quote = claims[e.claim].quote
                    by_group: dict[int, set[str]] = defaultdict(set)
                    for name in pattern.findall(quote or ""):
                        by_group[siblings[name]].add(name)
                    self.named[side].append({g: frozenset(n) for g, n in by_group.items()})
        counts: Counter[int | str] = Counter(t for side in self.said for x in side if x is not None for t in x.terms)
        n = sum(1 for side in self.said for x in side if x is not None) + 1
        self.weight = {t: math.log(n / k) for t, k in counts.items()}  # rarer words weigh more
        # a distinction drawn by either article holds for both
        self.distinct = _distinctions([e.metric for e in self.pf]) | _distinctions([e.metric for e in self.rf])
        # two things an article measures that it tells apart ("global growth", "global inflation")
        self.heads = _told_apart([e.metric for e in self.pf]) | _told_apart([e.metric for e in self.rf])
        self._apart_claims: dict[tuple[int, int], bool] = {}  # claims of a new thing and an earlier one
        self._stems: dict[tuple[int, int], frozenset[str]] = {}  # the stems of a statement (_written)
        self.of_preview: dict[int, list[int]] = defaultdict(list)
        self.of_report: dict[int, list[int]] = defaultdict(list)
        for p, e in enumerate(self.pf):
            self.of_preview[e.claim].append(p)
        for r, e in enumerate(self.rf):
            self.of_report[e.claim].append(r)
        index: dict[int, list[int]] = defaultdict(list)
        for r, e in enumerate(self.rf):
            for c in e.metric.classes:
                index[c].append(r)
        # (similarity, p, r) for every pair that may be linked, and by preview figure
        self.candidates: list[tuple[float, int, int]] = []
        self.of_p: dict[int, list[tuple[float, int]]] = defaultdict(list)
        self.linked: tuple[set[int], set[int]] = (set(), set())
        # preview figures whose candidates were cut to FIGURE_CANDIDATES per term: how many were considered
        self.cut: dict[int, int] = {}
        # Figures of one metric name and unit are alike: similarity is computed once per pair of kinds.
        kinds: dict[tuple[_Metric, str], int] = {}
        self._kind = ([kinds.setdefault((e.metric, e.quantity.unit), len(kinds)) for e in self.pf],
                      [kinds.setdefault((e.metric, e.quantity.unit), len(kinds)) for e in self.rf])
        self._alike_kinds: dict[tuple[int, int], float] = {}
        # (score, r) of each report figure a preview figure's sentence scores above 0 with (_context_links), and
        # (score, p) of each preview figure by report figure
        self._scored: dict[int, list[tuple[float, int]]] = defaultdict(list)
        self._scored_back: dict[int, list[tuple[float, int]]] = defaultdict(list)
        # the best score of a preview figure agreeing with report figure r among those (_given_in_preview)
        self._agreeing_best: dict[int, float] = {}
        # the preview figures agreeing with a report value, by the value (_crossed)
        self._agreeing_with: dict[tuple[str, float, float], list[int]] = {}
        for p, e in enumerate(self.pf):
            # where this figure stands in the report, by its place in the preview
            at = p * len(self.rf) // max(1, len(self.pf))
            near: set[int] = set()
            for c in e.metric.classes | e.metric.related:  # "tariff" meets "levy" too
                posting = index.get(c, ())
                near.update(_nearest(posting, at, FIGURE_CANDIDATES))
                if len(posting) > FIGURE_CANDIDATES:
                    self.cut[p] = 0
            if p in self.cut:
                self.cut[p] = len(near)
            for r in sorted(near):
                self._consider(p, r)

    def _consider(self, p: int, r: int, paired: bool = False) -> None:
        """Add (p, r) to the candidates when the two figures may describe one metric; a generic name ("cost")
        only when their claims are paired."""
        s = self._alike(p, r)
        if s >= METRIC_CUTOFF and (paired or not (self.pf[p].metric.generic or self.rf[r].metric.generic)) \
                and not _sums_apart(self.pf[p].quantity, self.rf[r].quantity):
            self.candidates.append((s, p, r))
            self.of_p[p].append((s, r))

    def _alike(self, p: int, r: int) -> float:
        """The metric similarity of preview figure p and report figure r; 0 when their units differ."""
        key = (self._kind[0][p], self._kind[1][r])
        s = self._alike_kinds.get(key)
        if s is None:
            # comparable() reads only the units, _similarity only the metrics: both are the kind's
            e, other = self.pf[p], self.rf[r]
            s = _similarity(e.metric, other.metric, self.distinct) \
                if e.quantity.comparable(other.quantity) and _per_apart(e, other) is None else 0.0
            self._alike_kinds[key] = s
        return s

    def capped(self, i: int) -> list[str]:
        """A reason for each figure of expectation i whose candidate report figures were cut."""
        return [f"figure '{self.pf[p].figure.metric}' was compared only with the {self.cut[p]} report figures "
                f"of its metric's terms nearest it in the report and those of the paired claim "
                f"(the cap that bounds figure linking time on very large files)"
                for p in self.of_preview.get(i, ()) if p in self.cut]

    def closest_claim(self, i: int, than: int | None = None) -> tuple[int, Figure] | None:
        """The report claim holding the most similar figure to one of expectation i's, and i's figure.

        Given `than` (a report claim): only a claim holding i's metric exactly, where `than` holds
        no figure as close ("euro zone inflation 2026" against "headline inflation 2026" rather
        than "core inflation 2026").
        """
        found = [(-s, p, r) for p in self.of_preview.get(i, ()) for s, r in self.of_p.get(p, ())]
        best = min(found, default=None)
        if best is None:
            return None
        if than is not None:
            # computed afresh, not from of_p: a cut candidate list may leave out `than`'s figures
            held = min(((-s, p, r) for p in self.of_preview.get(i, ()) for r in self.of_report.get(than, ())
                        if (s := self._alike(p, r)) >= METRIC_CUTOFF), default=None)
            if best[0] > -1.0 or (held is not None and held[0] <= best[0]):
                return None
        return self.rf[best[2]].claim, self.pf[best[1]].figure

    def other_metric(self, i: int, j: int) -> tuple[Figure, Figure, tuple[str, str]] | None:
        """When claims i and j give figures only of one name for different periods, models …: the
        first such pair and how they differ ("2025" vs "2026"); None when any figure of i could link to j's."""
        def apart(a: _Metric, b: _Metric) -> tuple[str, str] | None:
            conflict = a.qualifiers.conflict(b.qualifiers)
            return conflict if conflict and _names_alike(a, b, self.distinct) else None

        return self._first_apart(i, j, apart)

    def unrelated_metrics(self, i: int, j: int, said: tuple[frozenset[int], frozenset[int]]) -> tuple[Figure, Figure] | None:
        """When claims i and j both give figures and none of one is like one of the other, neither
        in its metric's terms (or their synonyms) nor in its unit, nor named in the other claim's
        terms (`said`: the terms of i and of j): "E5 price" $34,990 and "E5 Long Range range"
        365 miles.  A figure of each."""
        mine, theirs = self.of_preview.get(i, []), self.of_report.get(j, [])
        if not mine or not theirs or self.preview[i].quote or self.report[j].quote:
            # a drafted name is a guess from the words around a number ("manage" 370 miles, "Priya Ramaswamy" 2):
            # on drafted articles this refusal was wrong on every pair it decided (docs/rule-audit.md)
            return None
        for p in mine:
            for r in theirs:
                a, b = self.pf[p].metric, self.rf[r].metric
                if a.words & (b.words | said[1]) or b.words & said[0] or a.related & b.words \
                        or self.pf[p].quantity.comparable(self.rf[r].quantity):
                    return None
        return self.pf[mine[0]].figure, self.rf[theirs[0]].figure

    def other_thing_measured(self, i: int, j: int) -> tuple[Figure, Figure, tuple[str, str]] | None:
        """When claims i and j both give figures under editors' names, none of one answers one of the other's (their
        names are not alike, nor do they state one value in one unit, nor do their sentences describe one measure),
        and every two of them measure two unrelated things (heads_apart) that neither claim's statement writes of the
        other: "GDP growth forecast 2026" 2.1% / "wage price index growth forecast 2026" 3.2 per cent, "output gap"
        1%–2% of GDP / "GDP growth projection 2026" 1.1 per cent.  The first such figures and their heads.  A word of
        change ("growth") written in the other statement says that something moves, not what: it is no head written.
        Not when a statement writes the other's head ("Production will start at the plant, which has capacity for
        150,000 vehicles" / "Debrecen annual production"): the claims speak of one thing in two words."""
        mine, theirs = self.of_preview.get(i, []), self.of_report.get(j, [])
        if not mine or not theirs or self.preview[i].quote or self.report[j].quote:
            return None  # a drafted name is a guess from the words around a number
        if any(e.quantity.dimension not in _RATES for e in (*(self.pf[p] for p in mine), *(self.rf[r] for r in theirs))):
            # a percent is a rate or share of what its name's head says, and of nothing else; a sum's head is often one
            # of the many words for an amount of money ("fuel bill" / "fuel costs", "average fare" / "revenue per
            # passenger", "loan-loss provisions" / "impairment charges") that WordNet does not relate
            return None
        found = None
        written = (self._written(0, i), self._written(1, j))
        for p in mine:
            for r in theirs:
                a, b = self.pf[p].metric, self.rf[r].metric
                heads = heads_apart(a, b)
                if heads is None or a.head is None or b.head is None or self._alike(p, r) >= METRIC_CUTOFF \
                        or self._same_measure(p, r) or b.head[1] in written[0]() or a.head[1] in written[1]():
                    return None
                found = found or (self.pf[p].figure, self.rf[r].figure, heads)
        return found

    def _written(self, side: int, k: int) -> Callable[[], frozenset[str]]:
        """The stems the statement of claim k (of the preview: side 0, of the report: 1) writes but words of change,
        read on first call and kept (pairing asks other_thing_measured of each claim against its best candidates)."""
        def read() -> frozenset[str]:
            found = self._stems.get((side, k))
            if found is None:
                statement = (self.preview, self.report)[side][k].statement
                found = self._stems[(side, k)] = frozenset(
                    s for s, _ in terms(statement, self.lexicon.folds, lexicon=True)) - _CHANGE_STEMS
            return found
        return read

    def likeness(self, i: int, j: int) -> float:
        """How alike the metrics of claim i's figures and report claim j's figures are at best."""
        return max((_similarity(self.pf[p].metric, self.rf[r].metric, self.distinct)
                    for p in self.of_preview.get(i, ()) for r in self.of_report.get(j, ())), default=0.0)

    def other_part(self, i: int, j: int, said: tuple[frozenset[int], frozenset[int]]
                   ) -> tuple[Figure, Figure, tuple[str, str]] | None:
        """When claims i and j both give figures, none of one metric, and a metric of each names in one
        role something the other claim never names (`said`: the terms of i and of j with their relatives;
        see other_element): "cut to local authorities' funding" / "cut to social security funding", "Japan
        growth" / "Japan inflation", "operating margin" / "gross margin", "price in Europe" / "price in the
        US".  Those figures and the words that part them."""
        def element(a: _Metric, b: _Metric) -> tuple[str, str] | None:
            near_a, near_b = said[0] | a.classes | a.related, said[1] | b.classes | b.related
            return other_element(a, b, near_a, near_b, self.heads, kinds=False) \
                or other_kind(a, b, near_a, near_b, named=True)

        def kind(a: _Metric, b: _Metric) -> tuple[str, str] | None:
            near_a, near_b = said[0] | a.classes | a.related, said[1] | b.classes | b.related
            return other_kind(a, b, near_a, near_b, named=False)

        # Common words qualifying one head that neither claim shares ("top" / "maximum" print speed, "household
        # electricity" / "power bill" rebate) part two things only when the figures differ too: two editors name
        # one figure in their own words, and one value in one unit says it is one measure (as told_apart reads
        # it).  Names ("Tuvalu" / "Palau"), models, places and measures of one kind part figures whatever their
        # values; a name is written with a capital in its metric or in its claim's statement.
        found = self._first_apart(i, j, element)
        if found is not None:
            return found
        common = self._first_apart(i, j, kind)
        if common is None:
            return None
        mine, theirs = (set(words.split()) for words in common[2])
        # a word both names write is no word of one side, whatever its case: "Orbit" opens "Orbit 5 starting price"
        # (a name's first word, read in lower case) and is written as a name in "base Orbit 5 price"
        only = ({w for w in mine if w.lower() not in {t.lower() for t in theirs}},
                {w for w in theirs if w.lower() not in {t.lower() for t in mine}})
        statements = (self.preview[i].statement, self.report[j].statement)
        if any(_named(w, text) for words, text in zip(only, statements, strict=True) for w in words):
            return common
        return self._first_apart(i, j, kind, same_value=True)

    def told_apart(self, i: int, j: int, said: tuple[frozenset[int], frozenset[int]]
                   ) -> tuple[Figure, Figure, tuple[str, str]] | None:
        """When claims i and j both give figures, none of one answers one of the other's, and two are told
        apart: the first such pair and the words that part them.  A figure answers another when their names
        are alike (the linker would compare them) or when it states the same value in the same unit (two
        names of one measure: "ad-supported plan price" $7.99 / "Standard with Ads price" $7.99).  Two are
        told apart when their names give another period, model or version (a qualifier: "Russia June seaborne
        crude exports" / "Russia May crude production", "Nova 9 Ultra 1TB price" / "Nova 9 Ultra starting
        price") or another place, measure or part that the other claim never names (other_element, `said`: the
        terms of i and of j with their relatives).  Names that merely differ ("loan-loss provisions" /
        "credit impairment charges") are not told apart: they may be one thing in other words."""
        def apart(a: _Metric, b: _Metric) -> tuple[str, str] | None:
            return a.qualifiers.conflict(b.qualifiers) or other_element(
                a, b, said[0] | a.classes | a.related, said[1] | b.classes | b.related, self.heads)

        return self._first_apart(i, j, apart, same_value=True, things=said)

    def other_thing(self, p: int, r: int, said: tuple[frozenset[int], frozenset[int]]) -> Things | None:
        """When preview figure p and report figure r quantify two things: their heads (the noun a count counts, the
        thing measured: "fixed broadband subscribers" / "homes passed by fibre") are unrelated (not one word, nor
        related through the lexicon, nor said by the other claim: `said`, the terms of each claim with their
        relatives) and something besides says they are two measures: both are bare counts (a count is of its noun),
        their units are of two dimensions ("share of rare earths processed" 20% / "stockpile cover" 90 days), or
        one counts up a period not yet over ("disbursements to date", "has so far disbursed") and the other does
        not.  Each figure's head and what parts them ("subscribers (a count)", "homes (a count)").  Only names an
        editor gave (claims without a quote) are read so: a drafted name is a guess."""
        x, y = self.pf[p], self.rf[r]
        if self.preview[x.claim].quote or self.report[y.claim].quote:
            return None  # a drafted name's head is a guess from the words around a number, not what it counts
        (a, per_a), (b, per_b) = self._spelt(x), self._spelt(y)
        if a is not None and b is not None and a[0] == b[0] and per_a != per_b \
                and not x.quantity.comparable(y.quantity):
            # one head, one measure of it divided by something the other is not, in units of two dimensions:
            # "Passenger revenue per available seat kilometre (PRASK)" rising 2% is not revenue of €4.3 billion
            return Things(*(f"{head[2]} {' '.join(f'per {w}' for w in sorted(per)) or 'in total'} "
                            f"({describe_unit(e.quantity)})" for head, per, e in ((a, per_a, x), (b, per_b, y))))
        # a head that is a word of change ("increases of 140,000 barrels a day") names a move, not a thing
        if a is None or b is None or a[0] == b[0] or a[1] in _CHANGE_STEMS or b[1] in _CHANGE_STEMS \
                or b[0] in said[0] | x.metric.classes | x.metric.related \
                or a[0] in said[1] | y.metric.classes | y.metric.related:
            return None
        # a bare count is of its noun, the head; a count in a unit ("barrels per day") is of the unit
        if not x.quantity.unit and not y.quantity.unit and x.quantity.dimension == y.quantity.dimension == "count":
            return Things(f"{a[2]} (a count)", f"{b[2]} (a count)")
        if not x.quantity.comparable(y.quantity):
            return Things(f"{a[2]} ({describe_unit(x.quantity)})", f"{b[2]} ({describe_unit(y.quantity)})")
        if self.to_date[0][p] != self.to_date[1][r]:
            mine, theirs = ("so far" if so_far else "not so far" for so_far in (self.to_date[0][p], self.to_date[1][r]))
            return Things(f"{a[2]} ({mine})", f"{b[2]} ({theirs})")
        return None

    def other_denominator(self, i: int, j: int) -> tuple[Figure, Figure, tuple[str, str]] | None:
        """When claims i and j give figures, none of one metric, and a figure of each in percent measures
        per something the other does not (_per_apart): those figures and the denominators of each."""
        mine, theirs = self.of_preview.get(i, []), self.of_report.get(j, [])
        if any(self._alike(p, r) >= METRIC_CUTOFF for p in mine for r in theirs):
            return None
        for p in mine:
            for r in theirs:
                apart = _per_apart(self.pf[p], self.rf[r])
                if apart is not None:
                    return self.pf[p].figure, self.rf[r].figure, apart
        return None

    def other_market(self, i: int, j: int) -> tuple[Figure, Figure, tuple[str, str]] | None:
        """When claims i and j give sums of money of one name but for its place ("Aero 14 price in Europe" /
        "Aero 14 starting price"), one names a place the other does not, and the two are in other currencies
        (€1,249 / $1,099), they are prices of two markets, not one price said two ways: those figures and
        the place and currency of each ("EU, EUR", "no place, USD").  Without a place named, or in one currency,
        the figures are one metric's to compare."""
        mine, theirs = self.of_preview.get(i, []), self.of_report.get(j, [])
        for p in mine:
            for r in theirs:
                a, b = self.pf[p], self.rf[r]
                if a.quantity.dimension not in ("money", "rate") or b.quantity.dimension not in ("money", "rate") \
                        or bool(a.metric.parties) == bool(b.metric.parties):
                    continue
                currency = (a.quantity.unit.partition("/")[0], b.quantity.unit.partition("/")[0])
                # alike but for the place, whatever an article tells apart ("starting price" beside "price in
                # Europe" draws "starting" as a distinction: the place and currency say more)
                if currency[0] != currency[1] and _names_alike(replace(a.metric, parties=()),
                                                               replace(b.metric, parties=()), frozenset()):
                    return a.figure, b.figure, (f"{', '.join(a.metric.parties) or 'no place'}, {currency[0]}",
                                                f"{', '.join(b.metric.parties) or 'no place'}, {currency[1]}")
        return None

    def _spelt(self, e: _Entry) -> tuple[tuple[int, str, str] | None, frozenset[str]]:
        """A figure's head and what it is per; for a name whose head is none, a word of change or a generic word
        and which holds an acronym the articles spell out ("PRASK change"), those of the acronym's run
        ("passenger revenue per available seat kilometre": revenue, per available)."""
        if e.metric.head is not None and e.metric.head[1] not in _CHANGE_STEMS | _GENERIC:
            return e.metric.head, e.metric.per  # a name with a head of its own says what it measures
        for word in e.figure.metric.split():
            run = self.runs.get(word.strip(",;:()").lower())
            if run is not None and word.strip(",;:()")[:2].isupper():
                return _head(self.lexicon, run), _denominators(run)
        return e.metric.head, e.metric.per

    def _first_apart(self, i: int, j: int, apart: Callable[[_Metric, _Metric], tuple[str, str] | None],
                     same_value: bool = False, things: tuple[frozenset[int], frozenset[int]] | None = None
                     ) -> tuple[Figure, Figure, tuple[str, str]] | None:
        """The first figures of claims i and j (in order) whose metrics `apart` tells apart, with how
        they differ; None when either claim gives no figure or any two of their figures are one metric
        (or, with same_value, state the same value in the same unit, or their sentences clearly describe one
        measure: what the linker would compare).  Given `things` (the terms each claim says), figures that
        quantify two things (other_thing) are told apart too."""
        mine, theirs = self.of_preview.get(i, []), self.of_report.get(j, [])
        if not mine or not theirs:
            return None
        # a figure is weighed against the other claim's figures in its unit when it has any: "capex" €820 million
        # against a claim giving "investment spending" €812m and its change, -4%, is told apart from neither by
        # the change (a percent says nothing of what a sum measures)
        units = {(p, r) for p in mine for r in theirs if self.pf[p].quantity.comparable(self.rf[r].quantity)}
        placed = ({p for p, _ in units}, {r for _, r in units})
        found = None
        for p in mine:
            for r in theirs:
                a, b = self.pf[p].metric, self.rf[r].metric
                if _similarity(a, b, self.distinct) >= METRIC_CUTOFF or (same_value and self._same_measure(p, r)):
                    return None
                if found is None and ((p, r) in units or not (p in placed[0] or r in placed[1])) \
                        and (why := apart(a, b) or (things is not None and self.other_thing(p, r, things))):
                    found = (self.pf[p].figure, self.rf[r].figure, why)
        return found

    def one_measure(self, i: int, j: int, said: tuple[frozenset[int], frozenset[int]]) -> bool | None:
        """Whether an agreeing figure of claim i and one of report claim j (one value in one unit, a bound the
        value meets, or a value the other rounds to: Quantity.agrees) are one measure of one thing: True when
        their names measure one head (one term, or related through the lexicon, or said by the other claim),
        and a head that names no thing by itself ("rate", "price", "cost": _GENERIC) is qualified alike, or when
        their unit is a physical one (kWh, Gbps: not a percent, a sum of money or a bare count) and no name
        tells them apart; nothing else parts them (another model, period, measure, place: told apart).
        False when every agreeing figure is of another measure ("GDP growth" 2.5% / "inflation" 2.5%,
        "policy rate" 5% / "unemployment rate" 5%); None when no figure of one agrees with one of the other.
        `said`: the terms of i and of j with their relatives.  Only names an editor gave (claims without a
        quote) are read so: a drafted name is a guess from the words around a number."""
        mine, theirs = self.of_preview.get(i, []), self.of_report.get(j, [])
        if not mine or not theirs or self.preview[i].quote or self.report[j].quote:
            return None
        found: bool | None = None
        named = False  # two figures named alike (the linker compares them): the verdict judges their values
        for p in mine:
            for r in theirs:
                x, y = self.pf[p], self.rf[r]
                named = named or _similarity(x.metric, y.metric, self.distinct) >= METRIC_CUTOFF
                if not (x.quantity.comparable(y.quantity) and x.quantity.agrees(y.quantity)):
                    continue
                one = self._one_thing(x, y, said)
                if one:
                    return True
                if one is False:
                    found = False
        return None if named else found

    def _one_thing(self, x: _Entry, y: _Entry, said: tuple[frozenset[int], frozenset[int]]) -> bool | None:
        """Whether two agreeing figures are one measure of one thing (see one_measure); None when a name says
        nothing of what it measures (an acronym, no head)."""
        a, b = x.metric, y.metric
        near_a, near_b = said[0] | a.classes | a.related, said[1] | b.classes | b.related
        if a.qualifiers.conflict(b.qualifiers):
            return None  # another period or version: told apart, or the verdict judges it, not the measure
        # common words qualifying one head ("usable storage" / "battery" capacity) do not part one value (other_part)
        if other_element(a, b, near_a, near_b, self.heads, kinds=False) \
                or other_kind(a, b, near_a, near_b, named=True) or a.changes != b.changes or {a.exclusion, b.exclusion} == {"excluding", "plain"}:
            return False
        (head_a, _), (head_b, _) = self._spelt(x), self._spelt(y)
        q = x.quantity
        if q.dimension == "count" and q.unit and y.quantity.unit and not q.is_span:
            return True  # a physical unit says what is measured: "combined throughput" / "aggregate speed" in Gbps
        if head_a is None or head_b is None:
            return None
        # the words of what is measured besides the head: "policy" of "policy rate", "health" of "health spending"
        beside_a, beside_b = a.beside_head - a.lines, b.beside_head - b.lines
        meet = bool(beside_a & near_b) or bool(beside_b & near_a)
        other = bool(beside_a) and bool(beside_b) and not meet
        if head_a[0] == head_b[0] or head_a[0] in near_b or head_b[0] in near_a:
            if head_a[1] in _GENERIC | _CHANGE_STEMS or head_b[1] in _GENERIC | _CHANGE_STEMS:
                return not other  # a rate, a price: of what ("policy rate" / "unemployment rate" are two)
            return True
        if meet:
            return True  # "health spending" / "Queensland Health operating budget"; "meeting duration" / "meeting length"
        if q.dimension in ("percent", "pp"):
            return False  # a share or a rate is a common value: "GDP growth" 2.5% / "inflation" 2.5% are two
        if q.is_span:
            return None  # "runtime per charge" / "battery life": a span says little of what lasts
        return False if other else None

    def _same_measure(self, p: int, r: int) -> bool:
        """Whether figures p and r are one measure whatever their names: the same value in the same unit ("ad-supported
        plan price" $7.99 / "Standard with Ads price" $7.99; a bound is no value: _stated), or sentences that describe them alike (_context_score:
        the linker compares such figures, so they answer each other: "core consumer prices in Tokyo … forecast in
        April" / "… in April")."""
        q, other = self.pf[p].quantity, self.rf[r].quantity
        return (q.comparable(other) and q.agrees(other) and _stated(q) and _stated(other)) or self._context_score(p, r) > 0

    def estimate_links(self, links: Sequence[FigureLink]) -> list[FigureLink]:
        """For each link whose report figure restates the estimate beside its outcome ("Revenue: $4.51 billion vs.
        $4.59 billion expected", "rose to 4.4% versus 4.2% expected"), a link of the preview's figure — the estimate
        the preview gave — with that restated estimate: an editor flags a preview's "$4.62 billion" against the
        consensus the report gives as well as against the outcome.  Only a baseline the report sets against the
        outcome as an estimate (_ESTIMATE_BEFORE, _RESTATED_ESTIMATE), never last year's value ("up from $2.10 billion
        a year earlier") nor the forecast the outcome moved from ("down from a previous estimate of 1.2%")."""
        found = []
        for link in links:
            base = link.report.baseline
            if base is None:
                continue
            claim = self.report[link.report_claim]
            text = claim.quote or claim.statement
            if not any(_RESTATED_ESTIMATE.match(text, m.end()) and _ESTIMATE_BEFORE.search(text, max(0, m.start() - 40),
                                                                                           m.start())
                       for m in re.finditer(re.escape(base.text), text)):
                continue
            estimate = Figure(link.report.metric, base, link.report.line)
            found.append(FigureLink(link.preview_claim, link.report_claim, link.preview, estimate,
                                    link.preview.quantity.gap(base), link.preview.quantity.agrees(base)))
        return found

    def link(self, paired: Collection[tuple[int, int]]) -> list[FigureLink]:
        """Each figure linked to at most one of the other article: within paired claims (expectation,
        report claim) first, then by the most similar metric, then in document order.
        Afterwards `linked` holds the indices (into pf, rf) of the figures linked."""
        for i, j in sorted(paired):
            # a figure whose candidates were cut, or whose name is generic, still meets every figure of its paired claim
            for p in self.of_preview.get(i, ()):
                if p in self.cut or self.pf[p].metric.generic or any(self.rf[r].metric.generic
                                                                     for r in self.of_report.get(j, ())):
                    seen = {r for _, r in self.of_p.get(p, ())}
                    for r in self.of_report.get(j, ()):
                        if r not in seen:
                            self._consider(p, r, paired=True)
        # within paired claims first; then a figure that gives the other's period or model alike
        # ("next year" of a 2026 article and "at the end of 2027") before one that gives none
        order = sorted(self.candidates, key=lambda t: (
            (self.pf[t[1]].claim, self.rf[t[2]].claim) not in paired,
            -self.pf[t[1]].metric.qualifiers.shared(self.rf[t[2]].metric.qualifiers), -t[0], t[1], t[2]))
        of_p: dict[int, int] = {}
        of_r: dict[int, int] = {}
        pairs = []
        # figures whose sentences clearly describe one measure first, whatever their drafted names (_context_links);
        # then by name, in `order` (the figures of paired claims first)
        by_context = self._context_links()
        by_baseline = self._baseline_links()
        from_sentences = set(by_context) | set(by_baseline)
        for p, r in [*by_baseline, *by_context, *((p, r) for _, p, r in order)]:
            if self._instances_apart(p, r):
                continue  # a new thing's figure is not an earlier one's ("a new buyback" / "its previous buyback")
            if self._crossed(p, r):
                continue  # however linked: both articles say the value moved from p's to r's
            if (p, r) not in from_sentences:
                if self._roles_apart(p, r):
                    continue
                r = self._agreeing_instead(p, r, of_r)
                if self._given_in_preview(p, r):
                    continue
            if p in of_p:
                # the same value stated twice in the report may share this preview figure
                if r not in of_r and self._twice(self.rf, r, of_p[p]):
                    of_r[r] = p
                    pairs.append((p, r))
                continue
            if r in of_r:
                if self._twice(self.pf, p, of_r[r]):
                    of_p[p] = r
                    pairs.append((p, r))
                continue
            of_p[p], of_r[r] = r, p
            pairs.append((p, r))
        self.linked = (set(of_p), set(of_r))
        links = []
        for p, r in sorted(pairs):
            a, b = self.pf[p], self.rf[r]
            links.append(FigureLink(a.claim, b.claim, a.figure, b.figure,
                                    a.quantity.gap(b.quantity), a.quantity.agrees(b.quantity)))
        return links

    def _context_score(self, p: int, r: int) -> float:
        """How much preview figure p's sentence and report figure r's say alike of them: the weight of the words
        their segments share; 0 when the two cannot be one measure (another unit, a share of another thing,
        another period, model, place or measure of one kind, or either is a baseline)."""
        a, b = self.said[0][p], self.said[1][r]
        if a is None or b is None or self._roles_apart(p, r) or a.context.stands != b.context.stands \
                or a.context.stands == "difference":
            return 0.0
        x, y = self.pf[p], self.rf[r]
        # one unit exactly ("$536 a year" is no "$18,200"), a share of one thing, one period or none on both sides
        # (a preview's "last year" is history, not the report's outcome; "during the quarter" is not the year's)
        if x.quantity.unit != y.quantity.unit or a.context.base != b.context.base \
                or _sums_apart(x.quantity, y.quantity):
            return 0.0
        when, then = a.context.period, b.context.period
        if not when.same_time(then) or when.conflict(then) or x.metric.qualifiers.conflict(y.metric.qualifiers):
            return 0.0
        mine, theirs = set(a.metric.parties), set(b.metric.parties)
        if mine and theirs and not (mine <= theirs or theirs <= mine):
            return 0.0
        if other_measure(a.metric, b.metric) or a.metric.changes != b.metric.changes:
            return 0.0  # a segment with a word of change against one without: read as a move against a level
        shared = a.terms & b.terms
        if len(shared) < CONTEXT_MIN_TERMS:
            return 0.0
        if _unrelated_names(x.metric, y.metric) and not any(m.head is not None and m.head[0] in shared
                                                           for m in (x.metric, y.metric)):
            return 0.0  # "open market purchases of government bonds" / "interest subsidies": "announce … worth" alike
        return sum(self.weight[t] for t in shared)

    def answer(self, p: int, r: int) -> FigureLink | None:
        """Preview figure p and report figure r as a link, when a verdict found they answer each other within a
        pair (verdict._named_apart: drafting named them differently) and both sentences read them as one measure:
        each figure read from its sentence, neither a baseline, a share of another thing, a demand or a figure
        so far, both levels or both moves (no gap between two others), in one unit exactly, and no period or
        model of one that the other's sentence gives otherwise.  None otherwise: a claim file's figures are
        named by the editor, and their names tell."""
        a, b = self.said[0][p], self.said[1][r]
        x, y = self.pf[p], self.rf[r]
        if a is None or b is None or self._roles_apart(p, r) or a.context.stands != b.context.stands \
                or a.context.stands == "difference" or x.quantity.unit != y.quantity.unit \
                or a.context.period.conflict(b.context.period) or x.metric.qualifiers.conflict(y.metric.qualifiers) \
                or not (a.terms & b.terms or a.context.period.shared(b.context.period)) \
                or self._restates_other(0, p, r) or self._restates_other(1, r, p) or self._given_in_preview(p, r):
            return None
        return FigureLink(x.claim, y.claim, x.figure, y.figure, x.quantity.gap(y.quantity), x.quantity.agrees(y.quantity))

    def _restates_other(self, side: int, k: int, other: int) -> bool:
        """Whether figure k (of `side`: 0 preview, 1 report) gives the value of another figure of the other side's
        claim, or of one's baseline: "kept its estimate of the neutral rate in a range of 2.25% to 3.25%" restates the
        expectation's "from 2.25%-3.25%", and answers that, not the "2% policy rate" beside it."""
        q = (self.pf, self.rf)[side][k].quantity
        theirs, of_claim = (self.rf, self.of_report) if side == 0 else (self.pf, self.of_preview)
        for o in of_claim[theirs[other].claim]:
            figure = theirs[o].figure
            values = [v for v in (figure.baseline, theirs[o].quantity if o != other else None) if v is not None]
            if any(v.comparable(q) and v.agrees(q) for v in values):
                return True
        return False

    def _roles_apart(self, p: int, r: int) -> bool:
        """Whether the figures' sentences say they are two measures whatever their names: one is a baseline ("up
        from 2.1%") or what a forecast assumes ("assuming the policy rate stays at 0.25%"), a share of another
        thing (_other_base), for a period not yet over ("gained about 2% so far this year" / "growth of 0.7% in
        2026"), what someone asks for against what is expected or done ("push for a 20% increase" / "expected
        to receive a 10% increase"), an observation of another day ("3.41% on Tuesday" / "3.47% on Thursday"), an
        increment against a level ("a further £95m charge" / "its £280 million provision"), a figure for a later point
        against one whose sentence names none ("expect the policy rate to reach 1.25% by the end of the year" / "Policy
        rate: 1%", the event's), or a figure of another sibling (_siblings_apart: "The Touring … 92 kWh" / "The Apex …
        100 kWh")."""
        a, b = self.said[0][p], self.said[1][r]
        if a is None or b is None:
            return False
        if self._siblings_apart(p, r) or self._places_apart(p, r):
            return True
        if (a.context.increment or b.context.increment) and {a.context.stands, b.context.stands} == {"move", "level"}:
            return True  # "a further £95m charge" adds to a level, it is not the "£280 million provision" added to
        if (a.context.horizon == "own" and b.context.horizon is None and self._undated(1, r)) \
                or (b.context.horizon == "own" and a.context.horizon is None and self._undated(0, p)):
            return True  # "to reach 1.25% by the end of the year" is a later point than the event's "Policy rate: 1%"
        if a.context.peak != b.context.peak and not (a.context.period.years and a.context.period.years == b.context.period.years):
            return True  # a peak "in mid-2028" is no new rate; a year's peak may answer that year's level (a forecast)
        return a.context.baseline or b.context.baseline or a.context.condition or b.context.condition \
            or _other_base(a.context, b.context) or _days_apart(a.context.day, b.context.day) \
            or a.context.to_date != b.context.to_date or a.context.demand != b.context.demand

    def _places_apart(self, p: int, r: int) -> bool:
        """Whether the figures' subjects or possessives (context.place_words) give two places and none alike ("Ghana's central bank cut …" /
        "Nigeria's central bank lowered …"), or one gives places and the other none, and the other article's own place
        (home_place) is not among them: "Ghana's central bank cut its policy rate by 100 basis points" in a page on
        Nigeria's bank is no figure of the "MPR cut 75 bps" its report gives."""
        named = [self._places_of(0, p), self._places_of(1, r)]
        if named[0] and named[1]:
            return not (named[0] & named[1])  # "Ghana's central bank cut …" / "Nigeria's central bank lowered …"
        if bool(named[0]) == bool(named[1]):
            return False
        side = 1 if named[0] else 0  # the side that names no place
        home = self.homes[side]
        return home is not None and home not in named[1 - side]

    def _places_of(self, side: int, k: int) -> frozenset[str]:
        """The countries figure k (of `side`: 0 preview, 1 report) names as its subject or a possessive
        (context.place_words), capitals and demonyms read as their country ("Abuja", "Nigerian": nigeria)."""
        found = self._named_places[side].get(k)
        if found is None:
            said = self.said[side][k]
            found = self._named_places[side][k] = places_named(self.lexicon, said.context.places) \
                if said is not None else frozenset()
        return found

    def _undated(self, side: int, k: int) -> bool:
        """Whether figure k (of `side`: 0 preview, 1 report) names no time, neither in its sentence nor in its name:
        the event's own figure ("Policy rate: 1%"), not one "in 2027" or "next year" that a year-end point may be."""
        said, entry = self.said[side][k], (self.pf, self.rf)[side][k]
        return said is not None and not any(q.years or q.periods or q.relative
                                            for q in (said.context.period, entry.metric.qualifiers))

    def _instances_apart(self, p: int, r: int) -> bool:
        """Whether the claims of preview figure p and report figure r speak of a new thing and an earlier one of its
        kind (pairing.other_instance_words, read in each claim's statement and metric names)."""
        key = (self.pf[p].claim, self.rf[r].claim)
        apart = self._apart_claims.get(key)
        if apart is None:
            texts = [" ; ".join((c.statement, *(f.metric for f in c.figures)))
                     for c in (self.preview[key[0]], self.report[key[1]])]
            apart = self._apart_claims[key] = other_instance_words(texts[0], texts[1]) is not None
        return apart

    def _crossed(self, p: int, r: int) -> bool:
        """Whether two disagreeing figures are each given by the other article: the report's claim gives p's value as
        the earlier one ("having previously guided to around 2.95%") and another preview figure gives r's ("lift its
        guidance to above 3.0 per cent" / "more than 3%").  Both articles then say the value moved from p's to r's,
        and p, the level standing before, is no expectation r answers."""
        x, y = self.pf[p].quantity, self.rf[r].quantity
        if x.agrees(y):
            return False
        before = any(o != r and (said := self.said[1][o]) is not None and said.context.baseline
                     and self.rf[o].quantity.comparable(x) and self.rf[o].quantity.agrees(x)
                     for o in self.of_report.get(self.rf[r].claim, ()))
        if not before:
            return False
        return any(o != p for o in self._agreeing(y))

    def _siblings_apart(self, p: int, r: int) -> bool:
        """Whether the figures' sentences name two siblings and not one: "The Touring adds … a larger 92 kWh pack"
        and "The Apex gets … a 100 kWh pack", where an article lists "Core, Touring and Apex"."""
        if not self.named[0]:
            return False
        mine, theirs = self.named[0][p], self.named[1][r]
        return any(g in theirs and not names & theirs[g] for g, names in mine.items())

    def _agreeing_instead(self, p: int, r: int, taken: Collection[int]) -> int:
        """r, or a report figure agreeing with p that p's sentence describes at least as well (a spec list's
        "up to 120Hz (Pro)" rather than its "up to 90Hz (Vista 2)"): a conflict stands only when no agreeing
        figure is as good a reading of the preview's.  When the sentences say nothing of p and r together (r's
        "It now stands at 3.5%"), they cannot say another figure reads p as well: r stands, and an agreeing
        figure that merely shares the subject and a word ("Nordbank expects the mortgage default rate to stay
        at 3.25%") does not hide the conflict."""
        if self.pf[p].quantity.agrees(self.rf[r].quantity):
            return r
        score = self._context_score(p, r)
        if score == 0:
            return r
        # only the report figures that score above 0 with p (_context_links found them all, or the nearest
        # CONTEXT_CANDIDATES per word), the score first: agrees() reads both intervals
        found = [(s, -o) for s, o in self._scored.get(p, ()) if o != r and o not in taken and s >= score
                 and self.pf[p].quantity.agrees(self.rf[o].quantity)]
        return -max(found)[1] if found else r

    def _given_in_preview(self, p: int, r: int, score: float | None = None) -> bool:
        """Whether another preview figure gives r's value, in a sentence that reads r at least as well as p's: the
        preview then says which of its figures r answers ("The smaller pack is a 58kWh unit shared with the Vela,
        while the larger 77kWh pack is new" / "use the same 58kWh pack as the Vela"), and p is no figure r
        contradicts.  The mirror of _agreeing_instead, with its proviso: when the sentences say nothing of p and r
        together, none can read r better, and the link stands.  The other preview figures weighed are those
        _context_links scored with r (`score`: p's, when known): the work stays linear in the figures."""
        x, y = self.pf[p].quantity, self.rf[r].quantity
        if x.agrees(y):
            return False
        if score is None:
            score = self._context_score(p, r)
        if score <= 0:
            return False
        if r not in self._agreeing_best:  # once per report figure: p, which disagrees with r, is never among them
            self._agreeing_best[r] = max((s for s, o in self._scored_back.get(r, ()) if self.pf[o].quantity.comparable(y)
                                          and self.pf[o].quantity.agrees(y)), default=0.0)
        return self._agreeing_best[r] > 0 and self._agreeing_best[r] >= CONTEXT_MARGIN * score

    def _agreeing(self, y: Quantity) -> list[int]:
        """The preview figures agreeing with the report value y, found once per value: a search of every preview
        figure for each link would grow with the square of the figures."""
        key = (y.unit, y.low, y.high)
        if key not in self._agreeing_with:
            self._agreeing_with[key] = [o for o, e in enumerate(self.pf) if e.quantity.comparable(y) and e.quantity.agrees(y)]
        return self._agreeing_with[key]

    def _context_links(self) -> list[tuple[int, int]]:
        """(p, r) for each preview figure whose best report figure by the sentences (_context_score) is clearly
        the best, and it clearly the best preview figure of that report figure: every figure of another value
        scores at most CONTEXT_MARGIN of it, on either side.

        Only figures read from a sentence are weighed, and only pairs that give alike what a link must
        (_link_key) and share CONTEXT_MIN_TERMS words, found by a posting list per key and word: claim files
        without quotes cost nothing.  A word more than CONTEXT_CANDIDATES figures hold ("revenue" down a results
        table) meets only the nearest of them in document order, so the work stays linear.  What the cut leaves
        unweighed scores at most the weight of the cut words (of the preview figure's, or of the report
        figure's): a link stands only when that is within CONTEXT_MARGIN of its score, so the cut never makes a
        link the whole weighing would refuse."""
        scores, back = self._scored, self._scored_back
        scores.clear()
        back.clear()
        self._agreeing_best.clear()
        weighed = [[(k, said.terms, key) for k, (said, e) in enumerate(zip(self.said[side], entries, strict=True))
                    if said is not None and (key := self._link_key(said, e)) is not None]
                   for side, entries in ((0, self.pf), (1, self.rf))]
        postings: dict[tuple[tuple[object, ...], int | str], list[int]] = defaultdict(list)
        for r, words, key in weighed[1]:
            for t in words:
                postings[(key, t)].append(r)
        # the weight of a figure's words whose posting lists are cut: the most a figure left unweighed may score
        unweighed: tuple[dict[int, float], dict[int, float]] = ({}, {})
        for r, words, key in weighed[1]:
            unweighed[1][r] = sum(self.weight[t] for t in words if len(postings[(key, t)]) > CONTEXT_CANDIDATES)
        for p, words, key in weighed[0]:
            found = {t: postings.get((key, t), []) for t in words}
            unweighed[0][p] = sum(self.weight[t] for t, posting in found.items() if len(posting) > CONTEXT_CANDIDATES)
            at = p * len(self.rf) // max(1, len(self.pf))  # where this figure stands in the report
            shares = Counter(r for posting in found.values() for r in _nearest(posting, at, CONTEXT_CANDIDATES))
            # after a cut, a figure met by one word may share more among the cut ones: weigh it too
            least = 1 if unweighed[0][p] else CONTEXT_MIN_TERMS
            for r in sorted(r for r, n in shares.items() if n >= least):
                if (s := self._context_score(p, r)) > 0:
                    scores[p].append((s, r))
                    back[r].append((s, p))

        def clear(found: list[tuple[float, int]], entries: list[_Entry], unseen: float) -> int | None:
            best, k = max(found)
            q = entries[k].quantity
            if unseen > CONTEXT_MARGIN * best or any(
                    s > CONTEXT_MARGIN * best and (entries[o].quantity.low, entries[o].quantity.high) != (q.low, q.high)
                    for s, o in found if o != k):
                return None
            return k

        links = []
        for p, scored in scores.items():
            # a report figure whose value another preview figure gives, reading it as well, answers that one
            # (_given_in_preview): it neither takes p nor stands in the way of the figure that answers p
            scored = [(s, r) for s, r in scored if not self._given_in_preview(p, r, s)]
            if not scored:
                continue
            best = clear(scored, self.rf, unweighed[0][p])
            if best is not None and clear(back[best], self.pf, unweighed[1][best]) == p:
                links.append((p, best))
        return links

    def _baseline_links(self) -> list[tuple[int, int]]:
        """(p, r) for each preview figure and report figure, both read from a sentence, that moved from one
        baseline: "lower its 2026 inflation projection to 4.1% from 4.5%" / "now sees 2026 inflation at 4.2%, down
        from 4.5%".  Two values that changed from one starting value measure one thing, whatever drafting named
        them, so the outcomes answer each other.  A value with a baseline in its unit is a level (nothing moves
        from a move), so how the sentences word it ("growth at 3.1%" / "to grow 3.2%") does not part them.
        Only when the baseline is that pair's alone (every other figure sharing it gives one of the two values),
        the units are the same, and nothing in the sentences sets the two apart: a role (_roles_apart), a period
        or model of one the other gives otherwise, or a hundredfold gap.  Figures are grouped by their baseline's
        value, so this stays linear in the number of figures."""
        def with_baseline(entries: list[_Entry], said: list[_Said | None]) -> dict[tuple[str, float], list[int]]:
            found: dict[tuple[str, float], list[int]] = defaultdict(list)
            for k, (e, s) in enumerate(zip(entries, said, strict=True)):
                base = e.figure.baseline
                if s is not None and base is not None and base.comparable(e.figure.quantity) and base.value:
                    found[(base.unit, base.value)].append(k)
            return found

        mine, theirs = with_baseline(self.pf, self.said[0]), with_baseline(self.rf, self.said[1])
        links = []
        for key, ps in mine.items():
            rs = theirs.get(key, [])
            # one value on each side (the same value stated twice is one), else the baseline says nothing of which
            if not rs or len({(self.pf[p].quantity.low, self.pf[p].quantity.high) for p in ps}) > 1 \
                    or len({(self.rf[r].quantity.low, self.rf[r].quantity.high) for r in rs}) > 1:
                continue
            p, r = ps[0], rs[0]
            x, y, a, b = self.pf[p], self.rf[r], self.said[0][p], self.said[1][r]
            if a is None or b is None or x.quantity.unit != y.quantity.unit or self._roles_apart(p, r) \
                    or "difference" in (a.context.stands, b.context.stands) or _sums_apart(x.quantity, y.quantity) \
                    or a.context.period.conflict(b.context.period) or x.metric.qualifiers.conflict(y.metric.qualifiers):
                continue
            links.append((p, r))
        return links

    @staticmethod
    def _link_key(said: _Said, entry: _Entry) -> tuple[object, ...] | None:
        """What two figures' sentences must give alike for _context_score to weigh them: unit, share base, years,
        how the value stands, whether the segment names a move, a period not yet over, a demand; None when the
        figure is never linked by its sentence (a baseline, a condition, a gap between two other figures)."""
        if said.context.baseline or said.context.condition or said.context.stands == "difference":
            return None
        c = said.context
        # the years only of the period: Qualifiers.same_time meets "at the end of 2027" (a point) with "in 2027" (a
        # year), whose periods and lengths differ; _context_score compares those
        return (entry.quantity.unit, c.base, c.period.years, c.stands, said.metric.changes, c.to_date, c.demand, c.peak)

    def _twice(self, entries: list[_Entry], k: int, linked: int) -> bool:
        a, b = entries[k], entries[linked]
        return (a.quantity.low, a.quantity.high, a.quantity.unit) == (b.quantity.low, b.quantity.high, b.quantity.unit) \
            and _similarity(a.metric, b.metric, self.distinct) == 1.0

    def uncompared(self) -> Counter[str]:
        """After link(): how many figures of either article were linked to none, by why.

        A figure's like names over there are those sharing half its terms when periods, models and
        places are left aside (a distinction an article draws still parts them); then the first of
        these that holds says why: all are in another unit; all are for another period, model or
        place; or a closer figure of that metric was compared instead.  Each figure is weighed only
        against figures sharing a term.
        """
        why: Counter[str] = Counter()
        for side, entries, others in ((0, self.pf, self.rf), (1, self.rf, self.pf)):
            postings: dict[int, list[int]] = defaultdict(list)
            for o, entry in enumerate(others):
                for c in entry.metric.classes:
                    postings[c].append(o)
            for k, entry in enumerate(entries):
                if k not in self.linked[side]:
                    near = {o for c in entry.metric.classes for o in postings[c][:FIGURE_CANDIDATES]}
                    why[self._why_alone(entry, [others[o] for o in sorted(near)])] += 1
        return why

    def _why_alone(self, entry: _Entry, near: list[_Entry]) -> str:
        loose = replace(entry.metric, qualifiers=Qualifiers(), parties=())
        alike = [o for o in near if _similarity(loose, replace(o.metric, qualifiers=Qualifiers(), parties=()),
                                                 self.distinct) >= METRIC_CUTOFF]
        if not alike:
            return "no figure of a like metric in the other article"
        units = [o for o in alike if entry.quantity.comparable(o.quantity)]
        if not units:
            return "a like metric only in another unit"
        if all(_similarity(entry.metric, o.metric, self.distinct) < METRIC_CUTOFF for o in units):
            return "a like metric only for another period, model or place"
        return "a closer figure of that metric was compared instead"

    def why_unlinked(self, figure_side: str, k: int, other_claim: Claim, other: int) -> str:
        """Why figure k (of `figure_side`) was compared with no figure of the other side's claim."""
        entries, others = (self.pf, self.rf) if figure_side == "preview" else (self.rf, self.pf)
        mine = entries[k]
        theirs = (self.of_report if figure_side == "preview" else self.of_preview).get(other, [])
        if not theirs:
            return f"'{other_claim.id}' gives no figure"
        alike = [(_similarity(mine.metric, others[o].metric, self.distinct), -o, o) for o in theirs]
        s, _, o = max(alike)
        closest = others[o]
        if s < METRIC_CUTOFF:
            for o in theirs:
                conflict = mine.metric.qualifiers.conflict(others[o].metric.qualifiers)
                if conflict and _names_alike(mine.metric, others[o].metric, self.distinct):
                    return (f"metric differs: '{others[o].figure.metric}' in '{other_claim.id}' is {conflict[1]}, "
                            f"not {conflict[0]}")
            return f"metric differs: the closest in '{other_claim.id}' is '{closest.figure.metric}'"
        if not mine.quantity.comparable(closest.quantity):
            hint = "; a bare number is compared only when its metric fixes the unit (write the unit)" \
                if not mine.quantity.unit or not closest.quantity.unit else ""
            return (f"unit differs: {describe_unit(mine.quantity)} vs {describe_unit(closest.quantity)} "
                    f"('{closest.figure.metric}': {closest.figure.quantity.text}){hint}")
        return f"'{closest.figure.metric}' in '{other_claim.id}' is compared with another figure"

