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
* up to, under, below, less than, at most, as much as, as many as: no lower bound
  (zero for money and counts, which cannot be negative).

Units: money in one ISO currency ("USD", "JPY", …), "%" for percentages, "pp"
for percentage points (25 basis points = 0.25 pp; a bare "point" is read as a
percentage point, as in "a quarter-point cut"), and for counts the noun that
follows the number ("70 agreements" → "agreement", "2.2 million barrels per
day" → "barrel/day"), or "" for a bare number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .errors import FigureError

ROUNDING_CAP = 0.02
APPROX_WIDTH = 0.05

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "billion": 1e9, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "trillion": 1e12, "t": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}
# One-letter scales are read only when glued to the number ("$56b", "€10M") or
# when the figure is money: "5 t" could be five tonnes.
_LOOSE_SCALES = {"k", "m", "b", "t"}

CURRENCY_CODES = {
    "usd", "jpy", "eur", "gbp", "cny", "cad", "aud", "chf", "inr", "krw", "hkd",
    "sgd", "nzd", "brl", "mxn", "rub", "sar", "aed", "zar", "try", "sek", "nok", "dkk",
}
_CODE_ALIASES = {"rmb": "CNY"}
CURRENCY_PREFIXES = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD",
    "au$": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL", "mx$": "MXN",
    "¥": "JPY", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "yen": "JPY", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "won": "KRW", "franc": "CHF", "francs": "CHF",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "riyal": "SAR",
    "riyals": "SAR", "rand": "ZAR",
}
# "Canadian dollars", "Swiss francs": an adjective that picks the currency.
_CURRENCY_ADJECTIVES = {
    ("canadian", "USD"): "CAD", ("australian", "USD"): "AUD", ("singapore", "USD"): "SGD",
    ("hong kong", "USD"): "HKD", ("new zealand", "USD"): "NZD", ("swiss", "CHF"): "CHF",
}
_NOT_FINITE = re.compile(r"\b(nan|inf|infinity|infinite)\b|∞", re.I)
_YUAN_HINT = re.compile(r"\b(yuan|cny|rmb|renminbi)\b", re.I)

PERCENT_WORDS = {"percent", "pct", "per cent", "%"}
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
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}

# Hedges, longest first so "more than" wins over "more".
_HEDGES = [
    ("in the region of", "approx"), ("in excess of", "above"), ("no more than", "below"),
    ("no less than", "above"), ("as much as", "below"), ("as many as", "below"),
    ("as high as", "below"), ("an estimated", "approx"), ("more or less", "approx"),
    ("upwards of", "above"), ("more than", "above"), ("greater than", "above"),
    ("fewer than", "below"), ("less than", "below"), ("just under", "nearly"),
    ("just over", "just-over"), ("close to", "approx"), ("at least", "above"),
    ("at most", "below"), ("up to", "below"),
    ("about", "approx"), ("around", "approx"), ("approximately", "approx"),
    ("approx", "approx"), ("roughly", "approx"), ("some", "approx"), ("circa", "approx"),
    ("ca", "approx"), ("estimated", "approx"), ("~", "approx"), ("≈", "approx"),
    ("nearly", "nearly"), ("almost", "nearly"), ("over", "above"), ("above", "above"),
    ("exceeding", "above"), ("under", "below"), ("below", "below"),
]

_TOKEN = re.compile(
    r"""
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?(?:[eE][-+]?\d+\b)?|\.\d+)
    |(?P<cur>(?:US|U\.S\.|CA|AU|HK|NZ|MX|[CASR])?\$|[¥€£₹₩₽₺])
    |(?P<word>[A-Za-z]+(?:'s)?)
    |(?P<pct>%)
    |(?P<dash>[-–—‒−])
    |(?P<slash>/)
    |(?P<plus>\+)
    |(?P<tilde>[~≈])
    """,
    re.X,
)


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
        """money, percent, pp or count: only figures of one dimension are compared."""
        if self.unit == "%":
            return "percent"
        if self.unit == "pp":
            return "pp"
        if len(self.unit) == 3 and self.unit.isupper():
            return "money"
        return "count"

    def comparable(self, other: Quantity) -> bool:
        """Same dimension and unit; a bare count goes with any count."""
        if self.dimension != other.dimension:
            return False
        if self.dimension == "count":
            return self.unit == other.unit or not self.unit or not other.unit
        return self.unit == other.unit

    def gap(self, other: Quantity) -> float:
        """How far apart the two figures are, relative to the larger magnitude; 0 when they meet."""
        if self.ends and other.ends:
            return max(_gap(a, b) for a, b in zip(self.ends, other.ends, strict=True))
        return _gap((self.low, self.high), (other.low, other.high))

    def agrees(self, other: Quantity) -> bool:
        """Whether the two intervals share more than an edge (two ranges: both ends do).

        Rounding intervals are half-open: "$56 billion" (55.5–56.5) and "$57
        billion" (56.5–57.5) only touch, and differ.  A point ("half a
        percentage point") agrees with an interval that holds it.
        """
        if self.ends and other.ends:
            return all(_meet(a, b) for a, b in zip(self.ends, other.ends, strict=True))
        return _meet((self.low, self.high), (other.low, other.high))


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
    for point, other in ((a, b), (b, a)):
        if point[1] - point[0] <= eps and other[0] - eps <= point[0] <= other[1] + eps:
            return True
    return False


@dataclass
class _Amount:
    value: float
    step: float  # the size of the last stated digit; 0 when exact ("half")
    start: int
    end: int
    scale: float = 1.0
    glued_scale: bool = False
    currency: str | None = None
    percent: bool = False
    pp_factor: float | None = None
    count_unit: str | None = None
    negative: bool = False
    open_above: bool = False  # "70+"

    @property
    def has_unit(self) -> bool:
        return bool(self.currency or self.percent or self.pp_factor or self.count_unit)


def _tokens(text: str) -> list[tuple[str, str, int, int]]:
    return [(m.lastgroup or "", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _number_value(raw: str) -> tuple[float, float]:
    digits, _, exponent = raw.replace(",", "").lower().partition("e")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    if not exponent:
        return float(digits), 10.0 ** -decimals
    power = int(exponent)
    if abs(power) > 300:  # float() would quietly make it 0 or infinity
        raise FigureError(f"the number {raw} is out of range")
    return float(f"{digits}e{power}"), float(f"1e{power - decimals}")


def parse_figure(text: str) -> Quantity:
    """Read a figure value as written into a Quantity; FigureError when it holds none."""
    if not isinstance(text, str) or not text.strip():
        raise FigureError("empty; write the value as the article gives it, e.g. '$56bn'")
    if len(text) > 200:
        raise FigureError("longer than 200 characters; a figure value is one number")
    toks = _tokens(text)
    words = [t[1].lower() for t in toks]
    amounts = _find_amounts(toks, words, text)
    if not amounts:
        if _NOT_FINITE.search(text):
            raise FigureError("not a finite number")
        raise FigureError("no number in it")
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
        low, high, value = _hedge(toks, words, amounts[0], low, high, value, unit)
    if low > high:
        raise FigureError("the range runs backwards")
    if not math.isfinite(value) or math.isnan(low) or math.isnan(high):
        raise FigureError("not a finite number")
    ends = (bounds[0], bounds[1]) if len(bounds) == 2 else None
    return Quantity(text=text, low=low, high=high, unit=unit, value=value, ends=ends)


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
        spans = [(amounts[k], amounts[k + 1])] if k + 1 < len(amounts) and _is_range(words, amounts[k], amounts[k + 1]) else []
        for first, last in [*spans, (amounts[k], amounts[k])]:
            start = first.start
            if last is not first and start and words[start - 1] == "between":
                start -= 1
            start -= _hedge_before(words, start)[1]
            begin, end = toks[start][2], toks[last.end - 1][3]
            try:
                found.append(FoundFigure(begin, end, parse_figure(text[begin:end])))
            except FigureError:
                continue
            k += 2 if last is not first else 1
            break
        else:
            k += 1
    return found


def _central(amount: _Amount) -> float:
    value = amount.value * amount.scale * (amount.pp_factor or 1.0)
    return -value if amount.negative else value


def _find_amounts(toks: list[tuple[str, str, int, int]], words: list[str], text: str) -> list[_Amount]:
    amounts: list[_Amount] = []
    i = 0
    while i < len(toks):
        amount = _read_amount(toks, words, i, text)
        if amount is None:
            i += 1
            continue
        amounts.append(amount)
        i = amount.end
    return amounts


def _read_amount(toks: list[tuple[str, str, int, int]], words: list[str], i: int, text: str) -> _Amount | None:
    start = i
    currency = None
    negative = False
    if words[i] == "minus" or (toks[i][0] == "dash" and i + 1 < len(toks) and toks[i + 1][0] in ("num", "cur")
                                and not (i > 0 and toks[i - 1][0] in ("num", "pct", "word"))):
        negative = True
        i += 1
    if i < len(toks) and toks[i][0] == "cur":
        currency = _prefix_currency(words[i], text)
        i += 1
    elif i + 1 < len(toks) and words[i] in CURRENCY_CODES | set(_CODE_ALIASES) and toks[i + 1][0] == "num":
        currency = _CODE_ALIASES.get(words[i], words[i].upper())
        i += 1
    number = _read_number(toks, words, i)
    if number is None:
        return None
    value, step, i = number
    amount = _Amount(value=value, step=step, start=start, end=i, currency=currency, negative=negative)
    # Scale: "56bn", "56 billion", "1.5 trillion".
    if i < len(toks) and toks[i][0] == "word" and words[i] in SCALES:
        glued = toks[i][2] == toks[i - 1][3]
        if words[i] not in _LOOSE_SCALES or glued or currency or toks[i][1] in ("M", "B", "T", "K"):
            amount.scale = SCALES[words[i]]
            amount.glued_scale = glued
            i += 1
    i = _read_unit(toks, words, i, amount, text)
    amount.end = i
    return amount


def _prefix_currency(symbol: str, text: str) -> str:
    code = CURRENCY_PREFIXES.get(symbol.lower(), "USD")
    if code == "JPY" and _YUAN_HINT.search(text):
        return "CNY"
    return code


def _read_number(toks: list[tuple[str, str, int, int]], words: list[str], i: int) -> tuple[float, float, int] | None:
    """A number in digits or in words at i: (value, step, next index)."""
    if i >= len(toks):
        return None
    if toks[i][0] == "num":
        value, step = _number_value(toks[i][1])
        return value, step, i + 1
    return _read_number_words(words, i)


def _read_number_words(words: list[str], i: int) -> tuple[float, float, int] | None:
    n = len(words)
    # "a trillion", "a quarter point", "half a percentage point", "a dozen".
    if words[i] in ("a", "an"):
        if i + 1 < n and (words[i + 1] in SCALES and words[i + 1] not in _LOOSE_SCALES or words[i + 1] in ("hundred", "dozen")):
            if words[i + 1] == "dozen":
                return 12.0, 1.0, i + 2
            if words[i + 1] == "hundred":
                return 100.0, 1.0, i + 2
            return 1.0, 1.0, i + 1
        if i + 1 < n and words[i + 1] in ("half", "quarter", "third"):
            return _read_fraction(words, i + 1)
        return None
    if words[i] in _FRACTIONS:
        return _read_fraction(words, i)
    total = 0.0
    current = 0.0
    j = i
    seen = False
    while j < n:
        w = words[j]
        if w in _ONES:
            current += _ONES[w]
            seen = True
        elif w == "hundred" and seen:
            current = max(current, 1.0) * 100
        elif w == "thousand" and seen and j + 1 < n and (words[j + 1] in _ONES or words[j + 1] == "and"):
            total += current * 1000
            current = 0.0
        elif w == "-" and seen and j + 1 < n and words[j + 1] in _ONES:
            pass
        elif w == "and" and seen and j + 1 < n and (words[j + 1] in _ONES or words[j + 1] == "a"):
            if words[j + 1] == "a" and j + 2 < n and words[j + 2] in _FRACTIONS:
                frac = _read_fraction(words, j + 2)
                if frac:
                    return total + current + frac[0], 0.0, frac[2]
        else:
            break
        j += 1
    if not seen:
        return None
    return total + current, 1.0, j


def _read_fraction(words: list[str], i: int) -> tuple[float, float, int] | None:
    value = _FRACTIONS[words[i]]
    j = i + 1
    # "half a", "a quarter of a", "three quarters of a"
    if j < len(words) and words[j] == "of":
        j += 1
    if j < len(words) and words[j] in ("a", "an"):
        j += 1
    return value, 0.0, j


def _read_unit(toks: list[tuple[str, str, int, int]], words: list[str], i: int, amount: _Amount, text: str) -> int:
    n = len(toks)
    if i < n and toks[i][0] == "pct":
        amount.percent = True
        return i + 1
    if i < n and words[i] in ("percent", "pct"):
        amount.percent = True
        i += 1
        if i < n and words[i] in ("point", "points"):
            amount.percent, amount.pp_factor = False, 1.0
            return i + 1
        return i
    if i + 1 < n and words[i] == "per" and words[i + 1] == "cent":
        amount.percent = True
        return i + 2
    for length in (2, 1):
        phrase = " ".join(words[i:i + length]).replace(" - ", "-")
        if i + length <= n and phrase in _PP_UNITS:
            amount.pp_factor = _PP_UNITS[phrase]
            return i + length
    # "a quarter-point": the hyphen sits between the number and its unit.
    if i + 1 < n and toks[i][0] == "dash" and words[i + 1] in ("point", "points"):
        amount.pp_factor = 1.0
        return i + 2
    if i < n and (words[i] in CURRENCY_CODES or words[i] in _CODE_ALIASES):
        amount.currency = amount.currency or _CODE_ALIASES.get(words[i], words[i].upper())
        return i + 1
    # "Canadian dollars", "US dollars", "Swiss francs".
    j = i
    adjective = None
    while j < n and toks[j][0] == "word" and words[j] not in CURRENCY_WORDS and j - i < 2:
        j += 1
    if j < n and words[j] in CURRENCY_WORDS and j - i <= 2:
        code = CURRENCY_WORDS[words[j]]
        adjective = " ".join(words[i:j])
        if not adjective or adjective in ("us", "u", "american") or (adjective, code) in _CURRENCY_ADJECTIVES:
            code = _CURRENCY_ADJECTIVES.get((adjective, code), code)
            if code == "JPY" and _YUAN_HINT.search(text):
                code = "CNY"
            amount.currency = amount.currency or code
            return j + 1
    if amount.currency:
        return i
    return _read_count_unit(toks, words, i, amount)


_NOT_UNITS = {
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "as", "than", "per", "over", "under", "is", "are", "was", "were", "this", "that", "each",
    "more", "less", "last", "next", "year", "s",
}


def _read_count_unit(toks: list[tuple[str, str, int, int]], words: list[str], i: int, amount: _Amount) -> int:
    n = len(toks)
    # bpd, b/d, mb/d, mbpd: barrels per day, the oil trade's units.
    if i < n and words[i] in ("bpd", "bopd"):
        amount.count_unit = "barrel/day"
        return i + 1
    if i < n and words[i] == "mbpd":
        amount.scale *= 1e6
        amount.count_unit = "barrel/day"
        return i + 1
    if i + 2 < n and words[i] in ("b", "mb") and toks[i + 1][0] == "slash" and words[i + 2] == "d":
        if words[i] == "mb":
            amount.scale *= 1e6
        amount.count_unit = "barrel/day"
        return i + 3
    if i < n and toks[i][0] == "plus":  # "70+ agreements": the hedge is read later
        amount.open_above = True
        i += 1
    if i >= n or toks[i][0] != "word" or words[i] in _NOT_UNITS or words[i] in _HEDGE_WORDS:
        return i
    unit = _singular(words[i])
    i += 1
    if i + 1 < n and words[i] in ("per", "a") and toks[i + 1][0] == "word" and words[i + 1] in ("day", "year", "month", "week", "hour", "annum", "capita", "person", "barrel", "share", "ton", "tonne"):
        unit = f"{unit}/{_singular(words[i + 1])}"
        i += 2
    elif i + 1 < n and toks[i][0] == "slash" and toks[i + 1][0] == "word":
        unit = f"{unit}/{_singular(words[i + 1])}"
        i += 2
    amount.count_unit = unit
    return i


_HEDGE_WORDS = {h for h, _ in _HEDGES if " " not in h}


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
        if between == ["and"]:
            return "between" in words[:a.start]
        return True
    return False


def _share_units(a: _Amount, b: _Amount) -> None:
    """In "4.75–5%" and "56 to 68 billion" the first number takes the second's unit and scale."""
    if not a.has_unit:
        a.currency, a.percent, a.pp_factor, a.count_unit = b.currency, b.percent, b.pp_factor, b.count_unit
    elif not b.has_unit:
        b.currency, b.percent, b.pp_factor, b.count_unit = a.currency, a.percent, a.pp_factor, a.count_unit
    if a.scale == 1.0 and b.scale != 1.0 and not a.glued_scale:
        a.scale = b.scale
    if _unit_of(a) != _unit_of(b):
        raise FigureError(f"the range mixes {_unit_of(a) or 'a bare number'} and {_unit_of(b) or 'a bare number'}")


def _unit_of(amount: _Amount) -> str:
    if amount.currency:
        return amount.currency
    if amount.percent:
        return "%"
    if amount.pp_factor:
        return "pp"
    return amount.count_unit or ""


def _bounds(amount: _Amount) -> tuple[float, float]:
    factor = amount.scale * (amount.pp_factor or 1.0)
    value = amount.value * factor
    half = min(amount.step * factor / 2, abs(value) * ROUNDING_CAP)
    value = -value if amount.negative else value
    return value - half, value + half


def _hedge_before(words: list[str], start: int) -> tuple[str | None, int]:
    """The hedge that ends just before words[start] ("more than", "about") and its length in words."""
    for phrase, hedge in _HEDGES:
        n = phrase.count(" ") + 1
        if start >= n and " ".join(words[start - n:start]) == phrase:
            return hedge, n
    return None, 0


def _hedge(toks: list[tuple[str, str, int, int]], words: list[str], amount: _Amount,
           low: float, high: float, value: float, unit: str) -> tuple[float, float, float]:
    kind = _hedge_before(words, amount.start)[0]
    if amount.open_above:
        kind = "above"
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
    return min(step * amount.scale * (amount.pp_factor or 1.0), cap)


def _scale_of(magnitude: float) -> tuple[float, str]:
    for name, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if magnitude >= size:
            return size, name
    return 1.0, ""


def _number(value: float, size: float) -> str:
    return f"{value / size:,.4f}".rstrip("0").rstrip(".")


def format_amount(value: float, unit: str) -> str:
    """A readable number with its scale word and unit: 5.6e10, "USD" → "56 billion USD"."""
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    size, word = _scale_of(abs(value))
    return " ".join(part for part in (_number(value, size), word, unit) if part)


_CURRENCY_NAMES = {
    "USD": "US dollars", "JPY": "Japanese yen", "EUR": "euros", "GBP": "pounds sterling",
    "CNY": "Chinese yuan", "CAD": "Canadian dollars", "AUD": "Australian dollars",
    "CHF": "Swiss francs", "INR": "Indian rupees", "KRW": "South Korean won",
}


def describe_unit(q: Quantity) -> str:
    """The unit in words: "money, US dollars", "percent", "count of agreement"."""
    if q.dimension == "money":
        return f"money, {_CURRENCY_NAMES.get(q.unit, q.unit)}"
    if q.dimension == "percent":
        return "percent"
    if q.dimension == "pp":
        return "percentage points"
    return f"count of {q.unit}" if q.unit else "bare number"


def format_interval(q: Quantity) -> str:
    """The interval as a person reads it: "55.5–56.5 billion USD", "at least 70 agreement"."""
    if math.isinf(q.high) and math.isfinite(q.low):
        return f"at least {format_amount(q.low, q.unit)}"
    if math.isinf(q.low) or (q.low == 0 and q.value > 0 and q.high == q.value):
        return f"up to {format_amount(q.high, q.unit)}"
    size, word = _scale_of(max(abs(q.low), abs(q.high)))
    low, high = _number(q.low, size), _number(q.high, size)
    numbers = low if low == high else f"{low}–{high}"
    return " ".join(part for part in (numbers, word, q.unit) if part)
