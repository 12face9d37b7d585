"""Regular expressions compiled on their first use, and compiled once per installation.

CPython compiles a pattern in Python: from 0.05 to 3 ms each, paid in every process for every pattern
a module defines (some 25 ms of a check on claim files, 60 ms of a draft of an article, more than
anything else either does at start-up).  Two remedies, both here:

- A LazyPattern is compiled when a text first needs it.  A check on claim files and a draft of an
  article each use only part of the patterns of the modules they load (most texts never reach a vote's
  tally, a missed forecast or a day of the month).  A pattern used on every run gains nothing from it
  and pays a call more each use.
- compiled() keeps what CPython's compiler made of each pattern (its regex bytecode) in a file beside
  the package's own bytecode (`__pycache__/lazy.<interpreter>.patterns`), as Python keeps a module's
  compiled code: the next process builds the pattern from it in microseconds.  The file is written when
  a run compiled a pattern it did not hold, where Python would write bytecode (not under
  PYTHONDONTWRITEBYTECODE, nor where the package folder cannot be written); it is keyed by the
  interpreter and its regex engine's version (`_sre.MAGIC`), read whole or not at all, and a pattern
  is taken from it only for the same pattern text and flags.  The regex engine checks that the bytecode it
  is given is well formed (a malformed entry raises, and the pattern is then compiled as usual), not that
  it is what the pattern text compiles to: like a module's .pyc, the file is trusted as Python wrote it,
  and an entry altered by hand can build another pattern.  On an interpreter
  without these internals (not CPython, or another layout) compiled() is re.compile.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from importlib.util import cache_from_source
from types import ModuleType

# (pattern, flags) → what _sre.compile takes after the pattern: (flags, code, groups, groupindex, indexgroup)
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_MAX_ENTRIES = 4000  # past it the file starts again from one run's patterns (edited patterns leave old entries)


def _engine() -> tuple[ModuleType, ModuleType, ModuleType] | None:
    """CPython's regex engine (_sre) and the two halves of its compiler, or None on another layout."""
    try:
        engine = tuple(importlib.import_module(name) for name in ("_sre", "re._parser", "re._compiler"))
    except ImportError:
        return None
    sre, parser, compiler = engine
    needed = ((sre, "compile"), (sre, "MAGIC"), (sre, "CODESIZE"), (sre, "MAXREPEAT"), (parser, "parse"),
              (compiler, "_code"))
    return (sre, parser, compiler) if all(hasattr(module, name) for module, name in needed) else None


def _cache_file() -> str | None:
    """Where the compiled patterns are kept for this interpreter, or None when they cannot be."""
    if _ENGINE is None:
        return None
    sre = _ENGINE[0]
    try:
        # lazy.cpython-311.pyc → lazy.cpython-311.sre-20220615-4-4294967295.patterns: the engine's version and
        # the sizes its bytecode depends on
        return f"{cache_from_source(__file__).removesuffix('.pyc')}.sre-{sre.MAGIC}-{sre.CODESIZE}-{sre.MAXREPEAT}.patterns"
    except (NotImplementedError, ValueError):  # no bytecode cache on this interpreter
        return None


_ENGINE = _engine()
_FILE = _cache_file()
_known: dict[tuple[str, int], _Entry] = {}  # read from the file
_new: dict[tuple[str, int], _Entry] = {}  # compiled by this run


def _load() -> None:
    if _FILE is None:
        return
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError), open(_FILE, "rb") as f:
        known = marshal.loads(f.read())
        if isinstance(known, dict):
            _known.update(known)


def _entry(parser: ModuleType, compiler: ModuleType, pattern: str, flags: int) -> _Entry:
    """What CPython's compiler makes of a pattern: re._compiler.compile up to its call of _sre.compile."""
    tree = parser.parse(pattern, flags)
    code = compiler._code(tree, flags)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        indexgroup[index] = name
    return (int(flags | tree.state.flags), [int(c) for c in code], tree.state.groups - 1,
            dict(tree.state.groupdict), tuple(indexgroup))


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), built from the installation's compiled patterns when they hold it
    (a pattern equal to re.compile's: the same text, flags and bytecode)."""
    if _ENGINE is None or _FILE is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    sre, parser, compiler = _ENGINE
    key = (pattern, int(flags))
    entry = _known.get(key) or _new.get(key)
    if entry is None:
        try:
            entry = _new[key] = _entry(parser, compiler, pattern, flags)
        except Exception:  # noqa: BLE001 - a bad pattern (re.compile raises its error) or another layout
            return re.compile(pattern, flags)
    try:
        built: re.Pattern[str] = sre.compile(pattern, *entry)
    except (RuntimeError, TypeError, ValueError, OverflowError):  # a malformed entry: compiled as usual
        _known.pop(key, None)
        _new.pop(key, None)
        return re.compile(pattern, flags)
    return built


@atexit.register
def _save() -> None:
    """Write the file again when this run compiled a pattern it did not hold, whole or not at all (never in
    a forked child: it leaves with os._exit, which runs no exit handler)."""
    if _FILE is None or not _new or sys.dont_write_bytecode:
        return
    entries = {**_known, **_new} if len(_known) + len(_new) <= _MAX_ENTRIES else dict(_new)
    temporary = f"{_FILE}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(_FILE), exist_ok=True)
        with open(temporary, "wb") as f:
            f.write(marshal.dumps(entries))
        os.replace(temporary, _FILE)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)


_load()


class LazyPattern:
    """A pattern compiled on its first use, with the methods of re.Pattern that the package uses."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)
