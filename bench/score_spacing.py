"""How the spacing check does on a set written by an author who never read it (tests/blind_spacing):
slips flagged (a spacing finding over the slip's span) and fixed right (accepting the finding's
suggestion writes the author's correction there), by kind; correct look-alikes with a spacing finding.

    python bench/score_spacing.py [FOLDER]   # default tests/blind_spacing

The folder holds spacing.jsonl: {"text", "wrong", "right", "kind", "note"}, "wrong" null on a correct
sentence. Only aggregates are printed for a folder whose name starts with "blind" (held out).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_app.core.engine import analyze  # noqa: E402


def score(folder: Path) -> tuple[Counter, list[str]]:
    counts: Counter = Counter()
    misses = []
    for line in (folder / "spacing.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text, wrong = item["text"], item["wrong"]
        found = [f for f in analyze(text).findings if f.code == "spacing"]
        if wrong is None:
            counts["clean"] += 1
            if found:
                counts["clean flagged"] += 1
                misses.append(f"false: {[f.text for f in found]} in {text!r}")
            continue
        kind = item["kind"]
        counts[f"{kind}"] += 1
        start = text.index(wrong)
        end = start + len(wrong)
        hits = [f for f in found if f.start < end and start < f.end]
        if not hits:
            misses.append(f"missed {kind}: {wrong!r} in {text!r}")
            continue
        counts[f"{kind} flagged"] += 1
        fixed = text[:start] + item["right"] + text[end:]
        if any(text[:f.start] + (f.suggestion or "") + text[f.end:] == fixed for f in hits):
            counts[f"{kind} fixed"] += 1
        else:
            misses.append(f"fix {kind}: {[(f.text, f.suggestion) for f in hits]} for {wrong!r} → {item['right']!r}")
    return counts, misses


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "blind_spacing"
    counts, misses = score(folder)
    kinds = sorted({k.split(" ")[0] for k in counts if k.split(" ")[0] != "clean"})
    slips = sum(counts[k] for k in kinds)
    for kind in kinds:
        print(f"{kind:22s} {counts[kind + ' flagged']}/{counts[kind]} flagged, {counts[kind + ' fixed']} fixed right")
    print(f"slips flagged          {sum(counts[k + ' flagged'] for k in kinds)}/{slips}, "
          f"fixed right {sum(counts[k + ' fixed'] for k in kinds)}")
    print(f"correct look-alikes    {counts['clean flagged']}/{counts['clean']} with a spacing finding")
    if not folder.resolve().name.startswith("blind"):
        print("\n".join(misses))


if __name__ == "__main__":
    main()
