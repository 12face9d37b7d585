"""Score summitcheck against hand-labelled claim cases: the measure of issue 13.

    python scripts/score_claims.py                       # every set in tests/labelled
    python scripts/score_claims.py DIR [DIR ...]         # sets: DIR/<case>/{preview,report,verdicts}.yaml
    python scripts/score_claims.py --misses DIR          # also list each wrong expectation and discrepancy
    python scripts/score_claims.py --exe PATH/summitcheck DIR   # another install (a commit's venv)

An expectation is right when its verdict is the editor's and, when the editor pairs it, its match is
the editor's report claim. Discrepancies are counted as pairs of claim ids against the editor's list
(found, spurious, missed). A false friend is an expectation the editor's notes or paraphrase class
call one; it is "paired" when summitcheck pairs it with a report claim the editor did not.

Without --misses only totals are printed, so that a blind set can be scored without being read.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "labelled"


def run_check(exe: list[str], case: Path) -> dict[str, Any]:
    done = subprocess.run(
        [*exe, "check", str(case / "preview.yaml"), str(case / "report.yaml"), "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    if done.returncode not in (0, 1):
        # a file summitcheck refuses: every expectation of the case is wrong, and the scorer says why
        print(f"  REFUSED {case.name}: exit {done.returncode}: {done.stderr.strip()[:200]}", file=sys.stderr)
        return {"expectations": [], "discrepancies": []}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def is_false_friend(labels: dict[str, Any], key: str) -> bool:
    note = str((labels.get("notes") or {}).get(key, "")).lower()
    return (labels.get("paraphrase") or {}).get(key) == "false-friend" or "false friend" in note


def score_case(case: Path, result: dict[str, Any]) -> dict[str, Any]:
    labels = yaml.safe_load((case / "verdicts.yaml").read_text(encoding="utf-8"))
    want = labels.get("expectations") or {}
    matches = labels.get("matches") or {}
    got = {e["id"]: e for e in result["expectations"]}
    rows = []
    for key, verdict in want.items():
        e = got.get(key)
        verdict_got = e["verdict"] if e else "missing"
        match_got = (e.get("match") or {}).get("id") if e else None
        right = verdict_got == verdict and (key not in matches or match_got == matches[key])
        friend = is_false_friend(labels, key)
        rows.append({
            "case": case.name, "id": key, "want": verdict, "got": verdict_got, "match_want": matches.get(key),
            "match_got": match_got, "right": right, "false_friend": friend,
            "friend_paired": friend and match_got is not None and match_got != matches.get(key),
            "reason": (e.get("reasons") or [""])[0] if e else "",
        })
    want_disc = {tuple(p) for p in labels.get("discrepancies") or []}
    got_disc = {(d["preview_claim"], d["report_claim"]) for d in result["discrepancies"]}
    return {"rows": rows, "tp": sorted(want_disc & got_disc), "fp": sorted(got_disc - want_disc),
            "fn": sorted(want_disc - got_disc), "metrics": {(d["preview_claim"], d["report_claim"]): d["metric"]
                                                            for d in result["discrepancies"]}}


def cases_of(folder: Path) -> list[Path]:
    if (folder / "verdicts.yaml").exists():
        return [folder]
    return sorted(p for p in folder.iterdir() if (p / "verdicts.yaml").exists())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--exe", help="the summitcheck to run (default: the one on PATH, else python -m)")
    parser.add_argument("--misses", action="store_true", help="list what is wrong, not only totals")
    args = parser.parse_args()
    exe = [args.exe] if args.exe else ([found] if (found := shutil.which("summitcheck"))
                                        else [sys.executable, "-m", "summitcheck"])
    sets = args.sets or sorted(p for p in LABELLED.iterdir() if p.is_dir())
    grand = {"right": 0, "all": 0, "tp": 0, "fp": 0, "fn": 0, "ff": 0, "ffp": 0}
    for folder in sets:
        cases = cases_of(folder)
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda c: run_check(exe, c), cases))
        total = {"right": 0, "all": 0, "tp": 0, "fp": 0, "fn": 0, "ff": 0, "ffp": 0}
        for case, result in zip(cases, results, strict=True):
            scored = score_case(case, result)
            for row in scored["rows"]:
                total["right"] += row["right"]
                total["all"] += 1
                total["ff"] += row["false_friend"]
                total["ffp"] += row["friend_paired"]
                if args.misses and not row["right"]:
                    print(f"  MISS {case.name}/{row['id']}: editor {row['want']} {row['match_want'] or ''}"
                          f" / tool {row['got']} {row['match_got'] or ''} — {row['reason'][:160]}")
            for kind in ("tp", "fp", "fn"):
                total[kind] += len(scored[kind])
            if args.misses:
                for pair in scored["fp"]:
                    print(f"  SPURIOUS {case.name}: {pair} '{scored['metrics'][pair]}'")
                for pair in scored["fn"]:
                    print(f"  MISSED DISCREPANCY {case.name}: {pair}")
        for key in grand:
            grand[key] += total[key]
        print(f"{folder.name:12} claims {100 * total['right'] / max(total['all'], 1):5.1f}% "
              f"({total['right']}/{total['all']})  disc tp {total['tp']} fp {total['fp']} fn {total['fn']}  "
              f"false friends paired {total['ffp']}/{total['ff']}")
    if len(sets) > 1:
        print(f"{'ALL':12} claims {100 * grand['right'] / max(grand['all'], 1):5.1f}% ({grand['right']}/{grand['all']})"
              f"  disc tp {grand['tp']} fp {grand['fp']} fn {grand['fn']}  false friends paired {grand['ffp']}/{grand['ff']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
