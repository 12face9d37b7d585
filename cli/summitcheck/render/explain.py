"""Explanations for readers: what the report says and how that answers the expectation, in plain
sentences, for the formats a public reads (the HTML page, ClaimReview).

The reasons of an Expectation are written for editors (scores, shared terms, intervals) and
stay in JSON and the table; these sentences say the same verdict without the machinery.  The
kind of a contradiction is read from the first word of its reason, as verdict.py writes it.
"""

from __future__ import annotations

from .. import verdicts
from ..discrepancy import Discrepancy
from ..verdict import CheckResult, Expectation


def said(text: str) -> str:
    """Words quoted for a reader: on one line, in curly quotes."""
    return f"“{' '.join(text.split()).rstrip('.')}”"  # the sentence around it gives the full stop


def _report_words(e: Expectation) -> str:
    assert e.match is not None
    return said(e.match.claim.quote or e.match.claim.statement)


def _expected(e: Expectation) -> str:
    return said(e.claim.statement)


def _discrepancy(result: CheckResult, e: Expectation) -> Discrepancy | None:
    if e.match is None:
        return None
    return next((d for d in result.discrepancies
                 if d.preview_claim.id == e.claim.id and d.report_claim is e.match.claim), None)


def _contradiction(result: CheckResult, e: Expectation) -> str:
    report = _report_words(e)
    kinds = [r.split(":", 1)[0] for r in e.reasons]
    d = _discrepancy(result, e)
    if "figure differs" in kinds and d is not None:
        return (f"The report says {report}, which contradicts the expected {_expected(e)}: it gives "
                f"{d.link.report.quantity.text} for {d.metric}, not {d.link.preview.quantity.text}.")
    if "opposite polarity" in kinds:
        return f"The report says {report}, which contradicts the expected {_expected(e)}: one says it happens, the other that it does not."
    if "opposite direction" in kinds:
        return f"The report says {report}, which contradicts the expected {_expected(e)}: they point in opposite directions."
    return f"The report says {report}, which contradicts the expected {_expected(e)}."


def _parts(e: Expectation) -> str:
    done = [p for p in e.parts if p.verdict == verdicts.FULFILLED.name]
    rest = [p for p in e.parts if p.verdict != verdicts.FULFILLED.name]

    def listed(parts: list[Expectation]) -> str:
        return "; ".join(f"{said(p.claim.statement)} ({verdicts.verdict(p.verdict).label})" for p in parts)

    if not done:
        return f"None of its parts came about as expected: {listed(rest)}."
    return f"Only part of it came about. As expected: {listed(done)}. Not as expected: {listed(rest)}."


def for_readers(result: CheckResult, e: Expectation) -> list[str]:
    """The verdict in sentences for a public reader, first the one that decides it."""
    sentences = []
    if e.override is not None:
        label = verdicts.verdict(e.verdict).label
        sentences.append(f"{e.override.by} judged it {label}: {e.override.note.rstrip('.')}.")
    name = e.verdict
    if name == verdicts.PARTIAL.name and e.parts:
        sentences.append(_parts(e))
    elif e.match is None:
        several = len(result.reports) > 1
        sentences.append("None of the reports mentions this." if several else "The report does not mention this.")
    elif name == verdicts.CONTRADICTED.name:
        sentences.append(_contradiction(result, e))
    else:
        sentences.append(f"The report says {_report_words(e)}, as the preview expected.")
        agreeing = [r for r in e.reasons if r.startswith("figure agrees")]
        if agreeing:
            sentences.append("Its figures agree with the preview's.")
    return sentences
