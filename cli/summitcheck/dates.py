"""Dates as figures: "July 2, 2026", "Nov 12", "late April", "in May", "Q3 2027" read as an interval of days.

A date is the days it covers, the first day in and the first day out, as proleptic Gregorian ordinals
(`datetime.date.toordinal`): "May 19" is one day, "May" its 31, "late April" the last third of April (the
21st to the 30th), "Q3 2027" July to September.  Two dates agree when their days overlap ("in May" meets
"May 19"; "October 9" and "October 16" differ).  A date written without its year ("Nov 12") is held in
YEARLESS, a leap year, until a year is known: the article's (`document.published`), or the other date's
when two are compared, the nearest such date either way.

Read here: a day of a month, either way round ("July 2, 2026", "2 July 2026", "Tuesday, April 14", "the
14th of April", ISO "2026-07-02"), a span of days ("Nov 10-11"), a month or two ("May", "May-June 2027"),
a quarter or half of a calendar year ("Q3", "the third quarter of 2027", "H2 2026"; "the June quarter", as
Australian and New Zealand papers name a quarter by its last month), a year after a
preposition or a part ("in 2027", "mid-2027"; a bare "2027" stays a number); a part of any of them
("early", "mid", "late", "the end of", "the start of": a third of it); a bound ("by June", "before July
2", "no later than", "after"), and "around" a day (three days either side).
"""

from __future__ import annotations

import datetime
import re

from .errors import FigureError
from .lazy import compiled

DATE = "date"
NO_YEAR = "date, no year"  # the unit of a date written without its year
YEARLESS = 2000  # a leap year: "Feb 29" is a date
_AROUND_DAYS = 3

_MONTH_NUMBERS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_ORDINAL_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "final": 4, "last": 4}

_M = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
      r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:1[89]|2[01])\d\d"
_TO = r"\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b)\s*"

# The forms of a date, each read whole (after its preposition, bound and part are taken off).
_FORMS = [compiled(p, re.I) for p in (
    rf"(?P<d1>{_D})(?:{_TO}(?P<d2>{_D}))?\s+(?:of\s+)?(?P<m1>{_M}),?(?:\s+(?P<y>{_Y}))?",  # 2 July 2026, 10-11 Nov
    rf"(?P<m1>{_M})\s+(?P<d1>{_D})(?:{_TO}(?P<d2>{_D}))?(?:,?\s+(?P<y>{_Y}))?",  # July 2, 2026; Nov 10-11
    rf"(?P<m1>{_M})(?:{_TO}(?P<m2>{_M}))?,?(?:\s+(?:of\s+)?(?P<y>{_Y}))?",  # May; May-June 2027; June 2027
    rf"(?P<y>{_Y})-(?P<mn>[01]\d)-(?P<dn>[0-3]\d)",  # 2026-07-02
    rf"(?:q(?P<q>[1-4])|(?P<qw>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter)"
    rf"(?:,?\s+(?:of\s+)?(?P<y>{_Y}))?",  # Q3, Q3 2027, the third quarter of 2027
    rf"(?P<y0>{_Y})\s+q(?P<q>[1-4])",  # 2027 Q3
    rf"(?P<mq>{_M})\s+quarter(?:,?\s+(?:of\s+)?(?P<y>{_Y}))?",  # the June quarter of 2027: April to June
    rf"(?:h(?P<h>[12])|(?P<hw>first|second|1st|2nd)[\s-]+half)(?:,?\s+(?:of\s+)?(?P<y>{_Y}))?",  # H2, second half of 2026
    rf"(?P<yy>{_Y})",  # 2027: only after a preposition or a part
)]
# What may stand before the date: a bound, a preposition, "the", a part ("late", "mid-", "the end of").
_LEAD = compiled(
    r"(?P<bound>by|before|after|no\s+later\s+than|no\s+earlier\s+than|not\s+before|not\s+later\s+than)\s+"
    r"|(?P<around>around|about|approximately|circa|roughly)\s+"
    r"|(?P<part>early|mid|late)(?:\s*-\s*|\s+(?:of\s+)?)|(?P<part2>end|start|beginning|middle)(?:\s*-\s*|\s+of\s+)"
    r"|(?P<prep>on|in|from|at|until|till|since|starting(?:\s+(?:on|in|from))?"
    r"|during|for|as\s+of|as\s+early\s+as|of)\s+"
    r"|(?P<the>the)\s+"
    r"|(?P<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?),?\s+",
    re.I)
# One or two lower-case words before a preposition of time, as a value quotes its article ("start in May").
_VERB = compiled(r"(?:[a-z]+ ){1,2}(?=(?:on|in|from|until|till|by|before|after) )")
_PARTS = {"early": 0, "start": 0, "beginning": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
_BOUNDS = {"by": "by", "before": "before", "after": "after", "no later than": "by", "no earlier than": "from",
           "not before": "from", "not later than": "by"}
_LEADS_AT_MOST = 6  # "by the end of" is three; a value never needs more


def read_date(text: str) -> tuple[float, float, bool] | None:
    """A figure value that is a date, as (first day, first day after, year given); None when it is none.

    A value that does not read as a date goes on to be read as a number; one that reads as a day the calendar
    lacks ("Feb 30", "Nov 10-8") raises FigureError.  A bare year ("2027") is no date here; it stays the number
    it always was.
    """
    rest = " ".join(text.split()).strip(" .")
    verb = _VERB.match(rest)
    if verb is not None:
        rest = rest[verb.end():]  # "start in May", "wait until July": the article's verb before its date
    bound = part = None
    around = led = False
    for _ in range(_LEADS_AT_MOST):
        m = _LEAD.match(rest)
        if m is None:
            break
        if m.group("bound"):
            if bound is not None or led:
                return None
            bound = _BOUNDS[" ".join(m.group("bound").lower().split())]
        elif m.group("part") or m.group("part2"):
            if part is not None:
                return None
            part = _PARTS[(m.group("part") or m.group("part2")).lower()]
            if bound == "before" and part == _PARTS["end"]:
                bound, part = "by", None  # "before the end of May" is by the end of May
        elif m.group("around"):
            around = True
        led = True
        rest = rest[m.end():]
    for k, form in enumerate(_FORMS):
        m = form.fullmatch(rest)
        if m is None:
            continue
        if k == len(_FORMS) - 1 and not led:
            return None  # a bare year is a number
        days = _days(m)
        if days is None:
            raise FigureError(f"{rest!r} is no day of the calendar")
        first, after, dated = float(days[0]), float(days[1]), days[2]
        if part is not None:
            first, after = _part(int(first), int(after), part)
        if around and after - first == 1:
            first, after = first - _AROUND_DAYS, after + _AROUND_DAYS
        if bound == "by":
            first = -float("inf")
        elif bound == "before":
            first, after = -float("inf"), first
        elif bound == "after":
            first, after = after, float("inf")
        elif bound == "from":
            after = float("inf")
        return first, after, dated
    return None


def _days(m: re.Match[str]) -> tuple[int, int, bool] | None:
    """The days a matched form covers, and whether its year is given."""
    groups = m.groupdict()
    year_text = groups.get("y") or groups.get("y0") or groups.get("yy")
    year = int(year_text) if year_text else YEARLESS
    try:
        if groups.get("mn"):
            day = datetime.date(year, int(groups["mn"]), int(groups["dn"]))
            return day.toordinal(), day.toordinal() + 1, True
        if groups.get("m1"):
            month = _MONTH_NUMBERS[groups["m1"].lower().rstrip(".")]
            if groups.get("d1"):
                d1 = int(_digits(groups["d1"]))
                d2 = int(_digits(groups["d2"])) if groups.get("d2") else d1
                if d2 < d1:
                    return None
                first, last = datetime.date(year, month, d1), datetime.date(year, month, d2)
                return first.toordinal(), last.toordinal() + 1, bool(year_text)
            last_month = _MONTH_NUMBERS[groups["m2"].lower().rstrip(".")] if groups.get("m2") else month
            if last_month < month:
                return None
            return (*_months(year, month, last_month), bool(year_text))
        if groups.get("mq"):
            ending = _MONTH_NUMBERS[groups["mq"].lower().rstrip(".")]
            if ending % 3:
                return None  # "the May quarter": no quarter ends in May
            return (*_months(year, ending - 2, ending), bool(year_text))
        if groups.get("q") or groups.get("qw"):
            if not year_text and (groups.get("qw") or "").lower() == "last":
                return None  # "last quarter" alone is the one before the article's, not the fourth (qualifiers._RELATIVE)
            quarter = int(groups["q"]) if groups.get("q") else _ORDINAL_WORDS[groups["qw"].lower()]
            return (*_months(year, 3 * quarter - 2, 3 * quarter), bool(year_text))
        if groups.get("h") or groups.get("hw"):
            half = int(groups["h"]) if groups.get("h") else _ORDINAL_WORDS[groups["hw"].lower()]
            return (*_months(year, 6 * half - 5, 6 * half), bool(year_text))
        return (*_months(year, 1, 12), True)
    except ValueError:  # "February 30", "2026-13-01"
        return None


def year_days(year: int) -> tuple[int, int]:
    """The days of a calendar year: its first, and the first of the next."""
    return _months(year, 1, 12)


def middle(first: float, after: float) -> float:
    """The middle day of a date; its one finite end for a bound ("by June")."""
    finite = [x for x in (first, after) if abs(x) != float("inf")]
    return sum(finite) / len(finite) if finite else 0.0


# A date in running text, after the preposition that ties it to what happens ("will go on sale on October 9",
# "shipping from June 15", "expected to start in May", "by the end of June"): a month named with its capital, with
# or without its day and year.  A date with no preposition before it (a dateline "LONDON, March 3 (Reuters)", a
# stamp "Updated 26 May, 2027") is not read, nor a name ("a report by June Sarpong", "pressure on May's
# government"): a month word followed by 's or by a capitalised word.
_MC = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
       r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
_IN_TEXT = compiled(
    r"\b(?:[Oo]n|[Ii]n|[Ff]rom|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]or|[Bb]efore|[Aa]fter|[Ss]tarting|[Bb]eginning)\s+"
    r"(?:(?:early|mid|late)[- ]|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_D}(?:\s*[-–]\s*{_D})?\s+(?:of\s+)?{_MC}|{_MC}(?!['’]s\b|\s+[A-Z][a-z])(?:\s+{_D}(?:\s*[-–]\s*{_D})?\b)?)"
    rf"(?:,?\s+{_Y}\b)?(?![\w-])")


def find_dates(text: str) -> list[tuple[int, int, float, float, bool]]:
    """The dates of running text a preposition ties to what happens, left to right: (start, end, first day,
    first day after, year given), the span from the preposition on."""
    found = []
    for m in _IN_TEXT.finditer(text):
        try:
            day = read_date(m.group())
        except FigureError:  # "on Feb 30": no day
            continue
        if day is not None:
            found.append((m.start(), m.end(), *day))
    return found


def _digits(day: str) -> str:
    return day.rstrip("stndrh").rstrip("STNDRH")


def _months(year: int, first: int, last: int) -> tuple[int, int]:
    after = datetime.date(year + 1, 1, 1) if last == 12 else datetime.date(year, last + 1, 1)
    return datetime.date(year, first, 1).toordinal(), after.toordinal()


def _part(first: int, after: int, part: int) -> tuple[int, int]:
    """A third of a span: of a month, the 1st–10th, 11th–20th or 21st to the end; of a year, four months;
    of anything else, a third of its days.  One day has no parts."""
    start = datetime.date.fromordinal(first)
    end = datetime.date.fromordinal(after)
    if start.day == 1 and (end.year, end.month) == ((start.year, start.month + 1) if start.month < 12
                                                     else (start.year + 1, 1)) and end.day == 1:
        cut = [first, first + 10, first + 20, after]
        return cut[part], cut[part + 1]
    if (start.month, start.day, end.month, end.day) == (1, 1, 1, 1) and end.year == start.year + 1:
        cut = [first, *(datetime.date(start.year, m, 1).toordinal() for m in (5, 9)), after]
        return cut[part], cut[part + 1]
    if after - first < 3:
        return first, after
    third = (after - first) / 3
    return round(first + part * third), round(first + (part + 1) * third)


_AHEAD_SLACK = 7  # days: a preview's "March 3" may be a day just gone when it went to press


def _moved(x: float, years: int) -> float:
    """A day moved by whole years, by its month and day (Feb 29 to Feb 28 in a year without one)."""
    if x in (float("inf"), -float("inf")):
        return x
    d = datetime.date.fromordinal(int(x))
    try:
        return float(datetime.date(d.year + years, d.month, d.day).toordinal())
    except ValueError:
        return float(datetime.date(d.year + years, d.month, 28).toordinal())


def in_year(first: float, after: float, near: float, ahead: bool = False) -> tuple[float, float]:
    """A date held without its year (first, after in YEARLESS) put in the year that brings it nearest to the
    day `near`: "Jan 12" in a piece of Dec 20, 2026 is Jan 12, 2027.  Its year is the one of its last day
    ("by December" is Dec 31's year, not the next Jan 1's), and both ends are moved by month and day.  With
    `ahead` (a preview's date, `near` its publication) a date that ended before `near` (a few days' slack)
    is taken in a later year: a preview of March 2027 looks ahead to "Sept. 3" 2027, not back to 2026."""
    finite = [x for x in (first, after) if x not in (float("inf"), -float("inf"))]
    if not finite or near in (float("inf"), -float("inf")):
        return first, after
    last = after - 1 if after != float("inf") else first
    base = datetime.date.fromordinal(int(last)).year
    around = datetime.date.fromordinal(int(near)).year
    options = []
    for year in (around - 1, around, around + 1):
        moved = _moved(first, year - base), _moved(after, year - base)
        ends = [x for x in moved if x not in (float("inf"), -float("inf"))]
        options.append((abs(sum(ends) / len(ends) - near), moved))
    if ahead:
        options = [o for o in options if o[1][1] > near - _AHEAD_SLACK] or options
    best = min(options, key=lambda o: o[0])
    return best[1]


_ISO_DAY = compiled(r"\s*(\d{4})-(\d{2})-(\d{2})")


def published_day(published: str | None) -> float | None:
    """An article's date of publication (YYYY-MM-DD, as a claim file gives it) as an ordinal; None if unread."""
    m = _ISO_DAY.fullmatch(published or "")
    if m is None:
        return None
    try:
        return float(datetime.date(int(m[1]), int(m[2]), int(m[3])).toordinal())
    except ValueError:
        return None


def show(first: float, after: float, dated: bool) -> str:
    """The days as a person reads them: "2026-07-02", "2026-04-21 to 2026-04-30", "from 2026-06-15",
    "07-02 (no year)"."""
    def day(x: float) -> str:
        d = datetime.date.fromordinal(int(x))
        return d.isoformat() if dated else d.isoformat()[5:]

    inf = float("inf")
    if first == -inf and after == inf:
        text = "any day"
    elif first == -inf:
        text = f"before {day(after)}"
    elif after == inf:
        text = f"from {day(first)}"
    elif after - first <= 1:
        text = day(first)
    else:
        text = f"{day(first)} to {day(after - 1)}"
    return text if dated else f"{text} (no year)"
