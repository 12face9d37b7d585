"""`summitcheck batch` output: one summary row per case, in JSON, CSV, Markdown or an HTML index.

The terminal table is in desk_table.py, so that these formats never load rich.
"""

from __future__ import annotations

import csv
import importlib
from collections.abc import Callable
from typing import Any, TextIO

from .. import verdicts
from ..batch import Batch, CaseRow
from ..errors import visible
from . import indented
from .csv_format import safe_cell
from .html_format import _CSS, escape
from .markdown import escape as md_escape

SCHEMA_VERSION = 1
COUNTS = (*verdicts.NAMES, "discrepancies")


def _columns() -> list[str]:
    return ["case", "reports", *COUNTS, "overrides", "problem"]


def _cells(row: CaseRow, shown: bool = False) -> list[Any]:
    """The row's cells; shown: the case folder's name as it may be displayed (a newline, an escape
    sequence or an undecodable byte written as its escape, `\\xff`), for the table and CSV."""
    counts = [row.summary.get(k) if row.ok else None for k in COUNTS]
    case = visible(row.case, keep_lines=False) if shown else row.case
    return [case, row.reports if row.ok else None, *counts, row.overrides if row.ok else None, row.problem]


def to_document(batch: Batch) -> dict[str, Any]:
    """The batch as plain data: a row per case (counts null for a bad case) and the totals."""
    return {
        "schema_version": SCHEMA_VERSION,
        # additive: a case checked with figure values left out says which ("FILE:LINE: warning: …")
        "cases": [dict(zip(_columns(), _cells(r), strict=True)) | {"page": r.page}
                  | ({"warnings": list(r.warnings)} if r.warnings else {}) for r in batch.rows],
        "summary": {"cases": len(batch.rows), "bad": batch.bad, **batch.totals},
    }


def render_json(batch: Batch, out: TextIO) -> None:
    out.write(indented.dumps(to_document(batch)) + "\n")


def render_csv(batch: Batch, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_columns())
    for row in batch.rows:
        writer.writerow([safe_cell(c) for c in _cells(row, shown=True)])


def render_markdown(batch: Batch, out: TextIO) -> None:
    heads = ["Case", "Reports", *(verdicts.verdict(k).label.capitalize() if k in verdicts.BY_NAME else "Discrepancies"
                                  for k in COUNTS), "Overrides", "Problem"]
    out.write("| " + " | ".join(heads) + " |\n")
    out.write("| --- | " + " | ".join("---:" for _ in heads[1:-1]) + " | --- |\n")
    for row in batch.rows:
        cells = ["" if c is None else md_escape(str(c)) for c in _cells(row)]
        out.write("| " + " | ".join(cells) + " |\n")
    out.write(f"\n**{summary_line(batch)}**\n")


def render_html(batch: Batch, out: TextIO) -> None:
    """An index page: one row per case, linked to the case's page when there is one."""
    heads = "".join(f'<th class="num">{escape(verdicts.verdict(k).label if k in verdicts.BY_NAME else k)}</th>'
                    for k in COUNTS)
    rows = []
    for row in batch.rows:
        name = escape(row.case)
        if row.page is not None:
            name = f'<a href="{escape(row.page)}">{name}</a>'
        if row.ok:
            cells = "".join(f'<td class="num{" zero" if not row.summary.get(k) else ""}">{row.summary.get(k, 0)}</td>'
                            for k in COUNTS)
            rows.append(f"<tr><td>{name}</td><td class=\"num\">{row.reports}</td>{cells}"
                        f"<td class=\"num\">{row.overrides}</td><td></td></tr>")
        else:
            rows.append(f'<tr><td>{name}</td><td colspan="{len(COUNTS) + 2}"></td>'
                        f'<td class="difference">{escape(row.problem or "")}</td></tr>')
    out.write(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>summitcheck: {len(batch.rows)} cases</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<header>\n<h1>{len(batch.rows)} cases</h1>\n<p class=\"articles\">{escape(summary_line(batch))}</p>\n"
        "</header>\n<table><thead><tr><th>Case</th><th class=\"num\">Reports</th>"
        f"{heads}<th class=\"num\">Overrides</th><th>Problem</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows) + "\n</tbody></table>\n<footer>Made by summitcheck batch.</footer>\n</main>\n</body>\n</html>\n")


def summary_line(batch: Batch) -> str:
    """'12 cases (1 bad) · 40 fulfilled · …': the totals over the cases checked."""
    t = batch.totals
    counts = [f"{t.get(k, 0)} {verdicts.verdict(k).label}" for k in verdicts.NAMES]
    n = t.get("discrepancies", 0)
    bad = f" ({batch.bad} bad)" if batch.bad else ""
    return " · ".join([f"{len(batch.rows)} cases{bad}", *counts,
                       f"{n} {'discrepancy' if n == 1 else 'discrepancies'}", f"{t['overrides']} overridden"])


RENDERERS: dict[str, Callable[[Batch, TextIO], None] | str] = {
    "table": "summitcheck.render.desk_table",  # loads rich: imported only when asked for
    "json": render_json,
    "csv": render_csv,
    "markdown": render_markdown,
    "html": render_html,
}


def render_batch(batch: Batch, fmt: str, out: TextIO, color: bool = False) -> None:
    """Write the batch's rows to out in the named format."""
    renderer = RENDERERS[fmt]
    if isinstance(renderer, str):
        importlib.import_module(renderer).render(batch, out, color)
    else:
        renderer(batch, out)
