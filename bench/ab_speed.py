"""A speed change measured against its base, in the same minutes: the engine's CPU seconds on the bench corpus
(bench_engine.corpus, ~200k characters), each tree run in turn, round after round, and the best of each kept. On a
machine other sessions share, wall and CPU time vary ×2 with their load: only runs interleaved this way compare.

    PYTHONPATH=$PWD python bench/ab_speed.py BASE_TREE [ROUNDS] [--instructions]

BASE_TREE is a checkout of the base commit (``git archive <commit> | tar -x -C /tmp/base``); the branch is the
current directory. ``--instructions`` also counts, once per tree, the machine instructions of one analysis under
valgrind's callgrind (the process with the analysis less the process that only warms up): a count the load does not
move. (``perf stat -e instructions`` reads the same where the machine exposes its counters; a virtual machine often
does not.) Callgrind runs ~50× slower: minutes per tree.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# One run in a fresh process: word lists and patterns warmed on another text first (start-up is not throughput),
# then the engine's CPU seconds on the corpus, best of three, no per-line cache carried between them.
_TIMED = """
import sys, time
sys.path.insert(0, '.')
from bench.bench_engine import corpus, _line_caches
from minutes_app.core.engine import Analyzer
text = corpus()
Analyzer().analyze(corpus(20_000).replace("(bản", "(mẫu")).structure.built()
if sys.argv[1] == "time":
    best = float("inf")
    for _ in range(3):
        for cache in _line_caches():
            cache.cache_clear()
        analyzer = Analyzer()
        start = time.process_time()
        analyzer.analyze(text)
        best = min(best, time.process_time() - start)
    print(best)
elif sys.argv[1] == "analyse":
    for cache in _line_caches():
        cache.cache_clear()
    Analyzer().analyze(text)
"""


def _run(tree: Path, mode: str, prefix: list[str] | None = None) -> str:
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    if prefix:
        # Counted instructions move with the hash seed (set orders, the collector's walks) and with whether a tree's
        # modules load from bytecode or are compiled: measured, a 5 % difference between two runs of trees 0.3 %
        # apart. So one seed, and each tree compiled beforehand (instructions()).
        env["PYTHONHASHSEED"] = "0"
    done = subprocess.run([*(prefix or []), sys.executable, "-c", _TIMED, mode], cwd=tree, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def seconds(tree: Path) -> float:
    return float(_run(tree, "time"))


def instructions(tree: Path) -> int:
    """Instructions of one analysis: callgrind's total for a process that analyses, less one that only warms up."""
    totals = {}
    subprocess.run([sys.executable, "-m", "compileall", "-q", "minutes_app", "bench"], cwd=tree, check=True,
                   stdout=subprocess.DEVNULL, env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("warm", "analyse"):
            out = Path(folder) / f"{mode}.out"
            _run(tree, mode, ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"])
            totals[mode] = int(re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE).group(1))
    return totals["analyse"] - totals["warm"]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    base, branch = Path(argv[0]).resolve(), Path.cwd()
    rounds = int(argv[1]) if len(argv) > 1 and argv[1].isdigit() else 4
    best = {"base": float("inf"), "branch": float("inf")}
    for k in range(rounds):
        # each tree first in every other round: neither always runs in the other's wake
        order = (("base", base), ("branch", branch)) if k % 2 == 0 else (("branch", branch), ("base", base))
        for side, tree in order:
            best[side] = min(best[side], seconds(tree))
        print(f"round {k + 1}: best base {best['base']:.3f} s, branch {best['branch']:.3f} s", flush=True)
    print(f"branch/base CPU time {best['branch'] / best['base']:.3f}")
    if "--instructions" in argv:
        counts = {side: instructions(tree) for side, tree in (("base", base), ("branch", branch))}
        print(f"instructions of one analysis: base {counts['base']:,}, branch {counts['branch']:,} "
              f"({counts['branch'] / counts['base']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
