"""`summitcheck validate`, `schema` and `figure`: what an editor uses before relying on a claim file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from summitcheck import cli
from summitcheck.schema import json_schema

from helpers import ROOT, SEED_CASE, TEST_CASES, yaml_as_json_data
from helpers import run_cli as run

SHIPPED = sorted(SEED_CASE.glob("*.yaml")) + sorted(
    p for folder in TEST_CASES for p in folder.glob("*.yaml") if p.name != "verdicts.yaml")




@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed case and its articles, laid out as in the repository, to edit freely."""
    shutil.copytree(SEED_CASE, tmp_path / "claims" / SEED_CASE.name)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path / "claims" / SEED_CASE.name


def test_shipped_claim_files_validate_quotes_included() -> None:
    code, out, err = run("validate", *map(str, SHIPPED))
    assert (code, err) == (0, "")
    assert out.count("valid:") == len(SHIPPED)
    assert "10 of 10 quotes found in preview.txt" in out and "10 of 10 quotes found in report.txt" in out


def test_a_case_folder_and_no_argument_validate_the_case() -> None:
    assert run("validate", str(SEED_CASE))[1] == run("validate")[1]


def test_a_quote_not_in_the_article(seed_copy: Path) -> None:
    preview = seed_copy / "preview.yaml"
    text = preview.read_text(encoding="utf-8")
    preview.write_text(text.replace("supporting a $44 billion gas pipeline", "supporting a $45 billion gas pipeline"),
                       encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "quote:" in row and "$44 billion" in row)
    code, out, err = run("validate", str(preview))
    assert code == cli.ExitStatus.FINDINGS
    assert err.count("\n") == 1
    assert err.startswith(f"{preview}:{line}: claim 'alaska-pipeline': quote not found in preview.txt; closest passage, line 11")
    assert '"Japan is considering supporting a $44 billion gas pipeline located in Alaska."' in err
    assert "quotes to fix: preview, 10 claims, 9 of 10 quotes found" in out


def test_straight_apostrophes_match_curly_ones(seed_copy: Path) -> None:
    preview = seed_copy / "preview.yaml"
    text = preview.read_text(encoding="utf-8")
    assert "Japan’s defense budget" in text  # the article and the shipped quote have a curly one
    preview.write_text(text.replace("Japan’s defense budget", "Japan's defense budget"), encoding="utf-8")
    code, out, err = run("validate", str(preview))
    assert (code, err) == (0, "") and "10 of 10 quotes found" in out


def test_an_article_that_is_not_there(seed_copy: Path) -> None:
    preview = seed_copy / "preview.yaml"
    text = preview.read_text(encoding="utf-8")
    preview.write_text(text.replace("preview.txt", "previw.txt"), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.strip().startswith("text:"))
    code, out, err = run("validate", str(preview))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert err.startswith(f"{preview}:{line}: 'text' names ") and err.rstrip().endswith("previw.txt: no such file")


def test_validate_goes_on_past_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("document: [\n", encoding="utf-8")
    code, out, err = run("validate", str(bad), str(SEED_CASE / "report.yaml"))
    assert code == cli.ExitStatus.BAD_INPUT
    assert err.startswith(f"{bad}:2: malformed YAML") and "report.yaml: valid" in out


def test_validate_lists_every_problem_of_a_file(tmp_path: Path) -> None:
    bad = tmp_path / "preview.yaml"
    bad.write_text("document: {id: p, role: preview, title: T, published: 2025-02-30}\n"
                   "claims:\n"
                   "  - {id: a, statment: S}\n"
                   "  - {id: b, statement: S, topic: 2025}\n"
                   "  - {id: a, statement: S, figures: [{metric: m, value: soon}]}\n", encoding="utf-8")
    code, out, err = run("validate", str(bad))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    lines = err.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [f"{bad}:{n}" for n in (1, 3, 4, 5)], err
    assert "ISO date" in lines[0] and "did you mean 'statement'" in lines[1]
    # the unreadable figure value is no error, but validate names it among the file's problems
    assert "'topic' must be" in lines[2] and lines[3] == (f"{bad}:5: warning: figure value 'soon' not read "
                                                          "(no number in it); not compared")


def test_validate_warns_of_a_figure_value_it_cannot_read_and_exits_1(tmp_path: Path) -> None:
    """A file whose only fault is a figure value the reader cannot read loads (check compares
    without that figure): validate names it as a warning and exits 1, as for a quote not found."""
    path = tmp_path / "preview.yaml"
    path.write_text("document: {id: p, role: preview, title: T}\nclaims:\n  - id: c\n    statement: S\n"
                    "    figures:\n      - {metric: NZD/USD, value: below 58 US cents}\n"
                    "      - {metric: waiting time, value: within the hour}\n", encoding="utf-8")
    code, out, err = run("validate", str(path))
    assert code == cli.ExitStatus.FINDINGS
    assert err.splitlines() == [f"{path}:7: warning: figure value 'within the hour' not read (no number in it); "
                                "not compared"]
    assert out.splitlines() == [f"{path}: figure values to fix: preview, 1 claim, no quotes, "
                                "1 figure value not read (not compared)"]


def test_check_shows_where_each_quote_stands() -> None:
    doc = json.loads(run("check", "-f", "json")[1])
    lng = next(e for e in doc["expectations"] if e["id"] == "lng-purchases")
    assert lng["quote"] == {"text": "including increasing US gas purchases", "found": True, "line": 12}
    assert lng["match"]["quote"]["found"] is True and lng["match"]["quote"]["line"] == 23


# --- schema -------------------------------------------------------------------

def as_json_data(path: Path) -> object:
    return yaml_as_json_data(path.read_text(encoding="utf-8"))


def test_schema_command_prints_draft_2020_12() -> None:
    code, out, _ = run("schema")
    assert code == 0
    schema = json.loads(out)
    assert schema == json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", SHIPPED, ids=[f"{p.parent.name}/{p.name}" for p in SHIPPED])
def test_every_shipped_claim_file_validates_against_the_schema(path: Path) -> None:
    jsonschema.Draft202012Validator(json_schema()).validate(as_json_data(path))


@pytest.mark.parametrize("edit", [
    lambda d: d["claims"][0].update(statment="S"),
    lambda d: d["claims"][0].pop("statement"),
    lambda d: d["claims"][0].update(id="Not An Id"),
    lambda d: d["claims"][0].update(negated="maybe"),
    lambda d: d["document"].update(role="summary"),
    lambda d: d["document"].update(published="31/01/2025"),
    lambda d: d.update(claims=[]),
    lambda d: d["claims"][0].update(figures=[{"value": "$5bn"}]),
], ids=["unknown key", "missing key", "bad id", "non-boolean", "bad role", "bad date", "no claims", "no metric"])
def test_the_schema_refuses_what_the_loader_refuses(edit) -> None:  # type: ignore[no-untyped-def]
    data = as_json_data(SEED_CASE / "preview.yaml")
    edit(data)
    assert not jsonschema.Draft202012Validator(json_schema()).is_valid(data)


# --- figure -------------------------------------------------------------------

def test_figure_as_text() -> None:
    code, out, err = run("figure", "$56bn", "about 2%", "25 basis points", "-f", "text")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "$56bn → 55.5–56.5 billion USD · money, US dollars",
        "about 2% → 1.9–2.1 % · percent",
        "25 basis points → 0.245–0.255 pp · percentage points",
    ]


def test_figure_shows_the_world_s_money_and_refuses_what_it_cannot_tell() -> None:
    code, out, err = run("figure", "PLN 40m", "$80 a barrel", "₹5 lakh crore", "$1e300", "20 kr", "-f", "text")
    assert code == 3
    assert out.splitlines() == [
        "PLN 40m → 39.5–40.5 million PLN · money, Polish zlotys",
        "$80 a barrel → 79.5–80.5 USD/barrel · money per barrel, US dollars",
        "₹5 lakh crore → 4.9–5.1 trillion INR · money, Indian rupees",
        "$1e300 → 9.8e299–1.02e300 USD · money, US dollars",
    ]
    assert err.strip().splitlines() == [
        "summitcheck: figure value '20 kr': 'kr' could be any of DKK, NOK, SEK; write the ISO code, e.g. 'DKK 5'"]


def test_figure_as_json() -> None:
    code, out, _ = run("figure", "$56bn", "over 70 agreements", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"text": "$56bn", "low": 55.5e9, "high": 56.5e9, "unit": "USD", "from": None},
        {"text": "over 70 agreements", "low": 70, "high": None, "unit": "agreement", "from": None},
    ]


def test_figure_with_a_baseline() -> None:
    code, out, err = run("figure", "3.2%", "3.3%", "--from", "3.3%", "-f", "text")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "3.2% → 3.15–3.25 % · percent · from 3.3% (3.25–3.35 %): a fall or cut",
        "3.3% → 3.25–3.35 % · percent · from 3.3% (3.25–3.35 %): no change",
    ]
    code, out, _ = run("figure", "18%", "--from", "10%", "-f", "json")
    assert code == 0
    assert json.loads(out)[0]["from"] == {"text": "10%", "low": 9.8, "high": 10.2, "unit": "%"}


@pytest.mark.parametrize("args, message", [
    (("3.2%", "--from", "soon"), "summitcheck: figure baseline 'soon': no number in it\n"),
    (("3.2%", "--from", "$3bn"), "summitcheck: figure baseline '$3bn': not in the unit of the value '3.2%'\n"),
])
def test_figure_baseline_it_cannot_use(args: tuple[str, ...], message: str) -> None:
    code, _out, err = run("figure", *args, "-f", "json")
    assert code == cli.ExitStatus.BAD_INPUT
    assert err == message


def test_figure_it_cannot_read() -> None:
    code, out, err = run("figure", "$56bn", "soon", "-f", "json")
    assert code == cli.ExitStatus.BAD_INPUT
    assert [q["text"] for q in json.loads(out)] == ["$56bn"]
    assert err == "summitcheck: figure value 'soon': no number in it\n"


def test_validate_names_bare_numbers_it_will_not_compare(tmp_path: Path) -> None:
    path = tmp_path / "preview.yaml"
    path.write_text("document: {id: p, role: preview, title: T}\nclaims:\n  - id: c\n    statement: S\n    figures:\n"
                    "      - {metric: trade surplus, value: '56'}\n      - {metric: inflation, value: '3.75'}\n",
                    encoding="utf-8")
    code, out, err = run("validate", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{path}:6: figure 'trade surplus': 56 is a bare number; it is not compared with money or percentages "
        "of its metric (write its unit) (a note, not an error)",
        f"{path}: valid: preview, 1 claim, no quotes",
    ]
