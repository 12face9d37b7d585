"""A case: the files of one check, found in a case folder or named one by one.

A case folder holds preview.yaml, its reports (report.yaml, report-2.yaml …, reports/*.yaml)
and, optionally, review.yaml with an editor's overrides; each may be spelled .yml instead.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError
from .quotes import article_root

CLAIM_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Case:
    """A preview, its reports, and the review file whose overrides apply, if any.

    folder: the case folder the files were found in; None when they were named one by one.
    """

    preview: str
    reports: tuple[str, ...]
    review: str | None = None
    folder: str | None = None

    @classmethod
    def find(cls, folder: str | os.PathLike[str] | None = None, use_review: bool = True) -> Case:
        """The case in a folder (see _case_files), with its review file unless use_review is false
        (then it is not even looked for); None: the bundled case.

        InputError when the folder is not a case folder, lacks its preview or reports, holds a
        file under both spellings, or links a file out of its project.
        """
        where = os.fspath(folder) if folder is not None else os.fspath(bundled_case_dir())
        preview, reports = _case_files(where)
        return cls(preview, tuple(reports), review_file(where) if use_review else None, where)

    @classmethod
    def of_files(cls, preview: str | os.PathLike[str],
                 reports: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
                 review: str | os.PathLike[str] | None = None) -> Case:
        """A case of files named one by one (a review file applies only when named too)."""
        named = [reports] if isinstance(reports, (str, os.PathLike)) else list(reports)
        return cls(os.fspath(preview), tuple(os.fspath(r) for r in named),
                   os.fspath(review) if review is not None else None)

    def reviewed_by(self, review: str | os.PathLike[str] | None) -> Case:
        """The same files with another review file, or none."""
        return replace(self, review=os.fspath(review) if review is not None else None)


BUNDLED_CASE = "trump-ishiba-2025"


def bundled_case_dir() -> Path:
    """The bundled Trump–Ishiba case: inside the installed wheel, or in the source checkout."""
    here = Path(__file__).resolve().parent
    for root in (here / "data", here.parent.parent):
        folder = root / "claims" / BUNDLED_CASE
        if (folder / "preview.yaml").is_file():
            return folder
    raise InputError(f"the bundled case '{BUNDLED_CASE}' is missing from this installation")


def _case_files(folder: str | os.PathLike[str]) -> tuple[str, list[str]]:
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
                if n.startswith("report") and n.endswith(CLAIM_SUFFIXES) and os.path.splitext(n)[0] != "report"]
    more = os.path.join(base, "reports")
    if os.path.isdir(more):
        reports += [os.path.join(more, n) for n in sorted(os.listdir(more), key=_natural) if n.endswith(CLAIM_SUFFIXES)]
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


def _one_of(folder: str, name: str) -> str | None:
    """folder's name.yaml or name.yml, whatever kind of file it is; InputError when both are there,
    since one of them would be ignored without a word."""
    there = [p for p in (os.path.join(folder, name + ext) for ext in CLAIM_SUFFIXES) if os.path.lexists(p)]
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
