"""summitcheck: what a preview expected against what the report says happened."""

from __future__ import annotations

from .case import Case, bundled_case_dir
from .check import check_case, check_files
from .discrepancy import Discrepancy
from .errors import FigureError, InputError, SummitcheckError
from .figures import Quantity, parse_figure
from .load import load_claims
from .model import Claim, Document, Figure
from .settings import Settings
from .verdict import CheckResult, Expectation, Match, decide

__version__ = "0.1.0"
__all__ = [
    "Case", "CheckResult", "Claim", "Discrepancy", "Document", "Expectation", "Figure", "FigureError",
    "InputError", "Match", "Quantity", "Settings", "SummitcheckError", "bundled_case_dir", "check_case",
    "check_files", "decide", "load_claims", "parse_figure",
]
