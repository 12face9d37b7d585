"""Fuzz targets, one per entry point: a claim file, a review file, an article for `extract`,
a figure value for `parse_figure`, and the command line.

The invariants (docs/threat-model.md): no traceback ever; an exit status in the documented set;
bad input gives one line per problem on stderr and exit 3, and `check` then prints nothing.
The normal run is brief (a few seconds in all); for a release, run them long:

    SUMMITCHECK_FUZZ_EXAMPLES=20000 pytest -p no:cacheprovider tests/test_fuzz.py tests/test_mutations.py

(tests/test_mutations.py mutates the shipped claim and review files; these start from raw
bytes, generated articles, figure texts and argument lists.)
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summitcheck import InputError, cli, load_claims, parse_figure
from summitcheck.errors import FigureError
from summitcheck.extract import claim_file_text, draft_claims
from summitcheck.figures import format_interval

from helpers import REVIEW, SEED_CASE

EXAMPLES = int(os.environ.get("SUMMITCHECK_FUZZ_EXAMPLES", "0"))


def fuzz(brief: int) -> settings:
    """brief examples in the normal run; SUMMITCHECK_FUZZ_EXAMPLES for a long one."""
    return settings(max_examples=EXAMPLES or brief, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


STATUSES = {cli.ExitStatus.OK, cli.ExitStatus.FINDINGS, cli.ExitStatus.USAGE, cli.ExitStatus.BAD_INPUT}
REPORT = str(SEED_CASE / "report.yaml")
YAML_PIECES = ["document:", "claims:", "overrides:", "  - ", "id: a", "role: preview", "title: T", "statement: S",
               "figures: [{metric: m, value: ", "$56bn", "about -2%", "1e308", ".nan", "expectation: x", "verdict: ",
               "note: n", "by: b", "match: ", "text: ", "../", "/etc/passwd", "published: ", "2025-02-03", "{", "}",
               "[", "]", ",", ":", "&a", "*a", "!!python/object ", "'", '"', "\n", "\t", " ", "#", "|", ">", "---",
               "\x00", "\ufeff", "\u202e", "\x1b[2J", "\ud800"]


def yaml_soup() -> st.SearchStrategy[bytes]:
    """Bytes that are mostly YAML-shaped: claim-file words, punctuation, hostile characters, and raw bytes."""
    piece = st.sampled_from(YAML_PIECES).map(lambda s: s.encode("utf-8", "surrogatepass")) | st.binary(max_size=8)
    return st.lists(piece, max_size=60).map(b"".join)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr


def assert_invariants(code: int, out: str, err: str, quiet_stdout: bool = True) -> None:
    assert code in STATUSES, (code, err)
    assert "Traceback" not in err and "Traceback" not in out
    if code == cli.ExitStatus.BAD_INPUT:
        lines = err.splitlines()
        assert lines and all(": " in line for line in lines), err
        assert err.endswith("\n")
        if quiet_stdout:
            assert out == "", out[:200]


@fuzz(40)
@given(data=yaml_soup())
def test_fuzz_claim_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "preview.yaml"
    path.write_bytes(data)
    code, out, err = invoke("check", str(path), REPORT, "-f", "json")
    assert_invariants(code, out, err)
    if code == cli.ExitStatus.BAD_INPUT:
        assert err.count("\n") == 1 and err.startswith(f"{path}:")


@fuzz(40)
@given(data=yaml_soup() | st.sampled_from([REVIEW]).map(str.encode))
def test_fuzz_review_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "review.yaml"
    path.write_bytes(data)
    code, out, err = invoke("check", str(SEED_CASE), "--review", str(path), "-f", "json")
    assert_invariants(code, out, err)
    if code == cli.ExitStatus.BAD_INPUT:
        assert err.count("\n") == 1 and err.startswith(f"{path}:")


ARTICLE_PIECES = ["The", "Japan", "will", "invest", "$1 trillion", "about -2%", "1,000,000", "U.S.", "Mr.", "said",
                  "in", "2025", "not", "would", "cut", "rates", "by", "25 basis points", "¥152 trillion", ".", ",",
                  "?", "!", "—", "“", "”", "\n", "\n\n", "- ", "* ", "Read more", "Advertisement", "(Reuters)",
                  "\u202e", "\u200b", "\x00", "\t", "  ", "e.g.", "No.", "1.5", "%", "$", "bn", "million"]


@fuzz(40)
@given(words=st.lists(st.sampled_from(ARTICLE_PIECES) | st.text(max_size=6), max_size=120),
       role=st.sampled_from(["preview", "report"]))
def test_fuzz_article_text_drafts_a_valid_claim_file(tmp_path: Path, words: list[str], role: str) -> None:
    text = " ".join(words)
    draft = draft_claims(text, role, "fuzz")
    if not draft.document.claims:
        return
    # Whatever extract drafts loads back as a claim file: extract never writes what check refuses.
    path = tmp_path / f"{role}.yaml"
    path.write_text(claim_file_text(draft, None), encoding="utf-8")
    loaded = load_claims(path, role)
    assert [c.id for c in loaded.claims] == [c.id for c in draft.document.claims]


FIGURE_PIECES = ["$", "€", "¥", "£", "US$", "-", "−", "+", "~", "about", "over", "up to", "between", "and", "to", "–",
                 "1", "56", "0.5", "1,000", "1e300", "1e-5", "nan", "inf", "%", "bn", "billion", "trillion", "M", "k",
                 "basis points", "bps", "per cent", "barrels per day", "yen", "million", " ", ".", ",", "\u202e"]


@fuzz(300)
@given(text=st.lists(st.sampled_from(FIGURE_PIECES), min_size=1, max_size=8).map("".join) | st.text(max_size=30))
def test_fuzz_figure_text(text: str) -> None:
    try:
        q = parse_figure(text)
    except FigureError:
        return
    # "over 70" and "70+" are open-ended (an infinite bound); the number itself is always finite.
    assert math.isfinite(q.value) and not math.isnan(q.low) and not math.isnan(q.high) and q.low <= q.high, q
    assert format_interval(q)


ARG_PIECES = ["check", "validate", "extract", "figure", "schema", "--format", "-f", "json", "table", "html", "csv",
              "markdown", "claimreview", "auto", "--threshold", "--tolerance", "nan", "inf", "-1", "101", "50", "0",
              "--fail-on", "absent,discrepancy", "bogus", "--review", "--no-review", "--against", "-o", "--output",
              "--role", "preview", "report", "--id", "Bad Id", "x", "--force", "--reviewer", "Desk", "--review-url",
              "$56bn", "about 2%", "soon", "--", "-", "", "\u202e", "a\nb"]


@fuzz(40)
@given(picks=st.lists(st.sampled_from(ARG_PIECES) | st.sampled_from(["PREVIEW", "REPORT", "CASE", "BAD", "DIR",
                                                                     "ARTICLE", "OUT", "MISSING", "LONG"]), max_size=8))
def test_fuzz_command_line(tmp_path: Path, picks: list[str]) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    bad = tmp_path / "bad.yaml"
    bad.write_text("document: [\n", encoding="utf-8")
    names = {"PREVIEW": str(SEED_CASE / "preview.yaml"), "REPORT": REPORT, "CASE": str(SEED_CASE), "BAD": str(bad),
             "DIR": str(tmp_path), "ARTICLE": str(SEED_CASE.parent.parent / "seeds" / SEED_CASE.name / "report.txt"),
             "OUT": str(out_dir / "result.json"), "MISSING": str(tmp_path / "missing.yaml"),
             "LONG": str(tmp_path / ("a" * 300 + ".yaml"))}
    before = {p: p.read_bytes() for p in SEED_CASE.iterdir()}
    args = [names.get(p, p) for p in picks]
    code, out, err = invoke(*args)
    command = next((a for a in args if not a.startswith("-")), "")
    assert_invariants(code, out, err, quiet_stdout=command == "check")
    assert {p: p.read_bytes() for p in SEED_CASE.iterdir()} == before  # nothing the user gave is changed


def test_the_fuzz_invariants_can_fail() -> None:
    # The checks above are not vacuous: a traceback, a stray status or output on bad input is caught.
    for code, out, err in [(1, "", "Traceback (most recent call last):\n"), (4, "", ""), (3, "{}", "x.yaml:1: bad\n"),
                           (3, "", "")]:
        with pytest.raises(AssertionError):
            assert_invariants(code, out, err)
    with pytest.raises(InputError):
        load_claims(SEED_CASE / "nothing-here.yaml")
