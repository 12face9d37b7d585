"""schema.org ClaimReview JSON-LD: one review per expectation, as fact-checkers publish them.

Each preview claim is a `Claim` that appeared in the preview article; the report
is cited as the evidence (with several reports, the standing verdict is rated and the
report it rests on is cited).  The rating scale (worst 1, best 4) comes from verdicts.py:

    4  Fulfilled                 the report says it happened
    3  Partly fulfilled          its parts got different verdicts
    2  Not in the report         the report does not mention it (absent)
    1  Contradicted by the report
"""

from __future__ import annotations

import datetime
from typing import Any, TextIO

from .. import verdicts
from ..model import Document
from ..verdict import CheckResult, Expectation
from . import PLAIN, RenderOptions, indented
from .explain import for_readers

RATINGS = {v.name: (v.rating, v.rating_name) for v in verdicts.ALL if v.rating is not None}
BEST, WORST = verdicts.BEST_RATING, verdicts.WORST_RATING
SHORT = 75  # Google's advice for claimReviewed: under 75 characters, so it does not wrap on a phone


def short(text: str, limit: int = SHORT) -> str:
    """text on one line and within limit characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:  # the cut falls inside a word: drop that word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;:.-–— ") + "…"


def anchor(claim_id: str) -> str:
    """The fragment naming an expectation on the published page (the HTML report uses the same)."""
    return f"expectation-{claim_id}"


def _organization(name: str | None, url: str | None = None) -> dict[str, Any] | None:
    if not name:
        return None
    return _drop_empty({"@type": "Organization", "name": name, "url": url})


def _article(doc: Document) -> dict[str, Any]:
    return _drop_empty({
        "@type": "NewsArticle", "headline": doc.title, "url": doc.url, "datePublished": doc.published,
        "publisher": _organization(doc.outlet),
    })


def _drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def _body(result: CheckResult, e: Expectation) -> str:
    """The review for readers: the explanation, then where the expectation and the outcome were read."""
    source = result.report_of(e.match.claim) if e.match is not None else result.report
    return " ".join([*for_readers(result, e), f"Expected in “{result.preview.title}”; checked against “{source.title}”."])


def review_of(result: CheckResult, e: Expectation, options: RenderOptions, date: str) -> dict[str, Any]:
    """The ClaimReview of one expectation."""
    value, name = RATINGS[e.verdict]
    url = f"{options.review_url}#{anchor(e.claim.id)}" if options.review_url else None
    return _drop_empty({
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": short(e.claim.statement),
        "datePublished": date,
        "author": _organization(options.reviewer, options.review_url),
        "reviewRating": {
            "@type": "Rating", "ratingValue": value, "bestRating": BEST, "worstRating": WORST,
            "alternateName": name, "ratingExplanation": " ".join(for_readers(result, e)),
        },
        "itemReviewed": _drop_empty({
            "@type": "Claim",
            "identifier": e.claim.id,
            "text": e.claim.quote or e.claim.statement,
            "author": _organization(result.preview.outlet),
            "datePublished": result.preview.published,
            "appearance": _article(result.preview),
        }),
        "citation": _article(result.report_of(e.match.claim) if e.match is not None else result.report),
        "reviewBody": _body(result, e),
    })


def to_graph(result: CheckResult, options: RenderOptions, date: str | None = None) -> dict[str, Any]:
    """The JSON-LD document: one ClaimReview per expectation, dated today unless date is given."""
    date = date or datetime.date.today().isoformat()  # noqa: DTZ011 - the newsroom's own date, as on its page
    return {"@context": "https://schema.org",
            "@graph": [review_of(result, e, options, date) for e in result.expectations]}


def render(result: CheckResult, out: TextIO, options: RenderOptions = PLAIN) -> None:
    out.write(indented.dumps(to_graph(result, options)) + "\n")
