"""Precision on real public text nobody on the project wrote (tests/real/): every error and
warning the checker gives, against the verdict a person gave it by hand (tests/real/judgments.json).

Prints the counts (true, false, not yet judged) and the unjudged findings to judge; with
--record, adds the current findings to judgments.json marked "?" for a person to fill in;
every verdict already given stays, also for findings the checker no longer gives (a rule may
come back on another branch, and its verdict must not be lost on the merge). Never tune a rule to one of these sentences.
--folder DIR scores another folder of real texts with its own judgments.json (a batch kept outside
the repository: other people's pages, gathered to measure, not to ship).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_app.core.engine import analyze  # noqa: E402

FOLDER = ROOT / "tests" / "real"
JUDGMENTS = FOLDER / "judgments.json"


def findings() -> list[dict]:
    """Every error and warning on the real set, keyed by file, code and the words around it."""
    found = []
    for path in sorted(FOLDER.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for f in analyze(text).findings:
            if f.severity.value in ("error", "warning"):
                context = text[max(0, f.start - 20):f.end + 20].replace("\n", " / ")
                found.append({"file": path.name, "code": f.code, "severity": f.severity.value,
                              "text": f.text, "context": context, "suggestion": f.suggestion})
    return found


def key(item: dict) -> tuple[str, str, str]:
    return item["file"], item["code"], item["context"]


def load() -> dict[tuple[str, str, str], dict]:
    if not JUDGMENTS.exists():
        return {}
    return {key(item): item for item in json.loads(JUDGMENTS.read_text(encoding="utf-8"))}


def score() -> dict[str, int]:
    judged = load()
    counts = {"findings": 0, "errors": 0, "errors_not_judged_right": 0, "true": 0, "false": 0, "unjudged": 0}
    for item in findings():
        counts["findings"] += 1
        verdict = judged.get(key(item), {}).get("verdict", "?")
        counts["errors"] += item["severity"] == "error"
        counts["errors_not_judged_right"] += item["severity"] == "error" and verdict != "true"
        counts[{"true": "true", "false": "false"}.get(verdict, "unjudged")] += 1
    return counts


def run() -> dict[str, float]:
    """The figures, for `make bench`."""
    counts = score()
    judged = counts["true"] + counts["false"]
    return {**{f"real.{k}": float(v) for k, v in counts.items()},
            "real.precision": round(counts["true"] / judged, 3) if judged else 0.0}


def record() -> None:
    judged = load()
    for item in findings():
        if key(item) not in judged:
            judged[key(item)] = {**item, "verdict": "?"}
    items = sorted(judged.values(), key=key)
    JUDGMENTS.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--folder" in sys.argv:
        FOLDER = Path(sys.argv[sys.argv.index("--folder") + 1]).resolve()
        JUDGMENTS = FOLDER / "judgments.json"
    if "--record" in sys.argv:
        record()
    counts = score()
    judged = counts["true"] + counts["false"]
    precision = counts["true"] / judged if judged else float("nan")
    for name, value in counts.items():
        print(f"real.{name:20s} {value}")
    print(f"real.precision           {precision:.3f} (of {judged} judged)")
