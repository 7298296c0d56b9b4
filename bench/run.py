"""`make bench`: every benchmark in one run, each printing its measured figures with its goal."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

GOALS = {
    "speedup_vs_ner": ("≥", 30),
    "recheck_one_paragraph_ms": ("≤", 50),
    "keystroke_max_ms": ("≤", 16),
    "keystroke_to_highlight_ms": ("≤", 500),
    "export_seconds": ("≤", 2),
    "hostile_slowest_paragraph_s": ("≤", 0.5),
}


def main() -> int:
    for name in ("bench_engine", "bench_gui", "bench_export", "bench_hostile", "score_corpus"):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            print(f"[{name}] bỏ qua: {err}")
            continue
        print(f"[{name}]")
        for key, value in module.run().items():
            goal = GOALS.get(key)
            verdict = ""
            if goal:
                sign, limit = goal
                ok = value >= limit if sign == "≥" else value <= limit
                verdict = f"   (mục tiêu {sign} {limit}: {'đạt' if ok else 'CHƯA ĐẠT'})"
            print(f"  {key:45s} {value:>14,.1f}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
