"""Recall on real phrasing: a "mutation bank" of passages copied from real public reports, each as a
clean twin ``<name>_ok.txt`` and a twin ``<name>_mut.txt`` with one number changed (a clerk's slip),
both with ``.expected.json`` ({"clean", "planted": [{"code", "text", "note"}]}, as tests/dev_quantities).

    python bench/score_pairs.py FOLDER

A mutated twin counts as caught when it has an error or warning its clean twin lacks (compared by
code and message): the checker's verdict on the change, wherever it puts the finding; "same code"
and "on span" narrow that to the planted code and to a finding over the changed number. Clean twins
(those the bank marks clean) count documents with an error and with any error or warning. Only
aggregates are printed, so a held-out bank can be scored without being read.
Such banks stay outside the repository: the passages are other people's text, copied to measure.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_app.core.engine import analyze  # noqa: E402


def _findings(path: Path):
    analysis = analyze(path.read_text(encoding="utf-8"))
    return analysis, [f for f in analysis.findings if f.severity.value in ("error", "warning")]


def score(folder: Path) -> tuple[dict[str, Counter], tuple[int, int, int]]:
    counts = {name: Counter() for name in ("pairs", "caught", "same code", "on span")}
    for mutated in sorted(folder.glob("*_mut.txt")):
        planted = json.loads(mutated.with_suffix(".expected.json").read_text(encoding="utf-8"))["planted"][0]
        code = planted["code"]
        analysis, found = _findings(mutated)
        clean = mutated.with_name(mutated.name.replace("_mut.txt", "_ok.txt"))
        before = Counter((f.code, f.message) for f in _findings(clean)[1]) if clean.exists() else Counter()
        new = []
        for finding in found:  # the mutated twin's findings its clean twin does not have
            key = (finding.code, finding.message)
            if before[key]:
                before[key] -= 1
            else:
                new.append(finding)
        start = analysis.text.find(planted["text"])
        end = start + len(planted["text"])
        counts["pairs"][code] += 1
        counts["caught"][code] += bool(new)
        counts["same code"][code] += any(f.code == code or code == "other" for f in new)
        counts["on span"][code] += any(f.start < end and start < f.end for f in new)
    clean_twins = with_error = with_any = 0
    for clean in sorted(folder.glob("*_ok.txt")):
        if not json.loads(clean.with_suffix(".expected.json").read_text(encoding="utf-8")).get("clean", True):
            continue  # the source itself holds an arithmetic slip
        clean_twins += 1
        found = _findings(clean)[1]
        with_error += any(f.severity.value == "error" for f in found)
        with_any += bool(found)
    return counts, (clean_twins, with_error, with_any)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    counts, (clean_twins, with_error, with_any) = score(Path(argv[0]))
    names = list(counts)
    print(f"{'code':28s}" + "".join(f"{name:>11s}" for name in names))
    for code in sorted(counts["pairs"]):
        print(f"{code:28s}" + "".join(f"{counts[name][code]:11d}" for name in names))
    print(f"{'total':28s}" + "".join(f"{sum(counts[name].values()):11d}" for name in names))
    print(f"clean twins {clean_twins}: with an error {with_error}, with any error or warning {with_any}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
