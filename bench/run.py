"""`make bench`: every benchmark in one run, each printing its measured figures with its goal."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# key: (sign, limit) or (sign, limit, aim): the aim is the figure we want, the limit the bound.
GOALS = {
    "check_one_seed_s": ("≤", 0.5, 0.3),
    "check_one_seed_cpu_s": ("≤", 0.5, 0.3),  # the same run's CPU time: holds on a busy machine
    "window_first_highlights_s": ("≤", 1.5),
    "window_process_cpu_s": ("≤", 1.5),  # the whole editor process, closing included
    "speedup_vs_ner": ("≥", 30),
    "check_process_speedup_vs_ner": ("≥", 20, 30),  # the whole `minutes-app check` process, start-up included
    "recheck_one_paragraph_ms": ("≤", 50),
    "keystroke_max_ms": ("≤", 16),
    "keystroke_to_highlight_ms": ("≤", 500),
    "export_seconds": ("≤", 2),
    "structure_share_percent": ("≤", 10),
    "completion_keystroke_max_ms": ("≤", 50),
    "hostile_slowest_paragraph_s": ("≤", 0.5),
    "words.misspellings.flagged": ("≥", 0.8),  # issue 17's targets on the blind words set
    "words.misspellings.right_fix": ("≥", 0.75),
    "words.lookalikes.flagged_share": ("≤", 0.04),
    "words.officials.name_f1": ("≥", 0.95),
    "words.officials.title_f1": ("≥", 0.95),
    "real.precision": ("≥", 0.85),
}


def main() -> int:
    for name in ("bench_startup", "bench_engine", "bench_gui", "bench_export", "bench_completion", "bench_hostile",
                 "score_corpus", "score_words", "score_real"):
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
                sign, limit, *aim = goal
                ok = value >= limit if sign == "≥" else value <= limit
                aimed = f", nhắm tới {aim[0]}" if aim else ""
                verdict = f"   (mục tiêu {sign} {limit}{aimed}: {'đạt' if ok else 'CHƯA ĐẠT'})"
            digits = 2 if abs(value) < 10 else 1  # start-up seconds need their hundredths
            print(f"  {key:45s} {value:>14,.{digits}f}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
