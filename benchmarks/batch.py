"""Speed of `summitcheck batch`, measured side by side in one run.

N case folders the size of the bundled case (its two claim files, each copy with its
claims shuffled and its ids renamed, so no two cases are the same) are generated in a
temporary folder.  Then, each as a fresh process:

(e) a shell loop running `summitcheck check CASE --format json` on every folder, against
    `summitcheck batch DIR --format json` on all cores; target: batch ≤ 0.05× the loop.
(f) `summitcheck batch DIR --jobs 1` against `--jobs 2`; target: two jobs ≥ 1.6× faster.

Batch times are medians of REPEAT runs; the loop runs once (over LOOP folders, all by
default; with fewer its time is scaled to N and the report says so).

    python benchmarks/batch.py [--n 1000] [--repeat 3] [--loop 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "trump-ishiba-2025"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # run from bytecode, as installed


def summitcheck() -> str:
    found = shutil.which("summitcheck", path=os.path.dirname(sys.executable)) or shutil.which("summitcheck")
    if found is None:
        sys.exit("summitcheck is not installed in this Python's environment")
    return found


def generate(root: Path, n: int) -> None:
    """n case folders, each a reshuffled copy of the bundled case."""
    rng = random.Random(15)
    sources = {name: yaml.safe_load((SEED / f"{name}.yaml").read_text(encoding="utf-8"))
               for name in ("preview", "report")}
    for i in range(n):
        case = root / f"case-{i:04d}"
        case.mkdir()
        for name, data in sources.items():
            claims = [dict(c) for c in data["claims"]]
            rng.shuffle(claims)
            for c in claims:
                c["id"] = f"{c['id']}-{i}"
            document = dict(data["document"])
            if "text" in document:  # the article beside the seed, so quotes are located as in the bundled case
                document["text"] = str((SEED / document["text"]).resolve())
            (case / f"{name}.yaml").write_text(
                yaml.safe_dump({"document": document, "claims": claims}, allow_unicode=True, sort_keys=False),
                encoding="utf-8")


def timed(command: list[str] | str, shell: bool = False) -> float:
    start = time.perf_counter()
    subprocess.run(command, shell=shell, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=ENV, executable="/bin/bash" if shell else None)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="case folders to generate")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each batch command (median)")
    parser.add_argument("--loop", type=int, default=None, help="folders the shell loop runs on (default: all)")
    args = parser.parse_args()
    exe = summitcheck()
    with tempfile.TemporaryDirectory(prefix="summitcheck-batch-") as tmp:
        root = Path(tmp) / "cases"
        root.mkdir()
        generate(root, args.n)
        loop_n = min(args.loop or args.n, args.n)
        folders = sorted(root.iterdir())[:loop_n]
        listing = Path(tmp) / "folders.txt"
        listing.write_text("".join(f"{f}\n" for f in folders), encoding="utf-8")
        timed([exe, "check", str(folders[0]), "-f", "json"])  # warm-up: file cache, bytecode
        timed([exe, "batch", str(root), "-f", "json"])
        batch = {jobs: [] for jobs in ("0", "1", "2")}
        for _ in range(args.repeat):
            for jobs, runs in batch.items():
                runs.append(timed([exe, "batch", str(root), "-f", "json", "--jobs", jobs]))
        loop = timed(f'while read -r d; do "{exe}" check "$d" -f json > /dev/null; done < "{listing}"', shell=True)
        loop_all = loop * args.n / loop_n
        median = {jobs: statistics.median(runs) for jobs, runs in batch.items()}
    cores = os.cpu_count()
    scaled = "" if loop_n == args.n else f" (ran on {loop_n}, scaled to {args.n})"
    print(f"{args.n} case folders, {cores} cores, batch medians of {args.repeat}")
    print(f"(e) shell loop of `check`: {loop_all:.1f} s{scaled}; batch on all cores: {median['0']:.2f} s; "
          f"ratio {median['0'] / loop_all:.3f} (target ≤ 0.05)")
    print(f"(f) batch --jobs 1: {median['1']:.2f} s; --jobs 2: {median['2']:.2f} s; "
          f"speed-up {median['1'] / median['2']:.2f}× (target ≥ 1.6×)")


if __name__ == "__main__":
    main()
