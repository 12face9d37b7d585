"""The command line: a thin layer over the core; expected failures become one line and an exit status."""

from __future__ import annotations

import io
import json
import os
import sys
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .check import bundled_case_dir, case_files, check_case, check_files
from .discrepancy import DEFAULT_TOLERANCE
from .errors import FigureError, InputError, SummitcheckError, shown
from .figures import Quantity, describe_unit, format_interval, parse_figure
from .match import DEFAULT_THRESHOLD
from .render import RENDERERS, render
from .schema import json_schema
from .textfile import write_atomically
from .validate import Validation, validate_file
from .verdict import FINDINGS, CheckResult


class ExitStatus(IntEnum):
    OK = 0  # the check ran; no finding named by --fail-on
    FINDINGS = 1  # check: a finding named by --fail-on; validate: a quote not in its article
    USAGE = 2  # the command line is wrong (unknown option, bad value)
    BAD_INPUT = 3  # a claim file or folder is missing, unreadable or invalid
    BROKEN_PIPE = 141  # standard output was closed early, e.g. piped into head


class Terminal:
    """Whether stdout is a terminal; tests replace `terminal` to pin the answer."""

    def is_terminal(self) -> bool:
        return sys.stdout.isatty()

    def wants_color(self) -> bool:
        return self.is_terminal() and "NO_COLOR" not in os.environ


terminal = Terminal()

Format = Enum("Format", {name: name for name in ("auto", *RENDERERS)}, type=str)  # type: ignore[misc]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check what a preview article expected against what the report says happened.",
)


@app.callback()
def main() -> None:
    """summitcheck: expectations against outcome, claim by claim."""


def _fail_on(value: str) -> list[str]:
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FINDINGS]
    if unknown:
        raise typer.BadParameter(f"unknown finding {unknown[0]!r}; choose from {', '.join(FINDINGS)}")
    return names


@app.command()
def check(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="PREVIEW.yaml REPORT.yaml, or a CASE_DIR holding both; none: the bundled Trump–Ishiba case.",
        show_default=False)] = None,
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", help="auto: a table on a terminal, JSON when piped.")] = Format.auto,  # type: ignore[attr-defined]
    threshold: Annotated[float, typer.Option(
        min=0, max=100, help="Lowest pairing score (0–100) at which a report claim answers an expectation.")
    ] = DEFAULT_THRESHOLD,
    tolerance: Annotated[float, typer.Option(
        min=0, help="Percent by which two figures of one metric may differ, beyond their stated precision.")
    ] = DEFAULT_TOLERANCE * 100,
    fail_on: Annotated[str, typer.Option(
        "--fail-on", metavar="FINDING,…",
        help=f"Exit 1 when any such finding exists: {', '.join(FINDINGS)}.")] = "",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE", dir_okay=False,
        help="Write to FILE (replaced only by a complete file) instead of stdout; "
             "with --format auto the format follows the extension (.md, .csv, .json, .txt).")] = None,
) -> None:
    """Pair the preview's expectations with the report's claims and give each a verdict."""
    failing = _fail_on(fail_on)
    if paths and len(paths) > 2:
        raise typer.BadParameter("give PREVIEW REPORT, or one CASE_DIR", param_hint="PATHS")
    try:
        if not paths:
            result = check_case(threshold=threshold, tolerance=tolerance / 100)
        elif len(paths) == 1:
            preview, report = case_files(paths[0])
            result = check_files(preview, report, threshold, tolerance / 100)
        else:
            result = check_files(paths[0], paths[1], threshold, tolerance / 100)
        if output is not None:
            _write_output(result, fmt.value, str(output))
    except SummitcheckError as e:
        _error(e)
        raise typer.Exit(ExitStatus.BAD_INPUT) from None
    if output is None:
        _emit(result, fmt.value)
    raise typer.Exit(ExitStatus.FINDINGS if any(result.has(f) for f in failing) else ExitStatus.OK)


@app.command()
def validate(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Claim files or case folders; none: the bundled case.", show_default=False)] = None,
) -> None:
    """Check claim files against the format, and every quote against the article named by document.text."""
    files: list[tuple[str, str | None]] = []
    status = ExitStatus.OK
    for path in paths or [None]:
        if path is not None and not path.is_dir():
            files.append((str(path), None))
            continue
        try:
            preview, report = case_files(path if path is not None else bundled_case_dir())
        except SummitcheckError as e:
            _error(e)
            status = ExitStatus.BAD_INPUT
            continue
        files += [(preview, "preview"), (report, "report")]
    for name, role in files:
        try:
            checked = validate_file(name, role)
        except SummitcheckError as e:
            _error(e)
            status = ExitStatus.BAD_INPUT
            continue
        for problem in checked.problems:
            _error(problem)
        if checked.problems and status == ExitStatus.OK:
            status = ExitStatus.FINDINGS
        _say(f"{name}: {_validation_summary(checked)}")
    raise typer.Exit(status)


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the claim-file format, for editors and other tools."""
    _say(json.dumps(json_schema(), indent=2, ensure_ascii=False))


class FigureFormat(str, Enum):
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
) -> None:
    """Show how summitcheck reads figure values: the interval, unit and currency of each."""
    from .render.json_format import quantity_data

    read: list[Quantity] = []
    status = ExitStatus.OK
    for text in texts:
        try:
            read.append(parse_figure(text))
        except FigureError as e:
            _error(InputError(f"figure value {shown(text)}: {e.problem}"))
            status = ExitStatus.BAD_INPUT
    as_json = fmt == FigureFormat.json or (fmt == FigureFormat.auto and not terminal.is_terminal())
    if as_json:
        _say(json.dumps([quantity_data(q) for q in read], indent=2, ensure_ascii=False))
    else:
        for q in read:
            _say(f"{q.text} → {format_interval(q)} · {describe_unit(q)}")
    raise typer.Exit(status)


def _validation_summary(checked: Validation) -> str:
    doc = checked.document
    claims = f"{len(doc.claims)} claim{'s' if len(doc.claims) != 1 else ''}"
    if not checked.quoted:
        quotes = "no quotes"
    elif doc.text is None:
        quotes = f"{checked.quoted} quotes not checked (document.text names no article)"
    else:
        found = checked.quoted - len(checked.problems)
        quotes = f"{found} of {checked.quoted} quotes found in {os.path.basename(doc.text)}"
    verdict = "valid" if not checked.problems else "quotes to fix"
    return f"{verdict}: {doc.role}, {claims}, {quotes}"


def _say(line: str) -> None:
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(ExitStatus.BROKEN_PIPE) from None


_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".json": "json", ".txt": "table"}


def _write_output(result: CheckResult, fmt: str, name: str) -> None:
    # Never write over a file the check read: nothing the user gave is lost.
    inputs = [p for p in (result.preview.path, result.report.path) if p]
    if os.path.exists(name) and any(os.path.samefile(name, p) for p in inputs):
        raise InputError("is one of the claim files being checked; choose another --output", name)
    if fmt == "auto":
        fmt = _EXTENSIONS.get(os.path.splitext(name)[1].lower(), "json")
    buffer = io.StringIO()
    render(result, fmt, buffer)
    write_atomically(name, buffer.getvalue())


def _emit(result: CheckResult, fmt: str) -> None:
    if fmt == "auto":
        fmt = "table" if terminal.is_terminal() else "json"
    try:
        render(result, fmt, sys.stdout, color=fmt == "table" and terminal.wants_color())
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`summitcheck check | head -1`): stop quietly,
        # with a status of our own rather than click's 1, which means findings.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(ExitStatus.BROKEN_PIPE) from None


def _error(error: SummitcheckError) -> None:
    # "FILE:LINE: problem" when the error has a file; otherwise say who speaks.
    located = getattr(error, "path", None)
    sys.stderr.write(f"{error}\n" if located else f"summitcheck: {error}\n")


def run() -> None:
    """Console-script entry point."""
    app()
