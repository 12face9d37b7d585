"""Pairing's decision under the threshold, fitted on the released hand-labelled cases (issue 13).

The shipped parameters (data/pairing-gate.tsv) must be what scripts/fit_pairing.py fits on
tests/labelled; the cases below are invented (other events, names and places than any evaluation
set), and each verdict was written down, as an editor would give it, before the tool was run
(pairfit, 2026-11-22).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from summitcheck import Claim, Document, decide, pairing
from summitcheck.figures import parse_figure
from summitcheck.model import Figure

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_pairing", ROOT / "scripts" / "fit_pairing.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_parameters_are_what_the_script_fits_on_the_labelled_cases() -> None:
    fit = _script()
    shipped = pairing.GATE.read_text(encoding="utf-8")
    header = dict(line[2:].split(": ", 1) for line in shipped.splitlines() if line.startswith("# ") and ": " in line)
    data = fit.rows(fit.cases())
    assert fit.table(data, fit.fit(data), header["fitted"]) == shipped
    # every labelled set is in the fit, and the parameters are the ones pairing reads
    assert header["sets"].startswith(", ".join(sorted(p.name for p in fit.LABELLED.iterdir() if p.is_dir())))
    assert len(pairing.gate_weights()) == len(pairing.GATE_PARAMETERS)


def test_the_fit_leaves_a_route_closed_that_no_label_needs() -> None:
    fit = _script()
    # rows: (set, case, expectation, (under, lead, level, figures told apart), label); none shares a word of
    # what happened
    rows = [("a", "c", "x", (-0.5, 3.2, pairing.PARTICULAR, 0.0), 1),
            ("a", "c", "w", (-0.4, 3.0, pairing.PARTICULAR, 0.0), 1),
            ("a", "c", "y", (-0.5, 0.1, pairing.PARTICULAR, 0.0), 0), ("a", "c", "z", (-0.5, 0.5, 1.0, 0.0), 0)]
    _, lead, weak, particular, nothing, apart = fit.fit(rows)
    assert weak == nothing == apart == 99.0  # no row of these levels, none told apart: never
    assert 0.1 < particular <= 3.0  # between the pair made up and the ones the editor made
    assert lead > 0.5  # the one told row the editor left absent: over its lead
    # one row alone opens no route (MIN_GAIN): a single pair is no evidence
    assert fit.fit([r for r in rows if r[2] != "w"])[3] == 99.0


def test_figures_told_apart_need_their_own_lead() -> None:
    fit = _script()
    # two pairs the editor made and one made up, all sharing a word of what happened with a clear lead; the
    # made-up one's figures are told apart: the level's lead stays open, the figures' lead shuts it out
    rows = [("a", "c", "x", (-0.5, 3.2, 1.0, 0.0), 1), ("a", "c", "w", (-0.4, 3.0, 1.0, 0.0), 1),
            ("a", "c", "y", (-0.3, 3.4, 1.0, 1.0), 0)]
    weights = fit.fit(rows)
    assert weights[1] <= 3.0 and weights[-1] > 3.4
    assert not pairing.answers((-0.3, 3.4, 1.0, 1.0), weights) and pairing.answers((-0.3, 3.4, 1.0, 0.0), weights)
    # told apart, but the editor made those pairs: the figures' lead lets them through
    made = [("a", "c", "x", (-0.5, 3.2, 1.0, 1.0), 1), ("a", "c", "w", (-0.4, 3.0, 1.0, 1.0), 1),
            ("a", "c", "y", (-0.3, 0.0, 1.0, 0.0), 0)]
    assert fit.fit(made)[-1] <= 3.0


def doc(role: str, *claims: Claim) -> Document:
    return Document(id=role, role=role, title=role, claims=claims)


def claim(cid: str, statement: str, topic: str | None = None, figures: tuple[Figure, ...] = ()) -> Claim:
    return Claim(id=cid, statement=statement, topic=topic, figures=figures)


def verdicts(preview: Document, report: Document) -> dict[str, tuple[str, str | None]]:
    return {e.claim.id: (e.verdict, e.match.claim.id if e.match else None) for e in decide(preview, report).expectations}


# A paraphrase that shares no word of what happened, only what the claim is about (a figure, the name
# of a thing), scores under the threshold in a sentence that says more; when no other claim comes near
# it, it answers, and the reason shows what it shares.

_OTHER_PREVIEW = (claim("ceo", "Chief executive Mara Lind is expected to announce a new factory in Poland", "company"),
                  claim("dividend", "The board will raise the dividend to 40 cents", "dividend"),
                  claim("guidance", "Full-year sales guidance is expected to be lowered", "outlook"))
_OTHER_REPORT = (claim("r-factory", "Lind said a site near Gdansk would open in 2028", "company"),
                 claim("r-dividend", "The dividend was raised to 40 cents a share", "dividend"),
                 claim("r-shares", "Shares closed 2% higher in Stockholm", "markets"),
                 claim("r-guidance", "The company cut its full-year sales forecast", "outlook"))


def test_launch_a_drive_and_its_storage_share_the_capacity() -> None:
    preview = doc("preview", claim("drive", "The Strato X tablet will come with a 256GB solid-state drive and "
                                            "a brighter display than last year's model, analysts say", "hardware",
                                   (Figure("drive capacity", parse_figure("256GB")),)), *_OTHER_PREVIEW)
    report = doc("report", claim("r-storage", "Every Strato X ships with 256GB of storage", "hardware",
                                 (Figure("storage", parse_figure("256GB")),)), *_OTHER_REPORT)
    result = decide(preview, report)
    got = {e.claim.id: e for e in result.expectations}
    assert (got["drive"].verdict, got["drive"].match and got["drive"].match.claim.id) == ("fulfilled", "r-storage")
    assert "256GB" in got["drive"].reasons[0]


_UNSCORED = ("pairing: the one name shared (Tallinn, Arden) weighs less than the recall a claim needs to be "
             "scored at all (pair_claims' min_recall cut), so the decision under the threshold never sees it")


@pytest.mark.xfail(strict=True, reason=_UNSCORED)
def test_summit_a_declaration_named_for_its_city() -> None:
    preview = doc("preview", claim("declaration", "Leaders meeting in Estonia are expected to sign the Tallinn "
                                                  "Declaration on protecting undersea cables", "security"),
                  *_OTHER_PREVIEW)
    report = doc("report", claim("r-tallinn", "The Tallinn text was adopted by all twelve delegations", "security"),
                 *_OTHER_REPORT)
    assert verdicts(preview, report)["declaration"] == ("fulfilled", "r-tallinn")


@pytest.mark.xfail(strict=True, reason=_UNSCORED)
def test_earnings_a_chip_by_its_name() -> None:
    preview = doc("preview", claim("chip", "The new laptops will run on Keswick's in-house Arden 4 processor, "
                                           "which it designed with a partner in Taiwan", "chips"),
                  *_OTHER_PREVIEW)
    report = doc("report", claim("r-arden", "Each model is powered by an Arden 4 chip", "chips"), *_OTHER_REPORT)
    assert verdicts(preview, report)["chip"] == ("fulfilled", "r-arden")


# Sharing only who is involved, a vague noun and the topic is no answer, however alone the claim is.
# (Under the threshold the decision never takes such a pair; these score over it.)
_OVER = ("pairing: a person named once in each article is no actor (fewer than three claims name him), so "
         "his name and the topic score over the threshold; not the decision under it")


@pytest.mark.xfail(strict=True, reason=_OVER)
def test_central_bank_only_the_governor_and_the_topic() -> None:
    preview = doc("preview",
                  claim("jobs", "Governor Ines Varga will stress the jobs that small companies have created", "labour"),
                  claim("rate", "The bank will hold its policy rate at 4%", "rates"), *_OTHER_PREVIEW)
    report = doc("report",
                 claim("r-speech", "Varga opened the bank's new regional office in Debrecen", "labour"),
                 claim("r-rate", "The policy rate was left at 4%", "rates"), *_OTHER_REPORT)
    assert verdicts(preview, report)["jobs"] == ("absent", None)


@pytest.mark.xfail(strict=True, reason=_OVER)
def test_budget_only_the_minister_and_the_topic() -> None:
    preview = doc("preview",
                  claim("pensions", "Finance Minister Rui Tavares will promise higher pensions for farmers", "welfare"),
                  claim("deficit", "The deficit is forecast to narrow to 2.8% of GDP", "deficit"), *_OTHER_PREVIEW)
    report = doc("report",
                 claim("r-visit", "Tavares visited a dairy cooperative in the Alentejo", "welfare"),
                 claim("r-deficit", "The deficit narrowed to 2.8% of GDP", "deficit"), *_OTHER_REPORT)
    assert verdicts(preview, report)["pensions"] == ("absent", None)
