"""lazy.compiled: the package's patterns built from the compiled patterns kept between runs are the patterns
re.compile gives (equal text, flags and regex bytecode), whether taken from the file or compiled anew."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import summitcheck
from summitcheck import lazy


def _patterns(value: object, depth: int = 0) -> Iterator[tuple[str, int]]:
    if (isinstance(value, re.Pattern) and isinstance(value.pattern, str)) or isinstance(value, lazy.LazyPattern):
        yield value.pattern, value.flags
    elif isinstance(value, (list, tuple, set, frozenset)) and depth < 3:
        for item in value:
            yield from _patterns(item, depth + 1)
    elif isinstance(value, dict) and depth < 3:
        for item in value.values():
            yield from _patterns(item, depth + 1)


def _package_patterns() -> list[tuple[str, int]]:
    """Every pattern the package's modules hold at module level (where compiled() builds them)."""
    found: dict[tuple[str, int], None] = {}
    for info in pkgutil.walk_packages(summitcheck.__path__, "summitcheck."):
        if info.name.endswith(".__main__"):  # runs the command when imported
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            found.update(dict.fromkeys(_patterns(value)))
    return list(found)


PATTERNS = _package_patterns()


def test_the_package_patterns_are_found() -> None:
    # some 250 (the drafting package alone defines over a hundred): a walk that found few would test nothing
    assert len(PATTERNS) > 200


@pytest.mark.skipif(lazy._ENGINE is None, reason="not CPython's regex engine: compiled() is re.compile")
def test_every_package_pattern_built_from_its_kept_entry_is_re_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lazy, "_known", {})
    monkeypatch.setattr(lazy, "_new", {})
    for pattern, flags in PATTERNS:
        expected = re.compile(pattern, flags)
        assert lazy.compiled(pattern, flags) == expected, pattern  # compiled anew, its entry kept
    # the entries as the file holds them, read back: each pattern is built from its entry alone
    kept = marshal.loads(marshal.dumps(lazy._new))
    monkeypatch.setattr(lazy, "_known", kept)
    monkeypatch.setattr(lazy, "_new", {})
    for pattern, flags in PATTERNS:
        built = lazy.compiled(pattern, flags)
        assert built == re.compile(pattern, flags), pattern
        assert (built.groups, dict(built.groupindex)) == (re.compile(pattern, flags).groups,
                                                          dict(re.compile(pattern, flags).groupindex))
    assert lazy._new == {}  # every one came from the entries read


@pytest.mark.skipif(lazy._ENGINE is None, reason="not CPython's regex engine")
def test_a_malformed_entry_is_compiled_as_usual(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"\b(?:raise|raised)\s+(\d+)"
    good = lazy._entry(*lazy._ENGINE[1:], pattern, 0)
    broken = (good[0], [999_999] * len(good[1]), *good[2:])  # bytecode the engine refuses
    monkeypatch.setattr(lazy, "_known", {(pattern, 0): broken})
    monkeypatch.setattr(lazy, "_new", {})
    assert lazy.compiled(pattern) == re.compile(pattern)
    assert (pattern, 0) not in lazy._known


def test_a_bad_pattern_raises_re_error() -> None:
    with pytest.raises(re.error):
        lazy.compiled(r"(unclosed")


@pytest.mark.skipif(lazy._ENGINE is None, reason="not CPython's regex engine")
def test_the_file_is_written_whole_and_read_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    file = tmp_path / "__pycache__" / "lazy.test.patterns"
    monkeypatch.setattr(lazy, "_FILE", str(file))
    monkeypatch.setattr(lazy, "_known", {})
    monkeypatch.setattr(lazy, "_new", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    lazy.compiled(r"(?P<value>\d+(?:\.\d+)?)%", re.I)
    lazy._save()
    assert not file.exists()  # PYTHONDONTWRITEBYTECODE: written nowhere, as bytecode is not
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    lazy._save()
    assert [p.name for p in file.parent.iterdir()] == [file.name]  # no temporary file left
    monkeypatch.setattr(lazy, "_known", {})
    lazy._load()
    assert set(lazy._known) == {(r"(?P<value>\d+(?:\.\d+)?)%", int(re.I))}
    file.write_bytes(b"\x00not marshal data")
    monkeypatch.setattr(lazy, "_known", {})
    lazy._load()  # unreadable: ignored, every pattern is compiled as usual
    assert lazy._known == {}
