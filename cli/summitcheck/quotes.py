"""Quotes: finding a claim's verbatim quote in the article it came from.

An editor copies a quote from a web page into YAML; the two rarely match byte
for byte.  Matching therefore ignores what copying changes but the words do
not: typographic quotes and apostrophes (’ “ ” against ' "), dashes (– — −
against -) and the spaces around them, runs of whitespace and line breaks,
invisible characters (soft hyphens, zero-width spaces) and letter case.  An
ellipsis ("…" or "...") in a quote marks an omission: the parts around it must
appear in the article in that order.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from functools import cached_property

from .errors import InputError
from .lazy import compiled
from .model import Document
from .textfile import read_text

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
PASSAGE_CHARS = 160  # the longest closest passage shown
# Characters of one article searched for closest passages, in all (a search costs ~15 ns a character:
# this is well under a second); past it, a quote the article does not hold gets no closest passage,
# so thousands of unlocated quotes against a 5 MB article cannot run for minutes.
CLOSEST_BUDGET = 50_000_000

_SAME = {
    **dict.fromkeys("‘’‚‛′`´ʼ", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−⁃﹘﹣－", "-"),
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
}
_ELLIPSIS = compiled(r"\s*(?:…|\.\s?\.\s?\.)\s*")


@dataclass(frozen=True)
class QuoteLocation:
    """Where a quote stands in its article, or the article's closest passage when it is not there.

    line: the article line where the quote (or the closest passage) begins;
    score: 100 when found, else rapidfuzz's partial ratio of the closest passage.
    """

    found: bool
    line: int
    passage: str
    score: float
    searched: bool = True  # False: not found, and the closest passage not searched (CLOSEST_BUDGET spent)


class Article:
    """The text of an article, kept with a normalised copy for matching quotes."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self.budget = CLOSEST_BUDGET  # characters left to search for closest passages

    @cached_property
    def _normalised(self) -> tuple[str, list[int]]:
        return _normalise(self.text)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_of(self, offset: int) -> int:
        """The 1-based line of a character offset of the text."""
        return bisect.bisect_right(self._line_starts, offset)

    def locate(self, quote: str) -> QuoteLocation:
        """Find quote in the article; when it is not there, the closest passage."""
        norm, index = self._normalised
        parts = [p for p in (_normalise(part)[0] for part in _ELLIPSIS.split(quote)) if p]
        if not parts:
            return QuoteLocation(False, 1, "", 0.0)
        start = first = 0
        for number, part in enumerate(parts):
            at = norm.find(part, start)
            if at < 0:
                break
            if number == 0:
                first = at
            start = at + len(part)
        else:
            return QuoteLocation(True, self.line_of(index[first]), self._passage(index[first], index[start - 1] + 1), 100.0)
        return self._closest(" ".join(parts), norm, index)

    def _closest(self, needle: str, norm: str, index: list[int]) -> QuoteLocation:
        from rapidfuzz import fuzz

        if not norm:
            return QuoteLocation(False, 1, "", 0.0)
        if len(norm) > self.budget:
            return QuoteLocation(False, 1, "", 0.0, searched=False)
        self.budget -= len(norm)
        found = fuzz.partial_ratio_alignment(needle, norm, processor=None)
        assert found is not None  # None comes only with a score_cutoff
        begin = index[min(found.dest_start, len(index) - 1)]
        end = index[max(min(found.dest_end, len(index)) - 1, 0)] + 1
        return QuoteLocation(False, self.line_of(begin), self._passage(begin, end), round(found.score, 1))

    def _passage(self, begin: int, end: int) -> str:
        # Widen to whole words, fold whitespace, and keep it to one readable line.
        text = self.text
        while begin > 0 and not text[begin - 1].isspace():
            begin -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        passage = " ".join(text[begin:end].split())
        if len(passage) > PASSAGE_CHARS:
            passage = passage[:PASSAGE_CHARS - 1].rstrip() + "…"
        return passage


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read an article's text (UTF-8); InputError when it cannot be read, or holds NUL bytes
    (a binary file, not an article: whatever drafts from it, check and extract alike, is refused here)."""
    name = os.fspath(path)
    text = read_text(name, MAX_ARTICLE_BYTES, "an article's text")
    nul = text.find("\0")
    if nul >= 0:
        raise InputError("holds NUL bytes: not an article's text", name, text.count("\n", 0, nul) + 1)
    return Article(name, text)


def _normalise(text: str) -> tuple[str, list[int]]:
    """text folded for matching, and for each of its characters the offset it came from."""
    out: list[str] = []
    index: list[int] = []
    for offset, char in enumerate(text):
        char = _SAME.get(char, char)
        if not char:
            continue
        if char.isspace():
            # One space for any run, none next to a dash: "pipeline — located" is "pipeline-located".
            if out and out[-1] not in " -":
                out.append(" ")
                index.append(offset)
            continue
        if char == "-" and out and out[-1] == " ":
            out.pop()
            index.pop()
        for folded in char.lower():
            out.append(folded)
            index.append(offset)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


ARTICLE_SUFFIXES = (".txt", ".text")


def article_root(claim_file: str) -> str:
    """The folder the articles a claim file names must sit in or under, symbolic links resolved.

    In a project (a `claims/` folder of claim files, as `<project>/claims/<case>/preview.yaml`
    beside `<project>/seeds/<case>/preview.txt`): the folder that holds the nearest `claims`
    folder above the claim file.  Elsewhere: the claim file's own folder.
    """
    folder = os.path.dirname(os.path.abspath(claim_file))
    above = folder
    while os.path.basename(above) != "claims":
        parent = os.path.dirname(above)
        if parent == above:  # the top: no claims folder above the claim file
            return os.path.realpath(folder)
        above = parent
    return os.path.realpath(os.path.dirname(above))


def article_named_by(doc: Document) -> str:
    """The article `document.text` names, when summitcheck may read it; InputError at the line of `text:` otherwise.

    A claim file may come from someone else, and what summitcheck reads it shows (the closest
    passage to a quote, in validate's messages): so the article must be an article's plain text
    (.txt or .text, not a hidden file or in a hidden folder), in or under article_root, after
    every symbolic link is resolved.  No absolute path, ../ or link reaches ~/.env, /etc/passwd
    or /proc (docs/threat-model.md).
    """
    assert doc.text is not None and doc.path is not None
    problem = article_problem(doc.path, doc.text)
    if problem is not None:
        raise InputError(f"'text' names {problem}", doc.path, doc.text_line)
    return doc.text


def article_problem(claim_file: str, article: str) -> str | None:
    """Why a claim file may not read article (its path as document.text resolves it), or None."""
    if "\0" in article:
        return "a path that holds a NUL byte; it must name an article's .txt file"
    root = article_root(claim_file)
    real = os.path.realpath(article)
    if os.path.commonpath([root, real]) != root:
        return (f"{article}, outside {root}: an article must sit in or under the claim file's folder, "
                f"or the folder holding the claims/ folder it is in")
    inside = os.path.relpath(real, root).split(os.sep)
    if not all(name.lower().endswith(ARTICLE_SUFFIXES) for name in (article, real)) or \
            any(part.startswith(".") for part in inside):
        return f"{article}, not an article: an article is a .txt or .text file, neither hidden nor in a hidden folder"
    return None


def locate_quotes(doc: Document) -> dict[str, QuoteLocation]:
    """Where each quoted claim's quote stands in the document's article, by claim id.

    Empty when the claim file names no article (`document.text`); InputError,
    at the line of `text:`, when the article may not or cannot be read.
    """
    if doc.text is None:
        return {}
    name = article_named_by(doc)
    try:
        article = read_article(name)
    except InputError as e:
        raise InputError(f"'text' names {e}", doc.path, doc.text_line) from None
    return {c.id: article.locate(c.quote) for c in doc.claims if c.quote}
