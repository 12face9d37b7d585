"""The whole check from files: find the case, load both claim files, decide."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .case import CLAIM_SUFFIXES, Case
from .errors import InputError
from .lazy import LazyPattern
from .load import MAX_BYTES, load_claims, load_review
from .model import Document
from .parallel import Aside
from .quotes import ARTICLE_SUFFIXES, QuoteLocation, locate_quotes
from .settings import DEFAULT_SETTINGS, Settings
from .textfile import STDIN, read_text, same_file

if TYPE_CHECKING:
    from .verdict import CheckResult


def is_article(path: str | os.PathLike[str]) -> bool:
    """Whether a file is an article's plain text (.txt) rather than a claim file; standard input ("-")
    is a claim file when a line starts with 'document:' or 'claims:'."""
    name = os.fspath(path)
    if name == STDIN:
        return not re.search(r"^(?:document|claims)\s*:", read_text(STDIN, MAX_BYTES, "a claim file or an article"),
                             re.M)
    return name.lower().endswith(ARTICLE_SUFFIXES)


def load_document(path: str | os.PathLike[str], role: str) -> Document:
    """A claim file, or an article's plain text with its claims drafted on the fly."""
    if is_article(path):
        from .extract import draft_article  # only when asked: `check` on claim files starts without it

        return draft_article(path, role).document
    if os.fspath(path).lower().endswith(CLAIM_SUFFIXES) or os.fspath(path) == STDIN or not os.path.isfile(path):
        return load_claims(path, role)
    try:
        return load_claims(path, role)
    except InputError as e:
        # Neither .yaml nor .txt: most often an article saved as .md or .html; say what is read.
        first = getattr(e, "errors", (e,))[0].problem
        raise InputError(f"expected an article's plain text named *{ARTICLE_SUFFIXES[0]} or a claim file named "
                         f"*{CLAIM_SUFFIXES[0]}; read as a claim file: {first}", e.path, e.line) from None


def check_files(preview: str | os.PathLike[str], report: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
                settings: Settings = DEFAULT_SETTINGS, review: str | os.PathLike[str] | None = None,
                quotes: bool = True) -> CheckResult:
    """Load a preview and one report or several (claim files, or articles' .txt drafted on the fly)
    and check one against the other; several reports are taken in publication order.

    review: a review file whose overrides apply after the automatic verdicts;
    quotes: locate each quote in its article (False: the verdicts only, in half the time).
    """
    return check_case(Case.of_files(preview, report, review), settings, quotes=quotes)


def check_case(case: Case | str | os.PathLike[str] | None = None, settings: Settings = DEFAULT_SETTINGS,
               use_review: bool = True, quotes: bool = True) -> CheckResult:
    """Check a case, or the case in a folder (None: the bundled case), with its review file's overrides
    unless use_review is false; quotes: as for check_files."""
    # Imported here: `extract` uses this module's output guard (refuse_case_file) and starts without them.
    from .pairing import forget_handed

    if not isinstance(case, Case):
        case = Case.find(case, use_review)
    elif not use_review:
        case = case.reviewed_by(None)
    reports = _reports_aside(case)
    try:
        return _check_case(case, reports, settings, quotes)
    finally:
        if reports is not None:  # what this check's Lexicon did not take (it failed first) is not kept for the next
            forget_handed()


def _check_case(case: Case, reports: Aside[tuple[list[Document], list[dict[str, object]]]] | None,
                settings: Settings, quotes: bool) -> CheckResult:
    from .pairing import hand_over, read_alone
    from .story import follow, order_reports
    from .verdict import uncompared_figures

    try:
        expected = load_document(case.preview, "preview")
        if reports is not None:  # what pairing reads of each statement alone, while the reports' are read there
            hand_over(read_alone(expected.claims))
    except BaseException:
        if reports is not None:
            reports.cancel()
        raise
    if reports is not None:
        loaded, readings = reports.result()
        hand_over(readings)
    outcomes = order_reports(loaded if reports is not None else [load_document(p, "report") for p in case.reports])
    overrides = load_review(case.review) if case.review is not None else None
    result = follow(expected, outcomes, settings, overrides)
    if any(is_article(p) for p in (case.preview, *case.reports)):
        # drafted figures are named by rule: say how many met no figure of the other article, and why
        result = replace(result, uncompared=uncompared_figures(result))
    return replace(result, quotes=_quote_locations(result.preview, *outcomes)) if quotes else result


# Claim files of this many bytes a side are loaded side by side (see parallel.py); smaller ones
# load faster than a second process starts.
ASIDE_BYTES = 128 * 1024


def _reports_aside(case: Case) -> Aside[tuple[list[Document], list[dict[str, object]]]] | None:
    """The reports loading in a second process while the preview loads, when both sides are
    long claim files (each load is mostly the YAML parser's loop over one file), with what pairing
    reads of each of their statements alone (pairing.read_alone)."""
    paths = (case.preview, *case.reports)
    try:
        if any(not os.fspath(p).lower().endswith(CLAIM_SUFFIXES) or not os.path.isfile(p) for p in paths) \
                or min(os.path.getsize(case.preview), sum(os.path.getsize(p) for p in case.reports)) < ASIDE_BYTES:
            return None
    except OSError:
        return None  # the loaders say what is wrong with the file
    from .pairing import read_alone

    def load() -> tuple[list[Document], list[dict[str, object]]]:
        loaded = [load_document(p, "report") for p in case.reports]
        return loaded, read_alone(c for doc in loaded for c in doc.claims)

    return Aside(load)


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


# How many claim files the --output guard reads, at most, looking for one that names the file as its article.
GUARD_FILES = 1000
_TEXT_LINE = LazyPattern(r"""^\s*["']?text["']?\s*:\s*["']?([^"'#\n]*?)["']?\s*,?\s*$""", re.M)
_CASE_KEYS = LazyPattern(r"""^["']?(?:document|claims|overrides)["']?\s*:""", re.M)


def refuse_case_file(name: str, claim_files: bool = True) -> None:
    """InputError when --output names an existing file that a case would read, though this run does not:
    a claim or review file (named .yaml/.yml, or holding a top-level document, claims or overrides key),
    or an article (.txt) that a claim file in its folder, a folder above it or a project's claims/ folder
    names in document.text.  A slip of -o inside a case folder must not replace an editor's review.yaml,
    another desk's report or an article piped in on standard input.  claim_files=False: a claim file may
    be replaced (extract --force is asked to do just that).  Nothing is changed.
    """
    if not os.path.isfile(name) or os.path.islink(name):
        return  # a new file; what is not a regular file is check_writable's to refuse
    if _looks_like_case_file(name, claim_files):
        raise InputError("is a claim or review file a case reads; --output does not replace it: choose another name",
                         name)
    if name.lower().endswith(ARTICLE_SUFFIXES):
        naming = next(_claim_files_naming(name), None)
        if naming is not None:
            raise InputError(f"is the article {naming} names; --output does not replace it: choose another name", name)


def _looks_like_case_file(name: str, claim_files: bool) -> bool:
    if name.lower().endswith(CLAIM_SUFFIXES) and claim_files:
        return True  # summitcheck writes no YAML; a file named so is a claim or review file, even half-written
    try:
        if os.path.getsize(name) > MAX_BYTES:
            return False  # too large to be one
        text = read_text(name, MAX_BYTES, "a file")
    except (OSError, InputError):
        return False
    keys = {m.group().strip("\"': ") for m in _CASE_KEYS.finditer(text)}
    if text.lstrip().startswith("{"):
        import json

        try:
            data = json.loads(text)
        except ValueError:
            data = None
        keys |= set(data) if isinstance(data, dict) else set()
    return "overrides" in keys or (claim_files and bool(keys & {"document", "claims"}))


def _claim_files_naming(article: str) -> Iterator[str]:
    """The claim files that name article in document.text: those in its folder or a folder above
    it, and under any claims/ folder beside one of those (a project's), GUARD_FILES at most."""
    seen = 0
    for candidate in _claim_files_around(os.path.dirname(os.path.abspath(article))):
        seen += 1
        if seen > GUARD_FILES:
            return
        try:
            if os.path.getsize(candidate) > MAX_BYTES:
                continue
            text = read_text(candidate, MAX_BYTES, "a claim file")
        except (OSError, InputError):
            continue
        for m in _TEXT_LINE.finditer(text):
            named = m.group(1).strip()
            if named and same_file(os.path.join(os.path.dirname(candidate), named), article):
                yield candidate
                break


def _claim_files_around(folder: str) -> Iterator[str]:
    while True:
        yield from _yaml_files(folder)
        claims = os.path.join(folder, "claims")
        if os.path.isdir(claims) and not os.path.islink(claims):
            for here, subdirs, _ in os.walk(claims):
                subdirs.sort()
                yield from _yaml_files(here)
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def _yaml_files(folder: str) -> list[str]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [os.path.join(folder, n) for n in names if n.lower().endswith(CLAIM_SUFFIXES)
            and os.path.isfile(os.path.join(folder, n))]

