"""Figures of one metric in the two articles: linked, compared, and flagged when apart.

Two figures describe the same metric when their metric names share at least
METRIC_CUTOFF of their terms (Jaccard, with the lexicon's stems, demonyms and
synonyms: "Japanese" is "Japan", a surplus and a deficit are one balance),
name the same parties in the same order (a surplus of A with B is the deficit
of B with A, so "deficit" reverses the order), have comparable units, and each
is the other's closest such figure: "iPhone 17 price" is not compared with
"iPhone 17 Pro price" when both articles give both.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from .match import Lexicon
from .model import Claim, Figure
from .text import COUNTRIES, terms

METRIC_CUTOFF = 0.5
DEFAULT_TOLERANCE = 0.0


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
        """How much the report's value differs from the preview's, in percent."""
        before, after = self.preview.quantity.value, self.report.quantity.value
        if not before or not (math.isfinite(before) and math.isfinite(after)):
            return None
        return round((after - before) / abs(before) * 100, 1)

    def disagrees(self, tolerance: float) -> bool:
        """Apart by at least tolerance (a fraction: 0.05 is 5 %); at 0, intervals that only touch disagree."""
        return not self.meets and self.gap >= tolerance


@dataclass(frozen=True)
class _Metric:
    classes: frozenset[int]
    parties: tuple[str, ...]


def _metric(lexicon: Lexicon, name: str) -> _Metric:
    found = terms(name)
    parties = [s for s, _ in found if s in COUNTRIES]
    if any(written == "deficit" for _, written in found):
        parties.reverse()
    return _Metric(lexicon.class_set(name), tuple(dict.fromkeys(parties)))


def _similarity(a: _Metric, b: _Metric) -> float:
    if len(a.parties) >= 2 and len(b.parties) >= 2 and a.parties[:2] != b.parties[:2]:
        return 0.0
    union = a.classes | b.classes
    return len(a.classes & b.classes) / len(union) if union else 0.0


def link_figures(lexicon: Lexicon, preview: list[Claim], report: list[Claim]) -> list[FigureLink]:
    """Pairs of figures, one per article, that each describe the other's metric."""
    pf = [(i, f, _metric(lexicon, f.metric)) for i, c in enumerate(preview) for f in c.figures]
    rf = [(j, f, _metric(lexicon, f.metric)) for j, c in enumerate(report) for f in c.figures]
    index: dict[int, list[int]] = defaultdict(list)
    for k, (_, _, m) in enumerate(rf):
        for c in m.classes:
            index[c].append(k)
    best_for_p: dict[int, tuple[float, set[int]]] = {}
    best_for_r: dict[int, tuple[float, set[int]]] = {}
    for p, (_, f, m) in enumerate(pf):
        for r in {k for c in m.classes for k in index[c]}:
            if not f.quantity.comparable(rf[r][1].quantity):
                continue
            s = _similarity(m, rf[r][2])
            if s < METRIC_CUTOFF:
                continue
            for table, key, other in ((best_for_p, p, r), (best_for_r, r, p)):
                score, members = table.get(key, (0.0, set()))
                if s > score:
                    table[key] = (s, {other})
                elif s == score:
                    members.add(other)
    links = []
    for p, (_, members) in sorted(best_for_p.items()):
        for r in sorted(members):
            if p in best_for_r[r][1]:
                (i, f, _), (j, g, _) = pf[p], rf[r]
                links.append(FigureLink(i, j, f, g, f.quantity.gap(g.quantity), f.quantity.agrees(g.quantity)))
    return links
