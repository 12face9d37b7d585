"""Pairing: each expectation's closest report claim, by rarity-weighted shared terms.

Whole-sentence fuzzy scores let the words every claim shares ("Japan", "US",
"Trump") decide the pairing.  Here a claim is the set of its terms (statement,
keywords and topic, stemmed), each weighted by how rare it is among all the
claims of both articles (BM25's idf), and rapidfuzz decides which written
forms are one term: "defence" ~ "defense", "rais" ~ "raise" (fuzz.ratio ≥
TERM_CUTOFF between stems sharing their first three letters; the stems are
already lower-cased and stripped, so no processor is applied).

The score of an expectation E against a report claim R is the weighted F2 of
their shared terms, as 0–100: recall (how much of E's weight R covers) counts
four times as much as precision (how much of R's weight is about E), because a
report claim often answers several expectations at once.  Claims that share
only who is involved (countries, titles, people named with a title: "President
Trump", "Japan") and nothing of what happened are never paired.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain, islice, pairwise, repeat
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process

from . import currencies, lexical
from .figures import Quantity, approximate
from .lazy import compiled
from .model import Claim
from .parallel import Aside, Handed
from .polarity import act_words, calendar_day, denies, hold_words, left_out, opposite_words, vote_cue
from .qualifiers import VARIANTS, named_years, year_meets
from .text import (
    COUNTRIES,
    DOWN_WORDS,
    MAX_TEXT_CHARS,
    MONTHS,
    STOPWORDS,
    TITLED_NAME,
    TITLES,
    UP_WORDS,
    WEEKDAYS,
    actor_names,
    has_title,
    may_hold,
    stem,
    terms,
)

TERM_CUTOFF = 85.0
AMBIGUITY_MARGIN = 5.0
BETA2 = 4.0
# Bounds that keep any file the loader accepts within seconds (see docs/pairing.md):
FUZZY_STEMS = 20_000  # stems compared for spelling variants
FUZZY_BUCKET = 300  # alphabetical successors each stem meets
PAIR_BUDGET = 150_000  # claim pairs scored in all; each expectation gets its share
MIN_CANDIDATES = 10  # but at least this many
# A term met through a related word counts less than one written alike: a synonym or a
# derivation ("accord" ~ "agreement", "produce" ~ "production") STRONG, a hypernym or a
# rarer sense ("jets" ~ "aircraft", "duties" ~ "tariffs") WEAK.
STRONG_BRIDGE, WEAK_BRIDGE = 0.85, 0.35
# Verbs that say little about what happened: claims that share only these and who is
# involved ("Trump and Takaichi will discuss the yen" / "... discussed shipbuilding") are
# not paired.
GENERIC_VERBS = """discuss discussed discussing discussion talk talked talks say tell told make made take took
give gave call called announce announced expect see show showed express expressed seek sought want
include included note noted add added put get got go went come came address addressed focus focused
""".split()
# A claim of LONG_CLAIM terms or more whose statement has clauses (a drafted sentence) is
# weighed by its head: the terms of its asides, attributions and trailing clauses
# (", three sources said", ", led by ...", ", as ...") weigh FILLER of their idf.
# The scene such a sentence opens with ("According to a survey of 21 economists by …, the bank will …", see
# _lead_in) weighs LEAD_IN: on the released article and claim labels 0.1–0.3 score alike and 0.0 makes a wrong
# pair (the scene's words then count for nothing and another claim wins on the head alone); 0.2 also keeps a report
# claim about the scene alone under the threshold (tests/test_lead_ins.py).
LONG_CLAIM = 12
FILLER = 0.3
LEAD_IN = 0.2
GENERIC_GROUP = 30  # a lexical group joining more terms of the two articles than this is too vague to bridge
# A true pair said in other words ("make vaccines" / "manufacturing of medical products") may
# score under the threshold.  Under it, an expectation's best answers when a decision fitted on
# the released hand-labelled cases (scripts/fit_pairing.py, data/pairing-gate.tsv) says so, from
# how far under the threshold it scores, how clearly it leads the expectation's runner-up and any
# other expectation whose closest it is, and whether they share a word of what happened (not only
# names, actors, generic verbs, a direction or the topic): pairing is then a matching, not a cut-off.
GATE = Path(__file__).resolve().parent / "data" / "pairing-gate.tsv"
GATE_FEATURES = ("under", "lead", "telling", "apart")  # see gate_features
GATE_PARAMETERS = ("band", "lead", "lead_weak", "lead_particular", "lead_none", "lead_apart")  # see answers
# what a best shares of what happened, as gate_features weighs it: a word (1), one only weakly, only a
# figure or a name, nothing (0)
WEAKLY_TELLING, PARTICULAR = 0.5, 0.25
# How far under the threshold (in tens of points) a best that states the expectation's value, of one measure of one
# thing, may score and still answer (not fitted: the fitted band is 1.5; see _mutual)
FIGURE_BAND = 2.5


@dataclass(frozen=True)
class Candidate:
    """A report claim scored against an expectation."""

    index: int
    score: float
    shared: tuple[str, ...]  # shared terms as written, rarest first
    bridges: tuple[str, ...] = ()  # related terms that joined them: "trilateral ≈ three-way"


@dataclass(frozen=True)
class Vetoed:
    """The closest report claim refused as a false friend: it names another entity in the same role."""

    index: int
    score: float
    why: str  # "names South Korea where it names the Philippines"


@dataclass(frozen=True)
class Pairing:
    """The best report claim for one expectation, and the runner-up."""

    best: Candidate | None
    runner_up: Candidate | None
    capped: int = 0  # when the candidate cap was hit: how many report claims were scored (0: all)
    vetoed: Vetoed | None = None  # a closer candidate refused as a false friend
    # when the best, under the threshold, answers all the same (GATE): the runner-up's score and
    # the highest score another expectation gives the best (0: none)
    mutual: tuple[float, float] | None = None
    gate: tuple[float, ...] = ()  # under the threshold: what the fitted decision weighed (gate_features)
    # under the threshold: how the figures of the best and the expectation are told apart, when they are (Apart)
    apart: str | None = None


# Whether the figures of an expectation and a report claim (indices into the lexicon) are told apart, and how
# ("'Russia June crude exports' is for jun, 'Russia May crude production' for may"); None when they answer each
# other or either gives none.  The figure linker (verdict.figures_apart) knows; pairing only asks it.
Apart = Callable[[int, int], str | None]
# whether an agreeing figure of two claims (indices into the lexicon) is one measure of one thing (True), only of
# other measures (False), or neither gives an agreeing figure (None): FigureIndex.one_measure
Measure = Callable[[int, int], bool | None]


class Lexicon:
    """Terms of every claim of both articles: classes of equivalent stems, their weights."""

    def __init__(self, texts: Sequence[Sequence[str]], extra: Sequence[str] = (),
                 metrics: Sequence[Sequence[str]] = (), values: Sequence[Sequence[tuple[str, str]]] = (),
                 quantities: Sequence[Sequence[Quantity]] = (), split: int | None = None,
                 published: Sequence[str | None] = ()) -> None:
        """texts: the texts of each claim; extra: other texts (metric names) whose words join the classes;
        metrics: each claim's figures' metric names (what else the claim says it is about); values: each
        claim's figures as (text as written, value key), see figure_values; quantities: those figures as
        read, in the same order (a bound meets the values it holds, see _bound_keys); split: where the
        report's claims begin, when the texts are two articles' (a bound meets the other article's values);
        published: each claim's article's date of publication, against which "this year", "next fiscal year"
        are read (named_years)."""
        # A claim is one sentence: beyond MAX_TEXT_CHARS it is not read, so a
        # megabyte "statement" costs no more than a long sentence.
        read = [_clip(group) for group in texts]
        self.clipped = frozenset(i for i, (group, kept) in enumerate(zip(texts, read, strict=True)) if kept != list(group))
        # "the Bank of Japan (BoJ)", or a BoJ anywhere with a Bank of Japan anywhere:
        # the run of words is read as the acronym, in both articles.
        # A metric name spells one out too: "EPS seen at $1.18" with the metric "earnings per share".
        self.acronyms = article_acronyms([text for group in read for text in group],
                                         [text[:MAX_TEXT_CHARS] for text in extra])
        self.folds = folds = _acronym_folds(self.acronyms) + _QUARTER_FOLDS
        claims_read = _read_claims(read, values, folds)
        each, found, stems_of = claims_read.each, claims_read.found, claims_read.stems_of
        df: Counter[str] = Counter()
        for group in stems_of:
            df.update(group.keys())
        vocabulary = set(df) | {s for text in extra for s, _ in terms(text[:MAX_TEXT_CHARS], folds, lexicon=True)}
        self.classes, self.fuzzy_left_out = _equivalence_classes(vocabulary, df)
        classes = self.classes
        self.word: dict[int, str] = {}
        self.figure_words: dict[int, dict[int, str]] = {}  # by claim: its figure terms as written
        self.sets: list[frozenset[int]] = []
        seen: set[str] = set()
        class_df: Counter[int] = Counter()
        for group in stems_of:
            ids = frozenset(map(classes.__getitem__, group))
            if not seen.issuperset(group):  # a class is shown as it was first written
                for s, written in group.items():
                    self.word.setdefault(classes[s], written)
                seen.update(group)
            self.sets.append(ids)
            class_df.update(ids)
        bounds, self.bound_texts = _bound_keys(values, quantities, split) if quantities else ({}, frozenset())
        self.figure_terms = self._figure_terms(values, class_df, bounds)
        self._vote_term(read, class_df)
        n = len(self.sets)
        self.idf = {c: math.log((n - k + 0.5) / (k + 0.5) + 1.0) for c, k in class_df.items()}
        # One value stated alike is rarer than its count of claims says (a word recurs, "€250 million" is
        # chosen): a figure term weighs as a term of one claim.  A bound that holds several values
        # ("below ¥30 trillion") weighs by how many claims it meets, as a word does.
        rarest = math.log((n - 0.5) / 1.5 + 1.0)
        self.idf.update((c, rarest) for c in self.figure_terms - self.bound_terms)
        # how a vote went is a figure of its own ("7-2", "unanimous"): it weighs as one
        self.idf.update((c, rarest) for c in self.cue_terms)
        # Who is involved (countries, titles, people named with a title) is not
        # what happened: a pairing must share at least one other term.
        titled = claims_read.titled  # read twice below
        actor_stems = actor_names(titled)
        countries = {s for word in lexical.kind("country") for s, _ in terms(word, lexicon=True)} | COUNTRIES
        actor_stems |= countries | {s for word in lexical.kind("role") | lexical.kind("actor")
                                    for s, _ in terms(word, lexicon=True)}
        # A capitalised name ("Trump", "Takaichi") is who is involved too, like a titled one.
        names, lowercase = _proper_names(claims_read.capitalised, claims_read.lower)
        self.lowercase = frozenset(classes[s] for s in lowercase if s in classes) | self.cue_terms
        actor_stems |= {s for s in names if df.get(s, 0) >= 3}
        # An institution's acronym (the ECB, the BoJ: a run of words naming a bank, a committee, a
        # ministry …) is who acts, as its name in full is ("ECB President Christine Lagarde will point
        # to tariffs" / "ECB's Lagarde: 'A good place is not a fixed place'" share only who is involved)
        generic_actors = {s for word in lexical.kind("actor") for s, _ in terms(word, lexicon=True)}
        actor_stems |= {acronym for run, acronym in self.acronyms.items()
                        if not generic_actors.isdisjoint(map(stem, run.split()))}
        self.actors = frozenset(c for s, c in self.classes.items() if s in actor_stems)
        self.generic = frozenset(classes[s] for word in GENERIC_VERBS for s, _ in terms(word) if s in classes)
        self.direction = frozenset(classes[s] for s in _DIRECTION_STEMS if s in classes)
        self.vague = frozenset(classes[s] for word in _VAGUE_NOUNS for s, _ in terms(word, lexicon=True) if s in classes)
        # What names an entity in a role where another would make it another fact: a
        # country, a year, a quarter or half.
        # a bloc (OPEC, the EU) is not another country than its members
        country_classes = {classes[s]: s for s in countries - {"opec", "eu"} if s in classes}
        measures = {classes[s]: kind for kind, words in MEASURES.items() for s in words if s in classes
                    and kind != "core-headline"}  # core or headline: the exclusion a claim names (_exclusion)
        headline = frozenset(classes[s] for s in MEASURES["core-headline"][1:] if s in classes)
        measures.update((classes[s], "bloc") for s in _BLOCS if s in classes)
        # a region (the Middle East, Sub-Saharan Africa, Southeast Asia: WordNet's continents and geographical areas)
        # is compared with regions only, as a bloc is: a country in it is a part, not another place
        regions = {s for word in lexical.kind("region") for s, _ in terms(word, lexicon=True)} - countries
        measures.update((classes[s], "region") for s in regions if s in classes and classes[s] not in measures)

        # A figure of a measure that leaves something out ("inflation excluding food and energy",
        # "EPS excl. items") is another measure than the plain one: what each claim excludes, read from its
        # statement and, when it gives figures, their metric names (see _exclusion)
        self.entities = [_entities(group, ids, country_classes, measures, self.word,
                                   _exclusion(group[:1], names, ids & headline),
                                   tuple(q.text for q in read_figures if q.dimension == "date"), date)
                         for group, ids, names, read_figures, date in zip(
                             read, self.sets, chain(metrics, repeat(())), chain(quantities, repeat(())),
                             chain(published, repeat(None)), strict=False)]
        # countries a claim names only as a cause or a setting ("because of outages in Kazakhstan"): see false_friend
        for entities, said, terms_of, date in zip(self.entities, read, self.sets, chain(published, repeat(None)),
                                                  strict=False):
            cause = _cause_countries(said, terms_of, country_classes, classes, folds)
            if cause:
                entities["cause"] = {country_classes[c]: self.word[c] for c in cause}
            # and years ("rebounded as demand recovered from its 2024 low"; "after a slump in 2025")
            years = _cause_years(said[0], date) if said and entities["year"] else {}
            if years:
                entities["cause-year"] = years
        self._found = found
        # A long sentence says one thing and much around it: its asides, attributions and
        # trailing clauses weigh FILLER of what they would (see _head).
        # the terms of each claim's statement, not of its keywords or topic (a label: two claims
        # under "investment" are in one area, not about one fact)
        self.stated = [(frozenset(map(classes.__getitem__, map(itemgetter(0), texts[0]))) if texts else frozenset())
                       | frozenset(self.cue_words.get(i, ())) for i, texts in enumerate(each)]
        self._stated_count = [len(texts[0]) if texts else 0 for texts in each]  # how many of found are the statement's
        self.filler: dict[int, frozenset[int]] = {}
        self.lead: dict[int, frozenset[int]] = {}  # of a claim's filler, the terms of the scene its sentence opens with
        # who said it, when it closes the sentence: its terms that the rest of the statement does not write
        self.attributed: dict[int, frozenset[int]] = {}
        for i, said in enumerate(read):
            closing = closing_attribution(said[0]) if said else None
            if closing:
                tail = set(_HEAD_WORD.findall(closing.lower()))
                tail -= set(_HEAD_WORD.findall(said[0][:said[0].rindex(closing)].lower()))
                attributed = frozenset(classes[s] for s, written in found[i] if written in tail)
                if attributed:
                    self.attributed[i] = attributed
        # What a figure is measured in or a share of ("2.3% of GDP", "20.31 per dollar", "$80 a barrel"),
        # and the event a closing phrase of time points back to ("The peso weakened … after the
        # announcement"), when the statement writes them nowhere else: the figure's unit and the
        # occasion, not what the claim is about (defence spending as a share of GDP is no claim about
        # GDP; the peso's fall is no announcement).  They weigh as asides on either side (FILLER) and
        # are no word of what happened.
        self.asides: dict[int, frozenset[int]] = {}
        for i, said in enumerate(read):
            aside = _incidental(said[0]) if said else frozenset()
            if not aside:  # most claims: none of their terms to look for
                continue
            asides = frozenset(classes[s] for s, written in found[i] if written in aside)
            if asides:
                self.asides[i] = asides
                self.attributed[i] = self.attributed.get(i, frozenset()) | asides
        for i, said in enumerate(read):
            if len(found[i]) >= LONG_CLAIM and said and (_BOUNDARY.search(said[0]) or opening_attribution(said[0])):
                # the claim's terms written in its head (read as words, not re-read as terms)
                text = " ".join((_head(said[0]), *said[1:])).lower()
                for phrase, pattern, token in folds:  # the articles' acronyms: "earnings per share" is eps
                    if phrase in text:
                        text = pattern.sub(token, text)
                words = set(_HEAD_WORD.findall(text))
                head = {classes[s] for s, written in found[i] if written in words} | (self.sets[i] & self.figure_terms)
                filler = self.sets[i] - head
                if filler and len(head) >= 3:
                    self.filler[i] = frozenset(filler)
                    lead = set(_HEAD_WORD.findall(" ".join(_lead_in(_SEGMENT.split(said[0]))).lower()))
                    lead_terms = {classes[s] for s, written in found[i] if written in lead} & filler
                    if lead_terms:
                        self.lead[i] = frozenset(lead_terms)
        for i, asides in self.attributed.items():
            self.filler[i] = self.filler.get(i, frozenset()) | asides
        self._orders: dict[int, list[int]] = {}
        self._told: dict[int, frozenset[int]] = {}
        self._roles: dict[int, dict[int, tuple[str, tuple[int, ...]]]] = {}
        self._statements = [said[0] if said else "" for said in read]
        # the dates a claim gives as figures ("on Nov 12"): values compared as figures, not words of a role
        self._dates = [tuple(q.text for q in read_figures if q.dimension == "date")
                       for read_figures, _ in zip(chain(quantities, repeat(())), read, strict=False)]
        self.metric_sets = [frozenset(classes[s] for name in names for s, _ in terms(name[:MAX_TEXT_CHARS], folds, lexicon=True)
                                      if s in classes) for names in metrics]
        self.metric_names = [tuple(name[:MAX_TEXT_CHARS] for name in names) for names in metrics]
        self._written: dict[int, dict[int, str]] = {}
        # Terms related through the lexical table, or through the articles' own
        # introductions ("Chancellor Rachel Reeves": reeves ~ chancellor).
        looked_up = sorted(df, key=lambda s: (-df[s], s))[:FUZZY_STEMS] if len(df) > FUZZY_STEMS else sorted(df)
        forms: dict[str, set[str]] = defaultdict(set)
        for s, written in set(chain.from_iterable(found)):  # each (stem, written) once: long claims repeat them
            forms[s].add(written)
        self.strong, self.weak = _lexical_relations(classes, forms, looked_up)
        # Opposite cues speak of one thing: "unanimous" pairs with "dissented" (polarity.py judges them).
        for one, two in opposite_words():
            a = {classes[s] for w in one for s, _ in terms(w) if s in classes}
            b = {classes[s] for w in two for s, _ in terms(w) if s in classes}
            for c in a:
                self.strong.setdefault(c, set()).update(b - {c})
            for c in b:
                self.strong.setdefault(c, set()).update(a - {c})
        # Verbs of one act speak of one thing: "will scrap its Basic plan" / "abolished the Basic tier"
        # (polarity.same_act reads them as one act too).
        for family in act_words():
            related = {classes[s] for w in family for s, _ in terms(w) if s in classes}
            for c in related:
                self.strong.setdefault(c, set()).update(related - {c})
        # No change speaks of the decision a rise or a cut would be ("will raise its payments"
        # / "payments were left unchanged"); polarity.py then finds them opposite.
        hold = {classes[s] for w in hold_words() for s, _ in terms(w) if s in classes}
        change = {classes[s] for s in ("increase", "decrease") if s in classes}
        for c in hold:
            self.strong.setdefault(c, set()).update(change)
        for c in change:
            self.strong.setdefault(c, set()).update(hold)
        # A quarter meets each of its months ("the first quarter" / "through March"); two months of one
        # quarter do not meet each other (no relation runs through the quarter).  Articles that count
        # fiscal quarters ("the quarter ended Oct. 31" is a third quarter) are left alone.
        fiscal = any(_FISCAL_QUARTERS.search(text) for group in read for text in group[:1]
                     if may_hold(text, _FISCAL_WORDS))
        for quarter, months in () if fiscal else _QUARTER_MONTHS.items():
            if quarter in classes:
                q = classes[quarter]
                for m in (classes[s] for s in months if s in classes):
                    self.strong.setdefault(q, set()).add(m)
                    self.strong.setdefault(m, set()).add(q)
        # "the agency", "the bank": the head noun of the one institution the articles name in full and by its
        # acronym ("International Energy Agency" / IEA) stands for it
        for word, acronym in _institution_heads(self.acronyms, [text for group in read for text in group]).items():
            if word in classes and acronym in classes and classes[word] != classes[acronym]:
                self.weak.setdefault(classes[word], set()).add(classes[acronym])
                self.weak.setdefault(classes[acronym], set()).add(classes[word])
        introduced = _role_names(titled)
        # The articles' own definitions ("Pierre-Olivier Gourinchas, the fund's chief economist,",
        # "IMF chief economist Pierre-Olivier Gourinchas") and a full name against its surname alone
        # ("Pierre-Olivier Gourinchas" / "Gourinchas said"): one person, however named.
        introduced |= _defined_roles(text for group in read for text in group[:1])
        # A role written capitalised before a name at a claim's start ("Treasurer Daniel Mookhey is expected …")
        # is that person's too; the person may still hold an office another claim names alone (_subjects below).
        for title, name in introduced | _opening_roles(text for group in read for text in group[:1]):
            if title in classes and name in classes and classes[title] != classes[name]:
                self.strong.setdefault(classes[title], set()).add(classes[name])
                self.strong.setdefault(classes[name], set()).add(classes[title])
        # A person the articles never introduce ("Mark Rutte will announce …") and a role
        # no claim names ("The Secretary General said …"), each the subject of a claim,
        # may be one: an editor knows who holds the office.
        people, offices = _subjects((group[0] for group in read if group), {name for _, name in introduced})
        for person in (classes[s] for s in people if s in classes):
            for office in (classes[s] for s in offices if s in classes):
                if person != office:
                    self.strong.setdefault(person, set()).add(office)
                    self.strong.setdefault(office, set()).add(person)
        # A person named in full with a role ("Governor Rhee Chang-yong", "Chief executive Maria Lindqvist")
        # and by surname alone ("Rhee told reporters", "Lindqvist said") is one person, whichever word of the
        # name comes last: each word of the full mention meets the surname (see _person_mentions), as a
        # given name meets it for a titled name ending with the surname (_role_names).
        for key, others in _person_mentions(self._statements):
            k = classes.get(key)
            if k is None:
                continue
            for c in {classes[s] for s in others if s in classes} - {k}:
                self.strong.setdefault(c, set()).add(k)
                self.strong.setdefault(k, set()).add(c)

    def _figure_terms(self, values: Sequence[Sequence[tuple[str, str]]], class_df: Counter[int],
                      bounds: dict[str, str]) -> frozenset[int]:
        """One term for each figure value that two claims state ("about €400 million" and "400 million
        euros" are one), added to those claims' sets; a value only one claim states meets nothing and
        weighs nothing.  bounds: a value's key → the key of a bound that holds it (one term)."""
        values = [[(text, bounds.get(key, key)) for text, key in figures] for figures in values]
        df = Counter(key for figures in values for key in {key for _, key in figures})
        ids: dict[str, int] = {}
        start = max(self.classes.values(), default=-1) + 1
        for i, figures in enumerate(values):
            mine = {key: text for text, key in reversed(figures) if df[key] > 1}
            if not mine:
                continue
            for key, text in mine.items():
                c = ids.setdefault(key, start + len(ids))
                self.word.setdefault(c, text)
                self.figure_words.setdefault(i, {})[c] = text
            added = frozenset(ids[key] for key in mine)
            self.sets[i] |= added
            class_df.update(added)
        self.bound_terms = frozenset(c for key, c in ids.items() if key in bounds.values())
        return frozenset(ids.values())

    def statement(self, index: int) -> str:
        """Claim `index`'s statement as pairing read it (MAX_TEXT_CHARS at most)."""
        return self._statements[index]

    def _vote_term(self, read: Sequence[Sequence[str]], class_df: Counter[int]) -> None:
        """One term for how a vote went, in each claim whose statement says it, either way ("unanimous",
        "two members dissented", "voted 4-2", "all six members back"): the claims speak of one vote,
        which polarity.py then finds agreed or opposed.  No term when fewer than two claims say it."""
        self.cue_words: dict[int, dict[int, str]] = {}
        self.cue_terms: frozenset[int] = frozenset()
        cues = [(i, vote_cue(group[0])) for i, group in enumerate(read) if group]
        found = [(i, cue) for i, cue in cues if cue is not None]
        if len(found) < 2:
            return
        c = max(chain(self.classes.values(), self.figure_terms), default=-1) + 1
        for i, cue in found:
            self.sets[i] |= {c}
            class_df[c] += 1
            self.cue_words[i] = {c: cue}
        self.word[c] = found[0][1]
        self.cue_terms = frozenset({c})

    def limits(self, index: int) -> list[str]:
        """Which of the input bounds cut what pairing read of claim `index`, for its reasons."""
        notes = []
        if index in self.clipped:
            notes.append(f"pairing read only the first {MAX_TEXT_CHARS} characters of this claim")
        if self.fuzzy_left_out:
            notes.append(f"spelling variants were sought among the {FUZZY_STEMS:,} commonest terms only "
                         f"({self.fuzzy_left_out:,} rarer ones left out)")
        return notes

    def written(self, index: int) -> dict[int, str]:
        """Each term of claim `index` as that claim first writes it."""
        written = self._written.get(index)
        if written is None:  # asked for each candidate the claim is weighed against: built once
            classes = self.classes
            written = self._written[index] = {classes[s]: w for s, w in reversed(self._found[index])}
            written.update(self.figure_words.get(index, {}))
            written.update(self.cue_words.get(index, {}))
        return written

    def found(self, index: int) -> list[tuple[str, str]]:
        """Claim `index`'s terms as (stem, as written), in the order written, who is involved included."""
        return self._found[index]

    def stated_terms(self, index: int) -> list[int]:
        """Claim `index`'s statement's terms in the order written (its classes), who is involved included."""
        return [self.classes[s] for s, _ in self._found[index][:self._stated_count[index]]]

    def order(self, index: int) -> list[int]:
        """Claim `index`'s terms in the order written, who is involved left out: what follows
        a shared verb is its object ("end bond sales" / "end negative rates")."""
        order = self._orders.get(index)
        if order is None:  # asked for each candidate the claim is weighed against: built once
            order = self._orders[index] = [c for c in (self.classes[s] for s, _ in self._found[index])
                                           if c not in self.actors]
        return order

    def roles(self, index: int) -> dict[int, tuple[str, tuple[int, ...]]]:
        """Claim `index`'s terms that a preposition follows, with the phrase it opens as written
        and its terms: "duties on European brandy" → duty: ("on European brandy", (eu, brandy))."""
        found = self._roles.get(index)
        if found is None:  # asked for each candidate the claim is weighed against: built once
            classes = self.classes
            statement = self._statements[index]
            for date in self._dates[index] if index < len(self._dates) else ():
                statement = statement.replace(date.strip(), " ") if date.strip() else statement
            found = self._roles[index] = _roles(statement,
                                                lambda: {w.lower(): classes[s] for s, w in self._found[index]})
        return found

    def near(self, index: int) -> tuple[frozenset[int], frozenset[int]]:
        """The terms of claim `index` with the terms strongly related to them; the weakly related terms."""
        ids = self.sets[index]
        strong = [self.strong[c] for c in ids if c in self.strong]
        weak = [self.weak[c] for c in ids if c in self.weak]
        near = ids.union(*strong) if strong else ids
        return near, (frozenset().union(*weak) - near if weak else frozenset())

    def told(self, index: int) -> frozenset[int]:
        """The terms of claim `index` with the terms strongly related to those of them that are not who is
        involved: a word related only to a name or a role ("Anna" ≈ Lindqvist) tells nothing more of it."""
        told = self._told.get(index)
        if told is None:  # asked for each expectation the claim is weighed against: built once
            ids = self.sets[index]
            strong = [self.strong[c] for c in ids - self.actors if c in self.strong]
            told = self._told[index] = ids.union(*strong) if strong else ids
        return told

    def met(self, expectation: int, outcome: int) -> tuple[float, frozenset[int]]:
        """The weight of an expectation's terms an outcome meets (alike, strongly or weakly related), and those terms."""
        near, weak = self.near(outcome)
        weight = self.weights(expectation)
        w, met = _met_weight(weight, self.sets[expectation], self.sets[outcome], near, weak)
        return w - self.aside_met(expectation, outcome, weight, met), met

    def unattributed(self, outcome: int, met: frozenset[int]) -> frozenset[int]:
        """The terms of `met` that the outcome meets outside its closing attribution, alike or related."""
        aside = self.attributed.get(outcome)
        if not aside:
            return met
        theirs = self.sets[outcome] - aside
        strong, weak = self.strong, self.weak
        return frozenset(c for c in met if c in theirs or not theirs.isdisjoint(strong.get(c, ()))
                         or not theirs.isdisjoint(weak.get(c, ())))

    def aside_met(self, expectation: int, outcome: int, weight: dict[int, float], met: frozenset[int]) -> float:
        """What the met terms lose where the outcome writes them only in its closing attribution: a
        term there ('"We are resetting the cost base," Chief Executive Officer Kari Lindholm said on a
        call') weighs FILLER of it, as in the expectation's own asides, so that who spoke does not
        outweigh what was said."""
        aside = self.attributed.get(outcome)
        if not aside:
            return 0.0
        mine = self.filler.get(expectation, frozenset())
        return (1 - FILLER) * sum(weight[c] for c in (met & aside) - mine)

    def weights(self, index: int) -> dict[int, float]:
        """The weight of each term of claim `index`: its idf, FILLER of it outside the claim's head."""
        filler = self.filler.get(index)
        if filler is None:
            return self.idf
        idf, lead = self.idf, self.lead.get(index, frozenset())
        return {c: idf[c] * (LEAD_IN if c in lead else FILLER) if c in filler else idf[c] for c in self.sets[index]}

    def weight(self, index: int) -> float:
        """The summed weight of claim `index`'s terms, its figure terms left out (they weigh only when met)."""
        terms = self.sets[index] - self.figure_terms if index in self.figure_words else self.sets[index]
        return sum(map(self.weights(index).__getitem__, terms))

    def figures_met(self, weight: dict[int, float], met: frozenset[int]) -> float:
        """What the figure terms of `met` add to both claims' weights: a value both state weighs in both,
        a value one states alone in neither (its figure is judged by the verdict, not by pairing)."""
        return (1 + BETA2) * sum(weight[c] for c in met & self.figure_terms)


# A figure's base or unit: "2.3% of GDP", "4 per cent of output" (a share of it), "20.31 per dollar",
# "$80 a barrel" (a rate in it); the word after the preposition (an acronym in capitals too); not after
# a year ("in 2026 a record …").  Written to start with the digit, which the engine skips ahead to.
_FIGURE_BASE = compiled(r"\d(?<![\d.,]\d)(?!(?<=1)9\d\d\s|(?<=2)0\d\d\s)(?:[\d.,]*\d)?\s*"
                        r"(?:(?:%|per\s?cent\b|percent\b)\s+of|[a-zA-Z]{0,3}\s+(?:per|a|an)(?!\s+cent\b))"
                        r"\s+(?:the\s+|its\s+|their\s+)?([a-z][a-z-]*|[A-Z]{2,5}\b)")
# In every match of _FIGURE_BASE: "%", "per" ("per cent", "percent", "per dollar"), or a space before "a",
# "an" or "per".  The figure base is tried at every digit, and long claims can hold hundreds ("w123x")
_FIGURE_BASE_HINT = compiled(r"%|per|\s[ap]")


# A closing phrase of time that points back to an event named elsewhere: "… after the announcement",
# "… following the decision", "… ahead of the vote" (the article's determiner: that event)
_OCCASION = compiled(r"\b(?:after|following|before|ahead\s+of)\s+(?:the|this|that|its|his|her|their)\s+"
                     r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s*[.!]?\s*$")
_OCCASION_WORDS = ("after", "following", "before", "ahead")  # one of them opens every match of _OCCASION
OCCASION_CHARS = 100  # "ahead of the leaders' closing declaration." and more


@Handed
def _incidental(statement: str) -> frozenset[str]:
    """The words (lower case) a statement writes only as a figure's base or unit (_FIGURE_BASE) or in
    a closing phrase of time (_OCCASION)."""
    text = statement[:MAX_TEXT_CHARS]
    found = {m.group(1).lower() for m in _FIGURE_BASE.finditer(text)} if _FIGURE_BASE_HINT.search(text) else set()
    # the phrase closes the statement: only its last OCCASION_CHARS are searched
    tail = max(0, len(text) - OCCASION_CHARS)
    occasion = _OCCASION.search(text, tail) if may_hold(text[tail:], _OCCASION_WORDS) else None
    if occasion is not None:
        found.update(occasion.group(1).split())
        text = text[:occasion.start()]
    if not found:
        return frozenset()
    rest = _FIGURE_BASE.sub(" ", text).lower()
    # written elsewhere, alone or in a compound ("per dollar" … "its dollar-hedging programme")
    return frozenset(found - set(_WORD_OR_COMPOUND.findall(rest)) - set(_HEAD_WORD.findall(rest)))


_WORD_OR_COMPOUND = compiled(r"[a-z][a-z-]*")  # a word as _FIGURE_BASE and _OCCASION read it


_DIRECTION_STEMS = frozenset({"increase", "decrease", *UP_WORDS, *DOWN_WORDS})
# Words of change a metric name may hold ("rate cut", "trade growth"): what moves, not which measure
_CHANGE_WORDS = frozenset(s for s, _ in terms("increase decrease cut hike rise growth fall decline reduction gain drop "
                                              "loss"))
_PERIOD_WORDS = frozenset(stem(w) for w in "first second third fourth final quarter half".split())
_MINOR = frozenset({"of", "the", "for", "and", "on", "de", "&"})
_RUN = compiled(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|on|de|&)\s+)*[A-Z][\w'’-]*)+")
# Prepositions that give their initial to some acronyms and not to others, as "of" does: "earnings before interest,
# taxes, depreciation and amortisation" (EBITDA), "loan to value" (LTV), "value at risk" (VaR), "profit before tax"
_JOINERS = _MINOR | {"per", "before", "after", "to", "at", "over", "under", "from", "in", "by", "with"}
_OFFICE_WORDS = frozenset(stem(t) for t in TITLES) | {"general", "chief", "head", "director", "treasurer", "spokesperson"}
# a lower-case word, or a sentence's capitalised first word ("Emerging market and developing economies")
# (a plural's possessive too: "purchasing managers' index" is the PMI)
# A number is a word that spells nothing ("inflation at 2.2% for fiscal" spells no CPIF: the number parts the words)
_LOWER_WORD = compiled(r"(?<![\w'’-])[a-z]+(?![\w'’])|(?<=-)[a-z]+(?![\w'’])|(?:^|(?<=[.!?] ))[A-Z][a-z]+(?![\w'’])"
                       r"|(?<![\w'’-])[a-z]+s(?=['’](?!\w))|(?<![\w.,])\d[\d.,]*")
# A capital at a word's start, another capital after it, six letters at most; written to start
# with the capital, so that the regex engine skips ahead to capitals (six times faster than a \b first).
_ACRONYM_TOKEN = compiled(r"[A-Z](?<!\w[A-Z])(?=[A-Za-z]*[A-Z])[A-Za-z]{1,5}\b")


def article_acronyms(texts: Iterable[str], names: Iterable[str] = ()) -> dict[str, str]:
    """Runs of words whose initials spell an acronym the articles use: run → acronym.

    "Bank of Japan" spells BoJ (with "of") and "Reserve Bank of Fiji" RBF (without);
    an acronym of three letters or more may be spelt out in lower case too ("exchange-traded
    funds" are ETFs, "earnings per share" EPS), its initials skipping a joining word where an
    acronym is likely spelt out (see _lowercase_runs; names: figures' metric names, one such
    place).  A plural acronym is read as its singular, as the stemmer reads the run's last word.
    An acronym written in capitals also stands for the words WordNet spells it out as (_table_runs).
    """
    names = list(names)
    texts = [*texts, *names]
    wanted: dict[str, str] = {}
    for text in texts:
        for m in _ACRONYM_TOKEN.finditer(text):
            token = m.group()
            # "ETFs", "REITs": the plural of ETF, REIT
            singular = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
            wanted[singular.lower()] = singular
    found: dict[str, str] = {}
    if not wanted:
        return found
    long = sorted((a for a in wanted if len(a) >= 3), key=len, reverse=True)
    # one group per acronym: the group that matched says which acronym a run spells
    spelt_out = re.compile("|".join(f"({_initials_pattern(a)})" for a in long)) if long else None
    is_name = [False] * (len(texts) - len(names)) + [True] * len(names)
    for text, name in zip(texts, is_name, strict=True):
        for m in _RUN.finditer(text):
            words, glue = _run_words(m.group())
            for i in range(len(words)):
                if words[i].lower() in _MINOR:
                    continue
                every, capitals = "", ""
                for j in range(i, len(words)):
                    every += words[j][0].lower()
                    if words[j].lower() not in _MINOR:
                        capitals += words[j][0].lower()
                    if j > i and words[j].lower() not in _MINOR:
                        run = "".join(w + g for w, g in zip(words[i:j], glue[i:j], strict=True)) + words[j]
                        for spelt in {every, capitals}:
                            if spelt in wanted and run != wanted[spelt]:
                                found.setdefault(run.lower(), spelt)
        if spelt_out is not None:
            _lowercase_runs(text, spelt_out, long, found, name)
    return {**_table_runs(wanted), **_with_partial_runs(_as_defined(found, texts))}


def _run_words(run: str) -> tuple[list[str], list[str]]:
    """The words of a capitalised run (twelve at most) and what joins each to the next (a space, or a hyphen): a
    compound of capitalised parts gives each part's initial ("Asia-Pacific Economic Cooperation" is APEC, the
    "Forum on China-Africa Cooperation" FOCAC); a part after a hyphen in lower case is the word's own
    ("Co-operation")."""
    words: list[str] = []
    glue: list[str] = []
    for word in run.split()[:12]:
        parts = word.split("-")
        if len(parts) > 1 and all(part[:1].isupper() for part in parts):
            words += parts
            glue += ["-"] * (len(parts) - 1) + [" "]
        else:
            words.append(word)
            glue.append(" ")
    return words[:12], glue[:12]


# An acronym in brackets right after the words it stands for: "the cash reserve ratio (CRR)"
# (words apart by spaces only: a hyphen both in a word and between words let a run of dashes be split every way,
# 40 s on "… of GDP -------------------------- (see table)")
_DEFINED = compiled(r"([\w'’-]+(?:\s+[\w'’&-]+){0,7})\s*\(\s*([A-Z][A-Za-z]{1,5}?)s?\s*\)")


def _as_defined(found: dict[str, str], texts: Sequence[str]) -> dict[str, str]:
    """The runs found, less those spelling an acronym that the articles define by other words: an article writing
    "the cash reserve ratio (CRR)" has said what CRR stands for, and "a cumulative 100 basis points of repo rate
    cuts" spells CRR only by chance (its part "repo rate" would then be the reserve ratio).  A run the definition
    holds ("reserve ratio"), or that holds it, is kept."""
    defined: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        if "(" not in text:
            continue
        for m in _DEFINED.finditer(text):
            acronym, before = m.group(2).lower(), m.group(1).lower()
            defined[acronym].update(run for run, a in found.items() if a == acronym
                                    and (before.endswith(run) or run.endswith(before)))
    return {run: acronym for run, acronym in found.items()
            if not defined.get(acronym) or any(run in d or d in run for d in defined[acronym])}


def _institution_heads(acronyms: dict[str, str], texts: Sequence[str]) -> dict[str, str]:
    """Stem of the last word → acronym, for each name the articles write capitalised in full and by its
    acronym ("International Energy Agency", IEA: "agency" → "iea"), when no other such name ends in that
    word (two banks named leave "the bank" to neither)."""
    found: dict[str, set[str]] = defaultdict(set)
    joined = "\0".join(texts)  # (no \s: a name is not read across two texts)
    for run, acronym in acronyms.items():
        words = run.split()
        # the capitalised last word must be written somewhere: most runs are passed over without a pattern
        if len(words) < 2 or (words[-1][:1].upper() + words[-1][1:]) not in joined:
            continue
        written = r"\s+".join(re.escape(w) if w in _MINOR else re.escape(w[:1].upper() + w[1:]) for w in words)
        if re.search(rf"\b{written}\b", joined):
            found[stem(words[-1])].add(acronym)
    # a part of a name ("Development Bank" of the Asian Development Bank) is that name's
    return {head: next(iter(named)) for head, named in found.items() if len(named) == 1}


def _table_runs(wanted: dict[str, str]) -> dict[str, str]:
    """For each acronym an article writes in capitals, the words WordNet spells it out as, whether the articles
    write them or not ("CPI": "consumer price index"), and those words less the last of three or more ("core
    consumer price forecast" is the core CPI forecast; not less the first: "producer price index" is no CPI)."""
    found: dict[str, str] = {}
    for acronym, written in wanted.items():
        if not written.isupper():
            continue
        for run in lexical.expansions(acronym):
            found.setdefault(run, acronym)
            words = run.split()
            if len(words) >= 3 and not any(w in STOPWORDS or w in _MINOR for w in words):
                found.setdefault(" ".join(words[:-1]), acronym)
    return found


def _with_partial_runs(found: dict[str, str]) -> dict[str, str]:
    """The runs found, and each run of three words or more less its first or its last word:
    an article that spells CPI out as "consumer price index" or OCR as "official cash rate" may
    write only "core consumer price forecast" or "the cash rate".  A part is left out when it
    lies inside another acronym's run: "deposit facility" is neither the "deposit facility rate"
    (DFR) nor the "standing deposit facility" (SDF) when an article names both.  Runs with a function word are names whose
    parts name other things ("Bank of Fiji" of "Reserve Bank of Fiji", "per share")."""
    parts: dict[str, str] = {}
    for run, acronym in found.items():
        words = run.split()
        # a name joined by function words is a proper name: the "Bank of Fiji" is not the RBF
        if len(words) >= 3 and not any(w in STOPWORDS or w in _MINOR for w in words):
            for part in (words[1:], words[:-1]):
                parts.setdefault(" ".join(part), acronym)
    kept = {part: acronym for part, acronym in parts.items()
            if part not in found and all(f" {part} " not in f" {run} " or found[run] == acronym for run in found)}
    return {**found, **kept}


def _initials_pattern(acronym: str) -> str:
    """The pattern of an acronym over a text's initials (see _initials): its first and last letters
    begin content words; a joining word between may give its letter or be skipped ("cost of capital"
    and "conference of the parties" spell CC and COP)."""
    inner = "".join(rf"[A-Z]*[{c}{c.upper()}]" for c in acronym[1:-1])
    return rf"{acronym[0]}{inner}[A-Z]*{acronym[-1]}"


def _initials(text: str) -> tuple[list[re.Match[str]], str]:
    """The lower-case words of text (the first word of a sentence too: it is capitalised only as the
    first) and a string of their initials: a content word's in lower case, a joining word's (of, and,
    per …) in capitals, any other function word a '#', which spells nothing."""
    words = list(_LOWER_WORD.finditer(text))
    # the part of a compound after a hyphen is no function word ("value-added tax" is VAT; "added" is a verb of
    # saying elsewhere)
    initials = "".join("#" if w.group()[0].isdigit()
                       else w.group()[0].lower() if (lower := w.group().lower()) not in STOPWORDS
                       or (w.start() and text[w.start() - 1] == "-" and lower not in _JOINERS)
                       else w.group()[0].upper() if lower in _JOINERS else "#" for w in words)
    return words, initials


def _lowercase_runs(text: str, spelt_out: re.Pattern[str], acronyms: Sequence[str], found: dict[str, str],
                    name: bool) -> None:
    """Runs of lower-case words (a hyphen parts two) whose initials spell one of `acronyms`
    (spelt_out: their patterns, a group each, in that order).

    A run that skips a joining word ("social relief of distress" for SRD, "emerging market and
    developing economies" for EMDE) is read only where an acronym is likely spelt out: in a
    metric name (name), before the acronym in brackets, or for an acronym of four letters or more;
    in running text three initials skipping a word come by chance ("growth and demand projections")."""
    words, initials = _initials(text)
    if len(words) < 3:
        return
    for m in spelt_out.finditer(initials):
        run = words[m.start():m.end()]
        acronym = acronyms[(m.lastindex or 1) - 1]  # one group matched: its index
        # the words must follow one another: only spaces and hyphens between them, or the commas of a list for an
        # acronym of five letters or more or in a metric name ("interest, taxes, depreciation and amortisation" of
        # EBITDA; four nouns in a list spell a GDPR by chance)
        gaps = (" ", "-", "' ", "’ ", ", ") if len(acronym) >= 5 or name else (" ", "-", "' ", "’ ")
        if not all(text[a.end():b.start()] in gaps for a, b in pairwise(run)):
            continue
        if len(run) > len(acronym) and not name and len(acronym) < 4 \
                and not re.match(rf"\s*\(\s*{re.escape(acronym)}s?\s*\)", text[run[-1].end():], re.I):
            continue
        found.setdefault(text[run[0].start():run[-1].end()].lower(), acronym)


# Claims of this many characters in all (a side of some 1,500 claims of a sentence each) are read half in a second
# process (parallel.py) while this one reads the other half (_read_claims): below it, the fork and the pickled
# readings cost more than half the reading saves.
ASIDE_CHARS = 200_000


class _ClaimsRead(NamedTuple):
    """What the Lexicon reads of each claim's texts alone, before it weighs them against the others."""

    each: list[list[list[tuple[str, str]]]]  # the terms of each text of each claim, its figures as written left out
    found: list[list[tuple[str, str]]]  # each claim's terms in one list
    stems_of: list[dict[str, str]]  # each claim's stems, with the form each is first written in
    titled: list[str]  # the texts that name someone by a title ("President Lula"), in order
    capitalised: set[str]  # words written capitalised inside a sentence, lower-cased (_proper_names)
    lower: set[str]  # words written in lower case

    def then(self, more: _ClaimsRead) -> _ClaimsRead:
        """What these claims and then more claims give."""
        return _ClaimsRead(self.each + more.each, self.found + more.found, self.stems_of + more.stems_of,
                           self.titled + more.titled, self.capitalised | more.capitalised, self.lower | more.lower)


def _read_claims(read: Sequence[Sequence[str]], values: Sequence[Sequence[tuple[str, str]]],
                 folds: Sequence[tuple[str, re.Pattern[str], str]]) -> _ClaimsRead:
    """What the Lexicon reads of each claim alone (its texts as read, its figures as written): for long
    articles, the second half of the claims is read in a second process."""
    if len(read) < 2 or sum(len(text) for group in read for text in group) < ASIDE_CHARS:
        return _read_each(read, values, folds)
    half = len(read) // 2
    rest = Aside(lambda: _read_each(read[half:], values[half:], folds))
    try:
        first = _read_each(read[:half], values[:half], folds)
    except BaseException:  # the child is not left blocked on its pipe
        rest.cancel()
        raise
    return first.then(rest.result())


def _read_each(read: Sequence[Sequence[str]], values: Sequence[Sequence[tuple[str, str]]],
               folds: Sequence[tuple[str, re.Pattern[str], str]]) -> _ClaimsRead:
    # Each stem of a claim with its first written form (reversed, so the first occurrence wins).
    each = [[terms(text, folds, lexicon=True) for text in group] for group in read]
    # A figure is met by its value, not by how it is written: "€135bn" is no word of the claim
    # (against "€120bn" it is the figure that differs, which the verdict judges).
    for i, figures in enumerate(values):
        as_written = {w for text, _ in figures for w in _FIGURE_TOKEN.findall(text.lower())}
        if as_written:
            each[i] = [[(s, w) for s, w in texts if w not in as_written] for texts in each[i]]
    found = [list(chain.from_iterable(texts)) for texts in each]
    texts = [text for group in read for text in group]
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        capitalised.update(m.group().lower() for m in _NAME.finditer(text))
        lower.update(_LOWER.findall(text))
    return _ClaimsRead(each, found, [dict(reversed(pairs)) for pairs in found],
                       [text for text in texts if has_title(text) and TITLED_NAME.search(text)], capitalised, lower)


def _acronym_folds(acronyms: dict[str, str]) -> list[tuple[str, re.Pattern[str], str]]:
    # longest first, so "reserve bank of fiji" is read before a "bank of fiji" inside it
    return [(run, re.compile(rf"\b{re.escape(run)}\b"), acronym)
            for run, acronym in sorted(acronyms.items(), key=lambda kv: -len(kv[0]))]


# "first quarter", "first-quarter" are read as Q1 (as an article writes it either way), and each
# quarter's months, full or abbreviated, as stems: see Lexicon (a quarter meets its months).
_QUARTER_FOLDS = [(f"{ordinal}{sep}quarter", compiled(rf"\b{ordinal}{sep}quarter\b"), f"q{n}")
                  for n, ordinal in enumerate(("first", "second", "third", "fourth"), 1) for sep in (" ", "-")]
_FISCAL_QUARTERS = compiled(r"\b(?:quarter|three months|period)\s+(?:ended|ending|to|through)\b|\bfiscal\b|\bFY",
                              re.I)
_FISCAL_WORDS = ("quarter", "three months", "period", "fiscal", "fy")  # each match of _FISCAL_QUARTERS holds one
_QUARTER_MONTHS = {f"q{n}": frozenset(s for month in MONTHS[3 * n - 3:3 * n] for word in {month, month[:3]}
                                      for s, _ in terms(word))
                   for n in range(1, 5)}


def _role_names(texts: Iterable[str]) -> set[tuple[str, str]]:
    """(title stem, surname stem) of each person the articles introduce with a title, and (given name
    stem, surname stem) for the names before the surname."""
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        for m in TITLED_NAME.finditer(text):
            names = terms(m.group(1), lexicon=True)
            titles = terms(m.group(0)[: m.start(1) - m.start(0)], lexicon=True)
            if names:
                pairs.update((title, names[-1][0]) for title, _ in titles)
                pairs.update((given, names[-1][0]) for given, _ in names[:-1])  # "Sanjay Malhotra" / "Malhotra"
    return pairs


_NAME_WORDS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_ROLE_WORDS_RE = r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
# "Name, the fund's chief economist," / "Name, its chief executive." (the role after the name) and
# "the fund's chief economist, Name," / "chief economist Name" (the role before it)
_APPOSED = compiled(rf"({_NAME_WORDS}),\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+['’]s\s+)?"
                      rf"({_ROLE_WORDS_RE})\s*(?=[,;.]|$)")
_ROLE_FIRST = compiled(rf"(?<![\w'’-])({_ROLE_WORDS_RE}),?\s+({_NAME_WORDS})")
# The last word of a role: an office word, or a noun of who does something ("economist", "governor",
# "negotiator", "president", "spokesperson", "commissioner"); the words that end so and are no such noun are left out.
# "-er" alone would take comparatives ("higher", "older") for roles.
_ROLE_ENDINGS = ("ist", "or", "ent", "man", "woman", "person", "maker", "ager", "ster", "ioner")
# words with a role's ending that name no one
_NOT_ROLES = frozenset("sector event moment government agreement statement".split())


_NOT_A_PERSON = compiled(r"\b[A-Z]{2,}\b|\d")


def _is_role(word: str) -> bool:
    word = word.rsplit("-", 1)[-1]  # "vice-president": a president
    return word not in _NOT_ROLES and word not in STOPWORDS and (
        stem(word) in _OFFICE_WORDS or (len(word) >= 5 and word.endswith(_ROLE_ENDINGS)))


# A capitalised word inside a sentence with no capitalised word after it: a name standing on its own ("the Aero
# will", "the Nova and"), not the first word of a longer name.
_ON_ITS_OWN = compiled(r"(?<=[a-z,] )([A-Z][\w'’-]*)(?![\w'’-]|\s+[A-Z\d])")


def _defined_roles(statements: Iterable[str]) -> set[tuple[str, str]]:
    """(word stem, surname stem) for each role the statements define for a name, by apposition or
    before it ("Pierre-Olivier Gourinchas, the fund's chief economist," gives chief and economist;
    "trade negotiator Mara Lind" gives trade and negotiator), and for each word of a name of several
    words before its surname (pierre, olivier of "Pierre-Olivier Gourinchas"): a claim that names
    the person by surname alone meets them.  A name whose leading words the statements also write on their own,
    as the name of a thing ("The dual-motor Aero Performance" beside "The Aero will charge …"), is a product and
    its model, no person with a given name: its words meet nothing ("performance ≈ aero" would pair any claim
    about the Aero with any about the Aero Performance)."""
    pairs: set[tuple[str, str]] = set()
    statements = list(statements)
    alone: set[str] | None = None  # the capitalised words written on their own, read for the first name found
    for text in statements:
        rest = text[1:]
        # (islower first: a C-level look that settles long lower-case claims without a loop)
        if "," not in text and (rest.islower() or not any(c.isupper() for c in rest)):
            continue
        found = [(m.group(1), m.group(2)) for m in _APPOSED.finditer(text)]
        found += [(m.group(2), m.group(1)) for m in _ROLE_FIRST.finditer(text)]
        for name, role in found:
            words = role.lower().split()
            # a role is a noun phrase ("chief economist"), not a clause ("warn that higher"), and a
            # person's name is no acronym or country ("US")
            if not _is_role(words[-1]) or any(w in STOPWORDS for w in words) or _NOT_A_PERSON.search(name):
                continue
            names = [s for s, _ in terms(name, lexicon=True)]
            if not names:
                continue
            if len(name.split()) > 1:
                if alone is None:
                    alone = {m.group(1) for statement in statements for m in _ON_ITS_OWN.finditer(statement)}
                if any(w in alone for w in name.split()[:-1]):
                    continue
            surname = names[-1]
            roles = [s for s, _ in terms(role, lexicon=True)]
            pairs.update((s, surname) for s in roles if s != surname)
            pairs.update((s, surname) for s in names[:-1] if s != surname)
    return pairs


def _opening_roles(statements: Iterable[str]) -> set[tuple[str, str]]:
    """(role stem, name stem) for a role written capitalised before a name at a statement's start ("Treasurer
    Daniel Mookhey is expected …", "Director-General Amara Okafor will …"): the role is that person's and meets the
    surname, as a given name does.  The role's last word is a role (_is_role) and the name no acronym or country."""
    pairs: set[tuple[str, str]] = set()
    for text in statements:
        m = _ROLE_OPENING.match(text)
        if not m or not _is_role(m.group(1).lower()) or _NOT_A_PERSON.search(m.group(2)):
            continue
        names = [s for s, _ in terms(m.group(2), lexicon=True)]
        if not names:
            continue
        roles = [s for s, _ in terms(m.group(1).replace("-", " "), lexicon=True)]
        # as for a title (_role_names): the role meets the surname, and so does each given name
        pairs.update((r, names[-1]) for r in roles if r != names[-1])
        pairs.update((n, names[-1]) for n in names[:-1] if n != names[-1])
    return pairs


def _lexical_relations(classes: dict[str, int], forms: dict[str, set[str]],
                       stems: Sequence[str]) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Classes related through the lexical table: strongly by a shared synonym or family
    group, weakly when one's up group (hypernym, rarer sense) is the other's group.
    Groups that would join more than GENERIC_GROUP classes of these articles are too
    vague and are left out."""
    same: dict[str, set[int]] = defaultdict(set)
    up: dict[str, set[int]] = defaultdict(set)
    for s in stems:
        if len(s) < 3 or s.isdigit() or s in _DIRECTION_STEMS:  # direction is polarity.py's to judge
            continue
        if s in _PERIOD_WORDS:  # a period is compared as a period: "fourth" (quarter) is no "quarter" (a fourth)
            continue
        c = classes[s]
        for word in {s, *sorted(forms.get(s, ()))[:8]}:
            g, u = lexical.groups(word)
            for k in g:
                same[k].add(c)
            for k in u:
                up[k].add(c)
    strong: dict[int, set[int]] = defaultdict(set)
    weak: dict[int, set[int]] = defaultdict(set)
    for k, members in same.items():
        if len(members) + len(up.get(k, ())) > GENERIC_GROUP:
            continue
        for c in members:
            strong[c] |= members
        for c in up.get(k, ()):
            weak[c] |= members
            for m in members:
                weak[m].add(c)
    for table in (strong, weak):
        for c, others in table.items():
            others.discard(c)
    return ({c: o for c, o in strong.items() if o},
            {c: o - strong.get(c, set()) for c, o in weak.items() if o - strong.get(c, set())})


# A year after "until", "beyond", "since" … bounds a period; only a year that says which
# period a figure or an event belongs to ("growth in 2025", "fiscal 2026") names one (qualifiers.named_years).
_BOUNDING = frozenset({"until", "beyond", "through", "since", "from", "after", "before", "till", "by", "to"})
_PERIOD = compiled(r"\b(?:(Q|H)([1-4])|(first|second|third|fourth)[- ](quarter|half))\b", re.I)
# Prefilters, each a part every match of the pattern holds, written to start with a character
# class: the regex engine then skips ahead to it instead of trying the pattern at every position.
# (a digit, or "quarter" or "half" in any case: the alternation written as one class, then what each branch
# needs after it, since the engine skips ahead only to a class it can test without folding case)
_DATED = compiled(r"[\dqhQH](?:(?<=\d)|(?i:uarter|alf))")
_YEAR_HINT = compiled(r"(?:19|20)\d\d\b")
_PERIOD_HINT = compiled(r"[qh](?:[1-4]|uarter|alf)", re.I)
_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


# A model is a code of letters and digits ("E5", "K300", "S24", "F-35", "A321neo") or a name and a
# number ("Aero 14", "Boeing 737"), with the variant words after it ("Aero 14 Pro", "K4 Max"): "the
# E5's price" is not "the E3's price", the "Aurex 5 Pro" not the "Aurex 5".  Quarters, halves and
# fiscal years are periods, not models; a year (four digits) or a day of a month is a date.
_MODEL = compiled(r"\b(?:(?![QH][1-4]\b|FY\d)[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]{0,3}"
                    r"|([A-Z][a-z]{2,})[ -]\d{1,3}(?![\d.,]\d|\s?%|-\d|-[a-z]))\b"
                    rf"(?:[ -](?:{'|'.join(sorted(VARIANTS))})\b)*")
_MODEL_HINT = compiled(r"[A-Z][A-Za-z]{0,3}-?\d|[A-Z][a-z]{2,}[ -]\d")
# A trim named by its variant words alone, after an article or a possessive and before no other capitalised word
# ("the Pro Max", "its Ultra"; not "the Air Force", "the Plus Card"), nor "of": a noun that takes a complement
# heads a phrase of its own ("the Edge of a record", "the Max of its range")
_LONE_VARIANT = compiled(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Nn]ew)\s+((?:{'|'.join(sorted(VARIANTS))})"
                         rf"(?:[ -](?:{'|'.join(sorted(VARIANTS))}))*)\b(?![ -]?[A-Z\d])(?!\s+of\b)")
_VARIANT_WORDS = tuple(sorted(v.lower() for v in VARIANTS))  # one of them is in every match of _LONE_VARIANT
# A name before a number that is a date, a sentence's first word ("About 40 ...") or a currency ("Ksh 500") is no
# product line: a day and month ("March 15", "Dec 31", "Tuesday 3") or a sentence opener is checked where matched.
# Nor is a vote tally ("Senate 51-49") or a compound ("a Gaza 20-point plan").
_NOT_LINES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Measures of one quantity that are different figures: "nominal GDP growth" is not "real GDP
# growth", "core inflation" not "headline inflation", "net profit" not "gross profit" or "operating
# profit", exports not imports.
MEASURES = {kind: tuple(stem(w) for w in words.split()) for kind, words in (
    ("nominal-real", "nominal real"), ("core-headline", "core headline"), ("gross-net", "gross net operating"),
    ("exports-imports", "export import"))}
# Blocs are compared with blocs only: the EU is not another country than France, but the
# European Parliament is not Mercosur's parliaments.
_BLOCS = ("eu", "mercosur", "asean", "opec", "nato", "g7", "g20", "brics", "gcc", "apec")
_ENTITY_KINDS = ("country", "bloc", "region", "year", "period", "model", "exclusion",
                 *(k for k in MEASURES if k != "core-headline"))

_BOUNDARY = compiled(r"[,;:()\u2014]| [-\u2013] | (?:as|after|because|despite|amid|while|which|whereas|although|"
                       r"though|according to|citing|reflecting|following)\b")
_SEGMENT = compiled(r"\s*(?:[,;:()\u2014]|\s[-\u2013]\s)\s*")
# A segment after an aside that opens with one of these goes on with the main clause:
# "A small group of policymakers, led by Austria's governor, is likely to dissent".
_GOES_ON = frozenset("""is are was were will would has have had could can may might should must does do did
""".split())
# A segment that opens with these is an aside even after a short lead-in: "Shipments, which
# analysts say could reach 3 million units, are due to begin on Oct. 10" (not "On growth, ...").
_ASIDE_OPENERS = frozenset("""which who whose whom where when as after because despite amid while whereas although
though according citing reflecting following""".split())
# Prepositions and subordinators that open a scene-setting phrase before the main clause (closed classes)
_LEAD_INS = frozenset("""according at in on without with to after before despite as while although though because
for by under over from since amid following given if unless once when until during""".split())
# a participle opens an aside too ("…, published on the eve of the meeting,"; "…, citing two officials,")
_PARTICIPLE_OPENS = compiled(r"[a-z]+(?:ed|ing)$")
_SUBORDINATE = compiled(r"\s(?:as|after|because|despite|amid|while|which|whereas|although|though|according to|"
                          r"citing|reflecting|following)\s", re.I)
# A clause of cause or setting, where a country or year named is not what the claim is about: "as" of a
# comparison or a list opens none ("exports to Germany as well as France", "partners such as Vietnam", "as of")
_CAUSE_CLAUSE = compiled(r"(?<!\bsuch)(?<!\bwell)(?<!\bmuch)(?<!\bmany)(?<!\bfar)(?<!\blong)(?<!\bsoon)"
                           r"\s(?:as(?!\s+(?:well|much|many|long|soon|far|high|low|little|few|of)\b)|after|because|"
                           r"despite|amid|while|which|whereas|although|though|according to|citing|reflecting|following)\s",
                           re.I)


_HEAD_WORD = compiled(r"[a-z0-9]+")
_FIGURE_TOKEN = compiled(r"\w*\d\w*")  # a figure's words that hold a digit: "135bn" of "€135bn", "16gb"
# A closing attribution: '…," Chief Executive Officer Kari Lindholm said on a call with reporters',
# "…, the ministry said in a statement on Tuesday", "…, according to two people familiar with the talks".
# It names who spoke, not what happened; one that goes on to report ("said that …", "said it would …")
# or gives a figure is not one.
# A clause that opens with a conjunction ("…, while Japan added new curbs") reports another fact.
_ATTRIBUTION = compiled(r"[,;:]\s*[\"”’']?\s*((?!(?:while|whereas|and|but|as|although|though|after|because|since"
                          r"|so|yet)\b)[^,;:\"“”\d]{0,100}?\b(said|says|told|added|according to)\b"
                          r"([^,;:\"“”\d]{0,80}?))[.\"”’']*$", re.I)
# After the verb, these go on to report: "said that …", "said it would …" (before it, "he" is who spoke)
_REPORTED = compiled(r"\b(?:that|it|they|he|she|would|will|was|were|is|are|had|has)\b", re.I)
# "…, he added" and "…, she added on Tuesday" attribute; "added new curbs" reports what was added
_AFTER_ADDED = compiled(r"\s*(?:$|(?:on|in|at|to|during|after|later|in a)\b)", re.I)


@Handed
def closing_attribution(statement: str) -> str | None:
    """The closing attribution of a statement, as written ("…, the ministry said in a statement",
    "…, he said"): who spoke, not what happened.  None when the clause goes on to report ("said that
    …", "said it would …"), gives a figure, opens with a conjunction ("…, while Japan added …"), or
    has "added" take an object ("added new curbs")."""
    m = _ATTRIBUTION.search(statement)
    if m is None or _REPORTED.search(m.group(3)):
        return None
    if m.group(2).lower() == "added" and not _AFTER_ADDED.match(m.group(3)):
        return None
    return m.group(1)
# An opening attribution: "Britain's sherpa, Alastair Brede, told reporters on Monday that leaders would …",
# "Analysts at a broker said they expected …", "The ministry says higher costs are behind …".  The verbs of
# saying that open a report of what someone said (not "added": "The US added 200,000 jobs" reports a count).
_SAYING = frozenset("said says told tells warned warns stressed insisted argued wrote believe believes think thinks "
                    "reckon reckons".split())
_TELLING = frozenset({"told", "tells", "warned", "warns"})  # these take an object first: read only up to "that"
# a subject holding these is a clause of its own, not who spoke ("Revenue is expected to rise and the chief
# executive said …", "If the bank cuts, analysts say …")
_NOT_SUBJECT = frozenset("""is are was were will would could can may might should must has have had do does did be been
being that if when while whereas although though because as after before since unless""".split())
_SPEAKER_WORDS = 12  # words of who spoke, appositive included, at most
_AFTER_SAYING = 8  # words between the verb and "that" at most ("told reporters on Monday in London that")
_WORD_SPAN = compiled(r"\S+")
_OPENING_SETTING = frozenset("on in at after during before to late earlier last this".split())


def opening_attribution(statement: str) -> int:
    """Where what was said begins, when a statement opens with who said it ("Britain's sherpa, Alastair Brede,
    told reporters on Monday that leaders would …" → the offset of "leaders"; "Analysts at a broker said they
    expected …" → of "they"); 0 when it does not.  Who spoke is at most _SPEAKER_WORDS words, with no verb of its
    own nor a clause mark, but an appositive between two commas or a scene before one ("On Monday, the minister
    said …"); what was said is three words or more."""
    spans = list(islice(_WORD_SPAN.finditer(statement), _SPEAKER_WORDS + _AFTER_SAYING + 4))
    words = [m.group().lower().strip(",;:.\"“”'‘’()") for m in spans]
    for k, word in enumerate(words[:_SPEAKER_WORDS + 1]):
        if word in _NOT_SUBJECT or any(q in spans[k].group() for q in "\"“”;:()"):
            return 0
        if word not in _SAYING or k == 0:
            continue
        subject = statement[:spans[k].start()]
        commas = subject.count(",")
        if commas > 2 or (commas == 1 and words[0] not in _LEAD_INS):
            return 0
        rest = spans[k + 1:]
        for j, after in enumerate(rest[:_AFTER_SAYING + 1]):
            if words[k + 1 + j] == "that":
                start = j + 1
                break
            # a clause mark, or a verb of the reported clause ("said the levy would slow a market that …"): no "that"
            # of saying follows
            if any(c in after.group() for c in ",;:\"“”()") or words[k + 1 + j] in _NOT_SUBJECT:
                start = -1
                break
        else:
            start = -1
        if start < 0:  # no "that": what was said follows the verb, when no object or setting comes first
            if word in _TELLING or not rest or words[k + 1] in _OPENING_SETTING:
                return 0
            start = 0
        said = rest[start:]
        if len(said) < 3 and len(list(islice(_WORD_SPAN.finditer(statement, said[0].start() if said else len(statement)),
                                             3))) < 3:
            return 0
        return said[0].start()
    return 0


_EXPECTERS = compiled(r"^.{0,80}?\b(?:expect|predict|anticipate|(?:is|are) (?:betting|looking) (?:on|for)|bet on)s?\b",
                        re.I)


_GLOSS = compiled(r"\s*\([^()]{0,80}\)(?=[\s\w])")  # not one that closes a segment ("… (SLNs), traders said")


def _head(statement: str) -> str:
    """The main clause of a long sentence: its first segment after the scene it opens with (_lead_in; two when
    the first is a short lead-in, "On growth,") and each later one that goes on with it, each cut before a
    trailing subordinate clause ("... 1.75% as a slump in exports ...")."""
    # who said it is not what was said: "Britain's sherpa, Alastair Brede, told reporters … that leaders would …"
    statement = statement[opening_attribution(statement):]
    # a bracketed gloss inside the main clause ("open market operation (OMO) bills to mop up …", "120km (75 miles)
    # on a charge") is an aside, and the clause goes on after it
    statement = _GLOSS.sub("", statement)
    segments = _SEGMENT.split(statement)
    segments = [seg for seg in segments[len(_lead_in(segments)):] if seg]
    kept: list[str] = []
    for k, seg in enumerate(segments):
        first = seg.split(None, 1)[0] if seg.strip() else ""
        if k == 0 or (k == 1 and len(kept[0].split()) <= 3 and first.lower() not in _ASIDE_OPENERS) \
                or first in _GOES_ON:
            m = _SUBORDINATE.search(seg)
            kept.append(seg[:m.start()] if m and m.start() > 0 else seg)
    head = " ".join(kept)
    # who expects it is not what is expected: "Economists polled this week expect the decision
    # to be unanimous", "Wall Street is looking for adjusted EPS of $1.12"
    m = _EXPECTERS.search(head)
    return head[m.end():] if m and len(head) - m.end() > 20 else head


def _lead_in(segments: Sequence[str]) -> Sequence[str]:
    """The segments of a sentence (split by _SEGMENT) that set the scene before its main clause: a first one that
    opens with a preposition or a subordinator ("According to order-guide pages shared with …,", "At her news
    conference,", "Without an absolute majority in the Assembly,") and the asides straight after it ("At his news
    conference, which is scheduled to start at 2:30 p.m. EDT (1830 GMT), Fed Chair Jerome Powell is likely to …",
    "…, published on the eve of the meeting,"), up to the first segment of three words or more that opens with none
    of them; none when no such segment follows."""
    if not segments or not segments[0].strip() or segments[0].split(None, 1)[0].lower() not in _LEAD_INS:
        return ()
    for k, seg in enumerate(segments):
        words = seg.split()
        if len(words) >= 3 and words[0].lower() not in _LEAD_INS and words[0].lower() not in _ASIDE_OPENERS \
                and not _PARTICIPLE_OPENS.match(words[0]):
            return segments[:k]
    return ()


# A capital after "x " (the lookbehind after the capital, so the engine skips ahead to capitals)
_NAME = compiled(r"[A-Z](?<=[a-z,;] [A-Z])[a-z]+(?:[-'’][A-Z]?[a-z]+)?\b")
# a word in lower case: "\b[a-z][a-z'’-]+\b" with the boundary before it tested after its first letter
_LOWER = compiled(r"[a-z](?<!\w[a-z])[a-z'’-]+\b")


# (a name's letters may be accented: "Glapiński", "Ásgeir")
_NAME_LETTERS = r"(?:[a-z'’-]|[^\W\d_\x00-\x7f])+"
_PERSON = compiled(r"(?!(?:The|A|An|This|That|Its|His|Her|Their) )"
                   rf"([A-ZÀ-ÖØ-Þ]{_NAME_LETTERS}(?: [A-ZÀ-ÖØ-Þ]{_NAME_LETTERS}){{0,2}}) "
                   r"(?:will|would|said|says|told|warned|declined|is|was|has|announced|refused|signalled|signaled|"
                   r"urged|called)\b")
# an office is a statement's subject at its start ("The Secretary General said …") or in a clause after a comma:
# a closing attribution ("…, the Treasurer stressed.") or after an opening clause ("Speaking to reporters, the NBP
# president said …")
_OFFICE = compiled(r"(?:^|(?<=, ))[Tt]he (?:[A-Za-z][\w-]*['’]s )?((?:[A-Za-z-]+ ){0,2}[A-Za-z-]+) (?:will|would|said|"
                     r"says|told|warned|declined|announced|refused|signalled|signaled|urged|called|stressed|noted|"
                     r"added|argued)\b")
# a role written capitalised before a name at a statement's start ("Director-General Amara Okafor will",
# "Treasurer Daniel Mookhey is"): the role, and the name after it
_ROLE_OPENING = compiled(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})\b")


def _subjects(statements: Iterable[str], introduced: set[str]) -> tuple[set[str], set[str]]:
    """Stems of the people who are the subject of a statement and whom no title introduces
    (a surname the lexical table does not know: "Gourinchas said", "Mark Rutte will"), and
    of the offices that are a statement's subject without a name ("The Fund's chief
    economist will", "The Secretary General said").  Empty sets unless both are found."""
    people: set[str] = set()
    offices: set[str] = set()
    for statement in statements:
        m = _PERSON.match(statement)
        opening = _ROLE_OPENING.match(statement)
        if opening and _is_role(opening.group(1).lower()):  # "Director-General Amara Okafor will": the name after it
            m = _PERSON.match(statement, opening.start(2))
        if m:
            surname = m.group(1).split()[-1].lower()
            found = [s for s, _ in terms(m.group(1), lexicon=True)]
            if found and found[-1] not in introduced and not lexical.lemmas(surname):
                people.update(found)
            continue
        m = _OFFICE.search(statement) if "he " in statement else None
        if m:
            words = [s for s, _ in terms(m.group(1), lexicon=True)]
            # an office is named by an office word ("The chief financial officer") or a role as its last
            # word ("The Fund's chief economist"), not by any word ending like one ("The youth rental
            # voucher will", "The ad-supported tier will" name no office)
            if words and (any(w in _OFFICE_WORDS for w in words) or _is_role(m.group(1).split()[-1].lower())):
                offices.update(words)
    return (people, offices) if people and offices else (set(), set())


_SURNAME = compiled(r"(?!(?:The|A|An|This|That|Its|His|Her|Their|It|He|She|They|We|But|And) )([A-Z][\w'’-]+) "
                     r"(?:said|says|told|warned|added|declined|announced|refused|signalled|signaled|urged|called|"
                     r"stressed|noted|argued)\b")
_CAPITALISED_RUN = compiled(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_BEFORE_RUN = compiled(r"((?:[A-Za-z][\w-]*\s+){1,3})$")
_NON_SPACE = compiled(r"\S+")


def _person_mentions(statements: Sequence[str]) -> set[tuple[str, frozenset[str]]]:
    """Each full mention of a person the statements also name by surname alone, as the
    subject of a verb of saying ("Rhee told", "Lindqvist said"): (the surname's stem, the stems of the
    mention's other words but those any statement also writes in lower case outside a mention: "chief
    financial officer" beside "Chief Executive Officer Marta Ruiz" is a word of its own).  A mention is
    a capitalised run holding the surname that either ends with it ("Maria Lindqvist") or holds a title
    ("Governor Rhee Chang-yong": a surname first), with the role words just before it ("Chief executive
    Maria Lindqvist": up to three words, see _role_before).  A run without either ("Nova Pro", "Kestrel Motors") may name a product or a
    company apart from its maker: it is left alone."""
    # a name, not a word that opens a sentence ("Analysts said"): written capitalised inside a statement and
    # nowhere in lower case, as _proper_names reads names ("Bird said" with "Chief executive Sarah Bird")
    capitalised = {m.group().lower() for statement in statements for m in _NAME.finditer(statement)}
    capitalised -= {w for statement in statements for w in _LOWER.findall(statement)}
    surnames: set[str] = set()
    for statement in statements:
        m = _SURNAME.match(statement)
        if m and m.group(1).lower() in capitalised:
            surnames.update(s for s, _ in terms(m.group(1), lexicon=True))
    found: set[tuple[str, frozenset[str]]] = set()
    lower: set[str] = set()  # the words written in lower case outside the mentions
    if not surnames:
        return found
    for statement in statements:
        mentioned: list[tuple[str, frozenset[str], tuple[int, int]]] = []
        for m in _CAPITALISED_RUN.finditer(statement):
            run = [s for s, _ in terms(m.group(), lexicon=True)]
            keys = [s for s in run if s in surnames]
            if not keys:
                continue
            key = keys[-1]
            titled = any(w.lower().rstrip(".") in TITLES for w in m.group().split())
            if run[-1] != key and not titled:
                continue
            before = _BEFORE_RUN.search(statement, 0, m.start())
            words = list(_NON_SPACE.finditer(before.group(1))) if before else []
            k = _role_before([w.group() for w in words])
            start = before.start(1) + words[-k].start() if before and k else m.start()
            others = frozenset(run + [s for s, _ in terms(statement[start:m.start()], lexicon=True)]) - {key}
            if others:
                mentioned.append((key, others, (start, m.end())))
        rest = statement
        for _, _, (start, end) in reversed(mentioned):
            rest = rest[:start] + " " + rest[end:]
        lower.update(s for w in _LOWER.findall(rest) for s, _ in terms(w, lexicon=True))
        found.update((key, others) for key, others, _ in mentioned)
    return {(key, others - lower) for key, others in found if others - lower}


def _role_before(words: Sequence[str]) -> int:
    """How many of the words just before a name give its role: the longest run of their last few that
    opens with an office word or ends with a role or an office word ("Chief executive", "finance
    minister", "central bank governor"; of "expects chief executive", the last two), else 0."""
    for k in range(len(words), 0, -1):
        run = [w.lower() for w in words[-k:]]
        if any(w in STOPWORDS for w in run):
            continue
        if stem(run[0]) in _OFFICE_WORDS or stem(run[-1]) in _OFFICE_WORDS or _is_role(run[-1]):
            return k
    return 0


def _proper_names(capitalised: set[str], lower: set[str]) -> tuple[set[str], set[str]]:
    """Stems of words written capitalised inside a sentence and never in lower case (names),
    and the stems of the words written in lower case somewhere (the claims' words, as _read_each finds them).

    Only a name three claims or more give is who is involved; "Arab Light" in two is a product."""
    return ({s for name in capitalised - lower for s, _ in terms(name, lexicon=True)},
            {s for word in lower for s, _ in terms(word, lexicon=True)})


def _entities(texts: Sequence[str], ids: frozenset[int], countries: dict[int, str], measures: dict[int, str],
              word: dict[int, str], exclusion: dict[str, str], dates: Sequence[str] = (),
              published: str | None = None) -> dict[str, dict[str, str]]:
    """kind → {key: as written} of the entities a claim names: countries, years, quarters and
    halves, models ("E5", "K300"), measures of one quantity (nominal or real, gross or net) and what a
    measure excludes (_exclusion).  The year or quarter of a date the claim gives as a figure ("on track for the
    June quarter of 2027" / "pushed back to the first half of 2028") is that figure's value, compared as a
    figure: it names no other period."""
    found: dict[str, dict[str, str]] = {kind: {} for kind in _ENTITY_KINDS}
    found["exclusion"] = exclusion
    for c in ids:
        if c in countries:
            found["country"][countries[c]] = word[c]
        elif c in measures:
            found[measures[c]][word[c].lower()] = word[c]
    statement = texts[0] if texts else ""
    found["model"].update(models(statement))
    for date in dates:
        statement = statement.replace(date.strip(), " ") if date.strip() else statement
    relative: dict[str, str] = {}
    dated = published is not None and may_hold(statement, ("year",))
    if not _DATED.search(statement) and not dated:
        return found
    for start, key, written in named_years(statement, published) if dated or _YEAR_HINT.search(statement) else ():
        if not _BOUNDING.intersection(statement[max(0, start - 8):start].lower().split()[-1:]) \
                and not baseline_year(statement, start) \
                and not (written[:1].isalpha() and _BASELINE_RELATIVE.search(statement[max(0, start - 40):start])):
            if _RELATIVE_WORD.match(written):
                relative[key] = written
            else:
                found["year"][key] = written
    # a relative year ("this year") only where no year is written alike; kept apart as "relative-year" too, since it may
    # lift the veto of years written otherwise, never make one (false_friend)
    found["relative-year"] = {k: w for k, w in relative.items() if k not in found["year"]}
    found["year"].update(found["relative-year"])
    for m in _PERIOD.finditer(statement) if _PERIOD_HINT.search(statement) else ():
        if m.group(1):
            key = ("quarter " if m.group(1).upper() == "Q" else "half ") + m.group(2)
        else:
            key = f"{m.group(4).lower()} {_ORDINAL[m.group(3).lower()]}"
        found["period"][key] = m.group()
    return found


_RELATIVE_WORD = compiled(r"(?:this|next|current|coming)\s", re.I)
# A relative year with a word of comparison just before it is a baseline too: "an 8.5% increase on this year's
# ceiling", "down from 1.4% this year", "higher than this year"
_BASELINE_RELATIVE = compiled(r"\b(?:on|from|than|over|versus|vs\.?|against|above|below|compared\s+(?:with|to))"
                                r"(?:\s+\S+){0,2}\s+$", re.I)
# A figure's baseline and its year: "… next year from 3.9% in 2026", "up from $7.1 billion in 2025", "compared with
# 1.4% in 2024" (the figure holds a digit; a unit word may follow it)
_BASELINE_YEAR = compiled(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:about\s+|around\s+|roughly\s+)?"
                            r"[^\s,;]*\d[^\s,;]*(?:\s+(?:per\s+cent|percent|pct|billion|million|trillion|bn|mn|m|"
                            r"points?))?\s+(?:(?:in|for)\s+)?$", re.I)  # "from 3.9% this year" too
BASELINE_CHARS = 60  # what is read before a year for its baseline


def baseline_year(statement: str, start: int) -> bool:
    """Whether the year written at `start` is a figure's baseline ("the deficit would narrow to 3.3% next year from
    3.9% in 2026"; "up from $7.1 billion in 2025"): when the baseline was, not what the claim is about."""
    return _BASELINE_YEAR.search(statement[max(0, start - BASELINE_CHARS):start]) is not None


def _cause_countries(texts: Sequence[str], ids: frozenset[int], countries: dict[int, str], classes: dict[str, int],
                     folds: Sequence[tuple[str, re.Pattern[str], str]]) -> frozenset[int]:
    """The countries a claim names only in a trailing clause of cause or setting ("OPEC+ output declined
    because of outages in Kazakhstan", "… rose as Saudi Arabia lifted output"): not who the claim is
    about.  Two claims that each name their other country so are not another fact (false_friend).  The
    statement says which role a country has; keywords list it either way."""
    named = ids.intersection(countries)
    statement = texts[0] if texts else ""
    m = _CAUSE_CLAUSE.search(statement) if named else None
    if m is None:
        return frozenset()
    main = {classes.get(s) for s, _ in terms(statement[:m.start()], folds, lexicon=True)}
    in_clause = {classes.get(s) for s, _ in terms(statement[m.start():], folds, lexicon=True)}
    return frozenset((named & in_clause) - main)


def _cause_years(statement: str, published: str | None = None) -> dict[str, str]:
    """The years a statement names only in a trailing clause of cause or setting (key → as written):
    "Exports are expected to rebound in the second quarter after a slump in 2025" → {"2025": "2025"}."""
    m = _CAUSE_CLAUSE.search(statement)
    if m is None:
        return {}
    named = named_years(statement, published)
    main = {key for start, key, _ in named if start < m.start()}
    return {key: written for start, key, written in named if start >= m.start() and key not in main}


# What a measure leaves out, or says it left out: "excluding food and energy", "excl. items",
# "non-oil", and the words for such a measure ("adjusted EPS" is earnings excluding items, as a
# non-GAAP figure is; "core" and "underlying" inflation exclude food and energy).
_EXCLUDING = compiled(r"\b(?:(?:excluding|excl\.)\s+(?:the\s+)?[\w-]+(?:\s+(?:and|&)\s+[\w-]+)?"
                        r"|adjusted|underlying|core|non-(?!farm\b)\w+"
                        # a primary balance leaves out interest payments ("primary deficit", "primary budget surplus")
                        r"|primary(?=\s+(?:(?:budget|fiscal)\s+)?(?:balance|deficit|surplus)))\b", re.I)
# (not "non-farm": "non-farm payrolls" is the headline jobs measure, which "payrolls" alone names)
_EXCLUDING_WORDS = ("excl", "adjusted", "underlying", "core", "non-", "primary")  # one of them opens every match of _EXCLUDING


def _exclusion(statement: Sequence[str], metrics: Sequence[str], headline: frozenset[int]) -> dict[str, str]:
    """What a claim's measure leaves out, as an entity of the kind "exclusion" (keys: _EXCLUSION_KEYS):
    {"excluding": "excluding food and energy"} when a figure's name says it ("excluding items", "adjusted",
    "core" are one), {"said": "core"} when only the statement does; {"none": "no exclusion"} for a headline
    measure, {"implied": "no exclusion"} for a claim that gives figures and names no exclusion ("CPIF 2.2%" is
    not "CPIF excluding energy 2.6%"); {} for a claim that says nothing of it."""
    def excluded(texts: Sequence[str]) -> list[str]:
        return sorted({m.group().lower() for text in texts if may_hold(text, _EXCLUDING_WORDS)
                       for m in _EXCLUDING.finditer(text)})
    named = excluded(metrics)
    if named:
        return {"excluding": ", ".join(named)}
    said = excluded(statement)
    if said:
        return {"said": ", ".join(said)}
    return {"none": "no exclusion"} if headline else {"implied": "no exclusion"} if metrics else {}


# Words that say a measure's name leaves nothing out: "headline inflation", "reported profit", "statutory profit",
# "overall deficit"
# (in a statement "reported" is mostly the verb, so only the names of figures are read for them)
_PLAIN = compiled(r"\b(?:headline|reported|statutory|overall|all[- ]items)\b", re.I)


def measure_exclusion(name: str) -> str | None:
    """Whether a figure's name says what its measure leaves out ("excluding": "core inflation", "underlying
    profit", "EPS excl. items") or that it leaves nothing out ("plain": "headline inflation", "reported
    profit"); None when it says neither."""
    if may_hold(name, _EXCLUDING_WORDS) and _EXCLUDING.search(name):
        return "excluding"
    return "plain" if _PLAIN.search(name) else None


# A statement's word that its measure leaves nothing out: "headline" alone ("reported" is mostly the verb there,
# "overall" an adverb)
_HEADLINE = compiled(r"\bheadline\b", re.I)


def said_exclusion(statement: str) -> str | None:
    """What a claim's statement says its measure leaves out, read as measure_exclusion reads a figure's name:
    "excluding" ("Underlying CPI-ATE inflation is projected at 2.9%"), "plain" ("Headline CPI inflation is
    forecast at 2.6%"); None when it says neither, or both (two measures in one sentence)."""
    excluding = may_hold(statement, _EXCLUDING_WORDS) and _EXCLUDING.search(statement) is not None
    plain = _HEADLINE.search(statement) is not None
    return None if excluding == plain else "excluding" if excluding else "plain"


# Which readings of what a measure leaves out are one measure (_exclusion's keys): a figure named without the
# qualifier its statement gives ("Core inflation, measured by the CPI-ATE, …" with "CPI-ATE inflation 2027")
# meets one named plainly, as a slot one claim leaves unfilled is no clash; a headline measure said so does not.
_EXCLUSION_KEYS = frozenset({frozenset({"excluding", "said"}), frozenset({"said", "implied"}),
                             frozenset({"none", "implied"})})


def _same_exclusion(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in _EXCLUSION_KEYS


def _agreeing(mine: dict[str, dict[str, str]], theirs: dict[str, dict[str, str]]) -> set[tuple[str, str]]:
    """The entities two claims both name, as (kind, key); two plain measures ("no exclusion") name none."""
    return {(kind, key) for kind in _ENTITY_KINDS for key in mine[kind]
            if key in theirs[kind] and key not in ("none", "implied")}


def models(statement: str) -> dict[str, str]:
    """The models a statement names, key (lower case, no spaces or hyphens) → as written: "Aero 14 Pro" →
    {"aero14pro": "Aero 14 Pro"}."""
    return dict(_models(statement))


# A claim's models are read for its entities and again for each pair the verdict weighs it in (predicted_models):
# read once (bounded: a hostile file can hold millions of claims; two files of 12,000 fit)
@lru_cache(maxsize=1 << 15)
def _models(statement: str) -> tuple[tuple[str, str], ...]:
    return _models_of(statement)


@Handed
def _models_of(statement: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for m in _MODEL.finditer(statement) if _MODEL_HINT.search(statement) else ():
        line = m.group(1)
        if line is not None and (line.lower() in _NOT_LINES or currencies.is_head(line.lower())
                                 or currencies.symbol_codes(line) or not statement[:m.start()].strip()
                                 or statement[:m.start()].rstrip()[-1:] in ".!?:;"):
            continue
        if line is None and _is_money_sign(m.group()):  # "KSh702 billion", "RM42": an amount, not a model
            continue
        found[re.sub(r"[\s-]", "", m.group().lower())] = m.group()
    # a trim named by its variant words alone ("the Pro Max will start at $1,199", "the Air goes on sale"): the
    # model whose line the article names elsewhere, key "|" and its variant words (_same_model)
    for m in _LONE_VARIANT.finditer(statement) if may_hold(statement, _VARIANT_WORDS) else ():
        found["|" + re.sub(r"[\s-]", "", m.group(1).lower())] = m.group(1)
    return tuple(found.items())


def _is_money_sign(name: str) -> bool:
    """Whether the letters a model-like name opens with are a currency's symbol or code glued to its amount
    ("KSh702", "RM42", "USD500"; a hyphen makes a name: "SR-71")."""
    letters = name[:len(name) - len(name.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))]
    return name[len(letters):len(letters) + 1].isdigit() \
        and bool(currencies.symbol_codes(letters) or currencies.is_code(letters))


def _same_model(a: str, b: str) -> bool:
    """Whether two model keys (models()) name one model: alike, or one a trim named by its variant words alone
    ("|pro", "the Pro") and the other a model of those variant words ("nova9pro", "the Nova 9 Pro"): the report
    that drops the line names no other model."""
    if a == b:
        return True
    lone, full = (a, b) if a.startswith("|") else (b, a)
    return lone.startswith("|") and not full.startswith("|") and full.endswith(lone[1:]) \
        and not full[:-len(lone) + 1].endswith(tuple(v.lower() for v in VARIANTS))


def predicted_models(mine: str, theirs: str) -> tuple[str, str] | None:
    """When two statements name one model and each names another the other does not ("The Corsa 15 will
    use the Tern 9 processor" / "The Corsa 15 ships with the Tern 8"), the shared one is what both are
    about and the others are what is said of it, the slot an expectation predicts: the models of each
    that differ, as written (an editor calls them contradicted).  None otherwise."""
    a, b = models(mine), models(theirs)
    if not a.keys() & b.keys() or not a.keys() - b.keys() or not b.keys() - a.keys():
        return None
    return ", ".join(a[k] for k in a.keys() - b.keys()), ", ".join(b[k] for k in b.keys() - a.keys())


# The entities a claim names only in a clause of cause or setting, by the kind they are of (see Lexicon.entities)
_CAUSES = {"country": "cause", "year": "cause-year"}


def false_friend(mine: dict[str, dict[str, str]], theirs: dict[str, dict[str, str]]) -> str | None:
    """Why two claims cannot be one fact: each names an entity of one kind the other does not.

    Which slot an entity fills decides: an entity of what the claim is about (its subject, its metric)
    that differs makes another fact; a model beside one both name is what the claim says of that
    model, its predicted value (predicted_models), and does not part them."""
    for kind in _ENTITY_KINDS:
        # "korea" (from "Korean") is either Korea: it meets "southkorea" and "northkorea"
        # and "FY2026" is either fiscal year of 2026, "2025-26" or "2026-27" (qualifiers.year_meets);
        # a model is that model only ("Aurex 5" is not the "Aurex 5 Pro")
        if kind == "model" and any(_same_model(a, b) for a in mine[kind] for b in theirs[kind]):
            continue
        same = year_meets if kind == "year" else _same_model if kind == "model" \
            else _same_exclusion if kind == "exclusion" else _contains
        only_mine = [k for k in mine[kind] if not any(same(k, o) for o in theirs[kind])]
        only_theirs = [k for k in theirs[kind] if not any(same(o, k) for o in mine[kind])]
        if kind == "year" and (mine.get("relative-year") or theirs.get("relative-year")):
            # a relative year may lift the veto of the years written ("cut its 2026 growth forecast" / "expand 0.6%
            # this year … 1.1% in 2027"), never make one: the years written alone must part them too
            written_mine = [k for k in mine[kind] if k not in mine.get("relative-year", {})]
            written_theirs = [k for k in theirs[kind] if k not in theirs.get("relative-year", {})]
            if not ([k for k in written_mine if not any(same(k, o) for o in written_theirs)]
                    and [k for k in written_theirs if not any(same(o, k) for o in written_mine)]):
                continue
        cause = _CAUSES.get(kind)
        if cause is not None and set(only_mine) <= mine.get(cause, {}).keys() \
                and set(only_theirs) <= theirs.get(cause, {}).keys():
            # each names its other country only as a cause or setting ("OPEC+ output declined because of outages
            # in Kazakhstan" / "rose as Saudi Arabia lifted output"), or its other year ("after a slump in 2025" /
            # "as demand recovered from its 2024 low"): one subject, judged by the verdict
            continue
        only_mine = [mine[kind][k] for k in only_mine]
        only_theirs = [theirs[kind][k] for k in only_theirs]
        if only_mine and only_theirs:
            return f"names {', '.join(only_mine)} where it names {', '.join(only_theirs)}"
    return None


def converse_qualifier(mine: Sequence[tuple[str, str]], theirs: Sequence[tuple[str, str]],
                       said_mine: frozenset[str], said_theirs: frozenset[str]) -> tuple[str, str] | None:
    """The words, as written, that make two names of one measure converse: "non-X" where the other
    has X ("non-GAAP" / "GAAP", "non-oil" / "oil"), or WordNet antonyms ("borrowing" / "lending",
    "urban" / "rural", "exports" / "imports"; lexical.converse), each said on one side only (said_mine,
    said_theirs: the stems each side says anywhere).  Words of direction or change are left out: a
    rise against a fall is what the claims predict, for polarity.py to judge.  mine, theirs: the
    names' terms as (stem, as written), in order."""
    for a, b, flip in ((mine, theirs, False), (theirs, mine, True)):
        plain = {s for k, (s, _) in enumerate(b) if not k or b[k - 1][0] != "non"}
        for k, (s, _) in enumerate(a[:-1]):
            if s == "non" and a[k + 1][0] in plain:
                found = (f"non-{a[k + 1][1]}", a[k + 1][1])
                return found[::-1] if flip else found
    # a word said in another form on the other side is said there: "small" in "smaller case", "large" in "larger"
    said_mine, said_theirs = _with_bases(said_mine), _with_bases(said_theirs)
    for s, w in mine:
        if s in said_theirs or s in _DIRECTION_STEMS or s in _CHANGE_WORDS:
            continue
        for t, v in theirs:
            if t not in said_mine and t not in _DIRECTION_STEMS and t not in _CHANGE_WORDS \
                    and lexical.converse(w.lower(), v.lower()):
                return w, v
    return None


def _with_bases(said: frozenset[str]) -> frozenset[str]:
    """Stems with the base forms WordNet gives them ("smaller" → "small", "larger" → "large"), as stems."""
    return said.union(stem(base) for s in said for base in lexical.lemmas(s)[1:])


def other_converse(lexicon: Lexicon, e: int, r: int) -> str | None:
    """When a figure of each claim measures one thing qualified by converse words (converse_qualifier:
    "overnight borrowing rate" / "overnight lending rate", "non-GAAP gross margin" / "GAAP gross
    margin"), the claims state two measures: what differs.  The slot a metric name fills is what the
    claim is about, so a converse word there makes another fact; in the verb ("raise" / "lower") it is
    what the claim predicts, and no metric name holds it."""
    names = lexicon.metric_names
    if e >= len(names) or r >= len(names) or not names[e] or not names[r]:
        return None
    folds = lexicon.folds
    # what each claim says: its statement and every one of its metric names ("small case size" and "large case
    # size" against "smaller case" and "larger case": each side says both sizes, no size is the other's alone)
    said = [frozenset(s for s, _ in lexicon.found(i)).union(
        s for name in names[i] for s, _ in terms(name, folds, lexicon=True)) for i in (e, r)]
    for mine in names[e]:
        a = terms(mine, folds, lexicon=True)
        for theirs in names[r]:
            b = terms(theirs, folds, lexicon=True)
            found = converse_qualifier(a, b, said[0], said[1])
            if found is not None:
                return f"measures '{mine}' where it measures '{theirs}' ({found[0]} ≠ {found[1]})"
    return None


def _contains(a: str, b: str) -> bool:
    return a in b or b in a


def _other_object(lexicon: Lexicon, e: int, r: int, content: frozenset[int], under: bool = False) -> str | None:
    """When the two claims share one term of what happened and each follows it with other
    words ("will end bond sales" / "will end negative rates"), they do different things to
    different objects.  Every place the term is written counts (in the report claim also a
    word strongly related to it), and an object naming the same country or party is the same
    object ("a statement on the war in Sudan" / "a communique on Sudan")."""
    whole = len(content) == 1  # one term shared: read wherever each claim writes it
    if not whole and not under:
        return None
    if not whole:
        # else what both statements write (a topic or keyword both give is a label, not the thing), less a value
        # both give (what is said of the thing): "a regional reinsurance pool … worth US$500 million" / "a
        # regional food security fund with US$500 million"
        content = (content & lexicon.stated[e] & lexicon.stated[r]) - lexicon.figure_terms
        if len(content) < 2:
            return None  # one word left ("endorse", "dairy") is as often a verb or a setting as the thing
    if not content or len(content) > 3 or not content <= lexicon.lowercase:
        return None  # a name ("Google") is who acts, not what they do
    actors, classes = lexicon.actors, lexicon.classes
    size = len(content)
    (term,) = content if size == 1 else (None,)
    places = []
    lasts: set[int] = set()  # the run's last term as each claim writes it
    for i, said in ((e, content), (r, content | lexicon.strong.get(term, set()) if term is not None else content)):
        written = [classes[s] for s, _ in lexicon.found(i)] if whole else lexicon.stated_terms(i)
        as_written = [w for _, w in lexicon.found(i)]
        statement = lexicon.statement(i)
        found = []
        covered: set[int] = set()
        for at in range(len(written) - size + 1):
            run = written[at:at + size]
            if run[0] in said if size == 1 else set(run) == content:
                # several shared terms count only written together, in any order, as one name of a thing:
                # "the payroll tax threshold" / "the payroll tax rebate"
                covered.update(range(at, at + size))
                lasts.add(run[-1])
                after = written[at + size:at + size + 3]
                if not whole:  # a run names a thing with the word written right after it, or with none
                    after = after[:1] if after and re.search(
                        rf"\b{re.escape(as_written[at + size - 1])}[\s-]+{re.escape(as_written[at + size])}\b",
                        statement[:MAX_TEXT_CHARS], re.I) else []
                found.append(([d for d in after if d not in actors][:2], {d for d in after if d in actors}))
        if any(c in content and at not in covered for at, c in enumerate(written)):
            return None  # a shared term also written apart: no one thing both name
        places.append(found)
    mine, theirs = places
    if not mine or not theirs or not all(objects for objects, _ in mine + theirs):
        return None
    if any(_subject_of(lexicon, i, last) for i in (e, r) for last in lasts):
        return None  # what follows a subject is what is said of it, which the verdict judges
    if denies(lexicon.statement(e)) and denies(lexicon.statement(r)):
        # two denials of one act speak of one thing not happening, each in its own words ("will not name
        # China directly" / "refrained from mentioning Beijing by name"): on every released label this rule
        # refused two denials only where the editor paired them (docs/rule-audit.md)
        return None
    for objects, parties in mine:
        near = set(objects).union(*(lexicon.strong.get(c, set()) | lexicon.weak.get(c, set()) for c in objects))
        if any(near & set(other) or parties & other_parties for other, other_parties in theirs):
            return None
    shown = [", ".join(lexicon.word[c] for c in found[0][0]) for found in places]
    name = " ".join(lexicon.word[c] for c in sorted(content, key=lambda c: lexicon.word[c]))
    return f"has '{name}' {shown[0]} where it has '{name}' {shown[1]}"


# After a noun, these make it the subject of what follows ("deliveries will begin in March", "the
# phrase is expected to stay"): a predicate, not an object. Not "that": after a verb it opens the
# object ("will signal that rates will rise" / "signalled that bond buying would end").
_PREDICATE = compiled(r"\s+(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had)\b", re.I)


def _subject_of(lexicon: Lexicon, i: int, term: int) -> bool:
    """Whether claim i writes the term as the subject of a clause: followed by an auxiliary or a copula."""
    statement = lexicon.statement(i)
    classes = lexicon.classes
    for s, written in lexicon.found(i):
        if classes[s] == term:
            for m in re.finditer(rf"\b{re.escape(written)}\b", statement, re.I):
                if _PREDICATE.match(statement, m.end()):
                    return True
    return False


# A preposition that opens the phrase saying what a term acts on or belongs to: "duties ON
# brandy", "drawdown OF the climate fund", "aid FOR farmers", "sanctions AGAINST Iran".
# "reinvestments UNDER the PEPP": the programme a thing is done under.
_ROLE_PREPOSITIONS = frozenset({"on", "of", "for", "against", "under"})
_ROLE_TOKEN = compiled(r"[\w'’]+|[,;:()]")
_ROLE_WORDS = 3  # content words of the phrase read
# A phrase ends at any other preposition or a verb of place ("on European pork in place")
_ROLE_ENDS = frozenset({"in", "at", "to", "from", "by", "with", "after", "before", "over", "into", "as",
                        "than", "and", "or", "but", "that", "which", "who", "while", "since", "until",
                        # an auxiliary or a modal opens the verb: "the requirement for smaller lenders has been
                        # ruled out" / "… was left intact" name one object, whatever befell it
                        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "may",
                        "might", "could", "should", "must", "can", "shall"})
# Nouns that name no particular thing ("luxury goods" / "luxury items"): never the other object
_VAGUE_NOUNS = """good goods item items product products thing things matter matters issue issues measure measures
area areas sector sectors type types kind kinds part parts other others one ones sort sorts category categories
company companies firm firms business businesses
""".split()
# "the dinner on the first evening" / "on Tuesday evening": a time, not what is acted on
_TIME_WORDS = frozenset("""morning afternoon evening night day days week weeks weekend month months year years quarter
time date""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def _roles(statement: str, reading: Callable[[], dict[str, int]]) -> dict[int, tuple[str, tuple[int, ...]]]:
    """The last term before each preposition of _ROLE_PREPOSITIONS, with the phrase it opens as
    written and the classes of its content words (to a comma, another preposition or
    conjunction, or _ROLE_WORDS words); a phrase that names a time is none.  reading: builds the
    claim's words as written (lower case) → their classes, called only for a statement that holds
    a preposition (a long claim's table costs more than the test)."""
    low = statement[:MAX_TEXT_CHARS].lower()
    if _ROLE_PREPOSITIONS.isdisjoint(low.split()):
        return {}
    written = reading()
    shown = _ROLE_TOKEN.findall(statement[:MAX_TEXT_CHARS])
    tokens = [t.lower() for t in shown]
    # a token's digits are the statement's (lower-casing makes no digit): most statements hold none, and
    # asking each token costs more than the rest of the loop
    digits = any(map(str.isdigit, low))
    found: dict[int, tuple[str, tuple[int, ...]]] = {}
    head: int | None = None
    for k, token in enumerate(tokens):
        if token in _ROLE_PREPOSITIONS and head is not None:
            phrase: list[int] = []
            end = k + 1
            for word in tokens[k + 1:]:
                if word in ",;:()" or word in _ROLE_PREPOSITIONS or word in _ROLE_ENDS or len(phrase) >= _ROLE_WORDS:
                    break
                end += 1
                if word in written:
                    phrase.append(written[word])
            if phrase and _TIME_WORDS.isdisjoint(tokens[k + 1:end]):
                found.setdefault(head, (" ".join(shown[k:end]), tuple(phrase)))
            head = None
        elif token in ",;:()" or (digits and any(map(str.isdigit, token))):
            # a figure before the preposition is what the phrase qualifies, not the term before it:
            # "come with 16GB of RAM" says nothing of RAM that 'come' acts on (figures and their
            # metrics are compared as figures)
            head = None
        elif token in written:
            head = written[token]
    return found


# A thing named by a proper name before a common noun, after "the" inside a sentence: "extend the Help to Buy
# scheme", "endorse the Lobito Corridor project", "under the Horizon programme", or opening the statement ("The
# Horizon programme will …").  The noun is the kind of thing
# when what follows it cannot go on with a noun phrase (a clause mark, a preposition, a conjunction, the end):
# "the Fed cut rates" names no "cut".
_NAMED_OBJECT = compiled(r"(?:(?<=\w[\s,]the\s)|(?<=^[Tt]he\s))((?:[A-Z][\w'’-]*)(?:\s+(?:(?:of|the|for|and|on|de|&|to)\s+)*[A-Z][\w'’-]*)*)"
                           r"\s+([a-z]{3,})(?=\s*(?:$|[,;:.()]|\s(?:to|by|in|at|for|from|on|with|under|until|into|"
                           r"over|of|and|or|but|as|after|before|this|next|which|that|will|would|was|were|is|are|has|"
                           r"had|have)\b))")


@lru_cache(maxsize=4096)
def _named_things(statement: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """The proper names that end in a common noun, as (that noun, the name's other words, the name as written),
    in lower case: of three capitalised words or more ("the IMF's Poverty Reduction and Growth Trust", "the Global
    Ocean Fund"), or a name after "the" before a common noun (_NAMED_OBJECT: "the Lobito Corridor project", "the
    Horizon programme").  A name holding a role ("Chancellor Rachel Reeves") names a person, one holding a digit a
    model ("Aero Pro K4 Max"), and a day or month ends no name ("7.30pm AEST on Tuesday")."""
    found = []
    text = statement[:MAX_TEXT_CHARS]
    for m in _RUN.finditer(text):
        written = re.sub(r"^(?:the|a|an)\s+", "", m.group(), flags=re.I)
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in re.split(r"[\s-]+", written.lower())]
        head, own = words[-1], frozenset(w for w in words[:-1] if w not in _MINOR)
        if len(own) < 2 or head in _NOT_LINES or not any(lexical.groups(head)) or any(_is_role(w) for w in words) \
                or any(c.isdigit() for c in written):
            continue
        found.append((head, own, written))
    for m in _NAMED_OBJECT.finditer(text) if _NAME_HINT.search(text) else ():
        words = re.split(r"[\s-]+", m.group(1).lower())
        head, own = m.group(2), frozenset(w for w in words if w not in _MINOR and w != "to")
        if not own or head in _TIME_WORDS or head in STOPWORDS or head.endswith("ed") or not any(lexical.groups(head)) \
                or any(stem(w) in _OFFICE_WORDS or w in lexical.kind("role") or w in _NOT_LINES or w in _VARIANT_WORDS
                       for w in words) \
                or any(c.isdigit() for c in m.group(1)):
            # a role by its word, not its ending (the "Lobito Corridor project" names no person); a month is a time
            # ("the April price"), a trim a model ("the Pro Max sells"), a word in -ed a verb ("the Board dissented")
            continue
        found.append((head, own, f"{m.group(1)} {head}"))
    return tuple(found)


_NAME_HINT = compiled(r"[Tt]he [A-Z]")


def other_name(lexicon: Lexicon, e: int, r: int) -> str | None:
    """When the two claims each name a proper name ending in one noun, and the names share no other word, nor
    does the other claim write the one's other words ("the Poverty Reduction and Growth Trust" / "the Resilience
    and Sustainability Trust", "the Help to Buy scheme" / "the Warm Homes scheme"), they speak of two things of
    one kind: which names differ.  Who acts is no name of a thing ("the Fed's programme" / "the ECB's"): a name's
    words that are actors (countries, institutions, people) are left out, and a name the other claim writes by its
    acronym ("the Bank of Japan programme" / "the BoJ programme") is said there."""
    mine, theirs = _named_things(lexicon.statement(e)), _named_things(lexicon.statement(r))
    if not mine or not theirs:
        return None
    said = [set(_HEAD_WORD.findall(lexicon.statement(k).lower())) for k in (e, r)]
    classes, folds, actors = lexicon.classes, lexicon.folds, lexicon.actors

    def own(words: frozenset[str]) -> frozenset[str]:
        return frozenset(w for w in words if not any(classes.get(s) in actors for s, _ in terms(w, folds, lexicon=True)))

    def folded(written: str) -> frozenset[int]:
        return frozenset(classes[s] for s, _ in terms(written, folds, lexicon=True) if s in classes)

    for head, words, written in mine:
        words = own(words)
        others = [(own(w), t) for h, w, t in theirs if h == head]
        # each has a word of its own that the other claim never writes (a word both names hold is their
        # owner: "the IMF's … Trust"), nor writes by another name (an acronym of the articles)
        if words and others and all(w and (words - w) and (w - words) and not (words - w) & said[1]
                                    and not (w - words) & said[0] and folded(written) - {classes.get(head)}
                                    and not (folded(written) - {classes.get(head)}) <= lexicon.sets[r]
                                    for w, _ in others):
            return f"names the {written} where it names the {others[0][1]}"
    return None


# A new thing and an earlier one of its kind ("a new $2 billion share buyback" / "its previous $1.5 billion share
# repurchase programme"; "new home sales" / "existing home sales"): the word, then up to five words it qualifies.
# WordNet gives "new" the antonym "old"; the others are the grammatical words news copy writes for either side.
_INSTANCE = compiled(r"(?<![\w'’-])(new|fresh|another|previous|existing|prior|earlier|former|old)"
                     r"((?:\s+[^\s,;:()]+){1,5})", re.I)
_NEW = frozenset({"new", "fresh", "another"})
# what a phrase after "previous" may be that is no thing: a time ("the previous quarter", "earlier this year")
_INSTANCE_TIMES = frozenset({"year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days",
                             "half", "period", "decade", "session", "this", "that", "than"})
_INSTANCE_BASELINE = compiled(r"(?:from|than|versus|vs\.?|over)\s+(?:(?:the|its|their|a|an)\s+)?$", re.I)
_INSTANCE_SCALES = frozenset({"million", "billion", "trillion", "bn", "mn", "tn", "m", "per", "cent", "percent"})


def _instances(text: str) -> tuple[list[tuple[frozenset[str], str]], list[tuple[frozenset[str], str]]]:
    """The phrases a text qualifies as new, and those it qualifies as earlier: each as the stems of its content
    words and as written.  A capitalised "New" inside a sentence, or before a capitalised word, is a name
    ("New York", "New Delhi"); an earlier time, or an earlier thing after "from" or "than", is no thing."""
    new: list[tuple[frozenset[str], str]] = []
    old: list[tuple[frozenset[str], str]] = []
    for m in _INSTANCE.finditer(text):
        word, rest = m.group(1), m.group(2).split()
        opens = m.start() == 0 or text[max(0, m.start() - 20):m.start()].rstrip().endswith((".", ";", ":"))
        if word[0].isupper() and (not opens or rest[0][:1].isupper()):
            continue
        word = word.lower()
        if rest[0].lower() in _INSTANCE_TIMES or _INSTANCE_BASELINE.search(text, max(0, m.start() - 12), m.start()):
            continue
        content: list[str] = []
        for token in rest:
            w = token.strip(".'’\"").lower()
            if w in STOPWORDS and content:
                break  # "a new share buyback of £300 million": the phrase ends before its complement
            if w.isalpha() and w not in STOPWORDS and w not in _INSTANCE_SCALES and w not in _INSTANCE_TIMES:
                content.append(w)
        if content:
            (new if word in _NEW else old).append((frozenset(stem(w) for w in content), f"{word} {' '.join(rest)}"))
    return new, old


def other_instance_words(mine: str, theirs: str) -> tuple[str, str] | None:
    """When one text qualifies a thing as new and the other qualifies one of its kind as earlier (previous,
    existing, prior, former, old), and neither says the other side too, the two speak of two things: the two
    phrases.  One word of what is qualified must be shared ("share buyback" / "share repurchase programme"), so
    "a new buyback" is not parted from "the previous chief executive"."""
    sides = _instances(mine), _instances(theirs)
    for a, b in ((0, 1), (1, 0)):
        ours, others = sides[a][0], sides[b][1]
        if ours and others and not sides[a][1] and not sides[b][0]:
            for words, written in ours:
                for other_words, other_written in others:
                    if words & other_words:
                        return (written, other_written) if a == 0 else (other_written, written)
    return None


def other_instance(lexicon: Lexicon, e: int, r: int) -> str | None:
    """A new thing against an earlier one of its kind (other_instance_words), read in each claim's statement and
    metric names together: "A new €1 billion share buyback could be announced" is not answered by "completed the
    €500 million second tranche of its existing share buyback".  Asked of every candidate: the words are as
    plain as a year is."""
    names = lexicon.metric_names
    texts = [" ; ".join((lexicon.statement(k), *(names[k] if k < len(names) else ()))) for k in (e, r)]
    found = other_instance_words(texts[0], texts[1])
    if found is None:
        return None
    return f"speaks of '{found[0]}' where it speaks of '{found[1]}'"


# A capitalised name that owns what follows: "Hong Kong's accession", "Sri Lanka's bid"
_OWNER = compiled(r"(?<![\w'’])([A-Z][\w-]*(?:\s+(?:(?:of|the|and|de)\s+)*[A-Z][\w-]*)*)['’]s\s+[a-z]")


def other_owner(lexicon: Lexicon, e: int, r: int) -> str | None:
    """When each claim's statement gives what it speaks of an owner by name ("Leaders will approve Hong Kong's
    accession to the RCEP" / "talks on Sri Lanka's bid to join the RCEP"), and neither claim writes a word of the
    other's owner, the two speak of two owners' things: which owners differ.  Who is involved (countries,
    institutions, people named in three claims or more: the actors) is left to the other vetoes ("the Fed's
    statement" / "Powell's remarks" is one meeting), and so is a name holding a role ("Governor Bullock's").
    Asked (by _pair_each) only of a candidate under the threshold: one owner is often named two ways ("Alphabet's
    revenue" / "Google's revenue", "Reeves's budget" / "the Treasury's budget"), so two names refuse only a pair
    that shares little else."""
    mine, theirs = _owners(lexicon, e), _owners(lexicon, r)
    if not mine or not theirs:
        return None
    said = [set(_HEAD_WORD.findall(lexicon.statement(k).lower())) for k in (e, r)]
    if any(words & said[1] for words, _ in mine) or any(words & said[0] for words, _ in theirs):
        return None
    return f"names {mine[0][1]}'s where it names {theirs[0][1]}'s"


# A word after a subject that makes it one: an auxiliary or a verb in the past or the third person
# ("Moody's is expected to warn", "S&P Global Ratings affirmed", "Velto AG plans").
_AGENT_VERB = compiled(r"(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had"
                       r"|[a-z]{2,}ed|[a-z]{2,}s)[,.;:]?")
_PLURAL_OR_VERB = compiled(r"(?!is|was|has)[a-z]{2,}s[,.;:]?")  # "groups", "plans": either
_CAPITALISED = compiled(r"[A-Z][\w&.'’-]*|&")


def other_agent(lexicon: Lexicon, e: int, r: int) -> str | None:
    """When each claim's statement opens with who acts, named ("Moody's is expected to warn that Victoria's
    rating could be cut" / "S&P Global Ratings affirmed Victoria's AA credit rating"; "Fitch will …" / "S&P
    …"), and neither claim writes a word of the other's name, two agents act: which differ.  Who is involved
    in the articles at large (countries, institutions, people named in three claims or more: the actors), a
    name holding a role ("Governor Eli Remolona"), a month or a weekday is left out, and so is a statement that
    opens with no name ("The agency's chief said …", "The BSP chief told …": an office may speak for a name).
    Asked (by _pair_each) only of a candidate under the threshold, as other_owner is: one agent is sometimes
    named two ways ("Alphabet" / "Google")."""
    mine, theirs = _agent(lexicon, e), _agent(lexicon, r)
    if mine is None or theirs is None:
        return None
    said = [set(_HEAD_WORD.findall(lexicon.statement(k).lower())) for k in (e, r)]
    if mine[0] & said[1] or theirs[0] & said[0] or mine[0] & theirs[0]:
        return None
    return f"{mine[1]} acts where {theirs[1]} does"


def _agent(lexicon: Lexicon, i: int) -> tuple[frozenset[str], str] | None:
    """The name a statement opens with as who acts (its words in lower case, as written): a run of capitalised
    words among its first five, after nothing but lower-case words and the sentence's first word, and before an
    auxiliary or a verb; None when it opens otherwise or the name is an actor, a role, a month or a weekday."""
    tokens = lexicon.statement(i)[:MAX_TEXT_CHARS].split(None, 12)[:12]
    start = 1 if tokens and tokens[0] in ("The", "A", "An") else 0
    if start == 0 and len(tokens) > 1 and tokens[1][:1].islower() and not _AGENT_VERB.fullmatch(tokens[1]) \
            and tokens[1] not in _MINOR:  # "Trinidad and Tobago is …": a name joined by "and" is one name
        start = 1  # "Rival carrier Skyward is …": a sentence's first word and lower-case words before the name
    while start < min(len(tokens), 5) and tokens[start][:1].islower():
        start += 1
    end = start
    while end < len(tokens) and (_CAPITALISED.fullmatch(tokens[end]) or tokens[end] in ("of", "&")):
        end += 1
    if end >= len(tokens) or end == start or not _AGENT_VERB.fullmatch(tokens[end]):
        return None
    if end == 1 and (re.sub(r"['’]s$", "", tokens[0]).endswith("s") or _PLURAL_OR_VERB.fullmatch(tokens[1])):
        return None  # the first word alone: "Analysts said", "Business groups expect" are no names
    written = " ".join(tokens[start:end])
    words = [w for w in re.split(r"[\s-]+", re.sub(r"['’]s\b", "", written.lower())) if w not in _MINOR]
    if not words or any(_is_role(w) or w in _NOT_LINES or w in STOPWORDS
                        or any(lexicon.classes.get(s) in lexicon.actors for s, _ in terms(w, lexicon.folds, lexicon=True))
                        for w in words):
        return None
    if any(lexicon.classes.get(s) in lexicon.actors for s, _ in terms(written, lexicon.folds, lexicon=True)):
        return None  # a place or an institution of several words ("Port of Spain" for Trinidad and Tobago)
    return frozenset(words), written


def _owners(lexicon: Lexicon, i: int) -> list[tuple[frozenset[str], str]]:
    """The owners a statement names ("Hong Kong's"), as (their words in lower case, as written), but actors and
    names holding a role, a title, a month or a weekday."""
    statement = lexicon.statement(i)
    if "'s" not in statement and "’s" not in statement:
        return []
    found = []
    for m in _OWNER.finditer(statement[:MAX_TEXT_CHARS]):
        written = m.group(1)
        words = [w for w in re.split(r"[\s-]+", written.lower()) if w not in _MINOR]
        if any(_is_role(w) or w in _NOT_LINES or w in STOPWORDS
               or any(lexicon.classes.get(s) in lexicon.actors for s, _ in terms(w, lexicon.folds, lexicon=True))
               for w in words):
            continue
        found.append((frozenset(words), written))
    return found


def other_role(lexicon: Lexicon, e: int, r: int) -> str | None:
    """When a term both claims share opens, with one preposition, a phrase that names another
    thing in each, one word apart ("anti-dumping duties on European brandy" / "... on European
    pork", "a drawdown of the climate fund" / "of the defence fund"), the two are different
    facts: what differs."""
    mine, theirs = lexicon.roles(e), lexicon.roles(r)
    if not mine or not theirs:
        return None
    vague = lexicon.vague
    for head in mine.keys() & theirs.keys():
        (my_words, my_phrase), (their_words, their_phrase) = mine[head], theirs[head]
        if my_words.split(" ", 1)[0].lower() != their_words.split(" ", 1)[0].lower():
            continue  # another preposition: another role
        near_r, weak_r = lexicon.near(r)
        near_e, weak_e = lexicon.near(e)
        if lexicon.metric_sets:  # "voluntary cuts" is not another object where r's metric says "voluntary cut"
            near_r, near_e = near_r | lexicon.metric_sets[r], near_e | lexicon.metric_sets[e]
        # what one phrase names that the other claim does not say, nor any word related to it
        only_mine = [c for c in my_phrase if c not in near_r and c not in weak_r and c not in lexicon.actors
                     and c not in vague]
        only_theirs = [c for c in their_phrase if c not in near_e and c not in weak_e and c not in lexicon.actors
                       and c not in vague]
        # one word apart, the rest of the phrase written alike: "layer of voluntary cuts" /
        # "layer of supply curbs" differ in more and may be one thing said in other words
        if len(only_mine) == 1 == len(only_theirs) and set(my_phrase) - set(only_mine) == set(their_phrase) - set(only_theirs):
            h = lexicon.word[head]
            return (f"has '{h} {my_words}' where it has '{h} {their_words}' "
                    f"({', '.join(lexicon.word[c] for c in only_mine)} ≠ {', '.join(lexicon.word[c] for c in only_theirs)})")
    return None


def _clip(group: Sequence[str]) -> list[str]:
    """A claim's texts up to MAX_TEXT_CHARS in all, cut at a word boundary."""
    kept, room = [], MAX_TEXT_CHARS
    for text in group:
        if room <= 0:
            break
        if len(text) > room:
            cut = text[:room]
            text = cut.rsplit(None, 1)[0] if " " in cut.strip() else cut
        kept.append(text)
        room -= len(text)
    return kept


def _equivalence_classes(stems: set[str], df: Counter[str]) -> tuple[dict[str, int], int]:
    """Join stems rapidfuzz finds alike (same first three letters, ratio ≥ TERM_CUTOFF).

    Bounded for any input: only the FUZZY_STEMS commonest stems are compared,
    and in a bucket of more than FUZZY_BUCKET stems each meets only its
    FUZZY_BUCKET alphabetical successors (spelling variants sort close
    together).  Returns the classes and how many stems were left out (0: none).
    """
    parent = {s: s for s in stems}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    candidates = [s for s in stems if len(s) >= 4]
    left_out = max(0, len(candidates) - FUZZY_STEMS)
    if left_out:
        candidates = sorted(candidates, key=lambda s: (-df.get(s, 0), s))[:FUZZY_STEMS]
    buckets: dict[str, list[str]] = defaultdict(list)
    for s in candidates:
        buckets[s[:3]].append(s)
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        bucket.sort()
        for i, s in enumerate(bucket[:-1]):
            for other, _, _ in process.extract(
                s, bucket[i + 1:i + 1 + FUZZY_BUCKET], scorer=fuzz.ratio, processor=None,
                score_cutoff=TERM_CUTOFF, limit=None,
            ):
                parent[find(other)] = find(s)
    ids: dict[str, int] = {}
    return {s: ids.setdefault(find(s), len(ids)) for s in sorted(stems)}, left_out


# What the Lexicon reads of each claim's statement alone, needing no other claim: worked out beforehand for a long
# check, the reports' in the second process that loads them while this one loads the preview (check._reports_aside)
_ALONE: tuple[Handed[object], ...] = (vote_cue, _incidental, closing_attribution, _models_of)  # type: ignore[assignment]


def read_alone(claims: Iterable[Claim]) -> list[dict[str, object]]:
    """What each reader of _ALONE makes of the claims' statements, as pairing reads them (clipped, see Lexicon)."""
    texts = [kept[0] for kept in map(_clip, map(claim_texts, claims)) if kept]
    return [{text: reader.read(text) for text in texts} for reader in _ALONE]


def hand_over(readings: list[dict[str, object]]) -> None:
    """Give the readers of _ALONE what read_alone found: the Lexicon takes it instead of reading the texts again."""
    for reader, results in zip(_ALONE, readings, strict=True):
        reader.give(results)


def forget_handed() -> None:
    """Drop what was handed over and not taken: the readings are one check's (a check that fails before its
    Lexicon is built leaves them, and `batch` runs many checks in one process)."""
    for reader in _ALONE:
        reader.forget()


def claim_texts(claim: Claim) -> list[str]:
    """What pairing reads of a claim: statement, keywords and topic."""
    return [claim.statement, *claim.keywords, *([claim.topic] if claim.topic else [])]


def figure_values(claim: Claim) -> list[tuple[str, str]]:
    """A claim's figures and their baselines as (text as written, value key): one key for one value in
    one unit whatever its wording ("$5bn", "$5 billion"); a count's key is its number alone ("3.4
    million deliveries", "3.4 million vehicles")."""
    found = []
    for figure in claim.figures:
        for q in (figure.quantity, figure.baseline):
            if q is None:
                continue
            unit = "#" if q.dimension == "count" else q.unit
            value = "..".join(f"{(lo + hi) / 2:.4g}" for lo, hi in q.ends) if q.ends else f"{q.value:.4g}"
            found.append((q.text, f"{unit}={value}"))
    return found


def figure_quantities(claim: Claim) -> list[Quantity]:
    """A claim's figures and their baselines as read, in figure_values' order."""
    return [q for figure in claim.figures for q in (figure.quantity, figure.baseline) if q is not None]


BOUND_BUDGET = 100_000  # bound-value comparisons at most (a check's articles hold a few bounds)
BOUND_ORDER = math.sqrt(10)


def _is_bound(q: Quantity) -> bool:
    """A range ("4.75%–5%") or a one-sided figure ("below ¥30 trillion", "less than an hour", "more than 5%")."""
    return q.ends is not None or (q.low < q.high and q.value in (q.low, q.high))


def _same_order(bound: Quantity, value: Quantity) -> bool:
    """Whether a value is of the order of a one-sided bound's end (within half a decade, BOUND_ORDER):
    "at least 40 stores" speaks of 46, not of 900 staff; "below ¥30 trillion" of ¥29.6 trillion, not
    of ¥0.8 trillion.  Spans of time are compared in one unit ("less than an hour", "20 minutes")."""
    if bound.ends is not None:
        return True
    end = bound.value  # the end a one-sided bound states ("under 9mm": 9)
    point = value.in_unit(bound.unit).value
    return bool(end) and bool(point) and 1 / BOUND_ORDER <= abs(point / end) <= BOUND_ORDER


ROUNDED_DIGITS = 10  # a rounded value holds another when written to two significant digits or more ("$4.1 billion")


def _rounds(q: Quantity) -> bool:
    """Whether a value written plainly gives two significant digits or more, so that a value written to more
    digits inside its rounding interval is it, rounded ("$4.1 billion" / "$4.12 billion"); one digit ("2%",
    1.5–2.5) says too little ("2.4%" is another value)."""
    width = q.high - q.low
    return width > 0 and q.dimension != "date" and abs(q.value) >= ROUNDED_DIGITS * width


def _rounded_to(rounded: Quantity, value: Quantity) -> bool:
    """Whether a value lies inside a rounded value's interval, written to more digits: "$4.12 billion" is
    "$4.1 billion" rounded; "$4.1 billion" is not "$4.12 billion", nor "$4.15 billion" "$4.1 billion" (an edge)."""
    other = value.in_unit(rounded.unit)
    return rounded.low < other.low and other.high < rounded.high and other.high - other.low < rounded.high - rounded.low


def _bound_keys(values: Sequence[Sequence[tuple[str, str]]], quantities: Sequence[Sequence[Quantity]],
                split: int | None = None) -> tuple[dict[str, str], frozenset[str]]:
    """Each value key that lies inside a bound another claim states, comparable with it, → that
    bound's key: "¥29.6 trillion" meets "below ¥30 trillion", "about 20 minutes" meets "less than an
    hour" (the verdict then compares them; pairing only learns that they speak of one figure); and
    the bounds as written.  An approximate figure holds the values it speaks of as a bound does ("about 21 million
    passengers" meets "21.4 million passengers", "about £138bn" meets "£138.3bn") and is a value inside a bound
    itself; a value it holds meets the bound that holds it in turn.

    split: where the report's claims begin.  A bound then meets only the other article's values: the
    values it holds in its own article are no answer to it, and two values held by one bound are not one
    figure ("more than 10%" of defence spending in a preview holds the preview's nominal growth of 10.5% and
    the report's 10.1%: joined, 10.5% and 10.1% were one term, "10.5% ∈ 10.1%")."""
    bounds: list[tuple[int, str, Quantity]] = []
    points: list[tuple[int, str, Quantity]] = []
    approximations: list[tuple[int, str, Quantity]] = []
    rounded: list[tuple[int, str, Quantity]] = []
    for i, (figures, read) in enumerate(zip(values, quantities, strict=False)):
        for (_, key), q in zip(figures, read, strict=False):
            if _is_bound(q):
                bounds.append((i, key, q))
            else:
                points.append((i, key, q))
                if approximate(q):
                    approximations.append((i, key, q))
                elif _rounds(q):
                    rounded.append((i, key, q))
    # true bounds first: a value inside both meets the bound; approximations, then rounded values, only within the
    # budget
    holders = bounds
    for more in (approximations, rounded):
        if (len(holders) + len(more)) * len(points) <= BOUND_BUDGET:
            holders = holders + more
    if not holders or not points or len(holders) * len(points) > BOUND_BUDGET:
        return {}, frozenset()
    joined: dict[str, str] = {}
    for i, key, q in holders:
        for j, other, p in points:
            if j != i and (split is None or (i < split) != (j < split)) \
                    and other != key and other not in joined and joined.get(key) != other \
                    and q.comparable(p) and q.agrees(p) and _same_order(q, p) \
                    and (_is_bound(q) or approximate(q) or _rounded_to(q, p)):
                joined[other] = key
    # a value held by an approximation held in turn by a bound: one figure, the bound's
    for other, key in joined.items():
        seen = {other}
        while key in joined and key not in seen:
            seen.add(key)
            key = joined[key]
        joined[other] = key
    return joined, frozenset(q.text for _, key, q in holders if key in joined.values())


def claims_lexicon(claims: Sequence[Claim], split: int | None = None,
                   published: Sequence[str | None] = ()) -> Lexicon:
    """The lexicon of the claims of a check: their texts, their figures' metric names and values; split: where
    the report's claims begin (see _bound_keys); published: each claim's article's date."""
    return Lexicon([claim_texts(c) for c in claims], [f.metric for c in claims for f in c.figures],
                   [[f.metric for f in c.figures] for c in claims], [figure_values(c) for c in claims],
                   [figure_quantities(c) for c in claims], split, published)


def pair_claims(lexicon: Lexicon, expectations: range, outcomes: range, threshold: float,
                apart: Apart | None = None, measure: Measure | None = None) -> list[Pairing]:
    """For each expectation (an index into lexicon.sets), its best and second-best outcome.

    Candidates come from an inverted index.  An outcome that shares only an
    expectation's commonest terms, worth less than the recall any score at the
    threshold needs, cannot reach the threshold and is not scored.

    Under the threshold, the best answers when the fitted decision takes it (GATE; Pairing.mutual), which
    weighs whether their figures are told apart (`apart`; None: figures are not weighed).
    """
    return PairingRun(lexicon, expectations, outcomes, threshold).result(apart, measure)


class PairingRun:
    """pair_claims begun: for two long articles, part of the expectations is scored in a second process
    (parallel.py) from now on, while this one does other work (its figure index, say) before result().

    figures: how many metric names the figures of each article give (FigureIndex reads each once), the work this
    process does meanwhile (see _own_share).
    Call result() or cancel() once."""

    def __init__(self, lexicon: Lexicon, expectations: range, outcomes: range, threshold: float,
                 figures: int = 0) -> None:
        sets = lexicon.sets
        near = {r: lexicon.near(r) for r in outcomes}
        plain = {r for r in outcomes if near[r][0] is sets[r] and not near[r][1]}  # no related terms: one intersection
        postings: dict[int, list[int]] = defaultdict(list)
        for r in outcomes:
            for part in near[r]:
                for c in part:
                    postings[c].append(r)
        weights = {r: lexicon.weight(r) for r in outcomes}
        t = threshold / 100
        min_recall = BETA2 * t / (1 + BETA2 - t) if t < 1 else 1.0
        # Near-identical claims would make every outcome a candidate of every
        # expectation: each gets its share of PAIR_BUDGET, rarest terms first.
        cap = max(MIN_CANDIDATES, PAIR_BUDGET // max(1, len(expectations)))
        self._lexicon, self._expectations, self._threshold = lexicon, expectations, threshold
        self._scoring = (near, plain, postings, weights, min_recall, cap, threshold)
        self._aside: Aside[tuple[list[Pairing], list[float], dict[int, list[tuple[float, int]]]]] | None = None
        self._done: tuple[list[Pairing], list[float], dict[int, list[tuple[float, int]]]] | None = None
        if len(expectations) * len(outcomes) < ASIDE_PAIRS or len(expectations) < 2:
            self._done = _pair_each(lexicon, expectations, *self._scoring)
        else:  # two long articles: the expectations after this process's share are scored in a second process
            self._own = _own_share(len(expectations), figures)
            rest = expectations[self._own:]
            self._aside = Aside(lambda: _pair_each(lexicon, rest, *self._scoring))

    def result(self, apart: Apart | None = None, measure: Measure | None = None) -> list[Pairing]:
        """The pairings, in the order of the expectations; apart: how the figures of two claims are told
        apart, for the decision under the threshold (None: figures are not weighed)."""
        if self._done is not None:
            return self._finish(*self._done, apart, measure)
        assert self._aside is not None
        try:
            pairings, telling, rivals = _pair_each(self._lexicon, self._expectations[:self._own], *self._scoring)
        except BaseException:  # the child is not left blocked on its pipe
            self._aside.cancel()
            raise
        more_pairings, more_telling, more_rivals = self._aside.result()
        pairings += more_pairings
        telling += more_telling
        for r, held in more_rivals.items():  # as if appended in order: the two closest of all
            held = rivals.setdefault(r, []) + held
            rivals[r] = sorted(held, reverse=True)[:2] if len(held) > 2 else held
        return self._finish(pairings, telling, rivals, apart, measure)

    def cancel(self) -> None:
        """Stop the second process (the caller failed before it needed the pairings)."""
        if self._aside is not None:
            self._aside.cancel()

    def _finish(self, pairings: list[Pairing], telling: list[float],
                rivals: dict[int, list[tuple[float, int]]], apart: Apart | None,
                measure: Measure | None = None) -> list[Pairing]:
        lexicon = self._lexicon
        under = [p.best is not None and p.best.score < self._threshold for p in pairings]
        return [_mutual(p, e, rivals, self._threshold, *(_figure_level(lexicon, e, p, said, measure) if low
                                                         else (said, None)), apart)
                for e, p, said, low in zip(self._expectations, pairings, telling, under, strict=True)]


# Expectations x report claims at which pair_claims scores part of the expectations in a second
# process (parallel.py): below it, the fork costs more than it saves.
ASIDE_PAIRS = 1_000_000
# What indexing one figure's metric name costs this process while the second one scores (discrepancy.FigureIndex
# reads each name of an article once), in expectations scored: about one (CPU on the bench's 3,000 x 3,000 pair,
# 1,201 figures under 515 names: the index ~75 ms, scoring ~0.15-0.2 ms an expectation, in either process).
FIGURE_COST = 1.0


def _own_share(expectations: int, figures: int) -> int:
    """How many expectations this process scores, the first ones, so that both processes finish together:
    half of them, less what its figure index costs meanwhile."""
    return max(1, min(expectations // 2, round((expectations - FIGURE_COST * figures) / 2)))


def _pair_each(lexicon: Lexicon, expectations: range, near: dict[int, tuple[frozenset[int], frozenset[int]]],
               plain: set[int], postings: dict[int, list[int]], weights: dict[int, float], min_recall: float,
               cap: int, threshold: float) -> tuple[list[Pairing], list[float], dict[int, list[tuple[float, int]]]]:
    """pair_claims' work for some expectations: their pairings before the mutual rule, whether each
    best shares a word of what happened, and each report claim's rivals (see below)."""
    sets, idf, actors, entities = lexicon.sets, lexicon.idf, lexicon.actors | lexicon.generic, lexicon.entities
    kinds = [frozenset(kind for kind, found in named.items() if found) for named in entities]
    pairings = []
    # for the mutual rule: each report claim's two closest expectations (raw scores) of those
    # whose closest claim it is (one with a closer answer elsewhere does not make it less
    # about this one: a report claim may answer several), and whether each expectation's best
    # shares a word of what happened
    rivals: dict[int, list[tuple[float, int]]] = {}
    telling: list[float] = []
    content = lexicon.lowercase - actors - lexicon.direction
    attributed = lexicon.attributed
    times = frozenset(lexicon.classes[s] for s in map(stem, _NOT_LINES) if s in lexicon.classes)
    for e in expectations:
        mine = sets[e]
        weight = lexicon.weights(e) if e in lexicon.filler else idf  # a long claim's filler weighs less
        weight_of = weight.__getitem__
        figure_terms = mine & lexicon.figure_terms
        total = sum(map(weight_of, mine - figure_terms)) if figure_terms else sum(map(weight_of, mine))
        if not total:
            pairings.append(Pairing(None, None))
            telling.append(0.0)
            continue
        ordered = sorted(mine, key=lambda c: (weight[c], c))
        skipped = 0.0
        start = 0
        while start < len(ordered) and skipped + weight[ordered[start]] < min_recall * total * 0.999:
            skipped += weight[ordered[start]]
            start += 1
        candidates: set[int] = set()
        capped = 0
        for c in reversed(ordered[start:]):  # rarest first: they name the likeliest answers
            posting = postings.get(c, ())
            if len(candidates) + len(posting) > cap:
                candidates.update(islice(posting, cap - len(candidates)))
                if len(candidates) >= cap:
                    capped = cap
                    break
            else:
                candidates.update(posting)
        # F2 = (1 + β²)·P·R / (β²·P + R) with P = w / w_R and R = w / w_E
        #    = (1 + β²)·w / (β²·w_E + w_R): one division per candidate.
        base = BETA2 * total
        top: list[tuple[float, int, frozenset[int]]] = []
        vetoed: tuple[float, int, str, frozenset[int]] | None = None
        scored = []
        for r in candidates:
            if r in plain:
                met = mine & sets[r]
                w = sum(map(weight_of, met))
            else:
                w, met = _met_weight(weight, mine, sets[r], *near[r])
            if r in attributed:  # who said it weighs less
                w -= lexicon.aside_met(e, r, weight, met)
            # only who is involved, and a verb that says little, besides what a rarer sense or a
            # hypernym relates ("Finance Minister Lidia Marsh is tipped to raise …" / "Marsh said the
            # consultation would end …": tipped ≈ end)
            # and a word met only through who is involved is who is involved: "Chief executive Anna Lindqvist
            # is also expected to announce her retirement" / "Lindqvist said …" (chief, executive, Anna ≈ Lindqvist)
            if met <= actors or (r not in plain and met & lexicon.told(r) <= actors):
                continue
            scored.append((-w / (base + weights[r] + (lexicon.figures_met(weight, met) if figure_terms else 0.0)), r, met))
        # The closest first (ties in claim order), so that the vetoes, the costly part, are weighed for
        # a few candidates only: the best two that pass them, those closer, and those tied with the
        # runner-up that claim order puts before two answers at least as close (a refusal tied with the
        # runner-up can drop it; one further down changes nothing).
        scored.sort()
        tied: list[int] = []  # claims tied with the runner-up that pass the vetoes
        for score, r, met in scored:
            score = -score
            if len(top) == 2 and (score < top[1][0] or sum(t[1] < r for t in top) + sum(c < r for c in tied) >= 2):
                break
            why = (false_friend(entities[e], entities[r]) if kinds[e] & kinds[r] else None) \
                or _other_object(lexicon, e, r, met - actors, 100 * (1 + BETA2) * score < threshold) \
                or other_role(lexicon, e, r) \
                or other_converse(lexicon, e, r) or other_name(lexicon, e, r) or other_instance(lexicon, e, r) \
                or (100 * (1 + BETA2) * score < threshold and (other_owner(lexicon, e, r)
                                                                or other_agent(lexicon, e, r))) or None
            if why is not None and _kept_from(lexicon, e, r):
                why = None  # "reserved for the X2 Pro" speaks of the base X2 too: it leaves it out
            if why is not None:
                if vetoed is None or score > vetoed[0]:
                    vetoed = (score, r, why, met)
            elif len(top) < 2:
                top.append((score, r, met))
            else:
                tied.append(r)
        if vetoed is not None:
            # a lower claim that meets nothing of the expectation the refused one did not meet,
            # terms or entities, says no more about it: "real GDP growth 2027" refused,
            # "debt-to-GDP in 2027" is no better answer ("world growth 2026" after "world
            # growth 2025" is: it names the expectation's year)
            agreed = _agreeing(entities[e], entities[vetoed[1]])
            top = [t for t in top if t[0] > vetoed[0] or not t[2] <= vetoed[3]
                   or not _agreeing(entities[e], entities[t[1]]) <= agreed]
        # nearly as close, and the best ahead by who is involved: the claim that shares more of
        # what happened answers ("Youssouf will present a plan to cut reliance on donors": "the
        # chairperson unveiled a plan …", not "Youssouf opened the summit")
        if len(top) == 2 and 100 * (1 + BETA2) * (top[0][0] - top[1][0]) < AMBIGUITY_MARGIN \
                and (top[0][2] - top[1][2]) & actors:
            what = [sum(weight_of(c) for c in (met & sets[r]) - actors) / (base + weights[r]) for _, r, met in top]
            if what[1] > what[0]:
                top.reverse()
        for s, r, _ in top[:1]:  # each report claim's two closest expectations, of those whose closest it is
            held = rivals.setdefault(r, [])
            held.append((s, e))
            if len(held) > 2:
                held.sort(reverse=True)
                del held[2:]
        found = [_candidate(lexicon, e, r, 100 * (1 + BETA2) * s, met) for s, r, met in top]
        refused = None
        if vetoed is not None and (not top or vetoed[0] > top[0][0]):
            refused = Vetoed(vetoed[1], round(100 * (1 + BETA2) * vetoed[0], 1), vetoed[2])
        pairings.append(Pairing(found[0] if found else None, found[1] if len(found) > 1 else None, capped, refused))
        # a word of what happened that the best meets only through a rarer sense or a hypernym ("tipped ≈
        # end", "ssd ≈ storage") tells less (WEAKLY_TELLING); one it meets only in who said it ("… said on a
        # call") tells nothing
        if not top:
            telling.append(0.0)
            continue
        closest, met = top[0][1], top[0][2]
        said = lexicon.unattributed(closest, met) - lexicon.asides.get(e, frozenset()) \
            - _bridged_to_actors(lexicon, met, sets[closest], lexicon.actors)
        if _telling(lexicon, e, content & near[closest][0] & said) or _same_month(lexicon, e, closest):
            telling.append(1.0)
        elif _telling(lexicon, e, content & said):
            telling.append(WEAKLY_TELLING)
        else:  # nothing of what happened: a figure or a name (not who is involved) both write, or nothing
            alike = said & sets[closest]
            # a month or a weekday both write says when, not what (a day of one month does: _same_month)
            telling.append(PARTICULAR if alike & lexicon.figure_terms or alike - lexicon.lowercase - actors - times
                           else 0.0)
    return pairings, telling, rivals


def _bridged_to_actors(lexicon: Lexicon, met: frozenset[int], theirs: frozenset[int],
                       actors: frozenset[int]) -> frozenset[int]:
    """The terms of met that the report claim (its terms: theirs) meets only through a relation to who is
    involved: "tipped" ≈ "bank" (to tip, to bank a plane) where "the bank" is the central bank says nothing
    of what happened, whatever the relation."""
    return frozenset(c for c in met - theirs
                     if (lexicon.strong.get(c, set()) | lexicon.weak.get(c, set())) & theirs <= actors)


def _kept_from(lexicon: Lexicon, e: int, r: int) -> bool:
    """Whether one claim keeps a thing for one model, tier or party and the other names another of its
    kind as who gets it (polarity.left_out): they speak of one thing, whatever else each names."""
    one, two = lexicon.statement(e), lexicon.statement(r)
    return left_out(two, one) is not None or left_out(one, two) is not None


def _telling(lexicon: Lexicon, e: int, met: frozenset[int]) -> bool:
    """Whether e shares with its best a word of what happened (met: the shared terms that are
    not names, actors, generic verbs or directions) that e's statement writes, not only its
    topic (a label: two claims under "investment" are in one area, not about one fact), and
    that names something particular ("companies", "measures" do not)."""
    return not (met & lexicon.stated[e]).issubset(lexicon.vague)


def _same_month(lexicon: Lexicon, e: int, r: int) -> bool:
    """Whether both statements put what they say on a day of one month ("due to begin on Oct. 10" /
    "pushed the on-sale date to Oct. 17"): when it happens is a word of what happened, which a
    month written capitalised (no lower-case word of _telling) is not taken for."""
    mine, theirs = calendar_day(lexicon.statement(e)), calendar_day(lexicon.statement(r))
    return mine is not None and theirs is not None and mine[0][0] == theirs[0][0]


def _figure_level(lexicon: Lexicon, e: int, pairing: Pairing, telling: float,
                  measure: Measure | None) -> tuple[float, bool | None]:
    """How much of what happened the best shares (telling), read again by the figures both give: a value both
    state (or a bound it meets, or a value it rounds to) of one measure of one thing is a word of what happened
    ("The Hearth 15 will store 15 kWh" / "the Hearth 15, a home battery with a 15-kilowatt-hour capacity"); one of
    two measures is no particular evidence ("GDP growth" 2.5% / "inflation" 2.5%): when it was all the best
    shared besides who is involved, it shares nothing (FigureIndex.one_measure).  With it, whether the value they
    agree on is of two measures only (their figures are then told apart, whatever words they share: "The economy
    grew 2.5%" / "Consumer prices rose 2.5%")."""
    best = pairing.best
    if measure is None or best is None:
        return telling, None
    shared = lexicon.sets[e] & lexicon.sets[best.index]
    if not shared & lexicon.figure_terms:
        return telling, None
    one = measure(e, best.index)
    if one:
        return 1.0, True
    if one is False and telling == PARTICULAR and not shared - lexicon.figure_terms - lexicon.lowercase \
            - lexicon.actors - lexicon.generic:
        return 0.0, False
    return telling, one


def _mutual(pairing: Pairing, e: int, rivals: dict[int, list[tuple[float, int]]], threshold: float,
            telling: float, one_measure: bool | None, apart: Apart | None) -> Pairing:
    """The pairing, marked as answering under the threshold when the fitted decision (GATE) takes its
    best; telling: how much of what happened the best shares, one_measure: whether a value both give is one
    measure of one thing (None: they agree on no value; see _figure_level), apart: how their figures are told
    apart (see gate_features).  A best that states the expectation's value of one measure answers down to
    FIGURE_BAND under the threshold, by the lead a word of what happened needs."""
    best = pairing.best
    if best is None or best.score >= threshold:
        return pairing
    scale = 100 * (1 + BETA2)
    rival = max((round(scale * s, 1) for s, other in rivals.get(best.index, ()) if other != e), default=0.0)
    runner_up = pairing.runner_up.score if pairing.runner_up is not None else 0.0
    why = apart(e, best.index) if apart is not None else None
    if why is None and one_measure is False:
        why = "the value both give measures another thing in each"
    features = gate_features(best.score, runner_up, rival, telling, threshold, why is not None)
    # the claim that holds this expectation's fact was refused as another one (another year, another country): a
    # weaker claim under the threshold answers nothing of it ("headline inflation for 2028" / "unemployment rose to
    # 2.3%" once "headline inflation 2.4% next year", 2027, is refused)
    vetoed = pairing.vetoed is not None and pairing.vetoed.score >= threshold
    gate = gate_weights()
    figure = one_measure is True and why is None and features[0] >= -FIGURE_BAND and features[1] >= gate[1]
    if vetoed or not (answers(features, gate) or figure):
        return replace(pairing, gate=features, apart=why)
    return replace(pairing, mutual=(runner_up, rival), gate=features, apart=why)


def gate_features(score: float, runner_up: float, rival: float, telling: float, threshold: float,
                  apart: bool = False) -> tuple[float, ...]:
    """What the decision under the threshold weighs (GATE_FEATURES): how far under the threshold the best
    scores (in tens of points, negative), how clearly it leads the runner-up and the closest rival
    expectation (log of the ratio of scores + 1), and whether it shares a word of what happened (1), one
    only through a weak relation or in who said it (WEAKLY_TELLING), none but a figure or a name both
    write that is not who is involved (PARTICULAR: "1TB", "Qualcomm"), or nothing (0: who is involved,
    generic verbs, a direction, vague nouns or the topic alone); and whether both give figures that the figure
    linker tells apart, none answering another (1: "Russia June seaborne crude exports" / "Russia May crude
    production", another month; 0: they answer each other, or either gives none)."""
    return ((score - threshold) / 10, math.log((score + 1) / (max(runner_up, rival) + 1)), telling, float(apart))


def answers(features: tuple[float, ...], gate: tuple[float, ...]) -> bool:
    """The fitted decision (GATE_PARAMETERS): within `band` under the threshold, a best that shares a word
    of what happened answers by a lead of `lead`, one that shares it only weakly by `lead_weak`, one that
    shares only a figure or a name by `lead_particular`, one that shares none by `lead_none`; and one whose
    figures are told apart needs `lead_apart` as well (a lead of 99 is never reached)."""
    under, lead, telling, apart = features
    band, *leads, lead_apart = gate
    return under >= -band and lead >= leads[LEVELS.index(telling)] and (not apart or lead >= lead_apart)


LEVELS = (1.0, WEAKLY_TELLING, PARTICULAR, 0.0)  # in the order of the leads of GATE_PARAMETERS


@cache
def gate_weights() -> tuple[float, ...]:
    """The fitted GATE_PARAMETERS, read once from data/pairing-gate.tsv."""
    fitted = dict(line.split("\t") for line in GATE.read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#"))
    return tuple(float(fitted[name]) for name in GATE_PARAMETERS)


def score_pair(lexicon: Lexicon, expectation: int, outcome: int) -> float:
    """The pairing score of one expectation and one outcome (indices into lexicon.sets), as pair_claims scores it."""
    w, met = lexicon.met(expectation, outcome)
    denominator = BETA2 * lexicon.weight(expectation) + lexicon.weight(outcome) \
        + lexicon.figures_met(lexicon.weights(expectation), met)
    if not denominator:
        return 0.0
    return round(100 * (1 + BETA2) * w / denominator, 1)


def _met_weight(idf: dict[int, float], mine: frozenset[int], theirs: frozenset[int], near: frozenset[int],
                weak: frozenset[int]) -> tuple[float, frozenset[int]]:
    met = mine & near
    shared = met & theirs
    w = sum(map(idf.__getitem__, shared))
    if len(met) > len(shared):
        w += STRONG_BRIDGE * sum(map(idf.__getitem__, met - shared))
    if weak:
        far = mine & weak
        if far:
            w += WEAK_BRIDGE * sum(map(idf.__getitem__, far))
            met |= far
    return w, met


def _candidate(lexicon: Lexicon, e: int, r: int, score: float, met: frozenset[int]) -> Candidate:
    """A scored candidate with its shared terms and, for the terms met through a relation, the bridge."""
    theirs = lexicon.sets[r]
    # each term as this expectation and this report claim write it ("expand", not the
    # "tighten" another claim wrote first for the same term of change)
    mine, its = lexicon.written(e), lexicon.written(r)
    order = sorted(met, key=lambda c: (-lexicon.idf[c], mine[c]))
    # a bound and the value inside it, two cues of one vote: one term written two ways, shown as a bridge
    alike = lexicon.bound_terms | lexicon.cue_terms
    shared = tuple(dict.fromkeys(mine[c] for c in order if c in theirs and (c not in alike or mine[c] == its[c])))
    bridges = []
    for c in order:
        if c in theirs and c in lexicon.bound_terms and mine[c] != its[c]:
            bridges.append(f"{mine[c]} ∋ {its[c]}" if mine[c] in lexicon.bound_texts else f"{mine[c]} ∈ {its[c]}")
        elif c not in theirs:
            related = lexicon.strong.get(c, set()) & theirs or lexicon.weak.get(c, set()) & theirs
            if related:
                bridges.append(f"{mine[c]} ≈ {min(its[d] for d in related)}")
    # a year each names otherwise ("this year ≈ 2026", "2029-30 ≈ June 2030": the fiscal year and the month it may end)
    years, their_years = lexicon.entities[e]["year"], lexicon.entities[r]["year"]
    for key, written in years.items():
        joined = [w for k, w in their_years.items() if year_meets(key, k)]
        if joined and written not in their_years.values():
            bridges.append(f"{written} ≈ {joined[0]}")
    for c in lexicon.cue_terms & met & theirs:
        # shown unless the words of the cues already are ("unanimous ≈ dissented")
        said = set(" ".join((*shared, *bridges)).split())
        if mine[c] != its[c] and not (set(mine[c].split()) & said and set(its[c].split()) & said):
            bridges.append(f"{mine[c]} ≈ {its[c]}")
    return Candidate(r, round(score, 1), shared, tuple(bridges))
