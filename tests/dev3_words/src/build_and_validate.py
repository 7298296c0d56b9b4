#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build officials.jsonl and spelling.jsonl from the data modules and validate them."""
import json, os, random, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import officials_data as OD
import spelling_data as SD

SEED = 20261206
errors = []

def err(msg):
    errors.append(msg)

def nfc(s):
    return unicodedata.normalize("NFC", s) == s

HONORIFICS = ("ông ", "bà ", "anh ", "chị ", "cụ ", "đồng chí ", "đ/c ", "cô ", "thầy ")
WORDCH = r"[0-9A-Za-zÀ-ỹĐđ'’]"

def occurrences(text, span):
    return text.count(span)

def bounded(text, span):
    """span occurs with word boundaries on both sides"""
    pat = r"(?<!%s)%s(?!%s)" % (WORDCH, re.escape(span), WORDCH)
    return len(re.findall(pat, text))

# ---------------- officials ----------------
off_rows = []
for text, persons in OD.WITH:
    off_rows.append({"text": text, "officials": [
        {"name": n, "titles": list(t), "former": bool(f)} for n, t, f in persons]})
for text in OD.EMPTY:
    off_rows.append({"text": text, "officials": []})

if len(off_rows) != 110: err("officials: %d lines, want 110" % len(off_rows))
if len(OD.WITH) != 90: err("officials: %d with officials, want 90" % len(OD.WITH))
if len(OD.EMPTY) != 20: err("officials: %d empty, want 20" % len(OD.EMPTY))

for r in off_rows:
    t = r["text"]
    if not nfc(t): err("NFC text: " + t)
    if "\n" in t: err("newline in text: " + t)
    names = [p["name"] for p in r["officials"]]
    if len(set(names)) != len(names): err("duplicate person: " + t)
    has_nguyen = re.search(r"(?<!%s)nguyên(?!%s)" % (WORDCH, WORDCH), t) is not None
    if not r["officials"] and has_nguyen: err("'nguyên' in empty line: " + t)
    for p in r["officials"]:
        n = p["name"]
        if not nfc(n): err("NFC name: " + n)
        if bounded(t, n) < 1: err("name not in text: %r | %s" % (n, t))
        if n.lower().startswith(HONORIFICS): err("honorific in name: " + n)
        if not p["titles"]: err("person without title: " + n)
        for ti in p["titles"]:
            if not nfc(ti): err("NFC title: " + ti)
            if bounded(t, ti) < 1: err("title not in text: %r | %s" % (ti, t))
            if ti.lower().startswith("nguyên"): err("'nguyên' inside title: " + ti)
            if ti.lower().startswith(HONORIFICS): err("honorific in title: " + ti)
            if ti.startswith(("T/M", "TM.", "K/T", "KT.")): err("authority line as title: " + ti)
            if ti != ti.strip() or ti.endswith((",", ";", ":", "-", "–")): err("untrimmed title: %r" % ti)
        if p["former"]:
            if not any(("nguyên " + ti) in t for ti in p["titles"]):
                err("former but no 'nguyên <title>': " + t)
        else:
            if any(("nguyên " + ti) in t for ti in p["titles"]):
                err("'nguyên <title>' but former false: " + t)

# ---------------- spelling ----------------
sp_rows = []
for text, wrong, right, typ in SD.MIS:
    sp_rows.append({"kind": "misspelling", "text": text, "wrong": wrong, "right": right, "type": typ})
for text, trap in SD.COR:
    sp_rows.append({"kind": "correct", "text": text, "trap": trap})

cnt = Counter(r["kind"] for r in sp_rows)
if cnt["misspelling"] != 65: err("spelling: %d misspellings, want 65" % cnt["misspelling"])
if cnt["correct"] != 35: err("spelling: %d correct, want 35" % cnt["correct"])
TYPES = {"real-word", "non-word", "split-word", "acronym", "repeated-word", "legacy-damage"}
for r in sp_rows:
    t = r["text"]
    for v in r.values():
        if isinstance(v, str) and not nfc(v): err("NFC: " + v)
    if r["kind"] == "misspelling":
        w, rt, ty = r["wrong"], r["right"], r["type"]
        if ty not in TYPES: err("bad type: " + ty)
        if occurrences(t, w) != 1: err("wrong occurs %d times: %r | %s" % (occurrences(t, w), w, t))
        if bounded(t, w) != 1: err("wrong not word-bounded: %r | %s" % (w, t))
        if w == rt: err("wrong == right: " + t)
        fixed = t.replace(w, rt)
        if ty == "split-word" and w.replace(" ", "") != rt: err("split-word mismatch: " + w)
        if ty == "acronym":
            if not (len(w) == len(rt) + 1 and any(w[:i] + w[i+1:] == rt and w[i] in (w[i-1:i] + w[i+1:i+2]) for i in range(len(w)))):
                err("acronym not a doubled letter: %s -> %s" % (w, rt))
        if ty == "repeated-word":
            parts = w.split(" ")
            if len(parts) != 2 or parts[0] != parts[1] or rt not in (parts[0], parts[0] + ", " + parts[0]):
                err("repeated-word shape: %r -> %r" % (w, rt))
        if ty == "legacy-damage" and rt.replace("ư", "").replace("Ư", "") != w:
            err("legacy-damage shape: %r -> %r" % (w, rt))
        if ty in ("real-word", "non-word") and len(w.split()) != len(rt.split()):
            err("syllable count differs: %r -> %r" % (w, rt))
        if ty in ("real-word", "non-word"):
            # exactly one syllable differs
            diff = sum(a != b for a, b in zip(w.split(), rt.split()))
            if diff != 1: err("more than one syllable changed: %r -> %r" % (w, rt))
        if occurrences(fixed, w) != 0 and w not in rt: err("wrong survives fix: " + t)
    else:
        for part in r["trap"].split("; "):
            if part not in t: err("trap part not in text: %r | %s" % (part, t))

# no duplicate texts
alltexts = [r["text"] for r in off_rows + sp_rows]
for t, c in Counter(alltexts).items():
    if c > 1: err("duplicate text: " + t)

# ---------------- write (shuffled, fixed seed) ----------------
def write(name, rows):
    rows = list(rows)
    random.Random(SEED).shuffle(rows)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    with open(path, encoding="utf-8") as f:
        data = f.read()
    if not nfc(data): err(name + " not NFC")
    back = [json.loads(l) for l in data.splitlines()]
    if back != rows: err(name + " round-trip mismatch")
    return len(back)

n_off = write("officials.jsonl", off_rows)
n_sp = write("spelling.jsonl", sp_rows)

persons = sum(len(r["officials"]) for r in off_rows)
former = sum(p["former"] for r in off_rows for p in r["officials"])
ntitles = sum(len(p["titles"]) for r in off_rows for p in r["officials"])
print("officials.jsonl: %d lines, %d with officials, %d empty, %d persons, %d titles, %d former"
      % (n_off, len(OD.WITH), len(OD.EMPTY), persons, ntitles, former))
print("spelling.jsonl: %d lines, %s, types %s" % (n_sp, dict(cnt), dict(Counter(r["type"] for r in sp_rows if r["kind"] == "misspelling"))))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors: print("  -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
