"""summitcheck: what a preview expected against what the report says happened."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .lazy import keep_dataclass_methods

if TYPE_CHECKING:
    from .case import Case, bundled_case_dir
    from .check import check_case, check_files
    from .discrepancy import Discrepancy
    from .errors import FigureError, InputError, SummitcheckError
    from .figures import Quantity, parse_figure
    from .load import load_claims
    from .model import Claim, Document, Figure
    from .settings import Settings
    from .verdict import CheckResult, Expectation, Match, decide

# Before any module of the package defines a dataclass: their methods' code is compiled once per installation.
keep_dataclass_methods()

__version__ = "0.1.0"
__all__ = [
    "Case", "CheckResult", "Claim", "Discrepancy", "Document", "Expectation", "Figure", "FigureError",
    "InputError", "Match", "Quantity", "Settings", "SummitcheckError", "bundled_case_dir", "check_case",
    "check_files", "decide", "load_claims", "parse_figure",
]

# Each public name is imported from its module when first asked for: importing any part of the
# package (summitcheck.cli for `extract`, say) would otherwise load the whole pairing and verdict
# engine, some 40 ms of CPU that drafting never uses.
_HOMES = {
    "Case": "case", "bundled_case_dir": "case", "check_case": "check", "check_files": "check",
    "Discrepancy": "discrepancy", "FigureError": "errors", "InputError": "errors", "SummitcheckError": "errors",
    "Quantity": "figures", "parse_figure": "figures", "load_claims": "load", "Claim": "model", "Document": "model",
    "Figure": "model", "Settings": "settings", "CheckResult": "verdict", "Expectation": "verdict", "Match": "verdict",
    "decide": "verdict",
}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value  # asked once
    return value
