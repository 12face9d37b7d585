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
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import islice
from typing import Sequence

from rapidfuzz import fuzz, process

from .model import Claim
from .text import MAX_TEXT_CHARS, actor_names, terms

DEFAULT_THRESHOLD = 35.0
TERM_CUTOFF = 85.0
AMBIGUITY_MARGIN = 5.0
BETA2 = 4.0
# Bounds that keep any file the loader accepts within seconds (see docs/pairing.md):
FUZZY_STEMS = 20_000  # stems compared for spelling variants
FUZZY_BUCKET = 300  # alphabetical successors each stem meets
PAIR_BUDGET = 500_000  # claim pairs scored in all; each expectation gets its share
MIN_CANDIDATES = 16  # but at least this many


@dataclass(frozen=True)
class Candidate:
    """A report claim scored against an expectation."""

    index: int
    score: float
    shared: tuple[str, ...]  # shared terms as written, rarest first


@dataclass(frozen=True)
class Pairing:
    """The best report claim for one expectation, and the runner-up."""

    best: Candidate | None
    runner_up: Candidate | None
    capped: int = 0  # when the candidate cap was hit: how many report claims were scored (0: all)


class Lexicon:
    """Terms of every claim of both articles: classes of equivalent stems, their weights."""

    def __init__(self, texts: Sequence[Sequence[str]], extra: Sequence[str] = ()) -> None:
        """texts: the texts of each claim; extra: other texts (metric names) whose words join the classes."""
        # A claim is one sentence: beyond MAX_TEXT_CHARS it is not read, so a
        # megabyte "statement" costs no more than a long sentence.
        read = [_clip(group) for group in texts]
        self.clipped = frozenset(i for i, (group, kept) in enumerate(zip(texts, read)) if kept != list(group))
        # Each stem of a claim with its first written form (reversed, so the first occurrence wins).
        stems_of = [dict(reversed([t for text in group for t in terms(text)])) for group in read]
        df: Counter[str] = Counter()
        for group in stems_of:
            df.update(group.keys())
        vocabulary = set(df) | {s for text in extra for s, _ in terms(text[:MAX_TEXT_CHARS])}
        self.classes, self.fuzzy_left_out = _equivalence_classes(vocabulary, df)
        classes = self.classes
        self.word: dict[int, str] = {}
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
        n = len(self.sets)
        self.idf = {c: math.log((n - k + 0.5) / (k + 0.5) + 1.0) for c, k in class_df.items()}
        # Who is involved (countries, titles, people named with a title) is not
        # what happened: a pairing must share at least one other term.
        actor_stems = actor_names(text for group in read for text in group)
        self.actors = frozenset(c for s, c in self.classes.items() if s in actor_stems)

    def class_set(self, text: str) -> frozenset[int]:
        """The term classes of a text that the lexicon has seen; other words are dropped."""
        return frozenset(self.classes[s] for s, _ in terms(text[:MAX_TEXT_CHARS]) if s in self.classes)

    def limits(self, index: int) -> list[str]:
        """Which of the input bounds cut what pairing read of claim `index`, for its reasons."""
        notes = []
        if index in self.clipped:
            notes.append(f"pairing read only the first {MAX_TEXT_CHARS} characters of this claim")
        if self.fuzzy_left_out:
            notes.append(f"spelling variants were sought among the {FUZZY_STEMS:,} commonest terms only "
                         f"({self.fuzzy_left_out:,} rarer ones left out)")
        return notes

    def weight(self, ids: frozenset[int]) -> float:
        """The summed idf of claim terms."""
        return sum(map(self.idf.__getitem__, ids))


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


def claim_texts(claim: Claim) -> list[str]:
    """What pairing reads of a claim: statement, keywords and topic."""
    return [claim.statement, *claim.keywords, *([claim.topic] if claim.topic else [])]


def pair_claims(lexicon: Lexicon, expectations: range, outcomes: range, threshold: float) -> list[Pairing]:
    """For each expectation (an index into lexicon.sets), its best and second-best outcome.

    Candidates come from an inverted index.  An outcome that shares only an
    expectation's commonest terms, worth less than the recall any score at the
    threshold needs, cannot reach the threshold and is not scored.
    """
    sets, idf, actors = lexicon.sets, lexicon.idf, lexicon.actors
    idf_of = idf.__getitem__
    postings: dict[int, list[int]] = defaultdict(list)
    for r in outcomes:
        for c in sets[r]:
            postings[c].append(r)
    weights = {r: lexicon.weight(sets[r]) for r in outcomes}
    t = threshold / 100
    min_recall = BETA2 * t / (1 + BETA2 - t) if t < 1 else 1.0
    # Near-identical claims would make every outcome a candidate of every
    # expectation: each gets its share of PAIR_BUDGET, rarest terms first.
    cap = max(MIN_CANDIDATES, PAIR_BUDGET // max(1, len(expectations)))
    pairings = []
    for e in expectations:
        mine = sets[e]
        total = lexicon.weight(mine)
        if not total:
            pairings.append(Pairing(None, None))
            continue
        ordered = sorted(mine, key=lambda c: (idf[c], c))
        skipped = 0.0
        start = 0
        while start < len(ordered) and skipped + idf[ordered[start]] < min_recall * total * 0.999:
            skipped += idf[ordered[start]]
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
        for r in sorted(candidates):
            shared = mine & sets[r]
            score = sum(map(idf_of, shared)) / (base + weights[r])
            if len(top) == 2 and score <= top[1][0]:
                continue
            if shared <= actors:
                continue
            top.append((score, r, shared))
            top.sort(key=lambda t: -t[0])
            del top[2:]
        found = [Candidate(r, round(100 * (1 + BETA2) * s, 1), _written(lexicon, shared)) for s, r, shared in top]
        pairings.append(Pairing(found[0] if found else None, found[1] if len(found) > 1 else None, capped))
    return pairings


def score_pair(lexicon: Lexicon, expectation: int, outcome: int) -> float:
    """The pairing score of one expectation and one outcome (indices into lexicon.sets), as pair_claims scores it."""
    mine, theirs = lexicon.sets[expectation], lexicon.sets[outcome]
    denominator = BETA2 * lexicon.weight(mine) + lexicon.weight(theirs)
    if not denominator:
        return 0.0
    return round(100 * (1 + BETA2) * lexicon.weight(mine & theirs) / denominator, 1)


def _written(lexicon: Lexicon, shared: frozenset[int]) -> tuple[str, ...]:
    return tuple(lexicon.word[c] for c in sorted(shared, key=lambda c: (-lexicon.idf[c], lexicon.word[c])))
