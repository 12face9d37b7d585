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
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz, process

from .model import Claim
from .text import actor_names, terms

DEFAULT_THRESHOLD = 35.0
TERM_CUTOFF = 85.0
AMBIGUITY_MARGIN = 5.0
BETA2 = 4.0


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


class Lexicon:
    """Terms of every claim of both articles: classes of equivalent stems, their weights."""

    def __init__(self, texts: Sequence[Sequence[str]], extra: Sequence[str] = ()) -> None:
        """texts: the texts of each claim; extra: other texts (metric names) whose words join the classes."""
        stems_of: list[list[tuple[str, str]]] = [[t for text in group for t in terms(text)] for group in texts]
        vocabulary = {s for group in stems_of for s, _ in group} | {s for text in extra for s, _ in terms(text)}
        self.classes = _equivalence_classes(vocabulary)
        self.word: dict[int, str] = {}
        self.sets: list[frozenset[int]] = []
        for group in stems_of:
            ids = set()
            for s, written in group:
                c = self.classes[s]
                self.word.setdefault(c, written)
                ids.add(c)
            self.sets.append(frozenset(ids))
        df: dict[int, int] = defaultdict(int)
        for ids in self.sets:
            for c in ids:
                df[c] += 1
        n = len(self.sets)
        self.idf = {c: math.log((n - k + 0.5) / (k + 0.5) + 1.0) for c, k in df.items()}
        # Who is involved (countries, titles, people named with a title) is not
        # what happened: a pairing must share at least one other term.
        actor_stems = actor_names(text for group in texts for text in group)
        self.actors = frozenset(c for s, c in self.classes.items() if s in actor_stems)

    def class_set(self, text: str) -> frozenset[int]:
        """The term classes of a text that the lexicon has seen; other words are dropped."""
        return frozenset(self.classes[s] for s, _ in terms(text) if s in self.classes)

    def weight(self, ids: frozenset[int]) -> float:
        """The summed idf of claim terms."""
        return sum(map(self.idf.__getitem__, ids))


def _equivalence_classes(stems: set[str]) -> dict[str, int]:
    """Join stems rapidfuzz finds alike (same first three letters, ratio ≥ TERM_CUTOFF)."""
    parent = {s: s for s in stems}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    buckets: dict[str, list[str]] = defaultdict(list)
    for s in stems:
        if len(s) >= 4:
            buckets[s[:3]].append(s)
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        bucket.sort()
        for i, s in enumerate(bucket[:-1]):
            for other, _, _ in process.extract(
                s, bucket[i + 1:], scorer=fuzz.ratio, processor=None, score_cutoff=TERM_CUTOFF, limit=None
            ):
                parent[find(other)] = find(s)
    ids: dict[str, int] = {}
    return {s: ids.setdefault(find(s), len(ids)) for s in sorted(stems)}


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
        for c in ordered[start:]:
            candidates.update(postings.get(c, ()))
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
        pairings.append(Pairing(found[0] if found else None, found[1] if len(found) > 1 else None))
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
