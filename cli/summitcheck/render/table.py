"""The terminal table: expectations, unanticipated outcomes, discrepancies, a summary line.

Every piece of text from a file goes through visible(): a control character, bidi override or
zero-width character is shown as its escape, never sent to the terminal as it is.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import visible
from ..figures import format_interval
from ..model import Claim
from ..story import timeline, when
from ..verdict import CheckResult, Expectation
from .. import verdicts
from . import PLAIN, RenderOptions, summary_line, topic_name

STYLES = {v.name: v.style for v in verdicts.ALL}


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit with status 1, which here means "findings": let the CLI decide.
        self.quiet = True
        raise BrokenPipeError


def _claim(result: CheckResult, role: str, claim: Claim, quoted: bool = False) -> Text:
    """The claim's id, its statement, and where its quote stands in the article;
    quoted: the quote's words too (for the report claim an expectation paired with)."""
    where = result.quote_of(role, claim)
    text = Text.assemble((visible(claim.id), "bold"), "\n", visible(claim.statement))
    if quoted and claim.quote:
        text.append("\n")
        text.append(f"“{visible(claim.quote)}”", "italic")
    if where is not None:
        text.append("\n")
        text.append(*((f"quoted at article line {where.line}", "dim") if where.found
                      else ("quote not found in the article", "yellow")))
    return text


def _verdict(e: Expectation) -> Text:
    text = Text(verdicts.verdict(e.verdict).label, style=STYLES[e.verdict])
    for part in e.parts:
        text.append(f"\n{part.claim.id}: ", "dim")
        text.append(verdicts.verdict(part.verdict).label, STYLES[part.verdict])
    if e.override is not None:
        text.append(f"\n(was {e.override.verdict_before})" if e.override.verdict_before != e.verdict else "\n(kept)",
                    "dim")
        text.append(f"\n✎ {visible(e.override.by)}", "magenta")
    return text


def render(result: CheckResult, out: TextIO, options: RenderOptions = PLAIN) -> None:
    color = options.color
    # A terminal gives its own width; a file or pipe gets a fixed 120 columns.
    width = None if getattr(out, "isatty", lambda: False)() else 120
    console = _Console(file=out, color_system="standard" if color else None, force_terminal=color,
                      width=width, highlight=False, emoji=False)
    console.print(Text.assemble(("Preview: ", "bold"), visible(result.preview.title)))
    for report in result.reports or (result.report,):
        dated = f" ({when(report)})" if result.reports else ""
        console.print(Text.assemble(("Report:  ", "bold"), visible(report.title), dated))

    table = Table(title="Expectations", title_justify="left", show_lines=True, expand=True)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Expectation", ratio=3)
    table.add_column("Report claim", ratio=3)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Why", ratio=4)
    if result.reports:
        table.add_column("Timeline", ratio=2)
    for e in result.expectations:
        match = Text("—", style="dim") if e.match is None else _claim(result, "report", e.match.claim, quoted=True)
        if e.match is not None and result.reports:
            match.append(f"\nin report {result.report_of(e.match.claim).id}", "dim")
        table.add_row(
            _verdict(e),
            _claim(result, "preview", e.claim),
            match,
            "" if e.match is None else f"{e.match.score:g}",
            Text(visible(e.reasons[0])),
            *([Text(timeline(e.history))] if result.reports else []),
        )
    console.print(table)

    if result.unanticipated:
        extra = Table(title="Unanticipated outcomes", title_justify="left", expand=True)
        extra.add_column("Report claim", no_wrap=True)
        extra.add_column("Statement")
        if result.reports:
            extra.add_column("Report", no_wrap=True)
        for claim in result.unanticipated:
            extra.add_row(Text(visible(claim.id), style=STYLES["unanticipated"]), Text(visible(claim.statement)),
                          *([Text(result.report_of(claim).id)] if result.reports else []))
        console.print(extra)

    if result.discrepancies:
        figures = Table(title="Discrepancies", title_justify="left", expand=True)
        for name in ("Metric", "Preview", "Report", "Difference"):
            figures.add_column(name, justify="right" if name == "Difference" else "left")
        for d in result.discrepancies:
            p, r = d.link.preview.quantity, d.link.report.quantity
            pct = d.difference_pct
            figures.add_row(
                Text(visible(d.metric)),
                Text.assemble((visible(d.link.preview.written), "bold"), f"\n{format_interval(p)}\n", (d.preview_claim.id, "dim")),
                Text.assemble((visible(d.link.report.written), "bold"), f"\n{format_interval(r)}\n", (d.report_claim.id, "dim"),
                              (f" in {result.report_of(d.report_claim).id}" if result.reports else "", "dim")),
                Text("" if pct is None else f"{pct:+g} %", style="bold red"),
            )
        console.print(figures)

    topics = Table(title="By topic", title_justify="left")
    topics.add_column("Topic")
    columns = (*result.shown_verdicts, "discrepancies")
    for name in columns:
        label = verdicts.verdict(name).label if name in verdicts.BY_NAME else name
        topics.add_column(label.capitalize(), justify="right", style=STYLES.get(name, "bold red"))
    for topic, counts in result.by_topic.items():
        topics.add_row(Text(visible(topic_name(topic))), *(str(counts[c]) if counts[c] else "·" for c in columns))
    console.print(topics)
    if result.review is not None:
        n = result.overridden
        console.print(Text(f"{n} verdict{'s' if n != 1 else ''} overridden by the editor ({visible(result.review)})",
                           style="magenta"))
    console.print(Text(summary_line(result), style="bold"))
