"""Qualifiers of a metric name: the period, model, version or ordinal it is about.

"GDP growth in 2024" and "GDP growth in 2025" share every term pairing reads
(text.terms drops numbers), but they are two metrics.  A qualifier is part of a
metric's identity: when both names give one of a kind and they differ, the
names describe different metrics; when only one name gives it ("growth" and
"growth in 2025"), that is no difference.

Kinds: years (2025, FY2025, fiscal 2025, FY25, 2025-26; a fiscal year named by its start or end,
"the year ending March 2026" is 2025-26, and "fiscal 2026" meets either fiscal year of 2026), periods (Q3, 3Q, third
quarter, H1, first half, months), models (a code with a digit, "17", "S24",
"A320", with the variant words that follow it: "17 Pro Max", "S24 Ultra"; or the
variant words alone, "Pro" against "Pro Max"), versions (v2, version 4.1) and
ordinals (second tranche).  A period's length is a kind of its own: a year's figure
("revenue in fiscal 2026", "full-year revenue") is not a quarter's ("revenue for
the quarter", "Q2"), a half-year's or a month's, whichever year or quarter each
names; a comparison base ("from a year earlier", "year-on-year") is no length.  Relative periods ("this year", "next quarter") are
resolved against the article's publication date; without one they are only
compared with other relative periods.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .figures import _DENOMINATORS, _ONES
from .lazy import compiled
from .text import MONTHS, may_hold

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
# Variant words of a product line, read only when capitalised ("Pro", not "pro rata").
VARIANTS = {"Pro", "Max", "Ultra", "Plus", "Mini", "Air", "Lite", "SE", "FE", "Fold", "Flip", "Edge", "XL"}
_ORDINAL = r"(first|second|third|fourth|1st|2nd|3rd|4th)"

_FISCAL = compiled(r"\b(?:FY|(?:fiscal|financial)(?:\s+year)?)\s*'?((?:19|20)?\d{2})(?:[-–/](\d{2,4}))?\b", re.I)
_MONTH_NAMES = "|".join(m for m in MONTHS if m != "may") + r"|(?-i:May)"
# A fiscal year written by where it starts or ends: "the fiscal year beginning in April 2026" is 2026-27,
# "the year ending March 2026" is 2025-26 (a year to December is the calendar year).
_FISCAL_START = compiled(rf"\b(?:fiscal|financial)\s+year\s+(?:beginning|starting|from)\s+(?:in\s+)?({_MONTH_NAMES})"
                           r"\s+((?:19|20)\d{2})\b", re.I)
_YEAR_END = compiled(rf"\b(?:(?:fiscal|financial)\s+)?year\s+(?:to|through|ending|ended)\s+(?:(?:the\s+)?end\s+of\s+)?"
                       rf"({_MONTH_NAMES})(?:\s+\d{{1,2}})?,?\s+((?:19|20)\d{{2}})\b", re.I)
_YEAR = compiled(r"(?<![\w.])((?:19|20)\d{2})(?:[-–/](\d{2}))?(?![\w.%])")
# "fiscal" before a quarter or a half is part of the period: "fiscal second quarter" is Q2.
# "the final quarter of 2026" is its fourth
_QUARTER = compiled(rf"\b(?:fiscal\s+)?(?:Q([1-4])\b|([1-4])Q\b|{_ORDINAL}[- ]quarter\b|(final)[- ]quarter\b)", re.I)
_HALF = compiled(r"\b(?:fiscal\s+)?(?:H([12])\b|([12])H\b|(first|second|1st|2nd)[- ]half\b)", re.I)
_MONTH = compiled(r"\b(" + "|".join(m for m in MONTHS if m != "may") + r"|(?-i:May))\b", re.I)
# A span of months that is a calendar quarter or half is that quarter or half: "the April-June period" is Q2,
# "January to June" H1 (another span, "March-May", stays its months).
_MONTH_SPAN = compiled(rf"\b({_MONTH_NAMES})\s*(?:[-–/]|\s(?:to|through|thru)\s)\s*({_MONTH_NAMES})\b", re.I)
_SPAN_PERIODS = {(1, 3): "q1", (4, 6): "q2", (7, 9): "q3", (10, 12): "q4", (1, 6): "h1", (7, 12): "h2"}
_YEAR_TO = compiled(r"\b(?:year|(?:12|twelve)\s+months)\s+(?:to|through|ending)\s+(" + "|".join(m for m in MONTHS if m != "may")
                      + r"|(?-i:May))\b", re.I)
_RELATIVE = compiled(r"\b(this|next|last|current|coming|previous|past)\s+((?:fiscal|financial)\s+year|year|quarter)\b",
                     re.I)
# The months a fiscal year commonly ends in other than December: March (India, Japan, the UK, Canada), June
# (Australia, Egypt, Kenya, Pakistan), September (the United States).  A fiscal year written as a span of two years
# ("2029-30") ends in one of them, so a figure at such a month of its second year ("net debt at June 2030") may be
# the fiscal year's (Qualifiers.conflict); which one the year of a country or company ends in, nothing here knows.
_FISCAL_ENDS = {"mar": 3, "jun": 6, "sep": 9}
_MONTH_NUMBERS = {m[:3]: k for k, m in enumerate(MONTHS, 1)}
# A month named as a period, not as a point: "exports in March 2026" are the month's, "net debt at June 2030" (or
# "net debt, June 2030", "as at 30 June 2030", "the end of June 2030") is the debt standing then
_MONTH_AS_PERIOD = compiled(r"\b(?:in|during|for|over|throughout|across|month\s+of)\s+(?:the\s+)?$", re.I)
# A day written beside its month ("30 June", "June 30,", "the 30th of June") is part of the date, not a model
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_BEFORE = compiled(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?$", re.I)
_DAY_NUMBER = r"([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MONTH_DAY = compiled(rf"\b(?:(?:the\s+)?{_DAY_NUMBER}\s+(?:of\s+)?)?({_MONTH_NAMES})\b"
                      rf"(?:\s+{_DAY_NUMBER}\b(?![.,]?\d|\s*%))?", re.I)
_VERSION = compiled(r"\b(?:v|version\s*)(\d+(?:\.\d+)*)\b", re.I)
_ORDINAL_WORD = compiled(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
                           re.I)
# Words naming how long a period is, read after the named periods are taken out; a year is a length
# too when a name gives a year and no shorter period.  "a year earlier", "year-on-year", "a year ago"
# are comparison bases and say nothing of the length.
_BASES = compiled(r"\b(?:(?:a|the|one)\s+)?(?:year|quarter|month)(?:\s+(?:earlier|ago|before|prior)|[- ](?:on|over)[- ]"
                    r"(?:year|quarter|month))\b|\b(?:previous|prior|last|same)\s+(?:year|quarter|month|period)\b",
                    re.I)
_LENGTHS = [(compiled(r"\b(?:quarterly|quarter|three[- ]months?)\b", re.I), "a quarter"),
            (compiled(r"\b(?:half[- ]year(?:ly)?|semi-?annual|six[- ]months?)\b", re.I), "a half-year"),
            (compiled(r"\b(?:monthly|month)\b", re.I), "a month"),
            (compiled(r"\b(?:annual|annually|yearly|full[- ]year|(?:fiscal|financial|calendar|whole|the)\s+year"
                        r"|twelve[- ]months?|12[- ]months?)\b", re.I), "a full year")]
_RATE_BASIS = compiled(r"annual|annually|yearly", re.I)
_YEAR_ENDING = compiled(r"\b(?:(?:the\s+)?end[- ](?:of[- ](?:the[- ])?)?|year[- ]end[- ]?(?:of\s+)?)(?=(?:19|20)\d{2}\b)", re.I)
_END = "end of year"
_AT_THE_END = frozenset({"dec", "q4", "h2", "year to dec"})  # the periods a year's end closes
_PERIOD_LENGTH = {"q": "a quarter", "h": "a half-year", "y": "a full year"}  # "y": "year to dec"
_MODEL_WORD = compiled(r"[A-Za-z]*\d[\w.-]*|[A-Za-z]+")
_BEFORE = frozenset({"last", "previous", "past"})
_OFFSETS = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}


@dataclass(frozen=True)
class Qualifiers:
    """What a metric name pins down, by kind; an empty set means the name does not say."""

    years: frozenset[str] = frozenset()
    periods: frozenset[str] = frozenset()
    lengths: frozenset[str] = frozenset()  # "a quarter", "a full year": how long the period is
    models: frozenset[str] = frozenset()
    versions: frozenset[str] = frozenset()
    ordinals: frozenset[str] = frozenset()
    relative: frozenset[str] = frozenset()  # unresolved: "next year" with no publication date
    points: frozenset[str] = frozenset()  # of its periods, the months it may name as a point ("at June 2030")
    days: frozenset[str] = frozenset()  # a day beside its month ("June 30": "jun 30"), compared as models are

    @property
    def timed(self) -> bool:
        """Whether the name says how long its period is, or that it is a point (the year's end)."""
        return bool(self.lengths) or _END in self.periods

    def same_time(self, other: Qualifiers) -> bool:
        """Whether the two name one time: the same years, periods and lengths, or the same years where one
        names the year's end and the other a period that closes it or none ("at the end of 2027" / "in 2027")."""
        if (self.years, self.periods, self.lengths) == (other.years, other.periods, other.lengths):
            return True
        return self.years == other.years and (_END in self.periods or _END in other.periods) \
            and self.conflict(other) is None

    def shared(self, other: Qualifiers) -> int:
        """How many kinds both give alike ("unemployment rate next year", dated 2026, and "… at the end
        of 2027" share the year and the length): a closer match than a name that gives none."""
        kinds = ("years", "periods", "days", "lengths", "models", "versions", "ordinals", "relative")
        return sum(1 for k in kinds if getattr(self, k) and getattr(self, k) == getattr(other, k))

    def conflict(self, other: Qualifiers) -> tuple[str, str] | None:
        """The first kind both give differently, as each writes it ("2024", "2025"); None when none."""
        # a fiscal year and the month that may end it name one time ("net debt in 2029-30" / "at June 2030")
        ended = fiscal_end(self, other) is not None
        for kind in ("years", "periods", "days", "lengths", "models", "versions", "ordinals", "relative"):
            if ended and kind in ("years", "periods", "lengths"):
                continue
            mine, theirs = getattr(self, kind), getattr(other, kind)
            if kind == "models" and any(m.startswith("|") for m in (*mine, *theirs)):
                # "Pro Max" names no number: it meets "Halo 7 Pro Max", not "Halo 7 Pro"
                mine, theirs = {_variant(m) for m in mine}, {_variant(m) for m in theirs}
            if kind == "years" and mine and theirs and _years_meet(mine, theirs):
                continue
            # the year's end meets a period that closes at it ("end-2026" / "December 2026")
            if kind == "periods" and (_END in mine) != (_END in theirs) \
                    and (mine if _END in theirs else theirs) <= _AT_THE_END:
                continue
            if kind == "lengths" and (_END in self.periods or _END in other.periods):
                continue  # a point has no length
            if mine and theirs and mine != theirs:
                if kind == "years":
                    return ", ".join(map(shown_year, sorted(mine))), ", ".join(map(shown_year, sorted(theirs)))
                return ", ".join(sorted(mine)).replace("|", ""), ", ".join(sorted(theirs)).replace("|", "")
        # "the 12 months to September" is another twelve months than the calendar year 2025 (a fiscal year such
        # as 2025-26 may end in any month, so it is left alone)
        for a, b in ((self, other), (other, self)):
            ending = sorted(p for p in a.periods if p.startswith("year to ") and p != "year to dec")
            if ending and not a.years and not b.periods and b.years and all(y.isdigit() for y in b.years):
                found = ending[0], ", ".join(sorted(b.years))
                return found if a is self else (found[1], found[0])
        # "next year" with no date to resolve it against is compared only with relative periods: it may
        # or may not be the other name's 2027
        for a, b in ((self, other), (other, self)):
            if a.relative and not a.years and b.years and not b.relative:
                found = ", ".join(sorted(a.relative)), ", ".join(sorted(b.years))
                return found if a is self else (found[1], found[0])
        return None


def fiscal_end(a: Qualifiers, b: Qualifiers) -> str | None:
    """When one names a fiscal year and nothing shorter ("2029-30", "fiscal 2030", "the end of 2029-30") and the other
    a month of its second year that commonly ends a fiscal year, as a point ("at June 2030", "net debt, June 2030"):
    how they were joined, "2029-30 ≈ June 2030"; None otherwise.  A month of another year, December, or a month
    named as a period ("exports in March 2026") is no fiscal year's end."""
    for x, y in ((a, b), (b, a)):
        if len(x.years) != 1 or len(y.years) != 1 or x.periods - {_END} or len(y.periods) != 1 \
                or not y.periods <= y.points:
            continue
        (span,), (year,), (month,) = x.years, y.years, y.periods
        if month in _FISCAL_ENDS and year.isdigit() \
                and any(s in (f"{int(year) - 1}-{year}", f"FY{year}") for s in span.split("|")):
            fiscal = " or ".join(f"{k[:5]}{k[7:]}" if len(k) == 9 else k for k in span.split("|"))
            return f"{fiscal} ≈ {MONTHS[_MONTH_NUMBERS[month] - 1].capitalize()} {year}"
    return None


def shown_year(key: str) -> str:
    """A year as qualifiers() keys it, for a reason: "2027-2028|2028" (a relative fiscal year) is "2027-2028 or 2028"."""
    return " or ".join(key.split("|"))


# A year in running text ("in 2027.", "for 2025-26"), read as in a metric name by named_years.
_TEXT_YEAR = compiled(r"\b((?:19|20)\d{2})(?:[-–/](\d{2}))?\b(?!%)")


def named_years(text: str, published: str | None = None) -> list[tuple[int, str, str]]:
    """Each year a text names, as (where it starts, its key as qualifiers() reads it, as written):
    "the year ending March 2026" is 2025-2026, "FY2026" FY2026, "2025-26" 2025-2026, "2027" 2027; a year after a
    month that may end a fiscal year, as a point, is keyed with it ("by June 2030": 2030@jun, written "June 2030",
    year_meets); with the text's date of publication, "this year" (2026) and "next fiscal year" (year_meets: the
    fiscal years it may be) too, but not "last year" or "the past year", in a statement mostly what a figure is
    compared with ("up 4% from last year")."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_FISCAL_START, _YEAR_END, _FISCAL, _TEXT_YEAR):
        for m in pattern.finditer(text):
            if not any(m.start() < end and start < m.end() for start, end in taken):
                taken.append(m.span())
                key, written = _year_key(pattern, m), m.group()
                month = _point_month(text, m.start()) if pattern is _TEXT_YEAR and key.isdigit() else None
                if month is not None and month[0] in _FISCAL_ENDS:
                    key, written = f"{key}@{month[0]}", f"{month[1]} {written}"
                found.append((m.start(), key, written))
    if published and may_hold(text, ("year",)):
        for m in _RELATIVE.finditer(text):
            unit = m.group(2).lower()
            if m.group(1).lower() in _BEFORE:
                continue  # "last year", "the past year", "the previous year": in a statement, mostly a comparison base
            resolved = _resolve(_OFFSETS[m.group(1).lower()], "quarter" if unit == "quarter" else "year", published,
                                fiscal=unit not in ("year", "quarter"))
            if unit != "quarter" and resolved is not None:
                found.append((m.start(), resolved[0], m.group()))
    return sorted(found)


# The month right before a year ("June 2030", "30 June 2030", "June 30, 2030"), read back from the year
_MONTH_BEFORE = compiled(rf"\b({_MONTH_NAMES})\.?(?:\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?,?\s+$", re.I)
_READ_BACK = 40  # "the 30th of September, " is 24


def _point_month(text: str, start: int) -> tuple[str, str] | None:
    """The month written right before the year at `start` when it may be a point ("at June 2030", "net debt, June
    2030"), as (its key, as written); None when there is none or it is named as a period ("in March 2026")."""
    before = text[max(0, start - _READ_BACK):start]
    m = _MONTH_BEFORE.search(before)
    if m is None:
        return None
    ahead = before[:m.start()]
    if _DAY_BEFORE.search(ahead):
        ahead = ahead[:_DAY_BEFORE.search(ahead).start()]  # type: ignore[union-attr]
    if _MONTH_AS_PERIOD.search(ahead):
        return None
    return m.group(1).lower()[:3], m.group(1)


def _year_key(pattern: re.Pattern[str], m: re.Match[str]) -> str:
    """The year a match of one of the year patterns names (see named_years)."""
    if pattern is _FISCAL_START:  # the fiscal year beginning in April 2026 is 2026-27
        start = int(m.group(2))
        return m.group(2) if m.group(1).lower() == "january" else f"{start}-{start + 1}"
    if pattern is _YEAR_END:  # the year to March 2026 is 2025-26; to December, the calendar year
        end = int(m.group(2))
        return m.group(2) if m.group(1).lower() == "december" else f"{end - 1}-{end}"
    if pattern is _FISCAL and not m.group(2):  # "fiscal 2026" may be either fiscal year of 2026 (year_meets)
        return "FY" + _full_year(m.group(1))
    return _span(_full_year(m.group(1)), m.group(2))


def _years_meet(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two names' years are one: each year of either meets one of the other."""
    return all(any(year_meets(a, b) for b in theirs) for a in mine) \
        and all(any(year_meets(b, a) for a in mine) for b in theirs)


def year_meets(a: str, b: str) -> bool:
    """Whether two years as qualifiers() reads them may be one period: "FY2026" is 2026 and either fiscal
    year it may name, 2025-26 (a year named by its end, as most do) or 2026-27 (by its start, as Japan
    does); a span of two years is a fiscal year and no calendar year."""
    if a == b:
        return True
    if "|" in a or "|" in b:  # a relative fiscal year is any of the years it may be
        return any(year_meets(x, y) for x in a.split("|") for y in b.split("|"))
    if "@" in a or "@" in b:  # a month of a year, as a point: that year, or a fiscal year it may end
        (year, _, month), other = (a.partition("@"), b) if "@" in a else (b.partition("@"), a)
        return year_meets(year, other.partition("@")[0]) \
            or (month in _FISCAL_ENDS and other == f"{int(year) - 1}-{year}")
    fiscal = [y[2:] for y in (a, b) if y.startswith("FY")]
    if not fiscal:
        return False
    if len(fiscal) == 2:
        return fiscal[0] == fiscal[1]
    year, other = fiscal[0], (b if a.startswith("FY") else a)
    return other == year or (len(other) == 9 and year in (other[:4], other[5:]))


def _variant(model: str) -> str:
    """The variant words of a model ("17 pro max" → "pro max"); the code alone when it has none."""
    if model.startswith("|"):
        return model[1:]
    code, _, variants = model.partition(" ")
    return variants or code


# A count spelt out at the head of a compound ("three-pack", "ten-year", "five-seat") is that count in digits: one
# name writes "3-pack" where another spells "three-pack", and the digits are read as a code (_models) the words are
# not.  Not "one" ("one-off", "one-time" count nothing), nor a fraction ("two-thirds") or a number of two words
# ("twenty-five-year" is left as written: its parts are no count of their own), nor a span of time ("three-year
# package", "over three years": a length said in words either way, which a code would part from "over three years").
_COUNTS = {word: n for word, n in _ONES.items() if 2 <= n <= 90 and word != "dozen"}
_NOT_AFTER_COUNT = "|".join(sorted({*_ONES, *_DENOMINATORS}, key=len, reverse=True)) \
    + "|(?:year|month|week|day|hour|minute|decade)s?"
_SPELT_COUNT = compiled(rf"(?<![\w-])({'|'.join(sorted(_COUNTS, key=len, reverse=True))})"
                        rf"-(?!(?:{_NOT_AFTER_COUNT})\b)(?=[a-z])", re.I)


def _in_digits(name: str) -> str:
    """A metric name with the counts it spells out in compounds written in digits ("three-pack" → "3-pack")."""
    if "-" not in name:
        return name
    return _SPELT_COUNT.sub(lambda m: f"{_COUNTS[m.group(1).lower()]}-", name)


def qualifiers(metric: str, published: str | None = None) -> tuple[Qualifiers, str]:
    """The qualifiers of a metric name, relative periods resolved against `published` (YYYY-MM-DD),
    and the name without its periods, versions and ordinals ("Q3 revenue" → " revenue"); a count spelt out in a
    compound reads as its digits ("Weave 7 Pro three-pack price" names the models "7 pro" and "3-pack")."""
    text = _in_digits(metric)
    years: set[str] = set()
    periods: set[str] = set()
    relative: set[str] = set()
    lengths: set[str] = set()

    def take(pattern: re.Pattern[str], found: list[re.Match[str]]) -> None:
        nonlocal text
        found.extend(pattern.finditer(text))
        text = pattern.sub(" ", text)

    for pattern in (_FISCAL_START, _YEAR_END, _FISCAL):
        fiscal: list[re.Match[str]] = []
        take(pattern, fiscal)
        years.update(_year_key(pattern, m) for m in fiscal)
        if pattern is _YEAR_END:  # the year to June is another year than the year to March
            periods.update("year to " + m.group(1).lower()[:3] for m in fiscal)
    # "end-2026", "the end of 2026", "year-end 2026": a point at the year's end, of no length; it meets December,
    # the fourth quarter, the second half and the year to December of that year (see conflict)
    if _YEAR_ENDING.search(text):
        periods.add(_END)
        text = _YEAR_ENDING.sub(" ", text)
    for m in _RELATIVE.finditer(text):
        offset, unit = _OFFSETS[m.group(1).lower()], " ".join(m.group(2).lower().split())
        lengths.add("a quarter" if unit == "quarter" else "a full year")
        resolved = _resolve(offset, "quarter" if unit == "quarter" else "year", published,
                            fiscal=unit not in ("year", "quarter"))
        if resolved is None:
            relative.add(f"{m.group(1).lower()} {unit}")
        else:
            years.add(resolved[0])
            if resolved[1]:
                periods.add(resolved[1])
    text = _RELATIVE.sub(" ", text)
    found: list[re.Match[str]] = []
    take(_YEAR, found)
    years.update(_span(m.group(1), m.group(2)) for m in found)
    for m in _MONTH_SPAN.finditer(text):
        span = _SPAN_PERIODS.get((_month_number(m.group(1)), _month_number(m.group(2))))
        if span is not None:
            periods.add(span)
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    found = []
    take(_QUARTER, found)
    periods.update("q" + str(m.group(1) or m.group(2) or (4 if m.group(4) else _ordinal(m.group(3)))) for m in found)
    found = []
    take(_HALF, found)
    periods.update("h" + str(m.group(1) or m.group(2) or _ordinal(m.group(3))) for m in found)
    found = []
    take(_YEAR_TO, found)  # "the year to December 2027" is a year's figure, not December's; the year to June another
    lengths.update("a full year" for _ in found)
    periods.update("year to " + m.group(1).lower()[:3] for m in found)
    found = []
    # a day beside its month is part of the date ("June 30, 2030", "30 June"), not a model
    days = {f"{m.group(2).lower()[:3]} {int(m.group(1) or m.group(3))}" for m in _MONTH_DAY.finditer(text)
            if m.group(1) or m.group(3)}
    text = _MONTH_DAY.sub(r" \2 ", text)
    points: set[str] = set()
    for m in _MONTH.finditer(text):
        if not _MONTH_AS_PERIOD.search(text[max(0, m.start() - _READ_BACK):m.start()]):
            points.add(m.group(1).lower()[:3])
    take(_MONTH, found)
    periods.update(m.group(1).lower()[:3] for m in found)
    text = _BASES.sub(" ", text)
    lengths.update(_PERIOD_LENGTH.get(p[0], "a month") for p in periods if p != _END)
    for pattern, length in _LENGTHS:
        found = []
        take(pattern, found)
        # "annual inflation in the first half of March" is that half-month's figure: beside a named shorter
        # period, "annual" says the rate is year on year, not that the figure covers a year
        if found and not (periods and lengths and all(_RATE_BASIS.fullmatch(m.group()) for m in found)):
            lengths.add(length)
    if years and not lengths and _END not in periods:
        lengths.add("a full year")
    found = []
    take(_VERSION, found)
    versions = {"v" + m.group(1) for m in found}
    found = []
    take(_ORDINAL_WORD, found)
    ordinals = {str(_ordinal(m.group(1))) for m in found}
    return Qualifiers(frozenset(years), frozenset(periods), frozenset(lengths), frozenset(_models(text)),
                      frozenset(versions),
                      frozenset(ordinals), frozenset(relative), frozenset(points), frozenset(days)), text


def _month_number(name: str) -> int:
    """1 for "January" … 12 for "December"."""
    return MONTHS.index(name.lower()) + 1


def _models(text: str) -> set[str]:
    """Codes with a digit, each with the variant words after it; variant words alone when no code."""
    words = _MODEL_WORD.findall(text)
    models: set[str] = set()
    loose: list[str] = []
    k = 0
    while k < len(words):
        word = words[k]
        if any(ch.isdigit() for ch in word):
            name = [word.lower()]
            k += 1
            while k < len(words) and words[k] in VARIANTS:
                name.append(words[k].lower())
                k += 1
            models.add(" ".join(name))
            continue
        if word in VARIANTS:
            loose.append(word.lower())
        k += 1
    if not models and loose:
        models.add("|" + " ".join(loose))  # variant words without a number
    return models


def _ordinal(word: str) -> int:
    word = word.lower()
    return _ORDINALS.get(word) or int(re.sub(r"\D", "", word))


def _full_year(digits: str) -> str:
    return digits if len(digits) == 4 else "20" + digits


def _span(first: str, second: str | None) -> str:
    """A year, or a span of two ("2025-26" → "2025-2026")."""
    if not second:
        return first
    return f"{first}-{first[:4 - len(second)] + second if len(second) < 4 else second}"


def _resolve(offset: int, unit: str, published: str | None, fiscal: bool = False) -> tuple[str, str | None] | None:
    """The year (and quarter) a relative period names, read from the date `published`; None without one.  A
    fiscal year ("next fiscal year") is each year it may be, joined by "|" (year_meets): the calendar year, and the
    fiscal year that ends in March, June or September after the date ("next fiscal year" in February 2027:
    2027-2028|2028; "this fiscal year" in May 2026: 2025-2026|2026|2026-2027)."""
    if not published:
        return None
    try:
        day = datetime.date.fromisoformat(str(published))
    except ValueError:
        return None
    if fiscal:
        ends = {day.year + (day.month > month) + offset for month in _FISCAL_ENDS.values()}
        return "|".join(sorted({str(day.year + offset), *(f"{end - 1}-{end}" for end in ends)})), None
    if unit == "year":
        return str(day.year + offset), None
    quarter = (day.month - 1) // 3 + offset  # 0-based, may leave the year
    year = day.year + quarter // 4
    return str(year), f"q{quarter % 4 + 1}"
