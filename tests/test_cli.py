"""The command line: formats, exit statuses, bad input, and claim text never read as markup."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summitcheck import cli

from helpers import SEED_CASE
from helpers import run_cli as run


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)




def test_no_arguments_runs_the_bundled_case_as_json_when_piped() -> None:
    code, out, err = run("check")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["summary"]["discrepancies"] == 1
    assert {e["id"]: e["verdict"] for e in doc["expectations"]}["alaska-pipeline"] == "absent"


def test_auto_format_is_a_table_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.terminal, "is_terminal", lambda: True)
    monkeypatch.setattr(cli.terminal, "wants_color", lambda: False)
    code, out, _ = run("check")
    assert code == 0
    assert "Expectations" in out and "Discrepancies" in out
    assert "6 fulfilled · 2 contradicted · 2 absent · 4 unanticipated · 1 discrepancy" in out


def test_table_shows_verdicts_scores_and_both_figures() -> None:
    code, out, _ = run("check", "--format", "table")
    assert code == 0
    assert "contradicted" in out and "approximately $56 billion" in out and "$68 billion" in out
    assert "+21.4 %" in out and "nippon-steel" in out


def test_verbose_table_shows_the_report_quote_of_a_paired_claim_and_the_topics() -> None:
    _, out, _ = run("check", "--format", "table", "--verbose")
    details = " ".join(out[out.index("trade-surplus  contradicted"):].split())
    assert re.match(r"trade-surplus contradicted score \d+\.\d expected: Japan runs a trade surplus", details), details
    assert ("“President Trump highlighted the $68 billion trade deficit with Japan and emphasized the need to"
            " address it.”") in details
    assert "· figure differs: 'Japan's trade surplus with the US'" in details
    topics = out[out.index("By topic"):]
    assert re.search(r"^trade +· +1 +· +· +1$", topics, re.M), topics


def _rows(table: str) -> dict[str, list[str]]:
    """The expectations table's rows by id: a row starts at its id, its further lines are indented."""
    lines = table.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Expectation ")) + 2  # header, rule
    rows: dict[str, list[str]] = {}
    current: list[str] = []
    for line in lines[start:]:
        if line.startswith("Every reason"):
            break
        if not line.startswith(" "):
            current = rows.setdefault(line.split()[0], [])
        current.append(line)
    return rows


@pytest.mark.parametrize("case", ["bundled", "eu-mercosur-story"])
@pytest.mark.parametrize("columns", [80, 120])
def test_the_table_reads_at_80_and_120_columns(monkeypatch: pytest.MonkeyPatch, case: str, columns: int) -> None:
    folder = [] if case == "bundled" else [str(Path(__file__).parent / "cases" / case)]
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = run("check", *folder, "--format", "table")
    assert code == 0
    ids = [e["id"] for e in json.loads(run("check", *folder, "-f", "json")[1])["expectations"]]
    rows = _rows(out)
    assert list(rows) == ids, "every id whole, in order"
    assert all(1 < len(lines) <= 3 for lines in rows.values()), rows
    assert all(len(line.rstrip()) <= columns for line in out.splitlines())
    for header in ("Expectation", "Verdict", "Score", "Report claim · why", "Unanticipated", "Discrepancies"):
        assert header in out or (header == "Discrepancies" and case != "bundled")
    header = next(line for line in out.splitlines() if line.startswith("Expectation "))
    assert ("Statement" in header) == (columns >= 110), "wide terminals use the room"
    scores = re.findall(r" (\d+\.\d|–)  ", "\n".join(line for lines in rows.values() for line in lines[:1]))
    assert len(scores) == len(ids) and all(s == "–" or re.fullmatch(r"\d+\.\d", s) for s in scores), "one format"


def test_case_dir_and_two_files_give_the_same_result() -> None:
    _, by_dir, _ = run("check", str(SEED_CASE), "-f", "json")
    _, by_files, _ = run("check", str(SEED_CASE / "preview.yaml"), str(SEED_CASE / "report.yaml"), "-f", "json")
    assert json.loads(by_dir)["expectations"] == json.loads(by_files)["expectations"]


@pytest.mark.parametrize("fail_on, code", [
    ("discrepancy", 1), ("absent", 1), ("contradicted,absent", 1), ("", 0),
])
def test_fail_on(fail_on: str, code: int) -> None:
    assert run("check", "-f", "json", "--fail-on", fail_on)[0] == code


def test_fail_on_with_nothing_to_find(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    for role in ("preview", "report"):
        (case / f"{role}.yaml").write_text(
            f"document: {{id: {role}, role: {role}, title: T}}\n"
            "claims:\n  - id: meet\n    statement: Leaders meet in Geneva\n", encoding="utf-8")
    assert run("check", str(case), "-f", "json", "--fail-on", "absent,contradicted,discrepancy")[0] == 0


@pytest.mark.parametrize("args", [
    ("check", "--fail-on", "bogus"),
    ("check", "--threshold", "150"),
    ("check", "--format", "xml"),
    ("check", "a.yaml", "b.yaml", "--against", "c.yaml"),  # several reports are positional; --against takes one preview
])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    code, out, _ = run(*args)
    assert code == cli.ExitStatus.USAGE and out == ""


def test_claim_text_is_never_read_as_markup(tmp_path: Path) -> None:
    for role in ("preview", "report"):
        (tmp_path / f"{role}.yaml").write_text(
            f"document: {{id: {role}, role: {role}, title: '[bold red]T[/]'}}\n"
            "claims:\n  - id: meet\n    statement: '[link=x]Leaders[/link] meet in [red]Geneva[/red]'\n",
            encoding="utf-8")
    code, out, _ = run("check", str(tmp_path), "-f", "table")
    assert code == 0
    assert "[red]Geneva[/red]" in out and "[bold red]T[/]" in out


def test_every_command_has_help() -> None:
    code, out, _ = run("check", "--help")
    assert code == 0 and "--fail-on" in out and "--threshold" in out and "--tolerance" in out
    for command in cli.app.registered_commands:
        assert command.callback is not None and command.callback.__doc__, command.name
        code, out, _ = run(command.callback.__name__, "--help")
        assert code == 0 and command.callback.__doc__.split()[0] in out


@pytest.mark.parametrize("args", [
    ("check", "-f", "json"), ("check", "-f", "table"), ("validate",), ("schema",), ("figure", "$56bn", "-f", "text"),
], ids=" ".join)
def test_stdout_closed_early_gives_no_traceback(args: tuple[str, ...]) -> None:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "summitcheck", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before summitcheck writes
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=30) == cli.ExitStatus.BROKEN_PIPE
    assert "Traceback" not in err and err == ""


def test_against_an_article_that_is_not_plain_text_says_what_it_expected(tmp_path: Path) -> None:
    article = tmp_path / "report.md"
    article.write_text("# Trump and Ishiba\n\nThey met: it went well.\n", encoding="utf-8")
    code, out, err = run("check", str(SEED_CASE / "preview.yaml"), "--against", str(article))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert err.startswith(f"{article}:3: expected an article's plain text named *.txt or a claim file named *.yaml")
    assert err.count("\n") == 1


def test_check_notes_a_missing_article_and_a_review_it_does_not_apply(tmp_path: Path) -> None:
    for role in ("preview", "report"):
        (tmp_path / f"{role}.yaml").write_bytes((SEED_CASE / f"{role}.yaml").read_bytes())
    preview = tmp_path / "preview.yaml"
    text = preview.read_text(encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.strip().startswith("text:"))
    preview.write_text(text.replace("preview.txt", "previw.txt"), encoding="utf-8")
    (tmp_path / "review.yaml").write_text(
        "overrides:\n  - {expectation: alaska-pipeline, verdict: fulfilled, note: seen on TV, by: Desk}\n",
        encoding="utf-8")
    code, out, err = run("check", str(preview), str(tmp_path / "report.yaml"), "-f", "json")
    assert code == 0 and json.loads(out)["summary"]
    notes = err.splitlines()
    assert len(notes) == 3, err  # the report's article is missing too: it lives beside the seed, not here
    assert notes[0].startswith(f"{preview}:{line}: note: 'text' names ") and "previw.txt, which is not there" in notes[0]
    assert notes[2] == (f"summitcheck: note: {tmp_path / 'review.yaml'} is not applied; "
                        f"give --review {tmp_path / 'review.yaml'}, or check the folder {tmp_path}")
    # Given the review, or the folder, nothing is left unsaid about it.
    for args in (("--review", str(tmp_path / "review.yaml")), ("--no-review",)):
        err = run("check", str(preview), str(tmp_path / "report.yaml"), "-f", "json", *args)[2]
        assert "is not applied" not in err


def test_version() -> None:
    from summitcheck import __version__

    assert run("--version") == (0, f"summitcheck {__version__}\n", "")


def test_every_command_shows_examples_that_name_it() -> None:
    for command in cli.app.registered_commands:
        name = command.name or command.callback.__name__  # type: ignore[union-attr]
        code, out, _ = run(name, "--help")
        examples = out[out.index("Examples:"):]
        assert code == 0 and f"$ summitcheck {name}" in examples.replace("pbpaste | ", ""), name


def test_shell_completion() -> None:
    # Completion is set up only when asked for (it costs start-up time): the shell's request completes commands.
    import os
    import subprocess
    import sys

    script = "import sys; sys.argv[0] = 'summitcheck'; from summitcheck.cli import run; run()"
    env = {**os.environ, "_SUMMITCHECK_COMPLETE": "complete_bash", "COMP_WORDS": "summitcheck che", "COMP_CWORD": "1"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.split()) == (0, ["check"]), done.stderr
    assert "summitcheck --install-completion" in run("--help")[1]


def test_a_claim_file_from_standard_input() -> None:
    report = (SEED_CASE / "report.yaml").read_text(encoding="utf-8")
    from_file = json.loads(run("check", str(SEED_CASE / "preview.yaml"), str(SEED_CASE / "report.yaml"), "-f", "json")[1])
    code, out, _ = run("check", str(SEED_CASE / "preview.yaml"), "-", "-f", "json", stdin=report)
    assert code == 0
    from_stdin = json.loads(out)
    assert [(e["id"], e["verdict"]) for e in from_stdin["expectations"]] == \
        [(e["id"], e["verdict"]) for e in from_file["expectations"]]
    code, out, err = run("validate", "-", stdin=report.replace("statement:", "statment:", 1))
    assert code == cli.ExitStatus.BAD_INPUT and err.startswith("<stdin>:") and "did you mean 'statement'" in err


def test_an_article_from_standard_input() -> None:
    article = (SEED_CASE.parent.parent / "seeds" / SEED_CASE.name / "report.txt").read_text(encoding="utf-8")
    code, out, err = run("extract", "-", "--role", "report", stdin=article)
    assert code == 0 and "role: report" in out and "\n  text:" not in out and "drafted" in err
    code, out, _ = run("check", str(SEED_CASE / "preview.yaml"), "--against", "-", "-f", "json", stdin=article)
    assert code == 0 and json.loads(out)["report"]["title"].startswith("Japan")


def test_example_lists_and_copies_the_bundled_case(tmp_path: Path) -> None:
    code, out, _ = run("example")
    listed = [line.split("  (")[0] for line in out.splitlines()]
    assert code == 0 and len(listed) == 4 and all(Path(p).is_file() for p in listed)
    code, _, err = run("example", "--copy", str(tmp_path / "mine"))
    assert code == 0 and "summitcheck check" in err
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["preview.txt", "preview.yaml",
                                                                     "report.txt", "report.yaml"]
    code, out, err = run("validate", str(tmp_path / "mine"))
    assert (code, err) == (0, "") and "10 of 10 quotes found in preview.txt" in out
    copied = json.loads(run("check", str(tmp_path / "mine"), "-f", "json")[1])
    assert copied["expectations"] == json.loads(run("check", "-f", "json")[1])["expectations"]
    before = (tmp_path / "mine" / "preview.yaml").read_bytes()
    code, _, err = run("example", "--copy", str(tmp_path / "mine"))
    assert code == cli.ExitStatus.BAD_INPUT and "already exists" in err
    assert (tmp_path / "mine" / "preview.yaml").read_bytes() == before


def test_a_long_paired_id_is_never_cut(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for role in ("preview", "report"):
        (tmp_path / f"{role}.yaml").write_bytes((SEED_CASE / f"{role}.yaml").read_bytes())
    report = tmp_path / "report.yaml"
    long_id = "trade-deficit-highlighted-by-the-president"
    report.write_text(report.read_text(encoding="utf-8").replace("trade-deficit", long_id), encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run("check", str(tmp_path), "--format", "table", "--no-review")
    rows = _rows(out)
    assert code == 0 and all(len(lines) <= 3 for lines in rows.values())
    cell = "".join(line[line.index(rows["trade-surplus"][0].split()[-1]):].strip() if i == 0 else line.strip()
                   for i, line in enumerate(rows["trade-surplus"][:2]))
    assert cell.startswith(long_id), rows["trade-surplus"]
