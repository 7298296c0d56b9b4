"""How the language checks and the officials detector do on tests/blind_words, a set written
by an author who never read the engine (scored, never tuned to).

- misspellings: share flagged (a words-family finding overlapping the wrong span) and share
  whose first suggestion gives exactly the author's correction; by error type;
- correct look-alikes: share with a words-family warning or error anywhere in the sentence;
- officials: name F1, title F1 (per person, case and tone placement folded), former kept.

    python bench/score_words.py [FOLDER]   # default tests/blind_words

A folder holding spelling.jsonl and/or officials.jsonl in the same format (a dev set) may be
given. Misses are listed only for a folder whose name does not start with "blind": a held-out
set is read as aggregates, never as its sentences.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_app.core.engine import analyze  # noqa: E402
from minutes_app.core.text import fold, to_old_tone_style  # noqa: E402

FOLDER = ROOT / "tests" / "blind_words"
WORD_CODES = {"spelling", "real-word", "repeated-word", "split-word", "acronym-doubled", "legacy-damage"}


def _lines(name: str, folder: Path = FOLDER) -> list[dict]:
    path = folder / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _blind(folder: Path) -> bool:
    return folder.resolve().name.startswith("blind")


def _word_findings(analysis):
    return [f for f in analysis.findings if f.code in WORD_CODES and f.severity.value in ("error", "warning")]


def score_spelling(folder: Path = FOLDER, misses: list[str] | None = None) -> dict[str, float]:
    """The spelling figures; ``misses``, when given, collects what was missed or wrongly flagged."""
    flagged, fixed, total = Counter(), Counter(), Counter()
    false_flags, correct = 0, 0
    misses = [] if misses is None else misses
    items = _lines("spelling.jsonl", folder)
    if not items:
        return {}
    for item in items:
        text = item["text"]
        findings = _word_findings(analyze(text))
        if item["kind"] == "correct":
            correct += 1
            false_flags += bool(findings)
            if findings:
                misses.append(f"look-alike flagged: {text!r}: " + "; ".join(
                    f"{f.code} {text[f.start:f.end]!r} → {f.suggestion!r}" for f in findings))
            continue
        kind = item["type"]
        total[kind] += 1
        start = text.index(item["wrong"])
        end = start + len(item["wrong"])
        hits = [f for f in findings if f.start < end and start < f.end]
        if not hits:
            misses.append(f"missed {kind}: {item['wrong']!r} → {item['right']!r} in {text!r}")
            continue
        flagged[kind] += 1
        expected = text[:start] + item["right"] + text[end:]
        right = any(f.suggestion is not None and text[:f.start] + f.suggestion + text[f.end:] == expected
                    for f in hits)
        fixed[kind] += right
        if not right:
            misses.append(f"wrong fix {kind}: {item['wrong']!r} → {item['right']!r}, offered "
                          + ", ".join(repr(f.suggestion) for f in hits))
    figures = {f"misspellings.{k}": f"{flagged[k]}/{total[k]} flagged, {fixed[k]} fixed right" for k in sorted(total)}
    n = sum(total.values())
    figures["misspellings.flagged"] = round(sum(flagged.values()) / n, 3)
    figures["misspellings.right_fix"] = round(sum(fixed.values()) / n, 3)
    figures["lookalikes.flagged"] = f"{false_flags}/{correct}"
    figures["lookalikes.flagged_share"] = round(false_flags / correct, 3) if correct else 0.0
    return figures


def _key(title: str) -> str:
    return to_old_tone_style(" ".join(title.replace(" ,", ",").split()).lower())


def score_officials(folder: Path = FOLDER, misses: list[str] | None = None) -> dict[str, float]:
    tp = fp = fn = 0
    title_tp = title_fp = title_fn = 0
    former_ok = former_total = 0
    misses = [] if misses is None else misses
    items = _lines("officials.jsonl", folder)
    if not items:
        return {}
    for item in items:
        analysis = analyze(item["text"])
        found: dict[str, set[str]] = {}
        marked: dict[str, set[str]] = {}  # the titles found as former ("nguyên …", or the person is former)
        for entity in analysis.entities_of("official"):
            name = entity.get("name")
            titles = entity.get("titles") or []
            found.setdefault(fold(name), set()).update(_key(_unmarked(t)) for t in titles)
            marked.setdefault(fold(name), set()).update(
                _key(_unmarked(t)) for t in titles if entity.get("former") or _unmarked(t) != t)
        # One person may be listed twice, once with former titles and once with current ones
        # ("nguyên X, nay là Y"; a rank kept for life before a former post): one person, both sets.
        gold: dict[str, dict] = {}
        for o in item["officials"]:
            person = gold.setdefault(fold(o["name"]), {"titles": [], "former_titles": set(), "current": False})
            person["titles"] += o["titles"]
            if o.get("former"):
                person["former_titles"].update(_key(t) for t in o["titles"])
            else:
                person["current"] = True
        wrong = []
        for key in sorted(found.keys() - gold.keys()):
            wrong.append(f"extra person {key!r}")
        for key in sorted(gold.keys() - found.keys()):
            wrong.append(f"missed person {key!r}")
        for key in sorted(gold.keys() & found.keys()):
            expected = {_key(t) for t in gold[key]["titles"]}
            if found[key] != expected:
                wrong.append(f"{key!r}: titles {sorted(found[key])} ≠ {sorted(expected)}")
            if not _former_kept(gold[key], found[key], marked.get(key, set())):
                wrong.append(f"{key!r}: former lost")
        if wrong:
            misses.append(f"{item['text']!r}\n    " + "\n    ".join(wrong))
        tp += len(gold.keys() & found.keys())
        fp += len(found.keys() - gold.keys())
        fn += len(gold.keys() - found.keys())
        for key, person in gold.items():
            expected = {_key(t) for t in person["titles"]}
            got = found.get(key, set())
            title_tp += len(expected & got)
            title_fp += len(got - expected)
            title_fn += len(expected - got)
            if person["former_titles"]:
                former_total += 1
                former_ok += key in found and _former_kept(person, got, marked.get(key, set()))

    def f1(a, b, c):
        return round(2 * a / (2 * a + b + c), 3) if a else 0.0

    return {"officials.name_f1": f1(tp, fp, fn), "officials.names": f"tp {tp} fp {fp} fn {fn}",
            "officials.title_f1": f1(title_tp, title_fp, title_fn),
            "officials.former_kept": f"{former_ok}/{former_total}",
            "officials.former_kept_share": round(former_ok / former_total, 3) if former_total else 1.0}


def _unmarked(title: str) -> str:
    """The title without the word that marks it former ("nguyên", "cựu"), which the sets leave out."""
    for marker in ("nguyên ", "cựu "):
        if title.startswith(marker):
            return title[len(marker):]
    return title


def _former_kept(gold: dict, found: set[str], marked: set[str]) -> bool:
    """A former person comes out as former (the person, or a title written "nguyên …"); one listed
    with former and current titles must have every former one that was found marked."""
    if not gold["former_titles"]:
        return True
    if not gold["current"]:
        return bool(marked)
    return bool(marked) and gold["former_titles"] & found <= marked


DEV_FOLDER = ROOT / "tests" / "dev_words"
DEV2_FOLDER = ROOT / "tests" / "dev2_words"  # the second readable set, by another fresh author
DEV3_FOLDER = ROOT / "tests" / "dev3_words"  # the third (round 4), by another fresh author
BLIND2_FOLDER = ROOT / "tests" / "blind2_words"  # a second held-out set, written after the checks were built


def run() -> dict[str, float]:
    """The numeric figures, for `make bench`: the held-out set (the goals), then the
    development sets the checks were tuned on (for comparison: they overstate)."""
    figures = {f"words.{k}": v for k, v in {**score_spelling(), **score_officials()}.items()}
    for prefix, folder in (("words_blind2", BLIND2_FOLDER), ("words_dev", DEV_FOLDER), ("words_dev2", DEV2_FOLDER),
                           ("words_dev3", DEV3_FOLDER)):
        figures.update({f"{prefix}.{k}": v for k, v in
                        {**score_spelling(folder), **score_officials(folder)}.items()})
    return {k: v for k, v in figures.items() if isinstance(v, (int, float))}


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    misses: list[str] = []
    for key, value in {**score_spelling(folder, misses), **score_officials(folder, misses)}.items():
        print(f"{key:32s} {value}")
    if not _blind(folder):  # a held-out set's sentences are never shown
        for line in misses:
            print(line)
