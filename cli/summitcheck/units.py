"""Units of measure: a symbol and the names of one unit are one unit ("375W", "450 watts").

The table (data/units.json) is built by scripts/build_units.py from the Unicode CLDR's English unit
patterns; it is read once, on the first lookup (a figure followed by a word).  A unit is named by its
CLDR id without the category ("watt", "millimeter", "kilowatt-hour", "tonne"), or with it where that id is
a word several currencies share ("mass-pound" of "10 lb"), which a figure's unit would read as money.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from functools import cache
from pathlib import Path
from typing import Any

from . import currencies

TABLE = Path(__file__).resolve().parent / "data" / "units.json"


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TABLE.read_text(encoding="utf-8"))
    return data


# Words around a data size that say it is a speed: a rate of bits ("broadband speeds of 1gb", "a 10gb ethernet link")
_SPEED_WORDS = frozenset("speed speeds broadband bandwidth connection connections ethernet throughput".split())
# ... and words that say it is a size: what is stored ("8gb of RAM", "a 2tb drive")
_SIZE_WORDS = frozenset("ram memory storage ssd drive drives disk disks file files cache data".split())


def measured(after: Collection[str]) -> bool:
    """Whether the few words right after a lower-case data size say what it measures, a speed or a size: they decide
    before the wider words around it ("8gb of RAM and 5G speeds of up to 1gb": the RAM is bytes)."""
    return not (_SPEED_WORDS.isdisjoint(after) and _SIZE_WORDS.isdisjoint(after))


def by_symbol(symbol: str, around: Collection[str] = ()) -> str | None:
    """The unit a symbol stands for, its case kept ("kW" → kilowatt, "mW" → milliwatt), or None.  A symbol written
    in another case stands for the one unit it spells so, when only one does and it is longer than a letter
    ("75kwh" → kilowatt-hour).  A data size written in lower case ("16gb", "2tb", "50mb", "64kb") is bytes, as
    memory, storage, files and data plans are counted, or bits where the words `around` it (lower case) speak of
    a speed; it is another unit the letters spell only where those words name that unit's quantity ("a pressure of
    950mb": millibar).  Case decides nothing there: writers use "gb" for both, and CLDR gives "mb" and "kb" to
    the millibar and the kilobit."""
    symbols = _table()["symbols"]
    unit: str | None = symbols.get(symbol)
    if len(symbol) > 1 and (unit is None or symbol.islower()):
        units = _folded().get(symbol.lower(), set())
        if any(dimension(u) == "digital" for u in units):
            unit = _by_context(units, around)
        elif unit is None:
            unit = next(iter(units)) if len(units) == 1 else None
    return _named(unit)


def _by_context(units: set[str], around: Collection[str]) -> str | None:
    """Of the units one lower-case symbol spells, one of them a data size, the one the words around it speak of
    (see by_symbol)."""
    named = [u for u in units if dimension(u) in around]  # "pressure" names the millibar's quantity
    if len(named) == 1:
        return named[0]
    ending = "bit" if _SPEED_WORDS.intersection(around) else "byte"
    return next((u for u in units if dimension(u) == "digital" and u.endswith(ending)), None)


def spelled_alike(one: str, other: str) -> bool:
    """Whether two different units are read from one lower-case data size by the words around it ("1gb": gigabyte
    alone, gigabit in "broadband speeds of 1gb")."""
    return one != other and (one, other) in _alike()


@cache
def _alike() -> frozenset[tuple[str, str]]:
    return frozenset((a, b) for units in _folded().values() if any(dimension(u) == "digital" for u in units)
                     for a in units for b in units)


def dimension(unit: str) -> str | None:
    """The quantity a unit measures, as CLDR names it ("digital", "pressure", "length"), or None."""
    found: dict[str, str] | None = _table()["units"].get(unit)
    return found["dimension"] if found else None


@cache
def _folded() -> dict[str, set[str]]:
    """The units each symbol stands for, the symbol lowercased."""
    folded: dict[str, set[str]] = {}
    for symbol, unit in _table()["symbols"].items():
        folded.setdefault(symbol.lower(), set()).add(unit)
    return folded


def by_name(phrase: str) -> str | None:
    """The unit a name stands for, lowercased with hyphens as spaces ("kilowatt hours"), or None."""
    return _named(_table()["names"].get(phrase))


def _named(unit: str | None) -> str | None:
    """A unit's name: its CLDR id, with its category where the id is a currency word ("pound" of weight)."""
    if unit is not None and currencies.ambiguous_unit(unit):
        return f"{dimension(unit)}-{unit}"
    return unit


def factor(unit: str, to: str) -> float | None:
    """How many of `to` one `unit` is, when CLDR makes both an SI prefix on one base unit
    ("kilowatt" in "watt": 1000; "terabyte" in "gigabyte": 1000); None otherwise."""
    units = _table()["units"]
    a, b = units.get(unit), units.get(to)
    if a is None or b is None or a["dimension"] != b["dimension"]:
        return None
    base_a, base_b = a.get("base", unit), b.get("base", to)
    if base_a != base_b:
        return None
    result: float = a.get("factor", 1.0) / b.get("factor", 1.0)
    return result
