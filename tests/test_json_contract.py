"""The JSON document is a public contract: its keys are pinned here, and the seed's whole output is golden."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEED_CASE, TEST_CASES
from summitcheck import check_case
from summitcheck.render.json_format import to_document

GOLDEN = Path(__file__).parent / "golden"


def test_keys_are_the_contract() -> None:
    doc = to_document(check_case(SEED_CASE))
    assert list(doc) == ["schema_version", "preview", "report", "expectations", "unanticipated",
                         "discrepancies", "summary", "summary_by_topic", "review"]
    assert doc["schema_version"] == 1
    for e in doc["expectations"]:
        assert set(e) == {"id", "statement", "topic", "verdict", "quote", "match", "reasons", "override"}
        assert e["match"] is None or set(e["match"]) == {"id", "statement", "score", "via", "quote"}
        for quote in (e["quote"], e["match"] and e["match"]["quote"]):
            assert quote is None or set(quote) == {"text", "found", "line"}
        assert isinstance(e["reasons"], list) and e["reasons"]
        assert e["override"] is None  # the seed has no review.yaml; see test_review for the override keys
    assert all(set(u) == {"id", "statement", "topic", "quote"} for u in doc["unanticipated"])
    for row in doc["summary_by_topic"]:
        assert list(row) == ["topic", "fulfilled", "partial", "contradicted", "absent", "unanticipated",
                             "discrepancies"]
    for key in ("fulfilled", "partial", "contradicted", "absent", "unanticipated", "discrepancies"):
        assert sum(row[key] for row in doc["summary_by_topic"]) == doc["summary"][key]
    assert doc["review"] is None
    (d,) = doc["discrepancies"]
    assert set(d) == {"metric", "preview_claim", "report_claim", "preview_value", "report_value", "difference_pct"}
    assert set(d["preview_value"]) == {"text", "low", "high", "unit"}
    assert d["preview_value"]["text"] == "approximately $56 billion" and d["report_value"]["unit"] == "USD"
    assert set(doc["preview"]) == {"id", "role", "title", "outlet", "published", "url", "path", "text", "claims"}
    assert set(doc["summary"]) == {"fulfilled", "partial", "contradicted", "absent", "unanticipated",
                                   "discrepancies"}


def _stable(doc: dict) -> dict:
    for side in ("preview", "report"):
        for key in ("path", "text"):
            doc[side][key] = doc[side][key] and Path(doc[side][key]).name
    doc["review"] = doc["review"] and Path(doc["review"]).name
    for report in doc.get("reports", []):  # absolute paths differ between checkouts
        report["path"] = report["path"] and Path(report["path"]).name
    return doc


def test_golden_outputs(update_golden: bool) -> None:
    for folder in [SEED_CASE, *TEST_CASES]:
        got = _stable(to_document(check_case(folder)))
        path = GOLDEN / f"{folder.name}.json"
        if update_golden:
            path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        assert got == json.loads(path.read_text(encoding="utf-8")), f"{path.name} changed; review, then --update-golden"
