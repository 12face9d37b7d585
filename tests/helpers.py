"""What several test modules share: the project's case folders, a review file for the seed case,
running the CLI in-process, and reading YAML as a JSON Schema validator sees it.

A plain module (tests import it by name); conftest.py keeps only pytest's hooks and fixtures.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

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
