"""HTML: one self-contained page for editorial review.

Inline CSS, no script and no external requests (a Content-Security-Policy says so
to the browser too); every piece of text from a claim file goes through escape().
"""

from __future__ import annotations

from html import escape as _escape
from typing import TextIO

from .. import verdicts
from ..discrepancy import Discrepancy
from ..errors import visible
from ..figures import format_interval
from ..model import Claim, Figure
from ..story import when
from ..verdict import CheckResult, Expectation
from . import PLAIN, RenderOptions, summary_line, topic_name
from .claimreview import anchor
from .explain import for_readers

_CSS = """
:root { --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --paper: #fff; --panel: #f6f8fa;
  --override: #7b3fb3; --mark: #ffe08a; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--paper); }
main { max-width: 1180px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 8px; }
h2 { font-size: 1.2rem; margin: 36px 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 6px; }
a { color: inherit; }
.articles { margin: 0; color: var(--muted); }
.articles b { color: var(--ink); }
.summary { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0 0; padding: 0; list-style: none; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; color: #fff; font-weight: 600;
  font-size: .85rem; white-space: nowrap; }
.badge.discrepancy { background: #444; } .badge.override { background: var(--override); }
.pair { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 8px; margin: 0 0 16px;
  padding: 12px 16px; background: var(--paper); }
.pair-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 8px; }
.claim-id { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; color: var(--muted); }
.topic { font-size: .8rem; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 6px; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.side { background: var(--panel); border-radius: 6px; padding: 10px 12px; }
.side p { margin: 0 0 6px; }
.statement { font-weight: 600; }
blockquote { margin: 6px 0; padding: 0 0 0 10px; border-left: 3px solid var(--line); color: #333; font-style: italic; }
.where, .none { color: var(--muted); font-size: .85rem; }
.none { font-style: italic; }
.figures { margin: 6px 0 0; padding: 0; list-style: none; font-size: .9rem; }
mark { background: var(--mark); padding: 0 3px; border-radius: 3px; font-weight: 700; color: var(--ink); }
.explanation { margin: 10px 0 0; }
.how { margin: 6px 0 0; font-size: .85rem; color: var(--muted); }
.how summary { cursor: pointer; }
.how .score { margin: 4px 0 0; }
.reasons { margin: 4px 0 0; padding-left: 20px; }
.override-note { margin: 10px 0 0; padding: 8px 12px; border-radius: 6px; background: #f3ebfa;
  border: 1px solid #d9c2ef; font-size: .92rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #aab2ba; }
.difference { color: var(--contradicted); font-weight: 700; }
footer { margin-top: 40px; color: var(--muted); font-size: .85rem; }
.timeline { margin: 10px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px;
  font-size: .85rem; }
.timeline li { border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; }
.timeline li.moved { border-color: var(--ink); }
.parts { margin: 10px 0 0; padding-left: 20px; font-size: .92rem; }
.from { color: var(--muted); font-size: .85rem; }
@media (max-width: 760px) { .sides { grid-template-columns: 1fr; } }
@media print { .pair { break-inside: avoid; } }
"""
# Each verdict's colour, from the one definition of the verdicts.
_CSS += ":root { " + " ".join(f"--{v.name}: {v.colour};" for v in verdicts.ALL) + " }\n" + "".join(
    f".badge.{v.name} {{ background: var(--{v.name}); }} .pair.{v.name} {{ border-left-color: var(--{v.name}); }}\n"
    for v in verdicts.ALL)


def escape(text: object) -> str:
    """Any text as HTML text: <, >, &, and both quotes escaped; a bidi override or a zero-width
    character shown as its escape (\\u202e), so that a claim cannot display reversed or hide a word."""
    return _escape(visible(str(text)), quote=True)


def _badge(kind: str, text: str | None = None) -> str:
    shown = text or (verdicts.verdict(kind).label if kind in verdicts.BY_NAME else kind)
    return f'<span class="badge {kind}">{escape(shown)}</span>'


def _article(label: str, title: str, url: str | None, outlet: str | None, published: str | None) -> str:
    # Only a web address becomes a link: a "javascript:" one from a claim file stays text.
    linked = url is not None and url.lower().startswith(("https://", "http://"))
    name = f'<a href="{escape(url)}">{escape(title)}</a>' if linked else escape(title)
    about = ", ".join(escape(x) for x in (outlet, published) if x)
    return f"<b>{label}:</b> {name}" + (f" ({about})" if about else "")


def _figures(claim: Claim, marked: set[tuple[str, int | None]]) -> str:
    if not claim.figures:
        return ""
    items = []
    for f in claim.figures:
        value = escape(f.written)
        if (f.metric, f.line) in marked:
            value = f"<mark>{value}</mark>"
        items.append(f"<li>{escape(f.metric)}: {value} <span class=\"where\">({escape(format_interval(f.quantity))})"
                     f"</span></li>")
    return f'<ul class="figures">{"".join(items)}</ul>'


def _side(result: CheckResult, role: str, claim: Claim, marked: set[tuple[str, int | None]]) -> str:
    parts = [f'<p class="statement">{escape(claim.statement)}</p>']
    if role == "report":  # the expectation's id heads the pair; the report claim's is shown here
        parts.insert(0, f'<p class="claim-id">{escape(claim.id)}</p>')
    if claim.quote:
        parts.append(f"<blockquote>“{escape(claim.quote)}”</blockquote>")
        where = result.quote_of(role, claim)
        if where is not None:
            parts.append(f'<p class="where">quoted at article line {where.line}</p>' if where.found
                         else '<p class="where">quote not found in the article</p>')
    parts.append(_figures(claim, marked))
    return "".join(parts)


def _marked(discrepancies: tuple[Discrepancy, ...], role: str) -> set[tuple[str, int | None]]:
    """The figures (metric, line) that disagree with the other article's, to highlight."""
    figures: list[Figure] = [d.link.preview if role == "preview" else d.link.report for d in discrepancies]
    return {(f.metric, f.line) for f in figures}


def _expectation(result: CheckResult, e: Expectation, marked: dict[str, set[tuple[str, int | None]]]) -> str:
    head = [_badge(e.verdict)]
    if e.override is not None:
        head.append(_badge("override", f"✎ overridden by {e.override.by}"))
    head.append(f'<span class="claim-id">{escape(e.claim.id)}</span>')
    if e.claim.topic:
        head.append(f'<span class="topic">{escape(e.claim.topic)}</span>')
    report = (_side(result, "report", e.match.claim, marked["report"]) if e.match is not None
              else '<p class="none">Nothing in the report answers this expectation.</p>')
    override, reasons = "", e.reasons
    if e.override is not None:  # the box says what the first reason says
        o, reasons = e.override, e.reasons[1:]
        before = f"the machine said {o.verdict_before}" + (f", paired with {o.match_before}" if o.match_before else "")
        override = (f'<p class="override-note">✎ <b>{escape(o.by)}</b>: {escape(o.note)} '
                    f'<span class="where">({escape(before)})</span></p>')
    items = "".join(f"<li>{escape(r)}</li>" for r in reasons)
    # For readers, the verdict in sentences; the machine's reasons (scores, terms) folded away below it.
    explained = " ".join(for_readers(result, e)[1 if e.override is not None else 0:])
    score = f"pairing score {e.match.score:g}; " if e.match is not None else ""
    how = (f'<p class="explanation">{escape(explained)}</p>'
           f'<details class="how"><summary>How summitcheck decided</summary>'
           f'<p class="score">{escape(score)}threshold {result.settings.threshold:g}</p><ul class="reasons">{items}</ul></details>')
    said = "The report said"
    if result.reports and e.match is not None:
        source = result.report_of(e.match.claim)
        said = f"The report of {when(source)} said"
    return (f'<article class="pair {e.verdict}" id="{anchor(e.claim.id)}">'
            f'<div class="pair-head">{" ".join(head)}</div>'
            f'<div class="sides"><div class="side"><h3>The preview expected</h3>'
            f'{_side(result, "preview", e.claim, marked["preview"])}</div>'
            f'<div class="side"><h3>{escape(said)}</h3>{report}</div></div>'
            f"{override}{_parts(e)}{how}{_timeline(e)}</article>\n")


def _parts(e: Expectation) -> str:
    if not e.parts:
        return ""
    items = "".join(f"<li>{_badge(p.verdict)} <span class=\"claim-id\">{escape(p.claim.id)}</span> "
                    f"{escape(p.claim.statement)}</li>" for p in e.parts)
    return f'<ul class="parts" aria-label="parts">{items}</ul>'


def _timeline(e: Expectation) -> str:
    """One step per report: what it said, and the standing verdict where it moved."""
    if not e.history:
        return ""
    items, last = [], None
    for step in e.history:
        moved = step.standing != last
        said = verdicts.verdict(step.expectation.verdict).label
        # The standing verdict is named only where it is not what this report said.
        standing = f" (standing: {verdicts.verdict(step.standing).label})" if step.standing != step.expectation.verdict \
            else ""
        items.append(f'<li class="{"moved" if moved else "same"}"><b>{escape(when(step.report))}</b> '
                     f"{escape(step.report.id)}: {escape(said)}{escape(standing)}</li>")
        last = step.standing
    return f'<ol class="timeline" aria-label="timeline">{"".join(items)}</ol>'


def _source(result: CheckResult, claim: Claim) -> str:
    """Which report a report claim comes from, when there are several."""
    if not result.reports:
        return ""
    doc = result.report_of(claim)
    return f'<br><span class="from">report {escape(doc.id)}, {escape(when(doc))}</span>'



def _discrepancies(result: CheckResult) -> str:
    rows = []
    for d in result.discrepancies:
        p, r = d.link.preview.quantity, d.link.report.quantity
        pct = d.difference_pct
        rows.append(
            f"<tr><td>{escape(d.metric)}</td>"
            f"<td><mark>{escape(d.link.preview.written)}</mark><br><span class=\"where\">{escape(format_interval(p))} · "
            f"{escape(d.preview_claim.id)}</span></td>"
            f"<td><mark>{escape(d.link.report.written)}</mark><br><span class=\"where\">{escape(format_interval(r))} · "
            f"{escape(d.report_claim.id)}</span>{_source(result, d.report_claim)}</td>"
            f"<td class=\"num difference\">{'' if pct is None else f'{pct:+g} %'}</td></tr>")
    return ("<table><thead><tr><th>Metric</th><th>Preview</th><th>Report</th><th class=\"num\">Difference</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _unanticipated(result: CheckResult) -> str:
    rows = []
    for claim in result.unanticipated:
        quote = f"<blockquote>“{escape(claim.quote)}”</blockquote>" if claim.quote else ""
        rows.append(f'<tr><td><span class="claim-id">{escape(claim.id)}</span></td>'
                    f"<td>{escape(claim.topic or '')}</td><td>{escape(claim.statement)}{quote}"
                    f"{_source(result, claim)}</td></tr>")
    return ("<table><thead><tr><th>Report claim</th><th>Topic</th><th>Statement</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _topics(result: CheckResult) -> str:
    columns = (*result.shown_verdicts, "discrepancies")
    head = "".join(f'<th class="num">{escape(verdicts.verdict(c).label if c in verdicts.BY_NAME else c)}</th>'
                   for c in columns)
    rows = []
    for topic, counts in result.by_topic.items():
        cells = "".join(f'<td class="num{" zero" if not counts[c] else ""}">{counts[c]}</td>' for c in columns)
        rows.append(f"<tr><td>{escape(topic_name(topic))}</td>{cells}</tr>")
    return f"<table><thead><tr><th>Topic</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render(result: CheckResult, out: TextIO, _options: RenderOptions = PLAIN) -> None:
    s = result.summary
    badges = [f"<li>{_badge(v, f'{s[v]} {verdicts.verdict(v).label}')}</li>" for v in result.shown_verdicts]
    n = s["discrepancies"]
    badges.append(f"<li>{_badge('discrepancy', f'{n} ' + ('discrepancy' if n == 1 else 'discrepancies'))}</li>")
    overridden = result.overridden
    if overridden:
        badges.append(f"<li>{_badge('override', f'{overridden} overridden by the editor')}</li>")
    marked = {"preview": _marked(result.discrepancies, "preview"), "report": _marked(result.discrepancies, "report")}
    pre, rep = result.preview, result.report
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<title>summitcheck: {escape(pre.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n",
        "<header>\n<h1>What was expected, and what happened</h1>\n",
        f'<p class="articles">{_article("Preview", pre.title, pre.url, pre.outlet, pre.published)}</p>\n',
        *(f'<p class="articles">{_article("Report", r.title, r.url, r.outlet, r.published)}</p>\n'
          for r in (result.reports or (rep,))),
        f'<ul class="summary" aria-label="{escape(summary_line(result))}">{"".join(badges)}</ul>\n</header>\n',
        f'<section id="expectations">\n<h2>Expectations ({len(result.expectations)})</h2>\n',
        *(_expectation(result, e, marked) for e in result.expectations),
        "</section>\n",
    ]
    if result.discrepancies:
        parts.append(f'<section id="discrepancies">\n<h2>Discrepancies ({len(result.discrepancies)})</h2>\n'
                     f"{_discrepancies(result)}\n</section>\n")
    if result.unanticipated:
        parts.append(f'<section id="unanticipated">\n<h2>Unanticipated outcomes ({len(result.unanticipated)})</h2>\n'
                     f"{_unanticipated(result)}\n</section>\n")
    parts.append(f'<section id="topics">\n<h2>By topic</h2>\n{_topics(result)}\n</section>\n')
    review = f" Overrides from {escape(result.review)}." if result.review else ""
    parts.append(f"<footer>Made by summitcheck: pairing threshold {result.settings.threshold:g}, "
                 f"figure tolerance {result.settings.tolerance * 100:g} %.{review}</footer>\n</main>\n</body>\n</html>\n")
    out.write("".join(parts))
