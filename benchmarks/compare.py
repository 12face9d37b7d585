"""Commands timed side by side: fresh processes alternated, medians of wall and CPU time, ratios to the first.

For a before/after on a shared machine, where only ratios measured back to back mean much:
    python benchmarks/compare.py --repeat 15 \\
        "PYTHONPATH=/tmp/before/cli summitcheck check --format json" "summitcheck check --format json"
Each command runs through the shell (so an environment assignment may lead it), once to warm up, then
REPEAT times in turn; CPU time is the user + system time of the command and its children.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import time

# As benchmarks/bench.py: run from bytecode, as an installed package does.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: str) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("commands", nargs="+", help="shell commands; ratios are to the first")
    args = parser.parse_args()
    for command in args.commands:
        run(command)
    times: dict[str, list[tuple[float, float]]] = {c: [] for c in args.commands}
    for _ in range(args.repeat):
        for command in args.commands:
            times[command].append(run(command))
    first_wall = first_cpu = 0.0
    for command, runs in times.items():
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        first_wall, first_cpu = first_wall or wall, first_cpu or cpu
        print(f"wall {wall * 1000:9.1f} ms  CPU {cpu * 1000:9.1f} ms  ratio {wall / first_wall:.2f}x"
              f" (CPU {cpu / first_cpu:.2f}x)  {command}")


if __name__ == "__main__":
    main()
