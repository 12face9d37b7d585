"""The README and docs/ say what the code does: tables that mirror code are checked against it,
the examples run, and every link leads somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summitcheck import cli, verdicts
from summitcheck.extract import TOPICS
from summitcheck.load import load_claims
from summitcheck.render import RENDERERS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")}


def table_after(text: str, marker: str) -> list[list[str]]:
    """The rows (cells stripped, header and rule left out) of the first Markdown table after marker."""
    lines = text[text.index(marker):].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    return rows


def code_blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.M | re.S)


def test_the_readme_fits_on_a_few_screens() -> None:
    assert len(README.splitlines()) <= 200


def test_the_quick_start_is_two_commands_and_ci_runs_the_test_command_verbatim() -> None:
    quick = code_blocks(README[README.index("## Quick start"):], "sh")[0].splitlines()
    assert quick == ['pip install . && summitcheck check', 'pip install -e ".[test]" && pytest']
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quick[1] in ci


def test_the_exit_statuses_are_the_codes() -> None:
    listed = [int(row[0]) for row in table_after(README, "## Exit statuses")]
    assert listed == sorted(s.value for s in cli.ExitStatus)


def test_every_command_is_in_the_readme() -> None:
    section = README[README.index("## Commands"):README.index("## Exit statuses")]
    for command in cli.app.registered_commands:
        name = command.name or command.callback.__name__  # type: ignore[union-attr]
        assert f"summitcheck {name}" in section, name


def test_the_formats_and_their_extensions() -> None:
    rows = table_after(DOCS["formats.md"], "<!-- checked by tests/test_docs.py against render.RENDERERS")
    assert sorted(row[0].strip("`") for row in rows) == sorted(RENDERERS)
    documented = {ext.strip("`"): row[0].strip("`") for row in rows for ext in row[1].split(", ")}
    assert documented == cli._EXTENSIONS


def test_the_claimreview_scale() -> None:
    rows = table_after(DOCS["formats.md"], "<!-- checked by tests/test_docs.py against verdicts.ALL")
    scale = sorted(((v.name, str(v.rating), v.rating_name) for v in verdicts.ALL if v.rating is not None),
                   key=lambda r: -int(r[1]))
    assert [(r[0], r[1], r[2]) for r in rows] == scale


def topics_table() -> str:
    rows = [f"| {topic} | {', '.join(words)} |" for topic, words in TOPICS.items()]
    return "\n".join(["| topic | words |", "| --- | --- |", *rows])


def test_the_drafting_topics_are_extracts() -> None:
    assert topics_table() in DOCS["drafting.md"], "docs/drafting.md's topic table is stale; paste:\n" + topics_table()


def test_the_claim_file_example_is_valid(tmp_path: Path) -> None:
    example = code_blocks(README, "yaml")[0]
    path = tmp_path / "preview.yaml"
    path.write_text(example, encoding="utf-8")
    doc = load_claims(path)
    assert doc.role == "preview" and doc.claims


def test_the_python_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    exec(code_blocks(README, "python")[0], {})
    assert "trade-surplus contradicted" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["README.md", *sorted(f"docs/{n}" for n in DOCS)])
def test_every_relative_link_leads_to_a_file(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
        assert (ROOT / name).parent.joinpath(target).exists(), f"{name}: {target}"
