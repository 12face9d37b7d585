"""Every class of malformed input ends the same way: one `FILE:LINE: problem` line, exit 3, nothing on stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED_CASE, run_cli as run
from summitcheck import cli

REPORT = SEED_CASE / "report.yaml"
DOC = "document: {id: p, role: preview, title: T}\n"
CLAIM = "claims:\n  - {id: a, statement: S}\n"


def claim(extra: str) -> str:
    """A preview with one claim carrying extra keys, written in flow style."""
    return DOC + "claims:\n  - {id: a, statement: S, " + extra + "}\n"


# (case id, file content, the problem the message must name, the line it must give)
BAD_FILES = [
    # YAML
    ("empty file", "", "empty file", 1),
    ("only a comment", "# nothing yet\n", "empty file", 1),
    ("tabs for indentation", "document:\n\tid: p\n", "malformed YAML: a tab in the indentation", 2),
    ("unclosed bracket", "document: [unclosed\n", "malformed YAML", 2),
    ("unclosed quote", 'document: {id: "p}\n', "malformed YAML", 2),
    ("top level is a list", "- document\n- claims\n", "the claim file must be a mapping of keys, not a list", 1),
    ("top level is text", "just some words\n", "must be a mapping of keys, not the text", 1),
    ("two documents", DOC + CLAIM + "---\n" + DOC + CLAIM, "more than one YAML document", 4),
    ("deep flow nesting", "document: " + "[" * 50_000 + "]" * 50_000 + "\n", "nested more than 32 levels deep", 1),
    ("deep block nesting", "document:\n" + "".join(" " * i + "- \n" for i in range(1, 60)), "nested more than 32 levels", 33),
    ("alias bomb", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ndocument: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
     "anchors and aliases", 1),
    ("python object tag", "document: !!python/object/apply:os.system [echo owned]\n" + CLAIM,
     "the YAML tag '!!python/object/apply:os.system' is not allowed", 1),
    ("custom tag", "document: !include other.yaml\n" + CLAIM, "the YAML tag '!include' is not allowed", 1),
    ("too many values", "claims: [" + "1, " * 200_001 + "1]\n", "more than 200,000 YAML values", 1),
    # shape
    ("no document", CLAIM, "missing the required key 'document'", 1),
    ("no claims", DOC, "missing the required key 'claims'", 1),
    ("claims not a list", DOC + "claims: {a: 1}\n", "'claims' must be a list, not a mapping", 2),
    ("claims empty", DOC + "claims: []\n", "'claims' is empty; it needs at least 1", 2),
    ("claims null", DOC + "claims:\n", "'claims' must be a list, not an empty value", 2),
    ("claim not a mapping", DOC + "claims:\n  - Japan buys gas\n", "'claim 1' must be a mapping of keys, not the text", 3),
    ("document not a mapping", "document: preview\n" + CLAIM, "'document' must be a mapping of keys", 1),
    ("claim without statement", DOC + "claims:\n  - id: a\n", "'claim 1' is missing the required key 'statement'", 3),
    ("document without title", "document: {id: p, role: preview}\n" + CLAIM, "missing the required key 'title'", 1),
    ("misspelt key", DOC + "claims:\n  - id: a\n    statment: S\n",
     "unknown key 'statment' in 'claim 1' (did you mean 'statement'?)", 4),
    ("unknown key, nothing close", claim("zzz: 1"), "unknown key 'zzz' in 'claim 1'; known keys: id, statement", 3),
    ("duplicate key", DOC + "claims:\n  - id: a\n    statement: S\n    statement: T\n",
     "duplicate key 'statement' in 'claim 1' (first at line 4)", 5),
    ("non-text key", DOC + "claims:\n  - {[id]: a, statement: S}\n", "keys in 'claim 1' must be plain words", 3),
    # types and values
    ("null statement", DOC + "claims:\n  - id: a\n    statement:\n", "'statement' is empty; it must be text", 4),
    ("blank statement", claim("quote: '   '").replace("statement: S", "statement: '  '"), "'statement' is empty", 3),
    ("list as statement", DOC + "claims:\n  - {id: a, statement: [Japan, buys]}\n", "'statement' must be text, not a list", 3),
    ("number as statement", DOC + "claims:\n  - {id: a, statement: 12}\n", "'statement' must be text, not a number; put it in quotes", 3),
    ("yes as title", "document: {id: p, role: preview, title: yes}\n" + CLAIM, "'title' must be text, not a yes/no value", 1),
    ("negated not boolean", claim("negated: maybe"), "'negated' must be true or false, not 'maybe'", 3),
    ("negated a number", claim("negated: 1"), "'negated' must be true or false, not '1'", 3),
    ("date in another order", "document: {id: p, role: preview, title: T, published: 31/01/2025}\n" + CLAIM,
     "'published' must be an ISO date (YYYY-MM-DD), not '31/01/2025'", 1),
    ("date that does not exist", "document: {id: p, role: preview, title: T, published: 2025-02-30}\n" + CLAIM,
     "must be an ISO date", 1),
    ("id with spaces", DOC + "claims:\n  - {id: Trade Deal, statement: S}\n", "'id' 'Trade Deal' is not an id", 3),
    ("id starting with a dash", DOC + "claims:\n  - {id: -a, statement: S}\n", "is not an id", 3),
    ("topic of two words", claim("topic: trade deal"), "'topic' must be one word, not 'trade deal'", 3),
    ("keywords not a list", claim("keywords: LNG"), "'keywords' must be a list, not the text 'LNG'", 3),
    ("duplicate ids", DOC + "claims:\n  - {id: a, statement: S}\n  - {id: b, statement: S}\n  - {id: a, statement: T}\n",
     "duplicate claim id 'a' (first at line 3)", 5),
    ("unreadable figure", claim("figures: [{metric: m, value: soon}]"), "figure value 'soon': no number in it", 3),
    ("NaN figure", claim("figures: [{metric: m, value: .nan}]"), "figure value '.nan': not a finite number", 3),
    ("infinite figure", claim("figures: [{metric: m, value: .inf}]"), "not a finite number", 3),
    ("huge figure", claim("figures: [{metric: m, value: 1e999}]"), "out of range", 3),
    ("two numbers in a figure", claim("figures: [{metric: m, value: 5% or 6%}]"), "two numbers in it", 3),
    ("null figure value", claim("figures: [{metric: m, value: }]"), "'value' is empty", 3),
    ("figure without metric", claim("figures: [{value: $5bn}]"), "'figure 1' is missing the required key 'metric'", 3),
    ("figures not a list", claim("figures: {metric: m, value: 5}"), "'figures' must be a list", 3),
    ("role not preview or report", "document: {id: p, role: summary, title: T}\n" + CLAIM,
     "'role' must be preview or report, not 'summary'", 1),
    ("report given as preview", "document: {id: p, role: report, title: T}\n" + CLAIM,
     "this is a report claim file, given where the preview belongs", 1),
]




def assert_one_line(err: str, where: str, problem: str) -> None:
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith(where), err
    assert problem in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize("content, problem, line", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_claim_file(tmp_path: Path, content: str, problem: str, line: int) -> None:
    bad = tmp_path / "preview.yaml"
    bad.write_text(content, encoding="utf-8")
    code, out, err = run("check", str(bad), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{bad}:{line}: ", problem)


def test_preview_given_where_the_report_belongs(tmp_path: Path) -> None:
    code, out, err = run("check", str(SEED_CASE / "preview.yaml"), str(SEED_CASE / "preview.yaml"))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{SEED_CASE / 'preview.yaml'}:", "this is a preview claim file, given where the report belongs")


@pytest.mark.parametrize("content", [b"\xff\xfed\x00o\x00c\x00", b"document: {id: p, role: preview, title: Caf\xe9}\n"],
                         ids=["UTF-16", "Latin-1"])
def test_not_utf8(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "preview.yaml"
    bad.write_bytes(content)
    code, out, err = run("check", str(bad), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{bad}:1: ", "not UTF-8 text")


def test_byte_order_mark_and_crlf_are_fine(tmp_path: Path) -> None:
    good = tmp_path / "preview.yaml"
    good.write_bytes(b"\xef\xbb\xbf" + (DOC + CLAIM).replace("\n", "\r\n").encode())
    code, out, err = run("check", str(good), str(REPORT), "-f", "json")
    assert code == 0 and err == "" and '"expectations"' in out


@pytest.mark.parametrize("make, problem", [
    (lambda p: None, "no such file"),
    (lambda p: p.mkdir(), "is a directory"),
], ids=["missing", "directory"])
def test_path_problems(tmp_path: Path, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "preview.yaml"
    make(path)
    code, out, err = run("check", str(path), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{path}: ", problem)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "preview.yaml"
    path.write_text(DOC + CLAIM, encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: make open() refuse as the kernel would
        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr("summitcheck.textfile.open", refuse, raising=False)
    code, out, err = run("check", str(path), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{path}: ", "permission denied")


def test_case_folder_without_a_report(tmp_path: Path) -> None:
    (tmp_path / "preview.yaml").write_text(DOC + CLAIM, encoding="utf-8")
    code, out, err = run("check", str(tmp_path))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{tmp_path}: ", "the case folder has no report.yaml")


def test_nothing_is_executed_or_written(tmp_path: Path) -> None:
    marker = tmp_path / "owned"
    bad = tmp_path / "preview.yaml"
    bad.write_text(f"document: !!python/object/apply:os.system ['touch {marker}']\n" + CLAIM, encoding="utf-8")
    before = bad.read_bytes()
    run("check", str(bad), str(REPORT))
    assert not marker.exists()
    assert bad.read_bytes() == before and sorted(tmp_path.iterdir()) == [bad]


@pytest.mark.parametrize("content", [
    "document: " + "[" * 200_000 + "]" * 200_000 + "\n",
    "document: " + "{a: " * 100_000 + "1" + "}" * 100_000 + "\n",
], ids=["lists", "mappings"])
def test_very_deep_nesting_does_not_crash_the_process(tmp_path: Path, content: str) -> None:
    # libyaml's own composer recurses in C and dies of SIGSEGV here; run in a child process to see it.
    bad = tmp_path / "preview.yaml"
    bad.write_text(content, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "summitcheck", "check", str(bad), str(REPORT)],
                          capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(proc.stderr, f"{bad}:1: ", "nested more than 32 levels deep")


def test_a_runaway_value_is_shown_short(tmp_path: Path) -> None:
    bad = tmp_path / "preview.yaml"
    bad.write_text(f"document: '{'x' * 100_000}'\n" + CLAIM, encoding="utf-8")
    code, out, err = run("check", str(bad), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{bad}:1: ", "'document' must be a mapping of keys, not the text 'xxx")
    assert "(100,000 characters)" in err and len(err) < 300
