"""Regular expressions compiled on their first use, and compiled once per installation; the code of the
package's dataclasses' methods compiled once per installation too.

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

@dataclass writes the source of each method it adds to a class (__init__, __repr__, __eq__, __hash__, and
for a frozen class __setattr__ and __delattr__) and compiles it with exec, in every process: some 200
compiles for the classes a check loads, about 10 ms of its start.  keep_dataclass_methods() gives the
dataclasses module an exec that takes, for the package's own classes, the code compiled from the same
source text in an earlier run (`__pycache__/lazy.<interpreter>.methods`, kept, read and written as the
patterns are): the methods are the ones exec(source) makes.  Where the dataclasses module does not call
exec (another version, another interpreter) nothing changes but the time.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import importlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from importlib.util import MAGIC_NUMBER, cache_from_source
from types import CodeType, ModuleType
from typing import Any

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


def _read(file: str | None) -> dict[Any, Any]:
    """A file of kept entries, whole, or nothing when it cannot be read."""
    if file is None:
        return {}
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError), open(file, "rb") as f:
        known = marshal.loads(f.read())
        if isinstance(known, dict):
            return known
    return {}


def _write(file: str | None, known: dict[Any, Any], new: dict[Any, Any]) -> None:
    """Write a file of kept entries again when this run made one it did not hold, whole or not at all (never
    in a forked child: it leaves with os._exit, which runs no exit handler)."""
    if file is None or not new or sys.dont_write_bytecode:
        return
    entries = {**known, **new} if len(known) + len(new) <= _MAX_ENTRIES else dict(new)
    temporary = f"{file}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(file), exist_ok=True)
        with open(temporary, "wb") as f:
            f.write(marshal.dumps(entries))
        os.replace(temporary, file)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _load() -> None:
    _known.update(_read(_FILE))


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
    """Write the file again when this run compiled a pattern it did not hold."""
    _write(_FILE, _known, _new)


_load()


def _methods_file() -> str | None:
    """Where the code of the dataclasses' methods is kept for this interpreter and bytecode version, or None
    when it cannot be."""
    try:
        return f"{cache_from_source(__file__).removesuffix('.pyc')}.{MAGIC_NUMBER.hex()}.methods"
    except (NotImplementedError, ValueError):  # no bytecode cache on this interpreter
        return None


_METHODS_FILE = _methods_file()
_PACKAGE = f"{__name__.rpartition('.')[0]}."
_known_code: dict[str, CodeType] = {}  # source text → its code, read from the file
_new_code: dict[str, CodeType] = {}  # compiled by this run


def _exec(source: str | CodeType, namespace: dict[str, Any] | None = None, local: dict[str, Any] | None = None,
          /) -> None:
    """exec as the dataclasses module calls it; the source of a method of one of the package's classes (it
    runs in the class's module) is compiled once per installation."""
    if isinstance(source, str):
        ours = namespace is not None and str(namespace.get("__name__", "")).startswith(_PACKAGE)
        code = (_known_code.get(source) or _new_code.get(source)) if ours else None
        if code is None:
            # compiled as exec compiles it in the dataclasses module, without this module's __future__ import
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if ours:
                _new_code[source] = code
        source = code
    exec(source, namespace, local)


def _load_methods() -> None:
    _known_code.update((k, v) for k, v in _read(_METHODS_FILE).items() if isinstance(k, str) and isinstance(v, CodeType))


def keep_dataclass_methods() -> None:
    """From now on, the package's dataclasses take their methods' code from the kept code (see above)."""
    if _METHODS_FILE is None or "exec" in vars(dataclasses):
        return
    _load_methods()
    setattr(dataclasses, "exec", _exec)  # noqa: B010 - a global of that module, which shadows the builtin there only
    atexit.register(_write, _METHODS_FILE, _known_code, _new_code)


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
