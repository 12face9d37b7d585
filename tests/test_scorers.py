"""The two scoring scripts (scripts/score_claims.py, scripts/score_articles.py) decide what counts as right on
the labelled sets; a scorer that counted a wrong match as right would hide every regression. These cases give
each a result written by hand and say what an editor counts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


claims = script("score_claims")
articles = script("score_articles")


def expectation(eid: str, verdict: str, match: str | None, quote: str = "") -> dict[str, Any]:
    return {"id": eid, "verdict": verdict, "statement": quote or eid, "reasons": ["r"],
            "quote": {"text": quote} if quote else None,
            "match": {"id": match, "statement": match, "quote": {"text": match}} if match else None}


def test_a_claim_expectation_is_right_only_with_the_editors_verdict_and_match(tmp_path: Path) -> None:
    (tmp_path / "verdicts.yaml").write_text(
        "expectations: {a: fulfilled, b: contradicted, c: absent, d: absent}\n"
        "matches: {a: r1, b: r2}\n"
        "discrepancies: [[b, r2]]\n"
        "notes: {d: 'false friend: another year'}\n", encoding="utf-8")
    result = {"expectations": [expectation("a", "fulfilled", "r1"), expectation("b", "contradicted", "r3"),
                               expectation("c", "absent", None), expectation("d", "fulfilled", "r4")],
              "discrepancies": [{"preview_claim": "b", "report_claim": "r3", "metric": "m"}]}
    scored = claims.score_case(tmp_path, result)
    assert [row["right"] for row in scored["rows"]] == [True, False, True, False]   # b: right verdict, wrong match
    assert [row["friend_paired"] for row in scored["rows"]] == [False, False, False, True]
    assert (scored["tp"], scored["fp"], scored["fn"]) == ([], [("b", "r3")], [("b", "r2")])


def test_an_article_expectation_is_found_by_its_words_and_judged_with_its_match(tmp_path: Path) -> None:
    (tmp_path / "labels.yaml").write_text("""
expectations:
  - {sentence: "The bank is expected to cut its rate to 4.25%", verdict: contradicted, report: "The bank held its rate at 4.50%"}
  - {sentence: "Officials will publish new forecasts", verdict: fulfilled, report: "New forecasts were published"}
  - {sentence: "The governor will speak on Friday", verdict: absent}
figure_conflicts:
  - {metric: policy rate, preview: "4.25%", report: "4.50%"}
  - {metric: growth, preview: "1.5%", report: "1.2%"}
not_claims: ["Sign up for our newsletter", "By Ana Ruiz"]
""", encoding="utf-8")
    result = {
        "expectations": [
            expectation("e1", "contradicted", "The bank held its rate at 4.50% on Thursday",
                        "The bank is expected to cut its rate to 4.25%, economists say."),
            expectation("e2", "fulfilled", "Officials spoke on Friday", "Officials will publish new forecasts."),
        ],
        "discrepancies": [
            {"metric": "policy rate", "preview_value": {"text": "4.25%"}, "report_value": {"text": "4.50%"}},
            {"metric": "inflation", "preview_value": {"text": "3%"}, "report_value": {"text": "2.8%"}},
        ],
    }
    scored = articles.score_pair(tmp_path, result, ["Sign up for our newsletter today", "The bank held its rate"])
    # e1 right; e2 has the editor's verdict with another report sentence; the third was never drafted
    assert [row["right"] for row in scored["rows"]] == [True, False, False]
    assert scored["rows"][2]["got"] == "not drafted"
    assert (scored["found"], scored["conflicts"]) == (1, 2)
    assert scored["spurious"] == ["'inflation': 3% vs 2.8%"]
    assert scored["furniture"] == ["Sign up for our newsletter"]


def test_a_conflict_written_in_words_is_found(tmp_path: Path) -> None:
    # a count an editor and the tool write in words is a number like any other: found, not spurious
    (tmp_path / "labels.yaml").write_text("""
figure_conflicts:
  - {metric: new partner countries, preview: "two new partner countries", report: "three new partner countries"}
  - {metric: leaders attending, preview: "more than 40", report: "Forty-two"}
""", encoding="utf-8")
    result = {"expectations": [], "discrepancies": [
        {"metric": "count of partner", "preview_value": {"text": "two"}, "report_value": {"text": "three"}},
        {"metric": "leaders", "preview_value": {"text": "more than 40"}, "report_value": {"text": "Forty-two"}},
        {"metric": "members", "preview_value": {"text": "ten"}, "report_value": {"text": "eight"}},
    ]}
    scored = articles.score_pair(tmp_path, result, [])
    assert (scored["found"], scored["conflicts"]) == (2, 2)
    assert scored["spurious"] == ["'members': ten vs eight"]


@pytest.mark.parametrize(("text", "values"), [
    ("4.50%", [4.5]), ("US$1,250 million", [1250.0]), ("Forty-two", [42.0]), ("twenty one", [21.0]),
    ("two to three", [2.0, 3.0]), ("someone", []), ("often", []), ("10 to twelve", [10.0, 12.0]),
])
def test_numbers_in_digits_and_words(text: str, values: list[float]) -> None:
    assert articles.numbers(text) == values


@pytest.mark.parametrize(("big", "small", "share"), [
    ("the rate rose to 4.5%", "rate rose", 1.0),
    ("the rate rose", "the rate the rate", 0.5),    # words are counted as often as written
    ("", "anything", 0.0),
])
def test_holds_counts_the_share_of_words(big: str, small: str, share: float) -> None:
    assert articles.holds(big, small) == share
