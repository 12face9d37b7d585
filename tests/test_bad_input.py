"""Every class of malformed input ends the same way: one `FILE:LINE: problem` line, exit 3, nothing on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summitcheck import InputError, cli, load
from summitcheck.quotes import MAX_ARTICLE_BYTES, read_article

from helpers import SEED_CASE
from helpers import run_cli as run

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
    # The common mistakes get a hint how to fix them, not only PyYAML's words.
    ("colon in a value", DOC + "claims:\n  - id: a\n    statement: Decision: unanimous\n",
     "put it in quotes, statement: \"Decision: unanimous\"", 4),
    ("key indented too deep", DOC + "claims:\n  - id: a\n    statement: S\n      topic: trade\n",
     "this key is indented more than the key above it", 5),
    ("a claim missing its dash", DOC + "claims:\n  - id: a\n    statement: S\n  id: b\n  statement: T\n",
     "add the missing '- ' before a new item", 5),
    ("a keyword missing its dash", DOC + "claims:\n  - id: a\n    statement: S\n    keywords:\n      - a\n      b\n",
     "a missing '- ' before a list item", 7),
    ("a claim missing its dash, same indentation", DOC + "claims:\n  - id: a\n    statement: S\n    id: b\n",
     "duplicate key 'id' in 'claim 1' (first at line 3) (a new item missing its '- '?)", 5),
    ("claims written as a mapping", DOC + "claims:\n  id: a\n  statement: S\n",
     "'claims' must be a list, not a mapping; start each item with '- '", 3),
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
    ("topic of six words", claim("topic: trade deal with the united states"),
     "'topic' must be a word or a phrase of up to 5 words", 3),
    ("topic starting with a digit", claim("topic: 2025 budget"), "not '2025 budget'", 3),
    ("keywords not a list", claim("keywords: LNG"), "'keywords' must be a list, not the text 'LNG'", 3),
    ("duplicate ids", DOC + "claims:\n  - {id: a, statement: S}\n  - {id: b, statement: S}\n  - {id: a, statement: T}\n",
     "duplicate claim id 'a' (first at line 3)", 5),
    ("NaN figure", claim("figures: [{metric: m, value: .nan}]"), "figure value '.nan': not a finite number", 3),
    ("infinite figure", claim("figures: [{metric: m, value: .inf}]"), "not a finite number", 3),
    ("null figure value", claim("figures: [{metric: m, value: }]"), "'value' is empty", 3),
    ("figure without metric", claim("figures: [{value: $5bn}]"), "'figure 1' is missing the required key 'metric'", 3),
    ("baseline in another unit", claim("figures: [{metric: m, value: 3.2%, from: $3bn}]"),
     "figure baseline '$3bn': not in the unit of the value '3.2%'; write both in one unit", 3),
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


# A figure value the reader cannot read costs that figure, not the check: the claim is kept, the
# figure is left out of comparison, and one warning line names it (labelled before the change).
UNREAD = [
    ("unreadable figure", "{metric: m, value: soon}", "warning: figure value 'soon' not read (no number in it); not compared"),
    ("huge figure", "{metric: m, value: 1e999}", "warning: figure value '1e999' not read (the number 1e999 is out of range)"),
    ("two numbers in a figure", "{metric: m, value: 5% or 6%}", "warning: figure value '5% or 6%' not read (two numbers in it"),
    ("unreadable baseline", "{metric: m, value: 3.2%, from: soon}",
     "warning: figure baseline 'soon' not read (no number in it); its direction not used"),
]


@pytest.mark.parametrize("figure, warning", [u[1:] for u in UNREAD], ids=[u[0] for u in UNREAD])
def test_an_unreadable_figure_value_is_a_warning_and_the_claim_is_checked(tmp_path: Path, figure: str,
                                                                           warning: str) -> None:
    preview = tmp_path / "preview.yaml"
    preview.write_text(DOC + "claims:\n  - {id: a, statement: S}\n  - id: b\n    statement: T\n"
                       f"    figures: [{figure}]\n", encoding="utf-8")
    code, out, err = run("check", str(preview), str(REPORT), "-f", "json")
    assert code == cli.ExitStatus.OK
    assert_one_line(err, f"{preview}:6: ", warning)
    doc = json.loads(out)
    assert [e["id"] for e in doc["expectations"]] == ["a", "b"]  # both claims kept
    (b,) = [e for e in doc["expectations"] if e["id"] == "b"]
    assert any(r.startswith(warning.removeprefix("warning: ")) for r in b["reasons"]), b["reasons"]
    (unread,) = doc["figures_unread"]
    assert unread["claim"] == "b" and unread["line"] == 6 and unread["metric"] == "m"
    assert unread["field"] == ("from" if "baseline" in warning else "value")


def test_an_unreadable_value_is_left_out_of_comparison(tmp_path: Path) -> None:
    """The figure is gone from the claim: it neither meets the report's figure nor makes a discrepancy."""
    head = "document: {{id: {0}, role: {0}, title: T}}\nclaims:\n  - id: c\n    statement: The bank will cut rates\n"
    (tmp_path / "preview.yaml").write_text(head.format("preview") + "    figures: [{metric: cash rate, value: soon}]\n",
                                           encoding="utf-8")
    (tmp_path / "report.yaml").write_text(head.format("report").replace("will cut", "cut") +
                                          "    figures: [{metric: cash rate, value: 3%}]\n", encoding="utf-8")
    preview = load.load_claims(tmp_path / "preview.yaml")
    assert preview.claims[0].figures == () and [u.written for u in preview.claims[0].unread] == ["soon"]
    code, out, err = run("check", str(tmp_path), "-f", "json")
    assert code == cli.ExitStatus.OK and err.count("\n") == 1
    doc = json.loads(out)
    assert doc["discrepancies"] == [] and doc["expectations"][0]["verdict"] == "fulfilled"


def test_a_structural_problem_beside_an_unreadable_value_is_still_refused(tmp_path: Path) -> None:
    bad = tmp_path / "preview.yaml"
    bad.write_text(DOC + "claims:\n  - {id: a, statement: S, figures: [{metric: m, value: soon}]}\n"
                   "  - {id: a, statement: T}\n", encoding="utf-8")
    code, out, err = run("check", str(bad), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{bad}:4: ", "duplicate claim id 'a' (first at line 3)")


def test_check_names_the_first_problem_and_counts_the_rest(tmp_path: Path) -> None:
    bad = tmp_path / "preview.yaml"
    bad.write_text(DOC + "claims:\n  - {id: a, statment: S}\n  - {id: B, statement: S}\n  - {id: c, statement: S, negated: maybe}\n",
                   encoding="utf-8")
    code, out, err = run("check", str(bad), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{bad}:3: ", "unknown key 'statment' in 'claim 1' (did you mean 'statement'?) "
                                       "(and 2 more problems; `summitcheck validate` lists them all)")


def test_a_topic_may_be_a_short_phrase(tmp_path: Path) -> None:
    good = tmp_path / "preview.yaml"
    good.write_text(claim("topic: '  monetary   policy '"), encoding="utf-8")
    code, out, err = run("check", str(good), str(REPORT), "-f", "json")
    assert (code, err) == (0, "")
    assert '"topic": "monetary policy"' in out


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
    if os.access(path, os.R_OK):  # root reads anything: make open() refuse this file as the kernel would
        real_open = os.open

        def refuse(name: str, *args: object, **kwargs: object) -> int:
            if os.fspath(name) == str(path):
                raise PermissionError(13, "Permission denied")
            return real_open(name, *args, **kwargs)  # type: ignore[arg-type]
        monkeypatch.setattr(os, "open", refuse)
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


# --- Hostile files and outputs (issue 11): nothing lost, nothing leaked, nothing hangs -------------

SUMMITCHECK = [sys.executable, "-m", "summitcheck"]


def run_process(*args: str, timeout: float = 90, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """summitcheck in a child process: what a closed stream, a full disk or a FIFO does to the real thing."""
    return subprocess.run([*SUMMITCHECK, *args], capture_output=True, timeout=timeout,
                          **{"text": True, **kwargs})  # type: ignore[call-overload]


def copy_case(root: Path) -> Path:
    """The seed case in DESIGN's layout under root: claims/<case>/ beside seeds/<case>/; its folder."""
    import shutil

    case = root / "claims" / SEED_CASE.name
    shutil.copytree(SEED_CASE, case)
    shutil.copytree(SEED_CASE.parent.parent / "seeds" / SEED_CASE.name, root / "seeds" / SEED_CASE.name)
    return case


def test_output_never_replaces_the_article_a_claim_file_names(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    article = tmp_path / "seeds" / SEED_CASE.name / "preview.txt"
    before = article.read_bytes()
    code, out, err = run("check", str(case), "-o", str(article))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{article}: ", "is one of the files being checked")
    assert article.read_bytes() == before


def _flat_case(root: Path) -> Path:
    """The seed case as `summitcheck example --copy` leaves it: claim files beside their articles."""
    import shutil

    case = root / "case"
    case.mkdir()
    seeds = SEED_CASE.parent.parent / "seeds" / SEED_CASE.name
    for role in ("preview", "report"):
        shutil.copy(seeds / f"{role}.txt", case / f"{role}.txt")
        text = (SEED_CASE / f"{role}.yaml").read_text(encoding="utf-8")
        (case / f"{role}.yaml").write_text(
            "".join(f"  text: {role}.txt\n" if row.strip().startswith("text:") else row
                    for row in text.splitlines(keepends=True)), encoding="utf-8")
    return case


# (case id, the file -o names (made by make(case)), the command's arguments, the problem named)
CASE_FILES = [
    ("the case's review.yaml, --no-review", "review.yaml", lambda c: (c / "review.yaml").write_text("overrides: []\n"),
     lambda c: ["check", str(c), "--no-review", "-f", "json"], "is a claim or review file a case reads"),
    ("a review.yml", "review.yml", lambda c: (c / "review.yml").write_text("overrides: []\n"),
     lambda c: ["check", str(c / "preview.yaml"), str(c / "report.yaml"), "-f", "json"], "a claim or review file"),
    ("another report of the case", "report-b.yaml", lambda c: (c / "report-b.yaml").write_text(
        (c / "report.yaml").read_text()), lambda c: ["check", str(c / "preview.yaml"), str(c / "report.yaml"), "-f", "json"],
     "is a claim or review file a case reads"),
    ("a report under reports/", "reports/late.yaml", lambda c: ((c / "reports").mkdir(), (c / "reports/late.yaml").write_text(
        (c / "report.yaml").read_text())), lambda c: ["check", str(c / "preview.yaml"), str(c / "report.yaml"), "-f", "json"],
     "is a claim or review file a case reads"),
    ("a claim file in JSON", "other.json", lambda c: (c / "other.json").write_text(
        '{"document": {"id": "p", "role": "preview", "title": "T"}, "claims": [{"id": "a", "statement": "S"}]}'),
     lambda c: ["check", str(c)], "is a claim or review file a case reads"),
    ("a review file with another name", "desk-notes.md", lambda c: (c / "desk-notes.md").write_text("overrides: []\n"),
     lambda c: ["check", str(c)], "is a claim or review file a case reads"),
    ("an article a claim file beside it names", "report.txt", lambda c: None,
     lambda c: ["check", str(c / "preview.yaml"), str(c.parent / "other.yaml"), "-f", "table"],
     "is the article"),
    ("extract --force over a review file", "review.yaml", lambda c: (c / "review.yaml").write_text("overrides: []\n"),
     lambda c: ["extract", str(c / "report.txt"), "--role", "report", "--force"], "is a claim or review file a case reads"),
    ("extract --force over an article", "preview.txt", lambda c: None,
     lambda c: ["extract", str(c / "report.txt"), "--role", "report", "--force"], "is the article"),
]


@pytest.mark.parametrize("target, make, args, problem", [c[1:] for c in CASE_FILES], ids=[c[0] for c in CASE_FILES])
def test_output_never_replaces_a_file_a_case_reads(tmp_path: Path, target: str, make, args, problem: str) -> None:  # type: ignore[no-untyped-def]
    """Not only the files this run reads: -o inside a case folder is an easy slip (hostile round 3, F-loss-1)."""
    case = _flat_case(tmp_path)
    (tmp_path / "other.yaml").write_text((case / "report.yaml").read_text().replace("  text: report.txt\n", ""))
    make(case)
    before = (case / target).read_bytes()
    code, out, err = run(*args(case), "-o", str(case / target))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{case / target}: ", problem)
    assert (case / target).read_bytes() == before


def test_output_never_replaces_an_article_of_another_case_in_the_project(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    other = tmp_path / "claims" / "other"
    other.mkdir()
    (other / "preview.yaml").write_text((case / "preview.yaml").read_text().replace(SEED_CASE.name + "/preview.txt",
                                                                                      "other/preview.txt"))
    article = tmp_path / "seeds" / "other" / "preview.txt"
    article.parent.mkdir()
    article.write_text("The other case's article.\n")
    code, out, err = run("check", str(case), "-o", str(article))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{article}: ", f"is the article {other / 'preview.yaml'} names")
    assert article.read_text() == "The other case's article.\n"


@pytest.mark.parametrize("command", ["check", "extract"])
def test_output_never_replaces_the_article_read_from_standard_input(tmp_path: Path, command: str) -> None:
    article = tmp_path / "piped.txt"  # named by no claim file: only the redirection tells
    article.write_text((SEED_CASE.parent.parent / "seeds" / SEED_CASE.name / "preview.txt").read_text())
    before = article.read_bytes()
    args = (["check", "-", str(REPORT), "-f", "table"] if command == "check"
            else ["extract", "-", "--role", "preview", "--force"])
    with article.open("rb") as stdin:
        proc = run_process(*args, "-o", str(article), stdin=stdin)
    assert (proc.returncode, proc.stdout) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(proc.stderr, f"{article}: ", "is the file standard input was read from")
    assert article.read_bytes() == before


@pytest.mark.parametrize("name", ["result.json", "table.txt", "page.html", "notes.md"])
def test_output_replaces_a_previous_result(tmp_path: Path, name: str) -> None:
    case = _flat_case(tmp_path)
    for _ in range(2):
        code, out, err = run("check", str(case), "-o", str(case / name))
        assert (code, out, err) == (cli.ExitStatus.OK, "", "")
    assert (case / name).stat().st_size > 0


def _fifo(p: Path) -> None:
    os.mkfifo(p)


def _device(p: Path) -> None:
    try:
        os.mknod(p, 0o644 | 0o020000, os.makedev(1, 3))  # a character device: /dev/null's numbers
    except PermissionError:
        pytest.skip("making a device node needs root")


def _link_to_file(p: Path) -> None:
    (p.parent / "target.json").write_text("keep me\n", encoding="utf-8")
    p.symlink_to(p.parent / "target.json")


def _dangling_link(p: Path) -> None:
    p.symlink_to(p.parent / "nowhere.json")


def _read_only(p: Path) -> None:
    p.write_text("keep me\n", encoding="utf-8")
    p.chmod(0o444)


NOT_REPLACEABLE = [
    ("FIFO", _fifo, "is a FIFO (named pipe); --output replaces only a regular file"),
    ("device", _device, "is a character device; --output replaces only a regular file"),
    ("symlink", _link_to_file, "is a symbolic link"),
    ("dangling symlink", _dangling_link, "is a symbolic link"),
    ("read-only file", _read_only, "is read-only; --output does not replace it"),
    ("directory", lambda p: p.mkdir(), "is a directory"),
]


def _state(p: Path) -> tuple[int, bytes | str | None]:
    info = os.lstat(p)
    content = os.readlink(p) if p.is_symlink() else p.read_bytes() if p.is_file() else None
    return info.st_mode, content


@pytest.mark.parametrize("command", ["check", "extract"])
@pytest.mark.parametrize("make, problem", [c[1:] for c in NOT_REPLACEABLE], ids=[c[0] for c in NOT_REPLACEABLE])
def test_output_replaces_only_a_regular_file(tmp_path: Path, command: str, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.json"
    make(target)
    before = _state(target)
    args = (["check", "-o", str(target)] if command == "check" else
            ["extract", str(SEED_CASE.parent.parent / "seeds" / SEED_CASE.name / "preview.txt"), "--role", "preview",
             "--force", "-o", str(target)])
    code, out, err = run(*args)
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{target}: ", problem)
    assert _state(target) == before and sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))  == []


def test_output_to_dev_stdout_is_refused_and_the_link_kept() -> None:
    code, out, err = run("check", "-o", "/dev/stdout", "-f", "json")
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, "/dev/stdout: ", "is a symbolic link")
    assert os.path.islink("/dev/stdout")


@pytest.mark.parametrize("command", ["check", "validate"])
def test_a_nul_in_document_text(tmp_path: Path, command: str) -> None:
    claims = tmp_path / "preview.yaml"
    claims.write_text("document: {id: p, role: preview, title: T, text: \"a\\0b.txt\"}\n"
                      "claims:\n  - {id: a, statement: S, quote: words}\n", encoding="utf-8")
    args = ["check", str(claims), str(REPORT), "-f", "json"] if command == "check" else ["validate", str(claims)]
    code, out, err = run(*args)
    if command == "check":  # the check runs; only the quote goes unlocated, as for any unreadable article
        assert code == cli.ExitStatus.OK and '"expectations"' in out
        assert err == (f"{claims}:1: note: 'text' names {tmp_path}/a\\x00b.txt, which is not there; "
                       "its quotes are not located (summitcheck validate says more)\n")
    else:
        assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
        assert_one_line(err, f"{claims}:1: ", "holds a NUL byte")


def test_a_nul_in_a_path_from_python() -> None:
    # A command line cannot hold a NUL; a Python caller's path can, and gets the CLI's one line.
    from summitcheck import check_files

    with pytest.raises(InputError) as caught:
        check_files("pre\0view.yaml", REPORT)
    assert str(caught.value) == "pre\\x00view.yaml: the file name holds a NUL byte; no file can have it"


def test_undecodable_bytes_in_an_output_name(tmp_path: Path) -> None:
    out_name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/out\xff.json")
    code, out, err = run("check", "-o", out_name)
    assert (code, out, err) == (cli.ExitStatus.OK, "", "")
    assert os.listdir(os.fsencode(tmp_path)) == [b"out\xff.json"]


def test_undecodable_bytes_in_an_article_name_for_extract(tmp_path: Path) -> None:
    article = os.fsdecode(os.fsencode(str(tmp_path)) + b"/art\xff.txt")
    with open(article, "w", encoding="utf-8") as f:
        f.write((SEED_CASE.parent.parent / "seeds" / SEED_CASE.name / "preview.txt").read_text(encoding="utf-8"))
    code, out, err = run("extract", article, "--role", "preview", "-o", str(tmp_path / "preview.yaml"))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{tmp_path}/art\\xff.txt: ", "a claim file cannot name it")
    assert not (tmp_path / "preview.yaml").exists()


def test_a_newline_in_a_file_name_gives_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "pre\nview.yaml"
    bad.write_text("document: [\n", encoding="utf-8")
    code, out, err = run("check", str(bad), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{tmp_path}/pre\\nview.yaml:", "malformed YAML")


@pytest.mark.parametrize("option, value", [("--threshold", "nan"), ("--threshold", "inf"), ("--tolerance", "nan"),
                                           ("--tolerance", "inf"), ("--tolerance", "-inf")])
@pytest.mark.parametrize("command", ["check", "batch"])
def test_non_finite_options_are_usage_errors(command: str, option: str, value: str) -> None:
    code, out, err = run(command, *([str(SEED_CASE)] if command == "batch" else []), option, value)
    assert (code, out) == (cli.ExitStatus.USAGE, "")
    assert "Invalid value" in err and "Traceback" not in err


def _big_case(root: Path) -> tuple[str, str]:
    """Two claim files whose check prints well over a pipe's 64 KB in every format."""
    words = "the summit leaders agreed on energy trade security investment tariffs currency steel cars".split()
    names = []
    for role in ("preview", "report"):
        claims = "".join(f"  - id: c{i}\n    statement: \"{' '.join(words[(i * 7 + j) % len(words)] for j in range(200))}\"\n"
                         for i in range(40))
        path = root / f"{role}.yaml"
        path.write_text(f"document: {{id: {role}, role: {role}, title: T}}\nclaims:\n{claims}", encoding="utf-8")
        names.append(str(path))
    return names[0], names[1]


@pytest.mark.parametrize("fmt", ["json", "html", "claimreview", "csv", "markdown", "table"])
def test_a_closed_pipe_gives_141_in_every_format(tmp_path: Path, fmt: str) -> None:
    preview, report = _big_case(tmp_path)
    # The table shows the long statements only with --verbose; without, it fits in the pipe.
    verbose = ["--verbose"] if fmt == "table" else []
    proc = subprocess.Popen([*SUMMITCHECK, "check", preview, report, "-f", fmt, "--reviewer", "Desk", *verbose],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert len(proc.stdout.read(10)) == 10
    proc.stdout.close()  # like `| head -c 10`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == cli.ExitStatus.BROKEN_PIPE, err
    assert err == ""


@pytest.mark.parametrize("shell, problem", [
    ("> /dev/full", "cannot write to standard output: No space left on device"),
    (">&-", "cannot write to standard output: it is closed"),
], ids=["disk full", "stdout closed"])
def test_standard_output_that_cannot_be_written(shell: str, problem: str) -> None:
    command = " ".join(f"'{a}'" for a in [*SUMMITCHECK, "check", "-f", "json"])
    proc = subprocess.run(f"{command} {shell}", shell=True, capture_output=True, text=True, timeout=90)
    assert proc.returncode == cli.ExitStatus.BAD_INPUT
    assert_one_line(proc.stderr, "summitcheck: ", problem)


@pytest.mark.parametrize("fmt", ["json", "claimreview", "table", "csv", "markdown", "html"])
def test_an_overflowing_difference_is_no_number_and_json_stays_json(tmp_path: Path, fmt: str) -> None:
    """1e-300 % and 1e300 % are both in range; their ratio is not (hostile round 3, F-out-2)."""
    import json

    for role, value, baseline in (("preview", "1e-300%", "1e300%"), ("report", "1e300%", "1e-300%")):
        (tmp_path / f"{role}.yaml").write_text(
            f"document: {{id: {role}, role: {role}, title: T, published: 2025-01-01}}\nclaims:\n"
            f"  - id: a\n    statement: Japan gas output rises\n    figures:\n"
            f"      - {{metric: gas output, value: '{value}', from: '{baseline}'}}\n", encoding="utf-8")
    code, out, err = run("check", str(tmp_path), "-f", fmt, "--reviewer", "Desk")
    assert (code, err) == (cli.ExitStatus.OK, "")
    assert "inf" not in out.lower().replace("information", "") and "nan" not in out.lower().split()
    if fmt == "json":
        def refuse(constant: str) -> None:
            raise AssertionError(f"{constant} is not JSON")

        data = json.loads(out, parse_constant=refuse)
        assert [d["difference_pct"] for d in data["discrepancies"]] == [None]


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "html"])
def test_batch_shows_a_case_folder_name_escaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    """A case folder named with a newline, an escape sequence and an undecodable byte (hostile round 3, F-print-1)."""
    import shutil

    name = os.fsdecode(b"c\xff\nx\x1b[31m")
    (tmp_path / "cases").mkdir()
    shutil.move(_flat_case(tmp_path), tmp_path / "cases" / name)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("batch", "cases", "-f", fmt, "--jobs", "1")
    assert (code, err) == (cli.ExitStatus.OK, "")
    assert "\x1b" not in out and "\udcff" not in out and "udcff" not in out
    if fmt in ("table", "csv"):  # the name on one line, each character as its escape
        assert "cases/c\\xff\\nx\\x1b[31m" in out


@pytest.mark.parametrize("args, where", [
    (lambda a: ["extract", str(a), "--role", "report"], "{a}:2: "),
    (lambda a: ["check", str(SEED_CASE / "preview.yaml"), "--against", str(a), "-f", "json"], "{a}:2: "),
    (lambda a: ["check", str(a), str(REPORT), "-f", "json"], "{a}:2: "),
    (lambda a: ["validate", str(a.with_suffix(".yaml"))], "{c}:2: 'text' names {a}:2: "),
], ids=["extract", "check --against", "check A.txt B", "validate"])
def test_an_article_holding_nul_bytes_is_bad_input(tmp_path: Path, args, where: str) -> None:  # type: ignore[no-untyped-def]
    """Consistent with the document.text rule, for every command that reads an article (hostile round 3, F-input-1)."""
    article = tmp_path / "nul.txt"
    article.write_bytes(b"Japan will invest $5 billion in gas.\nMore.\x00 More text about $6 billion.\n")
    claims = tmp_path / "nul.yaml"
    claims.write_text("document: {id: p, role: preview, title: T}\nclaims:\n  - {id: a, statement: S, quote: Japan}\n"
                      .replace("title: T}", "title: T,\n  text: nul.txt}"), encoding="utf-8")
    code, out, err = run(*args(article))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, where.format(a=article, c=claims), "holds NUL bytes: not an article's text")


# Every command's help is written by the same code (click and rich, through sys.stdout): the top level, one
# command and batch stand for all (a child process each costs time on a loaded machine); the last: a usage error.
def test_batch_never_skips_a_case_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case folder reached through a symbolic link, and one whose preview.yaml is a folder, each get a
    row (hostile round 3, F-silent-1); a link is not followed, so a loop of links cannot run forever."""
    import json

    (tmp_path / "cases").mkdir()
    real = _flat_case(tmp_path)
    (tmp_path / "cases" / "linked").mkdir()
    (tmp_path / "cases" / "linked" / "c").symlink_to(real)
    (tmp_path / "cases" / "loop").symlink_to(tmp_path / "cases")
    (tmp_path / "cases" / "dircase" / "preview.yaml").mkdir(parents=True)
    (tmp_path / "cases" / "dircase" / "report.yaml").write_text((real / "report.yaml").read_text())
    monkeypatch.chdir(tmp_path)
    code, out, err = run("batch", "cases", "-f", "json", "--jobs", "1")
    rows = {row["case"]: row["problem"] for row in json.loads(out)["cases"]}
    assert code == cli.ExitStatus.BAD_INPUT
    assert rows == {
        "cases/dircase": "cases/dircase/preview.yaml: is a directory, not a claim file",
        "cases/linked/c": rows["cases/linked/c"], "cases/loop": rows["cases/loop"]}
    for link in ("cases/linked/c", "cases/loop"):
        assert rows[link].startswith(f"{link}: a symbolic link to a folder; batch does not follow links")
    assert err.count("\n") == 3
    code, out, err = run("batch", "cases/linked/c", "-f", "json")  # named, the link is the editor's to follow
    assert code == cli.ExitStatus.OK and json.loads(out)["cases"][0]["problem"] is None


@pytest.mark.parametrize("args", [["check", "--bogus"], ["check", "--threshold", "nan"], ["figure"], ["nosuch"]],
                         ids=" ".join)
def test_a_usage_error_with_stderr_full_keeps_its_status(args: list[str]) -> None:
    """Only the messages are lost, never the exit status: 2, not 1 (findings) (hostile round 3, F-status-1)."""
    command = " ".join(f"'{a}'" for a in [*SUMMITCHECK, *args])
    proc = subprocess.run(f"{command} 2>/dev/full", shell=True, capture_output=True, text=True, timeout=90)
    assert (proc.returncode, proc.stdout) == (cli.ExitStatus.USAGE, "")


@pytest.mark.parametrize("make, problem", [
    (lambda p: p.write_text("keep me\n"), "is a file; --output names a folder for the pages"),
    (os.mkfifo, "is a FIFO (named pipe); --output names a folder for the pages"),
], ids=["file", "FIFO"])
def test_batch_output_that_is_not_a_folder_is_one_line(tmp_path: Path, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    """Not click's five-line box and exit 2 (hostile round 3, F-status-2)."""
    target = tmp_path / "site"
    make(target)
    code, out, err = run("batch", str(SEED_CASE), "-o", str(target), "-f", "json")
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{target}: ", problem)


def test_the_closest_passage_search_is_bounded_per_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unlocated quotes against a large article cost the article's length each: past quotes.CLOSEST_BUDGET
    characters, the rest get no closest passage, and say so (hostile round 3, F-time-3)."""
    from summitcheck import quotes

    article = tmp_path / "a.txt"
    article.write_text("Japan will invest in gas and steel. " * 100, encoding="utf-8")
    monkeypatch.setattr(quotes, "CLOSEST_BUDGET", 2 * len(article.read_text()))  # two searches' worth
    claims = tmp_path / "a.yaml"
    claims.write_text("document: {id: p, role: preview, title: T, text: a.txt}\nclaims:\n" + "".join(
        f"  - {{id: c{i}, statement: S, quote: 'Japan will sell cars {i}'}}\n" for i in range(4)), encoding="utf-8")
    code, _out, err = run("validate", str(claims))
    lines = err.splitlines()
    assert code == cli.ExitStatus.FINDINGS and len(lines) == 4
    assert all("closest passage, line 1" in line for line in lines[:2])
    assert all("closest passage not searched" in line for line in lines[2:])


HELPS = [["--help"], ["check", "--help"], ["batch", "--help"], ["check"]]


@pytest.mark.parametrize("args", HELPS, ids=" ".join)
def test_help_keeps_the_output_promises(args: list[str]) -> None:
    """--help and usage text go through the same writer as a check's output (hostile round 3, F-out-1)."""
    command = " ".join(f"'{a}'" for a in [*SUMMITCHECK, *args])
    if args == ["check"]:  # a usage error writes to stderr, never stdout: nothing to promise here but no traceback
        command += " --threshold nan"
    for shell, problem in (("> /dev/full", "No space left on device"), (">&-", "it is closed")):
        proc = subprocess.run(f"{command} {shell}", shell=True, capture_output=True, text=True, timeout=90)
        if args == ["check"]:
            assert proc.returncode == cli.ExitStatus.USAGE and "Traceback" not in proc.stderr
            continue
        assert proc.returncode == cli.ExitStatus.BAD_INPUT, proc.stderr
        assert_one_line(proc.stderr, "summitcheck: cannot write to standard output: ", problem)
    if args == ["check"]:
        return
    piped = subprocess.Popen([*SUMMITCHECK, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert piped.stdout is not None and piped.stderr is not None
    piped.stdout.close()  # before the interpreter has even started: every write meets a closed pipe
    assert (piped.wait(timeout=90), piped.stderr.read()) == (cli.ExitStatus.BROKEN_PIPE, b"")
    latin = run_process(*args, env={**os.environ, "PYTHONIOENCODING": "latin-1"}, encoding="latin-1", timeout=90)
    assert (latin.returncode, latin.stderr) == (cli.ExitStatus.OK, "")
    assert "Usage" in latin.stdout


def test_a_closed_stderr_changes_nothing_but_the_messages(tmp_path: Path) -> None:
    command = " ".join(f"'{a}'" for a in [*SUMMITCHECK, "check", str(tmp_path / "missing.yaml"), str(REPORT)])
    proc = subprocess.run(f"{command} 2>&-", shell=True, capture_output=True, text=True, timeout=30)
    assert (proc.returncode, proc.stdout) == (cli.ExitStatus.BAD_INPUT, "")
    good = subprocess.run(f"{' '.join(SUMMITCHECK)} check -f json 2>&-", shell=True, capture_output=True, text=True,
                          timeout=30)
    assert good.returncode == cli.ExitStatus.OK and '"expectations"' in good.stdout


@pytest.mark.parametrize("fmt", ["table", "json", "html", "markdown"])
def test_a_terminal_encoding_that_cannot_show_everything(fmt: str) -> None:
    proc = run_process("check", "-f", fmt, env={**os.environ, "PYTHONIOENCODING": "latin-1"}, encoding="latin-1")
    assert proc.returncode == cli.ExitStatus.OK and proc.stderr == ""
    if fmt == "json":  # JSON and HTML declare UTF-8, and are written in it
        import json
        assert json.loads(proc.stdout.encode("latin-1").decode("utf-8"))["summary"]
    if fmt == "table":  # the terminal's encoding: ASCII lines, and the summary's middle dot in Latin-1
        assert "+----" in proc.stdout and " \xb7 2 contradicted" in proc.stdout


def test_term_dumb_gets_no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.terminal, "is_terminal", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert cli.terminal.wants_color()
    monkeypatch.setenv("TERM", "dumb")
    code, out, _err = run("check")
    assert code == cli.ExitStatus.OK and "\x1b[" not in out and "Expectations" in out


# document.text: which files summitcheck may read and quote from (docs/threat-model.md)

def _quoting(folder: Path, text: str) -> Path:
    """A preview in folder whose document.text is text, quoting words a secret file holds."""
    claims = folder / "preview.yaml"
    claims.write_text(f"document: {{id: p, role: preview, title: T, text: '{text}'}}\n"
                      "claims:\n  - {id: a, statement: S, quote: 'the secret password'}\n", encoding="utf-8")
    return claims


SECRET = "the secret password is hunter2\n"
LEAKS = [
    ("absolute path", lambda root: str(root / "secret.txt"), "outside"),
    ("../ path", lambda root: "../secret.txt", "outside"),
    ("symlink out of the folder", lambda root: "link.txt", "outside"),
    ("not a .txt", lambda root: "notes.md", "not an article"),
    ("hidden file", lambda root: ".env.txt", "not an article"),
    ("in a hidden folder", lambda root: ".git/notes.txt", "not an article"),
    ("a .txt link to a file that is not", lambda root: "config.txt", "not an article"),
]


@pytest.mark.parametrize("text, problem", [c[1:] for c in LEAKS], ids=[c[0] for c in LEAKS])
def test_document_text_cannot_reach_a_file_that_is_not_an_article(tmp_path: Path, text, problem: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "received"
    (folder / ".git").mkdir(parents=True)
    for secret in (tmp_path / "secret.txt", folder / "notes.md", folder / ".env.txt", folder / ".git" / "notes.txt",
                   folder / "config"):
        secret.write_text(SECRET, encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "config.txt").symlink_to(folder / "config")
    claims = _quoting(folder, text(tmp_path))
    code, out, err = run("validate", str(claims))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{claims}:1: ", problem)
    assert "hunter2" not in err
    code, out, err = run("check", str(claims), str(REPORT), "-f", "json")  # the check runs; the quote is not located
    assert code == cli.ExitStatus.OK and "hunter2" not in out and err == ""


@pytest.mark.parametrize("claims_at, text", [
    ("case/preview.yaml", "preview.txt"),
    ("case/preview.yaml", "articles/preview.txt"),
    ("claims/case/preview.yaml", "../../seeds/case/preview.txt"),
    ("claims/preview.yaml", "../articles/preview.txt"),
], ids=["beside", "below", "project layout", "claims folder"])
def test_document_text_may_name_an_article_in_the_project(tmp_path: Path, claims_at: str, text: str) -> None:
    claims = tmp_path / claims_at
    article = (claims.parent / text).resolve()
    article.parent.mkdir(parents=True, exist_ok=True)
    claims.parent.mkdir(parents=True, exist_ok=True)
    article.write_text("Officials said the secret password changed.\n", encoding="utf-8")
    _quoting(claims.parent, text)
    code, out, err = run("validate", str(claims))
    assert (code, out, err) == (cli.ExitStatus.OK, f"{claims}: valid: preview, 1 claim, 1 of 1 quotes found in preview.txt\n", "")


FIFO_ROLES = [
    ("claim file", lambda fifo, case: ["check", str(fifo), str(REPORT)], "is a FIFO (named pipe), not a claim file"),
    ("review file", lambda fifo, case: ["check", str(case), "--review", str(fifo)],
     "is a FIFO (named pipe), not a review file"),
    ("case's preview.yaml", lambda fifo, case: ["check", str(fifo.parent)], "is a FIFO (named pipe), not a claim file"),
    ("article to check", lambda fifo, case: ["check", str(fifo.with_suffix(".txt")), str(REPORT)],
     "is a FIFO (named pipe), not an article's text"),
]


@pytest.mark.parametrize("args, problem", [c[1:] for c in FIFO_ROLES], ids=[c[0] for c in FIFO_ROLES])
def test_a_fifo_never_blocks(tmp_path: Path, args, problem: str) -> None:  # type: ignore[no-untyped-def]
    fifo = tmp_path / "preview.yaml"
    os.mkfifo(fifo)
    os.mkfifo(fifo.with_suffix(".txt"))
    (tmp_path / "report.yaml").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    proc = run_process(*args(fifo, SEED_CASE), timeout=20)
    assert (proc.returncode, proc.stdout) == (cli.ExitStatus.BAD_INPUT, "")
    assert proc.stderr.count("\n") == 1 and problem in proc.stderr


def test_a_fifo_as_document_text_never_blocks(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "article.txt")
    claims = _quoting(tmp_path, "article.txt")
    proc = run_process("validate", str(claims), timeout=20)
    assert (proc.returncode, proc.stdout) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(proc.stderr, f"{claims}:1: ", "is a FIFO (named pipe), not an article's text")


def test_dev_stdin_as_a_claim_file_never_blocks() -> None:
    proc = subprocess.Popen([*SUMMITCHECK, "check", "/dev/stdin", str(REPORT)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(timeout=20)  # stdin stays open until the process ends: a read would block
    assert (proc.returncode, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, "/dev/stdin: ", "is a FIFO (named pipe), not a claim file")


def _seed_case(root: Path) -> Path:
    case = root / "case"
    case.mkdir()
    for name in ("preview.yaml", "report.yaml"):
        text = (SEED_CASE / name).read_text(encoding="utf-8")
        (case / name).write_text("".join(row for row in text.splitlines(keepends=True) if "text:" not in row),
                                 encoding="utf-8")  # no article beside the copy: name none
    return case


REVIEWS = [
    ("dangling symlink", lambda case: (case / "review.yaml").symlink_to(case / "gone.yaml"),
     "review.yaml: ", "a symbolic link to a missing file"),
    ("directory", lambda case: (case / "review.yaml").mkdir(), "review.yaml: ", "is a directory, not a review file"),
    ("review.yml beside review.yaml", lambda case: [(case / n).write_text("overrides: []\n") for n in ("review.yaml", "review.yml")],
     ": ", "both review.yaml and review.yml; keep one"),
]


@pytest.mark.parametrize("command", ["check", "validate"])
@pytest.mark.parametrize("make, where, problem", [c[1:] for c in REVIEWS], ids=[c[0] for c in REVIEWS])
def test_a_review_file_never_vanishes_quietly(tmp_path: Path, command: str, make, where: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    case = _seed_case(tmp_path)
    make(case)
    code, out, err = run(command, str(case), *(["-f", "json"] if command == "check" else []))
    assert code == cli.ExitStatus.BAD_INPUT and '"expectations"' not in out
    assert_one_line(err, f"{case}{'/review.yaml' if where != ': ' else ''}: ", problem)


def test_both_preview_yaml_and_preview_yml(tmp_path: Path) -> None:
    case = _seed_case(tmp_path)
    (case / "preview.yml").write_text((case / "preview.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = run("check", str(case))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{case}: ", "both preview.yaml and preview.yml; keep one")


@pytest.mark.parametrize("make, problem", [
    (os.mkfifo, "is a FIFO (named pipe), not a claim file"),
    (lambda p: p.mkdir(), "is a directory, not a claim file"),
    (lambda p: p.symlink_to(p.parent / "gone.yaml"), "a symbolic link to a missing file"),
], ids=["FIFO", "directory", "dangling symlink"])
def test_a_case_file_that_is_not_a_file_is_named_for_what_it_is(tmp_path: Path, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    case = _seed_case(tmp_path)
    (case / "preview.yaml").unlink()
    make(case / "preview.yaml")
    code, out, err = run("check", str(case))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{case / 'preview.yaml'}: ", problem)


@pytest.mark.parametrize("command", ["check", "validate"])
def test_a_symlink_loop_as_case_folder(tmp_path: Path, command: str) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    code, out, err = run(command, str(tmp_path / "a"))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{tmp_path / 'a'}: ", "a loop of symbolic links")


@pytest.mark.parametrize("args", [
    lambda d: ["check", str(SEED_CASE), "--review", str(d)],
    lambda d: ["check", str(SEED_CASE / "preview.yaml"), "--against", str(d)],
    lambda d: ["check", "-o", str(d)],
    lambda d: ["check", str(d / "x" / ".."), str(REPORT)],
], ids=["--review DIR", "--against DIR", "-o DIR", "a folder as PREVIEW"])
def test_a_folder_where_a_file_belongs_is_bad_input(tmp_path: Path, args) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "x").mkdir()
    code, out, err = run(*args(tmp_path))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert err.count("\n") == 1 and "is a directory" in err and "Traceback" not in err


def test_an_unreadable_claim_file_is_bad_input_not_usage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # click refuses paths os.access calls unreadable with a usage box and exit 2; the CLI reads them itself.
    path = tmp_path / "preview.yaml"
    path.write_text(DOC + CLAIM, encoding="utf-8")
    path.chmod(0)
    real_access, real_open = os.access, os.open
    monkeypatch.setattr(os, "access", lambda name, mode, *a, **k: False if str(name) == str(path) else real_access(name, mode, *a, **k))

    def refuse(name: str, *args: object, **kwargs: object) -> int:
        if os.fspath(name) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(os, "open", refuse)
    for args in (["check", str(path), str(REPORT)], ["check", str(SEED_CASE), "--review", str(path)],
                 ["validate", str(path)]):
        code, out, err = run(*args)
        assert (code, out) == (cli.ExitStatus.BAD_INPUT, ""), args
        assert_one_line(err, f"{path}: ", "permission denied")


def test_a_review_file_over_the_value_limit_is_called_a_review_file(tmp_path: Path) -> None:
    review = tmp_path / "review.yaml"
    review.write_text("overrides: [" + "1, " * 200_001 + "1]\n", encoding="utf-8")
    code, out, err = run("check", str(SEED_CASE), "--review", str(review))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{review}:1: ", "more than 200,000 YAML values; a review file is not that large")


@pytest.mark.parametrize("date", ["20250203", "2025-W06-1", "2025-02-03T10:00:00", "2025-2-3", "+2025-02-03"])
def test_published_is_strictly_yyyy_mm_dd(tmp_path: Path, date: str) -> None:
    bad = tmp_path / "preview.yaml"
    bad.write_text(f"document: {{id: p, role: preview, title: T, published: '{date}'}}\n" + CLAIM, encoding="utf-8")
    code, out, err = run("check", str(bad), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{bad}:1: ", f"'published' must be an ISO date (YYYY-MM-DD), not '{date}'")


HIDDEN = "\u202e\u200b"  # a right-to-left override and a zero-width space


@pytest.mark.parametrize("fmt", ["table", "html", "markdown"])
def test_bidi_and_zero_width_characters_are_shown_escaped(tmp_path: Path, fmt: str) -> None:
    preview = tmp_path / "preview.yaml"
    preview.write_text(f"document: {{id: p, role: preview, title: 'Title {HIDDEN}tnuocca'}}\n"
                       f"claims:\n  - {{id: a, statement: 'Japan will {HIDDEN}buy gas'}}\n", encoding="utf-8")
    code, out, err = run("check", str(preview), str(REPORT), "-f", fmt)
    assert code == cli.ExitStatus.OK and err == ""
    assert not set(HIDDEN) & set(out)
    assert "\\u202e\\u200btnuocca" in out.replace("\\\\", "\\")  # Markdown doubles the backslash
    code, out, err = run("check", str(preview), str(REPORT), "-f", "json")  # JSON keeps the text as it is
    assert f"Japan will {HIDDEN}buy gas" in out


# The limits of docs/threat-model.md, each at its edge: just under is read, just over is refused.


def _padded(size: int) -> bytes:
    """A valid claim file of exactly size bytes: the padding is a YAML comment."""
    body = (DOC + CLAIM).encode()
    return body + b"#" + b"x" * (size - len(body) - 2) + b"\n"


@pytest.mark.parametrize("loader, kind", [(load.load_claims, "a claim file"), (load.load_review, "a review file")])
def test_the_file_size_limit_at_its_edge(tmp_path: Path, loader, kind: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "file.yaml"
    head = (DOC + CLAIM) if loader is load.load_claims else "overrides:\n  - {expectation: a, verdict: absent, note: n, by: b}\n"
    path.write_bytes(head.encode() + b"#" + b"x" * (load.MAX_BYTES - len(head) - 2) + b"\n")
    assert path.stat().st_size == load.MAX_BYTES
    loader(path)  # at the limit: read
    with path.open("ab") as f:
        f.write(b"x")
    with pytest.raises(InputError, match=f"larger than 20 MB; too large for {kind}"):
        loader(path)


def test_the_file_size_limit_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "preview.yaml"
    path.write_bytes(_padded(load.MAX_BYTES + 1))
    code, out, err = run("check", str(path), str(REPORT))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{path}: ", "larger than 20 MB; too large for a claim file")


def test_the_value_limit_at_its_edge(tmp_path: Path) -> None:
    # The top mapping, its key and the list are 3 values, then the list's items. The key is unknown, so a
    # file the limit lets through is refused for that, after every value was read: fast, and unambiguous.
    path = tmp_path / "preview.yaml"
    for items, refused in ((load.MAX_NODES - 3, False), (load.MAX_NODES - 2, True)):
        path.write_text("zzz: [" + "k, " * (items - 1) + "k]\n", encoding="utf-8")
        with pytest.raises(InputError) as caught:
            load.load_claims(path)
        assert ("more than 200,000 YAML values; a claim file is not that large" in str(caught.value)) == refused
        assert refused or "unknown key 'zzz'" in str(caught.value)


def test_the_depth_limit_at_its_edge(tmp_path: Path) -> None:
    # keywords sits 4 levels deep (file, claims, claim, keywords): nest lists inside it to reach the limit.
    path = tmp_path / "preview.yaml"
    for depth in (load.MAX_DEPTH, load.MAX_DEPTH + 1):
        nested = "[" * (depth - 4) + "k" + "]" * (depth - 4)
        path.write_text(DOC + "claims:\n  - {id: a, statement: S, keywords: [" + nested + "]}\n", encoding="utf-8")
        with pytest.raises(InputError) as caught:
            load.load_claims(path)
        # at the limit the file is read, and refused for its shape; one level more, for its depth
        assert ("nested more than 32 levels deep" in str(caught.value)) == (depth > load.MAX_DEPTH), caught.value


def test_the_figures_limit_at_its_edge(tmp_path: Path) -> None:
    # The figures of two paired claims are weighed all against all: a claim holds at most MAX_FIGURES.
    from summitcheck.schema import MAX_FIGURES

    path = tmp_path / "preview.yaml"
    for n in (MAX_FIGURES, MAX_FIGURES + 1):
        figures = ", ".join(f"{{metric: gas output {i}, value: '${i} billion'}}" for i in range(1, n + 1))
        path.write_text(claim(f"figures: [{figures}]"), encoding="utf-8")
        if n == MAX_FIGURES:
            assert len(load.load_claims(path).claims[0].figures) == n
            continue
        code, out, err = run("validate", str(path))
        assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
        assert_one_line(err, f"{path}:3: ", f"'figures' has {n} items; at most {MAX_FIGURES} are allowed")


def test_the_article_size_limit_at_its_edge(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    line = b"Japan will invest $1 trillion in the United States, officials said.\n"
    article.write_bytes(line * (MAX_ARTICLE_BYTES // len(line)) + b"x" * (MAX_ARTICLE_BYTES % len(line)))
    assert article.stat().st_size == MAX_ARTICLE_BYTES
    assert len(read_article(article).text) == MAX_ARTICLE_BYTES  # at the limit: read
    with article.open("ab") as f:
        f.write(b"x")
    code, out, err = run("extract", str(article), "--role", "preview")
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{article}: ", "larger than 5 MB; too large for an article's text")


def test_extract_says_when_its_claim_file_could_not_read_the_article(tmp_path: Path) -> None:
    article = tmp_path / "articles" / "report.txt"
    article.parent.mkdir()
    article.write_bytes((SEED_CASE.parent.parent / "seeds" / SEED_CASE.name / "report.txt").read_bytes())
    for out, outside in ((tmp_path / "articles" / "report.yaml", False), (tmp_path / "cases" / "x" / "report.yaml", True)):
        out.parent.mkdir(parents=True, exist_ok=True)
        code, stdout, err = run("extract", str(article), "--role", "report", "-o", str(out))
        assert (code, stdout) == (cli.ExitStatus.OK, "") and err.count("\n") == 1
        assert ("may not name" in err) == outside, err
        code, stdout, err = run("validate", str(out))
        assert (code == cli.ExitStatus.BAD_INPUT) == outside and ("outside" in err) == outside


def test_ctrl_c_exits_130_and_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    import typer

    from summitcheck.textfile import write_atomically

    out = tmp_path / "result.json"
    out.write_text("the old result\n", encoding="utf-8")
    # Ctrl-C arriving while the file is being put in place: the handler's exit passes through the writer's cleanup.

    def interrupted(*args: object) -> None:
        cli._interrupted(signal.SIGINT, None)
    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(typer.Exit) as caught:
        write_atomically(str(out), "the new result\n")
    assert caught.value.exit_code == cli.ExitStatus.INTERRUPTED == 130
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"] and out.read_text() == "the old result\n"


@pytest.mark.parametrize("name", ["preview.yaml", "report.yaml", "review.yaml", "reports/late.yaml"])
def test_a_case_folder_link_cannot_reach_a_file_outside_its_project(tmp_path: Path, name: str) -> None:
    secret = tmp_path / "credentials"
    secret.write_text("SECRET_TOKEN=hunter2\n", encoding="utf-8")
    case = _seed_case(tmp_path)
    (case / name).parent.mkdir(exist_ok=True)
    if (case / name).exists():
        (case / name).unlink()
    (case / name).symlink_to(secret)
    for command in ("check", "validate"):
        code, out, err = run(command, str(case))
        assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
        assert_one_line(err, f"{case / name}: ", "a symbolic link out of the case's project")
        assert "hunter2" not in err


def test_a_case_folder_link_inside_its_project_is_read(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    case = _seed_case(tmp_path / "claims")
    shared = tmp_path / "claims" / "report.yaml"
    (case / "report.yaml").rename(shared)
    (case / "report.yaml").symlink_to(Path("..") / "report.yaml")
    code, out, err = run("check", str(case), "-f", "json")
    assert code == cli.ExitStatus.OK and err == "" and '"expectations"' in out


@pytest.mark.parametrize("command", ["check", "validate", "extract"])
def test_a_file_name_too_long(command: str) -> None:
    name = "a" * 300 + (".txt" if command == "extract" else ".yaml")
    args = {"check": [name, str(REPORT)], "validate": [name], "extract": [name, "--role", "preview"]}[command]
    code, out, err = run(command, *args)
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert_one_line(err, f"{name}: ", "the file name is too long")


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "csv"])
def test_an_escape_sequence_never_reaches_the_terminal(tmp_path: Path, fmt: str) -> None:
    # YAML's double quotes can write any character ("\e"), and an article's text can hold one raw.
    preview = tmp_path / "preview.yaml"
    preview.write_text('document: {id: p, role: preview, title: "Title\\e[2J"}\n'
                       'claims:\n  - {id: a, statement: "Japan will buy gas\\e]0;owned\\a"}\n', encoding="utf-8")
    code, out, err = run("check", str(preview), str(REPORT), "-f", fmt)
    assert code == cli.ExitStatus.OK and err == ""
    assert "\x1b" not in out and "\x07" not in out and "\\x1b" in out.replace("\\\\", "\\")


def test_a_key_twice_that_does_not_start_an_item_gets_no_dash_hint(tmp_path: Path) -> None:
    bad = tmp_path / "preview.yaml"
    bad.write_text(DOC + "claims:\n  - id: a\n    topic: trade\n    statement: S\n    topic: tariffs\n", encoding="utf-8")
    code, _, err = run("check", str(bad), str(REPORT))
    assert code == cli.ExitStatus.BAD_INPUT
    assert err == f"{bad}:6: duplicate key 'topic' in 'claim 1' (first at line 4)\n"


def test_the_temporary_file_is_new_and_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # write_atomically makes its temporary file as tempfile.mkstemp would: never one that exists (a planted link
    # included), readable by this user only until it is put in place
    from summitcheck import textfile

    names = iter(["aaaaaaaa", "aaaaaaaa", "bbbbbbbb"])
    monkeypatch.setattr(os, "urandom", lambda n: bytes.fromhex(next(names)))
    planted = tmp_path / f".out.txt.{os.getpid()}aaaaaaaa.tmp"
    planted.symlink_to(tmp_path / "elsewhere")
    fd, name = textfile._new_temporary(str(tmp_path), "out.txt")
    os.close(fd)
    assert name == str(tmp_path / f".out.txt.{os.getpid()}bbbbbbbb.tmp")
    assert os.stat(name).st_mode & 0o777 == 0o600 and not (tmp_path / "elsewhere").exists()
