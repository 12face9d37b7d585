"""The JSON document (schema_version 1): the contract tools and scripts rely on."""

from __future__ import annotations

import math
from typing import Any, TextIO

from ..figures import Quantity
from ..model import Claim, Document
from ..verdict import CheckResult, Expectation, Match, Overruling
from . import PLAIN, RenderOptions, indented

SCHEMA_VERSION = 1


def to_document(result: CheckResult) -> dict[str, Any]:
    """The result as plain data; unbounded interval ends ("over 70") are null."""
    several = bool(result.reports)
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "preview": _document(result.preview),
        "report": _document(result.report),
    }
    if several:  # additive: every report in order; "report" stays the latest
        doc["reports"] = [_document(r) for r in result.reports]
    return doc | {
        "expectations": [_expectation(result, e) for e in result.expectations],
        "unanticipated": [
            {"id": c.id, "statement": c.statement, "topic": c.topic, "quote": _quote(result, "report", c)}
            | _source(result, c)
            for c in result.unanticipated
        ],
        "discrepancies": [
            {
                "metric": d.metric,
                "preview_claim": d.preview_claim.id,
                "report_claim": d.report_claim.id,
                "preview_value": figure_data(d.link.preview.quantity, d.link.preview.baseline),
                "report_value": figure_data(d.link.report.quantity, d.link.report.baseline),
                "difference_pct": d.difference_pct,
            } | _source(result, d.report_claim)
            for d in result.discrepancies
        ],
        "summary": dict(result.summary),
        "summary_by_topic": [{"topic": topic, **counts} for topic, counts in result.by_topic.items()],
        "review": result.review,
    } | _uncompared(result) | _unread(result)


def _uncompared(result: CheckResult) -> dict[str, Any]:
    """Additive, when an article's claims were drafted: how many figures met none of the other article's, and why."""
    u = result.uncompared
    if u is None:
        return {}
    return {"figures_uncompared": {"count": u.count, "of": u.total,
                                   "reasons": [{"reason": why, "count": n} for why, n in u.reasons]}}


def _unread(result: CheckResult) -> dict[str, Any]:
    """Additive, when a claim file gives a figure value the reader could not read: each such figure,
    left out of comparison (the expectation's reasons say so too)."""
    found = [{"file": doc.path, "line": u.line, "claim": claim.id, "metric": u.metric, "field": u.field,
              "text": u.written, "problem": u.problem}
             for doc in (result.preview, *(result.reports or (result.report,))) for claim, u in doc.unread]
    return {"figures_unread": found} if found else {}


def _expectation(result: CheckResult, e: Expectation) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": e.claim.id,
        "statement": e.claim.statement,
        "topic": e.claim.topic,
        "verdict": e.verdict,
        "quote": _quote(result, "preview", e.claim),
        "match": None if e.match is None else {
            "id": e.match.claim.id, "statement": e.match.claim.statement, "score": e.match.score,
            "via": e.match.via, "quote": _quote(result, "report", e.match.claim),
        } | _source(result, e.match.claim),
        "reasons": list(e.reasons),
        "override": _override(e.override),
    }
    if e.parts:
        data["parts"] = [{"id": p.claim.id, "statement": p.claim.statement, "verdict": p.verdict,
                          "match": _brief(p.match), "reasons": list(p.reasons)} for p in e.parts]
    if e.history:
        data["history"] = [{"report": s.report.id, "verdict": s.expectation.verdict,
                            "match": _brief(s.expectation.match), "standing": s.standing} for s in e.history]
    return data


def _brief(match: Match | None) -> dict[str, Any] | None:
    return None if match is None else {"id": match.claim.id, "statement": match.claim.statement,
                                       "score": match.score}


def _source(result: CheckResult, claim: Claim) -> dict[str, Any]:
    """{"report": id} of the report a report claim comes from, when there are several."""
    return {"report": result.report_of(claim).id} if result.reports else {}


def _override(o: Overruling | None) -> dict[str, Any] | None:
    """Who overrode the verdict, why, and what the machine had said."""
    if o is None:
        return None
    return {"by": o.by, "note": o.note, "verdict_before": o.verdict_before, "match_before": o.match_before}


def quantity_data(q: Quantity) -> dict[str, Any]:
    """A figure as written and as read."""
    return {"text": q.text, "low": _bound(q.low), "high": _bound(q.high), "unit": q.unit}


def figure_data(q: Quantity, baseline: Quantity | None) -> dict[str, Any]:
    """A figure's value as written and as read, with the value it changed from (`from`, or null)."""
    return {**quantity_data(q), "from": None if baseline is None else quantity_data(baseline)}


def _quote(result: CheckResult, role: str, claim: Claim) -> dict[str, Any] | None:
    """The claim's quote and the article line it stands on (null when not found or no article)."""
    if not claim.quote:
        return None
    where = result.quote_of(role, claim)
    return {
        "text": claim.quote,
        "found": None if where is None else where.found,
        "line": where.line if where is not None and where.found else None,
    }


def _bound(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _document(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "role": doc.role, "title": doc.title, "outlet": doc.outlet,
        "published": doc.published, "url": doc.url, "path": doc.path, "text": doc.text,
        "claims": len(doc.claims),
    }


def render(result: CheckResult, out: TextIO, _options: RenderOptions = PLAIN) -> None:
    # One write: json.dump would make one call per token, a quarter of a large check's time.
    out.write(indented.dumps(to_document(result)) + "\n")
