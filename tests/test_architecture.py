"""Pure core, thin edges: the core never imports typer or rich, and JSON output never loads rich."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summitcheck.render import RENDERERS

CORE = ["model", "settings", "case", "schema", "errors", "textfile", "load", "figures", "currencies", "qualifiers",
        "variants", "text", "lexical", "pairing", "polarity", "discrepancy", "quotes", "verdict", "verdicts", "story", "batch",
        "check", "validate", "extract", *(f"extract.{m}" for m in ("segmenting", "worthiness", "statements",
                                                                  "metrics", "ids", "writing", "words"))]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
                         check=True, capture_output=True, text=True).stdout
    return {name.split(".")[0] for name in out.split()}


def test_core_imports_neither_typer_nor_rich() -> None:
    loaded = _modules_after("import summitcheck; " + "; ".join(f"import summitcheck.{m}" for m in CORE)
                            + "; summitcheck.check_case(); summitcheck.validate.validate_file(summitcheck.bundled_case_dir() / 'preview.yaml')"
                            + "; summitcheck.schema.json_schema()")
    assert "summitcheck" in loaded
    assert not {"typer", "rich", "click"} & loaded


@pytest.mark.parametrize("fmt", [f for f in RENDERERS if f != "table"])
def test_text_formats_do_not_load_rich(fmt: str) -> None:
    code = ("import io; from summitcheck import check_case; from summitcheck.render import render; "
            f"render(check_case(), {fmt!r}, io.StringIO())")
    assert "rich" not in _modules_after(code)


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "html"])
def test_batch_text_formats_do_not_load_rich(fmt: str) -> None:
    code = ("import io; from summitcheck import bundled_case_dir; from summitcheck.batch import check_batch; "
            "from summitcheck.render.desk import render_batch; "
            f"render_batch(check_batch([bundled_case_dir()], jobs=1), {fmt!r}, io.StringIO())")
    assert "rich" not in _modules_after(code)


def test_checking_claim_files_does_not_load_the_drafting_code() -> None:
    # `summitcheck check` on claim files is the common case and must start fast: the extract package loads on demand.
    code = ("import sys; from summitcheck import cli, check_case; check_case(); "
            "print('summitcheck.extract' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_check_in_json_loads_only_what_it_uses() -> None:
    # Start-up is measured on this command (benchmarks/bench.py, part a): the modules of the other
    # commands and formats (drafting, validate, batch, the other renderers, rich) load on demand.
    code = ("import contextlib, io, sys; from summitcheck.cli import run; sys.argv = ['summitcheck', 'check', '-f', 'json']\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): run()\n"
            "print(' '.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    loaded = set(out.split())
    assert "summitcheck.render.json_format" in loaded
    unused = {"summitcheck.extract", "summitcheck.validate", "summitcheck.batch", "rich", "numpy",
              *(f"summitcheck.render.{m}" for m in ("table", "html_format", "markdown", "csv_format", "claimreview",
                                                    "desk", "desk_table", "explain"))}
    assert not unused & loaded


def test_extract_loads_no_pairing_or_verdict_engine() -> None:
    # `extract` is timed against `check` (benchmarks/bench.py, part f): it drafts, and never pairs or decides.
    code = ("import contextlib, io, sys; from summitcheck.cli import run\n"
            "sys.argv = ['summitcheck', 'extract', sys.argv[1], '--role', 'report']\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): run()\n"
            "print(' '.join(sys.modules))")
    article = Path(__file__).parent / "articles" / "messy.txt"
    out = subprocess.run([sys.executable, "-c", code, str(article)], check=True, capture_output=True, text=True).stdout
    loaded = set(out.split())
    assert "summitcheck.extract.writing" in loaded
    unused = {"rapidfuzz", "rich", *(f"summitcheck.{m}" for m in ("pairing", "discrepancy",
                                                                   "qualifiers", "verdict", "story", "validate"))}
    assert not unused & loaded


def test_package_names_load_on_demand() -> None:
    # `import summitcheck` loads nothing heavy; each public name still comes from its module when asked.
    import summitcheck

    assert set(summitcheck._HOMES) == set(summitcheck.__all__)
    for name in summitcheck.__all__:
        value = getattr(summitcheck, name)
        assert getattr(value, "__module__", None) == f"summitcheck.{summitcheck._HOMES[name]}", name
    with pytest.raises(AttributeError):
        _ = summitcheck.no_such_name
