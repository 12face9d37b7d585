"""CSV (RFC 4180): one row per expectation and per unanticipated outcome, for a spreadsheet."""

from __future__ import annotations

import csv
import re
from typing import TextIO

from ..discrepancy import Discrepancy
from ..lazy import compiled
from ..model import Claim
from ..story import timeline
from ..verdict import CheckResult, Expectation
from . import PLAIN, RenderOptions

COLUMNS = [
    "kind", "id", "topic", "statement", "quote", "verdict", "match_id", "match_statement", "match_quote", "score",
    "reason", "metric", "preview_value", "report_value", "difference_pct",
    "overridden_by", "override_note", "verdict_before", "report", "timeline",
]
# A cell a spreadsheet would run as a formula; a plain number is safe and stays a number.
_FORMULA = compiled(r"^[=+\-@\t\r]")
_NUMBER = compiled(r"^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$", re.IGNORECASE)


_CONTROL = compiled("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def safe_cell(value: object) -> str:
    """The cell's text, with a leading apostrophe where it would start a formula (OWASP's advice),
    and a control character (an escape sequence would act on a terminal showing the CSV) as its escape."""
    text = "" if value is None else str(value)
    if _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    if _FORMULA.match(text) and not _NUMBER.match(text):
        return "'" + text
    return text


def _quote(claim: Claim | None) -> str:
    return (claim.quote or "") if claim is not None else ""


def render(result: CheckResult, out: TextIO, _options: RenderOptions = PLAIN) -> None:
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 ends records with CRLF
    writer.writerow(COLUMNS)
    by_claim: dict[str, list[Discrepancy]] = {}
    for found in result.discrepancies:
        by_claim.setdefault(found.preview_claim.id, []).append(found)
    for e in result.expectations:
        match = e.match.claim if e.match is not None else None
        figures: list[Discrepancy | None] = [*by_claim.get(e.claim.id, [])] or [None]
        for d in figures:  # one row per discrepancy of the expectation, or one row
            writer.writerow([safe_cell(v) for v in [
                "expectation", e.claim.id, e.claim.topic, e.claim.statement, _quote(e.claim), e.verdict,
                match.id if match else "", match.statement if match else "", _quote(match),
                f"{e.match.score:g}" if e.match else "", e.reasons[0],
                *(_figures(d) if d is not None else ["", "", "", ""]),
                *_override(e), _report(result, match), timeline(e.history),
            ]])
    for claim in result.unanticipated:
        writer.writerow([safe_cell(v) for v in [
            "unanticipated", claim.id, claim.topic, claim.statement, _quote(claim), "unanticipated",
            "", "", "", "", "answers no expectation", "", "", "", "", "", "", "", _report(result, claim), "",
        ]])


def _report(result: CheckResult, claim: Claim | None) -> str:
    """The id of the report a report claim comes from (with one report: that report's)."""
    return result.report_of(claim).id if claim is not None else ""


def _override(e: Expectation) -> tuple[str, str, str]:
    o = e.override
    return (o.by, o.note, o.verdict_before) if o is not None else ("", "", "")


def _figures(d: Discrepancy) -> list[str]:
    pct = d.difference_pct
    return [d.metric, d.link.preview.written, d.link.report.written, "" if pct is None else f"{pct:g}"]
