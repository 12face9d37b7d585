"""The command line: a thin layer over the core; expected failures become one line and an exit status."""

# No `from __future__ import annotations` here: typer reads every command's parameters from their
# annotations on each run, and string annotations are compiled and evaluated anew each time — some
# 10 ms of CPU per start; written out, they are evaluated once when the module loads.
import contextlib
import errno
import gc
import io
import json
import math
import os
import re
import signal
import stat
import sys
from collections.abc import Callable
from dataclasses import replace
from enum import Enum, IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from .case import Case, review_file
from .check import check_case, refuse_case_file
from .errors import FigureError, InputError, InputErrors, SummitcheckError, shown, visible
from .figures import describe_unit, format_interval, parse_figure
from .model import Document, Figure
from .polarity import DIRECTION_NAMES
from .quotes import article_problem
from .render import RENDERERS, RenderOptions, render
from .schema import ID_PATTERN, json_schema
from .settings import DEFAULT_SETTINGS, Settings
from .textfile import STDIN, check_writable, file_kind, write_atomically
from .verdicts import FINDINGS

if TYPE_CHECKING:  # validate is imported by its command only: check does not start with it
    from .validate import ReviewValidation, Validation
    from .verdict import CheckResult  # with the pairing engine, when a check runs: extract starts without it


class ExitStatus(IntEnum):
    OK = 0  # the check ran; no finding named by --fail-on
    FINDINGS = 1  # check: a finding named by --fail-on; validate: a quote not in its article, a figure value not read
    USAGE = 2  # the command line is wrong (unknown option, bad value)
    BAD_INPUT = 3  # a claim file or folder is missing, unreadable or invalid
    BROKEN_PIPE = 141  # standard output was closed early, e.g. piped into head
    INTERRUPTED = 130  # Ctrl-C, as the shell reports a SIGINT (click's "Aborted!" would exit 1, "findings")


class Terminal:
    """Whether stdout is a terminal; tests replace `terminal` to pin the answer."""

    def is_terminal(self) -> bool:
        return sys.stdout.isatty()

    def shows_progress(self) -> bool:
        """Whether stderr is a terminal, where a progress bar may be drawn (never into a pipe or file)."""
        return sys.stderr.isatty()

    def wants_color(self) -> bool:
        # NO_COLOR (no-color.org) and TERM=dumb (a terminal that cannot show escape sequences) both say no.
        return self.is_terminal() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


terminal = Terminal()

Format = Enum("Format", {name: name for name in ("auto", *RENDERERS)}, type=str)  # type: ignore[misc]

def _completion_asked() -> bool:
    """Whether this run is about shell completion: typer's completion options cost some 20 ms on every
    start, so they exist only when asked for (--install-completion, --show-completion, or the shell
    asking for completions through _SUMMITCHECK_COMPLETE)."""
    return "_SUMMITCHECK_COMPLETE" in os.environ or any(
        a in ("--install-completion", "--show-completion") or a.startswith(("--install-completion=", "--show-completion="))
        for a in sys.argv[1:2])


app = typer.Typer(
    add_completion=_completion_asked(),
    no_args_is_help=True,
    help="Check what a preview article expected against what the report says happened.",
)


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        _say(f"summitcheck {__version__}")
        raise typer.Exit(ExitStatus.OK)


@app.callback(epilog="Shell completion: summitcheck --install-completion (bash, zsh, fish, PowerShell), "
                     "then open a new shell.")
def main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_show_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """summitcheck: expectations against outcome, claim by claim."""


def _finite(value: float) -> float:
    # click's min/max let NaN through (every comparison with NaN is false) and infinity past a bare min.
    if not math.isfinite(value):
        raise typer.BadParameter(f"{value} is not a finite number")
    return value


# One definition for check and batch, so that both refuse NaN and infinity alike.
Threshold = Annotated[float, typer.Option(
    min=0, max=100, callback=_finite,
    help="Lowest pairing score (0–100) at which a report claim answers an expectation "
         "(15 less when the two are each other's closest by a clear lead).")]
Tolerance = Annotated[float, typer.Option(
    min=0, callback=_finite,
    help="Percent by which two figures of one metric may differ, beyond their stated precision.")]


def _fail_on(value: str) -> list[str]:
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FINDINGS]
    if unknown:
        raise typer.BadParameter(f"unknown finding {unknown[0]!r}; choose from {', '.join(FINDINGS)}")
    return names


@app.command()
def check(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="PREVIEW REPORT [REPORT …], or a CASE_DIR holding them; none: the bundled Trump–Ishiba case. "
             "Each is a claim file (.yaml) or an article's text (.txt), whose claims are drafted on the fly; "
             "'-' reads one from standard input.",
        show_default=False, readable=False)] = None,
    against: Annotated[Path | None, typer.Option(
        "--against", metavar="REPORT", readable=False,
        help="The report to check PREVIEW against: an article's text (.txt) or a claim file; '-': standard input.")] = None,
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", help="auto: a table on a terminal, JSON when piped.")] = Format.auto,  # type: ignore[attr-defined]
    threshold: Threshold = DEFAULT_SETTINGS.threshold,
    tolerance: Tolerance = DEFAULT_SETTINGS.tolerance * 100,
    fail_on: Annotated[str, typer.Option(
        "--fail-on", metavar="FINDING,…",
        help=f"Exit 1 when any such finding exists: {', '.join(FINDINGS)}.")] = "",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", readable=False,
        help="Write to FILE (replaced only by a complete file) instead of stdout; with --format auto "
             "the format follows the extension (.md, .csv, .json, .jsonld, .html, .txt).")] = None,
    review: Annotated[Path | None, typer.Option(
        "--review", metavar="FILE", readable=False,
        help="A review file of editor overrides; default: review.yaml in the case folder, if any.")] = None,
    no_review: Annotated[bool, typer.Option(
        "--no-review", help="Ignore the case folder's review.yaml: the machine's verdicts only.")] = False,
    reviewer: Annotated[str | None, typer.Option(
        metavar="NAME", help="claimreview: the publisher of the fact-check (required for that format).")] = None,
    review_url: Annotated[str | None, typer.Option(
        metavar="URL", help="claimreview: the address where the fact-check is published.")] = None,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="table: below it, each expectation in full: statements, quotes, every reason.")] = False,
) -> None:
    """Pair the preview's expectations with the report's claims and give each a verdict."""
    failing = _fail_on(fail_on)
    if against is not None:
        if not paths or len(paths) != 1:
            raise typer.BadParameter("with --against REPORT, give exactly one PREVIEW", param_hint="PATHS")
        paths = [paths[0], against]
    if review is not None and no_review:
        raise typer.BadParameter("give --review FILE or --no-review, not both", param_hint="--review")
    chosen = fmt.value if fmt.value != "auto" or output is None else _format_of(output)
    if chosen == "claimreview" and not (reviewer or "").strip():
        raise typer.BadParameter("the claimreview format needs --reviewer NAME: who publishes the fact-check",
                                 param_hint="--reviewer")
    options = RenderOptions(reviewer=reviewer, review_url=review_url, verbose=verbose)
    try:
        if paths and len(paths) >= 2:
            case = Case.of_files(paths[0], paths[1:], review)
        else:  # a case folder: its own review file, unless --review names another or --no-review
            case = Case.find(paths[0] if paths else None, use_review=review is None and not no_review)
            case = case.reviewed_by(review) if review is not None else case
        result = check_case(case, Settings(threshold, tolerance / 100))
        if output is not None:
            _write_output(result, chosen, str(output), options)
        # The notes after the output: bad input (an --output refused) stays one line.
        _note_unused(result, case.folder is None and review is None and not no_review)
        if result.uncompared is not None and result.uncompared.count and chosen not in _SAYS_UNCOMPARED:
            _note(f"summitcheck: note: {result.uncompared.line()}")  # the table and JSON carry it themselves
    except SummitcheckError as e:
        _error(e)
        raise typer.Exit(ExitStatus.BAD_INPUT) from None
    if output is None:
        _emit(result, chosen, options)
    raise typer.Exit(ExitStatus.FINDINGS if any(result.has(f) for f in failing) else ExitStatus.OK)


# Output formats that say how many drafted figures went uncompared; for the others it is a note on stderr.
_SAYS_UNCOMPARED = ("auto", "table", "json")


def _note_unused(result: "CheckResult", review_beside: bool) -> None:
    """One line on stderr for what the check could not use, which the user may think it did:
    a figure value the reader could not read (left out of comparison), an article that
    document.text names but is not there (its quotes go unlocated), and, given PREVIEW
    REPORT, a review.yaml beside the preview (only a case folder applies it)."""
    for doc in (result.preview, *(result.reports or (result.report,))):
        for warning in doc.warnings():
            _note(str(warning))
        if doc.text is not None and doc.text != STDIN and not os.path.exists(doc.text):
            _note(str(InputError(f"note: 'text' names {doc.text}, which is not there; its quotes are not located "
                                 "(summitcheck validate says more)", doc.path, doc.text_line)))
    beside = review_file(os.path.dirname(result.preview.path) or ".") if review_beside and result.preview.path else None
    if beside is not None:
        _note(f"summitcheck: note: {beside} is not applied; give --review {beside}, "
              f"or check the folder {os.path.dirname(beside) or '.'}")


class Role(StrEnum):
    preview = "preview"
    report = "report"


@app.command()
def extract(
    article: Annotated[Path, typer.Argument(
        help="The article as plain text (UTF-8), e.g. copied from a web page; '-': standard input.", show_default=False, readable=False)],
    role: Annotated[Role, typer.Option(
        "--role", help="preview: what is expected; report: what happened.", show_default=False)],
    doc_id: Annotated[str | None, typer.Option(
        "--id", metavar="ID", help="The document id; default: from the article's file name.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", readable=False,
        help="Write the claim file to FILE instead of stdout; its text: path is relative to FILE.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace FILE if it exists (an editor's pruned claim file is otherwise kept).")] = False,
) -> None:
    """Draft a claim file from an article's text: the check-worthy sentences, for an editor to prune."""
    from .extract import claim_file_text, draft_article, stop_note

    if doc_id is not None and not re.fullmatch(ID_PATTERN, doc_id):
        raise typer.BadParameter(f"{doc_id!r} is not an id: [a-z0-9][a-z0-9_-]*", param_hint="--id")
    try:
        if output is not None:
            _check_new_output(str(output), str(article), force)
        draft = draft_article(article, role.value, doc_id)
        where = os.path.dirname(os.path.abspath(output)) if output is not None else os.getcwd()
        # Standard input has no file for the claim file to name: it gets no text: line.
        text_ref = Path(os.path.relpath(os.path.abspath(article), where)).as_posix() if str(article) != "-" else ""
        if not text_ref.isprintable():
            raise InputError("the article's file name holds bytes that are not UTF-8 or a control character; "
                             "a claim file cannot name it: rename the article", str(article))
        written = claim_file_text(draft, text_ref)
        if output is not None:
            write_atomically(str(output), written, (str(article),), "the article being read")
    except SummitcheckError as e:
        _error(e)
        raise typer.Exit(ExitStatus.BAD_INPUT) from None
    n = len(draft.document.claims)
    left_out = f"{draft.furniture} lines of page furniture and {draft.passed_over} sentences not check-worthy left out"
    if draft.stopped_at is not None:
        left_out += f"; {stop_note(draft)}"
    target = f" into {output}" if output is not None else ""
    unreachable = ""
    if output is not None and text_ref and article_problem(
            str(output), os.path.join(os.path.dirname(os.path.abspath(output)), text_ref)):
        # The draft is written all the same; validate and check would not read the article from there.
        unreachable = (f"; {output} may not name {article} (outside its folder or project; see "
                       f"docs/threat-model.md), so its quotes go unchecked")
    _note(f"summitcheck: drafted {n} claim{'s' if n != 1 else ''} from {article}{target} "
          f"({left_out}); review them before use{unreachable}")
    if output is None:
        _say(written.rstrip("\n"))
    raise typer.Exit(ExitStatus.OK)


def _check_new_output(name: str, article: str, force: bool) -> None:
    check_writable(name, (article,), "the article being read")
    if os.path.lexists(name) and not force:
        raise InputError("already exists; pass --force to replace it", name)
    refuse_case_file(name, claim_files=False)  # --force replaces a claim file, never a review file or an article


@app.command()
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Claim files or case folders; none: the bundled case; '-': a claim file from standard input.",
        show_default=False, readable=False)] = None,
) -> None:
    """Check claim files against the format, and every quote against the article named by document.text."""
    from .validate import ReviewValidation, validate_file

    files: list[tuple[str, str | None, tuple[str, ...] | None]] = []
    status = ExitStatus.OK
    given: list[Path | None] = [*paths] if paths else [None]  # none: the bundled case
    for path in given:
        if path is not None and not os.path.isdir(path):  # False, not an error, for a name too long
            files.append((str(path), None, None))
            continue
        try:
            found = Case.find(path)
        except SummitcheckError as e:
            _error(e)
            status = ExitStatus.BAD_INPUT
            continue
        files += [(found.preview, "preview", None), *((report, "report", None) for report in found.reports)]
        if found.review is not None:
            files.append((found.review, None, (found.preview, *found.reports)))
    for name, role, case in files:
        try:
            checked = validate_file(name, role, case)
        except InputErrors as e:
            for each in sorted((*e.errors, *e.warnings), key=lambda x: x.line or 0):  # every problem, one line each
                _error(each)
            status = ExitStatus.BAD_INPUT
            continue
        except SummitcheckError as e:
            _error(e)
            status = ExitStatus.BAD_INPUT
            continue
        if isinstance(checked, ReviewValidation):
            _say(visible(f"{name}: {_review_summary(checked)}", keep_lines=False))
            continue
        for problem in checked.problems:
            _error(problem)
        for warning in checked.document.warnings():  # check reads the file and leaves these figures out
            _error(warning)
        for note in checked.bare_numbers:
            _say(f"{note} (a note, not an error)")
        if (checked.problems or checked.document.unread) and status == ExitStatus.OK:
            status = ExitStatus.FINDINGS
        _say(visible(f"{name}: {_validation_summary(checked)}", keep_lines=False))
    raise typer.Exit(status)


@app.command()
def schema(
    review: Annotated[bool, typer.Option("--review", help="The review-file format (editor overrides) instead.")] = False,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the claim-file format, for editors and other tools."""
    _say(json.dumps(json_schema("review" if review else "claims"), indent=2, ensure_ascii=False, allow_nan=False))


class FigureFormat(StrEnum):
    auto = "auto"
    text = "text"
    json = "json"


@app.command()
def figure(
    texts: Annotated[list[str], typer.Argument(
        help="Figure values as written in a claim file: '$56bn', 'about 2%', '25 basis points'.",
        show_default=False)],
    fmt: Annotated[FigureFormat, typer.Option(
        "--format", "-f", help="auto: text on a terminal, JSON when piped.")] = FigureFormat.auto,
    baseline_text: Annotated[str | None, typer.Option(
        "--from", help="The value each one changed from (a claim file's `from:`), e.g. --from '3.3%'.",
        show_default=False)] = None,
) -> None:
    """Show how summitcheck reads figure values: the interval, unit and currency of each."""
    from .render.json_format import figure_data

    baseline = None
    status = ExitStatus.OK
    if baseline_text is not None:
        try:
            baseline = parse_figure(baseline_text)
        except FigureError as e:
            _error(InputError(f"figure baseline {shown(baseline_text)}: {e.problem}"))
            raise typer.Exit(ExitStatus.BAD_INPUT) from None
    read: list[Figure] = []
    for text in texts:
        try:
            q = parse_figure(text)
        except FigureError as e:
            _error(InputError(f"figure value {shown(text)}: {e.problem}"))
            status = ExitStatus.BAD_INPUT
            continue
        if baseline is not None and not baseline.comparable(q):
            _error(InputError(f"figure baseline {shown(baseline.text)}: not in the unit of the value {shown(text)}"))
            status = ExitStatus.BAD_INPUT
            continue
        read.append(Figure("", q, baseline=baseline))
    as_json = fmt == FigureFormat.json or (fmt == FigureFormat.auto and not terminal.is_terminal())
    if as_json:
        _say(json.dumps([figure_data(f.quantity, f.baseline) for f in read], indent=2, ensure_ascii=False, allow_nan=False))
    else:
        for f in read:
            q = f.quantity
            change = f" · from {f.baseline.text} ({format_interval(f.baseline)}): {DIRECTION_NAMES[f.direction]}" \
                if f.baseline is not None and f.direction else ""
            _say(visible(f"{q.text} → {format_interval(q)} · {describe_unit(q)}{change}", keep_lines=False))
    raise typer.Exit(status)


BatchFormat = Enum("BatchFormat", {n: n for n in ("auto", "table", "json", "csv", "markdown", "html")},  # type: ignore[misc]
                   type=str)


@app.command()
def batch(
    folders: Annotated[list[Path], typer.Argument(
        help="Folders holding case folders (each with preview.yaml and its reports), searched to any depth.",
        show_default=False)],
    fmt: Annotated[BatchFormat, typer.Option(
        "--format", "-f", help="auto: a table on a terminal, JSON when piped.")] = BatchFormat.auto,  # type: ignore[attr-defined]
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="DIR", readable=False,
        help="Write one HTML page per case and an index.html linking them into DIR (created if needed).")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, help="Processes to check cases on; 0: every core.")] = 0,
    threshold: Threshold = DEFAULT_SETTINGS.threshold,
    tolerance: Tolerance = DEFAULT_SETTINGS.tolerance * 100,
    fail_on: Annotated[str, typer.Option(
        "--fail-on", metavar="FINDING,…",
        help=f"Exit 1 when any case has such a finding: {', '.join(FINDINGS)}.")] = "",
    no_review: Annotated[bool, typer.Option(
        "--no-review", help="Ignore the cases' review.yaml files: the machine's verdicts only.")] = False,
) -> None:
    """Check every case folder under FOLDERS on all cores: one summary row per case.

    Exit status: 3 when any case is bad input (its row says why; the others are still
    checked), else 1 when any case has a finding named by --fail-on, else 0.
    """
    from .batch import check_batch
    from .render.desk import render_batch, render_html

    failing = _fail_on(fail_on)
    pages = None
    if output is not None:
        try:
            os.makedirs(output, exist_ok=True)
        except OSError as e:
            # Something not a folder is there (a file, a FIFO, /dev/null): name it for what it is, in one line.
            mode = os.stat(output).st_mode if os.path.exists(output) else None
            kind = None if mode is None else "a file" if stat.S_ISREG(mode) else file_kind(mode)
            problem = (f"is {kind}; --output names a folder for the pages" if kind
                       else f"cannot create the output folder: {e.strerror or e}")
            _error(InputError(problem, str(output)))
            raise typer.Exit(ExitStatus.BAD_INPUT) from None
        pages = str(output)
    with _ProgressBar() as progress:
        checked = check_batch([str(f) for f in folders], Settings(threshold, tolerance / 100), jobs or None,
                              not no_review, pages, progress)
    if pages is not None:
        index = io.StringIO()
        render_html(checked, index)
        try:
            write_atomically(os.path.join(pages, "index.html"), index.getvalue())
        except SummitcheckError as e:
            _error(e)
            raise typer.Exit(ExitStatus.BAD_INPUT) from None
    for row in checked.rows:
        if row.problem is not None:
            _write_stderr(f"{row.problem}\n")
        for warning in row.warnings:  # the case was checked without these figures
            _write_stderr(f"{warning}\n")
    chosen = fmt.value if fmt.value != "auto" else ("table" if terminal.is_terminal() else "json")
    buffer = _Rendered()
    render_batch(checked, chosen, buffer, color=chosen == "table" and terminal.wants_color())
    _write_stdout(buffer.getvalue(), utf8=chosen in ("json", "html"))
    if checked.bad:
        raise typer.Exit(ExitStatus.BAD_INPUT)
    raise typer.Exit(ExitStatus.FINDINGS if any(checked.has(f) for f in failing) else ExitStatus.OK)


class _ProgressBar:
    """A progress bar on stderr while cases are checked, only when stderr is a terminal."""

    def __enter__(self) -> Callable[[int, int], None] | None:
        if not terminal.shows_progress():
            self.bar = None
            return None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("checking cases", total=None)

        def update(done: int, total: int) -> None:
            assert self.bar is not None
            self.bar.update(self.task, completed=done, total=total)

        return update

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
def example(
    copy: Annotated[Path | None, typer.Option(
        "--copy", metavar="DIR", readable=False,
        help="Copy the case (claim files and articles) into DIR, created if needed, to edit and check.")] = None,
) -> None:
    """List the bundled case's files (what `summitcheck check` runs on when given nothing), or copy them."""
    from .load import load_claims

    try:
        case = Case.find()
        docs = [load_claims(path) for path in (case.preview, *case.reports)]
        if copy is None:
            for doc in docs:
                _say(f"{doc.path}  ({doc.role} claim file: {doc.title})")
                if doc.text is not None:
                    _say(f"{doc.text}  ({doc.role} article)")
            _note("summitcheck: `summitcheck example --copy DIR` copies them to edit; `summitcheck check DIR` checks the copy")
            raise typer.Exit(ExitStatus.OK)
        _copy_case(docs, str(copy))
    except SummitcheckError as e:
        _error(e)
        raise typer.Exit(ExitStatus.BAD_INPUT) from None
    _note(f"summitcheck: copied the bundled case into {copy}; next: summitcheck check {copy}")
    raise typer.Exit(ExitStatus.OK)


def _copy_case(docs: list[Document], folder: str) -> None:
    """Each claim file and its article into folder, the article beside it (its text: line rewritten);
    nothing already there is replaced."""
    from .textfile import read_text

    writes: list[tuple[str, str]] = []
    for doc in docs:
        assert doc.path is not None
        lines = read_text(doc.path, 20 * 1024 * 1024, "a claim file").splitlines(keepends=True)
        if doc.text is not None and doc.text_line is not None:
            article = f"{doc.role}.txt"
            indent = lines[doc.text_line - 1][: len(lines[doc.text_line - 1]) - len(lines[doc.text_line - 1].lstrip())]
            lines[doc.text_line - 1] = f"{indent}text: {article}\n"
            writes.append((article, read_text(doc.text, 20 * 1024 * 1024, "an article's text")))
        writes.append((os.path.basename(doc.path), "".join(lines)))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as e:
        raise InputError(f"cannot create the folder: {e.strerror or e}", folder) from None
    for name, _ in writes:
        if os.path.lexists(os.path.join(folder, name)):
            raise InputError("already exists; choose an empty folder", os.path.join(folder, name))
    for name, text in writes:
        write_atomically(os.path.join(folder, name), text)


# Examples shown at the end of each command's --help: (command line, what it does).
EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "check": [
        ("summitcheck check", "the bundled case, as a table (JSON when piped)"),
        ("summitcheck check cases/ecb-june", "a case folder: preview.yaml, report.yaml, review.yaml"),
        ("summitcheck check preview.yaml report.yaml -f markdown", "two claim files"),
        ("summitcheck check preview.yaml --against report.txt", "a report article, its claims drafted on the fly"),
        ("summitcheck check cases/ecb-june -o ecb.html", "a page for readers (format from the extension)"),
        ("summitcheck check cases/ecb-june -o ecb.jsonld --reviewer 'The Desk'", "ClaimReview for search engines"),
        ("summitcheck check cases/ecb-june --fail-on contradicted", "exit 1 when anything is contradicted"),
    ],
    "extract": [
        ("summitcheck extract preview.txt --role preview -o preview.yaml", "draft the preview's claim file"),
        ("pbpaste | summitcheck extract - --role report", "an article from standard input"),
    ],
    "validate": [
        ("summitcheck validate cases/ecb-june", "every file of a case folder, quotes and overrides included"),
        ("summitcheck validate preview.yaml", "one claim file: every problem in it, one line each"),
    ],
    "schema": [
        ("summitcheck schema > claims.schema.json", "for an editor's YAML plug-in"),
        ("summitcheck schema --review", "the review file's format"),
    ],
    "figure": [
        ("summitcheck figure '$56bn' 'about 2%' '25 basis points'", "how each value is read"),
        ("summitcheck figure '3.2%' --from '3.3%'", "a change from a baseline"),
    ],
    "example": [
        ("summitcheck example", "list the bundled case's files"),
        ("summitcheck example --copy my-case && summitcheck check my-case", "copy it, edit it, check it"),
    ],
    "batch": [
        ("summitcheck batch cases/", "every case folder under cases/, one row each"),
        ("summitcheck batch cases/ -o site/", "an HTML page per case and an index"),
    ],
}


def _epilog(examples: list[tuple[str, str]]) -> str:
    # Rich markup reads "[...]" as a tag: escape it.  Single line breaks are kept.
    rows = "\n".join(f"$ {line}\n  {what}" for line, what in examples)
    return "Examples:\n" + rows.replace("[", "\\[")


def _add_examples() -> None:
    for info in app.registered_commands:
        name = info.name or (info.callback.__name__ if info.callback else "")
        if name in EXAMPLES:
            info.epilog = _epilog(EXAMPLES[name])


def _review_summary(checked: "ReviewValidation") -> str:
    n = len(checked.review.overrides)
    overrides = f"{n} override{'s' if n != 1 else ''}"
    if checked.against is None:
        return f"valid: review, {overrides}, ids not checked (no preview.yaml and report.yaml beside it)"
    names = ", ".join(os.path.basename(p) for p in checked.against[:-1]) + " and " + os.path.basename(checked.against[-1])
    return f"valid: review, {overrides}, every id found in {names}"


def _validation_summary(checked: "Validation") -> str:
    doc = checked.document
    claims = f"{len(doc.claims)} claim{'s' if len(doc.claims) != 1 else ''}"
    if not checked.quoted:
        quotes = "no quotes"
    elif doc.text is None:
        quotes = f"{checked.quoted} quotes not checked (document.text names no article)"
    else:
        found = checked.quoted - len(checked.problems)
        quotes = f"{found} of {checked.quoted} quotes found in {os.path.basename(doc.text)}"
    unread = len(doc.unread)
    to_fix = [what for what, n in (("quotes", len(checked.problems)), ("figure values", unread)) if n]
    verdict = f"{' and '.join(to_fix)} to fix" if to_fix else "valid"
    figures = f", {unread} figure value{'s' if unread != 1 else ''} not read (not compared)" if unread else ""
    return f"{verdict}: {doc.role}, {claims}, {quotes}{figures}"


def _say(line: str) -> None:
    _write_stdout(line + "\n")


def _note(line: str) -> None:
    """A line for the user on stderr, with nothing in it that could change how the terminal shows it."""
    _write_stderr(visible(line, keep_lines=False) + "\n")


_CHUNK = 64 * 1024


def _write_stdout(text: str, utf8: bool = False) -> None:
    """Write text to stdout in chunks and flush; 141 when the reader went away, 3 when it cannot be written.

    One big write into a pipe that closes half-way is cut short without an error,
    and the rest dropped silently; chunk by chunk, the closed pipe surfaces as EPIPE.
    utf8: the format declares UTF-8 (JSON, HTML), whatever the terminal's encoding; other
    text follows the terminal's, with what it cannot show written as backslash escapes.
    """
    stream = sys.stdout
    try:
        fd = stream.fileno() if stream is not None and not _STDOUT_CLOSED else -1
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):  # a test's captured stdout
        assert stream is not None
        stream.write(text)
        stream.flush()
        return
    try:
        if fd < 0:
            raise OSError(errno.EBADF, "it is closed")
        stream.flush()
        data = text.encode("utf-8" if utf8 else (stream.encoding or "utf-8"), "backslashreplace")
        view = memoryview(data)
        while view:
            written = os.write(fd, view[:_CHUNK])
            view = view[written:]
    except BrokenPipeError:
        # The reader went away (`summitcheck check | head -1`): stop quietly,
        # with a status of our own rather than click's 1, which means findings.
        raise typer.Exit(ExitStatus.BROKEN_PIPE) from None
    except OSError as e:
        _note(f"summitcheck: cannot write to standard output: {e.strerror or e}")
        raise typer.Exit(ExitStatus.BAD_INPUT) from None


class _Stream(io.TextIOBase):
    """A standard stream of a run from the console script, wrapping the real one; subclasses say
    where the text goes."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):  # click probes a stream with b"": a text stream must refuse bytes
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if text:
            self._emit(text)
        return len(text)

    def _emit(self, text: str) -> None:
        raise NotImplementedError


class _Stdout(_Stream):
    """sys.stdout for a run from the console script: whatever else writes to it — click's and rich's
    --help, a usage line — goes through _write_stdout too, so it keeps the same promises: 141 on a
    closed pipe, one line and exit 3 when stdout cannot be written, backslash escapes for what the
    terminal's encoding cannot show.  Each write goes out at once; nothing waits in a buffer for exit."""

    @property
    def errors(self) -> str:  # type: ignore[override]
        return "backslashreplace"

    def _emit(self, text: str) -> None:
        _write_stdout(text)

    def flush(self) -> None:
        pass  # written at once


class _Stderr(_Stream):
    """sys.stderr for a run from the console script: messages are best effort, so a full or broken
    stderr loses them but never changes the exit status (click's usage error would otherwise end
    in an OSError, exit 1, which means findings)."""

    def _emit(self, text: str) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._stream.write(text)
            self._stream.flush()

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._stream.flush()


def _write_stderr(text: str) -> None:
    # Messages are best effort: with stderr closed or full, the exit status still tells.
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):
        pass


_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".json": "json",
               ".jsonld": "claimreview", ".html": "html", ".htm": "html", ".txt": "table"}


def _format_of(output: Path) -> str:
    """The format an --output file's extension asks for; a usage error when it names none we write."""
    ext = os.path.splitext(str(output))[1].lower()
    if ext not in _EXTENSIONS and not os.path.isdir(output):  # a folder is refused when written, in its own words
        known = ", ".join(dict.fromkeys(_EXTENSIONS))
        raise typer.BadParameter(
            f"cannot tell a format from {shown(ext) if ext else 'a name without an extension'}: "
            f"name the file {known}, or give --format", param_hint="--output")
    return _EXTENSIONS.get(ext, "json")


def _write_output(result: "CheckResult", fmt: str, name: str, options: RenderOptions) -> None:
    # Never write over a file the check read, the articles its claim files name included:
    # nothing the user gave is lost.
    docs = (result.preview, result.report, *result.reports)
    inputs = tuple(p for p in (*(d.path for d in docs), result.review, *(d.text for d in docs)) if p)
    check_writable(name, inputs, "one of the files being checked")
    refuse_case_file(name)
    buffer = io.StringIO()
    render(result, fmt, buffer, options)
    write_atomically(name, buffer.getvalue(), inputs, "one of the files being checked")


class _Rendered(io.StringIO):
    """The output, collected whole before it is written; says whether stdout is a terminal, so the
    table takes the terminal's width."""

    def isatty(self) -> bool:
        return terminal.is_terminal()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        # rich draws the table's lines in ASCII when the terminal's encoding cannot show box drawing.
        return getattr(sys.stdout, "encoding", None) or "utf-8"


def _emit(result: "CheckResult", fmt: str, options: RenderOptions) -> None:
    if fmt == "auto":
        fmt = "table" if terminal.is_terminal() else "json"
    color = fmt == "table" and terminal.wants_color()
    buffer = _Rendered()
    render(result, fmt, buffer, replace(options, color=color))
    _write_stdout(buffer.getvalue(), utf8=fmt in ("json", "claimreview", "html"))


def _error(error: SummitcheckError) -> None:
    # "FILE:LINE: problem" when the error has a file; otherwise say who speaks.
    located = getattr(error, "path", None)
    _write_stderr(f"{error}\n" if located else f"summitcheck: {error}\n")


_STDOUT_CLOSED = False


_add_examples()


def _interrupted(_signum: int, _frame: object) -> None:
    # An exception rather than an exit: write_atomically's cleanup still removes its temporary file.
    raise typer.Exit(ExitStatus.INTERRUPTED)


# Objects a run may build (less those freed) before the collector looks for reference cycles among them.
GC_THRESHOLD = 500_000


def run() -> None:
    """The command line: for the console script (entry()), and for callers that catch its SystemExit."""
    global _STDOUT_CLOSED  # noqa: PLW0603 - set once per process, read where output is written
    # A check builds many small objects that live until it ends (claims, terms, index entries) and
    # almost no reference cycles (a 3,000-claim check leaves some ten objects to the collector): each
    # pass looks at every object built since the last, some 5% of the CPU of that check at 50,000 objects.
    # Collect rarely (a check of two 3,000-claim files never), and never look at what the imports built.
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 10, 10)
    signal.signal(signal.SIGINT, _interrupted)
    # A standard stream closed by the caller (`summitcheck check >&-`): hold its descriptor
    # with /dev/null, so that no file opened later takes its number and gets our output.
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # the lowest free number: fd
            if fd == 1:
                _STDOUT_CLOSED = True
            if getattr(sys, name) is None:
                # open for the life of the process, as the standard streams are
                setattr(sys, name, open(fd, "r" if fd == 0 else "w", closefd=False))  # noqa: SIM115
    with contextlib.suppress(AttributeError, OSError, ValueError, io.UnsupportedOperation):
        sys.stdout.fileno()  # a real stream (not a test's capture, which _write_stdout writes to as it is)
        sys.stdout = _Stdout(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = _Stderr(sys.stderr)
    app()


def entry() -> None:
    """The `summitcheck` command and `python -m summitcheck`: run(), then leave as the interpreter would at
    its exit, less the teardown.

    What a run built (a long check holds millions of small objects: claims, terms, index entries) would
    otherwise be collected and freed one object at a time before the process ends, ~5% of the CPU of a
    3,000-claim check, for nothing: the process's memory goes back whole.  What the exit owes the user is
    done as the interpreter does it, in its order: other threads waited for, exit handlers run (lazy.py
    saves its compiled patterns in one), the standard streams flushed; then the status.  Where any of that
    cannot be done the same way (a thread still running, a status that is not a number, a stream that
    does not flush) the interpreter exits as usual.  run() itself still ends in SystemExit, for callers
    that catch it."""
    try:
        run()
    except SystemExit as done:
        status = 0 if done.code is None else done.code  # an int (ExitStatus is one) is the status, as Python reads it
        if not isinstance(status, int) or not 0 <= status <= 255 or not _exit_owed():
            raise
        os._exit(int(status))


def _exit_owed() -> bool:
    """Do what the interpreter does at exit before it tears itself down; False when that cannot be done the
    same way here (the caller then lets the interpreter exit)."""
    threading = sys.modules.get("threading")
    if (threading is not None and threading.active_count() > 1) or "concurrent.futures" in sys.modules:
        return False  # threads to wait for, or a pool's exit handler (batch): left to the interpreter
    import atexit

    atexit._run_exitfuncs()  # as at exit: each handler once, an error in one printed and the others run
    try:
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                stream.flush()
    except Exception:  # noqa: BLE001 - the interpreter reports it and sets the status its own way
        return False
    return True
