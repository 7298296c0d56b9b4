"""Per-field accuracy of the document reader against gold structure files.

    python bench/score_structure.py                # every folder of FOLDERS (our corpora, held-out and dev sets)
    python bench/score_structure.py FOLDER         # those and an extra folder, with its misses
    python bench/score_structure.py --only tests/dev_structure   # that folder alone
    python bench/score_structure.py --details tests/corpus   # per-document misses (never for blind sets)

Gold files are ``<name>.gold.json`` beside ``<name>.txt`` (schema: tests/blind_structure/README.md).
Only aggregates are printed for a blind folder: its documents stay unseen by whoever builds the reader.

Scoring, per document and field, then averaged over the documents:
- scalars (genre, issuer, date, meeting.start …): equal after folding case, spaces and end
  punctuation; long texts (title, meeting name and place) also when one holds the other and
  covers ≥ 70 % of it;
- lists (chairs, absentees, decisions, targets, tasks, signers, recipients): F1 of matched items
  (both empty = 1); decisions match on kind and their numbers, targets on name overlap, tasks on
  text overlap; the ``*.verdict``/``*.owner`` fields score the matched items' attributes;
- key_figures: share of the gold key figures the summary reports (figure rows, attendance, votes,
  target levels and results);
  noise_free: share of documents whose figure rows hold none of the gold noise figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOLDERS = ("tests/corpus", "tests/corpus_holdout", "tests/blind_structure", "tests/dev_structure",
           "tests/corpus_structure_extra", "tests/dev2_structure", "tests/dev3_structure", "tests/dev4_structure",
           "tests/dev5_structure_a", "tests/dev5_structure_b", "tests/dev6_structure_c", "tests/blind2_structure",
           "tests/blind4_structure", "tests/blind5_structure", "tests/blind6_structure",
           "tests/blind7_structure", "tests/blind8_structure", "tests/blind9_structure", "tests/blind10_structure",
           "tests/blind11_structure", "tests/blind12_structure", "tests/blind13_structure", "tests/blind14_structure", "tests/blind15_structure", "tests/blind16_structure",
           "tests/blind17_structure",
           "tests/dev13_structure")
# Blind sets retired to dev (read and tuned on since: their misses may be printed); every other blind* is held out.
RETIRED = ("blind_structure", "blind2_structure", "blind4_structure", "blind5_structure", "blind6_structure",
           "blind7_structure", "blind8_structure", "blind9_structure", "blind10_structure",
           "blind11_structure", "blind12_structure", "blind13_structure", "blind14_structure", "blind15_structure",
           "blind16_structure")


def is_blind(folder: Path) -> bool:
    """A held-out folder: only its aggregates may be printed."""
    return folder.name.startswith("blind") and folder.name not in RETIRED


def norm(value) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = re.sub(r"^(?:số\s*:?\s*|đồng chí\s+|đ/c\s+|ông\s+|bà\s+)", "", text.strip())
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\b(tháng|quý) (\w+) năm (\d{4})\b", r"\1 \2/\3", text)  # one date, two spellings
    text = re.sub(r"\s*[-–]\s*", " - ", text)
    return text.strip(" .,;:-–\"“”'")


def same(gold, got, loose: bool = False) -> bool:
    a, b = norm(gold), norm(got)
    if a == b:
        return True
    if loose and a and b:
        short, long_ = sorted((a, b), key=len)
        return short in long_ and len(short) >= 0.7 * len(long_)
    return False


# What names one meeting among others of its organiser (conventions: tests/blind_structure/README.md): the kind of
# gathering, and its ordinal, kind, period and term. Gold authors differ on how much of the organiser and the purpose
# they keep ("Hội nghị lần thứ bảy" / "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ bảy, nhiệm kỳ 2025 - 2030"); two
# names of one kind of gathering whose identifiers agree wherever both give them, and that share at least one, name
# the same meeting.
_GATHERING = (("hội nghị", "hội nghị"), ("đại hội", "đại hội"), ("kỳ họp", "kỳ họp"), ("kì họp", "kỳ họp"),
              ("phiên họp", "họp"), ("cuộc họp", "họp"), ("sinh hoạt", "sinh hoạt"), ("họp chi bộ", "sinh hoạt"),
              ("họp", "họp"), ("phiên", "họp"))  # "phiên thường kỳ tháng 10": a session of a body's meetings
_ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
             "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15,
             "mười sáu": 16, "mười bảy": 17, "mười tám": 18, "mười chín": 19, "hai mươi": 20}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _ordinal(word: str):
    if word.isdigit():
        return int(word)
    if word in _ORDINALS:
        return _ORDINALS[word]
    if word and set(word) <= set(_ROMAN):
        total = 0
        for a, b in zip(word, word[1:] + " "):
            total += -_ROMAN[a] if b in _ROMAN and _ROMAN[b] > _ROMAN[a] else _ROMAN[a]
        return total
    return None


def meeting_identity(name) -> tuple[str | None, dict]:
    text = norm(name)
    gathering = next((label for words_, label in _GATHERING if re.search(r"\b" + words_ + r"\b", text)), None)
    ids = {}
    term = re.search(r"(?:nhiệm kỳ|khóa|khoá)\s+(\d{4}\s*-\s*\d{4}|[ivxl]+\b|\d+)", text)
    if term:
        ids["term"] = re.sub(r"\s", "", term[1])
        text = text[:term.start()] + text[term.end():]
    ordinal = re.search(r"(?:lần thứ|thứ)\s+(mười (?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín)|hai mươi|\w+)", text)
    if ordinal and _ordinal(ordinal[1]) is not None:
        ids["ordinal"] = _ordinal(ordinal[1])
    for key, pattern in (("month", r"tháng\s+(\d{1,2})(?!\s*tháng)"), ("quarter", r"quý\s+([ivx]+|\d)\b"),
                         ("year", r"(?:năm|/)\s*(\d{4})\b"), ("months", r"(\d+)\s+tháng\s+(?:đầu|cuối)")):
        found = re.search(pattern, text)
        if found:
            ids[key] = found[1].lstrip("0")
    for word in ("thường kỳ", "định kỳ", "chuyên đề", "mở rộng", "bất thường", "sơ kết", "tổng kết", "giao ban"):
        if word in text:
            ids.setdefault("kinds", set()).add("thường kỳ" if word == "định kỳ" else word)
    return gathering, ids


def same_meeting(gold, got) -> bool:
    """Two names of one meeting (see _GATHERING); an unnamed meeting matches nothing."""
    if not gold or not got:
        return False
    (g_kind, g_ids), (p_kind, p_ids) = meeting_identity(gold), meeting_identity(got)
    if g_kind is None or g_kind != p_kind:
        return False
    shared = [k for k in g_ids if k in p_ids and k != "kinds"]
    if "kinds" in g_ids and "kinds" in p_ids:
        if not (g_ids["kinds"] <= p_ids["kinds"] or p_ids["kinds"] <= g_ids["kinds"]):
            return False
        shared.append("kinds")
    return bool(shared) and all(g_ids[k] == p_ids[k] for k in shared if k != "kinds")


def words(text) -> set[str]:
    return set(re.findall(r"\w+", norm(text)))


def overlap(a, b) -> float:
    x, y = words(a), words(b)
    return len(x & y) / max(1, min(len(x), len(y))) if x and y else 0.0


def f1(matched: int, gold: int, got: int) -> float:
    if gold == 0 and got == 0:
        return 1.0
    if matched == 0:
        return 0.0
    p, r = matched / got, matched / gold
    return 2 * p * r / (p + r)


def match_lists(gold: list, got: list, key) -> list[tuple]:
    """Greedy one-to-one matching; ``key(g, p)`` is a score, 0 = no match."""
    pairs, used = [], set()
    for g in gold:
        best, best_score = None, 0.0
        for j, p in enumerate(got):
            if j in used:
                continue
            score = key(g, p)
            if score > best_score:
                best, best_score = j, score
        if best is not None:
            used.add(best)
            pairs.append((g, got[best]))
    return pairs


def _num(value):
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# A counted vote that adopts a resolution is filed as "resolution" by most gold authors and as "vote"
# by two (tests/dev_structure, tests/dev2_structure): one decision under two labels, matched as one.
_SAME_KIND = {"vote": "resolution"}


def _decision_key(g, p) -> float:
    if _SAME_KIND.get(g.get("kind"), g.get("kind")) != _SAME_KIND.get(p.get("kind"), p.get("kind")):
        return 0.0
    score = 0.5
    numbers = [k for k in ("for", "against", "abstain", "base") if g.get(k) is not None]
    if numbers:
        hits = sum(_num(g.get(k)) == _num(p.get(k)) for k in numbers)
        if hits == 0 and g.get("person") is None:
            return 0.0
        score += hits / len(numbers)
    if g.get("person") or p.get("person"):
        score += 1.0 if same(g.get("person"), p.get("person")) else (-0.4 if g.get("person") else 0)
    return max(score, 0.0)


def _target_key(g, p) -> float:
    score = overlap(g.get("name"), p.get("name"))
    if _num(g.get("result")) is not None and _num(g.get("result")) == _num(p.get("result")):
        score += 0.5
    if _num(g.get("target")) is not None and _num(g.get("target")) == _num(p.get("target")):
        score += 0.3
    return score if score >= 0.5 else 0.0


def _task_key(g, p) -> float:
    score = overlap(g.get("text"), p.get("text"))
    return score if score >= 0.5 else 0.0


def _name_key(field):
    return lambda g, p: 1.0 if same(g.get(field) if isinstance(g, dict) else g,
                                    p.get(field) if isinstance(p, dict) else p, loose=True) else 0.0


class Scores:
    def __init__(self):
        self.fields: dict[str, list[float]] = {}

    def add(self, field: str, value: float | bool) -> None:
        self.fields.setdefault(field, []).append(float(value))

    def mean(self, field: str) -> float | None:
        values = self.fields.get(field)
        return sum(values) / len(values) if values else None


SCALARS = ("genre", "issuer", "issuer_parent", "doc_number", "place", "date")
MEETING = ("kind", "start", "end", "date", "secretary", "form")
ATTENDANCE = ("total", "official", "probationary", "present", "absent")


def score_document(gold: dict, got: dict, figures: list[str], reported: list[str], scores: Scores,
                   misses: list[str]) -> None:
    def check(field: str, ok: bool, detail: str = "") -> None:
        scores.add(field, ok)
        if not ok:
            misses.append(f"{field}: {detail}")

    for field in SCALARS:
        check(field, same(gold.get(field), got.get(field)), f"{gold.get(field)!r} ≠ {got.get(field)!r}")
    check("title", same(gold.get("title"), got.get("title"), loose=True) or _first_line_of(gold.get("title"), got.get("title")),
          f"{gold.get('title')!r} ≠ {got.get('title')!r}")
    gm, pm = gold.get("meeting") or {}, got.get("meeting") or {}
    if gold.get("meeting") is not None or got.get("meeting") is not None:
        for field in MEETING:
            check("meeting." + field, same(gm.get(field), pm.get(field)), f"{gm.get(field)!r} ≠ {pm.get(field)!r}")
        check("meeting.name", same(gm.get("name"), pm.get("name"), loose=True) or same_meeting(gm.get("name"), pm.get("name")),
              f"{gm.get('name')!r} ≠ {pm.get('name')!r}")
        check("meeting.place", same(gm.get("place"), pm.get("place"), loose=True),
              f"{gm.get('place')!r} ≠ {pm.get('place')!r}")
        chairs = match_lists(gm.get("chairs") or [], pm.get("chairs") or [], _name_key(None))
        value = f1(len(chairs), len(gm.get("chairs") or []), len(pm.get("chairs") or []))
        check("meeting.chairs", value == 1.0, f"{gm.get('chairs')} ≠ {pm.get('chairs')}")
    ga, pa = gold.get("attendance") or {}, got.get("attendance") or {}
    if gold.get("attendance") is not None or got.get("attendance") is not None:
        for field in ATTENDANCE:
            check("attendance." + field, _num(ga.get(field)) == _num(pa.get(field)),
                  f"{ga.get(field)!r} ≠ {pa.get(field)!r}")
        g_abs, p_abs = ga.get("absentees") or [], pa.get("absentees") or []
        pairs = match_lists(g_abs, p_abs, _name_key("name"))
        scores.add("attendance.absentees", f1(len(pairs), len(g_abs), len(p_abs)))
        if len(pairs) != len(g_abs) or len(pairs) != len(p_abs):
            misses.append(f"absentees: {[a.get('name') for a in g_abs]} ≠ {[a.get('name') for a in p_abs]}")
    for field, key, attrs in (("decisions", _decision_key, ("for", "against", "abstain", "base", "person")),
                              ("targets", _target_key, ("verdict", "target", "result")),
                              ("tasks", _task_key, ("owner", "deadline")),
                              ("signers", _name_key("name"), ("role",)),
                              ("recipients", _name_key(None), ())):
        g_items, p_items = gold.get(field) or [], got.get(field) or []
        pairs = match_lists(g_items, p_items, key)
        scores.add(field, f1(len(pairs), len(g_items), len(p_items)))
        if len(pairs) != len(g_items) or len(pairs) != len(p_items):
            misses.append(f"{field}: matched {len(pairs)} of gold {len(g_items)}, got {len(p_items)}")
        for attr in attrs:
            for g, p in pairs:
                if attr in ("against", "abstain"):
                    ok = _num(g.get(attr)) == _num(p.get(attr)) or _unanimous_zero(g, p, attr)
                elif attr in ("for", "base", "target", "result"):
                    ok = _num(g.get(attr)) == _num(p.get(attr))
                elif attr in ("owner", "deadline"):
                    ok = same(g.get(attr), p.get(attr), loose=True) or (
                        bool(g.get(attr)) and bool(p.get(attr)) and overlap(g.get(attr), p.get(attr)) >= 0.6)
                else:
                    ok = same(g.get(attr), p.get(attr), loose=True)
                check(f"{field}.{attr}", ok, f"{g.get(attr)!r} ≠ {p.get(attr)!r}")
    shown = [norm(f) for f in figures]
    summary = [norm(f) for f in reported]
    for key_figure in gold.get("key_figures") or []:
        check("key_figures", any(_holds(f, norm(key_figure)) or _holds(norm(key_figure), f) for f in summary if f),
              f"{key_figure!r} not in the summary")
    noise = [n for n in gold.get("noise_figures") or [] if norm(n) in shown]
    check("noise_free", not noise, f"noise in figure rows: {noise}")


def _first_line_of(gold, got) -> bool:
    """A gold title that keeps the first line of a title wrapping onto the next (the schema's "the line under the
    type line") and the whole title read: the same title (conventions: tests/blind_structure/README.md)."""
    a, b = norm(gold), norm(got)
    return bool(a) and len(a.split()) >= 6 and b.startswith(a) and bool(re.match(r"[\s,;:–-]", b[len(a):len(a) + 1]))


def _unanimous_zero(gold: dict, got: dict, attr: str) -> bool:
    """A vote whose counts fill its base (unanimous "15/15 tán thành", or "24/25 tán thành, 1 không tán thành")
    and does not state the remaining zeros:
    the schema records against/abstain "as stated" (None), two gold authors (tests/dev_structure,
    tests/dev5_structure_b) filled the implied 0. Both say nobody was against, so None and 0 count as
    the same value there (conventions: tests/blind_structure/README.md); a stated count still has to match."""
    values = {_num(gold.get(attr)), _num(got.get(attr))}
    if values != {None, 0.0} or gold.get("for") is None or gold.get("base") is None:
        return False
    counted = sum(_num(gold.get(k)) or 0 for k in ("for", "against", "abstain"))
    return counted == _num(gold.get("base"))  # all voters counted: "24/25 tán thành, 1 không tán thành" leaves no abstention


def _holds(outer: str, inner: str) -> bool:
    """``inner`` is in ``outer`` as whole tokens ("3" is not in "3.286/3.412")."""
    return bool(re.search(r"(?<![\w.,/])" + re.escape(inner) + r"(?![\w/]|[.,]\d)", outer))


def predict(text: str) -> tuple[dict, list[str], list[str]]:
    from minutes_app.core.engine import analyze

    analysis = analyze(text)
    from minutes_app.export.figures import chosen_figures

    rows = [f.text for f in chosen_figures(analysis)[0]]
    return analysis.structure.to_gold(), rows, rows + _reported_elsewhere(analysis)


def _reported_elsewhere(analysis) -> list[str]:
    """Numbers the summary reports outside its figure rows: attendance counts, votes, target
    levels and results (each as the text it was read from)."""
    structure, text = analysis.structure, analysis.text
    found = [text[d.start:d.end] for d in structure.decisions]
    attendance = structure.attendance
    if attendance is not None:
        for item in (attendance.total, attendance.official, attendance.probationary, attendance.present,
                     attendance.absent):
            if item is not None and item.end > item.start:
                found.append(text[item.start:item.end])
    targets = {t.start: t for t in structure.targets}
    for entity in analysis.entities:
        if entity.kind == "target" and entity.start in targets:
            found += [entity.get("target_text") or "", entity.get("actual_text") or ""]
            targets.pop(entity.start)
    found += [text[t.start:t.end] for t in targets.values()]  # targets read without an entity: their row
    from minutes_app.export.summary import _number

    found += [n for t in targets.values() for n in (_number(t.target, t.unit), _number(t.result, t.unit)) if n]
    # (the level and the result as the summary's table of targets prints them: "9.870 tấn" of "9.870 tấn/KH năm …")
    if structure.meeting is not None and structure.meeting.form is not None:
        from minutes_app.export.summary import _form

        found.append(_form(structure.meeting))  # "trực tuyến (22 điểm cầu)", as the summary shows it
    return [f for f in found if f]


def score_folder(folder: Path, details: bool) -> tuple[Scores, int]:
    scores = Scores()
    documents = sorted(folder.glob("*.gold.json"))
    for gold_path in documents:
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        got, figures, reported = predict(text)
        misses: list[str] = []
        score_document(gold, got, figures, reported, scores, misses)
        if details and not is_blind(folder) and misses:
            print(f"\n{gold_path.name}")
            for miss in misses:
                print("   ", miss)
    return scores, len(documents)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="extra folders (their misses are printed unless blind)")
    parser.add_argument("--only", action="store_true", help="score the folders given, not the three default ones")
    parser.add_argument("--details", action="store_true", help="per-document misses (not for blind folders)")
    args = parser.parse_args(argv)
    extra = [ROOT / name for name in args.folders]
    folders = extra if args.only and extra else [ROOT / name for name in FOLDERS if ROOT / name not in extra] + extra
    results = {}
    for folder in folders:
        scores, count = score_folder(folder, args.details or (folder in extra and not is_blind(folder)))
        results[folder.name] = (scores, count)
    fields: list[str] = []
    for scores, _ in results.values():
        fields += [f for f in scores.fields if f not in fields]
    print(f"\n{'field':24}" + "".join(f"{name[:16]:>18}" for name in results))
    print(f"{'documents':24}" + "".join(f"{count:>18}" for _, count in results.values()))
    for field in fields:
        row = f"{field:24}"
        for scores, _ in results.values():
            value = scores.mean(field)
            n = len(scores.fields.get(field, []))
            row += f"{'—':>18}" if value is None else f"{value:>12.2f} ({n:>3})"
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
