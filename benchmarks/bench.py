"""Speed of summitcheck against its floors, measured side by side in one run.

(a) start-up: `summitcheck check --format json` on the bundled case against a
    bare `python -c "import typer, rich.console, rich.table, rapidfuzz.process, yaml"`;
    target ≤ 1.3×.
(b) scale: `summitcheck check P R --format json` on an N × N synthetic pair
    against the brute-force floor: libyaml load of both files plus
    rapidfuzz.process.cdist over every statement pair on all cores; target ≤ 1.0×.
(d) drafting: `summitcheck extract` on the seed report and `check --against` its
    text, beside `check` on the bundled claim files (no target: shown so a slow
    drafting rule is seen); then `extract` on a 45 KB and a 4.5 MB article (the
    seed articles repeated, their numbers varied so no sentence repeats): time
    is linear in the text read, and drafting stops at extract.MAX_CLAIMS claims
    or MAX_EXAMINED lines and sentences, so any article the 5 MB limit accepts
    is drafted in bounded time (target <= 10 s on 2 cores).
(c) bad input: the worst malformed files (deep nesting, an alias bomb, too many
    values, an oversized file, binary junk, a 19 MB string) each end with exit
    status 3 and one line; target ≤ 1 s each, with the peak memory shown.
(e) pairing bounds: the largest claim files the loader accepts, built to defeat
    pairing's candidate lists (12,000 near-identical claims; 18 MB of long
    claims); target <= 10 s each on 2 cores (see docs/pairing.md).
    The floor's scorer is fuzz.ratio, the cheapest rapidfuzz has (the strictest
    floor); token_set_ratio, what a naive fuzzy pairing would use, is shown too.
(f) drafting a 4,000-word article (the repository's articles, one after another,
    numbers shifted on each further pass) with `extract`, against `check` on the
    bundled case; target <= 1.5x (issue 14).
(g) figure links by the sentences (discrepancy._context_links): `check` on two raw
    articles of N sentences alike but for a division's name and the value
    (every sentence shares most of its words with every other), at N, 2N and 4N:
    the time should grow about linearly (4N within about 4x of N, not 16x).

Each command runs as a fresh process, alternated, REPEAT times; medians are
reported, of wall time and of CPU time (user + system of the process): on a
machine others share, the CPU times and their ratios are the steadier measure
((b)'s floor runs on all cores, so its wall time is the one to beat there).
Needs numpy for the floor (rapidfuzz's cdist returns a numpy array):
    pip install numpy && python benchmarks/bench.py [--n 3000] [--repeat 7] [--no-token-set] [--only a,b]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

FLOOR = """
import sys, yaml
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
docs = [yaml.load(open(p, encoding="utf-8"), Loader=yaml.CSafeLoader) for p in sys.argv[1:3]]
a, b = ([c["statement"] for c in d["claims"]] for d in docs)
process.cdist(a, b, scorer=getattr(fuzz, sys.argv[3]), processor=default_process, workers=-1)
"""


# An installed package runs from bytecode (pip compiles it), so the warm-up run
# may write .pyc files even where the shell sets PYTHONDONTWRITEBYTECODE.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


class Time:
    """Median wall and CPU (user + system) seconds of one command."""

    def __init__(self, wall: float, cpu: float) -> None:
        self.wall, self.cpu = wall, cpu

    def ms(self) -> str:
        return f"{self.wall * 1000:7.1f} ms (CPU {self.cpu * 1000:6.1f})"

    def s(self) -> str:
        return f"{self.wall:7.3f} s (CPU {self.cpu:6.3f})"

    def ratio(self, floor: Time) -> str:
        return f"ratio {self.wall / floor.wall:.2f}x (CPU {self.cpu / floor.cpu:.2f}x)"


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run (the CPU its process and any children used)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def median_times(commands: dict[str, list[str]], repeat: int) -> dict[str, Time]:
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for cmd in commands.values():  # one warm-up each: file cache, .pyc
        timed(cmd)
    for _ in range(repeat):
        for name, cmd in commands.items():
            runs[name].append(timed(cmd))
    return {name: Time(statistics.median(w for w, _ in t), statistics.median(c for _, c in t))
            for name, t in runs.items()}


def synthetic_case(folder: Path, n: int, seed: int = 7) -> tuple[Path, Path]:
    """Two claim files of n claims each, drawn from one Zipf-distributed vocabulary.

    Half the report claims restate a preview claim with some words changed, the
    rest are new; a fifth of the claims carry a figure on one of 300 metrics.
    """
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(6000)})
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    glue = ["the", "of", "to", "in", "will", "and", "a", "with", "for", "on"]
    metrics = [" ".join(rng.choices(vocab[:2000], k=3)) for _ in range(300)]

    def sentence() -> list[str]:
        words = rng.choices(vocab, weights, k=rng.randint(7, 14))
        return [w if rng.random() > 0.25 else f"{rng.choice(glue)} {w}" for w in words]

    def claim_yaml(i: int, words: list[str]) -> str:
        text = f"  - id: c{i}\n    statement: {' '.join(words).capitalize()}\n"
        if rng.random() < 0.2:
            value = f"${rng.randint(1, 900)} {rng.choice(['million', 'billion'])}"
            text += f"    figures:\n      - metric: {rng.choice(metrics)}\n        value: \"{value}\"\n"
        return text

    preview = [sentence() for _ in range(n)]
    report = []
    for i in range(n):
        if i % 2 == 0:
            words = list(preview[rng.randrange(n)])
            for k in rng.sample(range(len(words)), k=len(words) // 3):
                words[k] = rng.choices(vocab, weights)[0]
            report.append(words)
        else:
            report.append(sentence())
    paths = []
    for role, claims in (("preview", preview), ("report", report)):
        path = folder / f"{role}.yaml"
        body = "".join(claim_yaml(i, words) for i, words in enumerate(claims))
        path.write_text(f"document:\n  id: {role}\n  role: {role}\n  title: Synthetic {role}\nclaims:\n{body}",
                        encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def long_article(path: Path, seeds: Path, size: int) -> Path:
    """The seed articles repeated up to size bytes, each copy's numbers shifted so that no sentence repeats."""
    text = (seeds / "report.txt").read_text(encoding="utf-8") + "\n\n" + (seeds / "preview.txt").read_text(encoding="utf-8")
    copies: list[str] = []
    total, i = 0, 0
    while total < size:
        copies.append(_shifted(text, i))
        total += len(copies[-1].encode())
        i += 1
    path.write_text("\n\n".join(copies)[:size], encoding="utf-8")
    return path


def _shifted(text: str, by: int) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group()) + by), text)


def article_of_words(path: Path, root: Path, words: int) -> Path:
    """The repository's articles (seeds/, tests/articles/) one after another, numbers shifted on each
    further pass so no sentence repeats, cut at a paragraph once the article holds `words` words."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(root.glob("seeds/*/*.txt"))
               + sorted(root.glob("tests/articles/**/*.txt"))]
    paragraphs: list[str] = []
    count, i = 0, 0
    while count < words:
        for paragraph in _shifted(sources[i % len(sources)], i // len(sources)).split("\n\n"):
            if count >= words:
                break
            paragraphs.append(paragraph)
            count += len(paragraph.split())
        i += 1
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def alike_articles(folder: Path, n: int, seed: int = 5) -> tuple[Path, Path]:
    """A preview and a report of n sentences each, alike but for a division's name and the value: each figure's
    sentence shares most of its words with every other's (a results table written out), one word with its own."""
    rng = random.Random(seed)
    first, second = "Bal Cor Dun Fen Gar Hol Jin Kel Lor Mar Nor Pel Quin Ros Sal Tor Ul Ver Wen Yar".split(), \
        "ex ia ot an um or is el ap ud".split()
    names = [a + b for b in second for a in first]
    preview, report = ["Analysts set out what they expect."], ["The figures are out."]
    for k in range(n):
        name, value = names[k % len(names)], rng.randint(10, 990) / 10
        preview.append(f"Revenue at the {name} division is expected to rise to {value}% of sales in 2026, "
                       "analysts said.")
        report.append(f"Revenue at the {name} division rose to {value + rng.choice([0, 0.5, 3]):.1f}% of sales "
                      "in 2026, the company said.")
    paths = folder / f"alike-preview-{n}.txt", folder / f"alike-report-{n}.txt"
    for path, text in zip(paths, (preview, report), strict=True):
        path.write_text("\n\n".join(text) + "\n", encoding="utf-8")
    return paths


def discrepancies_and_figures(exe: str, preview: Path, report: Path) -> tuple[int, int]:
    """How many discrepancies the check reports, and how many figures the two files hold."""
    out = subprocess.run([exe, "check", str(preview), str(report), "--format", "json"],
                         check=True, capture_output=True, text=True, env=ENV).stdout
    figures = [sum(len(c.get("figures") or ()) for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"])
               for path in (preview, report)]
    return len(json.loads(out)["discrepancies"]), sum(figures)


def bad_inputs(folder: Path) -> dict[str, Path]:
    """The costliest malformed claim files the loader must refuse quickly."""
    files = {
        "deep nesting, 10 MB of '['": "document: " + "[" * 10_000_000,
        "alias bomb (9 levels)": "".join(
            f"l{i}: &l{i} [{', '.join([f'*l{i - 1}' if i else 'lol'] * 9)}]\n" for i in range(9)),
        "3 million values": "claims: [" + "1, " * 3_000_000 + "1]\n",
        "21 MB file": "# " + "x" * (21 * 1024 * 1024) + "\n",
        "19 MB string, wrong type": "document: '" + "x" * (19 * 1024 * 1024) + "'\nclaims: []\n",
    }
    paths = {}
    for i, (name, text) in enumerate(files.items()):
        paths[name] = folder / f"bad{i}.yaml"
        paths[name].write_text(text, encoding="utf-8")
    junk = folder / "junk.yaml"
    junk.write_bytes(random.Random(1).randbytes(19 * 1024 * 1024))
    paths["19 MB of random bytes"] = junk
    return paths


def hostile_pairs(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Claim files the loader accepts that make every report claim a candidate of every expectation."""
    rng = random.Random(3)
    vocab = [f"w{k}x" for k in range(3000)]
    kinds = {
        "12,000 near-identical claims": lambda i: f"The central bank will raise its policy rate, variant {i % 7}",
        "12,000 long claims (18 MB)": lambda _i: " ".join(rng.choices(vocab, k=230)),
    }
    pairs = {}
    for k, (name, statement) in enumerate(kinds.items()):
        paths = []
        for role in ("preview", "report"):
            path = folder / f"hostile{k}-{role}.yaml"
            body = "".join(f"  - id: c{i}\n    statement: {statement(i)}\n" for i in range(12_000))
            path.write_text(f"document: {{id: {role}, role: {role}, title: T}}\nclaims:\n{body}", encoding="utf-8")
            paths.append(path)
        pairs[name] = (paths[0], paths[1])
    return pairs


# Runs a command and prints its peak memory. A fresh small process does it:
# Linux children inherit their parent's high-water mark, which here is the
# bench's own, swollen by writing the files.
PEAK = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(proc.returncode, peak, len(proc.stdout), proc.stderr.count(chr(10)), proc.stderr.strip(), sep="\\t")
"""


def time_bad_input(exe: str, path: Path, report: Path) -> tuple[float, int, str]:
    """Seconds, peak resident memory (MB) and the message of one refused file."""
    start = time.perf_counter()
    wrapped = subprocess.run([sys.executable, "-c", PEAK, exe, "check", str(path), str(report)],
                             check=True, capture_output=True, text=True)
    took = time.perf_counter() - start
    code, peak, printed, lines, message = wrapped.stdout.rstrip("\n").split("\t", 4)
    if (code, printed, lines) != ("3", "0", "1"):
        raise SystemExit(f"{path}: expected exit 3 and one line, got {code}: {message[:300]!r}")
    return took, int(peak), message


SECTIONS = "abdcefg"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=3000, help="claims per synthetic article")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-token-set", action="store_true",
                        help="skip the informational token_set_ratio floor of (b) (minutes at --n 10000)")
    parser.add_argument("--only", default=SECTIONS, metavar="SECTIONS",
                        help=f"the sections to run, as letters: 'ab', 'e,f' (default: all, {SECTIONS})")
    args = parser.parse_args()
    only = set(args.only) - {","}
    if not only or only - set(SECTIONS):
        parser.error(f"--only takes letters among {SECTIONS}")
    exe = shutil.which("summitcheck")
    if exe is None:
        sys.exit("summitcheck is not installed in this environment (pip install .)")
    py = sys.executable
    root = Path(__file__).resolve().parent.parent

    if "a" in only:
        startup = median_times({
            "summitcheck": [exe, "check", "--format", "json"],
            "imports": [py, "-c", "import typer, rich.console, rich.table, rapidfuzz.process, yaml"],
        }, args.repeat * 3)
        print(f"(a) start-up, bundled case        summitcheck {startup['summitcheck'].ms()}"
              f"   bare imports {startup['imports'].ms()}"
              f"   {startup['summitcheck'].ratio(startup['imports'])}  (target <= 1.3x)")

    if "b" in only:
        with tempfile.TemporaryDirectory() as tmp:
            p, r = synthetic_case(Path(tmp), args.n)
            commands = {
                "summitcheck": [exe, "check", str(p), str(r), "--format", "json"],
                "ratio": [py, "-c", FLOOR, str(p), str(r), "ratio"],
            }
            if not args.no_token_set:
                commands["token_set_ratio"] = [py, "-c", FLOOR, str(p), str(r), "token_set_ratio"]
            scale = median_times(commands, args.repeat)
            found, figures = discrepancies_and_figures(exe, p, r)
        print(f"(b) {args.n} x {args.n} synthetic pair      summitcheck {scale['summitcheck'].s()}"
              f"   floor (cdist ratio, all cores) {scale['ratio'].s()}"
              f"   {scale['summitcheck'].ratio(scale['ratio'])}  (target <= 1.0x)"
              + (f"   [cdist token_set_ratio {scale['token_set_ratio'].s()}]" if "token_set_ratio" in scale else ""))
        print(f"    discrepancies {found:,} (target <= {figures:,}, the figures of both files: one link each)")

    seeds = root / "seeds" / "trump-ishiba-2025"
    claims = root / "claims" / "trump-ishiba-2025"
    if "d" in only:
        with tempfile.TemporaryDirectory() as tmp:
            drafting = median_times({
                "extract": [exe, "extract", str(seeds / "report.txt"), "--role", "report", "-o",
                            str(Path(tmp) / "r.yaml"), "--force"],
                "against": [exe, "check", str(claims / "preview.yaml"), "--against", str(seeds / "report.txt"),
                            "--format", "json"],
                "check": [exe, "check", "--format", "json"],
            }, args.repeat * 3)
        print(f"(d) drafting from text             extract report.txt {drafting['extract'].ms()}"
              f"   check --against report.txt {drafting['against'].ms()}"
              f"   check on claim files {drafting['check'].ms()}")

        with tempfile.TemporaryDirectory() as tmp:
            sizes = {"45 KB": 45 * 1024, "4.5 MB": int(4.5 * 1024 * 1024)}
            big = {name: long_article(Path(tmp) / f"{i}.txt", seeds, size)
                   for i, (name, size) in enumerate(sizes.items())}
            scaled = median_times({name: [exe, "extract", str(path), "--role", "report", "-o", str(path) + ".yaml",
                                          "--force"] for name, path in big.items()}, args.repeat)
            for name, path in big.items():
                drafted = subprocess.run([exe, "extract", str(path), "--role", "report"], capture_output=True,
                                         text=True, check=True).stderr.strip()
                stopped = drafted.split("drafting stopped at ", 1)[1].split(":")[0] \
                    if "stopped at" in drafted else "none"
                print(f"    extract, {name:6} article        {scaled[name].s()}   stopped at: {stopped}")

    if "c" in only:
        print("(c) bad input (target <= 1 s each), with the peak memory of each run")
        with tempfile.TemporaryDirectory() as tmp:
            report = Path(tmp) / "report.yaml"
            report.write_text("document: {id: r, role: report, title: R}\nclaims:\n  - {id: a, statement: S}\n")
            for name, path in bad_inputs(Path(tmp)).items():
                took, peak, message = time_bad_input(exe, path, report)
                print(f"    {name:28} {took:6.3f} s  {peak:5d} MB   {message.split(': ', 1)[1][:70]}")

    if "e" in only:
        print("(e) pairing bounds (target <= 10 s each), one run each")
        with tempfile.TemporaryDirectory() as tmp:
            for name, (p, r) in hostile_pairs(Path(tmp)).items():
                wall, cpu = timed([exe, "check", str(p), str(r), "--format", "json"])
                print(f"    {name:28} {Time(wall, cpu).s()}")

    if "f" in only:
        with tempfile.TemporaryDirectory() as tmp:
            article = article_of_words(Path(tmp) / "article.txt", root, 4000)
            times = median_times({
                "extract": [exe, "extract", str(article), "--role", "report", "-o", str(Path(tmp) / "a.yaml"),
                            "--force"],
                "check": [exe, "check", "--format", "json"],
            }, args.repeat * 3)
        print(f"(f) extract, 4,000-word article    {times['extract'].ms()}   check, bundled case {times['check'].ms()}"
              f"   {times['extract'].ratio(times['check'])}  (target <= 1.5x)")

    if "g" in only:
        with tempfile.TemporaryDirectory() as tmp:
            sizes = (100, 200, 400)
            pairs = {n: alike_articles(Path(tmp), n) for n in sizes}
            times = median_times({str(n): [exe, "check", str(p), str(r), "--format", "json"]
                                  for n, (p, r) in pairs.items()}, args.repeat)
        shown = "   ".join(f"{n} sentences {times[str(n)].s()}" for n in sizes)
        print(f"(g) figure links, alike sentences  {shown}   "
              f"{sizes[-1] // sizes[0]}x the sentences: {times[str(sizes[-1])].ratio(times[str(sizes[0])])} "
              f"(linear: about {sizes[-1] // sizes[0]}x)")


if __name__ == "__main__":
    main()
