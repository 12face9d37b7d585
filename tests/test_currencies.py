"""The shipped currency table: built by scripts/build_currencies.py, with its provenance."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from summitcheck import currencies

ROOT = Path(__file__).resolve().parent.parent


def test_table_carries_its_provenance_and_checksum() -> None:
    data = json.loads(currencies.TABLE.read_text(encoding="utf-8"))
    provenance = data.pop("provenance")
    assert "iso-codes" in provenance["iso_4217"] and "LGPL-2.1" in provenance["iso_4217"]
    assert "CLDR" in provenance["cldr"] and "Unicode License" in provenance["cldr"]
    assert provenance["script"] == "scripts/build_currencies.py"
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert hashlib.sha256(body.encode("utf-8")).hexdigest() == provenance["sha256"]


def test_table_holds_every_iso_code_in_use() -> None:
    data = json.loads(currencies.TABLE.read_text(encoding="utf-8"))
    assert len(data["codes"]) >= 150
    assert {"USD", "EUR", "PLN", "KWD", "NGN", "UAH", "TWD"} <= set(data["codes"])


@pytest.mark.skipif(importlib.util.find_spec("babel") is None or not Path("/usr/share/iso-codes/json/iso_4217.json").exists(),
                    reason="the build sources (pip babel, apt iso-codes) are not installed")
def test_shipped_table_is_what_the_script_builds() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_currencies.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
