"""Check-worthiness: whether a sentence reads as a claim (step 3), and which of its figures are worth
checking, with the baseline a figure changed from."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..dates import DATE
from ..errors import FigureError
from ..figures import FORECAST_HEAD, RATE_MOVES, FoundFigure, amount_of, find_dates, find_figures, parse_figure
from ..lazy import compiled
from ..text import COUNTRIES, STOPWORDS
from .segmenting import MIN_SENTENCE_WORDS
from .words import (
    _ACTION_WORDS,
    _ACTORS,
    _CAPITALS_NOT_NAMES,
    _COMMA_OR,
    _MODALS,
    _MONTHS,
    _NEXT_WORD,
    _is_gerund,
    _terms,
)

CHECK_WORTHY = 2
_WORD = compiled(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
_COMMENTARY = compiled(
    r"^(a|an|another|the|one)\s+(\w+\s+){0,2}(focus|topic|theme|highlight|development|step|point|question|issue)s?\b"
    r"|\b(was|were|is|are|be|been)\s+(also\s+)?(pivotal|significant|prominent|critical|crucial|notable|important"
    r"|key|central|major|remarkable|historic|noteworthy)\b"
    r"|\bmarked (a|an)\s+(\w+\s+)?(step|milestone|turning point|moment|shift)\b"
    r"|\bdemonstrated (a|an|their|its|his|her) (shared )?(commitment|willingness|resolve|desire)\b", re.I)
_ACTOR_NOUNS = frozenset("""
leaders leader ministers minister government governments officials administration bank banks committee
board members company companies firm firms group alliance council parliament congress senate negotiators
producers cartel regulators policymakers lawmakers delegates executives investors president chair stocks
shares markets prices yields bonds dollar currency oil inflation unemployment economy exports imports
""".split())


# A preview's expectations, whoever their subject: "is expected to", "will", "could", "would mark"; and what is ruled
# out ("A price rise for higher-tier plans has been ruled out"), which in a preview is always what is not to come.
_FORWARD = compiled(
    r"\b(?:(?:expected|set|likely|poised|due|scheduled|slated|tipped|seen|forecast|projected|planning|plans?|aims?"
    r"|intends?|hopes?|ready|going)\s+to|will|won't|would|could|may|might|should|shall|likely|expects?|anticipates?"
    r"|ruled\s+out)\b",
    re.I)
# A passive expectation without "to": "Hypertension alerts … are expected on both models", "Details … are due with the
# results on Tuesday": what is to come, and that it comes is the act.
_EXPECTED_PASSIVE = compiled(r"\b(?:is|are|was|were|be|been|being)\s+(?:widely\s+|also\s+|now\s+|still\s+"
                             r"|generally\s+)?(?:expected|due|scheduled|slated|tipped|rumou?red|planned)\b(?!\s+to\b)",
                             re.I)
# What is to be done, as a plan states it ("The capital gains tax threshold is to be halved", "thresholds are to be
# frozen for another three years"), and what people understand of what is coming ("VAT rises are thought to be off the
# table"): an expectation, and that it is to be done, or is thought so, is the act, as with "is expected".
# (participles in -t by name: "present", "different", "efficient" end so and are no act)
_TO_BE_DONE = compiled(r"\b(?:is|are)\s+(?:also\s+|now\s+|still\s+|then\s+)?to\s+be\s+(?:[a-z]+ly\s+)?"
                       r"(?:[a-z]{3,}(?:ed|en|wn|ne|id|ld)|cut|set|put|shut|spent|kept|built|sent|lent|dealt|meant|left|lost"
                       r"|bought|brought|sought|split|burnt)\b", re.I)
_HEDGED = compiled(r"\b(?:is|are)\s+(?:also\s+|now\s+|still\s+|widely\s+)?(?:thought|understood|believed|said|reported)\s+to\s+be\b",
                   re.I)
# What a preview's sources say a coming document or decision does, in the present: "the draft does not raise income
# tax rates, according to people familiar with it", "The plan does not include …, people familiar with the matter
# said" — an expectation, as its source reports it.
_SOURCED = compiled(r"\b(?:according to|familiar with|(?:seen|obtained|reviewed) by|briefed on|(?:said|say|says|told))\b",
                    re.I)
# A report's outcome that something is not there: "There's no Arc 4 Lite.", "There was no mention of a windfall tax."
_DOES = compiled(r"\b(?:does|do)(?:\s+not|n't|n’t)\s+[a-z]+", re.I)  # "the draft does not raise …"
_NONE_THERE = compiled(r"^there(?:'s|’s|\s+(?:is|are|was|were|has\s+been|have\s+been))\s+no\b", re.I)
# A report's outcome denied of a thing it names: "But the decision was not unanimous.", "The Pro's battery is not
# removable." — that it did not come out so is the outcome, as "There was no …" (not "It was not clear …": a subject
# that names nothing).
_DENIED_OUTCOME = compiled(r"^(?:(?:But|And|Yet|Still|However,)\s+)?(?:[Tt]he|Its|Their"
                           r"|(?!(?:This|That|These|Those|It|He|She|They|We|I|There|Here|What|Which|Who)\b)[A-Z][\w'’-]*)"
                           r"\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|did|does|has|have|had)(?:\s+not\b|n't\b|n’t\b)")
# A report's outcomes: a verb in the past tense.
_PAST = compiled(r"\b(?:[a-z]{2,}ed|said|told|held|kept|left|set|cut|put|rose|fell|grew|made|took|gave|met|won|lost"
                   r"|saw|came|went|became|began|brought|sought|bought|sold|spent|paid|stood|hit|beat|missed|struck|agreed"
                   r"|was|were|did|had)\b")

# A report also states outcomes in the present: "There are no changes to the GST", "The budget projects a deficit …".
_PRESENT = compiled(r"\b(?:is|are|has|have|remains?|stays?|includes?|projects?|expects?|shows?|sees?|puts?|gives?"
                      r"|keeps?|leaves?|starts?|costs?|plans?|forecasts?|rises?|falls?)\b")


# "The Nova goes on sale …", "The Nova Digital undercuts …": a name and its verb in the present, which the word
# lists do not know.
_NAMED_VERB = compiled(r"(?:The\s+)?(?:[A-Z][\w'’.+-]*\s+){1,4}[a-z]{3,}s\s")


_QUOTE_MARK = compiled(r"[\"“”]")


def _evidence(sentence: str, figures: list[FoundFigure], role: str = "report") -> int:
    """How strongly a sentence reads as a checkable claim (see the module docstring)."""
    words = _WORD.findall(sentence)
    lower = [w.lower().strip("'’") for w in words]
    score = 2 if figures else 0
    passive = role == "preview" and (_EXPECTED_PASSIVE.search(sentence) or _TO_BE_DONE.search(sentence)
                                     or _HEDGED.search(sentence)) is not None
    absent = role == "report" and (_NONE_THERE.match(sentence) is not None
                                   or _DENIED_OUTCOME.match(sentence) is not None)
    # a sourced statement, not a quotation: '"We are sticking to our course," a spokeswoman said' is commentary
    sourced = _SOURCED.search(sentence) is not None and not _QUOTE_MARK.search(sentence)
    if (role == "preview" and (_FORWARD.search(sentence) or passive or (sourced and (_PRESENT.search(sentence)
                                                                                     or _DOES.search(sentence))))) \
            or (role == "report" and (_PAST.search(sentence) or _PRESENT.search(sentence) or _NAMED_VERB.match(sentence)
                                      or absent) and (figures or len(words) >= MIN_SENTENCE_WORDS)):
        score += 1  # an expectation or an outcome counts whatever its subject
    if passive or absent or any(w in _MODALS or w in _ACTION_WORDS or (w.endswith("ed") and len(w) > 4) for w in lower):
        score += 1  # something done or to be done; that a thing is due, or did not come, is the act
    countries = {s for s, _ in _terms(sentence) if s in COUNTRIES}
    named = any(w[0].isupper() and w.lower() not in _CAPITALS_NOT_NAMES for w in words[1:])
    if countries or named or _ACTOR_NOUNS & set(lower):
        score += 1
    if _COMMENTARY.search(sentence):
        score -= 2
    return score


_BACKSLASH_YEN = compiled(r"\\(?=\d)")
_COMMA_OR_SEMICOLON = compiled(r"[,;]\s")
_YEAR_ONLY = compiled(r"1[89]\d\d|20\d\d")
_LEADING_YEAR = compiled(r"(1[89]\d\d|20\d\d)\b")


def _worthy_figures(sentence: str) -> list[FoundFigure]:
    """The figures of a sentence worth checking: not dates, years, ordinals or parts of names."""
    return list(_read_worthy(sentence))


# kept: drafting asks again of a sentence, a statement and its clauses (about one text in fourteen is asked twice)
@lru_cache(maxsize=1 << 12)
def _read_worthy(sentence: str) -> tuple[FoundFigure, ...]:
    scan = _BACKSLASH_YEN.sub("¥", sentence)  # a yen sign that came through as a backslash
    out = []
    for f in find_figures(scan):
        q = f.quantity
        if _COMMA_OR_SEMICOLON.search(f.text):
            continue  # "the first quarter, two sources": words that happen to follow each other
        before = scan[:f.start].rstrip()
        previous = before.split()[-1].strip(",.;:(\"“") if before.split() else ""
        if q.dimension == "count":
            if not q.unit or q.unit[0].isdigit():
                continue  # a bare number: a day, a year, a count of nothing named
            if previous.lower() in _MONTHS or q.unit in _MONTHS or q.unit in {"st", "nd", "rd", "th"}:
                continue  # a date or an ordinal
            if _YEAR_ONLY.fullmatch(f.text.strip()) or _LEADING_YEAR.match(f.text):
                continue  # a year ("the 2025 budget")
            if any(c.isupper() for c in previous) and previous.lower() not in _CAPITALS_NOT_NAMES | {"the", "a", "an"}:
                continue  # a model or a name: "iPhone 17", "Section 232", "Article 5"
            if f.text.split()[-1][:1].isupper():
                continue  # "17 Pro", "2025 Annual Meeting": a name again
            if f.start and (scan[f.start - 1].isalpha() or (scan[f.start - 1] == "-" and f.start > 1
                            and scan[f.start - 2].isalnum())):
                continue  # glued to letters: "G7", "F-35"
            if scan[f.end:f.end + 1].isalpha():
                continue  # "5G"
            if not _counts_a_quantity(f, scan):
                continue
        out.append(f)
    return tuple(out)


_WORD_BEFORE = compiled(r"[A-Za-z]{2}")
# A date said of the saying, not of what is said: "the company said on March 3 it would …"
_SAID_ON = compiled(r"\b(?:said|says|announced|told|reported)\s+$", re.I)
# ... or inside the saying's clause up to its "that": "announced in a statement on March 3 that the plant …"
_SAID_CLAUSE = compiled(r"\b(?:said|says|announced|told|reported)\b(?:(?!\bthat\b)[^.;:])*$", re.I)
_THAT_AFTER = compiled(r",?\s*that\b", re.I)
_WINDOW = 80  # characters before a date looked at for the saying: a bounded search, linear on any text


# A date a preview gives as background, what happened before ("The bank last cut rates in September 2025"):
# "last" or "previously" in the clause before it.
_LOOKING_BACK = compiled(r"\b(?:last|previously)\b[^,;]*$", re.I)


def _date_figures(statement: str, preview_of: float | None = None) -> list[FoundFigure]:
    """The dates of a statement with no other figure, where the claim is about when something happens ("will go
    on sale on October 9", "shipping from June 15", "expected to start in May"): a date tied by a preposition to
    what happens, not to the saying ("said on March 3", "announced in a statement on March 3 that …").  A
    statement with a figure of its own keeps its date as the time of that figure, as before.  A date that opens
    the statement ("On January 31, the president announced …") sets the scene of all of it, the saying too: it
    is not drafted.  In a preview (`preview_of`: the day it was published, or -inf when unknown) a date looking
    back ("last cut rates in September 2025", "previously") or one over before the preview was published is
    background, not an expectation."""
    found = []
    for f in find_dates(statement):
        before = statement[max(0, f.start - _WINDOW):f.start]
        if _SAID_ON.search(before) or not _WORD_BEFORE.search(statement, 0, f.start):
            continue
        if _THAT_AFTER.match(statement, f.end) and _SAID_CLAUSE.search(before):
            continue
        over = f.quantity.unit == DATE and preview_of is not None and f.quantity.high <= preview_of
        if preview_of is not None and (over or _LOOKING_BACK.search(before)):
            continue  # a preview's background: the date is over when the preview is written, or "last" was
        found.append(f)
    return found


# What lies between an outcome and its baseline: "to 1.5% from 1.8%", "0.9%, down from 1.2%".
# "€318 billion in the 12 months to September, up from last year's €305bn": a period of up to four words between.
# The participle of any move says where it moved from ("rose 4.7% …, slowing from 4.9%", "edging up from"; not
# "ranging from", "resulting from"), and "after" names the value before ("rise to €133.5 billion, after €127.8
# billion this year").
_FROM_AFTER = compiled(r",?(?:\s+(?:in|for|during)(?:\s+the)?(?:\s+[\w-]+){1,4}?|\s+(?:this|last|next)\s+\w+)?"
                         r"\s*,?\s*(?:(?:up|down|unchanged|compared|(?!(?:rang|result|stemm|aris|com|exclud|includ)ing\b)"
                         r"[a-z]+ing(?:\s+(?:up|down|back))?)\s+)?(?:from|with|against|versus|vs\.?|after)\s+"
                         r"(?:the\s+|an?\s+|(?:last|the\s+previous|the\s+prior)\s+(?:year|quarter|month)['’]s\s+"
                         # what the earlier value was, a forecast's: "down from its previous projection of 15.2%", "up
                         # from an earlier target of 40%" (not "from the sale of 3.2 million consoles")
                         r"|(?:its|their|his|her|the|an?)\s+(?:[a-z-]+\s+){0,2}" + FORECAST_HEAD + r"\s+of\s+)?$", re.I)
# "ranging from 4.9% to 19.8%" spans a range: no move from one to the other
_FROM_BEFORE = compiled(r"(?<!\branging )(?<!\branges )(?<!\brange )\bfrom\s+$", re.I)
_MOVES_TO = compiled(r"\b(?:fall|falls|fell|drop|drops|dropped|rise|rises|rose|climb|climbs|go|goes|move|moves"
                       r"|cut|lowered|raised|reduced|increased|decreased|trimmed)\s+to\s+$", re.I)
_UP_DOWN_FROM = compiled(r",\s*(?:up|down)\s+from\s+(?:the\s+|an?\s+)?$", re.I)


# The "per" of a value's unit as written: "a year" of "$320 billion a year", "per share" of "45 cents per share".
_PER_WRITTEN = compiled(r"\s+(?:a|an|per|each)\s+[a-z]+$", re.I)


def _per_as(outcome: FoundFigure, base: FoundFigure) -> FoundFigure | None:
    """The baseline written without the outcome's "per" ("to $320 billion a year from $300 billion": the $300
    billion is a year's too) read in the outcome's unit; None when the two are not one sum per one thing, or are
    tenfold apart ("41 cents a share …, compared with $70 million": a total, not what a share earned)."""
    per = _PER_WRITTEN.search(outcome.text)
    if per is None or outcome.quantity.dimension != "rate" or base.quantity.dimension != "money":
        return None
    try:
        read = parse_figure(base.text + per.group())
    except FigureError:
        return None
    low, high = sorted((abs(read.value), abs(outcome.quantity.value)))
    if not read.comparable(outcome.quantity) or low == 0 or high >= 10 * low:
        return None
    return FoundFigure(base.start, base.end, replace(read, text=base.quantity.text))


_A_TO_B = compiled(r"(.+?)\s+to\s+(.+)")
_NUMBER_PERCENT = compiled(r"[\d.,]+(\s*(?:%|per ?cent|percent))", re.I)
_BARE_NUMBER = compiled(r"[\d.,]+")
_ONLY_TO = compiled(r"\s+to\s+")
_ENDS_IN_COMMA_OR = compiled(r",\s*or\s+$")
_ENDS_IN_THE = compiled(r"\bthe\s+$", re.I)


def _baselines(statement: str, figures: list[FoundFigure]) -> dict[int, FoundFigure]:
    """For each outcome figure (by id), the figure it changed from: "to 1.5% from 1.8%", "from 10% to 18%",
    "0.9%, down from 1.2%". A baseline is written as `from:`, never compared as an outcome."""
    found: dict[int, FoundFigure] = {}
    split: list[FoundFigure] = []
    for f in figures:
        # The reader takes "from 10% to 18%" for a range: it is a change, 18% from 10%.
        parts = _A_TO_B.fullmatch(f.text)
        if parts and _FROM_BEFORE.search(statement[:f.start]):
            try:
                low, high = parse_figure(parts.group(1)), parse_figure(parts.group(2))
                unit = _NUMBER_PERCENT.fullmatch(parts.group(2))
                if not low.unit and unit and _BARE_NUMBER.fullmatch(parts.group(1)):
                    low = parse_figure(parts.group(1) + unit.group(1))  # "from 20 to 80 percent" starts at 20 percent
            except FigureError:
                split.append(f)
                continue
            base, outcome = FoundFigure(f.start, f.start + len(parts.group(1)), low), FoundFigure(
                f.end - len(parts.group(2)), f.end, high)
            split += [base, outcome]
            found[id(outcome)] = base
        else:
            split.append(f)
    figures[:] = split
    for k in range(len(figures) - 1):
        a, b = figures[k], figures[k + 1]  # b may be read again below: the next pair starts from it
        between = statement[a.end:b.start]
        if not a.quantity.comparable(b.quantity):
            reread = _per_as(a, b) if _FROM_AFTER.fullmatch(between) and not amount_of(statement[b.end:], b.quantity.dimension == "percent") \
                else None
            if reread is not None:
                figures[k + 1] = found[id(a)] = reread  # "to $320 billion a year from $300 billion": per year too
            continue
        if _FROM_AFTER.fullmatch(between) and not amount_of(statement[b.end:], b.quantity.dimension == "percent"):
            found[id(a)] = b  # "to 1.5% from 1.8%"
        elif _ONLY_TO.fullmatch(between) and _FROM_BEFORE.search(statement[:a.start]):
            found[id(b)] = a  # "from 10% to 18%"
    for k, a in enumerate(figures):
        # "earned $610 million, or 97 cents a share, in the quarter, compared with $540 million, or 85 cents a
        # share, a year earlier": a figure joined by ", or" restates its neighbour, so each outcome's baseline is
        # the like figure past the restatements
        j = next((j for j in range(k + 1, len(figures)) if figures[j].quantity.comparable(a.quantity)), None)
        if id(a) in found or j is None or j == k + 1 or any(v is figures[j] for v in found.values()):
            continue
        b, at = figures[j], a.end
        pieces: list[str] = []
        for g in figures[k + 1:j]:
            joined = _ENDS_IN_COMMA_OR.search(statement[at:g.start]) or _COMMA_OR.match(statement[g.end:])
            if joined is None:
                break
            if statement[at:g.start].rstrip().endswith("or"):
                pieces.append(statement[at:g.start][:joined.start()])  # ", or 97 cents": the ", or" goes too
                at = g.end
            else:
                pieces.append(statement[at:g.start])  # "$540 million, or ": so does the ", or" after it
                at = g.end + joined.end()
        else:
            if _FROM_AFTER.fullmatch("".join(pieces) + statement[at:b.start]) \
                    and not amount_of(statement[b.end:], b.quantity.dimension == "percent"):
                found[id(a)] = b
    for k, a in enumerate(figures):
        # "the 16 per cent rate … will drop to 14 per cent": a value naming what moves is where it moves from
        if id(a) in found or not (_ENDS_IN_THE.search(statement[:a.start])
                                  and _NEXT_WORD.match(statement[a.end:])):
            continue
        moved = next((b for b in figures[k + 1:] if b.quantity.comparable(a.quantity)), None)
        if moved is not None and id(moved) not in found and ";" not in statement[a.end:moved.start] \
                and _MOVES_TO.search(statement[a.end:moved.start]):
            found[id(moved)] = a
    taken = {id(f) for f in found.values()}
    for k, b in enumerate(figures):
        if id(b) in taken or not _UP_DOWN_FROM.search(statement[:b.start]):
            continue
        # "a 40% chance of a cut of 50 basis points …, down from about 65%": the nearest figure before it in its
        # unit is what came down, though another figure stands between them
        came = next((a for a in reversed(figures[:k]) if a.quantity.comparable(b.quantity)), None)
        if came is not None and id(came) not in found and id(came) not in taken and ";" not in statement[came.end:b.start]:
            found[id(came)] = b
            taken.add(id(b))
    return found


# Counts that are not figures an editor compares: durations ("almost five years"), people and sources
# ("two sources", "18 economists"), ordinals ("the third fiscal quarter"), names ("Group of Seven"),
# clock times ("11:00"), a number before a verb or an adjective ("the other two see"), ranks ("the four
# largest") and numbers named as such ("the 150,000 figure").
_DURATIONS = frozenset("second minute hour day week month year decade century quarter session term".split())
_PEOPLE = frozenset("""
source economist analyst official person people trader respondent expert reporter observer diplomat banker strategist
""".split())
# People and countries that act: how many of them sign, attend or vote is news ("as many as 11 countries are
# expected to sign", "signed by 25 leaders"), unless they are named by reference ("the two leaders", "its 32
# members") or speak as sources ("two ministers said").
_REFERENCE = compiled(r"(?:\b(?:the|its|their|his|her|our|both|these|those|each|of)|['’]s?)\s+$", re.I)
_SAYING = compiled(r"^(?:\s+[a-z]+){0,3}?\s+(?:said|say|says|told|tell|warned|argued|noted|believe|believes|think"
                     r"|thinks|according)\b")
# A verb of saying or claiming right after a count: the count is of the sources of the claim, whatever they are
# called ("one leaker claims", "two insiders insist"); with words between, "four models that analysts say …" counts
# models.
_CLAIMED_BY = compiled(r"^\s+(?:said|say|says|told|tell|claim|claims|claimed|insist|insists|insisted|reckon|reckons"
                       r"|suggest|suggests|suggested|believe|believes|think|thinks|argue|argues|argued|warn|warns"
                       r"|warned|report|reports|reported|allege|alleges|alleged)\b")
# A claim's sources are a few people ("one leaker", "three tipsters"); "Nearly 9,000 workers claimed benefits" is news
_FEW_SOURCES = 10
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
# A number that names a number ("the 150,000 figure", "the 5,000 mark") restates a figure given elsewhere.
_NUMBER_NOUNS = frozenset("figure mark level number threshold".split())
# Nouns ending like a superlative: "five interest rate hikes" counts hikes, "the four largest" ranks.
_EST_NOUNS = frozenset("interest protest contest request forest harvest guest test nest quest chest crest arrest "
                       "conquest inquest manifest digest".split())


_NAME_OR_PLURAL_NEXT = compiled(r"\s+(?:[A-Z]|[a-z]+[^su\W]s\b)")
_NEXT_WORD_SINGULAR = compiled(r"\s+([a-z]+?)s?\b")
_ENDS_SENTENCE = compiled(r"[.!?]\W*$")


def _counts_a_quantity(f: FoundFigure, scan: str) -> bool:
    unit = f.quantity.unit.lower()
    if unit in RATE_MOVES:
        return True  # "two more quarter-point cuts": how many moves the figure reader counted
    first = f.text.split()[0]
    written = f.text.split()[-1]
    if _is_gerund(written) or (written.endswith("ed") and len(written) > 4) or (
            f.quantity.value > 1 and written.isalpha() and written.islower() and not written.endswith("s")
            and len(f.text.split()) > 1 and _NAME_OR_PLURAL_NEXT.match(scan[f.end:])):
        # "the remaining three looking for", "a third dissenting vote": a participle counts nothing; "three large
        # brokerages", "nine board members": an adjective or a noun used as one, what is counted comes after
        return False
    following = _NEXT_WORD_SINGULAR.match(scan[f.end:])
    if unit in _ACTORS and (_REFERENCE.search(scan[:f.start]) or _SAYING.match(scan[f.end:])):
        return False  # "the two leaders", "two ministers said"
    if _CLAIMED_BY.match(scan[f.end:]) and f.quantity.high <= _FEW_SOURCES:
        return False  # "which one leaker claims is 30% faster", "Three tipsters claim …": who says it, not what
    if unit in _DURATIONS or unit in _PEOPLE or first.lower() in _ORDINALS \
            or (following is not None and following.group(1) in _DURATIONS):  # "four straight months"
        return False
    if first[:1].isupper() and f.start and not _ENDS_SENTENCE.search(scan[:f.start]):
        return False  # "Seven" of "Group of Seven": a number word capitalised inside a sentence names something
    if (f.start and scan[f.start - 1] == ":") or scan[f.end:f.end + 3].startswith((":", " am", " pm", " a.m", " p.m")):
        return False  # 11:00, 9 am
    if unit in _NUMBER_NOUNS or (unit.endswith("est") and len(unit) > 4 and unit not in _EST_NOUNS):
        return False  # "the 150,000 figure"; "two of the four largest": a rank, not a count
    # a word a compound qualifies is a noun, whatever verb it spells too ("12 cross-border interconnection projects")
    qualified = "-" in " ".join(f.text.split()[1:-1])
    return not (unit in STOPWORDS or unit in _MODALS or (unit in _ACTION_WORDS and not qualified)
                or unit.endswith(("al", "ic", "ive")))
