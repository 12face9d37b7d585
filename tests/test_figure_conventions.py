"""When two stated values agree: the conventions docs/comparison.md fixes, measured against the editors' labels on
every released set (/work/notes/figconv.md).  Each row was labelled as an editor would before the tool was run."""

from __future__ import annotations

import pytest

from summitcheck.figures import parse_figure

LEFT = ("labelled before running; a rounding convention tried and left (docs/comparison.md, 'Measured against the "
        "labels'): the finer value strictly inside the coarser's interval with a wider cap fixed two labelled pairs "
        "but made holdout6's 'towards 4%' / '4.1%' a spurious conflict")


# Rounding conventions as they stand: the coarser covers the finer when their intervals share more than an edge,
# the half step capped at ROUNDING_CAP (2 %).  The rows marked LEFT are an editor's reading the convention does not
# give, kept as strict xfails so a change that gives them is seen.
@pytest.mark.parametrize("a, b, agree", [
    pytest.param("34.5%", "35%", False, marks=pytest.mark.xfail(strict=True, reason=LEFT)),  # a policy rate
    ("$15 billion", "$15.5 billion", False),  # earnings guidance: half a billion more
    pytest.param("$56 billion", "$56.5 billion", False, marks=pytest.mark.xfail(strict=True, reason=LEFT)),
    ("$12 billion", "$12.5 billion", False),
    ("15%", "15.5%", False),                 # a tax rate (holdout3)
    ("$56bn", "$56.4bn", True),              # DESIGN.md: the coarser covers the finer
    ("€3.4bn", "€3.42 billion", True),
    ("42%", "42.1%", True),
    ("$35bn", "$35.4 billion", True),
    ("4%", "4.1%", True),                    # inflation moving back towards 4% (holdout6)
    ("$56 billion", "$57 billion", False),   # DESIGN.md: same precision, another last digit
    ("3.3%", "3.2%", False),                 # DESIGN.md
    pytest.param("$1.2tn", "$1.17 trillion", True, marks=pytest.mark.xfail(strict=True, reason=LEFT)),  # holdout7
    pytest.param("€5 billion", "€4.85 billion", True, marks=pytest.mark.xfail(strict=True, reason=LEFT)),
    pytest.param("2 million barrels a day", "1.95 million barrels a day", True,
                 marks=pytest.mark.xfail(strict=True, reason=LEFT)),
    ("$10 billion", "$10.2 billion", True),
    ("1 million homes", "1.02 million homes", True),
    ("$10 billion", "$10.5 billion", False),  # a half is not covered
    ("$9 billion", "$8.5 billion", False),    # eval2's label: 5.6 % apart
    ("$9bn", "$8.7bn", False),                # an earnings miss, 3.3 %
    ("€5 billion", "€4.6 billion", False),
    ("$2 trillion", "$2.2 trillion", False),
    ("€1.6 billion", "€1.5 billion", False),
    ("2%", "1.9%", False),                    # inflation
    ("2%", "2.1%", False),
    ("$1.3", "$1.25", False),                 # per share
])
def test_the_coarser_covers_the_finer(a: str, b: str, agree: bool) -> None:
    assert parse_figure(a).agrees(parse_figure(b)) is agree
    assert parse_figure(b).agrees(parse_figure(a)) is agree


# Two bounds of one direction state their bounds, as two ranges state their ends: "up to 12 hours" of battery life
# and "up to 11 hours" are two claims of the most it lasts (holdout8), "over five years" and "over seven years" two
# phase-in periods (holdout3), though each interval holds the other.  Their bound values are compared as rounded
# values; a bound against a value or a range is read as before.
_OPEN = pytest.mark.xfail(strict=True, reason="DESIGN.md: 'over'/'up to' open a figure's interval, and figures agree when "
                          "their intervals overlap; a bound-against-bound rule gave 'more than 120,000 marched' as a "
                          "discrepancy against 'more than 100,000 expected' (review, tests/test_review_s10_fixes.py) "
                          "and was taken out")


@pytest.mark.parametrize("a, b, agree", [
    pytest.param("up to 12 hours", "up to 11 hours", False, marks=_OPEN),          # launch: battery life
    pytest.param("over five years", "over seven years", False, marks=_OPEN),       # summit: a phase-in period
    pytest.param("more than 70 agreements", "more than 80 agreements", False, marks=_OPEN),
    pytest.param("at least €40bn", "at least €45bn", False, marks=_OPEN),          # budget: a floor for defence
    pytest.param("below 2%", "under 2.5%", False, marks=_OPEN),                    # central bank: an inflation ceiling
    ("up to five days", "up to 120 hours", True),         # the same bound in two units
    ("below 1 million barrels a day", "under 1 mb/d", True),
    ("up to $5 billion", "as much as $5bn", True),
    ("over 5%", "above 5%", True),
    ("over 70", "85", True),                              # a bound holds a value
    ("up to 36 hours", "36 hours", True),
    ("at least €40bn", "€35 billion", False),
])
def test_two_bounds_of_one_direction_compare_their_bounds(a: str, b: str, agree: bool) -> None:
    assert parse_figure(a).agrees(parse_figure(b)) is agree
    assert parse_figure(b).agrees(parse_figure(a)) is agree
