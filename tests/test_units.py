"""Units of measure: a symbol and the names of one unit are one unit, from CLDR (scripts/build_units.py).

Launch and industry copy writes one unit many ways ("375W" / "450 watts", "85 kWh" / "85
kilowatt-hours", "1.2m t" / "1.2 million tonnes"); figures of one unit compare, figures of two
dimensions never ("a 41mm case" / "41g").  Expected outcomes written down before the tool was run;
figures and claims invented (launch specs, energy, commodities).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from summitcheck import units
from summitcheck.figures import find_figures, parse_figure

from helpers import judged

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("a, b, agree", [
    # launch specs
    ("375W", "450 watts", False),
    ("375 W", "375 watts", True),
    ("1TB", "1,000GB", True),  # an SI prefix on one base unit converts
    ("512GB", "1TB", False),
    ("6.1 inches", "6.1in", True),
    ("41mm", "4.1 cm", True),
    # energy
    ("85 kWh", "85 kilowatt-hours", True),
    ("1.2 GW", "1,200 megawatts", True),
    ("75 kWh", "85 kilowatt hours", False),
    # commodities
    ("1.2 million tonnes", "1.2m t", True),
    ("20 million metric tons", "25 million tonnes", False),
    ("2.5 million litres", "2.5 million liters", True),
])
def test_one_unit_however_written_compares(a: str, b: str, agree: bool) -> None:
    x, y = parse_figure(a), parse_figure(b)
    assert x.comparable(y) and y.comparable(x), (x.unit, y.unit)
    assert x.agrees(y) is agree and y.agrees(x) is agree


@pytest.mark.parametrize("a, b", [
    ("41mm", "41g"),  # a case size is no weight
    ("85 kWh", "85 kW"),  # energy is no power
    ("500,000 barrels", "500,000 tonnes"),
    ("5 MB", "5 Mb"),  # bytes are no bits: the symbol's case says which
    ("2.5 GHz", "2.5 GB"),
    ("480 km", "480 miles"),  # no SI prefix on one base: not converted, not compared
])
def test_two_dimensions_or_unrelated_units_never_compare(a: str, b: str) -> None:
    x, y = parse_figure(a), parse_figure(b)
    assert not x.comparable(y) and not y.comparable(x), (x.unit, y.unit)


def test_what_is_no_unit_of_measure_is_read_as_written() -> None:
    assert parse_figure("6,000 mAh").unit == "mah"  # CLDR lists no milliampere-hour
    assert parse_figure("3 agreements").unit == "agreement"
    # an ordinal's ending is no symbol, and a glued scale stays a scale
    assert [f.quantity.unit for f in find_figures("the 1st of 3")] == ["st", ""]
    assert parse_figure("$5B").unit == "USD" and parse_figure("1.2m t").value == 1.2e6


def test_figures_in_running_text_take_the_unit() -> None:
    found = find_figures("The card draws 375W of board power, down from 450 watts, at 2.5 GHz.")
    assert [(f.text, f.quantity.unit) for f in found] == [
        ("375W", "watt"), ("450 watts", "watt"), ("2.5 GHz", "gigahertz")]


def test_factors_come_from_si_prefixes_only() -> None:
    assert units.factor("kilowatt", "watt") == 1000
    assert units.factor("terabyte", "gigabyte") == 1000
    assert units.factor("millimeter", "centimeter") == pytest.approx(0.1)
    assert units.factor("kilowatt-hour", "kilowatt") is None
    assert units.factor("tonne", "kilogram") is None  # not a prefix on one base: left unconverted


@pytest.mark.parametrize("expectation, report, verdict", [
    (("The H70 Ti is expected to draw 375W of total board power", [("H70 Ti board power", "375W")]),
     ("The H70 Ti draws 450 watts of board power under load", [("H70 Ti board power", "450 watts")]), "contradicted"),
    (("The Volta hatchback is expected to carry an 85 kWh battery", [("Volta battery capacity", "85 kWh")]),
     ("The Volta ships with an 85 kilowatt-hour battery pack", [("Volta battery capacity", "85 kilowatt-hours")]),
     "fulfilled"),
    (("The Kestrel mine is expected to produce 1.2 million tonnes of copper this year",
      [("Kestrel copper output", "1.2 million tonnes")]),
     ("Kestrel produced 1.2m t of copper in the year", [("Kestrel copper output", "1.2m t")]), "fulfilled"),
])
def test_claims_stating_one_unit_two_ways_are_judged(expectation: tuple[str, list[tuple[str, str]]],
                                                     report: tuple[str, list[tuple[str, str]]], verdict: str) -> None:
    got, reasons, _ = judged(expectation, report)
    assert got == verdict, reasons


def test_table_carries_its_provenance_and_checksum() -> None:
    data = json.loads(units.TABLE.read_text(encoding="utf-8"))
    provenance = data.pop("provenance")
    assert "CLDR" in provenance["cldr"] and "Unicode License" in provenance["cldr"]
    assert provenance["script"] == "scripts/build_units.py"
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert hashlib.sha256(body.encode("utf-8")).hexdigest() == provenance["sha256"]
    assert "Unicode" in units.TABLE.with_name("units-NOTICE.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(importlib.util.find_spec("babel") is None, reason="the build source (pip babel) is not installed")
def test_shipped_table_is_what_the_script_builds() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_units.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
