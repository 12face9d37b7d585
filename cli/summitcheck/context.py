"""A figure's own sentence, read for what the figure measures: the second witness of a drafted metric name.

A drafted metric name is a guess from the words around a number ("Data due on Tuesday in the first half"
for "Data due on Tuesday is expected to show annual headline inflation slowed to 3.78% in the first half of
March"), and two articles guess differently.  The sentence itself says more, in roles that need no word
list of the event's measures:

- the figure's **segment**: the words between the clause marks or other numbers on either side of it
  (", 0.5% in 2027 and" is 0.5%'s; "Public debt is projected to fall to 99.6% of GDP in 2027" is 99.6%'s);
  when that holds no word of its own (a label's value after a colon, a list's second value, the value of a
  subject parted from it by a which-clause) the nearest earlier segment that does, which-clauses skipped;
- its **period** and **models**: those its own segment names (qualifiers.py);
- its **base**: a percent "of" something is a share of it ("99.6% of GDP", "20% of revenue");
- its **counted noun** is the unit of a count (figures.py: "nine agreements");
- whether it is a **baseline**: written after "from", "after", "compared with" … ("down from 2.1% this
  year", "after 2.8% this year") — the value a change started from, never an outcome to compare;
- whether it is a **condition**: what a forecast assumes ("assuming the policy rate stays at 0.25%").

discrepancy.FigureIndex weighs two figures' segments by the words they share, rarer words weighing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .figures import FORECAST_HEAD, amount_of
from .lazy import compiled
from .qualifiers import Qualifiers, qualifiers
from .text import DOWN_WORDS, UP_WORDS, WEEKDAYS, terms

# Verbs of change that text.py's direction lists leave out (they give no direction of their own there).
_MORE_MOVES = frozenset("gained gains lost loses shrank shrunk contracted climbed jumped slipped dropped "
                        "surged slid edged grew widened narrowed".split())
# Verbs of expecting say who expects, not what: a segment of these alone ("is forecast at") has no words of its own.
_EXPECTING = frozenset("forecast forecasts projected estimated predicted tipped pencilled penciled put".split())

# Clause marks: a comma or semicolon before a space, a colon, brackets, dashes standing apart.
_MARK = compiled(r"[,;](?=\s|$)|:(?!\d)|[()\[\]]|\s[—–-]\s|[—–]")
# A number that is another value (not a year, quarter or half: those say when): "0.7%", "$499", "11".
# The second part of a split year ("2025-26", "2025/26") is the year's, not another value.
_OTHER_NUMBER = compiled(r"(?<![\w.])(?<!(?:19|20)\d\d[-–/])(?!(?:19|20)\d\d(?!\d|%|[.,]\d))[$€£¥]?\d[\d,.]*\d?%?(?![\w])|"
                           r"(?<![\w.])[$€£¥]\d")
# Hedges between a preposition and its value: "from as many as", "after about"; and the words that say a value is
# the level standing now ("from the current 3.5%", "from its present 120 aircraft"; a possessive alone says whose the
# value is: "revenue from its 1,200 stores").
_HEDGE = compiled(r"(?:\b(?:as many as|as much as|as few as|up to|more than|less than|fewer than|at least|at most|"
                    r"about|around|roughly|nearly|almost|some|just|only|an estimated|a modest|a revised|"
                    r"current|present|existing|prevailing|an?|the|"
                    r"(?:its|their)(?=\s+(?:current|present|existing|prevailing)\b))\s+)*$", re.I)
# Words a value follows when it is where a change started or a comparison: "down from 2.1%", "after 2.8% this
# year", "compared with 305 kroner", "versus 4.1%", "than 3%".
# "previously" a few words before the value says the value was the earlier one: "having previously guided to around
# 2.95%", "had previously forecast 1.9%".
_BASELINE = compiled(r"\b(?:(?:from|after|compared (?:with|to)|against|versus|vs\.?|than|previous|prior)"
                     # what the earlier value was, a forecast's: "down from its previous projection of 15.2%" (not
                     # what a sum came from: "from the sale of 3.2 million consoles")
                     r"(?:\s+(?:its|their|his|her|the|an?)\s+(?:[a-z-]+\s+){0,2}" + FORECAST_HEAD + r"\s+of)?"
                     r"|previously(?:\s+[a-z]+){0,3})\s*$", re.I)
# A relative clause or aside opens with these: its words describe another noun ("Core inflation, which strips
# out …, is seen at 4.05%").
_RELATIVE = compiled(r"^\s*(?:which|who|whose|whom|where|when|as|while|although|though|because|since)\b", re.I)
# A value right after "by" or a verb of change is the size of a move: "shrank 0.2%", "cut … by 25 basis points".
_MOVE = compiled(r"\b(?:by|" + "|".join(sorted(UP_WORDS | DOWN_WORDS | _MORE_MOVES)) + r"|(?:growth|increase|rise|"
                   r"decline|fall|drop|gain|cut|hike|reduction|expansion|contraction)\s+of)\s*$", re.I)
# Verbs of asking for: a value someone pushes, calls or lobbies for is their demand, not the outcome (the
# noun "demand for copper" is a measure: only the verb's forms count).
_DEMAND = compiled(r"\b(?:(?:push|call|lobby|press|campaign|ask)(?:s|es|ed|ied|ing)?\s+for|lobbied\s+for|"
                     r"demand(?:ed|ing)|demands?\s+(?:a|an|that)|urg(?:e|es|ed|ing))\b", re.I)
# What a forecast assumes, before its value in the value's own segment: "assuming the policy rate stays at 0.25%",
# "based on an oil price of $70", "if the dollar stays at 1.08" (not "a budget that assumes growth of 2.2%": what a
# forecast assumes of the measure itself is the forecast).
# "if" after a verb of saying or deciding asks ("decide if rates rise", "did not say if"); "provided" is a condition
# only as a conjunction ("provided that", ", provided"), not the verb ("Germany provided €2 billion")
_CONDITION = compiled(r"\b(?:assuming|(?<!say )(?<!said )(?<!says )(?<!decide )(?<!decided )(?<!decides )(?<!ask )"
                      r"(?<!asked )(?<!know )(?<!clear )(?<!see )(?<!whether )if|unless|provided\s+that|(?<=,\s)provided"
                      r"|based on|conditional on|on the assumption)\b", re.I)
# A figure that follows from another the article gives: "Revenue at that level would be up nearly 15%", "At that pace,
# the fund would run dry within 8 years", "on that basis", "Revenue of that size would mark growth of about 14%": no
# expectation of its own (its premise is the figure to check).
# Inside the value's own clause, or opening the sentence before it: "Shares held at that level for the session, and
# the company reported revenue of $2.28 billion" conditions nothing.
_FOLLOW = r"(?:(?:at|on)\s+(?:that|this|those|these)\s+(?:levels?|pace|rates?|prices?|basis)|of\s+(?:that|this)\s+(?:size|magnitude|scale))"
_FOLLOWS = compiled(r"\b" + _FOLLOW + r"\b", re.I)
_FOLLOWS_OPENING = compiled(r"\s*" + _FOLLOW + r"\s*,", re.I)
# The day a figure's sentence names: two figures observed on two days are two observations.
_WEEKDAY = compiled(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)
# A period that has not ended: "so far this year", "year to date", "since January" (not the whole year's figure).
TO_DATE = compiled(r"\b(?:so far|to date|year-to-date|since the (?:start|beginning) of|since (?:january|"
                      r"the turn of the year))\b", re.I)
# A value before a comparative and "than", or before "above"/"below", is a gap between two other figures: "$150
# more than", "0.3 points above".  Without "than" a comparative is the size of a move ("closed 2% higher", _MOVE_AFTER);
# "year over year" says what a move or rate is measured against ("inflation of 3.1% year over year" is a level).
_DIFFERENCE = compiled(r"^\s*(?:\w+\s+)?(?:(?:more|less|fewer|higher|lower|bigger|smaller|cheaper|dearer|larger|"
                         r"greater|faster|slower)\s+than|above|below)\b"
                         # "$100 premium over the Wi-Fi model", "a 90 basis point spread over Bunds" (not "year over year",
                         # "growth over the past year")
                         r"|^\s*(?!(?:year|month|quarter|week|day)\b)[a-z][\w-]*\s+(?:over|under)\b"
                         r"(?!\s+(?:the\s+)?(?:past|last|next|coming|previous|year|month|quarter|week|period)\b)", re.I)
# A value after "a further", "an additional", "another", "an extra" is an increment: the size of an addition to a
# level the sentence does not give ("took a further £95m charge", "an additional €100bn of purchases").
_INCREMENT = compiled(r"\b(?:further|additional|another|extra)\s*$", re.I)
# So is a value something adds to another level: "would add about £3 to the cost of filling a car" (_ADDED_TO after it).
_ADDS = compiled(r"\badd(?:s|ed|ing)?\s*$", re.I)
_ADDED_TO = compiled(r"^\s*to\b", re.I)
# A later point a value is reached by: "by the end of the year", "by the end of the decade", "at year-end", "end-2026",
# "by 2030", "by 2029-30", "at the end of next year" (not "at the end of March": a month's end is an observation's date).
_HORIZON = compiled(r"\b(?:by\s+(?:the\s+)?end[- ]of\b|(?:by|at)\s+(?:the\s+)?end[- ]of\s+(?:the\s+|this\s+|next\s+)?"
                    r"(?:year|decade|(?:19|20)\d\d)\b|(?:by|at)\s+year[- ]end\b|year[- ]end\s+(?:19|20)\d\d\b|"
                    r"end[- ](?:19|20)\d\d\b|by\s+(?:19|20)\d\d(?:[-–/]\d\d)?(?![\d%.,]\d|%))", re.I)
# A value a measure peaks at, or bottoms at, is the top or the foot of its path, not the level at one time: "the cash
# rate peaking at 3.0%", "climbing to a peak of 3.25%", "to top out at 5.4%", "inflation that peaked above 34%"; after
# the value, "the 3.5% peak it pencilled in". A high or a low ("a three-year high of 4.4%", "a record low of 5.9%") and
# a peak of some span ("a 10-year peak of 5.3%") are the level of their time.
_PEAK = compiled(r"\b(?:peak(?:s|ed|ing)?|trough(?:s|ed|ing)?|(?:top|bottom)(?:s|ped|ping|ed|ing)?\s+out)"
                 r"(?:\s+[\w-]+){0,4}?\s*$", re.I)
_PEAK_AFTER = compiled(r"^\s*(?:peak|trough)\b(?![-\w])", re.I)
_SPAN_BEFORE = compiled(r"(?:\b(?:record|all-time|multi-?year|decade|year|month)|-(?:year|month|week|day|decade)s?)\s+$",
                        re.I)
# A value before "higher", "lower", "up" or "down" is the size of a move: "closed 2% higher", "ended 0.2% lower".
_MOVE_AFTER = compiled(r"^\s*(?:higher|lower|up|down)\b(?!\s+than\b)", re.I)
# A segment that opens with a verb is a predicate: its subject opens the sentence.
_PREDICATE = compiled(r"^\s*(?:is|are|was|were|has|have|had|will|would|could|should|may|might|can|be|being)\b", re.I)
# A percent "of" a noun is a share of that noun: "99.6% of GDP", "20% of revenue" (not "of the 24 analysts").
_SHARE_OF = compiled(r"^\s*(?:of|as a (?:share|proportion|percentage) of)\s+(?:(?:the|its|their|an?)\s+)?"
                       r"(?!(?:the|its|their|an?)\b)([A-Za-z][\w-]*)", re.I)
# A product line before its model code: "Vista" of "Vista 2" names the model, not what is measured.
_PRODUCT_LINE = compiled(r"\b[A-Z][\w-]*\s+(?=[A-Za-z]*\d)")
# A bare number after a capitalised word is a model's ("Vista 2", "Galaxy S24"), not another value.
_MODEL_NUMBER = compiled(r"\b[A-Z][A-Za-z]+ \d{1,3}$")


@dataclass(frozen=True)
class Context:
    """What a figure's sentence says of it (see the module's doc)."""

    segment: str  # the words that describe the value: its own segment, or the nearest earlier one with words
    own: str  # its own segment, the value left out
    period: Qualifiers  # the periods and models its own segment names
    base: str | None  # a percent's "of" noun, lower-case: "gdp"
    baseline: bool  # written after "from", "after", "compared with" …
    # how the value stands to what it measures: "level" ("to 3.7%", "at 312 kroner"), "move" (a change's size:
    # "shrank 0.2%", "by 25 basis points"), "difference" ("$150 more than", "$50 higher than": a gap between two
    # other figures, whose own conflict is the one to report)
    stands: str = "level"
    to_date: bool = False  # for a period not yet over: "so far this year"
    demand: bool = False  # what someone asks for, not what is expected or done: "vowed to push for a 20% increase"
    condition: bool = False  # what a forecast assumes: "assuming the policy rate stays at 0.25%", "based on $70 oil"
    day: str | None = None  # the weekday its sentence names: a market level "on Tuesday" is that day's observation
    # an addition to a level: "a further £95m charge" (stands "move"); never the level added to ("its £280m provision")
    increment: bool = False
    # where the sentence names a later point the value is reached by ("to reach 1.25% by the end of the year"): "own"
    # in the value's own segment, "sentence" elsewhere in its sentence, None nowhere (the value is the event's)
    horizon: str | None = None
    # the top or the foot of a path ("peaking at 3.0%", "a peak of 3.25%", "to top out at 5.4%"): answers only another
    peak: bool = False
    # the words the figure's place may be read from: its subject, a possessive (place_words)
    places: str = ""


def _cuts(sentence: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where clause marks and other values stand in sentence[start:end], as (start, end)."""
    found = [m.span() for m in _MARK.finditer(sentence, start, len(sentence) if end is None else end)]
    found += [m.span() for m in _OTHER_NUMBER.finditer(sentence, start, len(sentence) if end is None else end)
              if not _MODEL_NUMBER.search(sentence, max(0, m.start() - 30), m.end())]
    return sorted(found)


def _without_values(text: str) -> str:
    """text with its other values blanked (a model's number kept: "Vista 2")."""
    for a, b in reversed([span for span in _cuts(text) if not _MARK.fullmatch(text[span[0]:span[1]])]):
        text = text[:a] + " " + text[b:]
    return text


def _wordy(text: str, unit: frozenset[str] = frozenset()) -> bool:
    """Whether a segment holds a word of its own beyond numbers, hedges, periods, models and function words;
    `unit`: the value's own words ("kroner" of "318 kroner" is no word about 305 kroner)."""
    found, rest = qualifiers(_PRODUCT_LINE.sub(" ", text))
    models = {w for m in found.models for w in m.strip("|").split()}
    return any(s not in models and s not in unit and w.lower() not in _EXPECTING for s, w in terms(rest))


def _find(sentence: str, value: str) -> int:
    """Where `value` stands in sentence: its first place as a whole number, not inside a longer one ("5%" is not
    the end of "2.5%", "12" not the start of "120"); else its first place at all (-1 when the sentence lacks it)."""
    whole = re.search((r"(?<![\d.,])" if value[:1].isdigit() else "") + re.escape(value)
                      + (r"(?!\d|[.,]\d)" if value[-1:].isdigit() else ""), sentence)
    return whole.start() if whole else sentence.find(value)


def read_context(sentence: str, value: str, published: str | None = None) -> Context | None:
    """The context of the value written `value` in `sentence`; None when the sentence does not hold it
    (a claim file's figure written otherwise than its quote)."""
    at = _find(sentence, value)
    if at < 0 or not value.strip():
        return None
    end = at + len(value)
    # its own segment: back to the mark or the other value before it, on to the mark or the value after it
    cuts = _cuts(sentence, 0, at)
    left = max([0, *(b for _, b in cuts)])
    after = sentence[end:]
    tail = after
    if re.match(r"\s*\([^():]*\)", after):  # "up to 90Hz (Vista 2)": a bracket right after a value says whose it is
        tail = re.sub(r"^\s*\(([^()]*)\)", r" \1", after, count=1)
    right = min([len(tail), *(a for a, _ in _cuts(tail))])
    before, behind = sentence[left:at], tail[:right]
    own = f"{before} {behind}"
    # "ranging from 4.9% to 19.8%" is a range, not a baseline
    percent = value.rstrip().endswith(("%", "per cent", "percent"))
    baseline = bool(_BASELINE.search(_HEDGE.sub("", before))) and not re.search(r"\d%?\s*(?:to|[-–])\s*\S*\d", value) \
        and not amount_of(after, percent)
    stripped = _HEDGE.sub("", before)
    increment = bool(_INCREMENT.search(stripped)) or bool(_ADDS.search(stripped) and _ADDED_TO.match(after))
    stands = "difference" if _DIFFERENCE.match(after) else "move" \
        if _MOVE.search(stripped) or _MOVE_AFTER.match(after) or increment else "level"
    share = _SHARE_OF.match(after) if percent else None
    segment, period = own, qualifiers(own, published)[0]
    unit = frozenset(s for s, _ in terms(value))
    if not _wordy(own):
        # a value with no words of its own is described by the nearest earlier segment that has some: the
        # label before a colon, the subject before another value ("Ebitda rose 2.2% … to 5.19 billion"), a
        # list's first item ("inflation of 0.4% in 2026, 0.5% in 2027"); a which-clause describes another noun
        bounds = [0, *(x for span in cuts for x in span), left]
        spans = list(pairwise(bounds))
        if _PREDICATE.match(before):
            spans = spans[:1]  # "ARPU in Norway, a closely watched gauge, is forecast at 312": the sentence's subject
        for a, b in reversed(spans):
            text = sentence[a:b]
            # a bracket's words are an aside on the value before it ("90Hz (Vista 2); up to 120Hz")
            if b <= a or _RELATIVE.match(text) or not _wordy(text, unit) or sentence[:a].rstrip().endswith("("):
                continue
            segment = f"{text} {own}"
            if not (period.years or period.periods or period.models):
                period = qualifiers(_without_values(sentence[a:at] + behind), published)[0]
            break
    horizon = "own" if _HORIZON.search(own) else "sentence" if _HORIZON.search(sentence) else None
    return Context(segment, own, period, share.group(1).lower() if share else None, baseline, stands,
                   bool(TO_DATE.search(own)), bool(_DEMAND.search(before)),
                   bool(_CONDITION.search(before) or _follows(sentence, at)),
                   day.group().lower() if (day := _WEEKDAY.search(sentence)) else None, increment, horizon,
                   _peak(before[-200:], after), place_words(sentence, at))


def _peak(before: str, after: str) -> bool:
    """Whether the value between before and after is the top or the foot of a path (_PEAK), not a span's peak."""
    found = _PEAK.search(before)
    if found:
        return not _SPAN_BEFORE.search(before, 0, found.start())
    return bool(_PEAK_AFTER.match(after))


def _follows(sentence: str, at: int) -> bool:
    """Whether the value at `at` follows from another figure (_FOLLOWS): "at that level" in its own clause, or
    opening the sentence right before its clause ("At that pace, the fund would run dry within 8 years")."""
    marks = [m.span() for m in _MARK.finditer(sentence, 0, at)]
    left = marks[-1][1] if marks else 0
    if _FOLLOWS.search(sentence, left, at):
        return True
    return len(marks) == 1 and bool(_FOLLOWS_OPENING.fullmatch(sentence, 0, left))


# Where a place names whose figure it is: the capitalised run opening a clause ("Nigeria cuts …", "The South Korean
# carmaker said …", "The Bank of Thailand cut …"), or a possessive ("Ghana's central bank") with no preposition
# before it in its clause ("to shield the economy from China's tariffs" names no one's figure).
_OPENING = compiled(r"\s*(?:(?i:and|but|while|whereas|as|although|though|meanwhile|elsewhere|the|its|their)\s+)*"
                    r"([A-Z][\w.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.-]*)*)")
_POSSESSIVE = compiled(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\b")
_PREPOSITION = compiled(r"\b(?:from|of|in|on|to|by|with|against|over|about|for|after|amid|despite|under|at|into|than"
                        r"|across|between|among|toward|towards)\b", re.I)


def place_words(sentence: str, at: int | None = None) -> str:
    """The words of sentence a place may be read from, as a figure's place: each clause's opening run of capitalised
    words and the possessives no preposition of their clause comes before; with `at`, only the clause holding
    sentence[at] (and before it), else the sentence's first clause, its subject ("Sweden, by contrast, forecast a
    deficit of 1.2%").  Never a place in a prepositional phrase ("tariffs from China"), a run that goes on past it
    ("the Paris Agreement", "Georgia plant" — the caller keeps a run only when a place ends it), nor a place after
    the value."""
    spans, left = [], 0
    for m in _MARK.finditer(sentence):
        spans.append((left, m.start()))
        left = m.end()
    spans.append((left, len(sentence)))
    if at is not None:
        own = next(((a, b) for a, b in spans if a <= at <= b), spans[-1])
        found = _clause_places(sentence[own[0]:at])
        return found or _clause_places(sentence[spans[0][0]:min(spans[0][1], at)])
    return " ; ".join(filter(None, (_clause_places(sentence[a:b]) for a, b in spans)))


def _clause_places(clause: str) -> str:
    """place_words of one clause: its opening capitalised run, and its possessives before any preposition."""
    found = []
    opening = _OPENING.match(clause)
    if opening:
        found.append(re.sub(r"['’]s$", "", opening.group(1)))
    stop = _PREPOSITION.search(clause)
    for m in _POSSESSIVE.finditer(clause, 0, stop.start() if stop else len(clause)):
        found.append(m.group(1))
    return " ; ".join(found)
