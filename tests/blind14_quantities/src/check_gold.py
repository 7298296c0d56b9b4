#!/usr/bin/env python3
"""Format check of the blind14_quantities gold files (no checker code involved)."""
import json, os, re, sys, unicodedata
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch","derived-mismatch","sum-mismatch","count-mismatch","target-status-mismatch",
         "figure-inconsistent","attendance-mismatch","absentee-count-mismatch","vote-mismatch",
         "part-exceeds-whole","resolution-not-passed","name-inconsistent","other"}
GENRES = {"bien_ban","bao_cao","nghi_quyet","tin_hoi_nghi"}
WORDS = re.compile(r"\d|đạt|vượt|hoàn thành|thông qua|chưa|Nguyễn|Lò|[A-ZĐ][a-zà-ỹ]+ [A-ZĐ]", re.I)
problems = []
def bad(f, m): problems.append(f"{f}: {m}")
txts = sorted(f for f in os.listdir(D) if f.endswith(".txt"))
for f in txts:
    base = f[:-4]; p = os.path.join(D, f)
    raw = open(p, "rb").read()
    try: s = raw.decode("utf-8")
    except UnicodeDecodeError: bad(f, "not UTF-8"); continue
    if unicodedata.normalize("NFC", s) != s: bad(f, "not NFC")
    body = s[:-1] if s.endswith("\n") else s
    if not (1900 <= len(body) <= 3600): bad(f, f"length {len(body)}")
    if "\r" in s: bad(f, "CR found")
    ej = os.path.join(D, base + ".expected.json")
    if not os.path.exists(ej): bad(f, "no expected.json"); continue
    e = json.load(open(ej, encoding="utf-8"))
    if set(e) != {"genre","clean","planted","officials"}: bad(ej, f"keys {sorted(e)}")
    if e.get("genre") not in GENRES: bad(ej, "genre")
    if e.get("officials") != []: bad(ej, "officials must be []")
    pl = e.get("planted", [])
    if e.get("clean") is True and pl: bad(ej, "clean but planted")
    if e.get("clean") is False and not pl: bad(ej, "not clean but no planted")
    for x in pl:
        if set(x) != {"code","text","note"}: bad(ej, f"planted keys {sorted(x)}")
        if x["code"] not in CODES: bad(ej, f"code {x['code']}")
        t = x["text"]
        if unicodedata.normalize("NFC", t) != t: bad(ej, "text not NFC")
        n = body.count(t)
        if n != 1: bad(ej, f"text occurs {n}x: {t!r}")
        if not WORDS.search(t): bad(ej, f"text lacks digit/verdict/name: {t!r}")
        if not x["note"].strip(): bad(ej, "empty note")
for f in os.listdir(D):
    if f.endswith(".expected.json") and f[:-14] + ".txt" not in txts: bad(f, "orphan json")
print(f"{len(txts)} documents, {len(problems)} problems")
for p in problems: print(" -", p)
sys.exit(1 if problems else 0)
