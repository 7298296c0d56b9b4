"""Re-check the written files of blind10_quantities on their own.

python3 src/validate.py
Checks: every .txt has a matching .expected.json and vice versa; schema;
NFC; UTF-8; length 1.900-3.400; one paragraph per line (no blank lines, no CR);
allowed genres and codes; clean <-> planted empty; every planted text occurs
exactly once; officials is null or a positive int; prints counts.
"""
import collections
import glob
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
CODES = {"percent-mismatch", "derived-mismatch", "sum-mismatch", "count-mismatch",
         "target-status-mismatch", "figure-inconsistent", "attendance-mismatch",
         "absentee-count-mismatch", "vote-mismatch", "part-exceeds-whole",
         "resolution-not-passed", "name-inconsistent", "other"}


def main():
    errs = []
    txts = sorted(glob.glob(os.path.join(OUT, "*.txt")))
    jsons = sorted(glob.glob(os.path.join(OUT, "*.expected.json")))
    names_t = {os.path.basename(p)[:-4] for p in txts}
    names_j = {os.path.basename(p)[:-len(".expected.json")] for p in jsons}
    if names_t != names_j:
        errs.append(f"unpaired files: {sorted(names_t ^ names_j)}")
    by_genre = collections.Counter()
    by_code = collections.Counter()
    clean = 0
    for name in sorted(names_t & names_j):
        raw = open(os.path.join(OUT, name + ".txt"), "rb").read()
        text = raw.decode("utf-8")
        if "\r" in text:
            errs.append(f"{name}: CR found")
        body = text[:-1] if text.endswith("\n") else text
        if unicodedata.normalize("NFC", body) != body:
            errs.append(f"{name}: not NFC")
        if not 1900 <= len(body) <= 3400:
            errs.append(f"{name}: length {len(body)}")
        if any(not line.strip() for line in body.split("\n")):
            errs.append(f"{name}: blank line")
        exp = json.load(open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8"))
        if set(exp) != {"genre", "clean", "planted", "officials", "officials_count_author"}:
            errs.append(f"{name}: keys {sorted(exp)}")
            continue
        if exp["genre"] not in GENRES:
            errs.append(f"{name}: genre {exp['genre']}")
        by_genre[exp["genre"]] += 1
        if exp["clean"] != (len(exp["planted"]) == 0):
            errs.append(f"{name}: clean flag disagrees with planted")
        clean += exp["clean"]
        off = exp["officials_count_author"]
        if off is not None and not (isinstance(off, int) and off > 0):
            errs.append(f"{name}: officials {off!r}")
        for p in exp["planted"]:
            if set(p) != {"code", "text", "note"}:
                errs.append(f"{name}: planted keys {sorted(p)}")
                continue
            if p["code"] not in CODES:
                errs.append(f"{name}: code {p['code']}")
            by_code[p["code"]] += 1
            k = body.count(p["text"])
            if k != 1:
                errs.append(f"{name}: span occurs {k}x: {p['text']!r}")
            if not p["note"].strip():
                errs.append(f"{name}: empty note")
            if unicodedata.normalize("NFC", p["text"]) != p["text"]:
                errs.append(f"{name}: span not NFC")
    n = len(names_t & names_j)
    print(f"documents: {n}  clean: {clean}  planted: {sum(by_code.values())}")
    print("by genre:", dict(sorted(by_genre.items())))
    print("by code:", dict(sorted(by_code.items())))
    if n < 16:
        errs.append("fewer than 16 documents")
    if clean < 4:
        errs.append("fewer than 4 clean documents")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
