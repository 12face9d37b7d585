"""How a run from the console script ends: cli.entry() leaves as the interpreter would, less the teardown
(freeing every object a long check built), and the collector leaves a check's objects alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import SEED_CASE

# A witness that the teardown frees says so (garbage in a reference cycle, built once the run has started, which
# the interpreter's last collection finds); an exit handler says it ran.  argv: thread or not, entry, command line.
SCRIPT = """
import atexit, gc, os, sys, threading, time
class Witness:
    def __del__(self, write=os.write):
        write(2, b"torn down\\n")
def freeze(freeze=gc.freeze):
    freeze()
    witness = Witness()
    witness.itself = witness
    if thread:  # still running when the command is done
        threading.Thread(target=time.sleep, args=(1,)).start()
gc.freeze = freeze
atexit.register(lambda: sys.stderr.write("exit handler ran\\n"))
thread = sys.argv[1] == "thread"
entry = sys.argv[2]
sys.argv = ["summitcheck", *sys.argv[3:]]
from summitcheck import cli
getattr(cli, entry)()
"""


def _run(entry: str, *args: str, thread: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, "thread" if thread else "-", entry, *args],
                          capture_output=True, text=True, timeout=900)  # a loaded machine


@pytest.mark.parametrize("args", [
    ("check", str(SEED_CASE), "-f", "json"),  # findings: status 1
    ("check", str(SEED_CASE / "preview.yaml"), str(SEED_CASE / "preview.yaml")),  # bad input: status 3
    ("--version",),
    ("check", "--no-such-option"),  # a usage error
])
def test_entry_ends_as_run_does_without_the_teardown(args: tuple[str, ...]) -> None:
    quick, usual = _run("entry", *args), _run("run", *args)
    assert (quick.returncode, quick.stdout) == (usual.returncode, usual.stdout)
    assert quick.stderr == usual.stderr.replace("torn down\n", "")
    assert "exit handler ran" in quick.stderr and "torn down" in usual.stderr and "torn down" not in quick.stderr


def test_entry_leaves_a_running_thread_to_the_interpreter() -> None:
    done = _run("entry", "--version", thread=True)
    assert done.returncode == 0 and "exit handler ran" in done.stderr and "torn down" in done.stderr


def test_the_console_script_and_python_m_take_entry() -> None:
    root = Path(__file__).parent.parent
    assert 'summitcheck = "summitcheck.cli:entry"' in (root / "pyproject.toml").read_text(encoding="utf-8")
    assert "from .cli import entry" in (root / "cli" / "summitcheck" / "__main__.py").read_text(encoding="utf-8")


# Collections of the youngest generation after start-up, while a check of two 1,000-claim files runs.
COUNTING = """
import gc, sys
sys.argv = ["summitcheck", "check", sys.argv[1], sys.argv[2], "-f", "json"]
from summitcheck import cli
passes = []
gc.callbacks.append(lambda phase, info: passes.append(info["generation"]) if phase == "start" else None)
try:
    cli.run()
except SystemExit:
    pass
sys.stderr.write(f"passes {passes.count(0)}\\n")
"""


def test_a_check_of_two_thousand_claims_leaves_the_collector_idle(tmp_path: Path) -> None:
    words = [f"w{k}x" for k in range(400)]
    for role, shift in (("preview", 0), ("report", 7)):
        body = "".join(f"  - id: c{i}\n    statement: {' '.join(words[(i * 13 + j * shift + j * j) % 400] for j in range(12))}\n"
                       for i in range(1000))
        (tmp_path / f"{role}.yaml").write_text(f"document:\n  id: {role}\n  role: {role}\n  title: {role}\nclaims:\n{body}",
                                              encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", COUNTING, str(tmp_path / "preview.yaml"), str(tmp_path / "report.yaml")],
                          capture_output=True, text=True, timeout=900)
    assert json.loads(done.stdout)["summary"]
    assert done.stderr.strip().splitlines()[-1] == "passes 0", done.stderr
