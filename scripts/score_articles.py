"""Score summitcheck's drafting path against raw article pairs an editor labelled: the measure of issue 14.

    python scripts/score_articles.py DIR [DIR ...]      # pairs: DIR/<pair>/{preview.txt,report.txt,labels.yaml}
    python scripts/score_articles.py --misses DIR       # also list each wrong verdict, conflict and furniture line
    python scripts/score_articles.py --exe PATH/summitcheck DIR

Each pair is checked two ways, as issue 14 asks: raw (`check preview.txt report.txt`) and against
(`extract preview.txt` to a draft, then `check draft.yaml --against report.txt`).

labels.yaml (tests/articles/*/labels.yaml has the same shape):
    expectations: [{sentence, verdict, report?, why?}]   sentence and report verbatim from the articles
    figure_conflicts: [{metric, preview, report}]         figures as written
    figure_agreements: [...]                              (not scored)
    not_claims: [line, ...]                               page furniture

A labelled expectation is the drafted expectation whose quote holds most of the sentence's words (at least
half); none is "not drafted", which is wrong whatever the label. It is right when the verdict is the
editor's and, for fulfilled or contradicted, the match's quote holds at least half of the words of the
editor's report sentence (or is held by it). A labelled conflict is found when a discrepancy gives the
labelled preview and report numbers; every other discrepancy is spurious. A furniture line is drafted
when a drafted claim's quote holds it or is held by it.

Without --misses only totals are printed, so that a blind set can be scored without being read.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# counts editors and the tool write in words ("two new partner countries", "Forty-two"): zero to ninety-nine
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUMBER = re.compile(rf"\b(?:({'|'.join(_TENS)})(?:[-\s]({'|'.join(_UNITS[1:10])}))?|({'|'.join(_UNITS)}))\b", re.I)


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def holds(big: str, small: str) -> float:
    """The share of small's words that big holds (as a multiset, in any order)."""
    need = words(small)
    if not need:
        return 0.0
    pool = words(big)
    found = 0
    for w in need:
        if w in pool:
            pool.remove(w)
            found += 1
    return found / len(need)


def same_text(a: str, b: str) -> float:
    return max(holds(a, b), holds(b, a))


def numbers(text: str) -> list[float]:
    """The numbers a value is written with, in digits or in words ("4.50%", "two", "Forty-two"), in order."""
    found = [(m.start(), float(m.group().replace(",", ""))) for m in NUMBER.finditer(text)]
    for m in _WORD_NUMBER.finditer(text):
        tens, unit, alone = m.groups()
        value = _TENS[tens.lower()] + (_UNITS.index(unit.lower()) if unit else 0) if tens else _UNITS.index(alone.lower())
        found.append((m.start(), float(value)))
    return [value for _, value in sorted(found)]


def quote_of(claim: dict[str, Any]) -> str:
    return str((claim.get("quote") or {}).get("text") or claim.get("statement") or "")


def run(exe: list[str], args: list[str]) -> str:
    done = subprocess.run([*exe, *args], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"summitcheck {' '.join(args)} exited {done.returncode}: {done.stderr.strip()[:300]}")
    return done.stdout


def check_pair(exe: list[str], pair: Path, mode: str) -> tuple[dict[str, Any], list[str]]:
    """The check's JSON, and the quotes of every claim drafted from either article."""
    preview, report = str(pair / "preview.txt"), str(pair / "report.txt")
    if mode == "raw":
        result = json.loads(run(exe, ["check", preview, report, "--format", "json"]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            draft = Path(tmp) / "preview.yaml"
            draft.write_text(run(exe, ["extract", preview, "--role", "preview"]), encoding="utf-8")
            result = json.loads(run(exe, ["check", str(draft), "--against", report, "--format", "json"]))
    drafted = [quote_of(e) for e in result["expectations"]] + [quote_of(u) for u in result["unanticipated"]]
    drafted += [quote_of(e["match"]) for e in result["expectations"] if e.get("match")]
    return result, drafted


def score_pair(pair: Path, result: dict[str, Any], drafted: list[str]) -> dict[str, Any]:
    labels = yaml.safe_load((pair / "labels.yaml").read_text(encoding="utf-8"))
    rows = []
    for want in labels.get("expectations") or []:
        best, overlap = None, 0.0
        for e in result["expectations"]:
            o = holds(quote_of(e), want["sentence"])
            if o > overlap:
                best, overlap = e, o
        if best is None or overlap < 0.5:
            rows.append({"want": want, "got": "not drafted", "right": False, "reason": ""})
            continue
        match = best.get("match")
        right = best["verdict"] == want["verdict"]
        if right and want["verdict"] in ("fulfilled", "contradicted") and want.get("report"):
            right = match is not None and same_text(quote_of(match), want["report"]) >= 0.5
        rows.append({"want": want, "got": best["verdict"], "right": right,
                     "match": quote_of(match) if match else "", "reason": (best.get("reasons") or [""])[0]})
    conflicts = labels.get("figure_conflicts") or []
    found, spurious = set(), []
    for d in result["discrepancies"]:
        pv, rv = numbers(d["preview_value"]["text"]), numbers(d["report_value"]["text"])
        hit = [i for i, c in enumerate(conflicts)
               if pv and rv and pv[0] in numbers(str(c["preview"])) and rv[0] in numbers(str(c["report"]))]
        if hit:
            found.update(hit)
        else:
            spurious.append(f"'{d['metric']}': {d['preview_value']['text']} vs {d['report_value']['text']}")
    furniture = [line for line in labels.get("not_claims") or []
                 if any(q and (holds(q, line) >= 0.9 or holds(line, q) >= 0.9) for q in drafted)]
    return {"rows": rows, "conflicts": len(conflicts), "found": len(found),
            "missed": [c for i, c in enumerate(conflicts) if i not in found], "spurious": spurious,
            "furniture": furniture}


def pairs_of(folder: Path) -> list[Path]:
    if (folder / "labels.yaml").exists():
        return [folder]
    return sorted(p for p in folder.iterdir() if (p / "labels.yaml").exists() and (p / "report.txt").exists())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--exe", help="the summitcheck to run (default: the one on PATH, else python -m)")
    parser.add_argument("--misses", action="store_true", help="list what is wrong, not only totals")
    parser.add_argument("--mode", choices=("raw", "against", "both"), default="both")
    args = parser.parse_args()
    exe = [args.exe] if args.exe else ([found] if (found := shutil.which("summitcheck"))
                                        else [sys.executable, "-m", "summitcheck"])
    modes = ("raw", "against") if args.mode == "both" else (args.mode,)
    for folder in args.sets:
        pairs = pairs_of(folder)
        for mode in modes:
            with ThreadPoolExecutor(max_workers=2) as pool:
                checked = list(pool.map(lambda p, m=mode: check_pair(exe, p, m), pairs))
            t = {"right": 0, "all": 0, "conflicts": 0, "found": 0, "spurious": 0, "furniture": 0}
            for pair, (result, drafted) in zip(pairs, checked, strict=True):
                s = score_pair(pair, result, drafted)
                t["right"] += sum(r["right"] for r in s["rows"])
                t["all"] += len(s["rows"])
                for key in ("conflicts", "found"):
                    t[key] += s[key]
                t["spurious"] += len(s["spurious"])
                t["furniture"] += len(s["furniture"])
                if args.misses and mode == modes[0]:
                    for r in s["rows"]:
                        if not r["right"]:
                            print(f"  MISS {pair.name}: editor {r['want']['verdict']} / tool {r['got']}: "
                                  f"{r['want']['sentence'][:90]!r}\n      match {r.get('match', '')[:90]!r}"
                                  f"\n      {r['reason'][:160]}")
                    for c in s["missed"]:
                        print(f"  MISSED CONFLICT {pair.name}: {c['metric']}: {c['preview']} vs {c['report']}")
                    for line in s["spurious"]:
                        print(f"  SPURIOUS {pair.name}: {line}")
                    for line in s["furniture"]:
                        print(f"  FURNITURE {pair.name}: {line[:100]!r}")
            print(f"{folder.name:12} {mode:7} articles {100 * t['right'] / max(t['all'], 1):3.0f}% "
                  f"({t['right']}/{t['all']})  conflicts {t['found']}/{t['conflicts']}  "
                  f"spurious {t['spurious']}  furniture {t['furniture']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
