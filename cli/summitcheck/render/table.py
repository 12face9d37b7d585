"""The terminal table: expectations, unanticipated outcomes, discrepancies, a summary line.

Every piece of text from a file goes through visible(): a control character, bidi override or
zero-width character is shown as its escape, never sent to the terminal as it is.
"""

from __future__ import annotations

import os
import textwrap
from typing import TextIO

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .. import verdicts
from ..errors import visible
from ..figures import format_interval
from ..lazy import compiled
from ..model import Claim
from ..story import timeline, when
from ..verdict import CheckResult, Expectation
from . import PLAIN, RenderOptions, summary_line, topic_name

STYLES = {v.name: v.style for v in verdicts.ALL}


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit with status 1, which here means "findings": let the CLI decide.
        self.quiet = True
        raise BrokenPipeError


_GAP = 2  # columns between two table columns: box.SIMPLE_HEAD's blank separator and a space of padding on the right
_REASON_LINES = 2  # of the deciding reason, under the paired claim: a row is at most three lines
_WIDE = 110  # from this many columns on, the expectation's statement gets a column of its own


def _cut(text: str, width: int, lines: int) -> str:
    """text wrapped to width, at most lines lines, the last ending in '…' when some is left out."""
    width = max(width, 8)
    wrapped = textwrap.wrap(" ".join(text.split()), width, break_long_words=True, break_on_hyphens=False) or [""]
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[:lines]
    last = kept[-1]
    kept[-1] = (last if len(last) < width else last[: width - 1].rstrip()) + "…"
    return "\n".join(kept)


_PAIRED = compiled(r"pairs with '[^']*' \(score [^;)]*(?:; |\))(.*?)\)?$")


_CLOSEST = compiled(r"no report claim close enough: the closest, ('[^']*'), scores (\S+) < (\S+)$")


def deciding_reason(e: Expectation) -> str:
    """The reason that decides the verdict, without what the row already shows (the paired id, the score)."""
    reason = e.reasons[0] if e.reasons else ""
    closest = _CLOSEST.match(reason)
    if closest is not None:
        return f"the closest scores {closest.group(2)}, under the threshold {closest.group(3)}"
    paired = _PAIRED.match(reason)
    if paired is not None and len(e.reasons) > 1 and not paired.group(1):
        return e.reasons[1]
    return paired.group(1) if paired is not None and paired.group(1) else reason


def _score(e: Expectation) -> str:
    # One format for every score: one decimal ('36.0', '81.8').
    return "–" if e.match is None else f"{e.match.score:.1f}"


def _verdict_label(e: Expectation) -> str:
    label = verdicts.verdict(e.verdict).label
    return label + (" ✎" if e.override is not None else "")


def render(result: CheckResult, out: TextIO, options: RenderOptions = PLAIN) -> None:
    color = options.color
    # A terminal gives its own width; a file or pipe takes COLUMNS when set, else a fixed 120 columns.
    width = None if getattr(out, "isatty", lambda: False)() or os.environ.get("COLUMNS", "").isdigit() else 120
    console = _Console(file=out, color_system="standard" if color else None, force_terminal=color,
                      width=width, highlight=False, emoji=False)
    width = console.width
    console.print(Text.assemble(("Preview: ", "bold"), visible(result.preview.title)))
    for report in result.reports or (result.report,):
        dated = f" ({when(report)})" if result.reports else ""
        console.print(Text.assemble(("Report:  ", "bold"), visible(report.title), dated))

    # Fixed columns take what their longest cell needs (ids are never cut); the rest goes to the reason,
    # and on a wide terminal part of it to the expectation's statement.
    ids = max([len("Expectation"), *(len(visible(e.claim.id)) for e in result.expectations)])
    labels = max([len("Verdict"), *(len(_verdict_label(e)) for e in result.expectations)])
    scores = max([len("Score"), *(len(_score(e)) for e in result.expectations)])
    rest = max(width - ids - labels - scores - 3 * _GAP, 20)
    statement_width = rest * 2 // 5 if width >= _WIDE else 0
    reason_width = rest - statement_width - (_GAP if statement_width else 0)

    table = Table(title="Expectations", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0),
                  pad_edge=False, expand=False)
    table.add_column("Expectation", no_wrap=True, width=ids)
    if statement_width:
        table.add_column("Statement", no_wrap=True, width=statement_width)
    table.add_column("Verdict", no_wrap=True, width=labels)
    table.add_column("Score", justify="right", no_wrap=True, width=scores)
    table.add_column("Report claim · why", no_wrap=True, width=reason_width)
    unfound = 0
    for e in result.expectations:
        where = result.quote_of("preview", e.claim)
        unfound += where is not None and not where.found
        closest = _CLOSEST.match(e.reasons[0]) if e.match is None and e.reasons else None
        paired = visible(e.match.claim.id) if e.match is not None else "—"
        if closest is not None:  # unpaired: the closest claim, dim, named in full when there is room
            near = visible(closest.group(1).strip("'"))
            paired = f"— closest: {near}" if len(near) + 11 <= reason_width else near
        if e.match is not None and result.reports:
            paired += f" in {visible(result.report_of(e.match.claim).id)}"
        why = visible(deciding_reason(e))
        # The paired claim's id is never cut: a long one takes a second line from the reason.
        paired_lines = textwrap.wrap(paired, reason_width, break_on_hyphens=False)[:2] or [paired]
        room = _REASON_LINES + 1 - len(paired_lines)
        if e.history and room > 1:  # several reports: how the standing verdict moved takes the last line
            why = _cut(why, reason_width, room - 1) + "\n" + _cut(visible(timeline(e.history)), reason_width, 1)
        else:
            why = _cut(why, reason_width, room)
        cell = Text.assemble(("\n".join(paired_lines), "bold" if e.match is not None else "dim"), "\n",
                             (why, "dim" if e.override is None else "magenta"))
        table.add_row(
            Text(visible(e.claim.id), style="bold"),
            *([Text(_cut(visible(e.claim.statement), statement_width, _REASON_LINES + 1))] if statement_width else []),
            Text(_verdict_label(e), style=STYLES[e.verdict]),
            _score(e),
            cell,
        )
    console.print(table)
    if options.verbose:
        _details(console, result)
    else:
        console.print(Text("Every reason, the statements and the quotes: summitcheck check --verbose", style="dim"))
    if unfound:
        console.print(Text(f"{unfound} quote{'s' if unfound != 1 else ''} not found in the preview's article "
                           "(summitcheck validate says where)", style="yellow"))

    if result.unanticipated:
        extra = Table(title="Unanticipated outcomes", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0),
                      pad_edge=False)
        claim_ids = max([len("Report claim"), *(len(visible(c.id)) for c in result.unanticipated)])
        extra.add_column("Report claim", no_wrap=True, width=claim_ids)
        sources = max([len("Report"), *(len(result.report_of(c).id) for c in result.unanticipated)]) if result.reports else 0
        statement = max(width - claim_ids - _GAP - (sources + _GAP if sources else 0), 20)
        extra.add_column("Statement", no_wrap=True, width=statement)
        if sources:
            extra.add_column("Report", no_wrap=True, width=sources)
        for claim in result.unanticipated:
            extra.add_row(Text(visible(claim.id), style=STYLES["unanticipated"]),
                          Text(_cut(visible(claim.statement), statement, 2)),
                          *([Text(result.report_of(claim).id)] if sources else []))
        console.print(extra)

    if result.discrepancies:
        figures = Table(title="Discrepancies", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0),
                        pad_edge=False, expand=True)
        figures.add_column("Metric", ratio=2)
        figures.add_column("Preview", ratio=1)
        figures.add_column("Report", ratio=1)
        figures.add_column("Difference", justify="right", no_wrap=True, min_width=len("Difference"))
        for d in result.discrepancies:
            pct = d.difference_pct
            source = f" in {result.report_of(d.report_claim).id}" if result.reports else ""
            figures.add_row(
                Text.assemble(visible(d.metric), (f"\n{visible(d.preview_claim.id)} → {visible(d.report_claim.id)}{source}", "dim")
                              if options.verbose else ""),
                Text.assemble((visible(d.link.preview.written), "bold"),
                              (f"\n{format_interval(d.link.preview.quantity)}", "dim") if options.verbose else ""),
                Text.assemble((visible(d.link.report.written), "bold"),
                              (f"\n{format_interval(d.link.report.quantity)}", "dim") if options.verbose else ""),
                Text("" if pct is None else f"{pct:+.1f} %", style="bold red"),
            )
        console.print(figures)

    topics = Table(title="By topic", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0), pad_edge=False)
    topics.add_column("Topic")
    columns = (*result.shown_verdicts, "discrepancies")
    for name in columns:
        label = verdicts.verdict(name).label if name in verdicts.BY_NAME else name
        # Counts are short: their headers are never cut; a long topic wraps instead.
        topics.add_column(label.capitalize(), justify="right", style=STYLES.get(name, "bold red"), no_wrap=True,
                          min_width=len(label))
    for topic, counts in result.by_topic.items():
        topics.add_row(Text(visible(topic_name(topic))), *(str(counts[c]) if counts[c] else "·" for c in columns))
    console.print(topics)
    if result.review is not None:
        n = result.overridden
        console.print(Text(f"{n} verdict{'s' if n != 1 else ''} overridden by the editor ({visible(result.review)})",
                           style="magenta"))
    if result.uncompared is not None and result.uncompared.count:
        # drafted figures compared with none of the other article's: "no figure to compare" may hide a misnamed one
        console.print(Text(visible(result.uncompared.line()), style="dim"))
    console.print(Text(summary_line(result), style="bold"))


def _details(console: Console, result: CheckResult) -> None:
    """Below the table: each expectation in full, with its report claim, quotes and every reason."""
    console.print(Text("Reasons", style="bold"))

    def line(*parts: str | tuple[str, str] | Text) -> None:
        console.print(Padding(Text.assemble(*parts), (0, 0, 0, 2)))  # wrapped lines keep the indent

    for e in result.expectations:
        console.print()
        head = Text.assemble((visible(e.claim.id), "bold"), "  ", (verdicts.verdict(e.verdict).label, STYLES[e.verdict]))
        if e.match is not None:
            head.append(f"  score {_score(e)}", "dim")
        console.print(head)
        line(("expected: ", "dim"), visible(e.claim.statement), _quoted(result, "preview", e.claim))
        if e.match is not None:
            source = f" in {visible(result.report_of(e.match.claim).id)}" if result.reports else ""
            line(("report: ", "dim"), f"{visible(e.match.claim.id)}{source}: ", visible(e.match.claim.statement),
                 _quoted(result, "report", e.match.claim))
        for part in e.parts:
            line(("part ", "dim"), f"{visible(part.claim.id)}: ", (verdicts.verdict(part.verdict).label, STYLES[part.verdict]))
        if e.override is not None:
            was = f"was {e.override.verdict_before}" if e.override.verdict_before != e.verdict else "kept"
            line((f"✎ {visible(e.override.by)} ({was})", "magenta"))
        for reason in e.reasons:
            line(f"· {visible(reason)}")
        if e.history:
            line((f"timeline: {visible(timeline(e.history))}", "dim"))


def _quoted(result: CheckResult, role: str, claim: Claim) -> Text:
    where = result.quote_of(role, claim)
    text = Text()
    if claim.quote:
        text.append(f" “{visible(claim.quote)}”", "italic")
    if where is not None:
        text.append(*((f" (article line {where.line})", "dim") if where.found
                      else (" (quote not found in the article)", "yellow")))
    return text
