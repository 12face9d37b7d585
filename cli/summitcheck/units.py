"""Units of measure: a symbol and the names of one unit are one unit ("375W", "450 watts").

The table (data/units.json) is built by scripts/build_units.py from the Unicode CLDR's English unit
patterns; it is read once, on the first lookup (a figure followed by a word).  A unit is named by its
CLDR id without the category ("watt", "millimeter", "kilowatt-hour", "tonne").
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).resolve().parent / "data" / "units.json"


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TABLE.read_text(encoding="utf-8"))
    return data


def by_symbol(symbol: str) -> str | None:
    """The unit a symbol stands for, its case kept ("kW" → kilowatt, "mW" → milliwatt), or None.  A symbol written
    in another case stands for the one unit it spells so, when only one does and it is longer than a letter
    ("16gb" → gigabyte, "75kwh" → kilowatt-hour; "50mb" is a megabyte or a millibar: None)."""
    symbols = _table()["symbols"]
    unit: str | None = symbols.get(symbol)
    if unit is None and len(symbol) > 1:
        units = _folded().get(symbol.lower(), set())
        unit = next(iter(units)) if len(units) == 1 else None
    return unit


@cache
def _folded() -> dict[str, set[str]]:
    """The units each symbol stands for, the symbol lowercased."""
    folded: dict[str, set[str]] = {}
    for symbol, unit in _table()["symbols"].items():
        folded.setdefault(symbol.lower(), set()).add(unit)
    return folded


def by_name(phrase: str) -> str | None:
    """The unit a name stands for, lowercased with hyphens as spaces ("kilowatt hours"), or None."""
    unit: str | None = _table()["names"].get(phrase)
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
