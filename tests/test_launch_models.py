"""Drafted launch articles with several models (issue 14): the model and the market a figure is of, spec spans of time,
the count of launched things, the page's owner line.

Launch coverage names several sibling models and gives specs and prices per model and per market; a drafted metric
name that drops the model ("Slate 10 price" for the Slate 11's UK price, read from "the Slate 10 it replaces") or the
market ("in Britain" for a euro price paid "in Germany") compares siblings' or markets' figures with each other.
Every case below was written, with its expected reading, before the tool was run on it (launchart, 2026-11-23), in
other domains than the released sets' launches where the class allows; tests/articles/models-{ev,console,chip} are
three invented launch pairs whose labels.yaml were written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from summitcheck.check import check_files
from summitcheck.extract import draft_claims
from summitcheck.extract.worthiness import _worthy_figures

ARTICLES = Path(__file__).parent / "articles"


def metrics(text: str, role: str = "preview") -> dict[str, str]:
    """Each drafted figure's value text → its metric name."""
    draft = draft_claims(f"GADGET DESK\n\nWhat to expect\n\n{text}\n", role, role)
    return {f.quantity.text: f.metric for c in draft.document.claims for f in c.figures}


@pytest.mark.parametrize("text, value, metric", [
    # the model the sentence before is about, not the one it compares with; the market at the head of the sentence
    ("The Slate 11 is tipped to start at $549 in the US, the same as the Slate 10 it replaces. In the UK, the listing "
     "pointed to a starting price of £499, with €579 in Germany.", "£499", "Slate 11 price in the UK"),
    ("The Slate 11 is tipped to start at $549 in the US, the same as the Slate 10 it replaces. In the UK, the listing "
     "pointed to a starting price of £499, with €579 in Germany.", "€579", "Slate 11 price in Germany"),
    # the market of the figure's own clause, not the sentence's first one
    pytest.param("The picture is less rosy in Britain, where the Kettle 5 costs £129, while buyers in Germany will pay "
                 "149 euros.", "149 euros", "Kettle 5 price in Germany", marks=pytest.mark.xfail(strict=True, reason=(
                     "the 'while' clause is drafted as a claim of its own ('Buyers in Germany will pay 149 euros'): "
                     "'pay' is no price verb and the piece names no model, so the metric is 'pay'"))),
    # a short form the article defines ("the Max models" of "N5 Max")
    pytest.param("Ardent will show the N5 and the N5 Max. Laptops with the N5 are tipped to start at $899 in the US, "
                 "with the Max models at $1,599 and up.", "$1,599", "N5 Max price", marks=pytest.mark.xfail(
                     strict=True, reason="the 'with' piece is a claim of its own without the head's price verb: "
                     "named 'N5 Max models' (the model is right, the measure is not said)")),
    # the sentence's head names what is priced, not the model it is compared with later
    pytest.param("In Britain the Rover 3 costs £1,749, up from £1,699 for the Rover 2, while buyers in Spain will pay "
                 "1,999 euros.", "1,999 euros", "Rover 3 price in Spain", marks=pytest.mark.xfail(strict=True, reason=(
                     "as the Kettle 5 case: the 'while' piece is drafted alone and 'pay' is no price verb"))),
])
def test_a_price_is_of_its_model_and_market(text: str, value: str, metric: str) -> None:
    assert metrics(text).get(value) == metric


def test_an_accessory_for_a_model_is_not_the_model_s_price() -> None:
    text = ("Lumio is also said to bundle its pen with the Slate 13 Pro. A new Keyboard Folio for the Pro is expected "
            "to cost $199.")
    assert "Pro" not in metrics(text).get("$199", "")


@pytest.mark.xfail(strict=True, reason="naming a spec by the model its clause names (_of_model) was built and measured: no "
                   "verdict gained on 11 released sets and one lost on the blind gate set, so it was dropped before merging")
def test_a_spec_names_the_model_its_clause_is_about() -> None:
    text = ("Lumio rates the Slate 11 at up to 11 hours of video playback, while the bigger battery in the Slate 13 Pro "
            "is rated at 12 hours.")
    found = metrics(text, "report")
    assert found["up to 11 hours"].startswith("Slate 11")
    assert "Slate 13 Pro" in found["12 hours"]


@pytest.mark.xfail(strict=True, reason="naming a spec by the model its clause names (_of_model) was built and measured: no "
                   "verdict gained on 11 released sets and one lost on the blind gate set, so it was dropped before merging")
def test_a_short_form_in_a_spec_name_is_expanded() -> None:
    text = ("Lumio unveiled the Slate 11 and the Slate 13 Pro. The Slate 11 is rated at up to 11 hours, while the "
            "bigger battery in the Pro is rated at 12 hours.")
    assert "Slate 13 Pro" in metrics(text, "report")["12 hours"]


_SPEC_SPANS = pytest.mark.xfail(strict=True, reason="spec spans of time (_measured_span) were built and dropped before "
                                "merging: the gate set lost one article verdict with them and the listing's count in "
                                "(which one is not known)")


@pytest.mark.parametrize("sentence, kept", [
    # launch specs: how long a battery lasts or a charge takes
    pytest.param("Battery life for the Slate 11 is rated at up to 12 hours.", True, marks=_SPEC_SPANS),
    pytest.param("A rapid charge from 10% to 80% should take around 22 minutes.", True, marks=_SPEC_SPANS),
    pytest.param("The regular Watch 3 is said to manage around 48 hours between charges.", True, marks=_SPEC_SPANS),
    pytest.param("The headset lasts about two hours per charge.", True, marks=_SPEC_SPANS),
    # spans that say when or for how long something happens (central bank, budget, summit, markets)
    ("The bank is expected to keep rates on hold for almost two years.", False),
    ("A cut would mark the end of almost five years of relative currency weakness.", False),
    ("The leaders will meet for about three hours on Friday.", False),
    ("The measure will be phased in over five years.", False),
    ("The deal was signed two years ago.", False),
    ("Quotes are delayed at least 15 minutes.", False),
    ("Inflation has eased for four straight months.", False),
])
def test_a_span_of_time_is_a_figure_when_it_is_a_spec(sentence: str, kept: bool) -> None:
    spans = [f for f in _worthy_figures(sentence)
             if f.quantity.unit in {"hour", "minute", "day", "week", "month", "year"}]
    assert bool(spans) == kept


@pytest.mark.parametrize("text, count", [
    ("Lumio is expected to unveil three tablets at its October 8 event: the Slate Mini, the Slate 11 and the Slate 13 "
     "Pro.", "three tablets"),
    pytest.param("The carmaker is expected to launch two trims on Tuesday: the Vela Standard and the Vela Long Range.",
                 "two trims"),
])
@pytest.mark.xfail(strict=True, reason="a listing's count claim was built and dropped before merging: the gate set lost "
                   "one article verdict with it and the spec spans in (which one is not known)")
def test_a_listing_keeps_its_count(text: str, count: str) -> None:
    draft = draft_claims(f"GADGET DESK\n\nWhat to expect\n\n{text}\n", "preview", "p")
    counted = [c for c in draft.document.claims if any(f.quantity.text == count for f in c.figures)]
    listed = [c for c in draft.document.claims if not c.figures]
    assert len(counted) == 1 and len(listed) >= 2  # the count, and each thing listed


def test_the_page_s_owner_line_is_furniture() -> None:
    text = ("SILICON BEAT\nChips | PCs\n\nArdent unveils two chips\n\nArdent unveiled two laptop chips on Monday, the N5 "
            "and the N5 Max.\n\nSilicon Beat is part of Halden Media Group.\n")
    draft = draft_claims(text, "report", "r")
    assert not any("Halden" in (c.quote or "") for c in draft.document.claims)
    # another outlet's ownership is news
    news = draft_claims("WIRE\n\nDeal\n\nThe Daily Ledger is now part of Halden Media Group after a $40 million "
                        "deal, the company said on Monday.\n", "report", "r")
    assert any("Halden" in (c.quote or "") for c in news.document.claims)


# The labelled expectations of the three invented pairs the tool does not get yet (measured after labelling, each with
# why); every other label must hold.
_NOT_YET = {
    ("models-chip", "with the Max following in July"): "a 'with … following' piece is dropped as not check-worthy",
    ("models-console", "Kairo is expected to announce three editions of the Deck 2"): "'editions' / 'handhelds' differ",
    ("models-console", "The Deck 2 OLED is expected to cost $549 and up"): "$549 vs $549.99 (figconv's convention)",
    ("models-console", "The OLED edition's storage is expected to top out at 1TB"): "no report claim pairs",
    ("models-console", "Battery life on the Deck 2 is said to be up to 9 hours, up from 6 hours on the original."):
        "up to 9 vs up to 8 hours agree by the bound convention (figconv)",
    ("models-console", "The Deck 2 should go on sale on October 2"): "the report's 'goes on sale' is not drafted",
    ("models-ev", "Tarsen is expected to launch two Vela trims on Tuesday"): "'two trims' is no figure ('trim' a verb)",
    ("models-ev", "The Long Range, with an 88kWh battery, will likely go on sale first, with deliveries from June "
                  "according to two dealers."): "no report claim pairs",
    ("models-ev", "The Standard is expected to follow in September."): "no report claim pairs",
    ("models-ev", "with €41,500 in Germany"): "one claim holds the UK price (a conflict) and this one",
}
_LABELLED = [(case, e["sentence"], e["verdict"]) for case in ("models-chip", "models-console", "models-ev")
             for e in yaml.safe_load((ARTICLES / case / "labels.yaml").read_text(encoding="utf-8"))["expectations"]]


@pytest.mark.parametrize("case, sentence, verdict", [
    pytest.param(case, sentence, verdict, marks=pytest.mark.xfail(strict=True, reason=_NOT_YET[(case, sentence)]))
    if (case, sentence) in _NOT_YET else (case, sentence, verdict) for case, sentence, verdict in _LABELLED])
def test_launch_articles_get_the_editors_verdicts(case: str, sentence: str, verdict: str) -> None:
    result = check_files(ARTICLES / case / "preview.txt", ARTICLES / case / "report.txt")
    words = set(sentence.lower().split())
    covering = [e for e in result.expectations if sentence in (e.claim.quote or "")]
    assert covering, sentence
    got = max(covering, key=lambda e: len(words & set(e.claim.statement.lower().split())))
    assert got.verdict == verdict
