"""Reading figure values: intervals, units, hedges, ranges, words, and known parser traps."""

from __future__ import annotations

import math

import pytest

from summitcheck import FigureError, parse_figure
from summitcheck.figures import format_interval

B, T, M = 1e9, 1e12, 1e6


@pytest.mark.parametrize("text, low, high, unit", [
    # rounding of the last stated digit
    ("$56 billion", 55.5 * B, 56.5 * B, "USD"),
    ("$56bn", 55.5 * B, 56.5 * B, "USD"),
    ("$1,099", 1098.5, 1099.5, "USD"),
    ("US$1 trillion", 0.98 * T, 1.02 * T, "USD"),  # capped at 2 %: not 0.5–1.5 trillion
    ("USD 5bn", 4.9 * B, 5.1 * B, "USD"),
    ("¥152 trillion", 151.5 * T, 152.5 * T, "JPY"),
    ("151 trillion yen", 150.5 * T, 151.5 * T, "JPY"),
    ("¥5 trillion yuan", 4.9 * T, 5.1 * T, "CNY"),
    ("€10M", 9.8 * M, 10.2 * M, "EUR"),
    ("£3.5bn", 3.45 * B, 3.55 * B, "GBP"),
    ("10 billion Canadian dollars", 9.8 * B, 10.2 * B, "CAD"),
    ("CAD 10 billion", 9.8 * B, 10.2 * B, "CAD"),
    ("2%", 1.96, 2.04, "%"),
    ("3 per cent", 2.94, 3.06, "%"),
    ("25 basis points", 0.245, 0.255, "pp"),
    ("0.25 percentage point", 0.245, 0.255, "pp"),
    ("half a percentage point", 0.5, 0.5, "pp"),
    ("a quarter-point", 0.25, 0.25, "pp"),
    ("70 agreements", 69.5, 70.5, "agreement"),
    ("2.2 million barrels per day", 2.156 * M, 2.244 * M, "barrel/day"),
    ("2.2 mb/d", 2.156 * M, 2.244 * M, "barrel/day"),
    ("1.5 million bpd", 1.47 * M, 1.53 * M, "barrel/day"),
    ("three billion dollars", 2.94 * B, 3.06 * B, "USD"),
    ("a trillion dollars", 0.98 * T, 1.02 * T, "USD"),
    ("five years", 4.9, 5.1, "year"),
    ("twenty-five", 24.5, 25.5, ""),
    ("-0.1%", -0.102, -0.098, "%"),
    ("minus 0.1%", -0.102, -0.098, "%"),
    # scientific notation: the precision is the mantissa's
    ("1e5", 0.98e5, 1.02e5, ""),
    ("1.5e3 barrels", 1470, 1530, "barrel"),
    ("$1,234,567", 1234566.5, 1234567.5, "USD"),
    # ranges: the finer precision of the two ends applies to both
    ("4.75%–5%", 4.745, 5.005, "%"),
    ("4.75-5%", 4.745, 5.005, "%"),
    ("0 to 0.1%", 0.0, 0.102, "%"),
    ("between $56 billion and $68 billion", 55.5 * B, 68.5 * B, "USD"),
    ("56 to 68 billion", 55.5 * B, 68.5 * B, ""),
    # hedges
    ("approximately $56 billion", 55 * B, 57 * B, "USD"),
    ("about 2.3%", 2.2, 2.4, "%"),
    ("nearly 70", 66.5, 70, ""),
    ("just over $1 trillion", 1 * T, 1.05 * T, "USD"),
    ("over 70", 70, math.inf, ""),
    ("more than 70 agreements", 70, math.inf, "agreement"),
    ("70+", 70, math.inf, ""),
    ("70+ agreements", 70, math.inf, "agreement"),
    ("at least 2.5%", 2.5, math.inf, "%"),
    ("up to $5 billion", 0, 5 * B, "USD"),
    ("less than 1%", -math.inf, 1, "%"),
])
def test_interval_and_unit(text: str, low: float, high: float, unit: str) -> None:
    q = parse_figure(text)
    assert (q.low, q.high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)
    assert q.text == text


@pytest.mark.parametrize("text, value", [
    ("a $68 billion deficit", 68 * B),  # the article is not a 1
    ("$56bn", 56 * B),                   # "bn" is a scale, not a unit
    ("an estimated $44 billion", 44 * B),
    ("US$1 trillion", 1 * T),            # "trillion" is never dropped
    ("three billion dollars", 3 * B),
])
def test_known_parser_traps(text: str, value: float) -> None:
    q = parse_figure(text)
    assert q.value == pytest.approx(value)
    assert q.unit == "USD"


def test_basis_points_equal_percentage_points() -> None:
    assert parse_figure("25 basis points").gap(parse_figure("0.25 percentage point")) == 0
    assert parse_figure("25bp").gap(parse_figure("half a percentage point")) > 0


@pytest.mark.parametrize("a, b, agree", [
    ("$56 billion", "$57 billion", False),   # 55.5–56.5 and 56.5–57.5 only touch
    ("3.3%", "3.2%", False),
    ("$56bn", "$56.4bn", True),              # the coarser covers the finer
    ("half a percentage point", "0.5 percentage point", True),  # a point inside an interval
    ("over 70", "85", True),
    ("4.75%–5%", "5%–5.25%", False),
])
def test_agreement_needs_more_than_an_edge(a: str, b: str, agree: bool) -> None:
    assert parse_figure(a).agrees(parse_figure(b)) is agree
    assert parse_figure(b).agrees(parse_figure(a)) is agree


@pytest.mark.parametrize("text, low, high", [
    ("about $1.25", 1.24, 1.26),        # one step of the last digit
    ("about 70", 66.5, 73.5),           # trailing zeros round to the ten, capped at 5 %
    ("about 2%", 1.9, 2.1),
    ("nearly $56 billion", 55 * B, 56 * B),
    ("about half", 0.475, 0.525),       # no stated digits: the cap
])
def test_hedge_width(text: str, low: float, high: float) -> None:
    q = parse_figure(text)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


def test_two_ranges_agree_only_when_both_ends_do() -> None:
    assert parse_figure("5%–5.25%").gap(parse_figure("4.75%-5%")) > 0
    assert parse_figure("4.75%–5%").gap(parse_figure("4.75 to 5 percent")) == 0
    assert parse_figure("4.9%").gap(parse_figure("4.75%-5%")) == 0


@pytest.mark.parametrize("text, problem", [
    ("", "empty"),
    ("   ", "empty"),
    ("soon", "no number in it"),
    ("a lot", "no number"),
    ("$", "no number"),
    ("5% or 6%", "two numbers"),
    ("$5 billion to 3%", "mixes USD and %"),
    ("9" * 400, "longer than 200 characters"),
    ("nan", "not a finite number"),
    (".inf", "not a finite number"),
    ("NaN billion", "not a finite number"),
    ("$1e400", "out of range"),
    ("1e999", "out of range"),
    ("1/2", "a slash"),
    ("1,2,3", "more than one number"),  # not 123: commas group thousands in threes
    ("4%-3%", "runs backwards"),
])
def test_unreadable_values_raise(text: str, problem: str) -> None:
    with pytest.raises(FigureError, match=problem):
        parse_figure(text)


@pytest.mark.parametrize("text, shown", [
    ("$56bn", "55.5–56.5 billion USD"),
    ("over 70", "at least 70"),
    ("up to $5 billion", "up to 5 billion USD"),
    ("half a percentage point", "0.5 pp"),
])
def test_format_interval(text: str, shown: str) -> None:
    assert format_interval(parse_figure(text)) == shown
