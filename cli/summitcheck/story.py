"""A story over time: parts judged one by one, several reports folded into standing verdicts.

A layer over verdict.decide: each report is decided once against the preview with every
claim's parts added as expectations of their own, then the parts are folded back into
their claims and the reports into standing verdicts with a history.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .discrepancy import Discrepancy
from .errors import InputError
from .model import Claim, Document, Review
from .settings import DEFAULT_SETTINGS, Settings
from .verdict import CheckResult, Expectation, Step, decide, resolve_review, summarize
from .verdicts import ABSENT, PARTIAL
from .verdicts import verdict as verdict_of


def follow(preview: Document, reports: Sequence[Document], settings: Settings = DEFAULT_SETTINGS,
           review: Review | None = None) -> CheckResult:
    """Check the preview against each report in order and give each expectation its standing verdict.

    reports: in publication order (see order_reports).  With one report this is
    decide() with parts judged one by one; with several, each expectation carries its
    history and the result's report is the latest.
    """
    if not reports:
        raise InputError("no report to check the preview against")
    expanded = _with_parts(preview)
    if review is not None and len(reports) > 1:
        check_review(review, preview, reports)  # then each report applies the overrides it can
    decided = [decide(expanded, r, settings, _review_for(review, r, len(reports)))
               for r in reports]
    per_report = [_fold_parts(preview, {e.claim.id: e for e in d.expectations}) for d in decided]
    if len(reports) == 1:
        expectations = per_report[0]
    else:
        standing_after: list[list[Expectation]] = []  # the standing expectations once each report is in
        latest: dict[str, Expectation] = {}
        for d in decided:
            for e in d.expectations:
                latest[e.claim.id] = _stand(latest.get(e.claim.id), e)
            standing_after.append(_fold_parts(preview, latest))
        expectations = []
        for i, final in enumerate(standing_after[-1]):
            steps = tuple(Step(r, per_report[k][i], standing_after[k][i].verdict) for k, r in enumerate(reports))
            expectations.append(replace(final, reasons=_with_timeline(final, steps), history=steps))
    unanticipated = tuple(c for d, mine in zip(decided, per_report, strict=True)
                          for c in _unanswered(d.report, mine))
    discrepancies = _discrepancies(preview, decided)
    return CheckResult(
        preview, reports[-1], tuple(expectations), unanticipated, discrepancies, settings,
        summarize(expectations, unanticipated, discrepancies),
        review=review.path if review is not None else None,
        reports=tuple(reports) if len(reports) > 1 else (),
    )


def check_review(review: Review, preview: Document, reports: Sequence[Document]) -> None:
    """InputError, at its line, for an override naming an expectation (or part) the preview does not
    have or a report claim none of the reports has."""
    every = replace(reports[-1], claims=tuple(c for r in reports for c in r.claims))
    resolve_review(review, _with_parts(preview), every)


def order_reports(reports: Sequence[Document]) -> list[Document]:
    """Reports in publication order when every one gives document.published; else as given."""
    if all(r.published for r in reports):
        return sorted(reports, key=lambda r: str(r.published))
    return list(reports)


def _with_parts(preview: Document) -> Document:
    if not any(c.parts for c in preview.claims):
        return preview
    return replace(preview, claims=(*preview.claims, *(p for c in preview.claims for p in c.parts)))


def _review_for(review: Review | None, report: Document, reports: int) -> Review | None:
    """The overrides that apply to one report of several: those naming no report claim or one of its own."""
    if review is None or reports == 1:
        return review
    own = {c.id for c in report.claims}
    return replace(review, overrides=tuple(o for o in review.overrides if o.match is None or o.match in own))


def _stand(before: Expectation | None, now: Expectation) -> Expectation:
    """The standing verdict after one more report: a silent report keeps it, a fulfilling or
    contradicting one replaces it; an editor's override stands until a later override."""
    if before is None:
        return now
    if before.override is not None and now.override is None:
        return before
    return now if now.verdict != ABSENT.name or now.override is not None else before


def _fold_parts(preview: Document, by_id: Mapping[str, Expectation]) -> list[Expectation]:
    """The preview's expectations with each claim's parts folded into it, in preview order."""
    return [_whole(claim, by_id) for claim in preview.claims]


def _whole(claim: Claim, by_id: Mapping[str, Expectation]) -> Expectation:
    whole = by_id[claim.id]
    if not claim.parts:
        return whole
    parts = tuple(by_id[p.id] for p in claim.parts)
    if whole.override is not None:  # the editor judged the whole claim
        return replace(whole, parts=parts)
    names = {p.verdict for p in parts}
    verdict = names.pop() if len(names) == 1 else PARTIAL.name
    if verdict == ABSENT.name:
        match = None
    else:
        match = whole.match if whole.match is not None else next((p.match for p in parts if p.match is not None), None)
    shown = ", ".join(f"'{p.claim.id}' {verdict_of(p.verdict).label}" for p in parts)
    reasons = [f"{'its parts differ' if verdict == PARTIAL.name else 'every part'}: {shown}",
               *(f"part '{p.claim.id}' ({p.claim.statement}): {p.reasons[0]}" for p in parts)]
    return Expectation(claim, verdict, match, tuple(reasons), parts=parts)


def _unanswered(report: Document, expectations: Sequence[Expectation]) -> list[Claim]:
    answered = {m.claim.id for e in expectations for x in (e, *e.parts) for m in [x.match] if m is not None}
    return [c for c in report.claims if c.id not in answered]


def _discrepancies(preview: Document, decided: Sequence[CheckResult]) -> tuple[Discrepancy, ...]:
    """Every report's discrepancies in report order; a part's are its claim's, counted once."""
    parent = {p.id: c for c in preview.claims for p in c.parts}
    found: list[Discrepancy] = []
    seen = set()
    for d in decided:
        for x in d.discrepancies:
            owner = parent.get(x.preview_claim.id, x.preview_claim)
            key = (owner.id, id(x.report_claim), x.metric, x.link.preview.quantity.text, x.link.report.quantity.text)
            if key not in seen:
                seen.add(key)
                found.append(replace(x, preview_claim=owner))
    return tuple(found)


def _with_timeline(final: Expectation, steps: Sequence[Step]) -> tuple[str, ...]:
    """The standing verdict's reasons, with the report it rests on and how it moved, second."""
    moved = [k for k in range(1, len(steps)) if steps[k].standing != steps[k - 1].standing]
    source = steps[moved[-1] if moved else 0].report
    line = f"standing since report '{source.id}' ({when(source)}): {timeline(steps)}"
    return (final.reasons[0], line, *final.reasons[1:])


def timeline(steps: Sequence[Step]) -> str:
    """How the standing verdict moved: 'absent → fulfilled (Feb 9) → contradicted (Mar 1)'."""
    shown: list[str] = []
    last = None
    for s in steps:
        if s.standing != last:
            label = verdict_of(s.standing).label
            shown.append(label if last is None else f"{label} ({when(s.report)})")
            last = s.standing
    return " → ".join(shown)


def when(report: Document) -> str:
    """A report as a timeline names it: its day of publication ('Feb 9'), else its id."""
    if not report.published:
        return report.id
    day = datetime.date.fromisoformat(str(report.published))
    return f"{day:%b} {day.day}"
