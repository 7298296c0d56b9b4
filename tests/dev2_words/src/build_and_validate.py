#!/usr/bin/env python3
"""Build officials.jsonl and spelling.jsonl from the data modules, then validate the written files.

Usage: python3 src/build_and_validate.py          (build + validate)
       python3 src/build_and_validate.py --check  (validate existing files only)
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

SPELL_TYPES = {"real-word", "non-word", "split-word", "acronym", "repeated-word", "legacy-damage"}
HONORIFICS = {"ông", "bà", "anh", "chị", "cụ", "em", "đồng chí", "đ/c", "quần chúng", "cử tri"}
errors = []


def err(msg):
    errors.append(msg)


def build():
    from officials_data import D
    from spelling_data import K, M
    off = []
    for text, people in D:
        off.append({"text": text, "officials": [{"name": n, "titles": list(t), "former": bool(f)} for n, t, f in people]})
    sp = [{"kind": "misspelling", "text": t, "wrong": w, "right": r, "type": ty} for t, w, r, ty in M]
    sp += [{"kind": "correct", "text": t, "trap": tr} for t, tr in K]
    rnd = random.Random(20261206)
    rnd.shuffle(off)
    rnd.shuffle(sp)
    for name, rows in (("officials.jsonl", off), ("spelling.jsonl", sp)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as fh:
        raw = fh.read()
    if unicodedata.normalize("NFC", raw) != raw:
        err(f"{name}: file is not NFC")
    for i, line in enumerate(raw.split("\n")[:-1], 1):
        try:
            rows.append((i, json.loads(line)))
        except Exception as e:
            err(f"{name}:{i}: bad JSON {e}")
    if not raw.endswith("\n"):
        err(f"{name}: no final newline")
    return rows


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def common(name, i, r):
    for s in strings(r):
        if unicodedata.normalize("NFC", s) != s:
            err(f"{name}:{i}: string not NFC: {s!r}")
        if s != s.strip() or "\n" in s:
            err(f"{name}:{i}: stray whitespace/newline in {s!r}")


def check_officials():
    rows = load("officials.jsonl")
    texts = Counter()
    n_with = n_empty = persons = former = 0
    for i, r in rows:
        common("officials.jsonl", i, r)
        if set(r) != {"text", "officials"}:
            err(f"officials:{i}: keys {sorted(r)}")
            continue
        t = r["text"]
        texts[t] += 1
        if r["officials"]:
            n_with += 1
        else:
            n_empty += 1
        for p in r["officials"]:
            if set(p) != {"name", "titles", "former"} or not isinstance(p["former"], bool):
                err(f"officials:{i}: bad person {p}")
                continue
            persons += 1
            former += p["former"]
            nm = p["name"]
            if not re.search(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", t):
                err(f"officials:{i}: name not in text as a whole word: {nm}")
            if nm.split()[0].lower() in HONORIFICS or nm.lower().startswith(("đồng chí", "đ/c")):
                err(f"officials:{i}: honorific in name {nm}")
            if not 2 <= len(nm.split()) <= 5:
                err(f"officials:{i}: name syllables {nm}")
            if not p["titles"]:
                err(f"officials:{i}: person without title {nm}")
            for ti in p["titles"]:
                if ti not in t:
                    err(f"officials:{i}: title not in text: {ti}")
                if ti.lower().startswith("nguyên ") or ti.lower() in HONORIFICS:
                    err(f"officials:{i}: bad title {ti}")
                if ti.startswith(("T/M", "TM.", "K/T", "KT.")):
                    err(f"officials:{i}: authority line as title {ti}")
                if ti[-1] in ",;:-–" or ti != ti.strip():
                    err(f"officials:{i}: title edge punctuation {ti!r}")
            # former persons must have 'nguyên' in the text
            if p["former"] and "nguyên" not in t.lower():
                err(f"officials:{i}: former but no 'nguyên' in text")
    dup = [t for t, c in texts.items() if c > 1]
    if dup:
        err(f"officials: duplicate texts {dup}")
    former_people = {(r['text'], p['name']) for _, r in rows for p in r['officials'] if p['former']}
    print(f"officials.jsonl: {len(rows)} lines; {n_with} with officials ({persons} person entries, "
          f"{former} former entries = {len(former_people)} former persons), {n_empty} empty")
    if len(rows) != 120 or n_empty != 20 or len(former_people) < 25:
        err("officials: counts off target (120 lines / 20 empty / >=25 former)")


def check_spelling():
    rows = load("spelling.jsonl")
    kinds, types, texts = Counter(), Counter(), Counter()
    for i, r in rows:
        common("spelling.jsonl", i, r)
        t = r.get("text", "")
        texts[t] += 1
        kinds[r.get("kind")] += 1
        if r.get("kind") == "misspelling":
            if set(r) != {"kind", "text", "wrong", "right", "type"}:
                err(f"spelling:{i}: keys {sorted(r)}")
                continue
            w, rt, ty = r["wrong"], r["right"], r["type"]
            types[ty] += 1
            if ty not in SPELL_TYPES:
                err(f"spelling:{i}: type {ty}")
            if t.count(w) != 1:
                err(f"spelling:{i}: wrong {w!r} occurs {t.count(w)} times")
            if t.lower().count(w.lower()) != 1:
                err(f"spelling:{i}: wrong {w!r} occurs {t.lower().count(w.lower())} times (case-insensitive)")
            if w == rt:
                err(f"spelling:{i}: wrong == right")
            if ty == "split-word" and (" " not in w or w.replace(" ", "") != rt.replace(" ", "")):
                err(f"spelling:{i}: split-word shape {w!r}->{rt!r}")
            if ty == "repeated-word":
                ws = w.split()
                if len(ws) % 2 or ws[: len(ws) // 2] != [x.lower() if j else x for j, x in enumerate(ws[len(ws) // 2:])] and \
                        [x.lower() for x in ws[: len(ws) // 2]] != [x.lower() for x in ws[len(ws) // 2:]]:
                    err(f"spelling:{i}: repeated-word shape {w!r}")
                if rt != " ".join(ws[: len(ws) // 2]):
                    err(f"spelling:{i}: repeated-word right {rt!r}")
            if ty == "real-word" and len(w.split()) != len(rt.split()):
                err(f"spelling:{i}: real-word syllable count differs {w!r}/{rt!r}")
            fixed = t.replace(w, rt)
            if fixed.count(rt) < 1:
                err(f"spelling:{i}: fix failed")
        elif r.get("kind") == "correct":
            if set(r) != {"kind", "text", "trap"}:
                err(f"spelling:{i}: keys {sorted(r)}")
                continue
            for part in r["trap"].split("; "):
                if part not in t:
                    err(f"spelling:{i}: trap part not in text: {part!r}")
        else:
            err(f"spelling:{i}: kind {r.get('kind')}")
    dup = [t for t, c in texts.items() if c > 1]
    if dup:
        err(f"spelling: duplicate texts {dup}")
    print(f"spelling.jsonl: {len(rows)} lines; kinds {dict(kinds)}; types {dict(types)}")
    if kinds["misspelling"] != 60 or kinds["correct"] != 40:
        err("spelling: counts off target (60/40)")


if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
    check_officials()
    check_spelling()
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")
