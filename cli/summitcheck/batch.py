"""A desk's worth in one run: every case folder under some folders, checked on all cores, one row each."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from .check import check_case
from .errors import InputError, SummitcheckError
from .render import render
from .settings import DEFAULT_SETTINGS, Settings
from .textfile import write_atomically
from .verdict import CheckResult

CASE_MARKERS = ("preview.yaml", "preview.yml")


@dataclass(frozen=True)
class CaseRow:
    """One case's summary: a count per verdict and of discrepancies, or the problem that stopped it."""

    case: str  # the case folder, as found under a folder given
    summary: dict[str, int] = field(default_factory=dict)  # empty when the case is bad input
    overrides: int = 0
    reports: int = 0
    problem: str | None = None  # "FILE:LINE: problem" of bad input
    page: str | None = None  # its HTML page, relative to the output folder
    warnings: tuple[str, ...] = ()  # "FILE:LINE: warning: …" for each figure value not read (not compared)

    @property
    def ok(self) -> bool:
        return self.problem is None

    def has(self, finding: str) -> bool:
        """Whether the case holds at least one finding of a kind (a verdict or 'discrepancy')."""
        return self.summary.get("discrepancies" if finding == "discrepancy" else finding, 0) > 0


@dataclass(frozen=True)
class Batch:
    """Every case's row, in the order the cases were found."""

    rows: tuple[CaseRow, ...]

    @property
    def bad(self) -> int:
        """How many cases could not be checked."""
        return sum(1 for r in self.rows if not r.ok)

    @property
    def totals(self) -> dict[str, int]:
        """Each count summed over the cases that were checked."""
        totals: dict[str, int] = {}
        for row in self.rows:
            for key, n in row.summary.items():
                totals[key] = totals.get(key, 0) + n
        totals["overrides"] = sum(r.overrides for r in self.rows)
        return totals

    def has(self, finding: str) -> bool:
        return any(r.has(finding) for r in self.rows)


@dataclass(frozen=True)
class _Job:
    folder: str
    settings: Settings
    use_review: bool
    page: str | None  # where to write its HTML page, when an output folder is given
    output: str | None


def find_cases(folders: Sequence[str | os.PathLike[str]]) -> Iterator[tuple[str, str | None]]:
    """(folder, problem) for every case folder (one holding preview.yaml) under the folders, by name;
    a folder given that does not exist, or holds no case, and a symbolic link to a folder under
    one (never followed), come with their problem instead."""
    for top in (os.fspath(f) for f in folders):
        if not os.path.isdir(top):
            yield top, str(InputError('not a folder' if os.path.exists(top) else 'no such folder', top))
            continue
        found = False
        for here, subdirs, files in os.walk(top):
            subdirs.sort()
            # A preview.yaml that is a folder (or a FIFO) still marks a case: checking it says what it is.
            if any(m in files or m in subdirs for m in CASE_MARKERS):
                found = True
                subdirs.clear()  # a case's own folders (reports/) are part of it
                yield here, None
                continue
            for name in subdirs:
                link = os.path.join(here, name)
                if os.path.islink(link):  # os.walk lists it but never enters it: say so, never skip it quietly
                    found = True
                    yield link, str(InputError(
                        "a symbolic link to a folder; batch does not follow links (a received folder's links "
                        "may lead anywhere, or in a loop): name the folder itself to check it", link))
        if not found:
            yield top, str(InputError("no case folder (one holding preview.yaml) under it", top))


def check_batch(folders: Sequence[str | os.PathLike[str]], settings: Settings = DEFAULT_SETTINGS,
                jobs: int | None = None, use_review: bool = True,
                output: str | None = None, progress: Callable[[int, int], None] | None = None) -> Batch:
    """Check every case under the folders on `jobs` processes (None: every core).

    output: a folder for one HTML page per case (the index is the caller's to write).
    progress(done, total) is called in this process as rows come in.  A bad case
    becomes a row with its problem; it never stops the others.
    """
    found = list(find_cases(folders))
    pages = _page_names([f for f, problem in found if problem is None]) if output is not None else {}
    work = [_Job(f, settings, use_review, pages.get(f), output) for f, problem in found if problem is None]
    rows: dict[str, CaseRow] = {f: CaseRow(f, problem=problem) for f, problem in found if problem is not None}
    total, done = len(found), len(rows)
    if progress is not None:
        progress(done, total)
    workers = min(jobs or os.cpu_count() or 1, len(work))
    if workers <= 1:
        checked: Iterator[CaseRow] = map(_check_one, work)
        for row in checked:
            rows[row.case] = row
            done += 1
            if progress is not None:
                progress(done, total)
    else:
        # Forked workers share the parent's imported modules; chunks keep the messages few.
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for row in pool.map(_check_one, work, chunksize=max(1, len(work) // (workers * 16))):
                rows[row.case] = row
                done += 1
                if progress is not None:
                    progress(done, total)
    return Batch(tuple(rows[f] for f, _ in found))


def _check_one(job: _Job) -> CaseRow:
    try:
        # The summary needs no quote locations; a page shows them.
        result = check_case(job.folder, job.settings, job.use_review, quotes=job.page is not None)
        if job.page is not None and job.output is not None:
            _write_page(result, os.path.join(job.output, job.page))
    except SummitcheckError as e:
        # str(InputError) escapes the folder's name: one line, nothing the terminal would act on.
        return CaseRow(job.folder, problem=str(e) if getattr(e, "path", None) else str(InputError(str(e), job.folder)))
    warnings = tuple(str(w) for doc in (result.preview, *(result.reports or (result.report,))) for w in doc.warnings())
    return CaseRow(job.folder, dict(result.summary), result.overridden, len(result.reports) or 1, page=job.page,
                   warnings=warnings)


def _write_page(result: CheckResult, name: str) -> None:
    buffer = io.StringIO()
    render(result, "html", buffer)
    write_atomically(name, buffer.getvalue())


def _page_names(folders: Sequence[str]) -> dict[str, str]:
    """A file name per case for its HTML page: its path made safe, numbered where two would clash."""
    names: dict[str, str] = {}
    taken = {"index.html"}
    for folder in folders:
        base = re.sub(r"[^A-Za-z0-9._-]+", "-", os.path.normpath(folder)).strip("-.") or "case"
        name, n = f"{base}.html", 1
        while name in taken:
            n += 1
            name = f"{base}-{n}.html"
        taken.add(name)
        names[folder] = name
    return names
