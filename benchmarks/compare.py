"""Commands timed side by side: fresh processes alternated, medians of wall and CPU time, ratios to the first.

For a before/after on a shared machine, where only ratios measured back to back mean much:
    python benchmarks/compare.py --repeat 15 \\
        "PYTHONPATH=/tmp/before/cli summitcheck check --format json" "summitcheck check --format json"
Each command runs through the shell (so an environment assignment may lead it), once to warm up, then
REPEAT times in turn; CPU time is the user + system time of the command and its children.
"""

from __future__ import annotations

import argparse

from bench import median_times  # the bench's own timing: warm-up, alternated runs, medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("commands", nargs="+", help="shell commands; ratios are to the first")
    args = parser.parse_args()
    # through the shell, so an environment assignment may lead a command
    times = median_times({c: ["sh", "-c", c] for c in args.commands}, args.repeat)
    first = times[args.commands[0]]
    for command, t in times.items():
        print(f"wall {t.wall * 1000:9.1f} ms  CPU {t.cpu * 1000:9.1f} ms  ratio {t.wall / first.wall:.2f}x"
              f" (CPU {t.cpu / first.cpu:.2f}x)  {command}")


if __name__ == "__main__":
    main()
