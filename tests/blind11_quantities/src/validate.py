#!/usr/bin/env python3
"""Re-check the written files of blind11_quantities against the data modules."""
import collections, glob, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import data_bb, data_bc, data_nq, data_tin  # noqa: F401

OUT = os.path.dirname(HERE)
CODES = {"percent-mismatch", "derived-mismatch", "sum-mismatch", "count-mismatch",
         "target-status-mismatch", "figure-inconsistent", "attendance-mismatch",
         "absentee-count-mismatch", "vote-mismatch", "part-exceeds-whole",
         "resolution-not-passed", "name-inconsistent", "other"}
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
NO_DIGIT_OK = {"target-status-mismatch", "name-inconsistent"}


def main():
    errs = []
    by_code = collections.Counter()
    by_genre = collections.Counter()
    clean = 0
    names = {d["name"] for d in common.DOCS}
    files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(OUT, "*.txt"))}
    if files != names:
        errs.append(f"file set differs: extra={files - names} missing={names - files}")
    for d in common.DOCS:
        n = d["name"]
        raw = open(os.path.join(OUT, n + ".txt"), encoding="utf-8").read()
        exp = json.load(open(os.path.join(OUT, n + ".expected.json"), encoding="utf-8"))
        text = raw[:-1] if raw.endswith("\n") else raw
        if unicodedata.normalize("NFC", raw) != raw:
            errs.append(f"{n}: not NFC")
        if not (1900 <= len(text) <= 3600):
            errs.append(f"{n}: length {len(text)} outside 1900-3600")
        if "\r" in raw or "  \n" in raw:
            errs.append(f"{n}: stray CR or trailing spaces")
        if exp["genre"] not in GENRES:
            errs.append(f"{n}: bad genre")
        if exp["officials"] != []:
            errs.append(f"{n}: officials must be []")
        if exp["clean"] != (len(exp["planted"]) == 0):
            errs.append(f"{n}: clean flag inconsistent")
        by_genre[exp["genre"]] += 1
        clean += exp["clean"]
        for p, src in zip(exp["planted"], d["planted"]):
            if p["code"] not in CODES:
                errs.append(f"{n}: unknown code {p['code']}")
            c = text.count(p["text"])
            if c != 1:
                errs.append(f"{n}: planted text occurs {c}x: {p['text']!r}")
            if p["code"] not in NO_DIGIT_OK and not re.search(r"\d", p["text"]):
                errs.append(f"{n}: planted text has no figure: {p['text']!r}")
            if not src["broken"]:
                errs.append(f"{n}: planted relation is NOT broken: {p['text']!r}")
            if not p["note"]:
                errs.append(f"{n}: empty note")
            by_code[p["code"]] += 1
        for desc, ok in d["checks"]:
            if not ok:
                errs.append(f"{n}: intended relation fails: {desc}")
    # planted spans of different documents must not collide in one doc's text with another span
    print("documents:", len(common.DOCS), "clean:", clean)
    print("by genre:", dict(by_genre))
    print("by code:", dict(sorted(by_code.items())), "total", sum(by_code.values()))
    for d in common.DOCS:
        t = d["text"]
        print(f"  {d['name']:<40} {len(t):>5}  planted={len(d['planted'])}  checks={len(d['checks'])}")
    if errs:
        print("ERRORS:")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
