"""Several reports, parts, and the verdict type: the layer over verdict.decide."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from summitcheck import check_case, check_files, load_claims
from summitcheck.errors import InputError
from summitcheck.render import RENDERERS, RenderOptions, render
from summitcheck.verdicts import ALL, BY_NAME, EXPECTATION_NAMES

from helpers import run_cli

PREVIEW = """\
document: {id: preview, role: preview, title: Bank to cut, published: 2025-01-01}
claims:
  - id: cut
    statement: The central bank will cut interest rates
  - id: pipeline
    statement: Japan will fund the Alaska gas pipeline
  - id: tariffs
    statement: Washington will lift steel tariffs on Japan
  - id: canyon
    statement: The two leaders will tour the Grand Canyon together
  - id: guidance
    statement: The bank will cut rates and signal more cuts
    parts:
      - statement: The central bank will cut interest rates again
      - id: signal
        statement: The governor will signal further cuts this year
"""


def _report(doc_id: str, published: str | None, claims: str) -> str:
    date = f", published: {published}" if published else ""
    return f"document: {{id: {doc_id}, role: report, title: Day {doc_id}{date}}}\nclaims:\n{claims}"


DAY1 = _report("day1", "2025-02-01", """\
  - id: pipeline-yes
    statement: Japan agreed to fund the Alaska gas pipeline
  - id: weather
    statement: Snow fell over the capital during the talks
""")
DAY2 = _report("day2", "2025-02-09", """\
  - id: rates-cut
    statement: The central bank cut interest rates on Tuesday
  - id: tariffs-lifted
    statement: Washington lifted steel tariffs on Japan
""")
DAY3 = _report("day3", "2025-03-01", """\
  - id: pipeline-no
    statement: Japan will not fund the Alaska gas pipeline after all
    negated: true
""")


@pytest.fixture
def case(tmp_path: Path) -> Path:
    (tmp_path / "preview.yaml").write_text(PREVIEW, encoding="utf-8")
    (tmp_path / "report.yaml").write_text(DAY1, encoding="utf-8")
    (tmp_path / "reports").mkdir()
    # Named out of date order on purpose: publication dates decide.
    (tmp_path / "reports" / "a-last.yaml").write_text(DAY3, encoding="utf-8")
    (tmp_path / "reports" / "b-middle.yaml").write_text(DAY2, encoding="utf-8")
    return tmp_path


def test_parts_get_their_own_ids_and_the_claim_its_topic(tmp_path: Path) -> None:
    path = tmp_path / "preview.yaml"
    path.write_text(PREVIEW.replace("    parts:", "    topic: rates\n    parts:"), encoding="utf-8")
    (claim,) = [c for c in load_claims(path).claims if c.id == "guidance"]
    assert [(p.id, p.topic) for p in claim.parts] == [("guidance.1", "rates"), ("signal", "rates")]


@pytest.mark.parametrize("text, problem", [
    ("    parts:\n      - id: cut\n        statement: x\n", "duplicate claim id 'cut'"),
    ("    parts:\n      - topic: rates\n", "'part 1' is missing the required key 'statement'"),
    ("    parts:\n      - statement: x\n        parts: []\n", "unknown key 'parts' in 'part 1'"),
])
def test_bad_parts_are_one_line_at_their_line(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "preview.yaml"
    path.write_text("document: {id: p, role: preview, title: T}\nclaims:\n  - id: cut\n    statement: s\n" + text,
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_claims(path)
    assert problem in caught.value.problem and caught.value.line is not None and caught.value.line >= 5


def test_each_report_in_date_order_and_the_standing_verdict(case: Path) -> None:
    result = check_case(case)
    assert [r.id for r in result.reports] == ["day1", "day2", "day3"] and result.report.id == "day3"
    got = {e.claim.id: e for e in result.expectations}
    said = {k: [s.expectation.verdict for s in e.history] for k, e in got.items()}
    standing = {k: [s.standing for s in e.history] for k, e in got.items()}
    assert said["pipeline"] == ["fulfilled", "absent", "contradicted"]
    assert standing["pipeline"] == ["fulfilled", "fulfilled", "contradicted"]
    assert said["tariffs"] == ["absent", "fulfilled", "absent"]
    assert standing["tariffs"] == ["absent", "fulfilled", "fulfilled"]  # a silent report undoes nothing
    assert got["tariffs"].verdict == "fulfilled" and got["tariffs"].match.claim.id == "tariffs-lifted"
    assert got["pipeline"].verdict == "contradicted" and got["pipeline"].match.claim.id == "pipeline-no"
    assert "absent → fulfilled (Feb 9)" in got["tariffs"].reasons[1]
    assert [(c.id, result.report_of(c).id) for c in result.unanticipated] == [("weather", "day1")]


def test_parts_that_differ_make_the_claim_partly_fulfilled(case: Path) -> None:
    guidance = next(e for e in check_case(case).expectations if e.claim.id == "guidance")
    assert [(p.claim.id, p.verdict) for p in guidance.parts] == [("guidance.1", "fulfilled"), ("signal", "absent")]
    assert guidance.verdict == "partial"
    assert "'guidance.1' fulfilled" in guidance.reasons[0] and "'signal' absent" in guidance.reasons[0]


def test_json_adds_reports_history_and_parts(case: Path) -> None:
    code, out, err = run_cli("check", str(case), "-f", "json")
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert [r["id"] for r in doc["reports"]] == ["day1", "day2", "day3"] and doc["report"]["id"] == "day3"
    for e in doc["expectations"]:
        assert [h["report"] for h in e["history"]] == ["day1", "day2", "day3"]
        assert all(set(h) == {"report", "verdict", "match", "standing"} for h in e["history"])
        assert e["verdict"] == e["history"][-1]["standing"]
    guidance = next(e for e in doc["expectations"] if e["id"] == "guidance")
    assert [(p["id"], p["verdict"]) for p in guidance["parts"]] == [("guidance.1", "fulfilled"), ("signal", "absent")]
    assert set(guidance["parts"][0]) == {"id", "statement", "verdict", "match", "reasons"}
    assert doc["unanticipated"][0]["report"] == "day1"
    assert doc["summary"]["partial"] == 1


def test_reports_on_the_command_line_and_fail_on_partial(case: Path) -> None:
    code, out, _ = run_cli("check", str(case / "preview.yaml"), str(case / "report.yaml"),
                           str(case / "reports" / "b-middle.yaml"), "-f", "csv", "--fail-on", "partial")
    assert code == 1
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out, newline=""))}
    assert rows["tariffs"]["timeline"] == "absent → fulfilled (Feb 9)" and rows["tariffs"]["report"] == "day2"
    assert rows["guidance"]["verdict"] == "partial"


def test_one_report_has_no_history_and_no_reports_key(case: Path) -> None:
    result = check_files(case / "preview.yaml", case / "report.yaml")
    assert result.reports == () and all(not e.history for e in result.expectations)
    code, out, _ = run_cli("check", str(case / "preview.yaml"), str(case / "report.yaml"), "-f", "json")
    assert "reports" not in json.loads(out) and code == 0


def test_undated_reports_keep_the_given_order(tmp_path: Path) -> None:
    for name, text in (("preview", PREVIEW), ("b", DAY1.replace(", published: 2025-02-01", "")), ("a", DAY2)):
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    result = check_files(tmp_path / "preview.yaml", [tmp_path / "b.yaml", tmp_path / "a.yaml"])
    assert [r.id for r in result.reports] == ["day1", "day2"]


# --- the verdict type ---------------------------------------------------------

def test_every_verdict_is_defined_once_with_everything_a_renderer_needs() -> None:
    assert [v.name for v in ALL] == ["fulfilled", "partial", "contradicted", "absent", "unanticipated"]
    assert BY_NAME["partial"].label == "partly fulfilled"
    ratings = [v.rating for v in ALL if v.expectation]
    assert sorted(ratings) == list(range(1, len(ratings) + 1))  # one step of the scale each
    assert len({v.colour for v in ALL}) == len(ALL) and len({v.style for v in ALL}) == len(ALL)


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_format_renders_every_verdict(case: Path, fmt: str) -> None:
    """A case holding each verdict, rendered in each format: each one shows up by its name or label."""
    result = check_case(case)
    present = {e.verdict for e in result.expectations} | {"unanticipated"}
    assert present == set(BY_NAME)  # the fixture covers every verdict, or this test proves nothing
    out = io.StringIO()
    render(result, fmt, out, RenderOptions(reviewer="Desk"))
    text = out.getvalue()
    for name in EXPECTATION_NAMES:
        v = BY_NAME[name]
        shown = (f'"ratingValue": {v.rating}' in text and v.rating_name in text) if fmt == "claimreview" \
            else (v.name in text or v.label in text)
        assert shown, f"{fmt} does not show {name}"
    if fmt != "claimreview":  # ClaimReview reviews the expectations only
        assert "weather" in text


def test_the_json_schema_knows_parts(tmp_path: Path) -> None:
    import jsonschema

    from summitcheck.schema import json_schema

    from helpers import yaml_as_json_data

    validator = jsonschema.Draft202012Validator(json_schema())
    data = yaml_as_json_data(PREVIEW)
    validator.validate(data)
    parts = next(c for c in data["claims"] if c["id"] == "guidance")["parts"]
    del parts[1]["statement"]  # a part needs its statement, as a claim does
    assert not validator.is_valid(data)


def test_a_review_of_several_reports_applies_where_its_claim_is(case: Path) -> None:
    (case / "review.yaml").write_text(
        "overrides:\n  - expectation: canyon\n    match: weather\n    verdict: fulfilled\n"
        "    note: the tour happened in the snow\n    by: Desk\n", encoding="utf-8")
    canyon = next(e for e in check_case(case).expectations if e.claim.id == "canyon")
    # The override names a claim of the first report; it stands though later reports are silent.
    assert canyon.verdict == "fulfilled" and canyon.match.claim.id == "weather"
    assert [s.expectation.verdict for s in canyon.history] == ["fulfilled", "absent", "absent"]
    assert canyon.override is not None and canyon.override.by == "Desk"


def test_validate_checks_a_review_against_every_report(case: Path) -> None:
    review = "overrides:\n  - expectation: signal\n    match: {m}\n    note: n\n    by: Desk\n"
    (case / "review.yaml").write_text(review.format(m="pipeline-no"), encoding="utf-8")  # in the third report
    code, out, err = run_cli("validate", str(case))
    assert (code, err) == (0, "") and "every id found in preview.yaml, report.yaml, a-last.yaml and b-middle.yaml" in out
    (case / "review.yaml").write_text(review.format(m="pipeline-maybe"), encoding="utf-8")
    code, _, err = run_cli("validate", str(case))
    assert code == 3 and "review.yaml:2:" in err and "no report claim 'pipeline-maybe'" in err


def test_html_and_markdown_show_how_a_verdict_moved(case: Path) -> None:
    result = check_case(case)
    page, md = io.StringIO(), io.StringIO()
    render(result, "html", page)
    render(result, "markdown", md)
    tariffs = page.getvalue().split('id="expectation-tariffs"')[1].split("</article>")[0]
    assert '<ol class="timeline"' in tariffs and "Mar 1</b> day3: absent (standing: fulfilled)" in tariffs
    assert "The report of Feb 9 said" in tariffs
    assert "absent → fulfilled (Feb 9)" in md.getvalue() and "**Report (Mar 1):** Day day3" in md.getvalue()


def test_an_editor_may_judge_a_part_without_pairing_it(case: Path) -> None:
    (case / "review.yaml").write_text(
        "overrides:\n  - expectation: signal\n    verdict: fulfilled\n    note: said so on TV\n    by: Desk\n",
        encoding="utf-8")
    guidance = next(e for e in check_case(case).expectations if e.claim.id == "guidance")
    assert [(p.claim.id, p.verdict) for p in guidance.parts] == [("guidance.1", "fulfilled"), ("signal", "fulfilled")]
    assert guidance.verdict == "fulfilled" and guidance.parts[1].override is not None


def test_a_case_folder_finds_reports_named_after_report_in_natural_order(tmp_path: Path) -> None:
    from summitcheck import Case

    for name in ("preview.yaml", "report.yaml", "report-10.yaml", "report2.yaml", "reports.yml", "review.yaml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "late.yaml").write_text("", encoding="utf-8")
    reports = Case.find(tmp_path).reports
    assert [Path(r).relative_to(tmp_path).as_posix() for r in reports] == [
        "report.yaml", "report2.yaml", "report-10.yaml", "reports.yml", "reports/late.yaml"]
