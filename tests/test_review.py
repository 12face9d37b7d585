"""Editor overrides: a review file overrules the machine, and every format says who and why."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from summitcheck import cli
from summitcheck.check import check_case
from summitcheck.schema import json_schema

from helpers import REVIEW, ROOT, SEED_CASE, yaml_as_json_data
from helpers import run_cli as run


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """The seed case laid out as in the repository (articles included), with a review.yaml."""
    folder = tmp_path / "claims" / SEED_CASE.name
    shutil.copytree(SEED_CASE, folder)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (folder / "review.yaml").write_text(REVIEW, encoding="utf-8")
    return folder


def _json(*args: str) -> dict:
    _code, out, err = run("check", *args, "-f", "json")
    assert err == "", err
    return json.loads(out)


def _expectation(doc: dict, claim_id: str) -> dict:
    return next(e for e in doc["expectations"] if e["id"] == claim_id)


def test_an_override_changes_the_verdict_and_says_who_and_why(case: Path) -> None:
    doc = _json(str(case))
    alaska = _expectation(doc, "alaska-pipeline")
    assert (alaska["verdict"], alaska["match"]["id"], alaska["match"]["via"]) == (
        "fulfilled", "trillion-dollar-investment", "editor")
    assert alaska["override"] == {"by": "Desk editor", "note": "Confirmed by our Washington correspondent",
                                  "verdict_before": "absent", "match_before": None}
    assert alaska["reasons"][0] == (
        "overridden by Desk editor (absent → fulfilled): Confirmed by our Washington correspondent")
    assert doc["review"] == str(case / "review.yaml")


def test_unpairing_makes_the_expectation_absent_and_the_report_claim_unanticipated(case: Path) -> None:
    doc = _json(str(case))
    trade = _expectation(doc, "trade-surplus")
    assert (trade["verdict"], trade["match"]) == ("absent", None)
    assert trade["override"]["verdict_before"] == "contradicted"
    assert trade["override"]["match_before"] == "trade-deficit"
    assert "trade-deficit" in [u["id"] for u in doc["unanticipated"]]
    assert "trillion-dollar-investment" not in [u["id"] for u in doc["unanticipated"]]
    # The figures still disagree: a discrepancy does not depend on pairing.
    assert doc["summary"] == {"fulfilled": 7, "partial": 0, "contradicted": 1, "absent": 2, "unanticipated": 5,
                              "discrepancies": 1}
    untouched = [e for e in doc["expectations"] if e["id"] not in ("alaska-pipeline", "trade-surplus")]
    assert all(e["override"] is None for e in untouched)


def test_a_new_pairing_without_a_verdict_is_judged_as_the_machine_would(case: Path) -> None:
    # The machine left japanese-jobs absent (its closest claim scores under the threshold);
    # the editor pairs it, and the machine judges that pairing: same polarity, no figures.
    (case / "review.yaml").write_text(
        "overrides:\n"
        "  - expectation: japanese-jobs\n"
        "    match: top-foreign-investors\n"
        "    note: The investment is what creates the jobs\n"
        "    by: Desk editor\n", encoding="utf-8")
    jobs = _expectation(_json(str(case)), "japanese-jobs")
    assert (jobs["verdict"], jobs["match"]["id"], jobs["match"]["via"]) == ("fulfilled", "top-foreign-investors", "editor")
    assert jobs["reasons"] == [
        "overridden by Desk editor (absent → fulfilled): The investment is what creates the jobs",
        f"the editor paired it with 'top-foreign-investors' (term score {jobs['match']['score']:g})",
        "report figure not compared: 'years Japanese companies have been the top foreign investors in the US' "
        "five years in 'top-foreign-investors': 'japanese-jobs' gives no figure",
    ]
    assert 0 < jobs["match"]["score"] < 35


def test_an_absent_verdict_leaves_nothing_paired(case: Path) -> None:
    (case / "review.yaml").write_text(
        "overrides:\n  - expectation: personal-relationship\n    verdict: absent\n"
        "    note: Rapport is not a relationship\n    by: Desk\n", encoding="utf-8")
    doc = _json(str(case))
    personal = _expectation(doc, "personal-relationship")
    assert (personal["verdict"], personal["match"]) == ("absent", None)
    assert personal["override"]["match_before"] == "personal-rapport"
    assert personal["reasons"][1] == "the editor unpaired it from 'personal-rapport'"
    assert "personal-rapport" in [u["id"] for u in doc["unanticipated"]]


def test_review_file_options(case: Path, tmp_path: Path) -> None:
    assert _json(str(case), "--no-review")["review"] is None
    assert _expectation(_json(str(case), "--no-review"), "alaska-pipeline")["verdict"] == "absent"
    elsewhere = tmp_path / "desk.yaml"
    elsewhere.write_text(REVIEW, encoding="utf-8")
    doc = _json(str(SEED_CASE / "preview.yaml"), str(SEED_CASE / "report.yaml"), "--review", str(elsewhere))
    assert _expectation(doc, "alaska-pipeline")["verdict"] == "fulfilled"
    # Two claim files alone take no review file from their folder: only a case folder does.
    code, out, err = run("check", str(case / "preview.yaml"), str(case / "report.yaml"), "-f", "json")
    assert json.loads(out)["review"] is None
    assert err == (f"summitcheck: note: {case / 'review.yaml'} is not applied; give --review {case / 'review.yaml'}, "
                   f"or check the folder {case}\n")
    code, _, err = run("check", str(case), "--review", str(elsewhere), "--no-review")
    assert code == cli.ExitStatus.USAGE and "not both" in err


def test_every_format_marks_an_overridden_row(case: Path) -> None:
    code, table, _ = run("check", str(case), "-f", "table")
    assert code == 0
    alaska = next(line for line in table.splitlines() if line.startswith("alaska-pipeline "))
    assert "fulfilled ✎" in alaska and "overridden by Desk editor" in table
    assert "2 verdicts overridden by the editor" in table
    code, table, _ = run("check", str(case), "-f", "table", "--verbose")
    assert "✎ Desk editor (was absent)" in table and "Confirmed by our Washington correspondent" in table

    _, markdown, _ = run("check", str(case), "-f", "markdown")
    assert "**fulfilled**<br>✎ overridden by Desk editor (was absent)" in markdown
    assert "Confirmed by our Washington correspondent" in markdown

    _, text, _ = run("check", str(case), "-f", "csv")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(text, newline="")) if r["kind"] == "expectation"}
    assert (rows["alaska-pipeline"]["overridden_by"], rows["alaska-pipeline"]["verdict_before"]) == (
        "Desk editor", "absent")
    assert rows["alaska-pipeline"]["reason"].startswith("overridden by Desk editor")
    assert rows["lng-purchases"]["overridden_by"] == ""

    _, html, _ = run("check", str(case), "-f", "html")
    assert "Desk editor" in html and "Confirmed by our Washington correspondent" in html

    _, jsonld, _ = run("check", str(case), "-f", "claimreview", "--reviewer", "The Desk")
    reviews = {r["itemReviewed"]["identifier"] if "identifier" in r["itemReviewed"] else r["url"]: r
               for r in json.loads(jsonld)["@graph"]}
    assert any("Desk editor" in r["reviewBody"] and "Confirmed by our Washington correspondent" in r["reviewBody"]
               for r in reviews.values())


@pytest.mark.parametrize("text, line, problem", [
    ("overrides:\n  - expectation: alaska-pipe\n    verdict: fulfilled\n    note: n\n    by: b\n", 2,
     "override of 'alaska-pipe': no expectation 'alaska-pipe' in"),
    ("overrides:\n  - expectation: alaska-pipeline\n    match: lng-investment\n    note: n\n    by: b\n", 2,
     "no report claim 'lng-investment' in"),
    ("overrides:\n  - expectation: alaska-pipeline\n    verdict: confirmed\n    note: n\n    by: b\n", 3,
     "'verdict' must be fulfilled, partial, contradicted or absent, not 'confirmed'"),
    ("overrides:\n  - expectation: alaska-pipeline\n    verdict: unanticipated\n    note: n\n    by: b\n", 3,
     "'verdict' must be fulfilled, partial, contradicted or absent, not 'unanticipated'"),
    ("overrides:\n  - expectation: alaska-pipeline\n    note: n\n    by: b\n", 2,
     "the override changes nothing: give 'verdict', 'match' or both"),
    ("overrides:\n  - expectation: alaska-pipeline\n    verdict: absent\n    match: trade-deficit\n"
     "    note: n\n    by: b\n", 4, "an absent expectation pairs with nothing"),
    ("overrides:\n  - expectation: alaska-pipeline\n    verdict: fulfilled\n    by: b\n", 2,
     "is missing the required key 'note'"),
    ("overrides:\n  - expectation: alaska-pipeline\n    verdict: fulfilled\n    note: n\n", 2,
     "is missing the required key 'by'"),
    ("overrides:\n  - expectation: alaska-pipeline\n    verdict: fulfilled\n    note: n\n    by: b\n"
     "  - expectation: alaska-pipeline\n    verdict: absent\n    note: n\n    by: b\n", 6,
     "a second override of 'alaska-pipeline' (first at line 2)"),
    ("overrides:\n  - expectation: alaska-pipeline\n    verdict: fulfilled\n    notes: n\n    by: b\n", 4,
     "unknown key 'notes' in 'override 1' (did you mean 'note'?)"),
    ("overrides:\n  - expectation: alaska-pipeline\n    verdict: fulfilled\n    note: n\n    by: b\n"
     "    match: 12\n", 6, "'match' must be an id, not a number"),
    ("overides: []\n", 1, "unknown key 'overides' in the review file (did you mean 'overrides'?)"),
    ("", 1, "empty file; a review file needs 'overrides'"),
    ("- alaska-pipeline\n", 1, "the review file must be a mapping of keys, not a list"),
])
def test_a_bad_review_file_is_one_clear_line(case: Path, text: str, line: int, problem: str) -> None:
    review = case / "review.yaml"
    review.write_text(text, encoding="utf-8")
    code, out, err = run("check", str(case))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert err.count("\n") == 1 and err.startswith(f"{review}:{line}: "), err
    assert problem in err


def test_validate_checks_review_files(case: Path, tmp_path: Path) -> None:
    code, out, err = run("validate", str(case))
    assert (code, err) == (0, "")
    assert f"{case / 'review.yaml'}: valid: review, 2 overrides, every id found in preview.yaml and report.yaml" in out

    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(case / "review.yaml", alone / "desk-review.yaml")
    code, out, _ = run("validate", str(alone / "desk-review.yaml"))
    assert code == 0 and "ids not checked (no preview.yaml and report.yaml beside it)" in out

    (case / "review.yaml").write_text(REVIEW.replace("trillion-dollar-investment", "trillion"), encoding="utf-8")
    code, out, err = run("validate", str(case / "review.yaml"))
    assert code == cli.ExitStatus.BAD_INPUT
    assert err.startswith(f"{case / 'review.yaml'}:2: override of 'alaska-pipeline': no report claim 'trillion'")


def test_the_review_schema_accepts_what_the_loader_accepts(case: Path) -> None:
    schema = json_schema("review")
    jsonschema.validate(yaml_as_json_data(REVIEW), schema)
    for bad in ("overrides:\n  - expectation: x\n    verdict: confirmed\n    note: n\n    by: b\n",
                "overrides:\n  - expectation: x\n    verdict: absent\n    by: b\n",
                "overrides:\n  - expectation: X Y\n    verdict: absent\n    note: n\n    by: b\n"):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(yaml_as_json_data(bad), schema)
    code, out, _ = run("schema", "--review")
    assert code == 0 and json.loads(out) == schema


def test_output_never_overwrites_the_review_file(case: Path) -> None:
    code, _, err = run("check", str(case), "-o", str(case / "review.yaml"), "-f", "json")
    assert code == cli.ExitStatus.BAD_INPUT and "is one of the files being checked" in err
    assert (case / "review.yaml").read_text(encoding="utf-8") == REVIEW


def test_the_python_api_applies_the_case_review(case: Path) -> None:
    assert check_case(case).summary["fulfilled"] == 7
    assert check_case(case, use_review=False).summary["fulfilled"] == 6
