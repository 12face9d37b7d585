"""What several test modules share: the project's case folders, a review file for the seed case,
running the CLI in-process, reading YAML as a JSON Schema validator sees it, and judging one
expectation against the one report claim paired with it.

A plain module (tests import it by name); conftest.py keeps only pytest's hooks and fixtures.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from summitcheck import Claim, Document, Expectation, Settings, check_files, decide
from summitcheck.figures import parse_figure
from summitcheck.model import Figure

ROOT = Path(__file__).resolve().parent.parent
SEED_CASE = ROOT / "claims" / "trump-ishiba-2025"
# A review file for the seed case: one override with a verdict and a new pairing, one that unpairs.
REVIEW = """\
overrides:
  - expectation: alaska-pipeline
    verdict: fulfilled
    match: trillion-dollar-investment
    note: Confirmed by our Washington correspondent
    by: Desk editor
  - expectation: trade-surplus
    match: null
    note: The two articles measure different balances
    by: Chief sub
"""
TEST_CASES = sorted(p for p in (Path(__file__).parent / "cases").iterdir() if p.is_dir())


class _TextDates(yaml.SafeLoader):
    """YAML as JSON sees it, and as an editor's YAML 1.2 language server reads it: a date stays a string."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def yaml_as_json_data(text: str) -> object:
    """A claim file's data as a JSON Schema validator must see it."""
    return yaml.load(text, Loader=_TextDates)  # a SafeLoader subclass: as safe as yaml.safe_load


def run_cli(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """summitcheck in-process: exit status, stdout, stderr; any exception but an exit fails the test."""
    from summitcheck import cli

    result = CliRunner().invoke(cli.app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


Written = tuple[str, list[tuple[str, ...]]]  # a statement and its figures: (metric, value) or (metric, value, from)


def judged(expectation: Written, report: Written) -> tuple[str, tuple[str, ...], int]:
    """The verdict of one expectation against the one report claim paired with it, its reasons, and how
    many discrepancies were found."""
    def claim(cid: str, text: str, figures: list[tuple[str, ...]]) -> Claim:
        return Claim(id=cid, statement=text, figures=tuple(
            Figure(f[0], parse_figure(f[1]), baseline=parse_figure(f[2]) if len(f) > 2 else None) for f in figures))

    preview = Document(id="p", role="preview", title="p", claims=(claim("e", *expectation),))
    outcome = Document(id="r", role="report", title="r", claims=(claim("r", *report),))
    result = decide(preview, outcome, Settings(threshold=1))
    (found,) = result.expectations
    assert found.match is not None and found.match.claim.id == "r", found.reasons
    return found.verdict, found.reasons, len(result.discrepancies)


def decided(expected: str, outcome: str, figures: tuple[tuple[str, str], tuple[str, str]] | None = None) -> Expectation:
    """One expectation decided against one report claim at the default settings (it may stay absent); figures: the
    (metric, value) of each, when they state one."""
    mine: tuple[Figure, ...] = ()
    theirs: tuple[Figure, ...] = ()
    if figures is not None:
        (m1, v1), (m2, v2) = figures
        mine, theirs = (Figure(m1, parse_figure(v1)),), (Figure(m2, parse_figure(v2)),)
    return decide(Document(id="p", role="preview", title="p", claims=(Claim(id="e", statement=expected, figures=mine),)),
                  Document(id="r", role="report", title="r",
                           claims=(Claim(id="r", statement=outcome, figures=theirs),))).expectations[0]


def said(expectation: str, report: str) -> tuple[str, tuple[str, ...]]:
    """The verdict of a paired expectation against a report claim, neither with drafted figures."""
    verdict, reasons, _ = judged((expectation, []), (report, []))
    return verdict, reasons


def checked_articles(folder: Path, preview: str, report: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Each expectation's verdict and the (preview, report) values of each discrepancy, when the two texts are
    checked as articles (a one-paragraph wire page each, written into folder)."""
    (folder / "preview.txt").write_text(f"NEWSWIRE\n\nWhat to expect\n\n{preview}\n", encoding="utf-8")
    (folder / "report.txt").write_text(f"NEWSWIRE\n\nWhat happened\n\n{report}\n", encoding="utf-8")
    result = check_files(folder / "preview.txt", folder / "report.txt")
    return ([e.verdict for e in result.expectations],
            [(d.link.preview.quantity.text, d.link.report.quantity.text) for d in result.discrepancies])
