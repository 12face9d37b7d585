"""Renderers: one module per output format, each with `render(result, out, options)`.

Adding a format is one module and one line in RENDERERS.  Modules are imported
only when used, so printing JSON never loads rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from ..verdicts import verdict

if TYPE_CHECKING:  # the CLI imports RENDERERS at start, `extract` too, which never loads the verdict engine
    from ..verdict import CheckResult

RENDERERS = {
    "table": "summitcheck.render.table",
    "json": "summitcheck.render.json_format",
    "markdown": "summitcheck.render.markdown",
    "csv": "summitcheck.render.csv_format",
    "claimreview": "summitcheck.render.claimreview",
    "html": "summitcheck.render.html_format",
}


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer may need besides the result."""

    color: bool = False  # the table: ANSI colours
    reviewer: str | None = None  # claimreview: the publisher of the fact-check
    review_url: str | None = None  # claimreview: where the fact-check is published
    verbose: bool = False  # the table: every reason, the statements and quotes below it


PLAIN = RenderOptions()  # no colour, no publisher


def summary_line(result: CheckResult) -> str:
    """'4 fulfilled · 2 contradicted · …' in verdict order."""
    s = result.summary
    parts = [f"{s[k]} {verdict(k).label}" for k in result.shown_verdicts]
    n = s["discrepancies"]
    parts.append(f"{n} {'discrepancy' if n == 1 else 'discrepancies'}")
    return " · ".join(parts)


def topic_name(topic: str | None) -> str:
    """A topic as shown in the summaries by topic."""
    return topic if topic is not None else "(no topic)"


def render(result: CheckResult, fmt: str, out: TextIO, options: RenderOptions = PLAIN) -> None:
    """Write result to out in the named format."""
    importlib.import_module(RENDERERS[fmt]).render(result, out, options)
