"""Property: no mutation of a valid claim or review file makes summitcheck crash,
and the schema never refuses what the loader accepts."""

from __future__ import annotations

import math
import os
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from summitcheck import InputError, cli, load_claims
from summitcheck.load import load_review
from summitcheck.schema import json_schema

from helpers import REVIEW, SEED_CASE, TEST_CASES, yaml_as_json_data

SOURCES = [SEED_CASE / "preview.yaml", SEED_CASE / "report.yaml"] + [folder / "preview.yaml" for folder in TEST_CASES]
TEXTS = [p.read_text(encoding="utf-8") for p in SOURCES]
REPORT = str(SEED_CASE / "report.yaml")
YAML_BITS = ["\t", "\n", " ", ":", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!python/object ", "! ", "'", '"',
             "#", "|", ">", "%", "@", "`", "?", "---\n", "...\n", "null", "~", "yes", "1e999", ".nan", "\x00", "\ufeff", "é"]
# SUMMITCHECK_FUZZ_EXAMPLES raises the count for a long run (docs/threat-model.md).
SETTINGS = settings(max_examples=int(os.environ.get("SUMMITCHECK_FUZZ_EXAMPLES") or 150), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@st.composite
def text_mutations(draw: st.DrawFn, texts: list[str] = TEXTS) -> str:
    """A shipped claim file (or one of texts) with characters, lines or indentation broken at random."""
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(1, 4))):
        lines = text.splitlines(keepends=True)
        kind = draw(st.sampled_from(["insert", "delete", "line", "indent", "swap"]))
        at = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:at] + draw(st.sampled_from(YAML_BITS) | st.text(max_size=3)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        elif lines and kind == "line":
            i = draw(st.integers(0, len(lines) - 1))
            lines[i:i + 1] = draw(st.sampled_from([[], [lines[i], lines[i]]]))
            text = "".join(lines)
        elif lines and kind == "indent":
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = " " * draw(st.integers(0, 6)) + lines[i].lstrip(" ")
            text = "".join(lines)
        elif len(lines) > 1:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
    return text


ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20), st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["$56bn", "about 2%", "soon", "2025-01-31", "31/01/2025", "preview", "report", "Not An Id", "a-b"]),
)


@st.composite
def data_mutations(draw: st.DrawFn, texts: list[str] = TEXTS) -> object:
    """A shipped claim file's data (or one of texts') with a key dropped, renamed or given a value of another type."""
    data = yaml_as_json_data(draw(st.sampled_from(texts)))
    for _ in range(draw(st.integers(1, 3))):
        holders = _mappings(data)
        if not holders:
            break
        holder = draw(st.sampled_from(holders))
        if not holder:
            continue
        key = draw(st.sampled_from(sorted(holder, key=str)))
        kind = draw(st.sampled_from(["drop", "rename", "retype"]))
        if kind == "drop":
            del holder[key]
        elif kind == "rename":
            holder[draw(st.text(min_size=1, max_size=10))] = holder.pop(key)
        else:
            holder[key] = draw(ODD_VALUES)
    return data


def _mappings(data: object) -> list[dict]:
    """Every mapping in the data, outermost first."""
    if isinstance(data, dict):
        return [data, *(m for v in data.values() for m in _mappings(v))]
    if isinstance(data, list):
        return [m for v in data for m in _mappings(v)]
    return []


def _dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _check_never_crashes(path: Path, review: bool = False) -> None:
    args = ["check", str(SEED_CASE), "--review", str(path)] if review else ["check", str(path), REPORT]
    result = CliRunner().invoke(cli.app, [*args, "-f", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (cli.ExitStatus.OK, cli.ExitStatus.FINDINGS, cli.ExitStatus.BAD_INPUT)
    assert "Traceback" not in result.stderr
    if result.exit_code == cli.ExitStatus.BAD_INPUT:
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"{path}:")


@SETTINGS
@given(text=text_mutations())
def test_broken_text_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "preview.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check_never_crashes(path)


@SETTINGS
@given(data=data_mutations())
def test_wrong_shapes_never_crash_and_agree_with_the_schema(tmp_path: Path, data: object) -> None:
    path = tmp_path / "preview.yaml"
    try:
        path.write_text(_dump(data), encoding="utf-8")
    except (UnicodeEncodeError, yaml.YAMLError):  # a surrogate hypothesis drew: not a file anyone could write
        return
    _check_never_crashes(path)
    try:
        load_claims(path)
    except InputError:
        return
    # The loader accepted the file: an editor using the schema must not be told it is wrong.
    floats = [v for v in _values(data) if isinstance(v, float) and not math.isfinite(v)]
    assert not floats, "a non-finite number got past the loader"
    jsonschema.Draft202012Validator(json_schema()).validate(data)


def _values(data: object) -> list[object]:
    if isinstance(data, dict):
        return [x for v in data.values() for x in _values(v)]
    if isinstance(data, list):
        return [x for v in data for x in _values(v)]
    return [data]


@SETTINGS
@given(text=text_mutations([REVIEW]))
def test_broken_review_text_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check_never_crashes(path, review=True)


@SETTINGS
@given(data=data_mutations([REVIEW]))
def test_wrong_review_shapes_never_crash_and_agree_with_the_schema(tmp_path: Path, data: object) -> None:
    path = tmp_path / "review.yaml"
    try:
        path.write_text(_dump(data), encoding="utf-8")
    except (UnicodeEncodeError, yaml.YAMLError):
        return
    _check_never_crashes(path, review=True)
    try:
        load_review(path)
    except InputError:
        return
    jsonschema.Draft202012Validator(json_schema("review")).validate(data)


@pytest.mark.parametrize("path", SOURCES, ids=[f"{p.parent.name}/{p.name}" for p in SOURCES])
def test_the_unmutated_sources_are_valid(path: Path) -> None:
    load_claims(path)
