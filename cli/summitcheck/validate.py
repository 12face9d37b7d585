"""Validation of claim files (the format, and every quote against the article it came from)
and of review files (the format, and every id against the claim files beside it)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

from .case import Case
from .discrepancy import fixes_unit
from .errors import InputError
from .load import load_claims, load_file, load_review
from .model import Document, Review
from .quotes import CLOSEST_BUDGET, QuoteLocation, locate_quotes
from .story import check_review


@dataclass(frozen=True)
class Validation:
    """A claim file that loaded, with where each quote stands in its article (by claim id)."""

    document: Document
    quotes: dict[str, QuoteLocation] = field(default_factory=dict)

    @cached_property
    def problems(self) -> list[InputError]:
        """One error per quote the article does not hold, at the quote's line, with the closest passage."""
        doc = self.document
        article = os.path.basename(doc.text or "")
        found = []
        for claim in doc.claims:
            where = self.quotes.get(claim.id)
            if where is None or where.found:
                continue
            closest = (f"; closest passage, line {where.line} ({where.score:g} % alike): \"{where.passage}\""
                       if where.passage else "" if where.searched else
                       f"; closest passage not searched (more than {CLOSEST_BUDGET:,} characters of {article} "
                       "already searched for other quotes)")
            found.append(InputError(f"claim '{claim.id}': quote not found in {article}{closest}",
                                    doc.path, claim.quote_line or claim.line))
        return found

    @property
    def bare_numbers(self) -> list[InputError]:
        """A note for each figure without a unit whose metric does not fix one: it is compared only
        with bare numbers and counts, never with money or percentages."""
        return [InputError(f"figure '{f.metric}': {f.quantity.text} is a bare number; it is not compared with "
                           "money or percentages of its metric (write its unit)", self.document.path, f.line)
                for c in self.document.claims for f in c.figures
                if not f.quantity.unit and not fixes_unit(f.metric)]

    @property
    def quoted(self) -> int:
        """How many claims carry a quote."""
        return sum(1 for c in self.document.claims if c.quote)


@dataclass(frozen=True)
class ReviewValidation:
    """A review file that loaded, and the claim files (preview, report) whose ids it was checked against."""

    review: Review
    against: tuple[str, ...] | None = None  # None: no claim files beside it to check the ids


def validate_file(path: str | os.PathLike[str], role: str | None = None,
                  case: tuple[str, ...] | None = None) -> Validation | ReviewValidation:
    """Load a claim file and locate its quotes, or load a review file and check its ids against
    the case's claim files (case: the preview and its reports, or those beside it).  Given case,
    path is a review file; otherwise its top-level keys tell.

    InputError when a file or article cannot be read, or an override names an unknown id.
    """
    loaded = load_review(path) if case is not None else load_file(path, role)
    if isinstance(loaded, Document):
        return Validation(loaded, locate_quotes(loaded))
    if case is None:
        try:
            found = Case.find(os.path.dirname(os.fspath(path)) or ".")
        except InputError:
            return ReviewValidation(loaded)
        case = (found.preview, *found.reports)
    check_review(loaded, load_claims(case[0], "preview"), [load_claims(p, "report") for p in case[1:]])
    return ReviewValidation(loaded, case)
