"""Word lists and word tests shared by several stages of drafting."""

from __future__ import annotations

from functools import lru_cache

from ..lazy import compiled
from ..text import DOWN_WORDS, MONTHS, UP_WORDS, terms

# The words that open a noun phrase ("its Financial Stability Review", "these measures").
_DETERMINERS = frozenset("the a an its their his her this that these those our your".split())
# Evidence that a sentence says something was or will be done.
_MODALS = frozenset("will would may might could can shall should must won't".split())
_ACTION_WORDS = frozenset("""
plan plans planned aim aims aimed intend intends intended hope hopes hoped want wants seek seeks sought
expect expects expected consider considers considering pledge pledges pledged promise promises promised
vow vows vowed agree agrees agreed commit commits committed announce announces announced approve approves
decide decides decided sign signs signed meet meets met hold holds held say says said tell tells told
make makes made buy buys bought sell sells sold invest invests impose imposes imposed launch launches
launched unveil unveils unveiled keep keeps kept reach reaches reached set sets put puts give gives gave
take takes took win wins won lose loses lost delay delays extend extends extended join joins
likely threaten threatens threatened warn warns warned urge urges urged see sees saw seen forecast
forecasts project projects estimate estimates stand stands stood hit hits bring brings brought leave leaves
left rise rises rose fall falls fell include includes included
""".split()) | UP_WORDS | DOWN_WORDS
# People and countries that act: how many of them sign, attend or vote is news ("as many as 11 countries are
# expected to sign", "signed by 25 leaders"), unless named by reference or speaking as sources (worthiness); such a
# count measures how many of them act (metrics).
_ACTORS = frozenset("""
leader member minister country nation delegate lawmaker policymaker governor participant government state ally
""".split())
_MONTHS = frozenset(MONTHS)
_CAPITALS_NOT_NAMES = _MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday i".split())
_NOT_GERUNDS = frozenset("""
during including according morning evening thing nothing something anything everything king ring spring
string bring sing wing meeting building funding spending trading housing pricing ceiling beijing
reading boeing wedding hearing briefing landing offering earnings savings outstanding remaining leading
following long among shipping banking lending rating ranking manufacturing
mining engineering marketing advertising
""".split())

# Tiny patterns more than one stage reads with.
_DIGIT = compiled(r"\d")
_COMMA_OR = compiled(r",\s*or\s+")  # "$610 million, or 97 cents a share": the same amount in other terms
_NEXT_WORD = compiled(r"\s+([a-z]+)\b")  # the lower-case word after a figure


def _is_gerund(word: str) -> bool:
    w = word.lower()
    return w.endswith("ing") and len(w) > 5 and w not in _NOT_GERUNDS


def _verbish(word: str) -> bool:
    w = word.lower()
    return (w in _MODALS or w in _ACTION_WORDS or w in {"is", "are", "was", "were", "be", "been", "has", "have", "had"}
            or (w.endswith("ed") and len(w) > 4) or _is_gerund(w))


@lru_cache(maxsize=1 << 12)
def _terms(text: str) -> tuple[tuple[str, str], ...]:
    """text.terms(text), kept: drafting reads the words of a sentence for its id, metric, topic and
    countries (806 reads of 455 texts for a 4,000-word article)."""
    return tuple(terms(text))
