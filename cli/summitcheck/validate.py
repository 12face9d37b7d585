"""Validation of claim files: the format, and every quote against the article it came from."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

from .errors import InputError
from .load import load_claims
from .model import Document
from .quotes import QuoteLocation, locate_quotes


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
                       if where.passage else "")
            found.append(InputError(f"claim '{claim.id}': quote not found in {article}{closest}",
                                    doc.path, claim.quote_line or claim.line))
        return found

    @property
    def quoted(self) -> int:
        """How many claims carry a quote."""
        return sum(1 for c in self.document.claims if c.quote)


def validate_file(path: str | os.PathLike[str], role: str | None = None) -> Validation:
    """Load a claim file and locate its quotes; InputError when it or its article cannot be read."""
    doc = load_claims(path, role)
    return Validation(doc, locate_quotes(doc))
