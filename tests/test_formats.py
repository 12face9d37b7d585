"""Markdown and CSV output, and --output FILE written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest

from summitcheck import check_case, cli
from summitcheck.render import RenderOptions, render
from summitcheck.render.csv_format import COLUMNS, safe_cell

from helpers import SEED_CASE, TEST_CASES
from helpers import run_cli as run


@pytest.fixture
def nasty_case(tmp_path: Path) -> Path:
    """Claims whose text is markup, a formula, or a script."""
    (tmp_path / "preview.yaml").write_text(
        "document: {id: p, role: preview, title: 'Budget <script>alert(1)</script> | talks'}\n"
        "claims:\n"
        "  - id: budget\n"
        "    statement: \"=HYPERLINK(\\\"http://x\\\") the *budget* of $5bn | will rise\"\n"
        "  - id: pipeline\n"
        "    statement: \"@SUM the [pipeline](http://x) goes ahead\"\n", encoding="utf-8")
    (tmp_path / "report.yaml").write_text(
        "document: {id: r, role: report, title: R}\n"
        "claims:\n"
        "  - id: budget-up\n"
        "    statement: \"+1 the *budget* of $5bn | will rise\"\n"
        "  - id: other\n"
        "    statement: \"-2 <b>leaders</b> discussed the weather\"\n", encoding="utf-8")
    return tmp_path


# --- markdown -----------------------------------------------------------------

def test_markdown_has_a_summary_three_tables_and_topics() -> None:
    code, out, _ = run("check", "-f", "markdown")
    assert code == 0
    assert "**6 fulfilled · 2 contradicted · 2 absent · 4 unanticipated · 1 discrepancy**" in out
    assert [h for h in out.splitlines() if h.startswith("## ")] == [
        "## Expectations", "## Unanticipated outcomes", "## Discrepancies", "## By topic"]
    # topic | fulfilled | contradicted | absent | unanticipated | discrepancies
    assert "| investment | 1 | 0 | 1 | 2 | 0 |" in out and "| trade | 0 | 1 | 0 | 0 | 1 |" in out
    assert "**approximately \\$56 billion**" in out and "+21.4 %" in out
    assert "“did not dismiss the possibility of imposing tariffs on Japanese goods if necessary” (article line 21)" in out


def _cells(row: str) -> list[str]:
    return re.split(r"(?<!\\)\|", row.strip())[1:-1]


def test_markdown_escapes_claim_text(nasty_case: Path) -> None:
    code, out, _ = run("check", str(nasty_case), "-f", "markdown")
    assert code == 0
    assert "<script>" not in out and "&lt;script&gt;" in out and "&lt;b&gt;leaders&lt;/b&gt;" in out
    assert "\\*budget\\*" in out and "\\$5bn" in out and "\\[pipeline\\](http://x)" in out
    tables = [line for line in out.splitlines() if line.startswith("|")]
    widths = {len(_cells(line)) for line in tables if "Verdict" in line or "**budget**" in line or "**pipeline**" in line}
    assert widths == {5}, "an escaped pipe in claim text must not add a column"


def test_markdown_renders_as_tables_in_a_markdown_viewer(nasty_case: Path) -> None:
    # markdown-it-py is what rich renders Markdown with, so it is always installed beside summitcheck.
    markdown_it = pytest.importorskip("markdown_it")
    viewer = markdown_it.MarkdownIt("commonmark").enable("table")
    page = viewer.render(run("check", "-f", "markdown")[1])
    tables = re.findall(r"<table>.*?</table>", page, re.S)
    assert len(tables) == 4  # expectations, unanticipated, discrepancies, by topic
    rows = re.findall(r"<tr>(.*?)</tr>", tables[0], re.S)
    assert len(rows) == 11 and all(len(re.findall(r"<t[dh]", row)) == 5 for row in rows)
    page = viewer.render(run("check", str(nasty_case), "-f", "markdown")[1])
    assert "<script>" not in page and "<b>leaders" not in page and "&lt;script&gt;" in page
    assert "<em>budget</em>" not in page and 'href="http://x"' not in page, "claim text never becomes markup"


# --- csv ----------------------------------------------------------------------

def test_csv_rows_and_figures() -> None:
    code, out, _ = run("check", "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert list(rows[0]) == COLUMNS
    assert [r["kind"] for r in rows].count("expectation") == 10
    assert [r["id"] for r in rows if r["kind"] == "unanticipated"] == [
        "top-foreign-investors", "nippon-steel", "security-concerns", "currency-to-finance-ministers"]
    trade = next(r for r in rows if r["id"] == "trade-surplus")
    assert (trade["verdict"], trade["match_id"], trade["score"]) == ("contradicted", "trade-deficit", "61.9")
    assert (trade["preview_value"], trade["report_value"], trade["difference_pct"]) == (
        "approximately $56 billion", "$68 billion", "21.4")
    assert trade["reason"].startswith("figure differs")
    assert trade["match_quote"].startswith("President Trump highlighted the $68 billion trade deficit")


def test_csv_cells_cannot_run_as_formulas(nasty_case: Path) -> None:
    _, out, _ = run("check", str(nasty_case), "-f", "csv")
    cells = [cell for row in csv.reader(io.StringIO(out, newline="")) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"-?\d+(\.\d+)?", c)]
    assert "'=HYPERLINK(\"http://x\") the *budget* of $5bn | will rise" in cells
    assert "'@SUM the [pipeline](http://x) goes ahead" in cells


@pytest.mark.parametrize("value, cell", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2 leaders", "'-2 leaders"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("-21.4", "-21.4"), ("62.8", "62.8"), ("plain", "plain"), (None, ""),
])
def test_safe_cell(value: object, cell: str) -> None:
    assert safe_cell(value) == cell


# --- --output -----------------------------------------------------------------

@pytest.mark.parametrize("name, first", [
    ("out.md", "**Preview:**"), ("out.csv", "kind,id,topic,statement"), ("out.json", "{"), ("out.txt", "Preview:"),
])
def test_output_format_follows_the_extension(tmp_path: Path, name: str, first: str) -> None:
    code, out, err = run("check", "-o", str(tmp_path / name))
    assert (code, out, err) == (0, "", "")
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(first)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name], "no temporary file is left behind"


def test_output_replaces_a_file_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert run("check", "-o", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["discrepancies"] == 1
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failed_run_leaves_the_old_file_and_no_half_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "result.md"
    target.write_text("the editor's earlier result\n", encoding="utf-8")

    real_fdopen = os.fdopen

    class DiskFills:
        """The temporary file takes the first few characters, then the disk is full."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            self.handle = real_fdopen(*args, **kwargs)  # type: ignore[call-overload]

        def __enter__(self) -> DiskFills:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, text: str) -> int:
            self.handle.write(text[:10])
            self.handle.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr("summitcheck.textfile.os.fdopen", DiskFills)
    code, out, err = run("check", "-o", str(target))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert err == f"{target}: cannot write: No space left on device\n"
    assert target.read_text(encoding="utf-8") == "the editor's earlier result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["result.md"]


def test_output_never_overwrites_a_claim_file(tmp_path: Path) -> None:
    for role in ("preview", "report"):
        (tmp_path / f"{role}.yaml").write_bytes((SEED_CASE / f"{role}.yaml").read_bytes())
    before = (tmp_path / "report.yaml").read_bytes()
    code, out, err = run("check", str(tmp_path), "-o", str(tmp_path / "report.yaml"), "--format", "json")
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert "is one of the files being checked" in err
    assert (tmp_path / "report.yaml").read_bytes() == before


def test_output_into_a_missing_folder(tmp_path: Path) -> None:
    code, out, err = run("check", "-o", str(tmp_path / "no" / "such" / "out.json"))
    assert (code, out) == (cli.ExitStatus.BAD_INPUT, "")
    assert err.startswith(f"{tmp_path / 'no' / 'such' / 'out.json'}: cannot write")


def test_csv_records_end_with_crlf(tmp_path: Path) -> None:
    assert run("check", "-o", str(tmp_path / "out.csv"))[0] == 0
    data = (tmp_path / "out.csv").read_bytes()
    assert data.count(b"\r\n") == 15 and data.count(b"\n") == 15  # header, 10 expectations, 4 unanticipated


def _verdicts(fmt: str, text: str) -> dict[str, str]:
    """Each expectation's verdict, read back from one format's output."""
    if fmt == "json":
        return {e["id"]: e["verdict"] for e in json.loads(text)["expectations"]}
    if fmt == "csv":
        return {r["id"]: r["verdict"] for r in csv.DictReader(io.StringIO(text, newline=""))
                if r["kind"] == "expectation"}
    if fmt == "markdown":
        return {m[1].replace("\\", ""): m[0]
                for m in re.findall(r"^\| \*\*(\w+)\*\*(?:<br>[^|]*)? \| \*\*([^*]+)\*\*<br>", text, re.M)}
    if fmt == "html":
        return {i: v for v, i in re.findall(r'<article class="pair (\w+)" id="expectation-([^"]+)">', text)}
    assert fmt == "claimreview"
    names = {4: "fulfilled", 3: "partial", 2: "absent", 1: "contradicted"}
    return {r["itemReviewed"]["identifier"]: names[r["reviewRating"]["ratingValue"]]
            for r in json.loads(text)["@graph"]}


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "html", "claimreview"])
@pytest.mark.parametrize("case", [SEED_CASE, *TEST_CASES], ids=lambda p: p.name)
def test_every_format_shows_the_same_findings(fmt: str, case: Path) -> None:
    result = check_case(case)
    buffer = io.StringIO()
    render(result, fmt, buffer, RenderOptions(reviewer="The Desk"))
    assert _verdicts(fmt, buffer.getvalue()) == {e.claim.id: e.verdict for e in result.expectations}
    if fmt != "claimreview":  # ClaimReview reviews the expectations only
        for claim in result.unanticipated:
            assert claim.id in buffer.getvalue()


# --- claimreview --------------------------------------------------------------

def _claimreview(*args: str) -> list[dict]:
    code, out, err = run("check", *args, "-f", "claimreview")
    assert (code, err) == (0, ""), err
    doc = json.loads(out)
    assert doc["@context"] == "https://schema.org"
    return doc["@graph"]


def test_claimreview_is_one_review_per_expectation() -> None:
    reviews = _claimreview("--reviewer", "The Desk", "--review-url", "https://example.org/fc/summit")
    verdicts = {e.claim.id: e.verdict for e in check_case().expectations}
    assert [r["itemReviewed"]["identifier"] for r in reviews] == list(verdicts)
    for r in reviews:
        assert r["@type"] == "ClaimReview"
        assert 0 < len(r["claimReviewed"]) <= 75
        rating = r["reviewRating"]
        assert rating["@type"] == "Rating" and (rating["worstRating"], rating["bestRating"]) == (1, 4)
        verdict = verdicts[r["itemReviewed"]["identifier"]]
        assert (rating["ratingValue"], rating["alternateName"]) == {
            "fulfilled": (4, "Fulfilled"), "absent": (2, "Not in the report"),
            "contradicted": (1, "Contradicted by the report")}[verdict]
        assert r["author"] == {"@type": "Organization", "name": "The Desk", "url": "https://example.org/fc/summit"}
        assert r["url"] == f"https://example.org/fc/summit#expectation-{r['itemReviewed']['identifier']}"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["datePublished"])
        claim = r["itemReviewed"]
        assert claim["@type"] == "Claim" and claim["appearance"]["@type"] == "NewsArticle"
        assert claim["appearance"]["headline"].startswith("Trump and Shigeru Ishiba to meet next week")
        assert claim["datePublished"] == "2025-01-31"
        assert r["citation"]["headline"] == "Japan’s Ishiba and Trump Forge Stronger Ties in First Summit"
        assert r["reviewBody"]
    trade = next(r for r in reviews if r["itemReviewed"]["identifier"] == "trade-surplus")
    # Written for the public: what the report says against what was expected, no scores or terms.
    explanation = trade["reviewRating"]["ratingExplanation"]
    assert explanation == ("The report says “President Trump highlighted the $68 billion trade deficit with Japan and "
                           "emphasized the need to address it”, which contradicts the expected “Japan runs a trade "
                           "surplus of about $56 billion with the United States”: it gives $68 billion for Japan's "
                           "trade surplus with the US, not approximately $56 billion.")
    assert trade["reviewBody"].startswith(explanation)
    for r in reviews:
        public = r["reviewRating"]["ratingExplanation"] + r["reviewBody"]
        assert not re.search(r"score|threshold|shares |polarity|'[a-z0-9-]+'", public), public
    alaska = next(r for r in reviews if r["itemReviewed"]["identifier"] == "alaska-pipeline")
    assert alaska["reviewBody"].startswith("The report does not mention this.")


def test_claimreview_needs_a_reviewer(tmp_path: Path) -> None:
    code, out, err = run("check", "-f", "claimreview")
    assert (code, out) == (cli.ExitStatus.USAGE, "") and "--reviewer" in err
    code, _, err = run("check", "-o", str(tmp_path / "review.jsonld"))
    assert code == cli.ExitStatus.USAGE and "--reviewer" in err and not (tmp_path / "review.jsonld").exists()
    assert run("check", "-o", str(tmp_path / "review.jsonld"), "--reviewer", "The Desk")[0] == 0
    assert json.loads((tmp_path / "review.jsonld").read_text(encoding="utf-8"))["@graph"][0]["@type"] == "ClaimReview"


@pytest.mark.parametrize("text, cut", [
    ("Short claim", "Short claim"),
    ("  two\n lines ", "two lines"),
    ("word " * 30, "word " * 14 + "word…"),
    ("x" * 100, "x" * 74 + "…"),
    ("Japan may raise its defense spending, and it may buy more gas, and it will invest heavily",
     "Japan may raise its defense spending, and it may buy more gas, and it will…"),
    ("Japan may raise its defense spending and it may buy more gas; and it will invest heavily",
     "Japan may raise its defense spending and it may buy more gas; and it will…"),
])
def test_claim_reviewed_is_short(text: str, cut: str) -> None:
    from summitcheck.render.claimreview import short

    assert short(text) == cut and len(cut) <= 75


@pytest.mark.parametrize("name", ["out.xlsx", "out"])
def test_an_output_extension_that_names_no_format_is_refused(tmp_path: Path, name: str) -> None:
    code, out, err = run("check", "-o", str(tmp_path / name))
    assert (code, out) == (cli.ExitStatus.USAGE, "")
    assert "cannot tell a format from" in err and "--format" in err
    assert list(tmp_path.iterdir()) == []
    assert run("check", "-o", str(tmp_path / name), "--format", "json")[0] == 0
    assert json.loads((tmp_path / name).read_text(encoding="utf-8"))["summary"]
