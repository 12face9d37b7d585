"""Capitals and countries the lexicon takes from GeoNames where WordNet 3.0 (2006) has none or an older spelling.

The verdicts below were written as an editor gives them before the tool ran on them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from summitcheck import lexical

from helpers import decided

ROOT = Path(__file__).resolve().parent.parent


def verdict(expected: str, outcome: str, figures: tuple[tuple[str, str], tuple[str, str]] | None = None) -> str:
    return decided(expected, outcome, figures).verdict


def test_modern_and_multi_word_capitals_fold_into_their_country() -> None:
    folds = lexical.folds()
    assert folds["kyiv"] == folds["kiev"] == "ukraine"
    assert folds["addis ababa"] == "ethiopia" and folds["mexico city"] == "mexico" and folds["jakarta"] == "indonesia"
    assert folds["wellington"] == folds["new zealand"] == "newzealand" and folds["pretoria"] == "southafrica"
    assert folds["abu dhabi"] == "uae"  # a country's token spelt by its initials ("united arab emirates")
    assert {"newzealand", "southafrica", "kyiv"} <= lexical.kind("country")


def test_no_fold_for_a_capital_that_is_a_bigger_place_elsewhere_or_of_a_territory() -> None:
    folds = lexical.folds()
    assert "san jose" not in folds  # San Jose, California, is larger than San José, Costa Rica
    assert "stanley" not in folds and "douglas" not in folds and "the valley" not in folds  # territories
    assert folds["north macedonia"] == "macedonia"  # its capital folds to "macedonia" already: one country, one token


@pytest.mark.parametrize("expected, outcome, figures, want", [
    # a capital in today's spelling names its country, also beside the capital of the actor ("Berlin")
    ("Military aid to Ukraine set at €11.5bn", "Berlin earmarks €11.5 billion in military support for Kyiv",
     (("military aid to Ukraine 2027", "€11.5bn"), ("military aid to Ukraine 2027", "€11.5 billion")), "fulfilled"),
    ("Ethiopia will be confirmed as host of next year's climate summit",
     "Addis Ababa was confirmed as host of next year's climate summit", None, "fulfilled"),
    ("Indonesia will lift its ban on raw nickel ore exports", "Jakarta lifted its ban on raw nickel ore exports",
     None, "fulfilled"),
    # a country of several words is a country: another one makes another fact
    ("New Zealand will cut its tariffs on dairy imports from India",
     "Australia cut its tariffs on dairy imports from India", None, "absent"),
    ("South Africa will host the next summit of the bloc", "Nigeria will host the next summit of the bloc",
     None, "absent"),
])
def test_capitals_and_countries_in_pairing(expected: str, outcome: str, figures, want: str) -> None:
    assert verdict(expected, outcome, figures) == want


def test_places_header_names_the_geonames_data_and_its_notice() -> None:
    header = dict(line[2:].split(": ", 1) for line in lexical.TABLE.read_text(encoding="utf-8").splitlines()
                  if line.startswith("# "))
    assert header["places"].startswith("GeoNames countryInfo (CC BY 4.0") and "GeoNames-NOTICE.txt" in header["places"]
    notice = (lexical.TABLE.parent / "GeoNames-NOTICE.txt").read_text(encoding="utf-8")
    assert "Creative Commons" in notice and "Attribution 4.0" in notice and "Permission is hereby granted" in notice


def test_geonames_places_rules_on_a_small_table(tmp_path: Path) -> None:
    """The build's rules, on a GeoNames table of five countries (the shipped one is checked by --check)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_lexicon

    countries = {
        "NZ": {"name": "New Zealand", "capital": "Wellington", "population": 5_000_000},
        "MK": {"name": "North Macedonia", "capital": "Skopje", "population": 2_000_000},
        "FK": {"name": "Falkland Islands", "capital": "Stanley", "population": 3_000},
        "CR": {"name": "Costa Rica", "capital": "San Jose", "population": 5_000_000},
        "CS": {"name": "Serbia and Montenegro", "capital": "Belgrade", "population": 10_000_000},
        "RS": {"name": "Serbia", "capital": "Belgrade", "population": 7_000_000},
        "ME": {"name": "Montenegro", "capital": "Podgorica", "population": 1_000_000},
    }
    cities = {
        "1": {"name": "San Jose", "alternatenames": [], "population": 1_000_000, "countrycode": "US"},
        "2": {"name": "San José", "alternatenames": ["San Jose"], "population": 330_000, "countrycode": "CR"},
        "3": {"name": "Wellington", "alternatenames": [], "population": 380_000, "countrycode": "NZ"},
    }
    (tmp_path / "countries.json").write_text(json.dumps(countries), encoding="utf-8")
    (tmp_path / "cities15000.json").write_text(json.dumps(cities), encoding="utf-8")
    out = build_lexicon.geonames_places(tmp_path / "countries.json", {"macedonia"}, {"jersey"})
    assert out["new zealand"] == out["wellington"] == "newzealand"
    assert "north macedonia" not in out and "skopje" not in out  # a word of the name is a country already
    assert "falkland islands" not in out and "stanley" not in out  # fewer people than POPULATION_MIN
    assert out["costa rica"] == "costarica" and "san jose" not in out  # a larger San Jose elsewhere
    assert "serbia and montenegro" not in out and out["serbia"] == out["belgrade"] == "serbia"
    assert out["montenegro"] == out["podgorica"] == "montenegro"
