"""The whole check from files: find the case, load both claim files, decide."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from .discrepancy import DEFAULT_TOLERANCE
from .errors import InputError
from .load import load_claims, load_review
from .match import DEFAULT_THRESHOLD
from .model import Document
from .quotes import QuoteLocation, locate_quotes
from .verdict import CheckResult, decide

BUNDLED_CASE = "trump-ishiba-2025"


def bundled_case_dir() -> Path:
    """The bundled Trump–Ishiba case: inside the installed wheel, or in the source checkout."""
    here = Path(__file__).resolve().parent
    for root in (here / "data", here.parent.parent):
        folder = root / "claims" / BUNDLED_CASE
        if (folder / "preview.yaml").is_file():
            return folder
    raise InputError(f"the bundled case '{BUNDLED_CASE}' is missing from this installation")


def case_files(folder: str | os.PathLike[str]) -> tuple[str, str]:
    """preview.yaml and report.yaml of a case folder."""
    base = os.fspath(folder)
    if not os.path.exists(base):
        raise InputError("no such file or folder", base)
    if not os.path.isdir(base):
        raise InputError("not a case folder (expected a folder holding preview.yaml and report.yaml)", base)
    found = []
    for name in ("preview", "report"):
        for ext in (".yaml", ".yml"):
            candidate = os.path.join(base, name + ext)
            if os.path.isfile(candidate):
                found.append(candidate)
                break
        else:
            raise InputError(f"the case folder has no {name}.yaml", base)
    return found[0], found[1]


def review_file(folder: str | os.PathLike[str]) -> str | None:
    """The case folder's review.yaml (an editor's overrides), when it has one."""
    for ext in (".yaml", ".yml"):
        candidate = os.path.join(os.fspath(folder), "review" + ext)
        if os.path.isfile(candidate):
            return candidate
    return None


ARTICLE_SUFFIXES = (".txt", ".text")


def is_article(path: str | os.PathLike[str]) -> bool:
    """Whether a file is an article's plain text (.txt) rather than a claim file."""
    return os.fspath(path).lower().endswith(ARTICLE_SUFFIXES)


def load_document(path: str | os.PathLike[str], role: str) -> Document:
    """A claim file, or an article's plain text with its claims drafted on the fly."""
    if is_article(path):
        from .extract import draft_article  # only when asked: `check` on claim files starts without it

        return draft_article(path, role).document
    return load_claims(path, role)


def check_files(preview: str | os.PathLike[str], report: str | os.PathLike[str],
                threshold: float = DEFAULT_THRESHOLD, tolerance: float = DEFAULT_TOLERANCE,
                review: str | os.PathLike[str] | None = None) -> CheckResult:
    """Load a preview and a report (claim files, or articles' .txt drafted on the fly) and check one against the other.

    threshold: pairing score from 0 to 100; tolerance: a fraction (0.05 = 5 %);
    review: a review file whose overrides apply after the automatic verdicts.
    """
    expected, outcome = load_document(preview, "preview"), load_document(report, "report")
    overrides = load_review(review) if review is not None else None
    result = decide(expected, outcome, threshold, tolerance, overrides)
    return replace(result, quotes=_quote_locations(result.preview, result.report))


def _quote_locations(*docs: Document) -> dict[tuple[str, str], QuoteLocation]:
    # An article that cannot be read leaves its quotes unlocated: the check is about
    # verdicts, and `summitcheck validate` is where a wrong `text:` path is reported.
    found = {}
    for doc in docs:
        try:
            located = locate_quotes(doc)
        except InputError:
            continue
        found.update({(doc.role, claim_id): where for claim_id, where in located.items()})
    return found


def check_case(folder: str | os.PathLike[str] | None = None, threshold: float = DEFAULT_THRESHOLD,
               tolerance: float = DEFAULT_TOLERANCE, use_review: bool = True) -> CheckResult:
    """Check a case folder (with its review.yaml unless use_review is false); without one, the bundled case."""
    folder = folder if folder is not None else bundled_case_dir()
    preview, report = case_files(folder)
    return check_files(preview, report, threshold, tolerance, review_file(folder) if use_review else None)
