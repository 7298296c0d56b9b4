# -*- coding: utf-8 -*-
"""Validator for blind12_quantities: NFC, lengths, planted texts occur once, JSON shape."""
import json, os, sys, unicodedata, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch", "derived-mismatch", "sum-mismatch", "count-mismatch", "target-status-mismatch",
         "figure-inconsistent", "attendance-mismatch", "absentee-count-mismatch", "vote-mismatch",
         "part-exceeds-whole", "resolution-not-passed", "name-inconsistent", "other"}
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
errs = []; by_genre = collections.Counter(); by_code = collections.Counter(); clean = 0; n = 0
for fn in sorted(os.listdir(OUT)):
    if not fn.endswith(".txt"):
        continue
    n += 1
    name = fn[:-4]
    raw = open(os.path.join(OUT, fn), "rb").read()
    txt = raw.decode("utf-8")
    if txt != unicodedata.normalize("NFC", txt): errs.append(f"{name}: not NFC")
    body = txt[:-1] if txt.endswith("\n") else txt
    if "\r" in body: errs.append(f"{name}: CR found")
    if not (1900 <= len(body) <= 3600): errs.append(f"{name}: length {len(body)}")
    jp = os.path.join(OUT, name + ".expected.json")
    if not os.path.exists(jp): errs.append(f"{name}: no json"); continue
    exp = json.load(open(jp, encoding="utf-8"))
    if set(exp) != {"genre", "clean", "planted", "officials"}: errs.append(f"{name}: keys {sorted(exp)}")
    if exp["genre"] not in GENRES: errs.append(f"{name}: genre {exp['genre']}")
    if exp["officials"] != []: errs.append(f"{name}: officials not []")
    if exp["clean"] != (len(exp["planted"]) == 0): errs.append(f"{name}: clean flag")
    by_genre[exp["genre"]] += 1
    clean += exp["clean"]
    for p in exp["planted"]:
        if set(p) != {"code", "text", "note"}: errs.append(f"{name}: planted keys")
        if p["code"] not in CODES: errs.append(f"{name}: code {p['code']}")
        if p["text"] != unicodedata.normalize("NFC", p["text"]): errs.append(f"{name}: planted not NFC")
        c = body.count(p["text"])
        if c != 1: errs.append(f"{name}: planted text occurs {c}x: {p['text']!r}")
        if not p["note"].strip(): errs.append(f"{name}: empty note")
        by_code[p["code"]] += 1
    print(f"{name:40s} {exp['genre']:13s} len={len(body):5d} planted={len(exp['planted'])}")
print("documents:", n, "clean:", clean, "planted:", sum(by_code.values()))
print("by genre:", dict(by_genre))
print("by code:", dict(sorted(by_code.items())))
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
