"""Markdown: a summary line and three tables, ready to paste into a ticket or a chat."""

from __future__ import annotations

from typing import TextIO

from ..errors import visible
from ..figures import format_interval
from ..lazy import compiled
from ..model import Claim
from ..story import timeline, when
from ..verdict import CheckResult, Expectation
from ..verdicts import BY_NAME, verdict
from . import PLAIN, RenderOptions, summary_line, topic_name

# Characters Markdown would read as markup inside a table cell ($ starts maths on GitHub);
# each gets a backslash.
# <, > and & become entities, so "<script>" shows as text on every renderer.
_MARKUP = compiled(r"([\\`*_\[\]|~#$])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape(text: str) -> str:
    """Claim text as literal Markdown table-cell text: on one line, markup escaped."""
    text = visible(" ".join(text.split()))  # a bidi override or zero-width character shown as its escape
    text = "".join(_ENTITIES.get(c, c) for c in text)
    return _MARKUP.sub(r"\\\1", text)


def _claim(result: CheckResult, role: str, claim: Claim) -> str:
    cell = f"**{escape(claim.id)}**<br>{escape(claim.statement)}"
    if claim.quote:
        where = result.quote_of(role, claim)
        line = f" (article line {where.line})" if where is not None and where.found else ""
        cell += f"<br>“{escape(claim.quote)}”{line}"
    return cell


def _verdict(e: Expectation) -> str:
    cell = f"**{e.verdict}**"
    if e.verdict != verdict(e.verdict).label:
        cell += f"<br>{verdict(e.verdict).label}"
    if len({s.standing for s in e.history}) > 1:  # it moved
        cell += f"<br>{escape(timeline(e.history))}"
    if e.override is not None:
        was = f"was {e.override.verdict_before}" if e.override.verdict_before != e.verdict else "kept"
        cell += f"<br>✎ overridden by {escape(e.override.by)} ({was})"
    return cell


def _parts(e: Expectation) -> list[str]:
    return [f"part **{escape(p.claim.id)}**: {escape(verdict(p.verdict).label)}" for p in e.parts]


def _source(result: CheckResult, claim: Claim) -> str:
    """Which report a report claim comes from, when there are several."""
    return f"<br>report {escape(result.report_of(claim).id)}" if result.reports else ""


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |\n"


def render(result: CheckResult, out: TextIO, _options: RenderOptions = PLAIN) -> None:
    out.write(f"**Preview:** {escape(result.preview.title)}  \n")
    out.write("  \n".join(f"**Report ({escape(when(r))}):** {escape(r.title)}" for r in result.reports)
              if result.reports else f"**Report:** {escape(result.report.title)}")
    out.write("\n\n")
    out.write(f"**{summary_line(result)}**\n\n")

    out.write("## Expectations\n\n")
    out.write(_row(["Verdict", "Expectation", "Report claim", "Score", "Why"]))
    out.write(_row(["---", "---", "---", "---:", "---"]))
    for e in result.expectations:
        out.write(_row([
            _verdict(e),
            _claim(result, "preview", e.claim),
            "—" if e.match is None else _claim(result, "report", e.match.claim),
            "" if e.match is None else f"{e.match.score:g}",
            "<br>".join(escape(r) for r in (*e.reasons, *_parts(e))),
        ]))

    if result.unanticipated:
        out.write("\n## Unanticipated outcomes\n\n")
        out.write(_row(["Report claim", "Statement"]))
        out.write(_row(["---", "---"]))
        for claim in result.unanticipated:
            out.write(_row([f"**{escape(claim.id)}**{_source(result, claim)}", escape(claim.statement)]))

    if result.discrepancies:
        out.write("\n## Discrepancies\n\n")
        out.write(_row(["Metric", "Preview", "Report", "Difference"]))
        out.write(_row(["---", "---", "---", "---:"]))
        for d in result.discrepancies:
            p, r = d.link.preview.quantity, d.link.report.quantity
            pct = d.difference_pct
            out.write(_row([
                escape(d.metric),
                f"**{escape(d.link.preview.written)}** ({escape(format_interval(p))}), {escape(d.preview_claim.id)}",
                f"**{escape(d.link.report.written)}** ({escape(format_interval(r))}), {escape(d.report_claim.id)}"
                f"{_source(result, d.report_claim)}",
                "" if pct is None else f"{pct:+g} %",
            ]))

    out.write("\n## By topic\n\n")
    columns = (*result.shown_verdicts, "discrepancies")
    out.write(_row(["Topic", *((verdict(c).label if c in BY_NAME else c).capitalize() for c in columns)]))
    out.write(_row(["---", *("---:" for _ in columns)]))
    for topic, counts in result.by_topic.items():
        out.write(_row([escape(topic_name(topic)), *(str(counts[c]) for c in columns)]))
    if result.review is not None:
        n = result.overridden
        out.write(f"\n_{n} verdict{'s' if n != 1 else ''} overridden by the editor "
                  f"({escape(result.review)})._\n")
