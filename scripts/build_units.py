"""Build cli/summitcheck/data/units.json: units of measure, their symbols and English names.

Source (build time only; nothing here is needed at run time): the Unicode CLDR as shipped by the
babel package (`pip install babel`), Unicode License v3: the unit patterns of every English locale
("{0} kW", "{0} kilowatts", "{0} millimetres") and the SI prefixes of CLDR's compound-unit patterns
("kilo{0}" is 10p3).

The table holds:
* units: a CLDR unit, named by its id without the category ("kilowatt" for power-kilowatt) →
  its dimension (the category), and, when its id is an SI prefix on another unit of the same
  dimension, that base unit and the factor ("kilowatt": power, watt, 1000);
* symbols: a symbol as written, case kept ("kW", "mm", "GHz", "TB") → its unit;
* names: a name, singular or plural, lowercased with hyphens as spaces ("kilowatt hours",
  "millimetres", "metric tons") → its unit.
A symbol or name two units share in some English locale ("gallon": US or imperial) is left out:
figures.py then reads it as written, as before.  Spans of time (duration-*) and shares
(concentr-*: percent, per mille, item) are left out too: figures.py reads those itself.

Writes units.json and units-NOTICE.txt (CLDR's licence) beside it.

Run:  python scripts/build_units.py [--check]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

# one way of writing a shipped table, its provenance first with a checksum (scripts/ is on sys.path when run)
from build_currencies import render, write_or_check

OUT = Path(__file__).resolve().parent.parent / "cli" / "summitcheck" / "data" / "units.json"
NOTICE = OUT.with_name("units-NOTICE.txt")
# Categories figures.py reads by its own rules (spans of time, percent and per mille), or that are
# no unit of measure ("item", "portion").
SKIPPED = ("duration", "concentr")


def _forms(patterns: Any) -> set[str]:
    """The unit's text in each plural form of one length: "{0} kilowatts" → "kilowatts"."""
    forms = set()
    for plural, pattern in (patterns or {}).items():
        if plural == "per" or "{0}" not in pattern:
            continue
        text = " ".join(pattern.replace("{0}", "").split())
        if text:
            forms.add(text)
    return forms


def build() -> dict[str, Any]:
    from babel import Locale
    from babel import __version__ as babel_version
    from babel.core import get_cldr_version
    from babel.localedata import locale_identifiers

    english = sorted(ident for ident in locale_identifiers() if ident == "en" or ident.startswith("en_"))
    ids = sorted(Locale("en")._data["unit_patterns"])
    kept = [uid for uid in ids if uid.split("-", 1)[0] not in SKIPPED]
    tails = [uid.split("-", 1)[1] for uid in kept]
    # a unit is named by its id without the category, unless two categories share that name
    name_of = {uid: (tail if tails.count(tail) == 1 else uid) for uid, tail in zip(kept, tails, strict=True)}

    units: dict[str, dict[str, Any]] = {}
    prefixes = {}
    for power, lengths in Locale("en")._data["compound_unit_patterns"].items():
        if power.startswith("10p"):
            prefixes[lengths["long"]["prefix"].replace("{0}", "")] = int(power[3:])
    for uid in kept:
        category, tail = uid.split("-", 1)
        entry: dict[str, Any] = {"dimension": category}
        for prefix, power in sorted(prefixes.items()):
            base = f"{category}-{tail[len(prefix):]}"
            if prefix and tail.startswith(prefix) and base in name_of:
                entry.update(base=name_of[base], factor=10.0 ** power)
        units[name_of[uid]] = entry

    symbols: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for ident in english:
        patterns = Locale.parse(ident)._data["unit_patterns"]
        for uid in kept:
            lengths = patterns.get(uid) or {}
            for length in ("short", "narrow"):
                for form in _forms(lengths.get(length)):
                    if " " not in form:
                        symbols[form].add(name_of[uid])
            for form in _forms(lengths.get("long")):
                names[form.lower().replace("-", " ")].add(name_of[uid])
    return {
        "units": units,
        "symbols": {s: next(iter(u)) for s, u in sorted(symbols.items()) if len(u) == 1},
        "names": {n: next(iter(u)) for n, u in sorted(names.items()) if len(u) == 1},
        "provenance": {
            "cldr": f"Unicode CLDR {get_cldr_version()} via babel {babel_version}, Unicode License v3",
            "locales": f"{len(english)} English locales (en, en_*)",
            "script": "scripts/build_units.py",
        },
    }


def notice() -> str:
    """CLDR's licence, shipped beside the table built from it."""
    import babel

    unicode_licence = (Path(babel.__file__).parent / "locale-data" / "LICENSE.unicode").read_text(encoding="utf-8")
    return "\n".join([
        "units.json is built by scripts/build_units.py from the Unicode CLDR, as shipped by babel.",
        "It is modified from it: only English unit symbols and names, regrouped by symbol and name,",
        "with the SI prefix factors CLDR's unit ids and prefix patterns give.",
        "",
        "== Unit names and symbols: Unicode CLDR, as shipped by babel ==",
        "",
        unicode_licence,
    ])


def main() -> int:
    return write_or_check(__doc__.splitlines()[0], lambda: {OUT: render(build()), NOTICE: notice()})


if __name__ == "__main__":
    sys.exit(main())
