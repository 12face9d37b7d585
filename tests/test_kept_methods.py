"""lazy.keep_dataclass_methods: the package's dataclasses get, from the code kept between runs, the methods
the dataclasses module makes with exec (equal code), whether compiled anew or read back; other modules'
dataclasses are made as without it."""

from __future__ import annotations

import dataclasses
import importlib.util
import marshal
import pkgutil
import sys
from pathlib import Path
from types import CodeType, FunctionType, ModuleType

import pytest

import summitcheck
from summitcheck import lazy

METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__", "__le__", "__gt__",
           "__ge__")


def _defining_modules() -> list[str]:
    """The package's modules that define a dataclass (lazy itself aside: it holds the kept code)."""
    names = []
    for info in pkgutil.walk_packages(summitcheck.__path__, "summitcheck."):
        spec = importlib.util.find_spec(info.name)
        if spec is None or spec.origin is None or info.name.endswith((".__main__", ".lazy")):
            continue
        if "@dataclass" in Path(spec.origin).read_text(encoding="utf-8"):
            names.append(info.name)
    return names


MODULES = _defining_modules()


def _fresh(name: str) -> ModuleType:
    """The module run again under its own name (not put in sys.modules): its dataclasses made anew."""
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _methods(module: ModuleType) -> dict[str, FunctionType]:
    found = {}
    for value in vars(module).values():
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__:
            for method in METHODS:
                fn = value.__dict__.get(method)
                fn = getattr(fn, "__wrapped__", fn)  # __repr__ is wrapped against recursion
                if isinstance(fn, FunctionType):
                    found[f"{value.__qualname__}.{method}"] = fn
    return found


def _same(made: dict[str, FunctionType], expected: dict[str, FunctionType]) -> None:
    assert made.keys() == expected.keys()
    for name, fn in made.items():
        want = expected[name]
        assert fn.__code__ == want.__code__, name
        assert fn.__qualname__ == want.__qualname__, name
        assert repr(fn.__annotations__) == repr(want.__annotations__), name
        assert len(fn.__closure__ or ()) == len(want.__closure__ or ()), name


def test_the_dataclasses_are_found() -> None:
    # model, figures, pairing, verdict, discrepancy, the drafting package …: a walk that found few would test nothing
    assert len(MODULES) >= 15
    assert sum(len(_methods(importlib.import_module(name))) for name in MODULES) > 150


@pytest.mark.skipif("exec" not in vars(dataclasses), reason="keep_dataclass_methods did not install its exec here")
def test_the_package_dataclasses_get_the_methods_exec_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(dataclasses, "exec")  # the builtin: as without the kept code
    expected = {name: _methods(_fresh(name)) for name in MODULES}
    monkeypatch.setattr(dataclasses, "exec", lazy._exec, raising=False)
    monkeypatch.setattr(lazy, "_known_code", {})
    monkeypatch.setattr(lazy, "_new_code", {})
    for name in MODULES:
        _same(_methods(_fresh(name)), expected[name])  # compiled anew, the code kept
    assert len(lazy._new_code) > 150
    monkeypatch.setattr(lazy, "_known_code", marshal.loads(marshal.dumps(lazy._new_code)))  # as the file holds it
    monkeypatch.setattr(lazy, "_new_code", {})
    for name in MODULES:
        _same(_methods(_fresh(name)), expected[name])
    assert lazy._new_code == {}  # every method came from the code read back


PROBE = '''
from dataclasses import dataclass, field

@dataclass(frozen=True, order=True)
class Probe:
    a: int
    b: list[str] = field(default_factory=list)
    c: float = 1.5
'''


def _probe(name: str) -> ModuleType:
    module = ModuleType(name)
    sys.modules[name] = module  # where dataclasses looks up the class's module
    try:
        exec(compile(PROBE, f"<{name}>", "exec", dont_inherit=True), vars(module))  # no __future__ import: real annotations
    finally:
        del sys.modules[name]
    return module


@pytest.mark.skipif("exec" not in vars(dataclasses), reason="keep_dataclass_methods did not install its exec here")
def test_other_modules_dataclasses_are_made_as_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lazy, "_new_code", {})
    made = _methods(_probe("probe_module"))
    assert lazy._new_code == {}  # nothing kept for a module outside the package
    assert made["Probe.__init__"].__annotations__["a"] is int  # not "int": this module's __future__ import not applied
    monkeypatch.delattr(dataclasses, "exec")
    _same(made, _methods(_probe("probe_module")))


def test_the_file_is_written_whole_and_read_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    file = tmp_path / "__pycache__" / "lazy.test.methods"
    code = compile("def f(x):\n return x\n", "<string>", "exec", dont_inherit=True)
    monkeypatch.setattr(lazy, "_METHODS_FILE", str(file))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    lazy._write(str(file), {}, {"source": code})
    assert not file.exists()  # PYTHONDONTWRITEBYTECODE: written nowhere, as bytecode is not
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    lazy._write(str(file), {}, {})
    assert not file.exists()  # nothing new: nothing written
    lazy._write(str(file), {"other": 3}, {"source": code})
    assert [p.name for p in file.parent.iterdir()] == [file.name]  # no temporary file left
    monkeypatch.setattr(lazy, "_known_code", {})
    lazy._load_methods()
    assert lazy._known_code == {"source": code}  # an entry that is not code is left out
    assert isinstance(lazy._known_code["source"], CodeType)
    file.write_bytes(b"\x00not marshal data")
    monkeypatch.setattr(lazy, "_known_code", {})
    lazy._load_methods()  # unreadable: ignored, every method is compiled as usual
    assert lazy._known_code == {}
