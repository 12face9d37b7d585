"""Polarity and direction: what fuzzy scores cannot see.

"will buy" and "will not buy" score alike; so do "raise rates" and "cut rates".
A claim is negated when its `negated:` key says so or, without the key, when its
statement holds an odd number of clear negation cues ("not", "never", "no",
"n't", "without", "ruled out", "dropped its", "called off", "refused to", …):
"did not rule out tariffs" cancels out and is affirmative.  A claim's
direction is up, down or hold when its statement has cue words of one kind
only ("raise", "cut", "unchanged"); two paired claims with different
directions contradict each other.
"""

from __future__ import annotations

import re

from .model import Claim
from .text import DOWN_WORDS as _DOWN
from .text import MAX_TEXT_CHARS
from .text import UP_WORDS as _UP

_NEGATORS = {"not", "no", "never", "without", "nor", "neither", "none", "cannot"}
_NEGATING_VERBS = {  # always negate what follows
    "abandon", "abandoned", "abandons", "scrap", "scrapped", "scraps", "cancel", "cancelled",
    "canceled", "cancels", "postpone", "postponed", "postpones", "shelve", "shelved",
    "forgo", "forgoes", "forwent", "forgone", "forego", "foregoes", "reject", "rejected",
    "rejects", "dismiss", "dismissed", "dismisses", "deny", "denied", "denies", "halt", "halted",
    "suspend", "suspended", "withdraw", "withdrew", "withdrawn",
}
_NEGATING_BEFORE = {  # negate only with the next word: "refused to", "ruled out", "dropped its"
    "refuse": {"to"}, "refused": {"to"}, "refuses": {"to"}, "fail": {"to"}, "failed": {"to"},
    "fails": {"to"}, "decline": {"to"}, "declined": {"to"}, "declines": {"to"},
    "rule": {"out"}, "ruled": {"out"}, "rules": {"out"}, "call": {"off"}, "called": {"off"},
    "calls": {"off"}, "drop": {"its", "the", "their", "his", "her", "plans", "a", "an"},
    "dropped": {"its", "the", "their", "his", "her", "plans", "a", "an"},
    "drops": {"its", "the", "their", "his", "her", "plans", "a", "an"},
}
_HOLD = {"unchanged", "steady", "pause", "paused", "pauses", "freeze", "froze", "frozen"}
# "held rates at 4%" holds; "held a summit" does not: these count only near such a noun.
_HOLD_VERBS = {"hold", "held", "holds", "holding", "keep", "kept", "keeps", "maintain", "maintained", "maintains"}
_HOLD_OBJECTS = {"rate", "rates", "policy", "output", "production", "unchanged", "steady", "borrowing"}
_CUE_WORDS = frozenset(_NEGATORS | _NEGATING_VERBS | _NEGATING_BEFORE.keys())
_DIRECTION_WORDS = frozenset(_UP | _DOWN | _HOLD | _HOLD_VERBS)
_WORDS = re.compile(r"[a-z]+n't|[a-z]+")


def _words(statement: str) -> list[str]:
    return _WORDS.findall(statement[:MAX_TEXT_CHARS].lower().replace("’", "'"))
DIRECTION_NAMES = {"up": "a rise", "down": "a fall or cut", "hold": "no change"}


def negation_cues(statement: str) -> list[str]:
    """The negation cues in a statement, as written."""
    words = _words(statement)
    cues: list[str] = []
    if _CUE_WORDS.isdisjoint(words) and "'" not in statement[:MAX_TEXT_CHARS].replace("’", "'"):
        return cues  # the common case, decided in one set operation
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _NEGATORS or w.endswith("n't") or w in _NEGATING_VERBS:
            cues.append(w)
        elif w in _NEGATING_BEFORE and nxt in _NEGATING_BEFORE[w]:
            cues.append(f"{w} {nxt}")
    return cues


def is_negated(claim: Claim) -> tuple[bool, str]:
    """Whether the claim says something did not or will not happen, and on what grounds."""
    if claim.negated is not None:
        return claim.negated, f"negated: {'true' if claim.negated else 'false'}"
    cues = negation_cues(claim.statement)
    quoted = ", ".join(f"'{c}'" for c in cues)
    if len(cues) % 2:
        return True, f"negation cue {quoted}"
    return False, f"cues {quoted} cancel out" if cues else "no negation cue"


def direction(statement: str) -> tuple[str | None, str]:
    """up, down or hold when the statement's change words agree, with the word that says so."""
    words = _words(statement)
    found: dict[str, str] = {}
    if _DIRECTION_WORDS.isdisjoint(words):
        return None, ""
    for i, w in enumerate(words):
        if w in _UP:
            found.setdefault("up", w)
        elif w in _DOWN and not set(words[i + 1:i + 2]) & _NEGATING_BEFORE.get(w, set()):
            # "declined to" negates (see negation_cues); "exports declined" is a fall.
            found.setdefault("down", w)
        elif w in _HOLD or (w in _HOLD_VERBS and _HOLD_OBJECTS & set(words[i + 1:i + 5])):
            found.setdefault("hold", w)
    if len(found) == 1:
        kind, word = next(iter(found.items()))
        return kind, word
    return None, ""
