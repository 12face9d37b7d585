"""Currencies: every ISO 4217 code, symbol and English name, and which of them are ambiguous.

The table (data/currencies.json) is built by scripts/build_currencies.py from Debian's
iso-codes (ISO 4217) and the Unicode CLDR; it is read once, on the first lookup.
What a symbol or word shared by several currencies means is policy, kept here.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).resolve().parent / "data" / "currencies.json"

# A symbol or word shared by several currencies means one of them only where news
# use is settled and the README says so: "$" is the US dollar, "£" sterling, "¥" the
# yen (the yuan when the text says yuan), "C$" the Canadian dollar.  Every other
# shared symbol ("kr") is refused; a shared word ("francs", "pesos", "dinars") is read as
# its own unit (see ambiguous_unit): "0.93 francs per euro" meets "0.97 francs per euro".
DEFAULTS = {
    "$": "USD", "dollar": "USD", "dollars": "USD", "£": "GBP", "pound": "GBP", "pounds": "GBP",
    "¥": "JPY", "￥": "JPY", "rupee": "INR", "rupees": "INR", "Rs": "INR", "won": "KRW",
    "ruble": "RUB", "rubles": "RUB", "C$": "CAD",
}
# News spellings that CLDR does not list, and what they stand for.
SYMBOL_ALIASES = {"Mex$": "MXN", "U.S.$": "USD", "RMB": "CNY", "Rmb": "CNY", "rmb": "CNY"}
NAME_ALIASES = {
    "rouble": "ruble", "roubles": "rubles", "reais": "brazilian reals", "sterling": "british pound",
    "pound sterling": "british pound", "pounds sterling": "british pounds", "renminbi": "chinese yuan",
    "u s dollar": "us dollar", "u s dollars": "us dollars", "american dollar": "us dollar",
    "american dollars": "us dollars",
    # Scandinavian and Czech currencies in English ("crowns"), with their country as news writes them.
    "norwegian crown": "norwegian krone", "norwegian crowns": "norwegian kroner",
    "swedish crown": "swedish krona", "swedish crowns": "swedish kronor",
    "danish crown": "danish krone", "danish crowns": "danish kroner",
    "czech crown": "czech koruna", "czech crowns": "czech korunas",
    "icelandic crown": "icelandic króna", "icelandic crowns": "icelandic krónur",
}
# Currency heads that are also everyday English ("real growth", "exam marks"): read
# only with their country ("Brazilian real", "convertible marks").
WORD_HEADS = {"real", "reals", "mark", "marks", "sol", "soles", "kip", "kips", "dram", "drams", "afghani", "afghanis"}
# Money without a currency: refused, never taken for dollars.
NO_CURRENCY = {"buck", "bucks", "grand"}
CENTS = {"cent": "USD", "cents": "USD", "¢": "USD", "penny": "GBP", "pennies": "GBP", "pence": "GBP"}


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TABLE.read_text(encoding="utf-8"))
    return data


def is_code(word: str) -> bool:
    """An ISO 4217 code as ISO prints it (capitals), in use or historic."""
    return len(word) == 3 and word.isupper() and (word in _table()["codes"] or word in _table()["historic"])


def symbol_codes(symbol: str) -> list[str] | None:
    """The codes a currency symbol stands for ("zł" → PLN), or None when it is none.

    Besides CLDR's symbols as written: a symbol of three letters or more in another mix of cases
    ("KSh", "Tsh" for CLDR's "Ksh", "TSh"), and the head several currencies' symbols share after their
    country's initial ("Sh" of "KSh", "TSh", "USh": see _heads)."""
    if symbol in SYMBOL_ALIASES:
        return [SYMBOL_ALIASES[symbol]]
    codes: list[str] | None = _table()["symbols"].get(symbol)
    if codes is None and len(symbol) >= 2 and not is_code(symbol):
        codes = _heads().get(symbol)
        if codes is None and len(symbol) >= 3 and any(c.islower() for c in symbol) \
                and any(c.isupper() for c in symbol):
            codes = _folded().get(symbol.lower())
    return codes


@cache
def _folded() -> dict[str, list[str]]:
    """CLDR's symbols of three letters or more that mix cases ("Ksh", "TSh", "FBu"), by their lower case.

    Papers print them in their own house style ("KSh", "Tsh"); a symbol that long spells no word or unit,
    and written with a small letter it is no acronym either ("KSH", "MTN" are left: a company, a hormone).
    Two symbols that fold alike and stand for other currencies are both left out."""
    folded: dict[str, list[str]] = {}
    clash: set[str] = set()
    for symbol, codes in _table()["symbols"].items():
        letters = [c for c in symbol if c.isalpha()]
        if len(letters) < 3 or not any(c.islower() for c in letters) or not any(c.isupper() for c in letters):
            continue
        key = symbol.lower()
        if folded.get(key, codes) != codes:
            clash.add(key)
        folded[key] = codes
    return {key: codes for key, codes in folded.items() if key not in clash}


@cache
def _heads() -> dict[str, list[str]]:
    """The heads that several currencies' symbols share after the initial of their ISO code, where those
    currencies share one English name ("KSh", "TSh", "USh": Kenyan, Tanzanian, Ugandan shillings): the head
    alone ("Sh", as Nairobi and Kampala papers print their own shilling) stands for all of them, and is read
    as their name is ("shillings", see resolve).  A head already a symbol ("$", "kr") keeps its own codes;
    a head of one letter is no symbol (_symbol_usable in the build script)."""
    table = _table()
    shared: dict[str, set[str]] = {}
    for symbol, codes in table["symbols"].items():
        for code in codes:
            head = symbol[1:]
            if symbol[0] == code[0] and len(head) >= 2 and head.isalpha() and head.isascii():
                shared.setdefault(head.lower(), set()).add(code)
    heads: dict[str, list[str]] = {}
    for key, codes in shared.items():
        written = key[0].upper() + key[1:]  # "Sh": a symbol opens with a capital
        if len(codes) < 2 or written in table["symbols"] or key in table["symbols"]:
            continue
        if _shared_name(sorted(codes)) is not None:
            heads[written] = sorted(codes)
    return heads


def _shared_name(codes: list[str]) -> str | None:
    """The head word every one of the currencies' English names ends in ("shillings"), or None."""
    heads = {(_table()["codes"].get(code) or "?").split()[-1] for code in codes}
    name = heads.pop() if len(heads) == 1 else ""
    return name if set(codes) <= set(_table()["names"].get(name) or ()) else None


def name_codes(phrase: str) -> list[str] | None:
    """The codes a currency name stands for ("swiss francs" → CHF; "francs" → eleven)."""
    phrase = NAME_ALIASES.get(phrase, phrase)
    if phrase in WORD_HEADS:
        return None
    codes: list[str] | None = _table()["names"].get(phrase)
    return codes


def qualified_code(qualifier: str) -> str | None:
    """The one currency a qualifier names before "cents" or "dollars": "US", "U S", "Australian",
    "New Zealand", "euro", "NZ", "HK" ("58 US cents", "70 NZ cents", "3 billion HK dollars").

    Read as the qualifier's dollars ("australian dollars"), as a currency of its own ("euro"), or
    as the prefix of a dollar sign ("NZ$", "HK$"); None when none of these names exactly one."""
    spaced = " ".join(qualifier.lower().split())
    for phrase in (spaced + " dollars", spaced):
        codes = name_codes(phrase)
        if codes and len(codes) == 1:
            return codes[0]
    codes = symbol_codes(qualifier.upper().replace(" ", "") + "$")
    return codes[0] if codes and len(codes) == 1 else None


def is_head(word: str) -> bool:
    """A word that ends a currency name ("dollars", "francs")."""
    if word in WORD_HEADS:
        return False
    return (word in _table()["names"] and " " not in word) or word in NAME_ALIASES


def resolve(written: str, codes: list[str], yuan: bool = False, word: bool = False) -> tuple[str | None, str | None]:
    """One code for what was written, or a one-line reason why there is none.

    word: written is a currency's name; one several currencies share ("francs") and no
    default settles is then its own unit, the plural as written ("francs"): a careful
    writer's "0.93 francs per euro" is readable, only not convertible to a code."""
    if len(codes) == 1:
        return codes[0], None
    written = NAME_ALIASES.get(written, written)  # "roubles" has the default of "rubles"
    default = DEFAULTS.get(written) or DEFAULTS.get(written.lower())
    if default == "JPY" and yuan:
        return "CNY", None
    if default:
        return default, None
    if not word and written in _heads():  # "Sh": read as the name its currencies share
        shared = _shared_name(codes)
        if shared is not None:
            return shared, None
    if word and " " not in written:
        plural = written if written.endswith("s") or written + "s" not in _table()["names"] else written + "s"
        return plural.lower(), None
    listed = ", ".join(codes[:6]) + (", …" if len(codes) > 6 else "")
    return None, f"'{written}' could be any of {listed}; write the ISO code, e.g. '{codes[0]} 5'"


def ambiguous_unit(unit: str) -> list[str] | None:
    """The codes a currency word shared by several currencies stands for, when unit is one
    ("francs" → BIF, CDF, CHF, …); None for a code or any other unit."""
    if not unit.islower():
        return None
    codes = _table()["names"].get(unit)
    return codes if codes and len(codes) > 1 else None


def plural_name(code: str) -> str:
    """The currency's English name in the plural ("Polish zlotys"), or the code."""
    table = _table()
    name: str = table["codes"].get(code) or table["historic"].get(code) or code
    return name
