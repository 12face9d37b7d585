"""The house rules, run with the tests: ruff's rule set (pyproject.toml) over the repository and
mypy --strict over the package. Each fails, never skips: both come with the [test] extra."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from helpers import ROOT


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def test_ruff_and_mypy_strict_pass() -> None:
    # Both at once (mypy keeps its cache in .mypy_cache, so a second run takes a fraction of a second).
    ruff = _start("ruff", "check", "--no-fix", "--output-format", "concise", ".")
    mypy = _start("mypy", "--strict", "cli/summitcheck")
    ruff_out, _ = ruff.communicate(timeout=300)
    mypy_out, _ = mypy.communicate(timeout=300)
    assert ruff.returncode == 0, f"ruff check:\n{ruff_out}"
    assert mypy.returncode == 0, f"mypy --strict cli/summitcheck:\n{mypy_out}"


def test_tests_import_helpers_not_conftest() -> None:
    # conftest.py is pytest's: what tests share is in helpers.py, a module imported by name.
    importing = [p.name for p in sorted(Path(__file__).parent.glob("*.py"))
                 if re.search(r"^\s*(?:from conftest import|import conftest)", p.read_text(encoding="utf-8"), re.M)]
    assert importing == []
