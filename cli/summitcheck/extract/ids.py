"""Claim ids: a few of a claim's rarest key words, unique in the file."""

from __future__ import annotations

import math
from collections import Counter

from ..lazy import compiled
from ..model import Figure
from ..schema import ID_PATTERN
from ..text import COUNTRIES, TITLES, actor_names, ascii_fold, has_title, stem
from .words import _CAPITALS_NOT_NAMES, _terms, _verbish

_ID_NOISE = frozenset("""
make made take took plan plans announce announced consider considering support supporting hold held
say said told include including focus focusing further additional certain among particularly especially
first second third fourth fifth last next new key major
""".split())


def _rarity(texts: list[str]) -> dict[str, float]:
    frequency = Counter(s for text in texts for s in {s for s, _ in _terms(text)})
    n = max(len(texts), 1)
    return {s: math.log((n + 1) / (k + 0.5)) for s, k in frequency.items()}


_ACTORS = COUNTRIES | {stem(t) for t in TITLES}


def _claim_id(own: str, figures: list[Figure], rarity: dict[str, float], taken: set[str],
              suffixes: dict[str, int]) -> str:
    """A few key words of the claim, rarest in the article first chosen, kept in their order."""
    source = figures[0].metric if figures else own
    words = source.split()
    verb = next((i for i, w in enumerate(words) if _verbish(w.strip(",;:"))), None)
    if verb is not None and not figures:
        predicate = " ".join(words[verb + 1:])
        if len(_id_words(predicate)) >= 2:
            source = predicate
    candidates = _id_words(source)
    if not candidates:
        candidates = [(i, s, w) for i, (s, w) in enumerate(_terms(own)) if s not in _ACTORS]
    ranked = sorted({s: (p, w) for p, s, w in reversed(candidates)}.items(),
                    key=lambda kv: (-rarity.get(kv[0], 0.0), kv[1][0]))
    chosen: list[tuple[int, str]] = []
    for _, (position, written) in ranked:
        chosen.append((position, written))
        slug = _slug("-".join(w for _, w in sorted(chosen)), 48)
        if len(chosen) >= 3 and slug not in taken:
            break
    slug = _slug("-".join(w for _, w in sorted(chosen)), 48) or "claim"
    unique, n = slug, suffixes.get(slug, 2)
    while unique in taken:
        unique, n = f"{slug}-{n}", n + 1
    suffixes[slug] = n  # the next suffix to try: a list of like lines is not probed -2, -3, … each time
    taken.add(unique)
    return unique


def _id_words(text: str) -> list[tuple[int, str, str]]:
    names = actor_names([text] if has_title(text) else [])  # the titled-name pattern is tried at every position
    return [(position, s, written) for position, (s, written) in enumerate(_terms(text))
            if s not in _ACTORS and s not in names and written not in _ID_NOISE and written not in _CAPITALS_NOT_NAMES
            and not _verbish(written) and not written.endswith("ly") and len(written) >= 3]


_NOT_SLUG_CHARACTERS = compiled(r"[^a-z0-9]+")
_VALID_ID = compiled(ID_PATTERN)


def _slug(text: str, limit: int) -> str:
    ascii_text = ascii_fold(text).lower()
    slug = _NOT_SLUG_CHARACTERS.sub("-", ascii_text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug if _VALID_ID.fullmatch(slug) else ""
