"""The whole check from files: find the case, load both claim files, decide."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from .discrepancy import DEFAULT_TOLERANCE
from .errors import InputError
from .load import MAX_BYTES, load_claims, load_review
from .pairing import DEFAULT_THRESHOLD
from .model import Document
from .quotes import ARTICLE_SUFFIXES, QuoteLocation, article_root, locate_quotes
from .textfile import STDIN, read_text, same_file
from .story import follow, order_reports
from .verdict import CheckResult

BUNDLED_CASE = "trump-ishiba-2025"


def bundled_case_dir() -> Path:
    """The bundled Trump–Ishiba case: inside the installed wheel, or in the source checkout."""
    here = Path(__file__).resolve().parent
    for root in (here / "data", here.parent.parent):
        folder = root / "claims" / BUNDLED_CASE
        if (folder / "preview.yaml").is_file():
            return folder
    raise InputError(f"the bundled case '{BUNDLED_CASE}' is missing from this installation")


def case_reports(folder: str | os.PathLike[str]) -> tuple[str, list[str]]:
    """preview.yaml and every report of a case folder, by name: report.yaml, report*.yaml
    (report-2.yaml, report2.yaml …), then reports/*.yaml, numbers in a name in numeric order
    (check orders them by publication date when each gives one).

    A name that is there but is not a regular file (a FIFO, a folder, a dangling link)
    is returned all the same, for reading to say what it is rather than "missing".
    """
    base = os.fspath(folder)
    try:
        os.stat(base)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError("a loop of symbolic links, not a case folder", base) from None
        if e.errno == errno.ENOENT and os.path.islink(base):
            raise InputError("a symbolic link to a missing folder", base) from None
        if e.errno == errno.ENOENT:
            raise InputError("no such file or folder", base) from None
        raise InputError(f"cannot read: {e.strerror or e}", base) from None
    except ValueError:
        raise InputError("the folder name holds a NUL byte; no folder can have it", base) from None
    if not os.path.isdir(base):
        raise InputError("not a case folder (expected a folder holding preview.yaml and report.yaml)", base)
    preview = _one_of(base, "preview")
    if preview is None:
        raise InputError("the case folder has no preview.yaml", base)
    first = _one_of(base, "report")
    reports = [first] if first is not None else []
    # report-2.yaml, report2.yaml, report_2025-02-09.yaml …: any name after "report", in natural order.
    reports += [os.path.join(base, n) for n in sorted(os.listdir(base), key=_natural)
                if n.startswith("report") and n.endswith(_CLAIM_SUFFIXES) and os.path.splitext(n)[0] != "report"]
    more = os.path.join(base, "reports")
    if os.path.isdir(more):
        reports += [os.path.join(more, n) for n in sorted(os.listdir(more), key=_natural) if n.endswith(_CLAIM_SUFFIXES)]
    if not reports:
        raise InputError("the case folder has no report.yaml", base)
    for name in (preview, *reports):
        _within_project(name, base)
    return preview, reports


def _natural(name: str) -> list[tuple[int, int | str]]:
    """A sort key that puts report-2 before report-10."""
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name) if part]


def _within_project(name: str, folder: str) -> None:
    """Refuse a case folder's file that a symbolic link takes out of the case's project.

    The editor names the folder, not what its links point to: a received case whose
    preview.yaml links to ~/.aws/credentials must not get that file read and quoted in an
    error message.  The project is where document.text may reach (quotes.article_root).
    """
    root = article_root(os.path.join(folder, "preview.yaml"))
    real = os.path.realpath(name)
    if os.path.commonpath([root, real]) != root:
        raise InputError(f"a symbolic link out of the case's project ({root}); summitcheck reads only "
                         f"the files inside it: name the file itself to read it", name)


_CLAIM_SUFFIXES = (".yaml", ".yml")


def _one_of(folder: str, name: str) -> str | None:
    """folder's name.yaml or name.yml, whatever kind of file it is; InputError when both are there,
    since one of them would be ignored without a word."""
    there = [p for p in (os.path.join(folder, name + ext) for ext in _CLAIM_SUFFIXES) if os.path.lexists(p)]
    if len(there) > 1:
        raise InputError(f"both {name}.yaml and {name}.yml; keep one, so that none is ignored", folder)
    return there[0] if there else None


def review_file(folder: str | os.PathLike[str]) -> str | None:
    """The case folder's review.yaml (an editor's overrides), when it has one.

    Whatever is there under that name counts: a folder or a dangling link named
    review.yaml is refused when read, never taken for "no overrides".
    """
    found = _one_of(os.fspath(folder), "review")
    if found is not None:
        _within_project(found, os.fspath(folder))
    return found


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
    if os.fspath(path).lower().endswith(_CLAIM_SUFFIXES) or os.fspath(path) == STDIN or not os.path.isfile(path):
        return load_claims(path, role)
    try:
        return load_claims(path, role)
    except InputError as e:
        # Neither .yaml nor .txt: most often an article saved as .md or .html; say what is read.
        first = getattr(e, "errors", (e,))[0].problem
        raise InputError(f"expected an article's plain text named *{ARTICLE_SUFFIXES[0]} or a claim file named "
                         f"*{_CLAIM_SUFFIXES[0]}; read as a claim file: {first}", e.path, e.line) from None


def check_files(preview: str | os.PathLike[str], report: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
                threshold: float = DEFAULT_THRESHOLD, tolerance: float = DEFAULT_TOLERANCE,
                review: str | os.PathLike[str] | None = None, quotes: bool = True) -> CheckResult:
    """Load a preview and one report or several (claim files, or articles' .txt drafted on the fly)
    and check one against the other; several reports are taken in publication order.

    threshold: pairing score from 0 to 100; tolerance: a fraction (0.05 = 5 %);
    review: a review file whose overrides apply after the automatic verdicts;
    quotes: locate each quote in its article (False: the verdicts only, in half the time).
    """
    paths = [report] if isinstance(report, (str, os.PathLike)) else list(report)
    expected = load_document(preview, "preview")
    outcomes = order_reports([load_document(p, "report") for p in paths])
    overrides = load_review(review) if review is not None else None
    result = follow(expected, outcomes, threshold, tolerance, overrides)
    return replace(result, quotes=_quote_locations(result.preview, *outcomes)) if quotes else result


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
_TEXT_LINE = re.compile(r"""^\s*["']?text["']?\s*:\s*["']?([^"'#\n]*?)["']?\s*,?\s*$""", re.M)
_CASE_KEYS = re.compile(r"""^["']?(?:document|claims|overrides)["']?\s*:""", re.M)


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
    if name.lower().endswith(_CLAIM_SUFFIXES) and claim_files:
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
    return [os.path.join(folder, n) for n in names if n.lower().endswith(_CLAIM_SUFFIXES)
            and os.path.isfile(os.path.join(folder, n))]


def check_case(folder: str | os.PathLike[str] | None = None, threshold: float = DEFAULT_THRESHOLD,
               tolerance: float = DEFAULT_TOLERANCE, use_review: bool = True, quotes: bool = True) -> CheckResult:
    """Check a case folder (with its review.yaml unless use_review is false); without one, the bundled case."""
    folder = folder if folder is not None else bundled_case_dir()
    preview, reports = case_reports(folder)
    return check_files(preview, reports, threshold, tolerance, review_file(folder) if use_review else None, quotes)
