"""Build cli/summitcheck/data/currencies.json: every currency summitcheck can read.

Sources (build time only; nothing here is needed at run time):
* ISO 4217 codes in use: Debian's iso-codes (/usr/share/iso-codes/json/iso_4217.json,
  `apt-get install iso-codes`), LGPL-2.1-or-later.
* Names, plurals and symbols: the Unicode CLDR as shipped by the babel package
  (`pip install babel`), Unicode License v3.

The table holds, all lowercased where text is matched case-insensitively:
* codes: current ISO code → its English plural name ("PLN": "Polish zlotys");
* historic: codes CLDR still names but ISO no longer lists ("FIM": "Finnish markkas");
* symbols: a symbol as written → every code it stands for in some CLDR locale
  ("zł": ["PLN"], "kr": ["DKK", "NOK", "SEK"]);
* names: a currency name, its plural, "<country> <head>" and the bare head word →
  every code it names ("swiss francs": ["CHF"], "francs": ["BIF", "CDF", "CHF", …]);
  a former currency's head word too, where no current currency shares it ("pesetas").

Which of several codes an ambiguous symbol or word means is not decided here:
figures.py refuses it, except for the few defaults it documents ("$" is USD).

Writes currencies.json and currencies-NOTICE.txt (both sources' licences) beside it.

Run:  python scripts/build_currencies.py [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ISO_JSON = Path("/usr/share/iso-codes/json/iso_4217.json")
ISO_VERSION_FILE = Path("/usr/share/doc/iso-codes/changelog.Debian.gz")
ISO_COPYRIGHT = Path("/usr/share/doc/iso-codes/copyright")
LGPL = Path("/usr/share/common-licenses/LGPL-2.1")
OUT = Path(__file__).resolve().parent.parent / "cli" / "summitcheck" / "data" / "currencies.json"
NOTICE = OUT.with_name("currencies-NOTICE.txt")


def _iso_version() -> str:
    import gzip

    with gzip.open(ISO_VERSION_FILE, "rt", encoding="utf-8") as f:
        first = f.readline()  # "iso-codes (4.15.0-1) unstable; urgency=medium"
    return first.split("(")[1].split(")")[0]


def _symbol_usable(symbol: str) -> bool:
    """A symbol the reader can match without mistaking words for money.

    One Latin letter ("R", "K", "L") is an initial or a scale ("5K"), so it is left
    out; so are symbols with a dot, a space or an invisible mark in them.
    """
    if not symbol or "." in symbol or any(c.isspace() or unicodedata.category(c) == "Cf" for c in symbol):
        return False
    return not (symbol.isascii() and symbol.isalpha() and len(symbol) < 2)


def build() -> dict[str, Any]:
    from babel import Locale
    from babel import __version__ as babel_version
    from babel.core import get_cldr_version
    from babel.localedata import locale_identifiers

    iso = {row["alpha_3"]: row["name"] for row in json.loads(ISO_JSON.read_text(encoding="utf-8"))["4217"]}
    en = Locale("en")
    plural_names = en._data["currency_names_plural"]
    singular_names = en.currencies

    def plural(code: str) -> str:
        forms = plural_names.get(code) or {}
        return str(forms.get("other") or singular_names.get(code) or iso.get(code, code))

    codes = {code: plural(code) for code in sorted(iso)}
    historic = {code: plural(code) for code in sorted(singular_names)
                if code not in iso and len(code) == 3 and code.isalpha() and code.isupper()
                and not code.startswith("X")}

    symbols: dict[str, set[str]] = defaultdict(set)
    for ident in sorted(locale_identifiers()):
        locale = Locale.parse(ident)
        for code, symbol in locale.currency_symbols.items():
            if code in iso and symbol != code and _symbol_usable(symbol):
                symbols[symbol].add(code)

    # Countries for "Malaysia ringgit", "Hong Kong dollar": the territories that use a currency today.
    from babel.numbers import get_territory_currencies

    territories: dict[str, set[str]] = defaultdict(set)
    for territory, name in en.territories.items():
        if len(territory) != 2 or not territory.isalpha():
            continue
        for code in get_territory_currencies(territory):
            territories[code].add(name.lower())

    names: dict[str, set[str]] = defaultdict(set)
    for code in sorted(set(iso) | set(historic)):
        forms = {singular_names.get(code, "")}
        forms.update((plural_names.get(code) or {}).values())
        for form in filter(None, forms):
            form = form.lower()
            if "(" in form:  # "Mexican investment unit (1995–…)": not a name anyone writes
                continue
            names[form].add(code)
            if territories.get(code):  # tender somewhere: "francs" may mean it, a fund code never
                head = form.split()[-1]
                names[head].add(code)
                for country in territories.get(code, ()):
                    names[f"{country} {head}"].add(code)

    # A former currency's own word ("pesetas", "markka") names it, unless a current one shares it;
    # only two-word names ("Spanish peseta") give one: longer ones are descriptions ("… unit of value").
    current_heads = set(names)
    for code in sorted(historic):
        for form in {singular_names.get(code, ""), *(plural_names.get(code) or {}).values()}:
            words = form.lower().split()
            if len(words) == 2 and "(" not in form and words[1] not in current_heads:
                names[words[1]].add(code)

    return {
        "codes": codes,
        "historic": historic,
        "symbols": {s: sorted(c) for s, c in sorted(symbols.items())},
        "names": {n: sorted(c) for n, c in sorted(names.items())},
        "provenance": {
            "iso_4217": f"Debian iso-codes {_iso_version()} ({ISO_JSON}), LGPL-2.1-or-later",
            "cldr": f"Unicode CLDR {get_cldr_version()} via babel {babel_version}, Unicode License v3",
            "script": "scripts/build_currencies.py",
        },
    }


def render(table: dict[str, Any]) -> str:
    """The table as one line of JSON, its provenance first, with a checksum of the rest."""
    body = json.dumps({k: v for k, v in table.items() if k != "provenance"}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))
    provenance = {**table["provenance"], "sha256": hashlib.sha256(body.encode("utf-8")).hexdigest()}
    return json.dumps({"provenance": provenance, **json.loads(body)}, ensure_ascii=False,
                      separators=(",", ":")) + "\n"


def notice() -> str:
    """The licences of both sources, shipped beside the table they were built into."""
    import babel

    unicode_licence = (Path(babel.__file__).parent / "locale-data" / "LICENSE.unicode").read_text(encoding="utf-8")
    iso_copyright = ISO_COPYRIGHT.read_text(encoding="utf-8").split("\n\n")[1]  # the "Files: *" stanza
    return "\n".join([
        "currencies.json is built by scripts/build_currencies.py from two sources; their notices follow.",
        "It is modified from them: only English names, plurals and symbols, regrouped by name and symbol.",
        "",
        "== ISO 4217 codes: the iso-codes project, as packaged by Debian (package iso-codes) ==",
        "",
        iso_copyright,
        "",
        LGPL.read_text(encoding="utf-8"),
        "== Currency names and symbols: Unicode CLDR, as shipped by babel ==",
        "",
        unicode_licence,
    ])


def write_or_check(description: str, built: Callable[[], dict[Path, str]]) -> int:
    """A build script's command line: write the shipped table and its notice, or with --check say whether they
    are what a fresh build gives (exit 1 when not)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="exit 1 if the shipped table differs from a fresh build")
    args = parser.parse_args()
    outputs = built()  # after the arguments: --help builds nothing
    if args.check:
        stale = [path.name for path, text in outputs.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        names = " and ".join(path.name for path in outputs)
        print(f"differ from a fresh build: {', '.join(stale)}" if stale else f"{names} are up to date")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({len(text.encode('utf-8'))} bytes)")
    return 0


def main() -> int:
    return write_or_check(__doc__.splitlines()[0], lambda: {OUT: render(build()), NOTICE: notice()})


if __name__ == "__main__":
    sys.exit(main())
