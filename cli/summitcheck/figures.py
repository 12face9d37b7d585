"""Figures: a value as written ("about $56bn") read into an interval with a unit.

A figure is an interval, not a point.  "$56 billion" is stated to the nearest
billion, so it covers 55.5–56.5 billion: half a step of its last stated digit,
but never more than ROUNDING_CAP of the value, so that "$1 trillion" does not
also mean 1.4 trillion.  Hedges widen or open the interval:

* about, around, approximately, roughly, some, circa, an estimated, close to, ~:
  the value ± one step of its last significant digit, at most APPROX_WIDTH of
  the value (or the rounding, if wider): "about $1.25" is 1.24–1.26;
* nearly, almost, just under: that width below the value, up to the value;
* just over: from the value up to that width above it;
* over, more than, above, at least, upwards of, in excess of, 70+: no upper bound;
* up to, under, below, less than, at most: no lower bound
  (zero for money and counts, which cannot be negative);
* as many as, as much as, as high as: as nearly (the value at the upper end of an estimate).

Units: money in one ISO currency ("USD", "PLN", …; see docs/figures.md for how
codes, symbols and names are read and which are refused), money per unit
("USD/barrel" for "$80 a barrel"), "%" for percentages, "pp" for percentage
points (25 basis points = 0.25 pp; a bare "point" is read as a percentage point,
as in "a quarter-point cut"), and for counts the noun that follows the number
("70 agreements" → "agreement", "2.2 million barrels per day" → "barrel/day"),
or "" for a bare number.  A share said in words ("two-thirds", "one in five") is a
percentage, rounded as "about" rounds; spans of time compare across their units
("five days" and "120 hours").
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from . import currencies, dates, units
from .errors import FigureError
from .lazy import compiled
from .text import STOPWORDS as _FUNCTION_WORDS
from .text import may_hold

ROUNDING_CAP = 0.02
APPROX_WIDTH = 0.05

SCALES = {
    "thousand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "billion": 1e9, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "trillion": 1e12, "t": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}
# One-letter scales are read only when glued to the number ("$56b", "€10M") or
# when the figure is money: "5 t" could be five tonnes.
_LOOSE_SCALES = {"k", "m", "b", "t"}

# A scale word after a number: "$5 billion", "€10M", "₹2 lakh crore": a total, not an amount per unit.
_SCALED = compiled(r"\d\s*(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")\b", re.I)
_NOT_FINITE = compiled(r"\b(nan|inf|infinity|infinite)\b|∞", re.I)
_YUAN_HINT = compiled(r"\b(yuan|cny|rmb|renminbi)\b|元", re.I)
_YUAN_WORDS = ("yuan", "cny", "rmb", "renminbi")  # in every match of _YUAN_HINT in ASCII text: its prefilter

_PERCENT = {"percent", "percents", "pct", "percentage"}
_PP_UNITS = {
    "percentage point": 1.0, "percentage points": 1.0, "pct point": 1.0, "pct points": 1.0,
    "pp": 1.0, "ppt": 1.0, "ppts": 1.0, "point": 1.0, "points": 1.0,
    "basis point": 0.01, "basis points": 0.01, "bp": 0.01, "bps": 0.01,
}

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
# Denominators of word fractions: "two-thirds", "three quarters", "one sixth".
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
# A fraction word alone is a number only where no ordinal reading exists: "half a
# point", "a quarter-point"; "third" alone is an ordinal ("third quarter"), and so
# are "half" and "quarter" after an ordinal or a determiner ("the first half").
_BARE_FRACTIONS = {"half": 0.5, "quarter": 0.25}
_PERIOD_WORDS = {"first", "second", "third", "fourth", "last", "next", "this", "that", "the", "each", "every",
                 "per", "final", "latest", "previous", "prior", "same", "current", "coming", "past", "its",
                 "their", "fiscal", "calendar"}

# A bound said with a verb: "would exceed €150bn", "surpassed 2 million units", "fell short of 60%" ("topped" only
# in the past tense: "the top 10 lenders" is a rank).  Denied, it says nothing of the value ("will not exceed 3%" is
# at most 3%, "never topped 2 million"): the value is then read as written (_hedge_of).
_VERB_BOUNDS = {**dict.fromkeys(("exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed", "surpassing",
                                 "topped"), "above"), "short of": "below"}
# Hedges, longest first so "more than" wins over "more".  "As many as 11 countries" is an estimate of 11 at its
# upper end (just under or at 11), not any count up to 11: nine countries is fewer than expected.  "As much as"
# and "as high as" say the same of an amount or a rate: "a buyback of as much as $2 billion" names $2 billion, and
# an editor calls a $1.5 billion buyback another figure (gate10 quillmark).
_HEDGES = [
    ("in the region of", "approx"), ("in excess of", "above"), ("no more than", "below"),
    ("no less than", "above"), ("no fewer than", "above"), ("as much as", "nearly"),
    ("as many as", "nearly"), ("as high as", "nearly"), ("as low as", "above"),
    ("as little as", "above"), ("as few as", "above"), ("an estimated", "approx"),
    ("more or less", "approx"), ("upwards of", "above"), ("more than", "above"),
    ("greater than", "above"), ("higher than", "above"), ("larger than", "above"),
    ("fewer than", "below"), ("less than", "below"), ("lower than", "below"),
    ("smaller than", "below"), ("just under", "nearly"),
    ("just over", "just-over"), ("close to", "approx"), ("at least", "above"),
    ("at most", "below"), ("up to", "below"),
    ("about", "approx"), ("around", "approx"), ("approximately", "approx"),
    ("approx", "approx"), ("roughly", "approx"), ("some", "approx"), ("circa", "approx"),
    ("ca", "approx"), ("ca.", "approx"), ("c.", "approx"), ("sub -", "below"), ("estimated", "approx"), ("~", "approx"), ("≈", "approx"),
    ("nearly", "nearly"), ("almost", "nearly"), ("over", "above"), ("above", "above"),
    ("exceeding", "above"), ("under", "below"), ("below", "below"),
    # "slid past 1,450", "beyond 100% of GDP": over it ("the past 12 months" is a period, see _hedge_of)
    ("past", "above"), ("beyond", "above"),
    *_VERB_BOUNDS.items(),
]
# The hedges that make a figure approximate, longest first ("an estimated" before "estimated")
_APPROXIMATE = tuple(sorted((h for h, kind in _HEDGES if kind == "approx"), key=len, reverse=True))
_DENIALS = frozenset({"not", "never", "t", "cannot", "no"})  # "t": the end of "won't", "didn't"
# A hedge word that also opens a period after a determiner: "over the past 12 months", "its past 3 years"
_PERIOD_HEDGES = frozenset({"past"})
# "over past 12 months" (headline style, no determiner), "half past 10": a period or a time of day
_BEFORE_A_TIME = frozenset({"over", "in", "for", "during", "half", "quarter"})
# A verb of moving whose "up" is its particle: "nudged up to 3.1%", "revised up to 2.4%", "ticked up to 4.2%" move to
# the value, they bound nothing (unlike "cut up to 900 jobs", "offers up to £5,000").
_MOVED_UP = compiled(r"(?:nudg|edg|inch|tick|mov|revis|push|bump|ratchet|creep|drift)(?:e|es|ed|ing|s)?|crept|"
                     r"go|goes|going|went|gone")

# A number may end in a fraction: "4½%", "½ point", "4 1/2 per cent" (a whole number, a space
# and a half, third, quarter or eighth; "1/2" alone stays refused as ambiguous).
# Thousands are grouped by commas ("1,000,000", or in lakhs "1,49,900") or by
# spaces (plain, no-break, thin: "10 000").  A run of comma groups is taken whole
# and possessively, then checked (_comma_number): one pass over "1,000,000,…", no
# backtracking, linear time.  Space groups need exactly three digits each.
_TOKEN_BRANCHES = r"""
    (?P<num>\d+[ \u00a0](?:1/[234568]|2/3|3/4|[357]/8)(?![/\d])
        |\d*[½¼¾⅓⅔⅛⅜⅝⅞]
        |\d+(?:,\d+)++(?:\.\d+)?
        |\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))++(?:\.\d+)?
        |\d+(?:\.\d+)?(?:[eE][-+]?\d+\b)?|\.\d+)
    |(?P<cur>(?:(?<!\d)[A-Za-z]|[A-Za-z]{2,3}|U\.S\.)?\$)
    |(?P<word>[^\W\d_]+(?:'s)?)
    |(?P<pct>%)
    |(?P<dash>[-–—‒−])
    |(?P<slash>/)
    |(?P<plus>\+)
    |(?P<tilde>[~≈])
    |(?P<paren>[()])
    |(?P<sym>[^\w\s\x00-\x7f])
    """
# No branch opens with a space: one look at a space ends the try there, where the engine would otherwise try
# every branch at each space between words (a third of the tokenising of running text).
_TOKEN = compiled(r"(?=\S)(?:" + _TOKEN_BRANCHES + ")", re.X)


@dataclass(frozen=True)
class Quantity:
    """A figure read from text: the interval [low, high] in `unit`, and the text as written."""

    text: str
    low: float
    high: float
    unit: str
    value: float
    # For a range ("4.75%–5%"), the interval of each end: two ranges agree only
    # when both ends do, so 5–5.25 % and 4.75–5 % differ though they touch.
    ends: tuple[tuple[float, float], tuple[float, float]] | None = None

    @property
    def dimension(self) -> str:
        """money, rate (money per unit), percent, pp, date or count: only figures of one dimension are compared."""
        if self.unit in (dates.DATE, dates.NO_YEAR):
            return "date"
        if self.unit == "%":
            return "percent"
        if self.unit == "pp":
            return "pp"
        currency, per, _ = self.unit.partition("/")
        # a code, or a word several currencies share ("francs"), read as its own currency
        if (len(currency) == 3 and currency.isupper()) or currencies.ambiguous_unit(currency):
            return "rate" if per else "money"  # "USD/barrel": not comparable with USD
        return "count"

    @property
    def is_span(self) -> bool:
        """Whether the figure is a span of time ("six months", "48 hours")."""
        return self.unit in _TIME_UNITS

    def comparable(self, other: Quantity) -> bool:
        """Same dimension and unit; a bare count goes with any count.

        Money per unit goes with plain money of its currency, as a bare count with a
        count ("$80" of a Brent price against "$78 a barrel"), never with money per
        another unit ("$80 a barrel" against "$1.25 per share").  A date goes with a date, and with a bare
        year ("2027" against "June 2027").
        """
        if "date" in (self.dimension, other.dimension):
            return _days(self) is not None and _days(other) is not None
        per = {q.unit[4:] for q in (self, other) if q.dimension == "count" and q.unit.startswith("per ")}
        if per and {self.dimension, other.dimension} == {"count", "rate"}:
            # "18.62 per dollar" against "18.62 pesos per dollar": one rate, its currency named once
            return per == {q.unit.partition("/")[2] for q in (self, other) if q.dimension == "rate"}
        if {self.dimension, other.dimension} == {"money", "rate"}:
            # a total in millions or billions is never an amount per share or per barrel
            money = self if self.dimension == "money" else other
            return (_one_currency(self.unit.partition("/")[0], other.unit.partition("/")[0])
                    and not _SCALED.search(money.text))
        if self.dimension != other.dimension:
            return False
        if self.dimension == "count":
            return self.unit == other.unit or not self.unit or not other.unit or _factor(other.unit, self.unit) is not None
        if self.dimension in ("money", "rate"):
            mine, _, unit = self.unit.partition("/")
            theirs, _, other_unit = other.unit.partition("/")
            return unit == other_unit and _one_currency(mine, theirs)
        return self.unit == other.unit

    def in_unit(self, unit: str) -> Quantity:
        """The same figure in another unit of its family ("five days" in hours: 120, "1TB" in gigabytes:
        1,000); else itself."""
        factor = _factor(self.unit, unit) if self.unit != unit else None
        if factor is None:
            return self
        (a, b), (c, d) = self.ends or ((0.0, 0.0), (0.0, 0.0))
        ends = ((a * factor, b * factor), (c * factor, d * factor)) if self.ends else None
        return replace(self, low=self.low * factor, high=self.high * factor, value=self.value * factor, unit=unit,
                       ends=ends)

    def gap(self, other: Quantity) -> float:
        """How far apart the two figures are, relative to the larger magnitude; 0 when they meet.  Two dates:
        the days between their middles in years (June and July, which touch, are a month apart)."""
        days = _date_pair(self, other)
        if days is not None:
            a, b = days
            return 0.0 if _meet(a, b) else abs(dates.middle(*a) - dates.middle(*b)) / 365.25
        other = other.in_unit(self.unit)
        if self.ends and other.ends:
            return max(_gap(a, b) for a, b in zip(self.ends, other.ends, strict=True))
        pair = self._point_and_range(other)
        if pair is not None:
            return _gap((pair[0].value, pair[0].value), pair[1].bounds)
        return _gap(self.bounds, other.bounds)

    def agrees(self, other: Quantity) -> bool:
        """Whether the two intervals share more than an edge (two ranges: both ends do).

        Rounding intervals are half-open: "$56 billion" (55.5–56.5) and "$57
        billion" (56.5–57.5) only touch, and differ.  A point ("half a
        percentage point") agrees with an interval that holds it.  A range states
        its bounds: a point, plain or "about", meets it only when the point itself
        lies inside ("about $9 billion" against guidance of $8.6–8.8 billion differs,
        though the rounding of the one reaches the other).  Spans of time are compared in one
        unit: "up to five days" agrees with "up to 120 hours".  Dates meet when they share a day ("in May" and
        "May 19"); a date without its year is put in the other's ("Nov 12" against "November 12, 2026").
        """
        days = _date_pair(self, other)
        if days is not None:
            return _meet(*days)
        other = other.in_unit(self.unit)
        if self.ends and other.ends:
            return all(_meet(a, b) for a, b in zip(self.ends, other.ends, strict=True))
        pair = self._point_and_range(other)
        if pair is not None:
            return _meet((pair[0].value, pair[0].value), pair[1].bounds)
        return _meet(self.bounds, other.bounds)

    @property
    def bounds(self) -> tuple[float, float]:
        return self.low, self.high

    def _point_and_range(self, other: Quantity) -> tuple[Quantity, Quantity] | None:
        """(the value, the range) when one is a range and the other a value rounded or hedged both
        ways ("$9 billion", "about 2%"); None for two values, two ranges, or a one-sided hedge
        ("nearly", "more than"), whose interval is what it states."""
        if bool(self.ends) == bool(other.ends):
            return None
        point, rng = (other, self) if self.ends else (self, other)
        if not (math.isfinite(point.low) and math.isfinite(point.high)):
            return None
        centre = (point.low + point.high) / 2
        both_ways = abs(centre - point.value) <= 1e-9 * max(abs(point.low), abs(point.high))
        return (point, rng) if both_ways else None


def in_year_of(q: Quantity, published: str | None, ahead: bool = False) -> Quantity:
    """A date written without its year put in the year of an article's publication (YYYY-MM-DD), the
    nearest such day to it ("Jan 12" in a piece of 2026-12-20 is 2027-01-12); any other figure as it is.
    `ahead` for a preview: its date is on or after the day it was published (dates.in_year)."""
    day = dates.published_day(published)
    if q.unit != dates.NO_YEAR or day is None:
        return q
    low, high = dates.in_year(q.low, q.high, near=day, ahead=ahead)
    return replace(q, low=low, high=high, value=dates.middle(low, high), unit=dates.DATE)


def _days(q: Quantity) -> tuple[float, float, bool] | None:
    """A figure as days (first, first after, year given): a date, or a bare year ("2027", as a value
    gives it) as all its days; None for any other figure."""
    if q.unit in (dates.DATE, dates.NO_YEAR):
        return q.low, q.high, q.unit == dates.DATE
    if q.unit or q.ends or q.value != int(q.value) or not 1800 <= q.value < 2200 or q.high - q.low > 1.0 + 1e-9:
        return None
    year = dates.year_days(int(q.value))
    return year[0], year[1], True


def _date_pair(a: Quantity, b: Quantity) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """Two figures as days, when one is a date and the other a date or a year; a date held without its year
    is put in the year that brings it nearest the other."""
    if "date" not in (a.dimension, b.dimension):
        return None
    x, y = _days(a), _days(b)
    if x is None or y is None:
        return None
    one, two = (x[0], x[1]), (y[0], y[1])
    if x[2] != y[2]:
        if x[2]:
            two = dates.in_year(*two, near=dates.middle(*one))
        else:
            one = dates.in_year(*one, near=dates.middle(*two))
    return one, two


def _factor(unit: str, to: str) -> float | None:
    """How many of `to` one `unit` is: spans of time of one family, or units of measure that are SI
    prefixes on one base unit ("kilowatt" in watts: 1000); None when they do not convert."""
    if not unit or not to:
        return None
    if unit in _DURATIONS or to in _DURATIONS:
        return _time_factor(unit, to)
    return units.factor(unit, to)


def _time_factor(unit: str, to: str) -> float | None:
    """How many of `to` one `unit` is, when both are spans of time of one family (hour → day: 1/24)."""
    a, b = _DURATIONS.get(unit), _DURATIONS.get(to)
    if a is None or b is None or a[0] != b[0]:
        return None
    return a[1] / b[1]


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    distance = max(a[0] - b[1], b[0] - a[1], 0.0)
    if distance == 0.0:
        return 0.0
    scale = max(abs(x) for x in (*a, *b) if math.isfinite(x))
    return distance / scale if scale else math.inf


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    finite = [abs(x) for x in (*a, *b) if math.isfinite(x)]
    eps = 1e-9 * max(finite, default=1.0)  # float noise: 3.3 - 0.05 is not exactly 3.25
    if min(a[1], b[1]) - max(a[0], b[0]) > eps:
        return True
    return any(point[1] - point[0] <= eps and other[0] - eps <= point[0] <= other[1] + eps
               for point, other in ((a, b), (b, a)))


@dataclass(frozen=True)
class _Unit:
    """What an amount is stated in: money in a currency, percent, percentage points, or a count
    of something named."""

    kind: str  # "money", "percent", "pp" or "count"
    name: str = ""  # the currency's code, or what is counted ("agreement", "barrel/day")
    factor: float = 1.0  # a stated unit in the unit's own terms: a basis point is 0.01 pp
    per: str | None = None  # what money is counted per: "barrel" in "$80 a barrel"

    @property
    def text(self) -> str:
        """The unit as Quantity.unit writes it: "USD", "USD/barrel", "%", "pp", "agreement"."""
        if self.kind == "money":
            return f"{self.name}/{self.per}" if self.per else self.name
        return {"percent": "%", "pp": "pp"}.get(self.kind, self.name)


_PERCENT_UNIT = _Unit("percent")
_POINTS = _Unit("pp")
_BARRELS_A_DAY = _Unit("count", "barrel/day")


@dataclass
class _Amount:
    """An amount as read from the text, before it becomes a Quantity."""

    value: float
    step: float  # the size of the last stated digit; 0 when exact ("half")
    start: int
    end: int
    scale: float = 1.0
    glued_scale: bool = False
    unit: _Unit | None = None
    negative: bool = False
    open_above: bool = False  # "70+", "2% or more", "$56 billion-plus"
    open_below: bool = False  # "2% or less"
    share: bool = False  # a share said in words ("two-thirds", "one in five"): a rounded percentage
    problem: str | None = None  # why the figure cannot be read ("'kr' could be …")

    @property
    def currency(self) -> str | None:
        return self.unit.name if self.unit is not None and self.unit.kind == "money" else None

    @property
    def factor(self) -> float:
        """What the stated value is multiplied by besides its scale: 0.01 for basis points."""
        return self.unit.factor if self.unit is not None else 1.0


def _one_currency(a: str, b: str) -> bool:
    """Whether two figures' currencies may be one: the same, or a word several currencies share and one of
    them ("Sh4.6 trillion" and "KSh4.62 trillion", "3 billion francs" and "CHF 3.5 billion").  Figures are
    compared only when they give one metric, and one metric in two articles is one currency: the word is read
    as the code the other figure gives, never as a third (two shared words, "francs" and "pesos", stay apart)."""
    if a == b:
        return True
    return b in (currencies.ambiguous_unit(a) or ()) or a in (currencies.ambiguous_unit(b) or ())


Token = tuple[str, str, int, int]  # kind, text, start, end


# The nouns an earlier value a forecast moved from is named by ("its previous projection of 15.2%", "an earlier target
# of 40%", "its prior guidance of $5 billion").
FORECAST_HEAD = r"(?:projection|forecast|estimate|guidance|target|outlook)s?"

_GROUPED = compiled(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?")


def _tokens(text: str) -> list[Token]:
    toks: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw, start = m.group(), m.start()
        if m.lastgroup == "word" and raw.lower() in ("c", "ca") and text[m.end():m.end() + 1] == ".":
            toks.append(("word", raw + ".", start, m.end() + 1))  # "c. 2%", "c.$5bn": circa
            continue
        if m.lastgroup == "num" and raw.startswith(".") and toks and toks[-1][1].lower() in ("c.", "ca.") \
                and toks[-1][3] == start + 1:
            raw, start = raw[1:], start + 1  # "c.2%" is circa 2%, not 0.2%
            if not raw:
                continue
        if m.lastgroup == "num" and "," in raw and not _GROUPED.fullmatch(raw):
            toks.extend(_comma_pieces(raw, start))  # "1,2,3" is three numbers, not 123
        else:
            toks.append((m.lastgroup or "", raw, start, m.end()))
    return toks


def _comma_pieces(raw: str, start: int) -> list[Token]:
    pieces = []
    for piece in raw.split(","):
        pieces.append(("num", piece, start, start + len(piece)))
        start += len(piece) + 1
    return pieces


_VULGAR = "½¼¾⅓⅔⅛⅜⅝⅞"
_GROUPING = compiled("[, \u00a0\u2009\u202f]")


def _number_value(raw: str) -> tuple[float, float]:
    if raw[-1] in _VULGAR or "/" in raw:  # "4½", "4 1/2": exact, as a fraction in words is
        whole, _, fraction = raw.replace("\u00a0", " ").partition(" ") if "/" in raw else (raw[:-1], "", raw[-1])
        numerator, _, denominator = fraction.partition("/")
        part = int(numerator) / int(denominator) if denominator else unicodedata.numeric(fraction)
        return (float(whole) if whole else 0.0) + part, 0.0
    digits, _, exponent = _GROUPING.sub("", raw).lower().partition("e")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    if not exponent:
        if len(digits.split(".")[0]) > 300:  # float() would quietly make it infinity
            raise FigureError(f"the number {raw[:20]}… is out of range")
        return float(digits), 10.0 ** -decimals
    power = int(exponent)
    value = float(f"{digits}e{power}")
    if abs(power) > 300 or math.isinf(value):  # float() would quietly make it 0 or infinity ("565656561e300")
        raise FigureError(f"the number {raw} is out of range")
    return value, float(f"1e{power - decimals}")


def parse_figure(text: str) -> Quantity:
    """Read a figure value as written into a Quantity; FigureError when it holds none."""
    return _parse(text, whole=True)


def _parse(text: str, whole: bool, share: bool = False) -> Quantity:
    if not isinstance(text, str) or not text.strip():
        raise FigureError("empty; write the value as the article gives it, e.g. '$56bn'")
    if len(text) > 200:
        raise FigureError("longer than 200 characters; a figure value is one number")
    band = _band(text) if whole else None
    if band is not None:
        return band
    day = dates.read_date(text) if whole else None  # running text: drafting reads its dates itself
    if day is not None:
        first, after, dated = day
        return Quantity(text=text, low=first, high=after, unit=dates.DATE if dated else dates.NO_YEAR,
                        value=dates.middle(first, after))
    toks = _tokens(text)
    words = [t[1].lower() for t in toks]
    amounts = _find_amounts(toks, words, text, whole, share)
    if not amounts:
        if _NOT_FINITE.search(text):
            raise FigureError("not a finite number")
        raise FigureError("no number in it")
    for amount in amounts:
        if amount.problem:
            raise FigureError(amount.problem)
    _check_leftovers(toks, amounts)
    if len(amounts) == 2 and _conversion(toks, *amounts):  # "¥1.2 trillion ($8 billion)": the amount as given
        amounts = amounts[:1]
    if len(amounts) == 2 and _minor_units(words, *amounts):  # "3 dollars 50 cents", "$20 and 43c"
        amounts = [_with_minor(*amounts)]
    if len(amounts) == 1 and _accounting(toks, amounts[0]):  # "($99.99)": a negative, as in accounts
        amounts[0].negative = not amounts[0].negative
    if len(amounts) > 2:
        raise FigureError("more than one number in it; give each figure its own entry")
    if len(amounts) == 2 and words[amounts[0].end:amounts[1].start] == ["/"]:
        raise FigureError("a slash is ambiguous; write a fraction as a decimal (0.5) and a range as 'A to B'")
    if len(amounts) == 2 and not _is_range(words, amounts[0], amounts[1]):
        raise FigureError("two numbers in it; write a range as 'A to B' or 'A–B'")
    if len(amounts) == 2:
        _share_units(amounts[0], amounts[1])
        # "4.75%–5%" is stated to the hundredth at both ends.
        amounts[0].step = amounts[1].step = min(amounts[0].step * amounts[0].scale, amounts[1].step * amounts[1].scale)
        amounts[0].step /= amounts[0].scale
        amounts[1].step /= amounts[1].scale
    unit = _unit_of(amounts[-1])
    bounds = [_bounds(a) for a in amounts]
    low, high = bounds[0][0], bounds[-1][1]
    value = sum(_central(a) for a in amounts) / len(amounts)
    if len(amounts) == 1:
        low, high, value = _hedge(words, amounts[0], low, high, value, unit)
    if low > high:
        raise FigureError("the range runs backwards")
    if not math.isfinite(value) or math.isnan(low) or math.isnan(high):
        raise FigureError("not a finite number")
    ends = (bounds[0], bounds[1]) if len(bounds) == 2 else None
    return Quantity(text=text, low=low, high=high, unit=unit, value=value, ends=ends)


_BAND_MARKS = ("±", "+/-", "+/−", " plus or minus ")


def _band(text: str) -> Quantity | None:
    """A value and the band around it, as a target is given ("7% ±2 percentage points", "2% plus or minus 1
    point", "$5bn +/- $1bn"): a range from the value less the width to the value plus it.  A width in percent
    around a percentage is read in points, as writers mean it; None when the text holds no such mark."""
    for mark in _BAND_MARKS:
        centre, found, width = text.partition(mark)
        if found:
            break
    else:
        return None
    if not centre.strip() or not width.strip():
        raise FigureError("a band is a value and a width: write it as '7% ±2 percentage points'")
    middle, half = _parse(centre, whole=True), _parse(width, whole=True)
    if middle.ends or half.ends or not (math.isfinite(middle.low) and math.isfinite(middle.high)):
        raise FigureError("a band is a value and a width: write it as '7% ±2 percentage points'")
    fits = half.unit in ("", middle.unit) or (middle.unit == "%" and half.unit == "pp")
    if not fits or half.value < 0 or middle.dimension == "date":
        raise FigureError(f"the band {half.text.strip()!r} is not in the unit of {middle.text.strip()!r}")
    low, high = middle.value - half.value, middle.value + half.value
    return Quantity(text=text, low=low, high=high, unit=middle.unit, value=middle.value, ends=((low, low), (high, high)))


def _check_leftovers(toks: list[Token], amounts: list[_Amount]) -> None:
    """A unit that stands apart from every number ("percent of 10", "ringgit 42") is refused, not dropped."""
    inside = {k for a in amounts for k in range(a.start, a.end)}
    for k, (kind, raw, _, _) in enumerate(toks):
        if k in inside:
            continue
        lower = raw.lower()
        if kind in ("pct", "cur") or lower in _PERCENT or lower in currencies.CENTS or (kind in ("sym", "word") and (
                currencies.symbol_codes(raw) or currencies.is_code(raw) or currencies.is_head(lower))):
            raise FigureError(f"'{raw}' stands apart from the number; write the unit where the article does, e.g. '10%' or '$5'")


_MINOR_WORDS = {"c", "sen", "cent"}


def _minor_units(words: list[str], a: _Amount, b: _Amount) -> bool:
    """Whether b is the hundredths of a: "3 dollars 50 cents", "20 ringgit and 43 sen", "$20 43".

    The hundredths are a whole number under 100, named ("cents", "c", "sen", "pence")
    or written straight after a currency word ("20 rupees 43"); "$5 and 6" stays refused.
    """
    if not a.currency or a.unit is None or a.unit.per or a.scale != 1.0 or (b.unit is not None and b.unit.per) \
            or b.negative:
        return False
    if b.step != 1.0 or not 0 < b.value < 100 or b.value != int(b.value):
        return False
    between = words[a.end:b.start]
    named = (b.currency is not None and b.scale == 0.01) or (b.unit is not None and b.unit.kind == "count"
        and b.unit.name in _MINOR_WORDS)
    if named:
        return between in ([], ["and"])
    bare = b.unit is None and b.scale == 1.0
    return bare and (between == [] or (between == ["and"] and currencies.is_head(words[a.end - 1])))


def _conversion(toks: list[Token], a: _Amount, b: _Amount) -> bool:
    """Whether b is a in another currency, in parentheses closing the value: "€1.2 billion ($1.3
    billion)", as wire copy converts; the amount is the one given first."""
    return bool(a.currency and b.currency and a.currency != b.currency and a.end < len(toks)
                and toks[a.end][1] == "(" and b.end == len(toks) - 1 and toks[b.end][1] == ")")


def _with_minor(a: _Amount, b: _Amount) -> _Amount:
    a.value += b.value / 100
    a.step = 0.01
    a.end = b.end
    return a


def _accounting(toks: list[Token], amount: _Amount) -> bool:
    parens = [k for k, t in enumerate(toks) if t[0] == "paren"]
    return len(parens) == 2 and toks[parens[0]][1] == "(" and toks[parens[1]][1] == ")" \
        and parens[0] < amount.start and parens[1] >= amount.end and parens == [0, len(toks) - 1]


@dataclass(frozen=True)
class FoundFigure:
    """A figure found in running text: where it stands (hedge included) and how it reads."""

    start: int
    end: int
    quantity: Quantity

    @property
    def text(self) -> str:
        """The figure as written."""
        return self.quantity.text


# A sum "of" a named thing is an amount of that thing ("after $300 million of writedowns", "benefiting from $1 billion
# of one-off gains"), not a level something moved from
_AMOUNT_OF = compiled(r"\s+of\s+\w")


def amount_of(after: str, percent: bool) -> bool:
    """Whether a value followed by `after` is a sum of a thing it names ("$1 billion of one-off gains"), which is
    never where a move started; a percent "of" a noun is a share of it ("from 3.5% of GDP"), which may be."""
    return not percent and _AMOUNT_OF.match(after) is not None


def find_figures(text: str) -> list[FoundFigure]:
    """Every figure in running text that parse_figure reads, left to right.

    A hedge before a number belongs to it ("approximately $56 billion"), and
    "A to B" or "A–B" is one range.  Which figures are worth a claim (not a
    date, a year or a model number) is for the caller to judge.
    """
    toks = _tokens(text)
    words = [t[1].lower() for t in toks]
    try:
        amounts = _find_amounts(toks, words, text)
    except FigureError:  # a number out of float's range: nothing to compare it with
        return []
    found: list[FoundFigure] = []
    k = 0
    while k < len(amounts):
        # "weakened 0.8% to 10.71 per dollar": a bare number after a stated unit is a level reached, no range's end
        spans = [(amounts[k], amounts[k + 1])] if k + 1 < len(amounts) and _is_range(words, amounts[k], amounts[k + 1]) \
            and not (amounts[k].unit is not None and amounts[k + 1].unit is None and amounts[k + 1].scale == 1.0) else []
        for first, last in [*spans, (amounts[k], amounts[k])]:
            start = first.start
            if last is not first and start and words[start - 1] == "between":
                start -= 1
            start -= _hedge_of(words, start)[1]
            begin, end = toks[start][2], toks[last.end - 1][3]
            try:
                quantity = _read_found(text[begin:end], first.share)
                if last is first and units.spelled_alike(_unit_of(first), quantity.unit):
                    # "broadband speeds of 1gb": read alone, "1gb" loses the words that made it a speed
                    quantity = replace(quantity, unit=_unit_of(first))
                found.append(FoundFigure(begin, end, quantity))
            except FigureError:
                continue
            k += 2 if last is not first else 1
            break
        else:
            k += 1
    return found


def find_dates(text: str) -> list[FoundFigure]:
    """The dates of running text that a preposition ties to what happens ("will go on sale on October 9",
    "shipping from June 15", "expected to start in May"), read as figure values are (dates.find_dates)."""
    return [FoundFigure(start, end, Quantity(text=text[start:end], low=first, high=after,
                                             unit=dates.DATE if dated else dates.NO_YEAR,
                                             value=dates.middle(first, after)))
            for start, end, first, after, dated in dates.find_dates(text)]


@lru_cache(maxsize=1 << 12)
def _read_found(text: str, share: bool) -> Quantity:
    """A figure found in running text, read on its own: drafting reads a sentence, then its clauses, and an
    article repeats its figures ("2%", "2027"), so most are read more than once (six in ten in the eval articles)."""
    return _parse(text, whole=False, share=share)


def _ends_split_year(toks: list[Token], i: int) -> bool:
    """Whether token i is the two-digit end of a split year glued to its start: the "26" of "2025/26" or "2025-26"."""
    if i < 2 or toks[i][0] != "num" or len(toks[i][1]) != 2 or toks[i - 1][0] not in ("slash", "dash"):
        return False
    year = toks[i - 2]
    return year[0] == "num" and len(year[1]) == 4 and year[1][:2] in ("19", "20") \
        and year[3] == toks[i - 1][2] and toks[i - 1][3] == toks[i][2]


def _central(amount: _Amount) -> float:
    value = amount.value * amount.scale * amount.factor
    return -value if amount.negative else value



@dataclass(frozen=True)
class _Reading:
    """How a text is read: whether it says yuan (for "¥"), and whether it is one figure value.

    A value written in a claim file is all figure, so a currency name before the
    number ("ringgit 42"), a letter symbol set apart ("RM 42") or "a dollar" is
    money there; in running text the same words are too often something else.
    """

    yuan: bool
    whole: bool
    text: str
    share: bool = False  # a fraction in words is a share here (the running text went on with "of")

    def apart(self, toks: list[Token], i: int) -> bool:
        """Whether punctuation stands between token i and the one before ("₹75,000, a move")."""
        return bool(self.text[toks[i - 1][3]:toks[i][2]].strip())


def _find_amounts(toks: list[Token], words: list[str], text: str, whole: bool = False,
                  share: bool = False) -> list[_Amount]:
    amounts: list[_Amount] = []
    yuan = may_hold(text, _YUAN_WORDS) and _YUAN_HINT.search(text) is not None  # opens with \b: tried at every position
    reading = _Reading(yuan=yuan, whole=whole, text=text, share=share)
    i = 0
    while i < len(toks):
        if _opens_no_amount(toks, words, i, reading):
            i += 1  # most tokens of running text: a plain word
            continue
        if _ends_split_year(toks, i):
            i += 1  # "2025/26", "2026-27": the second part of a year, not an amount ("for 2026/27 to 430,000 tonnes")
            continue
        amount = _read_amount(toks, words, i, reading)
        if amount is None:
            i += 1
            continue
        if amounts and _share_of(words, amounts[-1], amount):
            amounts[-1] = _Amount(value=amounts[-1].value / amount.value * 100, step=0.0, start=amounts[-1].start,
                                  end=amount.end, unit=_PERCENT_UNIT, share=True)
        else:
            amounts.append(amount)
        i = amount.end
    return amounts


# Spans of time, in two families whose units convert exactly: "120 hours" is "five days", "18 months"
# is "1.5 years"; months and days do not (a month is 28 to 31 days).
_DURATIONS = {
    "second": ("clock", 1.0), "minute": ("clock", 60.0), "hour": ("clock", 3600.0), "day": ("clock", 86400.0),
    "week": ("clock", 7 * 86400.0), "fortnight": ("clock", 14 * 86400.0),
    "month": ("calendar", 1.0), "year": ("calendar", 12.0), "decade": ("calendar", 120.0),
}
_TIME_UNITS = {*_DURATIONS, "quarter"}


def _share_of(words: list[str], a: _Amount, b: _Amount) -> bool:
    """Whether "a in b" or "a out of b" is a share ("one in five adults", "9 out of 10"): two whole
    numbers, the first the smaller, the second no year and no span of time ("3 in 10 years")."""
    if words[a.end:b.start] not in (["in"], ["out", "of"]) or a.unit is not None or a.negative or b.negative:
        return False
    if a.scale != 1.0 or b.scale != 1.0 or (b.unit is not None and (b.unit.kind != "count" or b.unit.name in _TIME_UNITS)):
        return False
    return a.value == int(a.value) and b.value == int(b.value) and 0 < a.value < b.value <= 1000


def _glued(toks: list[Token], i: int) -> bool:
    """Whether token i touches the one before it ("$-5", "20€")."""
    return i > 0 and toks[i][2] == toks[i - 1][3]


def _is_minus(toks: list[Token], i: int) -> bool:
    """A dash that is a minus sign: glued to the number after it, not to a word before it.

    "about -2%", "to -3%", "-0.1%", "$-5bn" are negative; "F-35", "5-7%" and "5 - 3" are not.
    """
    if toks[i][0] != "dash" or i + 1 >= len(toks) or toks[i + 1][0] not in ("num", "cur") or not _glued(toks, i + 1):
        return False
    if i == 0:
        return True
    before = toks[i - 1][0]
    if before in ("num", "pct"):  # "5-7%", "4%-3%": a range
        return False
    if before == "word":  # "about -2%" is a sign, "F-35" a name
        return not _glued(toks, i)
    return True


# The words that may open an amount (see _read_amount): a sign, a number word, "a"/"an" ("a third", "a
# dozen"), a bare fraction.  Any other word opens one only before a number, a dash or a "$" ("Rs 20",
# "c $5"), or in a figure value read whole ("ringgit 42", "a dollar").
_OPENING_WORDS = frozenset({"minus", "negative", "a", "an", *_ONES, *_BARE_FRACTIONS, "once", "twice", "thrice"})
# How often, in words: "twice a year" is 2 times a year, as "four times a year" is 4 ("twice as large", "cut twice",
# "once the deal is signed" say no frequency: a period must follow)
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_FREQUENCY_PERIODS = frozenset({"day", "week", "fortnight", "month", "quarter", "year", "decade"})
# "a year ago", "a month earlier": after a period, a time back or on, not what a rate or frequency is counted per
# ("$5 a year ago", "cut rates twice a year ago")
_TIME_FROM = ("ago", "earlier", "later", "before")


def _time_from(words: list[str], i: int) -> bool:
    """Whether the word after the period at i says a time back or on ("a year ago"), not a period counted per."""
    return i + 1 < len(words) and words[i + 1] in _TIME_FROM


def _opens_no_amount(toks: list[Token], words: list[str], i: int, reading: _Reading) -> bool:
    """Whether token i is a word _read_amount reads no amount from, known without reading it."""
    if toks[i][0] != "word" or reading.whole or words[i] in _OPENING_WORDS:
        return False
    return i + 1 == len(toks) or (toks[i + 1][0] not in ("num", "dash") and toks[i + 1][1] != "$")


def _read_amount(toks: list[Token], words: list[str], i: int, reading: _Reading) -> _Amount | None:
    start = i
    negative = False
    # "negative 0.1%" is a sign; "negative growth of 2%" is no negative number.
    if words[i] == "minus" or _is_minus(toks, i) \
            or (words[i] == "negative" and i + 1 < len(toks) and toks[i + 1][0] in ("num", "cur")):
        negative = True
        i += 1
    elif toks[i][0] == "plus" and i + 1 < len(toks) and toks[i + 1][0] == "num" and _glued(toks, i + 1) \
            and not (i and toks[i - 1][0] == "num"):  # "+0.3%": a sign; "5+3" is no figure
        i += 1
    currency, problem, i = _currency_before(toks, words, i, reading)
    if i < len(toks) and _is_minus(toks, i) and currency:  # "$-5bn", "€-3bn"
        negative = True
        i += 1
    number_at = i
    moves = None if currency or negative else _moves(toks, words, i)
    if moves is not None:  # "two more quarter-point cuts": how many moves, not their size
        return _Amount(value=moves[0], step=1.0, start=start, end=moves[2], unit=_Unit("count", moves[1]))
    if words[i] in _TIMES and not currency and not negative and i + 2 < len(toks) and words[i + 1] in ("a", "per") \
            and toks[i + 2][0] == "word" and words[i + 2] in _FREQUENCY_PERIODS and not _time_from(words, i + 2):
        return _Amount(value=_TIMES[words[i]], step=1.0, start=start, end=i + 3,
                       unit=_Unit("count", f"time/{words[i + 2]}"))
    number = _read_number(toks, words, i, reading)
    if number is None:
        return None
    value, step, i = number
    amount = _Amount(value=value, step=step, start=start, end=i, unit=_Unit("money", currency) if currency else None,
                     negative=negative, problem=problem)
    # Scale: "56bn", "56 billion", "5 lakh crore" (scales multiply: 5 × 10⁵ × 10⁷); Canadian
    # newspapers hyphenate it: "$61.4-billion".
    if i + 1 < len(toks) and toks[i][0] == "dash" and toks[i][1] == "-" and toks[i][2] == toks[i - 1][3] \
            and toks[i + 1][0] == "word" and toks[i + 1][2] == toks[i][3] and words[i + 1] in SCALES \
            and words[i + 1] not in _LOOSE_SCALES:
        i += 1
    while i < len(toks) and toks[i][0] == "word" and words[i] in SCALES:
        glued = toks[i][2] == toks[i - 1][3]
        if words[i] in _LOOSE_SCALES and not (glued or currency or toks[i][1] in ("M", "B", "T", "K")):
            break
        if amount.scale != 1.0 and words[i] in _LOOSE_SCALES:
            break
        amount.scale *= SCALES[words[i]]
        amount.glued_scale = amount.glued_scale or glued
        i += 1
    i = _read_unit(toks, words, i, amount, reading)
    # A fraction in words with no unit is a share: "two-thirds", "half of members" (in running text only
    # before "of": "a third year" is an ordinal).  A bare "quarter" is a period ("a 19th straight quarter of
    # growth"): a share of a quarter says "a quarter" or "three quarters".
    if amount.unit is None and amount.step == 0.0 and toks[number_at][0] == "word" and 0 < amount.value < 1 \
            and words[number_at] != "quarter" \
            and amount.scale == 1.0 and (reading.whole or reading.share or (i < len(toks) and words[i] == "of")):
        amount.value *= 100
        amount.unit, amount.share = _PERCENT_UNIT, True
    amount.end = _bound_after(toks, words, i, amount)
    return amount


# Moves of a rate, counted: "two more quarter-point cuts", "one further 25-basis-point hike", "three rate cuts".
_MOVE_NOUNS = {"cut": "cut", "cuts": "cut", "reduction": "cut", "reductions": "cut", "hike": "hike", "hikes": "hike",
               "increase": "hike", "increases": "hike", "rise": "hike", "rises": "hike", "move": "move", "moves": "move"}
_MORE = {"more", "further", "additional", "straight", "consecutive"}
RATE_MOVES = frozenset(_MOVE_NOUNS.values())  # the units of such counts


def _moves(toks: list[Token], words: list[str], i: int) -> tuple[float, str, int] | None:
    """A count of a rate's moves at i ("two more quarter-point cuts" is 2 cuts, not 0.5 points): (how many,
    "cut" / "hike" / "move", next index); None when the words at i count no moves.  Only a whole number up to
    twelve, in digits or words, counts them ("a quarter-point cut" is the size of one)."""
    n = len(toks)
    if toks[i][0] == "num" and toks[i][1].isdigit() and len(toks[i][1]) <= 2 and 0 < int(toks[i][1]) <= 12:
        count = float(int(toks[i][1]))
    elif 1 <= _ONES.get(words[i], 0) <= 12:
        count = float(_ONES[words[i]])
    else:
        return None
    j = i + 1
    if j < n and words[j] in _MORE:
        j += 1
    # the size of each: "quarter-point", "half-percentage-point", "25-basis-point", "25bp"
    size = re.match(r"(?:(?:quarter|half)-(?:percentage-)?point|\d+-basis-point|\d+ ?bps?|\d+ basis-point) ",
                    " ".join(words[j:j + 5]).replace(" - ", "-") + " ")
    if size:
        j += len(size.group().replace("-", " - ").split())
    if j < n and words[j] in ("rate", "interest-rate"):
        j += 1
    if j < n and words[j] in _MOVE_NOUNS and (size or j > i + 1 or words[j] in ("cuts", "hikes")):
        return count, _MOVE_NOUNS[words[j]], j + 1
    return None


# A bound written after the figure: "2% or more", "$56 billion-plus", "2% or less".
_ABOVE_AFTER = {"more", "higher", "above", "over", "greater", "better"}
_BELOW_AFTER = {"less", "lower", "below", "under", "fewer", "worse"}


def _bound_after(toks: list[Token], words: list[str], i: int, amount: _Amount) -> int:
    if i + 1 < len(toks) and words[i] == "or" and words[i + 1] in _ABOVE_AFTER | _BELOW_AFTER \
            and not (i + 2 < len(toks) and toks[i + 2][0] in ("num", "cur", "sym")):  # "2% or more": not "or more than 3%"
        if words[i + 1] in _ABOVE_AFTER:
            amount.open_above = True
        else:
            amount.open_below = True
        return i + 2
    if i < len(toks) and words[i] == "plus" and toks[i - 1][0] == "dash" and _glued(toks, i) and _glued(toks, i - 1):
        amount.open_above = True  # "$56 billion-plus" (the unit reader has taken the hyphen)
        return i + 1
    if i + 1 < len(toks) and toks[i][0] == "dash" and words[i + 1] == "plus" and _glued(toks, i) and _glued(toks, i + 1):
        amount.open_above = True  # "70-plus"
        return i + 2
    return i


def _currency_before(toks: list[Token], words: list[str], i: int, reading: _Reading) -> tuple[str | None, str | None, int]:
    """A currency written before the number: "$", "C$", "c $", "€", "zł", "Rs", "PLN"."""
    n = len(toks)
    if i >= n:
        return None, None, i
    kind, raw = toks[i][0], toks[i][1]
    nxt = i + 1
    # "c $ 16.4 million", "us $ 150 million": a letter prefix set apart from its dollar sign.
    if kind == "word" and nxt < n and toks[nxt][1] == "$" and toks[nxt][2] - toks[i][3] <= 1 \
            and (len(raw) > 1 or raw in "cC") and words[i] not in _HEDGE_WORDS \
            and currencies.symbol_codes(raw.upper() + "$"):  # "ca $5" is circa, not CA$
        kind, raw, nxt = "cur", raw.upper() + "$", nxt + 1
    if reading.whole and kind == "word":  # "ringgit 42", "Malaysian ringgit 42" as a figure value
        for end in range(min(i + 3, n - 1), i, -1):
            if toks[end][0] == "num" and all(toks[k][0] == "word" for k in range(i, end)):
                phrase = " ".join(words[i:end])
                codes = currencies.name_codes(phrase)
                if codes:
                    code, problem = currencies.resolve(phrase, codes, reading.yuan, word=True)
                    return code, problem, end
    if nxt >= n or not (toks[nxt][0] == "num" or (toks[nxt][0] == "dash" and _is_minus(toks, nxt))):
        return None, None, i
    if kind == "cur":
        codes = currencies.symbol_codes(raw) or currencies.symbol_codes(raw.upper())
        if codes is None:
            return None, f"'{raw}' is not a dollar summitcheck knows; write the ISO code, e.g. 'JMD 5'", nxt
        code, problem = currencies.resolve(raw if raw in currencies.DEFAULTS else raw.upper(), codes, reading.yuan)
        return code, problem, nxt
    if kind == "word" and currencies.is_code(raw):
        return raw, None, nxt
    if kind in ("sym", "word") and _symbol_readable(toks, i, nxt, reading):
        codes = currencies.symbol_codes(raw)
        if codes:
            code, problem = currencies.resolve(raw, codes, reading.yuan)
            return code, problem, nxt
    return None, None, i


def _symbol_readable(toks: list[Token], i: int, other: int, reading: _Reading) -> bool:
    """Whether a symbol made of Latin letters can be money here.

    "RM42", "42RM": glued to the number, yes.  Set apart, only symbols with a small
    letter or of three letters ("Rs 20", "5 zł", "NIS 40"): "KM" or "DA" alone are
    more often abbreviations than currencies.
    """
    raw = toks[i][1]
    if reading.whole or not raw.isascii() or not raw.isalpha():
        return True
    touching = toks[other][2] == toks[i][3] or toks[i][2] == toks[other][3]
    return touching or len(raw) >= 3 or not raw.isupper()


def _read_number(toks: list[Token], words: list[str], i: int, reading: _Reading) -> tuple[float, float, int] | None:
    """A number in digits or in words at i: (value, step, next index)."""
    if i >= len(toks):
        return None
    if toks[i][0] == "num":
        value, step = _number_value(toks[i][1])
        return value, step, i + 1
    if reading.whole and words[i] in ("a", "an") and i + 1 < len(toks) and toks[i + 1][0] == "word" \
            and (currencies.is_head(words[i + 1]) or words[i + 1] in currencies.CENTS):
        return 1.0, 1.0, i + 1  # "a dollar", "a penny"
    if reading.whole and words[i] in ("a", "an") and i + 1 < len(toks) and words[i + 1] in _SPANS:
        return 1.0, 1.0, i + 1  # a figure value "less than an hour", "within a year"
    return _read_number_words(words, i)


# Spans of time a claim file's figure may give with an article for one: "an hour", "a week".
_SPANS = {"second", "minute", "hour", "day", "week", "fortnight", "month"}


def _read_number_words(words: list[str], i: int) -> tuple[float, float, int] | None:
    n = len(words)
    # "a trillion", "a quarter point", "half a percentage point", "a dozen", "a third".
    if words[i] in ("a", "an"):
        if i + 1 < n and words[i + 1] in SCALES and words[i + 1] not in _LOOSE_SCALES:
            return 1.0, 1.0, i + 1
        if i + 1 < n and words[i + 1] == "dozen":
            return 12.0, 1.0, i + 2
        if i + 1 < n and words[i + 1] in ("half", "third", "quarter", "fourth", "fifth", "sixth", "tenth"):
            return _read_fraction(words, i + 1, 1.0)
        if not (i + 1 < n and words[i + 1] == "hundred"):
            return None
    if words[i] in _BARE_FRACTIONS and not (i and words[i - 1] in _PERIOD_WORDS):  # not "the third quarter"
        return _read_fraction(words, i, 1.0)
    total = 0.0
    current = 0.0
    j = i
    seen = False
    if words[i] in ("a", "an"):  # "a hundred", "a hundred and two"
        current, j, seen = 100.0, i + 2, True
    while j < n:
        w = words[j]
        if w == "dozen" and seen:  # "two dozen": 24
            current *= 12
        elif w in _ONES:
            current += _ONES[w]
            seen = True
        elif w == "hundred" and seen:
            current = max(current, 1.0) * 100
        elif w == "thousand" and seen and j + 1 < n and (words[j + 1] in _ONES or words[j + 1] == "and"):
            total += current * 1000
            current = 0.0
        elif w == "-" and seen and j + 1 < n and (words[j + 1] in _ONES or words[j + 1] in _DENOMINATORS):
            pass
        elif w in _DENOMINATORS and seen and not total and current < 20:
            # "two-thirds", "three quarters", "one half": a numerator over a denominator
            return _read_fraction(words, j, current)
        elif w == "and" and seen and j + 1 < n and (words[j + 1] in _ONES or words[j + 1] == "a"):
            if words[j + 1] == "a" and j + 2 < n and words[j + 2] in _BARE_FRACTIONS:
                frac = _read_fraction(words, j + 2, 1.0)
                if frac:
                    return total + current + frac[0], 0.0, frac[2]
        else:
            break
        j += 1
    if not seen:
        return None
    return total + current, 1.0, j


def _read_fraction(words: list[str], i: int, numerator: float) -> tuple[float, float, int] | None:
    """numerator / the denominator at i ("three quarters"); skips "of a" as in "half of a point"."""
    word = words[i]
    value = numerator * _BARE_FRACTIONS[word] if numerator == 1.0 and word in _BARE_FRACTIONS else numerator / _DENOMINATORS[word]
    j = i + 1
    if j + 1 < len(words) and words[j] == "of" and words[j + 1] in ("a", "an"):  # "half of a point"
        j += 1
    if j < len(words) and words[j] in ("a", "an"):
        j += 1
    return value, 0.0, j


def _read_unit(toks: list[Token], words: list[str], i: int, amount: _Amount, reading: _Reading) -> int:
    n = len(toks)
    if i < n and toks[i][0] == "pct":
        _state(amount, _PERCENT_UNIT)
        return i + 1
    if i < n and words[i] in _PERCENT:
        _state(amount, _PERCENT_UNIT)
        i += 1
        if i < n and words[i] in ("point", "points"):
            _state(amount, _POINTS)
            return i + 1
        return i
    if i + 1 < n and words[i] == "per" and words[i + 1] == "cent":
        _state(amount, _PERCENT_UNIT)
        return i + 2
    if i < n and words[i] == "pc" and _glued(toks, i):  # "3.5pc", as British papers print it; "5 PCs" are computers
        _state(amount, _PERCENT_UNIT)
        return i + 1
    for length in (2, 1):
        phrase = " ".join(words[i:i + length]).replace(" - ", "-")
        if i + length <= n and phrase in _PP_UNITS:
            _state(amount, _Unit("pp", factor=_PP_UNITS[phrase]))
            return i + length
    # "a quarter-point": the hyphen sits between the number and its unit.
    if i + 1 < n and toks[i][0] == "dash" and words[i + 1] in ("point", "points"):
        _state(amount, _POINTS)
        return i + 2
    # "12-cent", "one-yen", "27-kilometre": a hyphen between the number and its unit.
    hyphen = 1 if i + 1 < n and toks[i][0] == "dash" and _glued(toks, i) and _glued(toks, i + 1) and toks[i + 1][0] == "word" else 0
    after = _currency_after(toks, words, i + hyphen, amount, reading)
    if amount.currency or amount.problem:
        return _read_rate(toks, words, after, amount, reading)
    if reading.whole and not hyphen and (per := _per_currency(words, i)) is not None:
        amount.unit = _Unit("count", f"per {per}")  # "18.62 per dollar": an exchange rate, its currency unnamed
        return len(words)
    after = _read_count_unit(toks, words, i + hyphen, amount)
    return i if hyphen and after == i + 1 else after  # "10-year": no unit after the hyphen, leave it


def _per_currency(words: list[str], i: int) -> str | None:
    """The currency an exchange rate ending a value is given per, the other currency unnamed: "per dollar" of
    "18.62 per dollar", "to the euro" of "0.93 to the euro"; None when the value goes on or names no currency."""
    rest = words[i:]
    if (len(rest) == 2 and rest[0] == "per") or (len(rest) == 3 and rest[0] in ("to", "against") and rest[1] == "the"):
        return _singular(rest[-1]) if currencies.is_head(rest[-1]) else None
    return None


def _state(amount: _Amount, unit: _Unit) -> None:
    """A percent or points word after the number; after a currency ("$5%") it is a second unit, refused."""
    if amount.currency:
        amount.problem = amount.problem or f"two units: {amount.currency} and {unit.text}"
    else:
        amount.unit = unit


def _currency_after(toks: list[Token], words: list[str], i: int, amount: _Amount, reading: _Reading) -> int:
    """A currency written after the number: "20 €", "100元", "42 KWD", "Swiss francs", "50 cents"."""
    n = len(toks)
    if i >= n:
        return i
    kind, raw = toks[i][0], toks[i][1]
    if kind in ("cur", "sym") and reading.apart(toks, i):
        return i  # "$2,199, $500 more": a sign past a comma opens the next amount
    if kind in ("cur", "sym") or (kind == "word" and _symbol_readable(toks, i, i - 1, reading) and currencies.symbol_codes(raw)):
        codes = currencies.symbol_codes(raw) or currencies.symbol_codes(raw.upper())
        if raw in currencies.CENTS:
            return _cents(amount, raw, i)
        if codes:
            return _set_currency(amount, *currencies.resolve(raw, codes, reading.yuan), i + 1)
        if kind == "cur":
            amount.problem = f"'{raw}' is not a dollar summitcheck knows; write the ISO code, e.g. 'JMD 5'"
            return i + 1
        return i
    if kind != "word":
        return i
    if raw.isupper() and currencies.symbol_codes(raw) and not reading.whole:  # "42 RM": a currency or an abbreviation
        amount.problem = f"'{raw}' set apart from the number may be a currency or an abbreviation; write the ISO code"
        return i + 1
    if currencies.is_code(raw):
        return _set_currency(amount, raw, None, i + 1)
    if words[i] in currencies.CENTS:
        return _cents(amount, words[i], i)
    if raw == "p" and _glued(toks, i):  # "470p"
        return _cents(amount, "pence", i)
    if words[i] in currencies.NO_CURRENCY:
        amount.problem = f"'{raw}' does not say which currency; write it, e.g. '$42' or 'USD 42'"
        return i + 1
    if raw == "c" and reading.whole and _glued(toks, i):  # "12c a share" as a value; in running text "5c" is a model
        return _cents(amount, "cents", i)
    # The longest currency name: "Swiss francs", "new Taiwan dollars", "francs".
    phrase_words: list[str] = []
    for j in range(i, min(i + 4, n)):
        if toks[j][0] != "word" or (j > i and not _glued_or_spaced(toks, j, reading.text)):
            break
        phrase_words.append(words[j])
    # "58 US cents", "50 euro cents", "3 billion NZ dollars": the cents or dollars of the currency
    # the words before them name (before the names alone, which would take "euro" and leave "cents").
    for length in range(len(phrase_words), 1, -1):
        head = phrase_words[length - 1]
        code = currencies.qualified_code(" ".join(phrase_words[:length - 1])) \
            if head in ("cent", "cents", "dollar", "dollars") else None
        if code is not None:
            return _cents(amount, head, i + length - 1, code) if head.startswith("cent") \
                else _set_currency(amount, code, None, i + length)
    for length in range(len(phrase_words), 0, -1):
        phrase = " ".join(phrase_words[:length])
        codes = currencies.name_codes(phrase)
        if codes:
            return _set_currency(amount, *currencies.resolve(phrase, codes, reading.yuan, word=True), i + length)
    # "Zimbabwean dollars": a country's currency summitcheck does not know is not the US dollar.
    for length in (2, 3):
        if len(phrase_words) >= length and currencies.is_head(phrase_words[length - 1]) \
                and all(_looks_like_country(toks[k][1]) for k in range(i, i + length - 1)):
            amount.problem = f"'{' '.join(toks[k][1] for k in range(i, i + length))}' is not a currency summitcheck knows; write the ISO code"
            return i + length
    return i


def _glued_or_spaced(toks: list[Token], j: int, text: str) -> bool:
    """Whether token j follows the one before with at most a space between, or an
    abbreviation's full stop ("U.S. dollars")."""
    return text[toks[j - 1][3]:toks[j][2]] in ("", " ", ".", ". ")


def _looks_like_country(word: str) -> bool:
    """An adjective or name before a currency word: "Zimbabwean", "Dutch", "Fiji"."""
    return word[:1].isupper() or word.endswith(("an", "ese", "ish", "i", "ic", "ch"))


def _set_currency(amount: _Amount, code: str | None, problem: str | None, i: int) -> int:
    if amount.currency and code and code != amount.currency:
        amount.problem = f"two currencies: {amount.currency} and {code}"
    if not amount.currency and code:
        amount.unit = _Unit("money", code)
    amount.problem = amount.problem or problem
    return i


def _cents(amount: _Amount, word: str, i: int, code: str | None = None) -> int:
    """"50 cents" is half a US dollar (as "$" is the US dollar), "50 euro cents" half a euro (code:
    the currency named before the cents); "470 pence", "470p" are pounds."""
    if amount.currency:
        amount.problem = f"'{word}' after a currency; write the amount in one unit"
        return i + 1
    amount.unit = _Unit("money", code or currencies.CENTS[word])
    amount.scale *= 0.01
    return i + 1


# What money is counted per: "$80 a barrel", "$1.25 per share", "$15.4/hour".
_NOT_PER = {"ago", "earlier", "later", "before", "after", "more", "less", "year-on-year", "cut", "rise",
            "fall", "drop", "increase", "decrease", "record", "deal", "total", "further", "new"}


def _read_rate(toks: list[Token], words: list[str], i: int, amount: _Amount, reading: _Reading) -> int:
    n = len(toks)
    per = None
    if i >= n or (i and reading.apart(toks, i)):
        return i
    if (i + 1 < n and words[i] in ("per", "a", "an", "each") and toks[i + 1][0] == "word"
            and (words[i + 1] not in _NOT_UNITS or words[i + 1] == "year")) or (i + 1 < n and toks[i][0] == "slash" and toks[i + 1][0] == "word"):
        per = i + 1
    elif i + 2 < n and toks[i][0] == "dash" and words[i + 1] == "a" and toks[i + 2][0] == "dash" and i + 3 < n:
        per = i + 3  # "12-cent-a-share"
    elif reading.whole and i + 3 == n and words[i] in ("to", "against") and words[i + 1] == "the" \
            and currencies.is_head(words[i + 2]):
        per = i + 2  # an exchange rate as a value: "¥150 to the dollar" is 150 JPY per dollar
    if per is None or words[per] in _NOT_PER or words[per] in SCALES:
        return i
    if _time_from(words, per):  # "$5 a year ago"
        return i
    if amount.unit is not None:  # without a currency the figure is refused for its problem
        amount.unit = replace(amount.unit, per=_per_unit(words[per]))
    return per + 1


# The SI symbols of spans of time written after a slash ("600 mm/s", "$15/hr"); CLDR's spans are read by
# figures.py's own rules (scripts/build_units.py leaves them out of units.json).
_TIME_SYMBOLS = {"s": "second", "sec": "second", "min": "minute", "h": "hour", "hr": "hour"}


def _per_unit(word: str) -> str:
    """What a figure is counted per, one unit however it is written: "bbl" and "barrels" are the barrel, "s" and
    "seconds" the second (a lower-case word; a symbol of one letter is read only as a span of time: "/m" may be
    a metre or a month)."""
    singular = _singular(word)
    if word in _TIME_SYMBOLS:
        return _TIME_SYMBOLS[word]
    if singular in _DURATIONS:
        return singular
    return units.by_name(word) or (units.by_symbol(word) if len(word) > 1 else None) or singular


_NOT_UNITS = {
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "as", "than", "per", "over", "under", "is", "are", "was", "were", "this", "that", "each",
    "more", "less", "last", "next", "year", "s", "out",
}


# What a count may be per: "barrels a day", "jobs per year".
_COUNT_PER = {"day", "year", "month", "week", "hour", "annum", "capita", "person", "barrel", "share", "ton", "tonne"}


def _read_count_unit(toks: list[tuple[str, str, int, int]], words: list[str], i: int, amount: _Amount) -> int:
    n = len(toks)
    # bpd, b/d, mb/d, mbpd: barrels per day, the oil trade's units.
    if i < n and words[i] in ("bpd", "bopd"):
        amount.unit = _BARRELS_A_DAY
        return i + 1
    if i < n and words[i] == "mbpd":
        amount.scale *= 1e6
        amount.unit = _BARRELS_A_DAY
        return i + 1
    if i + 2 < n and words[i] in ("b", "mb", "kb", "bbl") and toks[i + 1][0] == "slash" and words[i + 2] == "d":
        amount.scale *= {"mb": 1e6, "kb": 1e3}.get(words[i], 1.0)
        amount.unit = _BARRELS_A_DAY
        return i + 3
    if i < n and toks[i][0] == "plus":  # "70+ agreements": the hedge is read later
        amount.open_above = True
        i += 1
    if i < n and toks[i][0] == "sym" and (measured := _measure_unit(toks, words, i)) is not None:
        amount.unit = _Unit("count", measured[0])  # "21°C", "50Ω"
        return measured[1]
    if i >= n or toks[i][0] != "word" or words[i] in _HEDGE_WORDS \
            or (words[i] in _NOT_UNITS and not _lone_year(toks, words, i)):
        return i
    measured = _measure_unit(toks, words, i)
    unit, i = measured if measured is not None else (_singular(words[i]), i + 1)
    if measured is None and i + 2 < n and toks[i][0] == "dash" and _glued(toks, i) and _glued(toks, i + 1) \
            and toks[i + 1][0] == "word" and toks[i + 2][0] == "word" and not _glued(toks, i + 2) \
            and words[i + 2] not in _FUNCTION_WORDS and _measure_unit(toks, words, i + 2) is None:
        # "11 low-income countries", "40 full-time jobs": a compound before a noun qualifies it, the noun is counted;
        # of a noun before a plural ("12 cross-border interconnection projects"), the plural, the head
        j = i + 2
        if not words[j].endswith("s") and j + 1 < n and toks[j + 1][0] == "word" and not _glued(toks, j + 1) \
                and words[j + 1].endswith("s") and words[j + 1] not in _FUNCTION_WORDS:
            j += 1
        unit, i = _singular(words[j]), j + 1
    if unit == "metric" and i < n and _singular(words[i]) in ("ton", "tonne"):
        unit = "tonne"  # a metric ton is a tonne ("20 million metric tons" / "25 million tonnes")
        i += 1
    if (i + 1 < n and words[i] in ("per", "a") and toks[i + 1][0] == "word"
            and (words[i + 1] in _COUNT_PER or (measured is not None and _singular(words[i + 1]) in _DURATIONS))
            and not _time_from(words, i + 1)) or (i + 1 < n and toks[i][0] == "slash" and toks[i + 1][0] == "word"):
        # a unit of measure per a span of time is a rate of it ("600 millimetres per second" is "600 mm/s")
        unit = f"{unit}/{_per_unit(words[i + 1])}"
        i += 2
    amount.unit = _Unit("count", unit)
    return i


_HEDGE_WORDS = {h for h, _ in _HEDGES if " " not in h}


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


_AROUND = 8  # words either side of a unit symbol read for what it measures


def _measure_unit(toks: list[Token], words: list[str], i: int) -> tuple[str, int] | None:
    """A unit of measure at i, as CLDR names it, and the index after it: a name of up to five words
    ("450 watts", "85 kilowatt-hours", "41 millimetres", "1.2 million metric tons") or a symbol,
    its case kept, of up to three tokens written together ("375W", "2.5 GHz", "120 km/h", "21°C").
    One unit however it is written, so that "375W" and "450 watts" compare; None when the words
    at i are no unit CLDR lists (they are then read as what is counted, as written)."""
    n = len(toks)
    if words[i] in _ORDINAL_ENDINGS and _glued(toks, i) and toks[i - 1][0] == "num":
        return None  # "1st" is first, not one stone
    phrase: list[str] = []
    found = None
    j = i
    while j < n and len(phrase) < 5 and toks[j][0] == "word" and (j == i or not _spaced(toks, j)):
        phrase.append(words[j])
        if (unit := units.by_name(" ".join(phrase))) is not None:
            found = (unit, j + 1)
        # a hyphen written between the words of a name ("kilowatt-hours") reads as a space
        j += 2 if j + 2 < n and toks[j + 1][0] == "dash" and _glued(toks, j + 1) and _glued(toks, j + 2) else 1
    if found is not None:
        return found
    symbol = ""
    around = words[max(0, i - _AROUND):i + _AROUND]  # what a lower-case data size measures ("speeds of 1gb")
    if units.measured(after := words[i + 1:i + 4]):
        around = after  # the noun it counts decides: "8gb of RAM and 5G speeds …"
    for j in range(i, min(i + 3, n)):
        if j > i and not _glued(toks, j):
            break
        symbol += toks[j][1]
        if (unit := units.by_symbol(symbol, around)) is not None:
            found = (unit, j + 1)
    return found


def _spaced(toks: list[Token], j: int) -> bool:
    """Whether more than one space stands between token j and the one before ("watts, and")."""
    return toks[j][2] - toks[j - 1][3] > 1


def _lone_year(toks: list[Token], words: list[str], i: int) -> bool:
    """Whether "year" at i is the unit of a span ("suspended for one year", a figure value "1 year"):
    it ends the text or a clause.  Elsewhere "year" is left unread ("1.2% year on year", "a 10 year
    high"), as before; "12 months" and "one year" then compare as spans of time (_DURATIONS)."""
    return words[i] == "year" and (i + 1 == len(toks) or toks[i + 1][0] not in ("word", "num", "slash"))


def _singular(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _is_range(words: list[str], a: _Amount, b: _Amount) -> bool:
    between = words[a.end:b.start]
    if between in (["-"], ["–"], ["—"], ["‒"], ["to"], ["and"], ["through"]):
        if between == ["and"]:  # "between A and B": "between" just before A or its hedge
            return "between" in words[max(0, a.start - 3):a.start]
        return True
    return False


def _share_units(a: _Amount, b: _Amount) -> None:
    """In "4.75–5%" and "56 to 68 billion" the first number takes the second's unit and scale."""
    # The unit is shared without what money is counted per: "79.5–80.5 USD/barrel" is refused as a
    # range (USD against USD/barrel) and read as two figures.  But what the last end is counted per is the
    # first's too when both name the currency: "$3.60 to $3.80 a share" is a range of earnings per share.
    if a.unit is None:
        a.unit = b.unit and replace(b.unit, per=None)
    elif b.unit is None:
        b.unit = replace(a.unit, per=None)
    elif a.unit.kind == b.unit.kind == "money" and a.unit.per is None and b.unit.per is not None \
            and replace(b.unit, per=None) == a.unit:
        a.unit = b.unit
    if a.scale == 1.0 and b.scale != 1.0 and not a.glued_scale:
        a.scale = b.scale
    if _unit_of(a) != _unit_of(b):
        raise FigureError(f"the range mixes {_unit_of(a) or 'a bare number'} and {_unit_of(b) or 'a bare number'}")


def _unit_of(amount: _Amount) -> str:
    return amount.unit.text if amount.unit is not None else ""


def _bounds(amount: _Amount) -> tuple[float, float]:
    factor = amount.scale * amount.factor
    value = amount.value * factor
    half = min(amount.step * factor / 2, abs(value) * ROUNDING_CAP)
    value = -value if amount.negative else value
    return value - half, value + half


def _hedges_by_last_word() -> dict[str, list[tuple[str, str, int]]]:
    """_HEDGES by their last word, in their order, with their length in words: a figure is looked at only
    against the hedges that end in the word before it."""
    by_last: dict[str, list[tuple[str, str, int]]] = {}
    for phrase, kind in _HEDGES:
        by_last.setdefault(phrase.rsplit(" ", 1)[-1], []).append((phrase, kind, phrase.count(" ") + 1))
    return by_last


_HEDGES_BY_LAST = _hedges_by_last_word()


def _hedge_before(words: list[str], start: int) -> tuple[str | None, int]:
    """The hedge that ends just before words[start] ("more than", "about") and its length in words."""
    for phrase, hedge, n in _HEDGES_BY_LAST.get(words[start - 1], ()) if start else ():
        if start >= n and " ".join(words[start - n:start]) == phrase:
            return hedge, n
    return None, 0


def _hedge_of(words: list[str], start: int) -> tuple[str | None, int]:
    """The hedge of the figure at words[start] (_hedge_before), unless its word opens a period after a
    determiner: "over the past 12 months" is no bound."""
    hedge, n = _hedge_before(words, start)
    if n == 1 and words[start - 1] in _PERIOD_HEDGES and start > 1 and words[start - 2] in _PERIOD_WORDS | _BEFORE_A_TIME:
        return None, 0
    if n and " ".join(words[start - n:start]) in _VERB_BOUNDS and not _DENIALS.isdisjoint(words[max(0, start - n - 2):start - n]):
        return None, 0
    if n == 2 and start > 2 and words[start - 2] == "up" and _MOVED_UP.fullmatch(words[start - 3]):
        return None, 0
    return hedge, n


def _hedge(words: list[str], amount: _Amount, low: float, high: float, value: float, unit: str) -> tuple[float, float, float]:
    kind = _hedge_of(words, amount.start)[0]
    if amount.open_above:
        kind = "above"
    if amount.open_below:
        kind = "below"
    if kind is None and amount.share:
        kind = "approx"
    floor = -math.inf if unit in ("%", "pp") else 0.0
    width = _hedge_width(amount, value)
    if kind == "approx":
        return min(low, value - width), max(high, value + width), value
    if kind == "nearly":
        return min(low, value - width), value, value
    if kind == "just-over":
        return value, max(high, value + width), value
    if kind == "above":
        return value, math.inf, value
    if kind == "below":
        return floor, value, value
    return low, high, value


def _hedge_width(amount: _Amount, value: float) -> float:
    """How far "about" reaches: one step of the last significant digit, at most APPROX_WIDTH.

    The digits a speaker gives show how far they rounded: "about $1.25" is a
    cents estimate (1.24–1.26), so $1.30 beats it; "about 70" rounds to the
    ten, but stays within 5 % (66.5–73.5); "about 2%" stays within 1.9–2.1.
    """
    cap = abs(value) * APPROX_WIDTH
    step = amount.step
    if not step:  # "about half": no stated digits, only the cap
        return cap
    digits = round(abs(amount.value) / step)
    while digits and digits % 10 == 0 and step >= 1:  # "70", "2,000": trailing zeros are not precision
        digits //= 10
        step *= 10
    return min(step * amount.scale * amount.factor, cap)


def _scale_of(magnitude: float) -> tuple[float, str]:
    if magnitude >= 1e27:  # past a thousand trillion trillion, scientific notation alone reads better
        return 1.0, ""
    for name, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if magnitude >= size:
            return size, name
    return 1.0, ""


def _number(value: float, size: float) -> str:
    """At most four decimals, or four significant digits where that would show nothing.

    Past a thousand trillion, or below 0.0001, a number is shown in scientific
    notation ("1e300", "1e-5") rather than as 300 digits or a rounded "0".
    """
    x = value / size
    if x and (abs(x) >= 1e15 or abs(x) < 1e-4):
        mantissa, _, power = f"{x:.4g}".partition("e")
        return f"{mantissa}e{int(power)}" if power else mantissa
    decimals = max(4, 3 - math.floor(math.log10(abs(x)))) if x else 0
    return f"{x:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else "0"


def format_amount(value: float, unit: str) -> str:
    """A readable number with its scale word and unit: 5.6e10, "USD" → "56 billion USD"."""
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    size, word = _scale_of(abs(value))
    return " ".join(part for part in (_number(value, size), word, unit) if part)


def describe_unit(q: Quantity) -> str:
    """The unit in words: "money, US dollars", "US dollars per barrel", "percent", "count of agreement"."""
    if q.dimension == "date":
        return "date" if q.unit == dates.DATE else "date, year not given"
    if q.unit.startswith("per ") and q.dimension == "count":
        return f"exchange rate {q.unit}, the currency not named"
    word, _, per = q.unit.partition("/")
    if currencies.ambiguous_unit(word):
        return f"money{' per ' + per if per else ''}, {word} (no ISO code: several currencies have this name)"
    if q.dimension == "money":
        return f"money, {currencies.plural_name(q.unit)}"
    if q.dimension == "rate":
        code, _, per = q.unit.partition("/")
        return f"money per {per}, {currencies.plural_name(code)}"
    if q.dimension == "percent":
        return "percent"
    if q.dimension == "pp":
        return "percentage points"
    return f"count of {q.unit}" if q.unit else "bare number"


def format_interval(q: Quantity) -> str:
    """The interval as a person reads it: "55.5–56.5 billion USD", "at least 70 agreement", "2026-04-21 to
    2026-04-30"."""
    if q.dimension == "date":
        return dates.show(q.low, q.high, q.unit == dates.DATE)
    if math.isinf(q.high) and math.isfinite(q.low):
        return f"at least {format_amount(q.low, q.unit)}"
    if math.isinf(q.low) or (q.low == 0 and q.value > 0 and q.high == q.value):
        return f"up to {format_amount(q.high, q.unit)}"
    size, word = _scale_of(max(abs(q.low), abs(q.high)))
    low, high = _number(q.low, size), _number(q.high, size)
    numbers = low if low == high else f"{low}–{high}"
    return " ".join(part for part in (numbers, word, q.unit) if part)


def approximate(q: Quantity) -> bool:
    """Whether a figure is written as approximate ("about 21 million passengers", "roughly €40bn", "~5%"): its
    interval is then the values it speaks of, not the rounding of one value."""
    text = q.text.lower()
    return any(text.startswith(h) and (len(text) == len(h) or not text[len(h)].isalnum() or not h[-1].isalnum())
               for h in _APPROXIMATE)
