"""A figure's own sentence as the second witness of what it measures (context.py, discrepancy._context_links).

Every expectation here was written down before the tool was run; the wording is invented, in domains other than
the sets the rules were studied on (a port authority, a brewer, a national statistics office, a phone maker, a
water utility).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summitcheck import discrepancy
from summitcheck.check import load_document
from summitcheck.context import read_context
from summitcheck.pairing import claims_lexicon

from helpers import checked_articles


# (sentence, value, segment words it must hold, period words, base, baseline, stands, to_date) — labelled first.
@pytest.mark.parametrize("sentence, value, holds, period, base, baseline, stands, to_date", [
    # a list's later value is described by the list's first words, its period by its own
    ("The office now sees unemployment of 5.1% in 2026, 5.4% in 2027 and 5.2% in 2028.", "5.4%",
     {"unemployment"}, {"2027"}, None, False, "level", False),
    # a label before a colon
    ("Key numbers: Q2 shipments: 41 million units", "41 million units", {"shipments"}, {"q2"}, None, False, "level",
     False),
    # a predicate's subject opens the sentence, past an appositive
    ("Water loss in the northern grid, a figure regulators watch closely, is forecast at 18.5%.", "18.5%",
     {"water", "loss"}, set(), None, False, "level", False),
    # a share of a thing, and where a change started
    ("The port's debt is projected to reach 61% of revenue in 2027, up from 58% this year.", "61%",
     {"debt"}, {"2027"}, "revenue", False, "level", False),
    ("The port's debt is projected to reach 61% of revenue in 2027, up from 58% this year.", "58%",
     set(), {"2026"}, None, True, "level", False),
    # a move's size, a gap between two other figures, a period not over yet
    ("Beer volumes shrank 3.2% in the third quarter.", "3.2%", {"beer", "volumes"}, {"q3"}, None, False, "move",
     False),
    ("The handset costs $120 more than its predecessor did at launch.", "$120", {"handset"}, set(), None, False,
     "difference", False),
    ("The rand has gained about 4% so far this year.", "about 4%", {"rand"}, {"2026"}, None, False, "move", True),
    # a range from one value to another is no baseline
    ("Tariffs ranging from 4.5% to 12% were confirmed.", "4.5% to 12%", {"tariffs"}, set(), None, False, "level",
     False),
])
def test_a_figures_sentence_says_what_it_measures(sentence: str, value: str, holds: set[str], period: set[str],
                                                  base: str | None, baseline: bool, stands: str,
                                                  to_date: bool) -> None:
    context = read_context(sentence, value, "2026-05-04")
    assert context is not None
    assert holds <= set(context.segment.lower().replace("'s", "").split()), context.segment
    assert context.period.years | context.period.periods == period
    assert (context.base, context.baseline, context.stands, context.to_date) == (base, baseline, stands, to_date)


def test_what_someone_asks_for_is_a_demand() -> None:
    context = read_context("Unions said they would press for a 7% pay rise for nurses.", "7%")
    assert context is not None and context.demand
    context = read_context("Nurses are expected to get a 4% pay rise.", "4%")
    assert context is not None and not context.demand


def test_a_value_the_sentence_does_not_hold_has_no_context() -> None:
    assert read_context("Revenue rose to $4 billion.", "$5 billion") is None


# Raw article pairs: (preview, report, the conflicts an editor would list) — labelled before running.
@pytest.mark.parametrize("preview, report, conflicts", [
    # one measure worded differently, neighbouring values: a budget's debt ratio and deficit ratio (both "of GDP";
    # the debt ratio must not meet the deficit ratio)
    ("The Treasury is expected to say that public debt will fall to 71.4% of GDP in 2027. "
     "It will also set a deficit goal of 2.9% of GDP for 2027.",
     "The Treasury said the deficit for 2027 would come in at 2.6% of GDP. "
     "Public debt is now projected to ease to 71.9% of GDP at the end of 2027.",
     [("71.4%", "71.9%"), ("2.9%", "2.6%")]),
    # a statistics office's list of projections: the later years are the list's too
    ("The statistics office is expected to project unemployment of 5.1% in 2026 and 5.4% in 2027.",
     "The statistics office now projects an unemployment rate of 5.1% in 2026, 5.6% in 2027 and 5.3% in 2028.",
     [("5.4%", "5.6%")]),
    # a brewer's label before a colon, and the same measure in prose ('fell to 13.8' has a word of change in its
    # segment: no link by the sentences, but the pair's one figure in hectolitres of each answers the label's)
    ("Brewer Halsted is expected to report a weaker quarter on Thursday, analysts said.\n\n"
     "Key figures to watch: Q2 beer volumes: 14.2 million hectolitres.",
     "Halsted said second-quarter beer volumes fell to 13.8 million hectolitres, hurt by a wet June.",
     [("14.2 million hectolitres", "13.8 million hectolitres")]),
])
def test_one_measure_worded_differently_is_compared(tmp_path: Path, preview: str, report: str,
                                                    conflicts: list[tuple[str, str]]) -> None:
    found = checked_articles(tmp_path, preview, report)[1]
    for p, r in conflicts:
        assert any(p in a and r in b for a, b in found), (p, r, found)
    assert len(found) == len(conflicts), found


@pytest.mark.parametrize("preview, report", [
    # a spec list giving each model's value: the agreeing one answers the preview's figure
    ("The Pixa 9 Pro is expected to get a brighter screen with a peak brightness of 2,400 nits.",
     "The phones went on sale on Friday, the company said.\n\n"
     "Peak brightness: up to 1,800 nits (Pixa 9); up to 2,400 nits (Pro)."),
    # a currency's move so far this year is not a full-year forecast
    ("The rand has gained about 4% so far this year. The bank's own growth forecast for 2026 is 1.1%.",
     "The bank expects growth of 1.1% in 2026, it said on Thursday."),
    # what a lobby pushes for is its demand, not the outcome the preview expected
    ("The water regulator is expected to allow household bills to rise by an average of 6% next year.",
     "The regulator set its price review on Tuesday. Consumer groups said they would push for a rise of no more "
     "than 3% in household bills next year."),
    # a gap between two prices follows from the prices: the prices' conflict is the one to report, not the gap's
    ("The handset should cost $799. That is $100 more than its predecessor cost at launch.",
     "The handset costs $849, which is $150 more than its predecessor cost at launch."),
])
def test_no_conflict_where_the_sentences_tell_two_measures_or_an_agreeing_figure(
        tmp_path: Path, preview: str, report: str) -> None:
    found = checked_articles(tmp_path, preview, report)[1]
    assert all(("100" not in a and "4%" not in a and "2,400" not in a and "6%" not in a) for a, _ in found), found


def _alike_index(tmp_path: Path, n: int) -> discrepancy.FigureIndex:
    """Two articles of n sentences alike but for the division's name and the value (as bench.py's (g))."""
    names = [a + b for a in "Bal Cor Dun Fen Gar Hol Jin Kel Lor Mar Nor Pel".split() for b in ("ex", "ia", "ot")]
    preview, report = ["Analysts set out what they expect."], ["The figures are out."]
    for k in range(n):
        value = 10 + k * 1.5
        preview.append(f"Revenue at the {names[k]} division is expected to rise to {value:.1f}% of sales in 2026.")
        report.append(f"Revenue at the {names[k]} division rose to {value + 3 * (k % 3 == 0):.1f}% of sales in 2026.")
    docs = []
    for role, text in (("preview", preview), ("report", report)):
        (tmp_path / f"{role}.txt").write_text("\n\n".join(text) + "\n", encoding="utf-8")
        docs.append(load_document(tmp_path / f"{role}.txt", role))
    return discrepancy.FigureIndex(claims_lexicon([*docs[0].claims, *docs[1].claims]), docs[0].claims, docs[1].claims)


def test_cutting_a_common_words_posting_list_never_adds_a_link(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # Every sentence shares "revenue", "division", "sales" with every other: their posting lists are cut to the
    # nearest figures, and the cut may only refuse a link the whole weighing makes, never add or move one.
    whole = _alike_index(tmp_path, 24)._context_links()
    monkeypatch.setattr(discrepancy, "CONTEXT_CANDIDATES", 4)
    index = _alike_index(tmp_path, 24)
    cut = index._context_links()
    assert cut and set(cut) <= set(whole), (cut, whole)
    assert all(len(index._scored[p]) < 24 for p in index._scored)  # the cut did cut
