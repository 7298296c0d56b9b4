"""Everything analyze() says about each text, one JSON line per document (findings with code,
span, message and fix; entities; the document model), for a speed change's identity check: dump
on the start code and on the branch, then compare the two files (`cmp`, `diff`).

    PYTHONPATH=$PWD python bench/dump_analysis.py OUT.jsonl tests/real /work/dev_sets/real16 seeds

Folders are read for their *.txt files, recursively, in sorted order. Name the folders: this
script has no default list, so a held-out set is never read by accident.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from minutes_app.core.engine import analyze


def documents(sources: list[str]) -> list[Path]:
    found: list[Path] = []
    for source in map(Path, sources):
        found.extend(sorted(source.rglob("*.txt")) if source.is_dir() else [source])
    return found


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    paths = documents(argv[1:])
    with open(argv[0], "w", encoding="utf-8") as out:
        for path in paths:
            record = {"path": str(path), **analyze(path.read_text(encoding="utf-8")).to_json()}
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    print(f"{len(paths)} documents → {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
