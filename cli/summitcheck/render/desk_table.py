"""`summitcheck batch` in the terminal: one row per case, bad cases with their problem."""

from __future__ import annotations

from typing import TextIO

from rich.table import Table
from rich.text import Text

from .. import verdicts
from ..batch import Batch
from ..errors import visible
from .desk import COUNTS, summary_line
from .table import _Console


def render(batch: Batch, out: TextIO, color: bool = False) -> None:
    width = None if getattr(out, "isatty", lambda: False)() else 120
    console = _Console(file=out, color_system="standard" if color else None, force_terminal=color,
                       width=width, highlight=False, emoji=False)
    table = Table(title="Cases", title_justify="left")
    longest = max((len(visible(r.case, keep_lines=False)) for r in batch.rows), default=4)
    table.add_column("Case", overflow="fold", min_width=min(longest, 40))
    table.add_column("Reports", justify="right")
    for key in COUNTS:  # the verdicts' short names: a row must fit beside the case's name
        v = verdicts.BY_NAME.get(key)
        name = key.capitalize() if len(key) <= 9 else key[:6].capitalize() + "."
        table.add_column(name, justify="right", style=v.style if v else "bold red")
    table.add_column("Overr.", justify="right", style="magenta")
    for row in batch.rows:
        if row.ok:
            table.add_row(Text(visible(row.case, keep_lines=False)), str(row.reports),
                          *(str(row.summary.get(k, 0)) if row.summary.get(k) else "·" for k in COUNTS),
                          str(row.overrides) if row.overrides else "·")
        else:
            table.add_row(Text(visible(row.case, keep_lines=False)), Text("bad", style="bold red"), *([""] * (len(COUNTS) + 1)))
    console.print(table)
    for row in batch.rows:
        if not row.ok:
            console.print(Text(row.problem or "", style="red"))
    console.print(Text(summary_line(batch), style="bold"))
