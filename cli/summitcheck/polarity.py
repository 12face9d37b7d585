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
from bisect import bisect_right
from functools import lru_cache

from . import lexical
from .lazy import LazyPattern, compiled
from .model import Claim
from .parallel import Handed
from .text import DOWN_WORDS as _DOWN
from .text import MAX_TEXT_CHARS, MONTHS, STOPWORDS, WEEKDAYS, any_of, ascii_fold, may_hold, terms
from .text import UP_WORDS as _UP

# with the negative pronouns and adverbs ("was nowhere to be seen", "had nothing to announce", "nobody signed")
_NEGATORS = {"not", "no", "never", "without", "nor", "neither", "none", "cannot", "nowhere", "nothing", "nobody"}
# "nothing but praise", "nothing short of a breakthrough", "nothing less than": what follows is affirmed
_AFFIRMING_AFTER_NOTHING = frozenset({"but", "short", "less"})
# The negative pronouns and adverbs open a comparison when a "than" follows in their clause ("nowhere was this
# clearer than in housing", "nobody gained more than the exporters"): what is compared happened
_NEGATIVE_PRONOUNS = frozenset({"nowhere", "nothing", "nobody"})
_THAN_IN_CLAUSE = compiled(r"[^,;:.]*\bthan\b")
# "No. 6 blast furnace", "the No. 2 Republican", "Nos. 3 and 4": the abbreviation of "number", no denial
_NUMBER_SIGN = compiled(r"s?\.\s?\d")
_NEGATING_VERBS = {  # always negate what follows
    "abandon", "abandoned", "abandons", "scrap", "scrapped", "scraps", "cancel", "cancelled",
    "canceled", "cancels", "postpone", "postponed", "postpones", "shelve", "shelved",
    "forgo", "forgoes", "forwent", "forgone", "forego", "foregoes", "reject", "rejected",
    "rejects", "dismiss", "dismissed", "dismisses", "deny", "denied", "denies", "halt", "halted",
    "suspend", "suspended", "withdraw", "withdrew", "withdrawn",
    # waiving a tariff, a fee or a rule suspends it: "waive the CET on chicken imports" (a removal of a negative
    # thing, "waived its objections", still says yes: _REMOVALS)
    "waive", "waives", "waived", "waiving",
    # blocking and avoiding are refusals: "blocked any reference to the tax", "avoid committing to a move"
    "block", "blocks", "blocked", "blocking", "veto", "vetoes", "vetoed", "vetoing", "avoid", "avoids", "avoided",
    "avoiding",
}
_NEGATING_BEFORE = {  # negate only with the next word: "refused to", "ruled out", "dropped its"
    "unlikely": {"to"},  # "the Fed is unlikely to cut" expects no cut
    "refuse": {"to"}, "refused": {"to"}, "refuses": {"to"}, "fail": {"to"}, "failed": {"to"},
    "fails": {"to"}, "decline": {"to"}, "declined": {"to"}, "declines": {"to"},
    "rule": {"out"}, "ruled": {"out"}, "rules": {"out"}, "call": {"off"}, "called": {"off"},
    "calls": {"off"}, "drop": {"its", "the", "their", "his", "her", "plans", "a", "an"},
    "dropped": {"its", "the", "their", "his", "her", "plans", "a", "an"},
    "drops": {"its", "the", "their", "his", "her", "plans", "a", "an"},
    # stopping short of, holding off on, refraining from: the thing was not done
    "stop": {"short"}, "stops": {"short"}, "stopped": {"short"}, "stopping": {"short"},
    "hold": {"off"}, "holds": {"off"}, "held": {"off"}, "holding": {"off"},
    "refrain": {"from"}, "refrains": {"from"}, "refrained": {"from"}, "refraining": {"from"},
    "shied": {"away"}, "shies": {"away"}, "shy": {"away"}, "balked": {"at"}, "balks": {"at"}, "balk": {"at"},
    # a phrase, a pledge or a line taken out of a text: "omitted the reference to", "was struck from the
    # final communique" (not "dropped from 5%", a fall, nor "cut from", which moves a figure)
    **dict.fromkeys(("omit", "omits", "omitted", "omitting"),
                    frozenset({"the", "any", "a", "an", "all", "its", "their", "from", "mention", "reference",
                               "references", "language", "wording"})),
    **dict.fromkeys(("removed", "deleted", "struck", "excised", "stripped", "erased"), frozenset({"from"})),
}
# Removing a negative thing is consenting: "dropped its veto", "lifted its objections", "scrapped the ban"
# say yes.  The removal and the negative noun are read together as no cue at all.
_REMOVALS = frozenset({"drop", "drops", "dropped", "dropping", "lift", "lifts", "lifted", "lifting", "withdraw",
                       "withdraws", "withdrew", "withdrawn", "waive", "waives", "waived", "abandon", "abandons",
                       "abandoned", "end", "ends", "ended", "scrap", "scraps", "scrapped", "remove", "removes",
                       "removed"})
_NEGATIVE_NOUNS = frozenset({"veto", "vetoes", "objection", "objections", "opposition", "resistance", "reservation",
                             "reservations", "block", "blockade", "boycott", "ban", "bans", "embargo", "holdout"})
_DETERMINERS = frozenset({"its", "the", "their", "his", "her", "a", "any", "all"})
_HOLD = {"unchanged", "steady", "pause", "paused", "pauses", "freeze", "froze", "frozen", "locked"}
# Verbs that stop what they act on: they say no change only of a move they govern ("halted its rate increases",
# "ended its run of hikes", "rate increases were suspended"), not of a thing ("halted production", "ended the year")
_STOP_VERBS = frozenset({"halt", "halts", "halted", "halting", "stop", "stops", "stopped", "stopping", "end", "ends",
                         "ended", "ending", "suspend", "suspends", "suspended", "suspending", "cease", "ceases",
                         "ceased", "ceasing"})
# "held rates at 4%" holds; "held a summit" does not: these count only near such a noun.
_HOLD_VERBS = {"hold", "held", "holds", "holding", "keep", "kept", "keeps", "maintain", "maintained", "maintains",
               # reaffirming or sticking to guidance keeps it: "reaffirmed its full-year forecast"
               "reaffirm", "reaffirms", "reaffirmed", "reaffirming", "reiterate", "reiterates", "reiterated",
               "reiterating", "stick", "sticks", "stuck", "sticking"}
_HOLD_OBJECTS = {"rate", "rates", "policy", "output", "production", "unchanged", "steady", "borrowing", "target",
                 "targets", "guidance", "forecast", "forecasts", "outlook", "goal", "stance"}
# "will change its target" is some move, up or down: against "kept its target" it is the opposite
_CHANGE = {"change", "changes", "changed", "changing", "alter", "alters", "altered", "altering", "adjust", "adjusts",
           "adjusted", "adjusting", "revise", "revises", "revised", "revising", "tweak", "tweaks", "tweaked", "amend",
           "amends", "amended", "shift", "shifts", "shifted"}
# Opposite cues: a paired claim with cues of one side only, against one with cues of the
# other side only, contradicts it ("unanimous" / "two members dissented").  Each side is
# words and phrases of up to three words; "keep:ing" is "keep" before an -ing word (_opposite_cues).
OPPOSITES: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    # every form an editor writes: adjective, adverb, noun, verb ("unanimity", "dissenting")
    ("a unanimous vote against a split one",
     frozenset({"unanimous", "unanimously", "unanimity", "consensus", "by consensus", "without objection",
                "without dissent"}),
     frozenset({"dissent", "dissented", "dissents", "dissenting", "dissenter", "dissenters", "split",
                "divided", "voted against", "vote against", "votes against", "voting against", "objection",
                "objections", "objected", "objecting", "reservation", "reservations",
                # every form of the verbs, as editors write the vote denied: "no member is expected to object",
                # "no state will oppose the declaration", "no leader vetoed it" ("as opposed to" is no vote)
                "object", "objects", "oppose", "opposes", "opposed", "opposing", "veto", "vetoes", "vetoed",
                "vetoing"})),
    ("stopping against carrying on",
     frozenset({"end", "ends", "ended", "ending", "stop", "stops", "stopped", "stopping", "discontinue",
                "discontinues", "discontinued", "terminate", "terminates", "terminated", "phase out",
                "phased out", "wind down", "exit", "lapse", "lapses", "lapsed", "expire", "expires", "expired",
                "expiring", "expiry"}),
     frozenset({"continue", "continues", "continued", "continuing", "carry on", "press ahead",
                "keep:ing", "keeps:ing", "kept:ing", "keeping:ing",
                # extending or renewing a measure carries it on; letting it lapse ends it
                "extend", "extends", "extended", "extending", "extension", "renew", "renews", "renewed",
                "renewing", "renewal", "prolong", "prolongs", "prolonged", "prolonging",
                # a measure kept in place carries on: "the 5p cut will be kept in place"
                "kept in place", "keep in place", "keeps in place", "left in place", "leave in place",
                "remain in place", "remains in place", "remained in place", "stay in place", "stays in place",
                "stayed in place", "remain in force", "remains in force", "remained in force"})),
    ("beating against missing",
     frozenset({"beat", "beats", "beating", "topped", "exceeded", "surpassed"}),
     frozenset({"missed", "miss", "misses", "fell short"})),
    ("including against leaving out",
     # "open+to": "open" with "to" among the next four words ("open its dairy sector to imports")
     frozenset({"include", "includes", "included", "including", "inclusion", "inclusive", "open+to", "opens+to",
                "opened+to", "opening+to", "mention", "mentions", "mentioned", "mentioning", "refer to",
                "refers to", "referred to"}),
     frozenset({"exclude", "excludes", "excluded", "excluding", "exclusion", "exempt", "exempted", "exempts",
                "exemption", "except", "left out", "leave out", "leaves out", "omit", "omits", "omitted",
                "omitting", "omission"})),
    ("a surplus against a deficit",
     frozenset({"surplus", "surpluses"}),
     frozenset({"deficit", "deficits", "shortfall", "shortfalls"})),
    ("quickening against slowing",
     frozenset({"accelerate", "accelerates", "accelerated", "accelerating", "acceleration", "speed up",
                "speeds up", "sped up", "quicken", "quickens", "quickened", "quickening"}),
     frozenset({"slow", "slows", "slowed", "slowing", "slowdown", "decelerate", "decelerates", "decelerated",
                "decelerating", "deceleration"})),
    ("attending against staying away",
     frozenset({"attend", "attends", "attended", "attending", "attendance", "turn up", "turned up", "turns up",
                "show up", "showed up", "shows up"}),
     frozenset({"skip", "skips", "skipped", "skipping", "stay away", "stays away", "stayed away", "boycott",
                "boycotts", "boycotted", "boycotting",
                # one sent in the subject's place: "sent a deputy to the talks", "sending the vice premier instead"
                "send+instead", "sends+instead", "sent+instead", "sending+instead", "send+deputy", "sends+deputy",
                "sent+deputy", "sending+deputy", "represented by"})),
    ("open to all against limited to some",
     frozenset({"open to all", "open to every", "open to any", "open to everyone", "available to all",
                "available to every", "universal", "universally", "all two", "all three", "all four", "all five",
                "all six", "all seven", "all eight", "all nine", "all ten"}),
     frozenset({"limited to", "limit to", "limits to", "restricted to", "restrict to", "restricts to",
                "confined to", "reserved for", "only to", "only for"})),
    ("attending in person against taking part from afar",
     frozenset({"in person", "face to face"}),
     frozenset({"by video", "video link", "videolink", "by videoconference", "videoconference", "video call",
                "by phone", "by telephone", "remotely", "virtually",
                # "online" of a meeting, not of a thing ("launched an online portal")
                "held online", "hold online", "holds online", "met online", "meet online", "meets online",
                "meeting online", "gather online", "gathered online", "convene online", "convened online",
                "join online", "joined online", "joins online", "take place online", "takes place online",
                "took place online", "online meeting", "online summit", "online session", "online call"})),
)
_UNANIMITY, _UNANIMOUS, _SPLIT = OPPOSITES[0]  # the vote: tallies and "all N" are read beside it
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# A number of a vote or a body's members, in digits or words up to 99 ("Twenty-five of the 27"), taken whole (an
# atomic group: "twenty-five" is never "twenty" and a tally's "-five"); a count opens where no hyphen joins it to
# the word before (_OPENS: "five" of "twenty-five" is no count)
_OPENS = r"(?<![-–])"
_NUMBER = (r"((?>\d{1,2}|(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_NUMBER_WORDS[1:10]) + r"))?|"
           + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))")
# "5-4", "seven to two", "two of the six" (members), "four of the Monetary Policy Committee's six": the tally of a
# vote (the body that votes named before its count, in up to four words)
_OF = rf"\b{_OPENS}{_NUMBER}\s+of\s+(?:(?:the|its|their)\s+)?(?:(?:[a-z]+\s+){{0,3}}[a-z]+'s\s+)?{_NUMBER}\b"
# (a range is no tally: "from 62 to 64", "at 12 to 15 times earnings", "between 3-4")
_TALLY = LazyPattern(rf"(?<!from )(?<!at )(?<!between )\b{_OPENS}{_NUMBER}\s*(?:-|–|—|\bto\b)\s*{_NUMBER}\b"
                    rf"(?!\s*(?:%|per|percent|bn|billion|million|times|years|months|weeks|days))"
                    rf"|{_OF}")
# "all six members", "every one of the nine": in a claim about a vote, no one against
_ALL_OF = LazyPattern(rf"\b(?:all|every one of)\s+(?:the\s+|its\s+|their\s+)?{_NUMBER}\b(?!\s*(?:%|per|percent))")
# the words of a decision taken by a vote: "voted 5-4", "passed the charge 5-0", "all nine support the hike"
_VOTE_WORDS = frozenset({"vote", "votes", "voted", "voting", "ballot", "majority", "back", "backs", "backed", "members",
                         "support", "supports", "supported", "approve", "approves", "approved", "passed", "endorse",
                         "endorses", "endorsed"})
# "all 27 member states" against "25 of the 27": not all of them
_ALL = LazyPattern(rf"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?{_NUMBER}\b")
_SOME_OF = LazyPattern(_OF)
# "Contrary to reports ahead of the launch, …": the report says the expected thing did not come
# ("contrary to expectations of a pause" names what was expected instead, and is read as it says).
_AGAINST_EXPECTATIONS = LazyPattern(
    r"\b(?:contrary to|defying|confounding|against)\s+(?:(?:earlier|widespread|media|press|market|some|many|"
    r"most|the|analysts'|economists')\s+)*(?:reports|expectations|speculation|rumou?rs|predictions|forecasts)"
    r"\b(?!\s+(?:of|that|for)\b)")
_AGAINST_WORDS = ("contrary to", "defying", "confounding", "against")  # one of them opens every match
# A word each cue needs (its longest: "person" of "in person", since "in" is in most claims),
# so that most claims are passed over in one set operation.
# Japan's surplus with the US is the US deficit with Japan: against a partner the two words are one balance.
_RELATIVE = frozenset({"surplus", "surpluses", "deficit", "deficits", "shortfall", "shortfalls"})
_PARTNER = frozenset({"with", "against", "vis", "versus"})
_FOLLOWED: dict[str, set[str]] = {}
for _, _one, _two in OPPOSITES:
    for _cue in sorted(_one | _two):
        if "+" in _cue:
            _FOLLOWED.setdefault(_cue.split("+")[0], set()).add(_cue.split("+")[1])
_FOLLOWS = 6  # "+" cues: the second word within so many words of the first ("sending Vice Premier Ding Xuexiang instead")
_NEEDED_WORDS = {cues: frozenset(max(c.split(":")[0].split("+")[0].split(" "), key=len) for c in cues)
                 for _, one, two in OPPOSITES for cues in (one, two)}
# A statement holding none of these words gives no cue of any pair, and no tally: most claims.
_ANY_CUE_WORDS = frozenset().union(*_NEEDED_WORDS.values(), _VOTE_WORDS)
# Every cue of a vote, either way, holds one of these words, and so does every statement _count reads a tally
# from (as a substring of the statement in lower case: a word of it is one)
_VOTE_NEEDED = tuple(sorted(_NEEDED_WORDS[_UNANIMOUS] | _NEEDED_WORDS[_SPLIT] | _VOTE_WORDS))
# "the end of the year", "the quarter ended October 31" name a time, not a stop
_NOT_BEFORE = frozenset({"on", "in", "at", "with", "up", "of", "january", "february", "march", "april", "may", "june",
                         "july", "august", "september", "october", "november", "december"})
_NOT_AFTER = frozenset({"the", "a", "an", "this", "that", "year", "month", "week", "quarter", "its"})
# "stays at 20%", "remained at 4%", "stay put": no change; "remains committed" is not one.
_STAY_VERBS = {"stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining"}
_STAY_AT = {"at", "unchanged", "steady", "flat", "put", "on"}
# "remain in place", "kept in place", "left in force": the measure stays as it is
_IN_PLACE = frozenset({("in", "place"), ("in", "force")})
_PLACE_VERBS = _STAY_VERBS | {"keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving"}
# What ends the thing a keep verb keeps before the state it is kept in: another clause or its subordinate
_KEPT_ENDS = frozenset({"but", "while", "whereas", "although", "though", "because", "as", "after", "before", "since",
                        "which", "who", "when", "than", "if", "unless"})
_ON_QUANTITY = compiled(r"\b([A-Za-z]+)\s+(?:(?:about|around|some|nearly|almost|roughly|up to|another|an extra|"
                          r"an additional|a further)\s+)?[$€£¥₩₹]?\d")
# Where a move goes: "… to $2.4 billion", "… to about 4.1 million", "… to a three-year low"
_TO_LEVEL = compiled(r"\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:[$€£¥₩₹]?\d|(?:a|an|its|their)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:low|high|record|minimum|trough))")
# A verb never follows its "to" with a determiner or a number: "declined to the lowest level since 2020", "fell to
# two", "declined to €1bn" name where a move went; "declined to comment" governs a verb (a refusal)
_TO_NO_VERB = compiled(r"\s+to\s+(?:[$€£¥₩₹]|\d|(?:a|an|the|its|their|his|her|this|that|these|those|our|about|around|"
                         r"some|nearly|almost|roughly|just|" + "|".join(("zero", "one", "two", "three", "four", "five", "six",
                                                                     "seven", "eight", "nine", "ten")) + r")\b)")
# "would stall without reforms", "risked becoming irrelevant without a court": a condition, as "unless" is
_WARNING = frozenset({"risk", "risks", "risked", "risking", "would", "could", "might", "warn", "warns", "warned"})
_UNLESS = LazyPattern(r"\bunless\b[^,;:]*")
# What a government charges: cutting one to nothing is scrapping it
_CHARGES = ("duty", "duties", "tariff", "tariffs", "tax", "taxes", "levy", "levies", "fee", "fees", "charge", "charges",
            "surcharge", "toll", "tolls", "excise", "vat")
_AVOID = frozenset({"avoid", "avoids", "avoided", "avoiding"})
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
_MODALS = frozenset({"will", "would", "may", "might", "could", "should", "must", "can", "shall"})
_AUXILIARIES = frozenset({"has", "have", "had", "did", "does", "do", "am"})
# "… to avoid" is the claim's verb after these (expected to, likely to, plans to, managed to …)
_INTENT = frozenset({"expected", "likely", "unlikely", "set", "due", "poised", "seen", "tipped", "forecast",
                     "predicted", "going", "plans", "planned", "plan", "aims", "aim", "aimed", "hopes", "hope",
                     "hoped", "wants", "want", "wanted", "intends", "intend", "intended", "seeks", "seek", "sought",
                     "tries", "try", "tried", "managed", "able", "bound", "promised", "pledged", "vowed"})
# Verbs that name one act in different words: each negating verb's family (see same_act).
_ACTS = (
    frozenset({"scrap", "scrapped", "scraps", "scrapping", "abolish", "abolished", "abolishes", "abolishing",
               "abolition", "eliminate", "eliminated", "eliminates", "eliminating", "elimination", "repeal",
               "repealed", "repeals", "repealing", "axe", "axed", "axes", "axing", "remove", "removed", "removes",
               "removing", "removal", "ditch", "ditched", "ditches", "ditching", "cancel", "cancelled", "canceled",
               "cancels", "cancelling", "canceling", "cancellation", "abandon", "abandoned", "abandons",
               "abandoning", "withdraw", "withdrew", "withdrawn", "withdraws", "withdrawal"}),
    frozenset({"postpone", "postponed", "postpones", "postponing", "postponement", "delay", "delayed", "delays",
               "delaying", "defer", "deferred", "defers", "deferring", "shelve", "shelved", "shelves",
               "shelving"}),
    frozenset({"halt", "halted", "halts", "halting", "suspend", "suspended", "suspends", "suspending", "suspension",
               "freeze", "froze", "frozen", "freezes", "freezing", "pause", "paused", "pauses", "pausing"}),
    frozenset({"reject", "rejected", "rejects", "rejecting", "rejection", "dismiss", "dismissed", "dismisses",
               "deny", "denied", "denies", "veto", "vetoed", "vetoes", "vetoing", "block", "blocked", "blocks",
               "blocking"}),
)
_TOKENS = compiled(r"[a-z]+n't|[a-z]+|[,;:]")
_BREAKS = frozenset({",", ";", ":", "and", "but", "while", "whereas"})
_CUE_WORDS = frozenset(_NEGATORS | _NEGATING_VERBS | _NEGATING_BEFORE.keys())
_DIRECTION_WORDS = frozenset(_UP | _DOWN | _HOLD | _HOLD_VERBS | _PLACE_VERBS | _CHANGE)
_WORDS = compiled(r"[a-z]+n't|[a-z]+")
_NAME = compiled(r"\b[^\W\d_][\w'-]*")


@lru_cache(maxsize=4096)
def _words(statement: str) -> list[str]:
    # A claim is judged against several others: its words are read once (callers never change the list).
    return _WORDS.findall(statement[:MAX_TEXT_CHARS].lower().replace("’", "'"))


@lru_cache(maxsize=4096)
def _falls(text: str) -> frozenset[int]:
    """The positions, among a lower-case text's words, of refusal cues whose next word does not take a verb:
    "declined 9% to €1.02bn" (a figure between: words drop it), "declined to 3.1%", "declined to the lowest
    level" say where a fall went.  A refusal governs a verb right after it: "declined to comment"."""
    found = []
    for i, m in enumerate(_WORDS.finditer(text)):
        nxt = _NEGATING_BEFORE.get(m.group())
        if nxt is None:
            continue
        after = _WORDS.search(text, m.end())
        if after is None or after.group() not in nxt:
            continue
        if text[m.end():after.start()].strip() or (after.group() == "to" and _TO_NO_VERB.match(text, m.end())):
            found.append(i)
    return frozenset(found)
DIRECTION_NAMES = {"up": "a rise", "down": "a fall or cut", "hold": "no change", "change": "a change"}
# Directions that cannot both be true: "change" is a rise or a fall, so only no change opposes it.
_OPPOSED_DIRECTIONS = frozenset({frozenset({"up", "down"}), frozenset({"up", "hold"}), frozenset({"down", "hold"}),
                                 frozenset({"change", "hold"})})


def opposed_directions(one: str | None, two: str | None) -> bool:
    """Whether two directions (up, down, hold, change) say opposite things."""
    return frozenset({one, two}) in _OPPOSED_DIRECTIONS


def _opposite_cues(words: list[str], one: frozenset[str], two: frozenset[str]) -> tuple[list[str], list[str]]:
    """The cues of each side in words, longest phrase first: the words of a phrase found are
    not cues again ("without objection" is no "objection")."""
    one_at, two_at = _opposite_cues_at(words, one, two)
    return [c for c, _ in one_at], [c for c, _ in two_at]


def _opposite_cues_at(words: list[str], one: frozenset[str], two: frozenset[str]
                      ) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """The cues of each side in words with the position of each (see _opposite_cues)."""
    found: tuple[list[tuple[str, int]], list[tuple[str, int]]] = ([], [])
    if _NEEDED_WORDS[one].isdisjoint(words) and _NEEDED_WORDS[two].isdisjoint(words):
        return found
    skip = 0
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        three, pair = " ".join(words[i:i + 3]), f"{w} {nxt}"
        for side, cues in zip(found, (one, two), strict=True):
            if three in cues:
                side.append((three, i))
                skip = 2
            elif pair in cues or (f"{w}:ing" in cues and nxt.endswith("ing")):
                side.append((pair, i))
                skip = 1
            else:
                continue
            break
        else:
            if nxt in _NEGATING_BEFORE.get(w, ()) or (w == "opposed" and i and words[i - 1] == "as"):
                continue  # "stopped short of": a refusal (negation_cues), not a stop; "as opposed to": no vote
            for side, cues in zip(found, (one, two), strict=True):
                if w in cues and not (w.startswith("end") and ((i and words[i - 1] in _NOT_AFTER)
                                                               or nxt in _NOT_BEFORE)) \
                        and not (w in _RELATIVE and not _PARTNER.isdisjoint(words[i + 1:i + 5])):
                    side.append((w, i))
                elif w in _FOLLOWED and (then := next((f for f in sorted(_FOLLOWED[w]) if f"{w}+{f}" in cues
                                                       and f in words[i + 1:i + 1 + _FOLLOWS]), None)):
                    side.append((f"{w} … {then}", i))
    return found


def _scoped_words(statement: str, other: str) -> list[str]:
    """The statement's words without the clauses that speak of something else: a contrast
    ("unlike last year's split vote", "in a break with its consensus tradition") says what is
    not so this time; a subordinate clause ("after a split vote in October") counts only when
    it shares a term with the other claim (as for negation cues)."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    words = _words(statement)
    spans = [m.span() for m in _CONTRAST.finditer(text)] if not _CONTRAST_WORDS.isdisjoint(words) else []
    clauses = _clauses(text, words, _written(statement))
    spans += [c for c in clauses if not _speaks_of(statement, c, clauses, other)]
    if not spans:
        return words
    return _WORDS.findall(_main_part(text, spans))


def _count(statement: str) -> tuple[str, tuple[int, int] | None, str] | None:
    """How a statement about a vote counts it: ("unanimous" or "split", the two sides larger first
    (None for "all six members"), the count as written). "voted 5-4", "a 7-2 vote", "two of the six
    members voted" split it; "voted 9-0" and "all six members are likely to back the cut" do not."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    if _VOTE_WORDS.isdisjoint(_words(statement)):
        return None
    m = _ALL_OF.search(text)
    if m is not None:
        return "unanimous", None, m.group(0)
    for m in _TALLY.finditer(text):
        one, two = (_number(g) for g in m.groups() if g is not None)
        if " of " in m.group(0):
            if one >= two:
                continue  # "six of the six": no side counted
            return "split", (two - one, one) if two - one >= one else (one, two - one), m.group(0)
        return "unanimous" if min(one, two) == 0 else "split", (max(one, two), min(one, two)), m.group(0)
    return None


def _tally(statement: str) -> tuple[str, str] | None:
    """("unanimous" or "split", the tally as written) when a statement about a vote counts it."""
    count = _count(statement)
    return None if count is None else (count[0], count[2])


def other_tally(statement: str, other: str) -> tuple[str, str] | None:
    """(each tally as written) when both claims count a vote's sides and the counts differ: "a 6-3
    vote" against "voted 8-1"; "two of the nine members voted against" is 7-2."""
    mine, theirs = _count(statement), _count(other)
    if mine is None or theirs is None or mine[1] is None or theirs[1] is None or mine[1] == theirs[1]:
        return None
    return mine[2], theirs[2]


# How many dissent, as a count before the dissent ("at least two dissents", "Two members … are expected to dissent",
# "three member states … vote against") or a lone one ("the lone dissent", "the sole member state to vote against")
_DISSENT = r"(?:to\s+)?(?:dissent(?:s|ed|ers?|ing)?|vot(?:e|es|ed|ing)\s+against)\b"
# (not the whole they are one of, "the only one of 12 voters to dissent", nor a span of time, "four years after he
# voted against")
_DISSENTS = LazyPattern(rf"(?<!\bof\s)\b(?:(at least|more than|as many as|up to)\s+)?{_OPENS}{_NUMBER}\s+"
                        r"(?:(?!(?:years?|months?|weeks?|days?|hours?|decades?|after|before|since|ago|when)\b)[a-z]+\s+){0,6}?"
                        + _DISSENT)
_LONE_DISSENT = LazyPattern(rf"\b(?:lone|sole|single|only)\s+(?:[a-z]+\s+){{0,2}}?{_DISSENT}")


def dissents(statement: str) -> tuple[int, int | None, str] | None:
    """How many dissent in a vote, as (at least, at most or None for no bound, the words as written): a tally's
    smaller side ("voted 8-1"), a count before the dissent ("at least two dissents", "three member states are
    expected to vote against") or a lone one ("cast the lone dissent").  None when the statement counts no
    dissent, or counts it two ways."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    if "dissent" not in text and "against" not in text:
        return None
    count = _count(statement)
    if count is not None and count[1] is not None:
        return count[1][1], count[1][1], count[2]
    found = set()
    for m in _DISSENTS.finditer(text):
        n = _number(m.group(2))
        bound = m.group(1)
        low, high = (n + 1 if bound == "more than" else n, None) if bound in ("at least", "more than") \
            else (1, n) if bound is not None else (n, n)
        found.add((low, high, m.group(0)))
    found.update((1, 1, m.group(0)) for m in _LONE_DISSENT.finditer(text))
    if len({(low, high) for low, high, _ in found}) != 1:
        return None
    return min(found)


def other_dissents(statement: str, other: str) -> tuple[str, str] | None:
    """(each count as written) when both claims count those who dissent and the counts cannot both hold: "at least
    two dissents" / "the lone dissent"; "two … to dissent" / "voted 8-1"."""
    mine, theirs = dissents(statement), dissents(other)
    if mine is None or theirs is None or min(mine[0], theirs[0]) < 1:
        return None  # none dissenting is unanimity, which the opposite cues read
    apart = (mine[1] is not None and mine[1] < theirs[0]) or (theirs[1] is not None and theirs[1] < mine[0])
    return (mine[2], theirs[2]) if apart else None


def not_all(statement: str, other: str) -> tuple[str, str] | None:
    """(the words of each) when one claim says "all N" of something and the other "M of N" with M
    below N: "all 21 member economies" against "18 of the group's 21"."""
    for first, second in ((statement, other), (other, statement)):
        text = first[:MAX_TEXT_CHARS].lower().replace("’", "'")
        every = _ALL.search(text) if "all" in text else None  # (the pattern is tried at every position)
        if every is None:
            continue
        text = second[:MAX_TEXT_CHARS].lower().replace("’", "'")
        for some in _SOME_OF.finditer(text):
            if text[:some.start()].rstrip().endswith(("every", "each")):
                continue  # "every one of the 32" is all of them
            part, whole = (_number(g) for g in some.groups() if g is not None)
            if whole == _number(every.group(1)) and part < whole:
                return (every.group(0), some.group(0)) if first is statement else (some.group(0), every.group(0))
    return None


# "only the first day", "only its deposit rate", "only in the US": what "only" restricts, up to a phrase's end
# (not "not only", "the only", "only if", "only just", …)
_ONLY_TOKENS = compiled(r"[a-z0-9]+|[,;:.!?()]")
_NOT_RESTRICTING = frozenset({"if", "when", "whenever", "after", "before", "because", "since", "until", "once", "to",
                              "just", "recently", "now", "then", "partly", "partially", "slightly", "marginally",
                              "modestly", "briefly", "gradually", "as", "so", "be", "been", "being", "is",
                              "are", "was", "were", "had", "has", "have", "will", "would", "can", "could", "a", "an"})
_ONLY_AFTER = frozenset({"not", "the", "an", "if", "his", "her", "its", "their", "our", "my", "your"})
# "both days", "all three markets, the US, Britain and Germany": the whole the other side speaks of; an apposition
# after a comma lists its parts, so the phrase runs on to a clause's end
_ALL_AFTER = frozenset({"after", "above", "for", "once", "with"})  # "after all", "above all", "for all its faults"
_ALL_ALONE = frozenset({"at", "in"})  # "not at all.", "in all, 40 people": alone, before a phrase's end
_ALL_NOT_BEFORE = frozenset({"but", "along", "too", "that", "this", "over", "out", "round", "around", "in"})
# the words before a whole's noun ("both its deposit and lending rates", "all nine board members") and the words that
# make "all" the rest beside the part, which agrees with "only" ("left all other rates unchanged")
_WHOLE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those", "of"})
_THE_REST = frozenset({"other", "others", "remaining", "rest"})
_WHOLE_NOUN_WORDS = 2  # the noun after "all" / "both": at most two words ("board members"), not the verb after it
_WHOLE_ENDS = frozenset({";", ":", ".", "!", "?", "(", ")", "but", "while", "whereas", "because", "which", "who", "that",
                         "although", "though", "after", "before", "contrary", "despite", "amid", "as"})
_PART_ENDS = frozenset(_WHOLE_ENDS | {",", "and", "or", "at", "on", "by", "from", "with", "than", "for", "to", "when",
                                      "if", "until", "since"})
_PART_OPENERS = frozenset({"in", "on", "for", "at", "to", "the", "its", "their", "his", "her", "a", "one", "single"})


_SPANS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})


def _stems(words: list[str]) -> frozenset[str]:
    """The stems of the content words among words, and the spans of time pairing leaves out ("both days")."""
    return frozenset({t[0][0] for w in words if (t := terms(w))} | {w.removesuffix("s") for w in words if w in _SPANS})


def _count_word(word: str) -> int | None:
    """The number a word writes ("two", "3"), None for any other word."""
    if word.isdigit() and len(word) <= 6:
        return int(word)
    return _NUMBER_WORDS.index(word) if word in _NUMBER_WORDS else None


def _whole(tokens: list[str], i: int) -> tuple[list[str], list[str], int | None] | None:
    """The noun phrase a whole at tokens[i] ("both", "all") is of, as written and its noun, and how many it counts ("both days": 2,
    "all three markets": 3, None for "all rates"): the noun right after it, not what the sentence goes on to say of
    it ("all nine board members backed the cut": "board members"), with the list of its parts after a comma ("all
    three markets, the US, Britain and Germany").  None when it is no whole of parts: the rest beside the part ("all
    other rates", "all the remaining charges") or, after "all", a span or mass ("all year", "all told": no
    determiner, number or plural)."""
    w = tokens[i]
    count = 2 if w == "both" else None
    k, determined = i + 1, False
    while k < len(tokens) and (tokens[k] in _WHOLE_DETERMINERS or _count_word(tokens[k]) is not None):
        if (n := _count_word(tokens[k])) is not None:
            count = n
        determined = True
        k += 1
    if k >= len(tokens) or tokens[k] in _THE_REST:
        return None
    start = k
    phrase: list[str] = []
    words = 0
    while k < len(tokens) and words < _WHOLE_NOUN_WORDS:
        v = tokens[k]
        if (v in _PART_ENDS and not (v == "and" and w == "both" and phrase)) or v == "of":
            break
        phrase.append(v)
        words += v != "and"
        k += 1
    if not phrase or (w == "all" and not determined and not phrase[-1].endswith("s")):
        return None
    if tokens[k:k + 1] == [","]:
        # an apposition lists the parts: the phrase runs on to a clause's end
        for v in tokens[k:k + 10]:
            if v in _WHOLE_ENDS or (v == "and" and w == "all" and phrase[-1] != ","):
                break
            phrase.append(v)
    return [*tokens[i + 1:start], *phrase], phrase, count


def _restricted(text: str) -> tuple[list[tuple[str, frozenset[str], int | None]],
                                    list[tuple[str, frozenset[str], int | None]]]:
    """(each "only" phrase, each "both" / "all" phrase) of a lower-case text, as (the words as written, their
    stems, how many they count)."""
    tokens = _ONLY_TOKENS.findall(text)
    parts: list[tuple[str, frozenset[str], int | None]] = []
    wholes: list[tuple[str, frozenset[str], int | None]] = []
    for i, w in enumerate(tokens):
        if w == "only":
            if (i and tokens[i - 1] in _ONLY_AFTER) or tokens[i + 1:i + 2] == [] or tokens[i + 1] in _NOT_RESTRICTING:
                continue
            phrase: list[str] = []
            for v in tokens[i + 1:i + 9]:
                if not phrase and v in _PART_OPENERS:
                    phrase.append(v)
                    continue
                if v in _PART_ENDS or (v == "of" and terms(" ".join(phrase))):
                    break
                phrase.append(v)
            stems = _stems(phrase)
            if stems:
                counted = next((n for v in phrase if (n := _count_word(v)) is not None), None)
                parts.append((" ".join(["only", *phrase]), stems, counted))
        elif w == "both" or (w == "all" and not (i and tokens[i - 1] in _ALL_AFTER)
                             and tokens[i + 1:i + 2] != [] and tokens[i + 1] not in _ALL_NOT_BEFORE
                             and not (i and tokens[i - 1] in _ALL_ALONE and tokens[i + 1] in _PART_ENDS)):
            found = _whole(tokens, i)
            if found is not None and (stems := _stems(found[1])):
                wholes.append((" ".join([w, *found[0]]).replace(" ,", ","), stems, found[2]))
    return parts, wholes


def only_against_all(statement: str, other: str) -> tuple[str, str] | None:
    """(the words of each) when one claim says "only" one part of a thing and the other "both" or "all" of it, the
    two phrases sharing the thing's noun: "attend only the first day of the summit" / "stayed for both days",
    "cut only its deposit rate" / "cut both its deposit and lending rates".  "Only two days" is "both days", and
    "all three" of them "only three"."""
    if "only" not in statement and "only" not in other:
        return None
    texts = (statement[:MAX_TEXT_CHARS].lower().replace("’", "'"), other[:MAX_TEXT_CHARS].lower().replace("’", "'"))
    if not any(("both" in t or "all" in t) for t in texts):
        return None
    mine, theirs = _restricted(texts[0]), _restricted(texts[1])
    for (parts, _), (other_parts, wholes), flipped in ((mine, theirs, False), (theirs, mine, True)):
        for part, stems, counted in parts:
            if any(stems & s for _, s, _ in other_parts):
                continue  # the other side restricts it too
            whole = next((words for words, s, n in wholes if stems & s and (counted is None or n != counted)), None)
            if whole is not None:
                return (whole, part) if flipped else (part, whole)
    return None


# "below the $1.38 analysts had expected", "ahead of the $8.6 billion Wall Street had forecast": the report
# says the outcome missed or beat a figure that was expected
_MISSED_FIGURE = LazyPattern(
    r"\b(below|above|short of|shy of|ahead of|under|over|more than|less than|beating|missing|topping)\s+"
    r"(?:the\s+|a\s+)?((?:[$€£¥]|us\$)?\d[\d.,]*\s*(?:%|per cent|percent|bn|billion|million|trillion|cents?)?"
    r"(?:\s+(?:a|per)\s+share)?)\s+(?:that\s+)?(?:analysts|economists|forecasters|investors|markets|the market|"
    r"wall street|the consensus|traders)\b[^,;:]{0,30}?\b(?:expected|forecast|estimated|predicted|anticipated|"
    r"projected|pencilled in|penciled in)\b", re.I)
_EXPECTED_WORDS = ("expected", "forecast", "estimated", "predicted", "anticipated", "projected", "pencilled in",
                   "penciled in")  # one of them ends every match of _MISSED_FIGURE


def missed_figure(statement: str) -> tuple[str, str] | None:
    """(missed or beaten: the word, the figure as written) when a report says its outcome came in
    below or above a figure others expected ("below the $1.38 analysts had expected")."""
    text = statement[:MAX_TEXT_CHARS]
    m = _MISSED_FIGURE.search(text) if may_hold(text, _EXPECTED_WORDS) else None
    return (m.group(1), m.group(2).strip()) if m is not None else None


# "Earnings per share: $1.21 vs. $1.14 expected", "rose by 143,000 versus 180,000 forecast", "2.6% against an
# expected 2.4%": an outcome printed beside the figure that was expected
_FIGURE_WRITTEN = (r"(?<![\d.,])(?:[$€£¥]|us\$)?\d[\d.,]*\s*(?:%|per cent|percent|bn|billion|million|trillion|cents?)?"
                   r"(?:\s+(?:a|per)\s+share)?")
_BESIDE_EXPECTED = LazyPattern(
    rf"({_FIGURE_WRITTEN}),?\s+(vs\.?|versus|against|compared\s+with)\s+(?:(?:an?|the)\s+)?"
    rf"(?:(?:expected|forecast|estimated|predicted|anticipated|projected)\s+({_FIGURE_WRITTEN})"
    rf"|(?:(?:analysts'|economists'|market|consensus)\s+)?(?:expectations|estimates?|forecasts?|consensus)\s+"
    rf"(?:of|for)\s+({_FIGURE_WRITTEN})"
    rf"|({_FIGURE_WRITTEN})\s+(?:expected|forecast|estimated|predicted|anticipated|projected)\b)", re.I)
_BESIDE_WORDS = ("vs", "versus", "against", "compared with")  # one of them is in every match of _BESIDE_EXPECTED


def beside_expected(statement: str) -> tuple[str, str] | None:
    """(the outcome, the figure expected), as written, when a report prints its outcome beside the figure that was
    expected: "Earnings per share: $1.21 vs. $1.14 expected", "143,000 versus a forecast of 180,000"."""
    text = statement[:MAX_TEXT_CHARS]
    m = _BESIDE_EXPECTED.search(text) if may_hold(text.lower(), _BESIDE_WORDS) else None
    if m is None:
        return None
    expected = next(g for g in m.groups()[2:] if g is not None)
    return m.group(1).strip(), expected.strip()


# An outcome chosen over another ("by 100 billion yen rather than 200 billion yen", "about 5% instead of the 8% it
# had planned", "three colours rather than the four"): the marker, then the figure passed over (its number and up to
# four more words, which may name its unit)
_PASSED_OVER = LazyPattern(r"(?:\b(?:rather\s+than|instead\s+of|in\s+place\s+of)|,\s*not)\s+(?:the\s+|a\s+|an\s+)?"
                           r"((?:[$€£¥]|us\$)?(?:\d[\d.,]*|(?:" + "|".join(_NUMBER_WORDS[1:]) + r")\b)"
                           r"[^\s,;:()]*(?:\s+[^\s,;:()]+){0,4})", re.I)
_PASSED_WORDS = ("rather than", "instead of", "in place of", "not")


def passed_over(statement: str) -> list[tuple[int, str]]:
    """(where the marker stands, the words from the passed-over figure on) for each figure a statement says was not
    the outcome: "reducing its purchases by 100 billion yen per quarter rather than 200 billion yen" passes over
    200 billion yen; "in place of President Xi" passes over no figure."""
    text = statement[:MAX_TEXT_CHARS]
    if not may_hold(text.lower(), _PASSED_WORDS):
        return []
    return [(m.start(), m.group(1)) for m in _PASSED_OVER.finditer(text)]


def against_expectations(statement: str) -> str | None:
    """The words by which a report says the outcome went against what was expected ("contrary to
    reports"), when it says so without naming what was expected."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    if not any(word in text for word in _AGAINST_WORDS):
        return None  # (the pattern is tried at every position)
    m = _AGAINST_EXPECTATIONS.search(text)
    return m.group(0) if m is not None else None


def _number(word: str) -> int:
    """The value of a number _NUMBER matched: "25", "seven", "twenty-five"."""
    if word.isdigit():
        return int(word)
    tens, _, ones = word.partition("-")
    if tens in _TENS:
        return 10 * (_TENS.index(tens) + 2) + (_NUMBER_WORDS.index(ones) if ones else 0)
    return _NUMBER_WORDS.index(word)


def opposition(statement: str, other: str) -> tuple[str, str, str] | None:
    """(what is opposed, the cue in statement, the cue in other) when the two say opposite things."""
    if _ANY_CUE_WORDS.isdisjoint(_words(statement)) or _ANY_CUE_WORDS.isdisjoint(_words(other)):
        return None  # a side without cues opposes nothing (its scoped words are some of its words)
    mine, theirs = _scoped_words(statement, other), _scoped_words(other, statement)
    for name, one, two in OPPOSITES:
        a1, a2 = _opposite_cues(mine, one, two)
        b1, b2 = _opposite_cues(theirs, one, two)
        if name == _UNANIMITY:
            # a vote's tally says it too: "voted 5-4" is split, "voted 9-0" unanimous
            for (side1, side2), said in (((a1, a2), statement), ((b1, b2), other)):
                tally = _tally(said)
                if tally is not None:
                    (side1 if tally[0] == "unanimous" else side2).append(tally[1])
        if a1 and not a2 and b2 and not b1:
            return name, a1[0], b2[0]
        if a2 and not a1 and b1 and not b2:
            return name, a2[0], b1[0]
    return None


def denied_opposite(negated: str, other: str) -> tuple[str, str, str] | None:
    """(what is opposed, the cue denied in `negated`, the cue in `other`) when the negated claim
    denies the opposite of what the other says: "no member dissented" is "unanimous", "did not
    attend" is "skipped".  The denial must govern the cue: a negation before it in its clause
    ("did not cut rates, and two members dissented" denies no dissent).  A negated key with no
    negation word denies no cue: the cue is what the key says (is_negated)."""
    theirs = _scoped_words(other, negated)
    text = negated[:MAX_TEXT_CHARS].lower().replace("’", "'")
    parts = [_WORDS.findall(part) for part in _CLAUSE_BREAK.split(text)]
    denied = [_denial_at(words) for words in parts]
    found = None
    for name, one, two in OPPOSITES:
        b1, b2 = _opposite_cues(theirs, one, two)
        if name == _UNANIMITY and (tally := _tally(other)) is not None:
            # "all 27 leaders approved the loan" is unanimous, as "voted 9-0" is: "no leader vetoed it" says so
            (b1 if tally[0] == "unanimous" else b2).append(tally[1])
        if bool(b1) == bool(b2):
            continue
        says, opposite = (b1, 1) if b1 else (b2, 0)
        for words, at in zip(parts, denied, strict=True):
            if at is None:
                continue
            cues = _opposite_cues_at(words, one, two)
            if any(i >= at for _, i in cues[1 - opposite]):
                # it denies what the other says ("failed to renew" / "will extend"), whatever else it denies
                return None
            if found is None and any(i >= at for _, i in cues[opposite]):
                found = name, next(c for c, i in cues[opposite] if i >= at), says[0]
    return found


def _worded_denial(statement: str, other: str) -> str | None:
    """The opposite cue, as written, that carries a statement's denial when no negation word does (its
    `negated: true` key can only be saying what that word says): a cue of one side of a pair the other
    claim has a cue of, either side.  None when a negation word is in the statement."""
    words = _words(statement)
    if _ANY_CUE_WORDS.isdisjoint(words) or _cues_at(statement, None):
        return None
    theirs = _scoped_words(other, statement)
    for _, one, two in OPPOSITES:
        a1, a2 = _opposite_cues(words, one, two)
        b1, b2 = _opposite_cues(theirs, one, two)
        if bool(a1) != bool(a2) and (b1 or b2):
            return (a1 or a2)[0]
    return None


def _denial_at(words: list[str]) -> int | None:
    """The position of the first negation cue among a clause's words, if any."""
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if f"{w} {nxt}" in _NOT_DENIALS:
            continue
        if w in _NEGATORS or w.endswith("n't") or w in _NEGATING_VERBS or nxt in _NEGATING_BEFORE.get(w, ()):
            return i
    return None


@Handed  # pairing asks it of every claim: a long check reads the reports' in a second process
def vote_cue(statement: str) -> str | None:
    """The words, as written, by which a statement says how a vote went, either way ("unanimous",
    "dissented", "voted 4-2", "all six members"): pairing reads two such claims as speaking of one
    vote (polarity then judges whether they agree)."""
    # pairing asks it of every claim, and most say nothing of a vote: one search decides that without
    # splitting the statement into words
    if any_of(_VOTE_NEEDED).search(statement[:MAX_TEXT_CHARS].lower().replace("’", "'")) is None:
        return None
    first, second = _opposite_cues(_words(statement), _UNANIMOUS, _SPLIT)
    cues = first or second
    if cues:
        return cues[0]
    tally = _tally(statement)
    return tally[1] if tally is not None else None


# Between a negation and the verb it denies: "will not be expected to", "is unlikely to", "refrain from"
_TO_THE_VERB = _MODALS | _BE | _INTENT | frozenset({"to", "be", "yet", "even", "ever", "again", "also", "formally",
                                                     "publicly", "explicitly", "directly", "do", "does", "did",
                                                     "have", "has", "had", "from", "going", "seek", "need"})
# Where the object of a verb ends: a preposition opens the phrase after it; a clause ends both
_OBJECT_ENDS = frozenset({"in", "at", "to", "from", "by", "with", "over", "under", "into", "on", "of", "for", "as",
                          "than", "during"})
_CLAUSE_ENDS = frozenset({"or", "that", "which", "who", "while", "since", "until", "because", "despite", "amid",
                          "after", "before", "this", "next", "unless", "if", "when"})
_PASSIVE_BE = frozenset({"be", "been", "being"})
_OBJECT_OPENERS = frozenset({"a", "an", "the", "any", "about", "its", "their", "his", "her", "new", "further", "more"})


def denied_denial(statement: str) -> str | None:
    """The words, as written, by which a statement's first negation refuses a denial ("refused to rule
    out a rise", "would not deny that she would attend", "declined to exclude"): the act it would have
    denied is left open.  A claim file's `negated: true` on such a claim says the denial did not come;
    against a claim that denies the act itself ("will not rise") the two say opposite things."""
    words = _words(statement)
    if _CUE_WORDS.isdisjoint(words) and not any(w.endswith("n't") for w in words):
        return None
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if f"{w} {nxt}" in _NOT_DENIALS:
            return None
        before = nxt in _NEGATING_BEFORE.get(w, ())
        if not (w in ("not", "never", "cannot") or w.endswith("n't") or before):
            if w in _NEGATORS or w in _NEGATING_VERBS:
                return None  # the first negation denies a noun or is an act: no denial refused
            continue
        k = i + (2 if before else 1)
        while k < len(words) and words[k] in _TO_THE_VERB and words[k] not in _INTENT:
            k += 1
        while before and k < len(words) and words[k] in _TO_THE_GERUND:
            k += 1  # "stopped short of ruling out", "held off on dismissing", "shied away from denying"
        inner = words[k] if k < len(words) else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if inner in _DENIALS or (inner in _RULING and after == "out"):
            return " ".join(words[i:k + 1 + (inner not in _DENIALS)])
        return None
    return None


# Verbs that deny the act they take ("rule out a rise", "deny that she would attend", "exclude a cut"):
# refused, they leave it open (denied_denial).  Not "cancel" or "reject", which act on a thing.
_DENIALS = frozenset({"deny", "denied", "denies", "denying", "exclude", "excluded", "excludes", "excluding",
                      "dismiss", "dismissed", "dismisses", "dismissing"})
_RULING = frozenset({"rule", "ruled", "rules", "ruling"})  # "rule out"
# Between a refusal cue and the -ing form of the verb it refuses ("stopped short of", "held off on", "balked at")
_TO_THE_GERUND = frozenset({"of", "from", "on", "at", "away"})


def denied_object(statement: str) -> tuple[str, list[str], list[str]] | None:
    """(the verb, its object's words, the words of the phrase after it) that a statement's first
    negation denies: "The IMF will not forecast a global recession" → ("forecast", ["global",
    "recession"], []); "will not include a cut in the gasoline tax" → ("include", ["cut"], ["in",
    "gasoline", "tax"]) (the phrase after the object starts with its preposition).  None when no
    "not", "never" or refusal governs a verb with an object ("no recession", "did not say"); a
    negating verb ("scrap", "abandon") is an act, not a denial."""
    tokens = _tokens(statement)
    if not (_NEGATORS | _NEGATING_BEFORE.keys()).intersection(tokens) and not any(t.endswith("n't") for t in tokens):
        return None
    for i, w in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if f"{w} {nxt}" in _NOT_DENIALS:
            return None
        if w in ("not", "never", "cannot") or w.endswith("n't") or nxt in _NEGATING_BEFORE.get(w, ()):
            k = i + (2 if nxt in _NEGATING_BEFORE.get(w, ()) else 1)
            # "expected to", "likely to": an intent word before "to"; "forecast a recession": the verb
            while k < len(tokens) and tokens[k] in _TO_THE_VERB and (tokens[k] not in _INTENT
                                                                     or tokens[k + 1:k + 2] == ["to"]):
                k += 1
        elif w in _NEGATORS:
            return None  # "no recession": a denied noun, no verb
        else:
            continue
        if k >= len(tokens) or tokens[k] in _BREAKS:
            return None
        if tokens[k - 1] in _PASSIVE_BE and tokens[k] not in _OBJECT_ENDS | _OBJECT_OPENERS | _INTENT:
            # a passive denies its subject: "A restored Appellate Body will not be agreed at the meeting"
            start = max((j + 1 for j in range(i) if tokens[j] in _BREAKS), default=0)
            subject = [t for t in tokens[start:i] if t not in _OBJECT_OPENERS and t not in _TO_THE_VERB
                       and t not in _AUXILIARIES]
            if subject:
                return tokens[k], subject, []
        phrases: tuple[list[str], list[str]] = ([], [])
        part = 0
        for t in tokens[k + 1:k + 10]:
            if t in _BREAKS or t in _CLAUSE_ENDS:
                break
            if t in _OBJECT_ENDS:
                if phrases[0] and not part:
                    part = 1
                    phrases[1].append(t)  # the preposition first: "of" makes its phrase part of the object
                continue
            if t not in _OBJECT_OPENERS and t not in _TO_THE_VERB:
                phrases[part].append(t)
        return (tokens[k], *phrases) if phrases[0] else None
    return None


# A thing kept for one tier, model or party of an offer: "exclusive to Premium", "reserved for the X2
# Pro", "limited to", "only on the Pro", "only commercial banks can …" (not "only 3%", "only if", "not only";
# not "only to", which is a purpose as often: "intervene only to curb volatility").
_RESTRICTION = compiled(r"\b(?<!not )(exclusive(?:ly)? (?:to|for|on)|reserved for|limited to|restricted to|confined to"
                          r"|available only (?:to|for|on|in)|only (?:for|on|in)|only(?= [a-z]))\b")
_NOT_RESTRICTED = frozenset({"if", "when", "after", "because", "once", "until", "a", "an", "one", "two", "just", "about",
                             "around"})
# Receiving verbs: their subject is who gets the thing ("the base model will not get the camera")
_RECEIVE = frozenset({"get", "gets", "receive", "receives", "have", "has", "keep", "keeps", "gain", "gains",
                      "retain", "retains", "qualify", "qualifies"})
_RECIPIENT_OPENERS = frozenset({"to", "for", "on", "in"})


def _adverb(word: str) -> bool:
    """Whether a word is an adverb of manner or degree made from an adjective WordNet knows ("gradually",
    "partly", "temporarily", "gently"): "only gradually" says how, not for whom ("family", "Italy" are not)."""
    if len(word) < 5 or not word.endswith("ly"):
        return False
    return any(any(lexical.groups(base)) for base in (word[:-2], word[:-3] + "y", word[:-1] + "e"))


def restriction(statement: str) -> tuple[str, frozenset[str], str] | None:
    """(the restriction as written, the stems of what it keeps the thing for, the thing) when a statement
    says something is kept for one tier, model or party only: "4K remains exclusive to Premium" →
    ("exclusive to Premium", {"premium"}, "4k remains"); "Only commercial banks can draw on it" →
    ("Only commercial banks", {"commercial", "bank"}, "can draw on it").  What follows the cue, to a verb
    or the clause's end, three words at most; a figure or a condition after "only" is no restriction.
    The thing is the cue's clause before it, or after what it is kept for when the cue opens the clause."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    if "only" not in text and "exclusive" not in text and "reserved" not in text and "ed to" not in text:
        return None
    for m in _RESTRICTION.finditer(text):
        kept: list[str] = []
        end = m.end()
        for t in _TOKENS.finditer(text, m.end()):
            word = t.group()
            if word == "and" and kept:  # "limited to Mexico and Canada": one restriction to two
                continue
            if word in _BREAKS or word in _MODALS or word in _BE or word in _AUXILIARIES or word in _CLAUSE_ENDS \
                    or len(kept) == 3:
                break
            kept.append(word)
            end = t.end()
        if not kept or kept[0] in _NOT_RESTRICTED or _adverb(kept[0]) or kept[0] in _NUMBER_WORDS or _DIGIT.search(text[m.end():m.end() + 3]) \
                or (kept[0] in STOPWORDS and kept[0] not in _DETERMINERS):  # "only to curb", "only by a vote"
            continue
        stems = frozenset(s for s, _ in terms(" ".join(kept)))
        if stems:
            # as written, to the end of the last word: "reserved for the X2" (a token is letters only)
            while end < len(text) and text[end].isalnum():
                end += 1
            opens = max((b.end() for b in _RESTRICTION_CLAUSE.finditer(text, 0, m.start())), default=0)
            closes = next((b.start() for b in _RESTRICTION_CLAUSE.finditer(text, end)), len(text))
            thing = text[opens:m.start()] if terms(text[opens:m.start()]) else text[end:closes]
            return _written(statement)[m.start():end], stems, thing
    return None


# Where the clause of a restriction ends ("…, while the standard model keeps the old chip")
_RESTRICTION_CLAUSE = compiled(r"[,;:]|\b(?:but|while|whereas)\b")


def recipient(statement: str) -> list[str]:
    """The words of who a statement says gets (or does not get) something: the subject of a receiving or
    passive verb ("The base X2 will not get the camera", "Non-bank lenders will not be given access"),
    else the phrase after to, for, on or in ("will not add 4K to the Standard tier")."""
    tokens = _tokens(statement)
    start = next((i for i, t in enumerate(tokens) if t in _MODALS or t in _BE or t in _AUXILIARIES), None)
    if start is None:
        return []
    k, passive = start, False
    while k < len(tokens) and (tokens[k] in _TO_THE_VERB or tokens[k] in _NEVER or tokens[k].endswith("n't")):
        passive = passive or tokens[k] in _BE
        k += 1
    if k >= len(tokens):
        return []
    verb = tokens[k]
    if verb in _RECEIVE or (passive and (verb.endswith(("ed", "en")) or verb in ("given", "granted"))
                            and tokens[k + 1:k + 2] != [] and tokens[k + 1] not in _RECIPIENT_OPENERS):
        # the subject gets it ("lenders will not be given access"; not "the exemption will not be extended
        # to Vietnam"); a phrase after the object is the object's ("access to the facility")
        return tokens[:start]
    found: list[str] = []
    opened = False
    for t in tokens[k + 1:k + 12]:
        if t in _BREAKS or t in _CLAUSE_ENDS:
            break
        if t in _RECIPIENT_OPENERS:
            opened = True
            continue
        if opened:
            if t in _OBJECT_ENDS:
                break
            found.append(t)
    return found


def left_out(restricted: str, other: str) -> tuple[str, str] | None:
    """(the restriction, what it leaves out) when one claim keeps a thing for one tier, model or party
    ("4K streaming remains exclusive to Premium") and the other says who else gets it or does not
    ("Flickline will not add 4K streaming to the Standard tier"): the restriction says that one does
    not.  The two must be of one kind, both named (capitalised: Premium, Standard) or with a word in
    common ("commercial banks", "non-bank lenders"), and the other claim must not name what the thing
    is kept for ("Premium subscribers will keep 4K")."""
    found = restriction(restricted)
    if found is None:
        return None
    cue, kept, thing = found
    theirs = {s for s, _ in terms(other[:MAX_TEXT_CHARS])}
    if kept <= theirs:
        return None
    who = recipient(other)
    stems = {w: s for w in who for s, _ in terms(w)}
    mine = {s for s, _ in terms(restricted[:MAX_TEXT_CHARS])}
    others = [w for w, s in stems.items() if s not in mine]
    if not others:
        return None
    # both speak of the thing kept, outside who gets it ("The H7 processor is reserved for the Pro models"
    # says nothing of a price in the US)
    if theirs.difference(stems.values()).isdisjoint(s for s, _ in terms(thing)):
        return None
    named_other, named_kept = _capitalised(other), _capitalised(restricted)
    if not (named_other.intersection(others) and named_kept.intersection(cue.lower().split())) \
            and kept.isdisjoint(stems.values()):
        return None  # not two of a kind: "only to curb volatility" says nothing of the dollar
    return cue, " ".join(others)


def _capitalised(statement: str) -> frozenset[str]:
    """The words a statement writes with a capital, its first word left out, in lower case."""
    return frozenset(m.group().lower() for m in _NAME.finditer(_written(statement)) if m.start() and m.group()[0].isupper())


# An expectation that someone will speak of a thing ("will address the rupee's slide", "is expected
# to comment on the yen"), and a report that tells what they said ("Malhotra said the bank does not
# target any level for the rupee"): the report's negation is in what was said, not of the saying.
_SPEAK_OF = LazyPattern(r"\b(?:address|addresses|addressing|comment on|comments on|commenting on|discuss|discusses|"
                       r"discussing|speak (?:about|on|of)|speaks (?:about|on|of)|talk about|talks about|remark on|"
                       r"weigh in on|touch on|respond to|answer questions on)\b")
_TOLD = LazyPattern(r"\b(?:said|says|told|noted|stressed|argued|insisted|explained|replied|answered|acknowledged|"
                   r"conceded|added)\b(?:\s+that)?")


_REFUSED_WORDS = LazyPattern(r"\b(?:comment|commenting|say|saying|elaborate|speculate|talk)\b")


# A refusal to speak: "declined to comment", "refused to say whether …", "would not confirm", "did not give a figure",
# "declined to answer questions", "refused to be drawn".
_REFUSAL = LazyPattern(
    r"\b(?:(?:decline|declined|declines|declining|refuse|refused|refuses|refusing)\s+to|(?:would|will|did|does|could)\s*(?:not|n't))"
    r"\s+(?:say|comment|disclose|specify|elaborate|confirm|speculate|discuss|answer|respond|reply|be\s+drawn|"
    r"give\s+(?:a|any)\s+(?:figure|number|"
    r"estimate|forecast|details|guidance))\b(?!\s+(?:on\s+)?when\b)")
_REFUSAL_WORDS = ("declin", "refus", "not", "n't")  # one of them opens every match of _REFUSAL
# Verbs of speaking and signalling (and their forms): an expectation that someone will do one is answered by a
# refusal to speak.  Reporting results ("report a rise") and publishing are outcomes, not speech.
_SPEAKING = LazyPattern(r"\b(?:signal|say|says|said|stress|announc|confirm|outlin|welcom|comment|flag|hint|indicat|"
                        r"pledg|promis|commit|reiterat|reaffirm|guid|warn|describ|declar|unveil|reveal|disclos|"
                        r"address|discuss|talk|tell|told|acknowledg|insist|argu|explain|express|set out|spell out|"
                        r"rule out|endors)\w*"
                        # answering is speaking: "will answer questions" is met by "would not answer questions"
                        r"|\b(?:answer(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying))\b"
                        # giving figures is speaking too: "give the first figures on agent subscriptions"
                        r"|\b(?:giv|gave|provid|publish|releas|shar)\w*\s+(?:[\w-]+\s+){0,3}?(?:figures?|numbers?|"
                        r"details|guidance|forecasts?|estimates?|data|update)\b")


def refusal_to_speak(statement: str) -> str | None:
    """The words of a statement's refusal to speak, when it is its first act ("declined to say whether …",
    "would not comment on …"), whatever the other claim says."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    if not may_hold(text, _REFUSAL_WORDS):
        return None
    m = _REFUSAL.search(_first_act(text))
    return None if m is None else m.group()


def refused_to_speak(outcome: str, expectation: str) -> str | None:
    """The words of an outcome's refusal to speak ("refused to say whether they would be frozen", "declined
    to comment", "did not give a figure"), when the expectation is of something other than speaking: the
    refusal says nothing of whether it happens.  None when the expectation is that someone will speak
    (signal, welcome, announce: a refusal says they did not), and for a refusal to say *when* ("declined
    to say when the alerts would arrive": not yet)."""
    text = outcome[:MAX_TEXT_CHARS].lower().replace("’", "'")
    if not may_hold(text, _REFUSAL_WORDS):
        return None
    # the refusal must be the outcome's first act: "raised its forecast but declined to comment on tariffs" is
    # a raise ("…; Lagarde would not comment on further cuts" speaks of something else)
    m = _REFUSAL.search(_first_act(text))
    if m is None or _SPEAKING.search(expectation[:MAX_TEXT_CHARS].lower()) is not None:
        return None
    return m.group()


# Questions put to someone: "will face questions about the merger", "is expected to be asked about the leak"
_QUESTIONED = LazyPattern(r"\b(?:face|faces|faced|facing|field|fields|fielded|fielding)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:questions|queries)\b"
                          r"|\b(?:be|is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:asked|pressed|questioned|quizzed|grilled)"
                          r"\s+(?:about|on|over|whether|if|why|how|what|when)\b")


def questioned(expectation: str) -> str | None:
    """The words that put questions to someone ("will face questions about the merger", "is likely to be pressed on
    the leak"), when the expectation says so: a refusal to speak answers a question put, so it says the question
    came, as expected."""
    text = expectation[:MAX_TEXT_CHARS].lower().replace("’", "'")
    if not may_hold(text, ("quer", "question", "asked", "pressed", "quizzed", "grilled")):
        return None
    m = _QUESTIONED.search(text)
    return None if m is None else m.group()


def said_of(expectation: str, outcome: str) -> tuple[str, str] | None:
    """(the expectation's verb of speaking, the report's verb of telling) when the expectation is that
    someone will speak of something and every negation cue of the report lies in what it tells was
    said: the report then says they spoke of it, whatever they said."""
    mine = _SPEAK_OF.search(expectation[:MAX_TEXT_CHARS].lower())
    told = _TOLD.search(outcome[:MAX_TEXT_CHARS].lower())
    if mine is None or told is None:
        return None
    text = outcome[:MAX_TEXT_CHARS].lower()
    if negation_cues(text[:told.start()]) or _SPEAK_OF.search(text, told.end()) \
            or _REFUSED_WORDS.search(text, told.end()):
        return None  # "declined to say", "said he would not comment on the rupee": the speaking is denied
    return mine.group(), told.group()


# The balance of risks, a central bank's stock phrase: "risks … tilted (skewed, weighted) to the downside", "to the
# upside", "(broadly, more) balanced", "two-sided"; a negation just before it leaves it unread ("no longer tilted")
_RISK = compiled(r"\brisks?\b")
_SIDE = compiled(r"\bto(?:wards?)?\s+the\s+(downside|upside)\b")
# "balanced" said of the risks, not of a thing it qualifies ("a balanced budget", "the balanced-growth path")
_OF_RISKS = compiled(r"(?![\w-])(?!\s+(?!risks?\b|and\b|but\b|to\b|for\b|in\b|overall\b|now\b|again\b|as\b|while\b|with\b)[a-z])")
_BALANCE = compiled(r"(?<!not )(?<!no longer )(?<!n't )(?<!never )\b(?:(?:tilted|tilting|skewed|skewing|weighted|biased|tipped|leaning|"
                    r"tilt|skew)\s+(?:\w+\s+)?(?:to|towards?)\s+the\s+(downside|upside)"
                    r"|(balanced|two-sided|symmetric(?:al)?)\b)")


def risk_balance(statement: str) -> tuple[str, str] | None:
    """The balance of risks a statement gives ("downside", "upside" or "balanced") with its words as written, when
    it speaks of risks and gives one balance: "risks to growth remain tilted to the downside", "risks were now
    'more balanced'"."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    if "risk" not in text or _RISK.search(text) is None:
        return None
    found = {(m.group(1) or "balanced", m.group()) for m in _BALANCE.finditer(text)
             if m.group(1) or _OF_RISKS.match(text, m.end())}
    # a split outlook ("skewed to the upside for inflation and to the downside for growth") gives no one balance
    if not found or len({value for value, _ in found} | set(_SIDE.findall(text))) != 1:
        return None
    return min(found)


def opposite_words() -> list[tuple[set[str], set[str]]]:
    """The single words of each pair of opposite cue sets (pairing relates them: both speak of one thing)."""
    return [({w for w in one if w.isalpha()}, {w for w in two if w.isalpha()}) for _, one, two in OPPOSITES]


def act_words() -> tuple[frozenset[str], ...]:
    """The families of verbs that name one act (scrap, abolish, axe, repeal …; postpone, delay, shelve …):
    pairing relates the words of each, as same_act reads them as one act."""
    return _ACTS


def hold_words() -> frozenset[str]:
    """The words that say no change ("unchanged", "steady", "frozen"): pairing relates them to a rise or a cut."""
    return frozenset(_HOLD)


# Subordinate and adverbial clauses: a negation inside one speaks of that clause ("cut
# without waiting for the data", "the rupee, which has not recovered, limits ...", "unless
# oil falls", "rather than ..."), not of what the claim says happened.  Each runs to the
# next comma, semicolon or colon.  So do a negated coordinated part ("kept its rate and not
# signal cuts", "held talks but did not publish minutes") and a reported aside (", saying the
# outlook had not changed"): they say something besides the main verb.
_REPORTING = ("saying|adding|noting|arguing|warning|telling|urging|insisting|stressing|claiming|acknowledging"
              "|admitting|explaining|cautioning|citing")
# Asides and conditions: a reported aside (", telling reporters that …"), an aside opened by a
# negating verb ("the plant, halted in August by a shortage,"), an attribute after a comma
# (", without a camera") and a condition ("if you don't need a disc drive", "unless …").
# So are a scene set after a comma (", with most economists expecting no move"), an appositive
# (", a phrase officials use to signal no hurry", ", something no rival has offered"), a purpose
# (", to replace the duty that drivers do not pay"), a result (", so buyers will not need a new cable"); and
# (_OTHER_SUBJECT) a clause of another subject after ", but" (", but Slovakia again blocks the talks").
_ASIDE = (r",\s*(?:" + _REPORTING + r")\b[^,;:]*"
          r"|,\s*(?:" + "|".join(sorted(_NEGATING_VERBS)) + r")\b[^,;:]*"
          r"|,\s*without\b[^,;:]*"
          r"|,\s*with\b[^,;:]*"
          r"|,\s*(?:a|an|something|one)\s+[a-z]+\b[^,;:]*"
          r"|,\s*to\s+(?!(?:the|a|an|its|their|be)\b)[a-z]+\b[^,;:]*"
          # what the act was, and what is said of it: ", in a decision that policymakers said did not mark the end of
          # the cycle", ", in a move that did not include the farm chapter"
          r"|,\s*in\s+(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:that|which)\b[^,;:]*"
          # a result: ", so owners can plug in without an adapter" (not ", so far", ", so much")
          r"|,\s*so\s+(?!(?:far|much|many|long|too|as|that)\b)[^,;:]*"
          r"|\b(?:unless|even if|if)\b[^,;:]*")
_ASIDE_START = LazyPattern(_ASIDE)
# ", but Slovakia …", ", but the commission …": read on the text as written, since a name is capitalised
# (", but avoided naming Beijing" goes on with the claim's own subject)
_OTHER_SUBJECT = compiled(r",\s*but\s+(?:(?:the|a|an|this|that|these|those|its|their|some|many|most|other)\s+"
                            r"|[A-Z])[^,;:]*")
# A trailing participle after a comma tells what the act amounts to (", extending an easing cycle", ", ending
# years of losses"); words that work as prepositions ("including", "according", "following") open none.
_PARTICIPLE = (r",\s*(?!(?:including|excluding|according|during|following|regarding|concerning|pending|"
               r"notwithstanding|nothing|something|anything|everything)\b)[a-z]{2,}ing\b[^,;:]*")
_PARTICIPLE_START = compiled(_PARTICIPLE)
# A negated coordinated part: "and not …", "but did not …", "but declined to …", and a part after a semicolon that
# holds one ("; Lagarde would not comment on further cuts")
_DENIED_PART = (r"(?:(?:(?:did|does|do|will|would|is|was|are|were|has|have|had)\s+)?(?:not|never|[a-z]+n't)\b"
                r"|(?:declined|declines|refused|refuses|failed|fails)\s+to\b)")
# a correction after a comma denies an alternative, not the act: "has 14 cores, not the 16 that leaks had suggested,",
# "cut by 50 basis points, not 25", "signed a trade pact, not a free-trade agreement"
_CORRECTION = r",\s*not\s+(?=(?:the|a|an|its|their)\s|[$€£¥]?\d)[^,;:]*"
_CORRECTION_START = compiled(_CORRECTION)
_SUBORDINATE = compiled(
    _ASIDE
    + r"|,\s*(?:which|who|whose|whom|where)\b[^,;:]*"
    r"|\b(?:despite|in spite of)\b[^,;:]*"
    r"|\b(?:and|but)\s+" + _DENIED_PART + r"[^,;:]*"
    r"|;\s*(?=[^;:]*?" + _DENIED_PART + r")[^;:]*"
    r"|\b(?:rather than|instead of|even though|although|though|whereas|because|while)\b[^,;:]*"
    r"|" + _CORRECTION
    + r"|,\s*as\b[^,;:]*"
    r"|\b(?:after|following|since)\b[^,;:]*"
    r"|\bwithout\s+[a-z]+ing\b[^,;:]*"
    # a scene set before the main clause: "Without a clear signal from wage data, the board is likely to …"
    r"|^without\b[^,;:]*(?=,)"
    # the means of the act, denied: "abolish 4,000 posts, mainly through not replacing retiring staff"
    r"|\b(?:by|through)\s+(?:not|never)\s+[a-z]+ing\b[^,;:]*"
    r"|" + _PARTICIPLE)
# A negated part joined by "and"/"but" ("… but did not agree a wider statement") says something
# besides the main verb: it counts only when the other claim speaks of it more than of the main part.
_COORDINATED = LazyPattern(r"\b(?:and|but)\s+" + _DENIED_PART + r"|;\s*(?=[^;:]*?" + _DENIED_PART + r")")
# "will not seek a communique, opting instead for short statements": what is done instead is a claim
# too; against a report of the alternative, the denial before it is not what the pair is about.
_INSTEAD = LazyPattern(r"[,;]\s*(?:(?:opting|choosing|preferring|settling|going|turning)\s+)?instead\b[^;:]*"
                      r"|[,;]\s*(?:opting|choosing|preferring|settling)\s+(?:for|to|on)\b[^;:]*")
# A contrast speaks of what is not so this time: "unlike last year's split vote", "in a break with tradition".
_CONTRAST = LazyPattern(r"\b(?:unlike|in a break with|breaking with|in contrast to|in contrast with|contrary to)\b[^,;:]*")
_CONTRAST_WORDS = frozenset({"unlike", "break", "breaking", "contrast", "contrary"})
# Where one clause of a claim ends and another begins, for what a negation governs.
_CLAUSE_BREAK = compiled(r"[,;:]|\b(?:and|but|while|whereas)\b")
# "without objection": one cue of OPPOSITES (a unanimous vote), not a denial
_NOT_DENIALS = frozenset(c for _, one, two in OPPOSITES for c in one | two if c.split(" ")[0] in _NEGATORS)


# The words that open a clause of _SUBORDINATE without a comma ("and"/"but" open one only before a
# negation): the pattern is tried at every position, so a text with none of them and no comma is
# passed over in one set operation.
_CLAUSE_WORDS = frozenset({"unless", "if", "despite", "spite", "rather", "instead", "though", "although", "whereas",
                           "because", "while", "after", "following", "since", "without"})
_COORDINATORS = frozenset({"and", "but"})
_FIRST_ACT_END = compiled(r"\s(?:and|but)\b|;")
_MEANS = frozenset({"by", "through"})  # open a clause only before a negation: "by not reinvesting"
_NEVER = frozenset({"not", "never"})
_REFUSING = frozenset({"declined", "declines", "refused", "refuses", "failed", "fails"})  # of _DENIED_PART


# "Russia's president will not attend and Moscow will be represented by its foreign minister": a denial, then "and"
# with a subject of its own and its own verb; the first clause is one of two things said (_denied_first)
_AND_SUBJECT = compiled(r"\s+and\s+(?=(?:(?:the|a|an|its|their|his|her|this|that)\s+|[A-Z])[\w'-]*"
                        r"(?:\s+[\w'-]+){0,3}?\s+(?:will|would|is|are|was|were|has|have|had|could|may|might|"
                        r"should|can)\b)")
_DENIED = LazyPattern(r"\b" + _DENIED_PART)


def _denied_first(text: str, written: str) -> tuple[int, int] | None:
    """The span of a claim's first clause when it is denied and "and" goes on to another subject's act, not
    denied (_AND_SUBJECT): the first clause then counts, as a subordinate one does, only when the other claim
    speaks of it (_speaks_of).  None otherwise."""
    if len(written) != len(text) or " and " not in text:
        return None
    m = _AND_SUBJECT.search(written)
    if m is None or any(c in text[:m.start()] for c in ",;:") or _DENIED.search(text, 0, m.start()) is None \
            or _DENIED.search(text, m.end()) is not None:
        return None
    return 0, m.start()


# ", to decline to say" after an aside that interrupts a verb's "to" ("is expected, as usual, to decline to say",
# "is likely, analysts say, to hold"): the verb's own infinitive goes on, no purpose clause
_RESUMED_TO = compiled(r",\s*to\s")
_INTERRUPTED = compiled(r"\b(?:expected|likely|unlikely|set|due|poised|tipped|going|able|ready|about|certain|sure|"
                        r"bound|forecast|predicted|projected)\s*,[^,;:]{1,60}$")


def _clauses(text: str, words: list[str], written: str = "") -> list[tuple[int, int]]:
    """The character spans of a statement's subordinate clauses (text: lower case; words: the text's
    _WORDS; written: the text as written, which shows where another subject opens a clause)."""
    if "," not in text and _CLAUSE_WORDS.isdisjoint(words) \
            and ((_COORDINATORS.isdisjoint(words) and _MEANS.isdisjoint(words) and ";" not in text)
                 or (_NEVER.isdisjoint(words) and "n't" not in text and _REFUSING.isdisjoint(words))):
        return []
    spans = [m.span() for m in _SUBORDINATE.finditer(text)
             if not (text.startswith(",", m.start()) and _RESUMED_TO.match(text, m.start())
                     and _INTERRUPTED.search(text, 0, m.start()))]
    if (first := _denied_first(text, written)) is not None and not any(a < first[1] for a, _ in spans):
        spans.append(first)
    if len(written) == len(text) and "," in text:
        spans += [m.span() for m in _OTHER_SUBJECT.finditer(written)
                  if not any(a <= m.start() < b for a, b in spans)]
    return spans


def negation_cues(statement: str, other: str | None = None) -> list[str]:
    """The negation cues in a statement, as written, those of a subordinate clause left out.

    other: the claim it is weighed against; a cue in a subordinate clause counts when that
    clause shares a term with it ("held rates without signalling a cut" / "will signal a cut").
    """
    return [cue for cue, _ in _cues_at(statement, other)]


def denies(statement: str, other: str | None = None) -> bool:
    """Whether the statement's negation cues (see negation_cues) say that something did not or will not
    happen: some clause holds an odd number of them.  Two cues cancel only in one clause, where one governs
    the other ("did not rule out", "cannot be ruled out"); in two clauses each says no ("closed without a
    communique, the first time that no statement was issued"; "no cuts and no hikes")."""
    return _odd_in_a_clause(statement, _cues_at(statement, other))


def _odd_in_a_clause(statement: str, cues: list[tuple[str, int]]) -> bool:
    """Whether some clause of the statement holds an odd number of the cues (see denies)."""
    if len(cues) % 2:
        return True
    if not cues:
        return False
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    per_clause: dict[int, int] = {}
    for _, at in cues:
        clause = bisect_right(breaks, at)
        per_clause[clause] = per_clause.get(clause, 0) + 1
    return any(n % 2 for n in per_clause.values())


def _cues_at(statement: str, other: str | None = None) -> list[tuple[str, int]]:
    """negation_cues, each with where it starts in the statement."""
    words = _words(statement)
    cues: list[tuple[str, int]] = []
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    refusing = _refusing(text) | _evading(words)
    if _CUE_WORDS.isdisjoint(words) and "'" not in text and not refusing and "rather" not in words \
            and "instead" not in words:
        return cues  # the common case, decided in one set operation
    # "will withdraw about 10,000 troops", "suspended 20% of its aid": a verb acting on a
    # quantity reduces it; it does not say that something will not happen
    on_quantity = {m.group(1).lower() for m in _ON_QUANTITY.finditer(statement[:MAX_TEXT_CHARS])}
    clauses = _clauses(text, words, _written(statement))
    shared: dict[tuple[int, int], bool] = {}
    instead = _INSTEAD.search(text) if other is not None else None
    # the denial before "opting instead for …" is left out when the other claim speaks of the alternative
    denial_ends = instead.start() if instead is not None and _of_alternative(statement, instead.span(), other or "") \
        else -1
    consenting = _consents(words)
    for i, m in enumerate(_WORDS.finditer(text)):
        w = m.group()
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i in consenting or m.start() < denial_ends:
            continue
        if w in _NEGATING_VERBS and (w in on_quantity or nxt == "of"):
            continue  # "a block of shares" is a noun
        if w in _AVOID and not _avoids(words, i):
            continue  # "concessions to avoid new friction": the purpose of the claim, not what it denies
        # "no more than", "no better than": the one word between "no" and "than" is a comparative, whichever it is
        if (w == "no" and words[i + 2:i + 3] == ["than"]) or (w == "not" and nxt == "only") \
                or (w == "nothing" and nxt in _AFFIRMING_AFTER_NOTHING):
            continue  # "no more than $20bn", "not only", "nothing but": a bound or an addition, not a negation
        if w in ("no", "nos") and _NUMBER_SIGN.match(text, m.end() - (w == "nos")):
            continue  # "the No. 6 blast furnace": a number
        if w in _NEGATIVE_PRONOUNS and _THAN_IN_CLAUSE.match(text, m.end()):
            continue  # "nowhere did prices rise faster than in Sydney", "nothing sold faster than": a comparison
        if f"{w} {nxt}" in _NOT_DENIALS:
            continue
        if w in _NEGATING_VERBS and other is not None and same_act(statement, other, w) is not None:
            continue  # "will scrap duties" / "abolished duties": one act, said by both
        if w == "without" and other is not None and not _WARNING.isdisjoint(words[:i]) \
                and _one_condition(text[m.end():], other):
            continue  # "would stall without reforms" / "will stall unless reforms pass": one condition
        if w in _NEGATORS or w.endswith("n't") or w in _NEGATING_VERBS:
            cue = w
        elif w in _NEGATING_BEFORE and nxt in _NEGATING_BEFORE[w]:
            if i in _falls(text) or (nxt == "to" and _TO_LEVEL.match(text, m.end())):
                continue  # "declined 9% to €1bn", "declined to a three-year low": a fall, not a refusal
            cue = f"{w} {nxt}"
        elif i in refusing:
            cue = w  # "resist calls to roll back tariffs", "balked at raising fees": the act is refused
        elif w == "dropped" and _passive(words, i) and w not in on_quantity and _BY_FIGURE.match(text, m.end()) is None:
            cue = w  # "plans for a working group were dropped", "the tax was dropped from the budget" (not "were
            # dropped to 3%", "was dropped by 10%": a fall)
        elif (w, nxt) in _ALTERNATIVES and words[i + 2:i + 3] and _GERUND.fullmatch(words[i + 2]):
            cue = f"{w} {nxt}"  # "Rather than approving a pilot, …": the act passed over was not done (_speaks_of)
        else:
            continue
        span = next((c for c in clauses if c[0] <= m.start() < c[1]), None)
        if span is not None:
            if span not in shared:
                shared[span] = other is not None and _speaks_of(statement, span, clauses, other)
            if not shared[span]:
                continue
        cues.append((cue, m.start()))
    return cues


# What one answers: a verb of evading governs these ("sidestep questions about the talks", "dodged queries on …")
_QUESTIONS = frozenset({"question", "questions", "query", "queries", "issue", "issues", "subject", "topic"})


def _evading(words: list[str]) -> frozenset[int]:
    """The positions of verbs of evading (WordNet's synonyms of "evade" and its kinds: sidestep, skirt, dodge, parry
    …) whose object, within three words, is a question or an issue: "is expected to sidestep questions about the
    talks", "skirted the issue of early elections" refuse to answer, as "declined to discuss" does."""
    if _QUESTIONS.isdisjoint(words):
        return frozenset()
    evade = lexical.groups("evade")[0]
    return frozenset(i for i, w in enumerate(words) if len(w) > 3 and not _QUESTIONS.isdisjoint(words[i + 1:i + 4])
                     and w not in _QUESTIONS and any(not evade.isdisjoint(g) for g in lexical.groups(w)))


@lru_cache(maxsize=1 << 14)
def _refusal_verb(word: str) -> bool:
    """Whether a word is a form of a verb whose first sense is refusing (lexical.kind("refusal"): resist, rebuff,
    spurn, balk …), other than the negation cues read on their own (refuse, reject, refrain)."""
    if len(word) < 3 or word in _CUE_WORDS or not word.startswith(_refusal_heads()):
        return False
    return any(lemma in lexical.kind("refusal") for lemma in lexical.lemmas(word))


@lru_cache(maxsize=1)
def _refusal_heads() -> tuple[str, ...]:
    """The first three letters of every refusal verb: most words are passed over without a lookup."""
    return tuple(sorted({w[:3] for w in lexical.kind("refusal")}))


@lru_cache(maxsize=4096)
def _refusing(text: str) -> frozenset[int]:
    """The positions, among a lower-case text's words, of refusal verbs that govern an act: an -ing form right
    after, not one that qualifies the object ("resisted raising rates", "balked at cutting fees"; not "ignored rising
    yields") or, in the verb's clause, a request as its object and the request's "to" and verb ("will resist calls
    from the other leaders to roll back tariffs", "rebuffed demands to raise the levy"; not "defied forecasts to
    grow").  A refusal of a thing ("withstood the shock", "ignored the warning") denies no act."""
    if any_of(_refusal_heads()).search(text) is None:
        return frozenset()  # no word starts as a refusal verb does: a substring search, not a loop over the words
    found = []
    matches = list(_WORDS.finditer(text))
    for i, m in enumerate(matches):
        if not _refusal_verb(m.group()):
            continue
        after = [w.group() for w in matches[i + 1:i + 11]]
        k = 1 if after[:1] in (["at"], ["against"], ["from"]) else 0
        if after[k:k + 1] and after[k].endswith("ing") and len(after[k]) > 5 and after[k] not in _ATTRIBUTIVE_MOVES:
            found.append(i)
            continue
        end = min((text.find(c, m.end()) for c in ",;:" if c in text[m.end():]), default=len(text))
        clause = text[m.end():end]
        to = re.search(r"\bto\b", clause)
        if to is not None and not _CLAUSE_WORDS_RE.search(clause[:to.start()]) \
                and not _REQUEST_NOUNS.isdisjoint(_WORDS.findall(clause[:to.start()])) \
                and len(_WORDS.findall(clause[:to.start()])) <= 8 and _TO_NO_VERB.match(clause, to.start() - 1) is None \
                and re.match(r"\s+to\s+[a-z]", clause[to.start() - 1:]):
            found.append(i)
    return frozenset(found)


# A refusal verb refuses the act a request asks for ("resisted calls to cut duty", "rebuffed demands to raise
# the dividend"); with another object the "to" verb is what the subject did in spite of it ("defied forecasts
# to grow", "withstood falling demand to rise 3%"; the singular "demand" and "order" are mostly the market's)
_REQUEST_NOUNS = frozenset({
    "call", "calls", "demands", "pressure", "pressures", "plea", "pleas", "request", "requests", "appeal",
    "appeals", "urging", "urgings", "proposal", "proposals", "offer", "offers", "suggestion", "suggestions",
    "invitation", "invitations", "orders", "bid", "bids", "attempt", "attempts", "effort", "efforts",
    "push", "pushes", "move", "moves", "advice", "entreaties", "lobbying", "instructions"})
# An -ing form of a verb that moves of itself qualifies the object ("ignored rising bond yields", "withstood
# falling demand"): no act of the subject's is refused
_ATTRIBUTIVE_MOVES = frozenset({
    "rising", "falling", "mounting", "soaring", "growing", "sliding", "tumbling", "plunging", "surging", "climbing",
    "dwindling", "slumping", "ebbing", "waning", "sagging", "spiralling", "spiraling", "rocketing", "booming",
    "declining", "slowing", "shrinking", "worsening", "deepening", "widening", "persisting", "lingering"})
# Where a refusal verb's object ends before its "to": another clause
_CLAUSE_WORDS_RE = compiled(r"\b(?:and|but|or|while|whereas|which|who|that|because|after|before|if|unless)\b")
# A passive's auxiliary, and a figure a fall is by, from or to: "was dropped from 5% to 4%", "were dropped by 10%"
_PASSIVE_AUXILIARIES = frozenset(_BE | {"being", "get", "gets", "got", "gotten"})
_BY_FIGURE = compiled(r"\s+(?:by|from|to)\s+(?:(?:about|around|some|nearly|almost|roughly|just|a|an)\s+)?(?:[$€£¥₩₹]|\d|"
                      r"(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:low|high|record|minimum|trough)\b)")


def _passive(words: list[str], i: int) -> bool:
    """Whether the participle at i is a passive's: a form of "be" or "get" before it, an adverb between ("were
    quietly dropped")."""
    j = i - 1 - (i > 1 and words[i - 1].endswith("ly"))
    return j >= 0 and words[j] in _PASSIVE_AUXILIARIES


# An act passed over for another: "rather than approving a pilot, the declaration tasks ministers …", "launched a
# buyback instead of paying a special dividend" say the first act was not done
_ALTERNATIVES = frozenset({("rather", "than"), ("instead", "of")})
_GERUND = compiled(r"[a-z]{2,}ing")
_ALTERNATIVE_START = compiled(r"(?:rather\s+than|instead\s+of)\s+[a-z]{2,}ing\b")
_CLAUSE_MARK = compiled(r"[,;:]")


def _consents(words: list[str]) -> frozenset[int]:
    """The positions of a removal and the negative noun it removes ("dropped its veto", "lifts its
    objections", "scrapped the ban"): together they consent, so neither is a negation cue."""
    found: set[int] = set()
    for i, w in enumerate(words):
        if w not in _REMOVALS:
            continue
        j = i + 1 + (words[i + 1:i + 2] != [] and words[i + 1] in _DETERMINERS)
        if words[j:j + 1] and words[j] in _NEGATIVE_NOUNS:
            found.update((i, j))
    return frozenset(found)


def _of_alternative(statement: str, span: tuple[int, int], other: str) -> bool:
    """Whether the other claim shares more words (names left out) with the alternative a claim
    offers ("…, opting instead for short statements") than with the rest of it."""
    plain = _unnamed(statement)
    theirs = {s for s, _ in terms(other[:MAX_TEXT_CHARS])}
    alternative = len(theirs & {s for s, _ in terms(plain[span[0]:span[1]])})
    return alternative > len(theirs & {s for s, _ in terms(plain[:span[0]] + " , " + plain[span[1]:])})


def removal_as_cut(outcome: str, expected: str) -> tuple[str, str] | None:
    """(the removal, the cut) when every negation cue of an outcome removes a charge that the
    expectation cuts: "the customs duty was scrapped" is the duty cut to nothing, more than "will
    cut the customs duty" asked, not a denial of it.  A cap or a limit is no charge (lowering a cap
    tightens it; scrapping it frees)."""
    cues = negation_cues(outcome, expected)
    if not cues or any(c not in _ACTS[0] for c in cues):
        return None
    mine, theirs = _tokens(outcome), _tokens(expected)
    for k, t in enumerate(theirs):
        if t not in _DOWN:
            continue
        cut = _object(theirs, k)
        if cut.isdisjoint(_charge_stems()):
            continue
        for i, w in enumerate(mine):
            if w in cues and not (_object(mine, i) & cut).isdisjoint(_charge_stems()):
                return w, t
    return None


@lru_cache(maxsize=1)
def _charge_stems() -> frozenset[str]:
    return frozenset(s for w in _CHARGES for s, _ in terms(w))


def _one_condition(after: str, other: str) -> bool:
    """Whether what follows a conditional "without" (to the clause's end) is what an "unless"
    clause of the other claim speaks of."""
    mine = {s for s, _ in terms(re.split(r"[,;:]", after, maxsplit=1)[0])}
    return any(not mine.isdisjoint(s for s, _ in terms(m.group()))
               for m in _UNLESS.finditer(other[:MAX_TEXT_CHARS].lower()))


def _avoids(words: list[str], i: int) -> bool:
    """Whether "avoid" at i is the claim's own verb ("avoided a recession", "is expected to avoid
    committing", "will avoid") rather than a purpose ("make concessions to avoid friction")."""
    w, before = words[i], words[i - 1] if i else ""
    if w in ("avoided", "avoids"):
        return True
    if w == "avoiding":
        return before in _BE
    return before in _MODALS or (before == "to" and i > 1 and words[i - 2] in _INTENT)


def same_act(statement: str, other: str, verb: str) -> str | None:
    """The word of `other` that names the act `verb` (a negating verb of `statement`) names, on the
    same object: "will scrap duties on motorcycles" / "abolished import duties on large motorcycles"
    (both remove the duties; neither says the removal will not happen).  None when the other
    claim names no such act, or names it of another thing ("abolished the licence requirement")."""
    family = next((f for f in _ACTS if verb in f), None)
    if family is None:
        return None
    mine, theirs = _tokens(statement), _tokens(other)
    words = [t for t in theirs if t not in _BREAKS]
    if family.isdisjoint(words):
        return None
    objects = [_object(mine, i) for i, t in enumerate(mine) if t == verb]
    for k, t in enumerate(theirs):
        if t in family:
            object_terms = _object(theirs, k)
            if any(not o.isdisjoint(object_terms) for o in objects):
                return t
    return None


def _tokens(statement: str) -> list[str]:
    """The words of a statement, accents folded ("communiqué" is one word, not "communiqu"), and its commas,
    semicolons and colons."""
    return _TOKENS.findall(ascii_fold(statement[:MAX_TEXT_CHARS].lower().replace("’", "'")))


def _object(tokens: list[str], i: int) -> frozenset[str]:
    """What the verb at i acts on, as stems: the words after it up to the clause's end, else (a
    passive: "the cap was scrapped") the words before it from the clause's start."""
    after = []
    for t in tokens[i + 1:i + 8]:
        if t in _BREAKS:
            break
        after.append(t)
    found = frozenset(s for s, _ in terms(" ".join(after)))
    if found:
        return found
    before: list[str] = []
    for t in reversed(tokens[max(0, i - 8):i]):
        if t in _BREAKS:
            break
        before.append(t)
    return frozenset(s for s, _ in terms(" ".join(reversed(before))))


def _first_act(text: str) -> str:
    """A statement's first act: the text before its first "and", "but" or semicolon ("cut its main rate to 3.5%
    and said it could stop cutting" does of the rate what "cut" says)."""
    return _FIRST_ACT_END.split(text, maxsplit=1)[0]


def _first_act_words(statement: str) -> list[str]:
    """The words of a statement's first act (_first_act), its subordinate clauses left out."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    return _words(_first_act(_main_part(text, _clauses(text, _words(text)))))


def _opposes(words: list[str], theirs: list[str]) -> bool:
    """Whether words hold a cue of one side of an OPPOSITES pair and theirs a cue of the other side: a
    participle ", skipping the talks on migration" speaks of the act of "will attend the summit"."""
    if _ANY_CUE_WORDS.isdisjoint(words) or _ANY_CUE_WORDS.isdisjoint(theirs):
        return False
    for _, one, two in OPPOSITES:
        a1, a2 = _opposite_cues(words, one, two)
        b1, b2 = _opposite_cues(theirs, one, two)
        if (a1 and b2) or (a2 and b1):
            return True
    return False


def _speaks_of(statement: str, span: tuple[int, int], clauses: list[tuple[int, int]], other: str) -> bool:
    """Whether the other claim speaks of a subordinate clause of the statement: it shares a word
    (as stems) with the clause ("Li Qiang left Miami without meeting Trump" against "Trump will
    meet Li Qiang").  An aside or a condition (_ASIDE) says less of the claim: the other must
    share no fewer words with it than with the claim's main part (the text outside every
    clause), names left out on both sides since the whole claim shares who acts.  "If you
    don't need a disc drive, the Digital undercuts the standard model by $100" is about the
    price against "a disc-free Digital at $100 less than the standard model"."""
    plain = _unnamed(statement)
    theirs = {s for s, _ in terms(other[:MAX_TEXT_CHARS])}
    participle = _ASIDE_START.match(plain, span[0]) is None and _PARTICIPLE_START.match(plain, span[0]) is not None
    if participle and not negation_cues(plain) and _opposes(_words(plain[span[0]:span[1]]), _first_act_words(other)):
        # ", skipping the talks on migration" against "will attend the summit": the participle's cue is the
        # opposite of the other claim's act, so it speaks of that act, though it shares no other word with it
        # (in a negated claim the negation says it: "failed to renew it, letting it lapse")
        return True
    in_clause = len(theirs & {s for s, _ in terms(plain[span[0]:span[1]])})
    if span[0] == 0 and _denied_first(plain, _written(statement)) == span:
        # the denied first of two acts counts unless the other claim speaks more of the second ("Russia's president
        # will not attend and Moscow will be represented by its foreign minister" / "was led by its foreign minister"),
        # and it counts whatever the second says when the other claim is of the first's subject, not the second's
        # ("The president will not attend and the vice-president will lead the delegation" / "The president is
        # expected to lead the delegation")
        who = _subject(other[:MAX_TEXT_CHARS])
        if who and who == _subject(statement[:span[1]]) and who != _subject(statement[span[1]:MAX_TEXT_CHARS]):
            return True
        return in_clause >= len(theirs & {s for s, _ in terms(plain[span[1]:])})
    if _CORRECTION_START.match(plain, span[0]) is not None:
        # a correction after a comma denies what it names and puts the main part in its place: it counts against
        # a claim that names what it denies, a word of it the rest of the statement does not hold ("reported a
        # loss, not a profit" / "report a profit"; "met in Vienna, not Geneva" / "meet in Geneva"), names kept,
        # since the alternative is often one; a claim of the main part ("sign a trade pact" / "signed a trade
        # pact, not a full free-trade agreement") is what the correction confirms
        lower = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
        rest = {s for s, _ in terms(lower[:span[0]] + " , " + lower[span[1]:])}
        return not theirs.isdisjoint({s for s, _ in terms(lower[span[0]:span[1]])} - rest)
    if _ALTERNATIVE_START.match(plain, span[0]) is not None:
        # "Rather than approving a pilot, the declaration tasks ministers with a study": the act passed over counts
        # against a claim that speaks of it, by words the act put in its place (its clause) does not hold, at
        # least as much as of that act ("ministers asked officials to study the plan" is the study)
        lower = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
        start = max((m.end() for m in _CLAUSE_MARK.finditer(lower, 0, span[0])), default=0)
        after = _CLAUSE_MARK.search(lower, span[1] + 1)
        act = _roots(lower[start:span[0]] + " , " + lower[span[1]:after.start() if after else None])
        clause = _roots(lower[span[0]:span[1]])
        # a verb both acts share ("Instead of approving the stadium, the council approved a park") tells neither
        # apart: what was passed over is told by the rest of each
        passed, said, act = clause - act, _roots(other[:MAX_TEXT_CHARS]), act - clause
        return bool(said & passed) and len(said & passed) >= len(said & act)
    if not in_clause:
        return False
    if in_clause == 1 and _RELATIVE_CLAUSE.match(plain, span[0]) is not None \
            and _clause_act(plain[span[0]:span[1]]) not in theirs:
        # ", who withdrew his first budget last year,": a relative clause tells of its noun, and its negation
        # denies its own verb; one word of it in the other claim ("backed the budget") is not that act
        return False
    if _COORDINATED.match(plain, span[0]) is not None:
        if _clause_act(plain[span[0]:span[1]]) in theirs:
            return True  # "… but declined to name the customer" denies the act "will name the customer" expects
        # the main part wins a tie, since it is what the claim says first; who acts is left out of
        # it, as names are ("the bank … and not to signal cuts" / "the bank signalled cuts")
        main = {s for s, _ in terms(_main_part(plain, clauses))} - _subject(other)
        return in_clause > len(theirs & main)
    if participle:
        # a trailing participle (", extending an easing cycle …") counts when the other claim speaks of what it
        # adds: a word of it the rest of the claim does not hold ("cycle"), not the act it repeats ("easing"
        # of "cut the rate")
        rest = {s for s, _ in terms(plain[:span[0]] + " , " + plain[span[1]:])}
        return not theirs.isdisjoint({s for s, _ in terms(plain[span[0]:span[1]])} - rest)
    if _ASIDE_START.match(plain, span[0]) is None and _OTHER_SUBJECT.match(_written(statement), span[0]) is None:
        return True
    return in_clause >= len(theirs & {s for s, _ in terms(_main_part(plain, clauses))})


_RELATIVE_CLAUSE = compiled(r",\s*(?:which|who|whose|whom|where)\b")


def _roots(text: str) -> frozenset[str]:
    """The stems of a text's content words, a final "e" left off, so that a verb meets its -ing form ("approve" /
    "approving")."""
    return frozenset(s[:-1] if s.endswith("e") and len(s) > 4 else s for s, _ in terms(text))


def _clause_act(clause: str) -> str | None:
    """The stem of the verb a clause's negation denies: the negating verb ("withdrew"), or the verb after
    "not", "never" or "n't" ("did not cut")."""
    tokens = _tokens(clause)
    for i, t in enumerate(tokens):
        if t in _NEGATING_VERBS:
            return next((s for s, _ in terms(t)), None)
        if t in _NEVER or t.endswith("n't") or (tokens[i + 1:i + 2] and tokens[i + 1] in _NEGATING_BEFORE.get(t, ())):
            # "did not cut", "declined to cut": the verb after the negation
            k = i + 1
            while k < len(tokens) and (tokens[k] in _TO_THE_VERB or tokens[k] in _NEGATING_BEFORE.get(t, ())):
                k += 1
            return next((s for s, _ in terms(tokens[k])), None) if k < len(tokens) else None
    return None


def _written(statement: str) -> str:
    """The statement as polarity reads it, in the case it was written."""
    return statement[:MAX_TEXT_CHARS].replace("’", "'")


def _subject(statement: str) -> frozenset[str]:
    """The stems of what a claim's first words name before its verb (a modal, a form of be, have or
    do, or a word in -ed): "the bank" of "The bank signalled cuts"."""
    words = _words(statement)
    end = next((i for i, w in enumerate(words) if w in _MODALS or w in _BE or w in _AUXILIARIES
                or w.endswith("ed")), 0)
    return frozenset(s for s, _ in terms(" ".join(words[:min(end, 6)])))


def _unnamed(statement: str) -> str:
    """The statement as polarity reads it (lower case, first 640 characters) with its names
    blanked: the capitalised words after its first.  Offsets are the lower-case text's."""
    text = statement[:MAX_TEXT_CHARS].replace("’", "'")
    blanked = _NAME.sub(lambda m: " " * len(m.group()) if m.start() and m.group()[0].isupper() else m.group(), text)
    lower = blanked.lower()
    return lower if len(lower) == len(text) else text.lower()


def _main_part(text: str, clauses: list[tuple[int, int]]) -> str:
    """The text outside the given spans."""
    kept, at = [], 0
    for a, b in sorted(clauses):
        if a >= at:
            kept.append(text[at:a])
        at = max(at, b)
    kept.append(text[at:])
    return " , ".join(kept)


def is_negated(claim: Claim, other: Claim | None = None) -> tuple[bool, str]:
    """Whether the claim says something did not or will not happen, and on what grounds
    (other: the claim it is weighed against, see negation_cues).  A `negated: true` key on a statement no
    negation word is in, whose words hold one side of an opposite pair the other claim speaks of, repeats what
    that word says ("The premier skipped the summit"): the word is the denial, compared as written
    (opposition), not denied again."""
    if claim.negated and other is not None and (word := _worded_denial(claim.statement, other.statement)):
        return False, f"'{word}' is what its negated key says"
    if claim.negated is not None and not (claim.negated and other is not None and denies(claim.statement)):
        return claim.negated, f"negated: {'true' if claim.negated else 'false'}"
    # no key, or `negated: true` just as the statement's own cues say (as drafting writes it): the
    # cues are read again against the other claim, which may say the same act or condition
    found = _cues_at(claim.statement, other.statement if other is not None else None)
    cues = [cue for cue, _ in found]
    negated = _odd_in_a_clause(claim.statement, found)
    if claim.negated and negated:
        return True, "negated: true"
    quoted = ", ".join(f"'{c}'" for c in cues)
    if negated:
        return True, f"negation cue {quoted}" + (" (in two clauses)" if len(cues) % 2 == 0 else "")
    return False, f"cues {quoted} cancel out" if cues else "no negation cue"


def direction(statement: str, other: str | None = None) -> tuple[str | None, str]:
    """up, down, hold or change (some move, either way) when the statement's change words agree,
    with the word that says so.  The main clause speaks first: "stays at 9%, despite a campaign
    to lower it" holds; a statement whose main clause has no change word is read whole, but for
    the clauses the other claim (the one it is weighed against) does not speak of: "growth of 2.25%,
    as interest rates ease" says no move of growth to "the economy will expand 2.25%"."""
    words = _words(statement)
    if _DIRECTION_WORDS.isdisjoint(words):
        return None, ""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    part = _part_spoken_of(text, other) if other is not None else None
    if part is not None:
        # the other part's move is of another thing ("Fuel guidance raised; capacity guidance kept" says no rise
        # of capacity guidance)
        return direction(part, other)
    planned = _plan_kept(text)
    if planned is not None:
        return planned
    clauses = _clauses(text, words)
    main = _WORDS.findall(_main_part(text, clauses)) if clauses else words
    if clauses and not _DIRECTION_WORDS.isdisjoint(main):
        return _direction_of(_main_part(text, clauses))
    if clauses and other is not None:
        unsaid = [c for c in clauses if not _speaks_of(statement, c, clauses, other)]
        if unsaid:
            kept = _main_part(text, unsaid)
            return _direction_of(kept)
    return _direction_of(text)


# The nouns of a course of moves set in advance: a plan kept unchanged keeps its moves going
_PLANS = frozenset({"plan", "plans", "programme", "programmes", "program", "programs", "schedule", "timetable",
                    "roadmap", "path",
                    # a goal is a course set too: "reiterated the aim of reducing debt to 50% of GDP"
                    "goal", "goals", "aim", "aims", "target", "targets", "objective", "objectives"})
_KEPT = frozenset({"unchanged", "untouched", "steady", "intact"})
_PLAN_ENDS = frozenset(_KEPT_ENDS | {"and", "despite", "amid"})


@lru_cache(maxsize=4096)
def _plan_kept(text: str) -> tuple[str | None, str] | None:
    """The move a lower-case text says goes on when it keeps a plan unchanged ("left its taper plan unchanged, with
    purchases set to fall to ¥2 trillion", "stuck to its plan to trim purchases"): a plan kept is no hold of what it
    moves, so the text's own move words, up or down, all of one kind, say where the thing goes.  None when the text
    keeps no plan, or names no move of one kind ("kept its borrowing plan unchanged" holds)."""
    words = _WORDS.findall(text)
    if _PLANS.isdisjoint(words):
        return None
    kept = False
    start = 0
    for i, w in enumerate(words):
        if w in _KEPT:  # "left its bond taper plan unchanged": the object between the verb and the word
            j = i - 1
            while j > i - 7 and j >= 0 and words[j] not in _HOLD_VERBS and words[j] not in _PLACE_VERBS:
                j -= 1
            kept, start = j > i - 7 and j >= 0 and not _PLANS.isdisjoint(words[j + 1:i]), j
        elif w in _HOLD_VERBS:  # "kept its spending plan", "stuck to its plan to trim purchases"
            phrase = []
            for v in words[i + 1 + (words[i + 1:i + 2] == ["to"]):i + 9]:
                if v in _PHRASE_ENDS:
                    break
                phrase.append(v)
            kept, start = not _PLANS.isdisjoint(phrase), i
        if kept:
            break
    if not kept:
        return None
    # the plan's own phrase ends where another clause or thing begins ("… and raised taxes", "despite calls to
    # increase defence spending", "in a budget that raised taxes"): only its moves are the plan's
    end = next((k for k in range(start + 1, len(words)) if words[k] in _PLAN_ENDS
                or (words[k] == "in" and words[k + 1:k + 2] in (["a"], ["an"]))), len(words))
    if not _DIRECTION_WORDS.isdisjoint(words[:start] + words[end:]):
        return None  # "held rates steady and kept its plan to shrink the balance sheet": the rest moves of its own
    # "declined to comment" is a refusal, not a fall; "the higher rate", "lower-income households" name things
    # (_direction_of)
    falls, tiers = _falls(text), _tiers(text) | _compounded(text)
    moves = {("up" if w in _UP else "down"): w for i, w in reversed(list(enumerate(words))) if i not in tiers
             and start <= i < end
             and (w in _UP or (w in _DOWN and (i in falls or not set(words[i + 1:i + 2]) & _NEGATING_BEFORE.get(w, set()))))}
    if len(moves) != 1:
        # "reaffirm the goal of bringing debt down to 50%": a course kept whose move is not read is no hold
        return (None, "") if any(_course(words, k) for k in range(start, end)) else None
    kind, word = next(iter(moves.items()))
    return kind, word


def _course(words: list[str], k: int) -> bool:
    """Whether the word at k is a plan or a goal followed by the act it sets ("the goal of bringing debt down", "its
    plan to sell the unit"), not by a level ("its target at 2%", "the plan for 2027")."""
    return words[k] in _PLANS and len(words) > k + 2 and (
        (words[k + 1] == "of" and _GERUND.fullmatch(words[k + 2]) is not None)
        or (words[k + 1] == "to" and words[k + 2] not in _TIME_DETERMINERS and words[k + 2] not in STOPWORDS))


# Where a claim goes on to another thing that moved its own way: "Revenue rose 6%; the gross margin held steady",
# "cut its deposit rate, while the lending rate was left unchanged", "exports rose 3%, but imports fell 2%"
_PARTS = compiled(r";|,?\s+(?:while|whereas)\s+|,\s+but\s+"
                  # a second act of the same subject: "shaved its growth estimate to 1.1% and kept its 2027 forecast"
                  r"|,?\s+and\s+(?:also\s+|then\s+)?(?=(?:" + "|".join(sorted(_DIRECTION_WORDS - {"hold"})) + r")\s)")


# Verbs of wanting: the move they govern is a preference, not what was done ("two preferred to keep the rate at
# 6.50%", "two members wanted a cut", "a minority favoured a hold")
_WISHES = frozenset({"prefer", "prefers", "preferred", "preferring", "want", "wants", "wanted", "wanting", "favour",
                     "favours", "favoured", "favouring", "favor", "favors", "favored", "favoring", "wish", "wishes",
                     "wished", "wishing"})


def _wished(part: str) -> bool:
    """Whether every change word of a part of a claim lies in what a verb of wanting governs, up to the end of its
    clause: "while two preferred to keep the repo rate at 6.50%" tells a preference, not a move."""
    words = _WORDS.findall(part)
    at = next((i for i, w in enumerate(words) if w in _WISHES), None)
    if at is None:
        return False
    moves = [i for i, w in enumerate(words) if w in _DIRECTION_WORDS]
    end = next((k for k in range(at + 1, len(words)) if words[k] in _BREAKS), len(words))
    return bool(moves) and all(at < i < end for i in moves)


def _part_spoken_of(text: str, other: str) -> str | None:
    """The part of a claim telling of two things (_PARTS) that the other claim speaks of more than of any other
    part, by the words of what moved (change words left out: they are what the two claims predict), when
    there is one; None otherwise.  text: the statement in lower case.  A part that tells only what someone
    wanted (_wished: "Four members backed the cut, while two preferred to keep the rate at 6.50%") is no move: it
    is not the part spoken of, and the claim is read without it."""
    if ";" not in text and "while" not in text and "whereas" not in text and "but" not in text \
            and " and " not in text:
        return None
    written = _PARTS.split(text)
    parts = [part for part in written if not _wished(part)]
    if len(parts) < 2:
        return parts[0] if parts and len(written) > 1 else None
    theirs = {s for s, _ in terms(" ".join(w for w in _words(other) if w not in _DIRECTION_WORDS))}
    shared = [len(theirs & {s for s, _ in terms(" ".join(w for w in _WORDS.findall(part)
                                                         if w not in _DIRECTION_WORDS))}) for part in parts]
    best = max(shared)
    if best and shared.count(best) == 1:
        return parts[shared.index(best)]
    return " ; ".join(parts) if len(parts) < len(written) else None


# What a change word's figure is: the amount of the move ("expand 2.25%", "rise by 3%") or the level it reaches
# ("ease to 2.4%")
_MOVE_FIGURE = compiled(r"\s+(?:(?:by|of)\s+)?(?:(?:about|around|some|nearly|almost|roughly|just|an?\s+estimated)\s+)?"
                          r"(to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?)?[-+−]?\d")


def moved_by(statement: str, word: str) -> str | None:
    """"amount" when a statement's change word takes its figure as the size of the move ("will expand 2.25%",
    "rose by 3%"), "level" when the figure is where the move goes ("is expected to ease to 2.4%"), else None."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    kinds = {("level" if m.group(1) else "amount") for w in _WORDS.finditer(text) if w.group() == word
             if (m := _MOVE_FIGURE.match(text, w.end())) is not None}
    return kinds.pop() if len(kinds) == 1 else None


# What a revision moves: a forecast of the thing, not the thing ("trim its US growth forecast to 1.8%")
_FORECASTS = r"(?:forecasts?|projections?|estimates?|guidance|outlooks?|predictions?|assumptions?)"
# Where the revised forecast goes: "… for 2026 to 1.8%", "… to about 2 million"
_REVISED_TO = r"(?:\s+(?!to\b)[\w'-]+){0,4}?\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?[$€£¥₩₹]?\d"


def _lowered(statement: str) -> str:
    """A statement as the forecast readings search it: bounded, lower case, straight apostrophes."""
    return statement[:MAX_TEXT_CHARS].lower().replace("’", "'")


def revises(statement: str, word: str) -> bool:
    """Whether the change word moves a forecast to a figure: as a verb with the forecast its object ("trim its US
    growth forecast for 2026 to 1.8%", "lower its projection to 2.1%") or its subject ("the shipment forecast is
    expected to be cut to 2 million units").  Such a word says where the forecast went, not how the thing
    forecast moves ("the economy growing 1.8%")."""
    text = _lowered(statement)
    if word not in text:
        return False
    verb = re.escape(word)
    # the object: up to five words of its phrase, the forecast noun not used as a verb ("forecast to ease")
    if re.search(rf"\b{verb}\s+(?:[\w'-]+\s+){{0,5}}?{_FORECASTS}\b(?!\s+to\s+[a-z]){_REVISED_TO}", text):
        return True
    # the subject of a passive: "… forecast (for the headset) is expected to be cut to …"
    return re.search(rf"\b(?<!is\s)(?<!was\s){_FORECASTS}\b(?!\s+to\s+[a-z])(?:\s+[\w'-]+){{0,6}}?"
                     rf"\s+(?:be|been|being|is|are|was|were)\s+{verb}\s+to\s+"
                     rf"(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?[$€£¥₩₹]?\d", text) is not None


# The words of a held forecast's phrase between the keep word and the forecast noun ("keep its growth forecast",
# "held its full-year guidance"): no clause ends or other acts among them ("kept rates on hold and cut its forecast")
_KEPT_PHRASE = r"(?:(?!(?:and|but|or|while|to|then)\b)[\w'/.-]+\s+){0,5}?"


def keeps_forecast(statement: str, word: str) -> bool:
    """Whether the no-change word keeps a forecast (_FORECASTS), not the thing forecast: the forecast its object
    ("keep its growth forecast for 2026 at 4.5%", "held its full-year guidance steady") or the forecast before a
    no-change word that says its state ("leave its global growth forecast unchanged at 3.1%").  What is held is
    the forecast: it says no move of the thing forecast ("the economy is projected to expand by 4.5%")."""
    text = _lowered(statement)
    if word not in text:
        return False
    verb = re.escape(word)
    if re.search(rf"\b{verb}\s+{_KEPT_PHRASE}{_FORECASTS}\b(?!\s+to\s+[a-z])", text):
        return True
    return re.search(rf"\b{_FORECASTS}\b(?!\s+to\s+[a-z])(?:\s+(?:for|of|in)\s+[\w'/.-]+){{0,2}}\s+{verb}\b",
                     text) is not None


def names_forecast(statement: str) -> bool:
    """Whether a statement names a forecast as a thing (_FORECASTS: "its growth projection", "the outlook"), not as
    the verb of one ("is forecast to ease", "forecast growth at 2%" after a subject)."""
    text = statement[:MAX_TEXT_CHARS].lower().replace("’", "'")
    return re.search(rf"(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!be\s)\b{_FORECASTS}\b(?!\s+to\s+[a-z])",
                     text) is not None


@lru_cache(maxsize=4096)
def _direction_of(text: str) -> tuple[str | None, str]:
    """The one kind of change a lower-case text's words say (see direction).  Words of several kinds are weighed by
    structure (_governed): a move word that a no-change word governs ("paused its rate increases") or that sits
    in a phrase of the subject ("the members with voluntary cuts will raise output") is not the claim's move."""
    words = _WORDS.findall(text)
    if _DIRECTION_WORDS.isdisjoint(words):
        return None, ""
    # refusal cues that are falls; hold verbs that keep their object at a figure; comparatives that name a tier
    falls, held, tiers = _falls(text), _held_at(text), _tiers(text)
    cues: list[tuple[int, str, str]] = []
    named = _compounded(text)
    ended = _ended_holds(words, _punctuated(text)) if "paus" in text or "freez" in text else frozenset()
    for i, w in enumerate(words):
        if i in tiers or (i in named and (w in _UP or w in _DOWN)) or i in ended:
            # "higher-rate relief", "cut-price fares", "the higher rate of income tax": the word names the thing, it
            # does not move it; "ends a pause": the hold is over
            continue
        if w in _UP:
            cues.append((i, "up", w))
        elif w in _DOWN and (i in falls or not set(words[i + 1:i + 2]) & _NEGATING_BEFORE.get(w, set())):
            # "declined to" negates (see negation_cues); "exports declined", "declined 9% to €1bn" are falls.
            cues.append((i, "down", w))
        elif w in _HOLD or (w in _HOLD_VERBS and _HOLD_OBJECTS & set(words[i + 1:i + 6])
                            and words[i + 1:i + 2] != ["off"]) \
                or (w in _HOLD_VERBS and _holds_object(words, i)) \
                or i in held \
                or (w in _STAY_VERBS and _STAY_AT & set(words[i + 1:i + 3])) \
                or (w in _PLACE_VERBS and tuple(words[i + 1:i + 3]) in _IN_PLACE) \
                or (w in _PLACE_VERBS and _kept_as_was(words, i)) \
                or (w == "hold" and i and words[i - 1] == "on"):
            cues.append((i, "hold", w))
        elif w in _CHANGE:
            cues.append((i, "change", w))
    if not _STOP_VERBS.isdisjoint(words) and any(kind in ("up", "down") for _, kind, _ in cues):
        # a stop verb is a hold of the move it governs (_governed): "halted its rate increases"
        ends = _punctuated(text)
        moves = [cue for cue in cues if cue[1] in ("up", "down")]
        stops = [(i, "hold", w) for i, w in enumerate(words) if w in _STOP_VERBS
                 and words[i + 1:i + 2] != ["short"]]  # "stopped short of raising": a refusal (negation_cues)
        cues = sorted(cues + [stop for stop in stops if any(_stopped(words, stop[0], move[0], ends) for move in moves)])
    if len({kind for _, kind, _ in cues}) > 1:
        # a comma, semicolon or colon before a word ends the phrase before it (words drop them)
        ends = _punctuated(text)
        cues = [cue for cue in cues if not _governed(words, cue, cues, ends)] or cues
    found: dict[str, str] = {}
    for _, kind, w in cues:
        found.setdefault(kind, w)
    if "change" in found and ("up" in found or "down" in found):
        del found["change"]  # "revised up": the rise says which change
    if len(found) == 1:
        kind, word = next(iter(found.items()))
        return kind, word
    return None, ""


# Verbs that end a pause or a freeze: what they end no longer holds ("ends a pause that began last summer", "lifted the
# freeze on fuel duty", "broke a two-year freeze")
_ENDING_VERBS = frozenset(_STOP_VERBS | {"lift", "lifts", "lifted", "lifting", "break", "breaks", "broke", "breaking"})
# The nouns of a hold such verbs end (the verbs "paused", "froze" say the hold began)
_HOLD_NOUN_FORMS = frozenset({"pause", "pauses", "freeze", "freezes"})


def _ended_holds(words: list[str], ends: frozenset[int]) -> frozenset[int]:
    """The positions of hold nouns (_HOLD_NOUN_FORMS) that a verb ending them governs within one phrase, up to three
    words between ("ended a long pause", "ends its six-month freeze"): such a pause is over, and says no hold.
    ends: the positions of words after a comma, semicolon, colon or full stop (_punctuated)."""
    found = []
    for i, w in enumerate(words):
        if w not in _HOLD_NOUN_FORMS:
            continue
        for j in range(i - 1, max(-1, i - 5), -1):
            if j + 1 in ends or words[j] in _PHRASE_ENDS:
                break
            if words[j] in _ENDING_VERBS:
                found.append(i)
                break
    return frozenset(found)


# "the higher rate of income tax", "the lower band": after "the", a comparative names a tier, not a move ("a higher
# rate", "rates will be higher" move)
_TIER = compiled(r"(?<=\bthe )(?:higher|lower)(?=\s+[a-z])")


@lru_cache(maxsize=4096)
def _tiers(text: str) -> frozenset[int]:
    """The positions, among a lower-case text's words, of comparatives that name a tier (_TIER)."""
    if "higher" not in text and "lower" not in text:
        return frozenset()
    at = {m.start() for m in _TIER.finditer(text)}
    return frozenset(i for i, m in enumerate(_WORDS.finditer(text)) if m.start() in at)


# What ends a noun phrase: a move word beyond one of these is no object of the word before it
_PHRASE_ENDS = frozenset(_BREAKS | _MODALS | _BE | _AUXILIARIES
                         | {"or", "nor", "to", "by", "at", "from", "in", "on", "of", "for", "with", "after", "before",
                            "despite", "than", "as", "over", "into", "against", "amid"})
# The prepositions that open a phrase inside a subject ("the members with voluntary cuts", "the pace of hikes")
_SUBJECT_PREPOSITIONS = frozenset({"with", "of", "after", "despite", "amid", "from"})
# No-change nouns name what they stop: "a pause in rate hikes", "a freeze on fuel duty rises"
_HOLD_NOUNS = frozenset({"pause", "freeze"})
# "held its dividend at 40 cents", "kept the price at $999": after a hold verb, an object of one to four words, then
# "at" and a figure
# a time of day is when the thing is held, no level: "hold a news conference at 11:00", "at 3 p.m.", "at 10.30 GMT"
_CLOCK = (r"\d{1,2}(?::\d\d|(?:[.:]\d\d)?\s*(?:[ap]\.?m(?![a-z])|gmt|bst|cet|cest|utc|et|local\s+time|hrs|o'clock)\b)")
_HELD_AT = compiled(r"((?:\s+[a-z][\w'-]*){1,4}?)\s+at\s+(?:about\s+|around\s+|roughly\s+)?(?!" + _CLOCK
                    + r")[$€£¥₩₹]?\d")


def _kept_as_was(words: list[str], i: int) -> bool:
    """Whether the keep verb at i keeps its object (up to twelve words, however listed) in a state of not having been
    acted on: "left the main rates of income tax, national insurance and VAT untouched", "remained unaltered", "was
    left intact".  The state is a participle denied by "un-" ("untouched", "unamended") or "intact"; a move word
    (an un- word of no act: "unexpected" is no state) is none."""
    for w in words[i + 1:i + 14]:
        if w in _KEPT_ENDS or w in _MODALS or w in _PLACE_VERBS or w in _HOLD:
            return False  # ("left rates unchanged": the state word is a hold of its own)
        if w == "intact" or (w.startswith("un") and w.endswith("ed") and len(w) > 6 and w not in _UNSTATES
                              and w not in _UP and w not in _DOWN):
            return True
    return False


# un- words ending in -ed that say nothing was left as it was: what happened was not foreseen or has no bound
_UNSTATES = frozenset({"unexpected", "unprecedented", "unlimited", "unwanted", "unwarranted", "unfounded",
                       "unrelated", "unsecured", "unemployed"})


def _compounded(text: str) -> frozenset[int]:
    """The positions, among a lower-case text's words, of words joined by a hyphen to the word after them ("higher-rate
    taxpayers", "lower-income households", "cut-price fares"): the first word of such a compound qualifies a noun."""
    if "-" not in text:
        return frozenset()
    return frozenset(i for i, m in enumerate(_WORDS.finditer(text))
                     if text[m.end():m.end() + 1] == "-" and text[m.end() + 1:m.end() + 2].isalpha())


def _holds_object(words: list[str], i: int) -> bool:
    """Whether the hold verb at i governs a thing that holds (_HOLD_OBJECTS) at the end of its object phrase, however
    many words name it: "reaffirm its full-year adjusted EPS forecast" (the phrase runs to its first phrase end,
    eight words at most)."""
    phrase = []
    for w in words[i + 1:i + 9]:
        if w in _PHRASE_ENDS:
            break
        phrase.append(w)
    return bool(phrase) and phrase[0] != "off" and not _HOLD_OBJECTS.isdisjoint(phrase)


@lru_cache(maxsize=4096)
def _held_at(text: str) -> frozenset[int]:
    """The positions, among a lower-case text's words, of hold verbs that keep a short object at a figure: "held its
    quarterly dividend at 40 cents", "kept the price at $999" (not "held talks at the summit")."""
    found = []
    words = _WORDS.findall(text)
    for i, m in enumerate(_WORDS.finditer(text)):
        if m.group() not in _HOLD_VERBS and m.group() not in _LEAVE:
            continue
        held = _HELD_AT.match(text, m.end())
        if held is not None and _PHRASE_ENDS.isdisjoint(_WORDS.findall(held.group(1))):
            found.append(i)
        elif _passive(words, i) and _PASSIVE_AT.match(text, m.end()) \
                and not any(w in _UP or w in _DOWN for w in words[max(0, i - 5):i]):
            # "is likely to be left at 1.2%", "rates were held at 4%": the object is the subject ("rate increases
            # were kept at 25 basis points" keeps a move going)
            found.append(i)
    return frozenset(found)


_LEAVE = frozenset({"leave", "leaves", "left", "leaving"})  # "left rates at 4%" keeps them there
_PASSIVE_AT = compiled(r"\s+at\s+(?:about\s+|around\s+|roughly\s+)?(?!" + _CLOCK + r")[$€£¥₩₹]?\d")


# a mark that ends a phrase, not the point of "1.8%" nor the comma of "137,000"
_PUNCTUATION = compiled(r"[,;:.](?!\d)")


def _punctuated(text: str) -> frozenset[int]:
    """The positions, among a lower-case text's words, of the words a comma, semicolon, colon or full stop comes
    before."""
    found, end = [], 0
    for i, m in enumerate(_WORDS.finditer(text)):
        if _PUNCTUATION.search(text, end, m.start()):
            found.append(i)
        end = m.end()
    return frozenset(found)


def _governed(words: list[str], cue: tuple[int, str, str], cues: list[tuple[int, str, str]],
              ends: frozenset[int]) -> bool:
    """Whether the move word of cue is not the claim's move but a thing another cue speaks of: the object of a
    no-change word or a word of it ("paused their monthly increments", "froze the planned rise", "a pause in rate
    hikes", "reaffirm its full-year adjusted EPS forecast"), a move put on hold ("put further increases on hold"),
    or a word in a phrase of the subject before the verb that moves ("the eight countries with voluntary cuts will
    raise output").  ends: the positions of words after a comma, semicolon, colon or full stop (_punctuated)."""
    at, kind, word = cue

    def one_phrase(first: int, last: int) -> bool:  # the words first..last hold no phrase end between them
        return _PHRASE_ENDS.isdisjoint(words[first + 1:last]) and not any(first < k <= last for k in ends)

    if kind == "hold":
        # a word that keeps (held, kept, maintained) keeps going the move its object names: "held the council tax
        # increase at 4.99%" is a rise, and the keep word is no claim of no change
        return word not in _HOLD and word not in _STOP_VERBS and not (word == "hold" and words[at - 1:at] == ["on"]) \
            and any(
            other in ("up", "down") and at < i <= at + 4 and one_phrase(at, i) for i, other, _ in cues)

    for i, other, w in cues:
        if other in ("up", "down") and i < at <= i + 4 and words[i + 1:i + 2] in (["to"], ["in"], ["on"], ["of"]) \
                and words[i - 1:i] and (words[i - 1] in _DETERMINERS or words[i - 1] == "an") and one_phrase(i + 1, at):
            return True  # the object of a move named as a noun: "a cut to the higher rate", "an increase in the lower band"
        if other != "hold":
            continue
        # a word that stops (paused, frozen, halted, "on hold") governs the move it stops; one that keeps (kept,
        # held, maintained) keeps a move going ("kept the pension increase at 3.1%"): it governs only a word
        # naming its object ("reaffirm its full-year adjusted EPS forecast")
        stops = w in _HOLD or w in _STOP_VERBS or (w == "hold" and words[i - 1:i] == ["on"])
        if kind != "change" and not stops:
            continue
        if stops and _stopped(words, i, at, ends):
            return True
        if not stops and i < at <= i + 4 and one_phrase(i, at):
            return True
    verbs = [i for i, other, _ in cues if other not in (kind, "change") and i > at and _verbal(words, i)]
    return bool(verbs) and not _verbal(words, at) and _BREAKS.isdisjoint(words[at + 1:verbs[0]]) \
        and "or" not in words[at + 1:verbs[0]] \
        and not any(at < k <= verbs[0] for k in ends) \
        and any(w in _SUBJECT_PREPOSITIONS for w in words[max(0, at - 3):at])


# What may stand between a moving subject and the stop word of its passive: "rate increases were paused", "further
# hikes have been put on hold", "cuts will be halted"
_PASSIVE_LINKS = frozenset(_BE | _AUXILIARIES | _MODALS | {"being", "put", "placed", "on"})


_COMPARATIVE_MOVES = frozenset({"higher", "lower", "up", "down", "upward", "downward", "stronger", "weaker",
                                "firmer", "softer"})


def _stopped(words: list[str], i: int, at: int, ends: frozenset[int]) -> bool:
    """Whether the stop word at i (paused, frozen, halted, ended, "on hold") governs the move word at: its object,
    through a phrase of "of" ("paused its run of rate cuts", "a pause in rate hikes"), or the subject of its passive
    ("rate increases were paused", "further hikes have been put on hold", "put further increases on hold")."""
    if i < at <= i + 6 and words[at] not in _COMPARATIVE_MOVES:
        # "ended the session higher", "ended 3% lower": where a thing closed, not a stopped move
        start = i + 1 if words[i] in _HOLD_NOUNS and words[i + 1:i + 2] in (["in"], ["on"], ["of"]) else i
        between = words[start + 1:at]
        if all(w == "of" or w not in _PHRASE_ENDS for w in between) and not any(start < k <= at for k in ends) \
                and (len(between) < 4 or "of" in between):
            return True
    last = i - 1 if words[i] == "hold" and words[i - 1:i] == ["on"] else i
    if at < last <= at + 5 and not any(at < k <= i for k in ends):
        between = words[at + 1:last]
        if all(w in _PASSIVE_LINKS for w in between) and not _BE.isdisjoint(between):
            return True  # a passive
    # "put further output increases on hold": the object between "put" and "on hold"
    return words[i] == "hold" and words[i - 1:i] == ["on"] and i - 5 <= at < i - 1 \
        and _PHRASE_ENDS.isdisjoint(words[at + 1:i - 1]) and not any(at < k <= i - 1 for k in ends)


# Words that may stand between a modal or "to" and its verb: "will further raise", "is expected to sharply cut"
_BETWEEN_VERB = frozenset({"further", "again", "also", "not", "then", "still", "now", "once", "only"})


def _verbal(words: list[str], i: int) -> bool:
    """Whether the word at i is a verb by its place: after a modal, "to", an auxiliary or a form of "be"
    (an adverb may stand between)."""
    j = i - 1
    while j >= 0 and (words[j] in _BETWEEN_VERB or words[j].endswith("ly")):
        j -= 1
    return j >= 0 and (words[j] in _MODALS or words[j] in _AUXILIARIES or words[j] in _BE or words[j] == "to")


_MONTHS = tuple(m[:3] for m in MONTHS)
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# "September 19", "Sept. 26", "19 September"; a word before it that makes it a bound ("by", "before") is read too
_DAY = LazyPattern(rf"(?:\b(by|before|until|till|after|from|since|no later than|ahead of|through)\s+)?"
                  rf"(?:\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d)|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\b)")


_DIGIT = compiled(r"\d")
# Every day _DAY finds holds a month's first three letters; this opens with a literal the engine skips ahead to.
_MONTH_HINT = compiled(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")


# A month written alone (no day: calendar_day compares days), capitalised ("May", not the modal; "March", not
# the verb)
_MONTH_NAME = compiled(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?!\.?\s*\d{1,2}\b)")
# When something starts: a start verb, "starting", "effective", a schedule ("slated for", "scheduled for"), or "from"
# right before the month ("from April", not "imports from Japan … in March"); "apply" as a start ("will apply in
# July", not "apply for the grants in May")
_STARTS = compiled(r"\b(?:take|takes|took|taking) effect\b|\b(?:come|comes|came|coming) into (?:force|effect)\b"
                     r"|\b(?:start|starts|started|starting|begin|begins|began|beginning|effective|as of"
                     r"|launch|launches|launched|ship|ships|shipped|roll out|rolls out|rolled out|on sale"
                     r"|slated|scheduled)\b"
                     r"|\bappl(?:y|ies)\b(?!\s+(?:for|to)\b)"
                     r"|\bfrom\s+(?:(?:early|mid|late|the (?:start|beginning|middle|end) of)[-\s]+)?"
                     r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_NOT_A_START = compiled(r"\b(?:by|before|until|till|through|ahead of|no later than|after|since|to)\s+(?:the\s+)?"
                          r"(?:end of\s+)?$", re.I)
# A quarter or a half, with its year when written: "the second quarter of 2027", "Q3", "the first half", "H2 2026"
_PERIOD = compiled(r"\b(?:(first|second|third|fourth)\s+(quarter|half)(?:\s+of\s+(?:the\s+year|(\d{4})))?"
                   r"|([QH])([1-4])(?:\s+(\d{4}))?)\b", re.I)
_PERIOD_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_YEAR_AFTER = compiled(r"\s+(\d{4})\b")


def start_period(statement: str) -> tuple[tuple[int, int, int | None], str] | None:
    """The one month, quarter or half a statement says something starts in ("take effect ... from their next
    billing cycle in April", "starting in May", "will begin in the second quarter of 2027"), as ((first month,
    last month, year or None), the period as written); None for no period, two, a day (calendar_day), a bound
    ("by March", "until the second quarter") or a statement that says of no start."""
    text = statement[:MAX_TEXT_CHARS]
    lower = text.lower()
    if _MONTH_HINT.search(lower) is None and "quarter" not in lower and "half" not in lower \
            and not re.search(r"\b[qh][1-4]\b", lower):
        return None  # no month's letters and no period (the patterns open with a word boundary: tried everywhere)
    found: list[tuple[int, int, tuple[int, int, int | None], str]] = []
    for m in _MONTH_NAME.finditer(text):
        month = _MONTHS.index(m.group().lower()[:3]) + 1
        after = _YEAR_AFTER.match(text, m.end())
        found.append((m.start(), m.end(), (month, month, int(after.group(1)) if after else None), m.group()))
    for m in _PERIOD.finditer(text):
        if m.group(1):
            n, kind, year = _PERIOD_ORDINAL[m.group(1).lower()], m.group(2).lower(), m.group(3)
        else:
            n, kind, year = int(m.group(5)), "quarter" if m.group(4).upper() == "Q" else "half", m.group(6)
        if kind == "half" and n > 2:
            continue
        size = 3 if kind == "quarter" else 6
        found.append((m.start(), m.end(), ((n - 1) * size + 1, n * size, int(year) if year else None), m.group()))
    if len(found) != 1 or calendar_day(text) is not None:
        return None
    at, _, period, written = found[0]
    if _STARTS.search(text) is None or _NOT_A_START.search(text[:at]):
        return None
    return period, written


def other_start(mine: str, theirs: str) -> tuple[str, str] | None:
    """The periods as written when two statements each say something starts in one (start_period) and the two
    cannot meet: months that do not overlap, or two years.  "take effect from April" / "starting in May",
    "begin in March 2027" / "begin in the second quarter of 2027"; not "the second quarter" / "May"."""
    a, b = start_period(mine), start_period(theirs)
    if a is None or b is None:
        return None
    (lo, hi, year), (lo2, hi2, year2) = a[0], b[0]
    if (year is not None and year2 is not None and year != year2) or hi < lo2 or hi2 < lo:
        return a[1], b[1]
    return None


def calendar_day(statement: str) -> tuple[tuple[int, int], str] | None:
    """The one calendar day a statement puts something on ("ship on Sept. 26"), as (month, day)
    with the words as written; None for no day, two days, or a bound ("by September 30")."""
    text = statement[:MAX_TEXT_CHARS]
    lower = text.lower()
    if _DIGIT.search(lower) is None or _MONTH_HINT.search(lower) is None:
        return None  # a day is written with its number and month (the pattern is tried at every position)
    found = list(_DAY.finditer(lower))
    if len(found) != 1 or found[0].group(1):
        return None
    m = found[0]
    month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
    number = int(day)
    if not 1 <= number <= 31:
        return None
    written = text[m.start():m.end()] if len(lower) == len(text) else m.group(0)
    return (_MONTHS.index(month[:3]) + 1, number), written.strip()


# Time set against one thing ("on schedule" / "behind schedule", "before the deadline" / "past the deadline",
# "before the summit" / "after the summit"): the sides of a preposition of time.  "on" and "within" only before a
# bare noun ("on schedule", "within budget"; "on the budget" is a topic); "ahead of" is no later than.
_NO_LATER = frozenset({"on", "within", "before", "by"})
_LATER = frozenset({"behind", "past", "after", "beyond"})
_BARE_ONLY = frozenset({"on", "within"})
# these set a time only before a determiner ("by the deadline", "after the summit"): a bare noun after them is who
# acts or what follows ("approved by parliament", "after parliament approved it")
_DETERMINED_ONLY = frozenset({"by", "before", "after"})
_TIME_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her"})
_DATE_WORDS = frozenset(MONTHS + WEEKDAYS)


def _time_sides(words: list[str]) -> dict[str, tuple[int, str]]:
    """The nouns a statement's words set a time against, each with its side (0: no later, 1: later) and the words
    as written; a noun set on both sides is left out."""
    found: dict[str, tuple[int, str]] = {}
    both: set[str] = set()
    for i, w in enumerate(words):
        if w == "ahead" and words[i + 1:i + 2] == ["of"]:
            side, at = 0, i + 2
        elif w in _NO_LATER or w in _LATER:
            side, at = (0 if w in _NO_LATER else 1), i + 1
        else:
            continue
        if at < len(words) and words[at] in _TIME_DETERMINERS:
            if w in _BARE_ONLY:
                continue
            at += 1
        elif w in _DETERMINED_ONLY:
            continue  # "approved by parliament", "after parliament approved it": who acts, no time
        if at >= len(words) or words[at] in STOPWORDS or len(words[at]) < 3 \
                or (w == "on" and words[at] in _DATE_WORDS):
            continue  # "expire on June 30", "meet on Friday": a day, neither side of a time
        noun = words[at]
        if noun in found and found[noun][0] != side:
            both.add(noun)
        found.setdefault(noun, (side, " ".join(words[i:at + 1])))
    return {n: v for n, v in found.items() if n not in both}


def other_time_side(mine: str, theirs: str) -> tuple[str, str] | None:
    """(mine, theirs) as written when two statements set a time against the same noun from opposite sides: "close
    the talks on schedule" / "two days behind schedule", "vote before the deadline" / "delayed past the deadline"."""
    words = _scoped_words(mine, theirs)
    if _NO_LATER.isdisjoint(words) and _LATER.isdisjoint(words) and "ahead" not in words:
        return None
    a, b = _time_sides(words), _time_sides(_scoped_words(theirs, mine))
    for noun, (side, written) in a.items():
        if noun in b and b[noun][0] != side:
            return written, b[noun][1]
    return None


# A denial bounded by a year or by this year: "will not go on sale in the US before 2027", "no launch until 2027",
# "will not launch the model in Europe this year"
_BEFORE_YEAR = compiled(r"\b(?:before|until|till|prior to)\s+(?:(?:early|mid|late|the (?:start|end) of)[-\s]+)?"
                        r"((?:19|20)\d{2})\b", re.I)
_THIS_YEAR = compiled(r"\bthis year\b", re.I)
_A_YEAR = compiled(r"\b(?:19|20)\d{2}\b")


def bounded_start(denial: str, other: str) -> tuple[str, str, bool] | None:
    """(the bound as written, the start as written, whether the start keeps the bound) when a denial bounded by a
    time ("will not go on sale in the US before 2027", "will not launch in Europe this year") meets a claim that
    dates a start ("US deliveries will begin in late 2026", "European sales start in May"): the start is the fact
    the bound is about, whatever noun names the act; one before the bound breaks the denial, one in or after the
    bound's year keeps it.  A start in a month of no year is this year's."""
    text, said = denial[:MAX_TEXT_CHARS], other[:MAX_TEXT_CHARS]
    if _STARTS.search(said) is None:
        return None
    years = set(_A_YEAR.findall(said))
    if (bound := _BEFORE_YEAR.search(text)) is not None:
        if len(years) != 1:
            return None
        year = years.pop()
        return bound.group(0), year, int(year) >= int(bound.group(1))
    if (bound := _THIS_YEAR.search(text)) is not None and not years and (start := start_period(said)) is not None:
        return bound.group(0), start[1], False
    return None
