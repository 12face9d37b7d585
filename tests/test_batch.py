"""`summitcheck batch`: every case under some folders, one row each, bad cases never stopping the others."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from summitcheck.batch import check_batch
from summitcheck.check import check_case

from helpers import SEED_CASE, TEST_CASES, run_cli


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """Good cases at two depths, a case with a malformed claim file, and a folder that is no case."""
    root = tmp_path / "desk"
    shutil.copytree(SEED_CASE, root / "seed")
    for folder in TEST_CASES:
        shutil.copytree(folder, root / "archive" / folder.name)
    bad = root / "archive" / "broken"
    shutil.copytree(SEED_CASE, bad)
    (bad / "report.yaml").write_text("document: {id: r, role: report, title: T}\nclaims: [\n", encoding="utf-8")
    (root / "notes").mkdir()
    (root / "notes" / "readme.txt").write_text("not a case", encoding="utf-8")
    return root


def test_one_row_per_case_and_a_bad_case_stops_nothing(desk: Path) -> None:
    code, out, err = run_cli("batch", str(desk), "-f", "json", "--jobs", "1")
    assert code == 3  # a bad case
    doc = json.loads(out)
    cases = {Path(r["case"]).name: r for r in doc["cases"]}
    assert sorted(cases) == sorted(["seed", "broken", *(f.name for f in TEST_CASES)])
    broken = cases.pop("broken")
    assert broken["fulfilled"] is None and "report.yaml:3: malformed YAML" in broken["problem"]
    assert err.count("\n") == 1 and "report.yaml:3:" in err and "Traceback" not in err
    for name, row in cases.items():
        folder = desk / "seed" if name == "seed" else desk / "archive" / name
        summary = check_case(folder).summary
        assert {k: row[k] for k in summary} == summary and row["problem"] is None
    assert doc["summary"]["cases"] == len(TEST_CASES) + 2 and doc["summary"]["bad"] == 1
    assert doc["summary"]["fulfilled"] == sum(r["fulfilled"] for r in cases.values())


def test_two_jobs_give_the_same_rows_as_one(desk: Path) -> None:
    one, two = (check_batch([desk], jobs=jobs) for jobs in (1, 2))
    assert one == two and len(one.rows) == len(TEST_CASES) + 2


def test_progress_is_reported_up_to_the_last_case(desk: Path) -> None:
    seen: list[tuple[int, int]] = []
    check_batch([desk], jobs=1, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(TEST_CASES) + 2,) * 2 and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_fail_on_counts_over_every_case(tmp_path: Path) -> None:
    shutil.copytree(SEED_CASE, tmp_path / "seed")
    assert run_cli("batch", str(tmp_path), "-f", "csv", "--fail-on", "partial")[0] == 0
    code, out, err = run_cli("batch", str(tmp_path), "-f", "csv", "--fail-on", "discrepancy")
    assert (code, err) == (1, "")
    (row,) = csv.DictReader(io.StringIO(out, newline=""))
    assert row["discrepancies"] == "1" and row["reports"] == "1" and row["problem"] == ""


def test_a_missing_folder_is_a_row_too(tmp_path: Path) -> None:
    shutil.copytree(SEED_CASE, tmp_path / "seed")
    code, out, err = run_cli("batch", str(tmp_path / "nope"), str(tmp_path), "-f", "markdown")
    assert code == 3 and "nope: no such folder" in err
    assert out.count("\n| ") == 3 and "nope: no such folder" in out  # the rule under the header, two cases
    assert "**2 cases (1 bad)" in out


def test_output_writes_a_page_per_case_and_an_index_linking_them(desk: Path, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    code, out, _ = run_cli("batch", str(desk), "-o", str(pages), "-f", "json", "--jobs", "2")
    assert code == 3
    doc = json.loads(out)
    index = (pages / "index.html").read_text(encoding="utf-8")
    for row in doc["cases"]:
        if row["problem"] is None:
            assert (pages / row["page"]).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
            assert f'href="{row["page"]}"' in index
        else:
            assert row["page"] is None and "malformed YAML" in index
    assert sorted(p.name for p in pages.iterdir()) == sorted(["index.html", *(r["page"] for r in doc["cases"]
                                                                              if r["page"])])


def test_the_table_lists_every_case(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(desk.parent)
    code, out, _ = run_cli("batch", "desk", "-f", "table")
    assert code == 3
    for folder in TEST_CASES:
        assert folder.name in out
    assert "bad" in out and "malformed YAML" in out


def test_the_progress_bar_goes_to_a_terminal_stderr_only(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from summitcheck import cli

    code, out, err = run_cli("batch", str(desk / "archive"), "-f", "json", "--jobs", "1")
    assert "checking cases" not in err  # stderr is no terminal under the test runner: no bar
    shown: list[tuple[int, int]] = []

    class Bar:  # stands in for rich's Progress, to see what the bar is told
        def __init__(self, **_: object) -> None: ...
        def start(self) -> None: ...
        def stop(self) -> None: ...
        def add_task(self, *_: object, **__: object) -> int:
            return 0

        def update(self, _task: int, completed: int, total: int) -> None:
            shown.append((completed, total))

    monkeypatch.setattr(cli.terminal, "shows_progress", lambda: True)
    monkeypatch.setattr("rich.progress.Progress", Bar)
    code2, out2, _ = run_cli("batch", str(desk / "archive"), "-f", "json", "--jobs", "1")
    assert json.loads(out2) == json.loads(out) and code2 == code  # the payload is the same either way
    assert shown[-1] == (len(TEST_CASES) + 1, len(TEST_CASES) + 1)


def test_a_case_with_a_figure_value_not_read_is_checked_and_warned_of(tmp_path: Path) -> None:
    case = tmp_path / "desk" / "kiwi"
    shutil.copytree(SEED_CASE, case)
    preview = case / "preview.yaml"
    text = preview.read_text(encoding="utf-8")
    preview.write_text(text.replace('value: "approximately $56 billion"', 'value: "a lot of money"', 1), encoding="utf-8")
    line = next(n for n, row in enumerate(preview.read_text(encoding="utf-8").splitlines(), 1) if "a lot of money" in row)
    code, out, err = run_cli("batch", str(tmp_path / "desk"), "-f", "json")
    assert code == 0
    warning = f"{preview}:{line}: warning: figure value 'a lot of money' not read (no number in it); not compared"
    assert err.splitlines() == [warning]
    (row,) = json.loads(out)["cases"]
    assert row["problem"] is None and row["warnings"] == [warning]
    assert row["discrepancies"] == 0  # the seed's one discrepancy was on that figure
