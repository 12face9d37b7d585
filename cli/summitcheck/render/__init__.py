"""Renderers: one module per output format, each with `render(result, out, color)`.

Adding a format is one module and one line in RENDERERS.  Modules are imported
only when used, so printing JSON never loads rich.
"""

from __future__ import annotations

import importlib
from typing import TextIO

from ..verdict import CheckResult

RENDERERS = {
    "table": "summitcheck.render.table",
    "json": "summitcheck.render.json_format",
}


def render(result: CheckResult, fmt: str, out: TextIO, color: bool = False) -> None:
    """Write result to out in the named format."""
    importlib.import_module(RENDERERS[fmt]).render(result, out, color)
