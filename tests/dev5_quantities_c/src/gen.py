#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator + validator for blind3_quantities. Run: python3 src/gen.py"""
import json, os, sys, re, unicodedata
from decimal import Decimal, ROUND_HALF_UP
sys.path.insert(0, os.path.dirname(__file__))
from docs_a import D as DA
from docs_b import D as DB
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = DA + DB

def half_up_pct(num, den, printed):
    m = re.fullmatch(r"(\d+)(?:,(\d+))?%", printed)
    assert m, printed
    dec = len(m.group(2) or "")
    val = Decimal(str(num)) * 100 / Decimal(str(den))
    q = Decimal(1).scaleb(-dec)
    got = val.quantize(q, rounding=ROUND_HALF_UP)
    want = Decimal(printed[:-1].replace(",", "."))
    return got == want, got

def run_check(c, text):
    kind = c[0]; bad = c[-1]; a = c[1:-1]
    if kind == "pct":
        ok, got = half_up_pct(a[0], a[1], a[2])
        assert a[2] in text, ("printed pct not in text", a[2])
    elif kind == "growth":  # (new/old - 1) * 100
        m = re.fullmatch(r"(\d+)(?:,(\d+))?%", a[2]); dec = len(m.group(2) or "")
        val = (Decimal(str(a[0])) / Decimal(str(a[1])) - 1) * 100
        got = val.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
        ok = got == Decimal(a[2][:-1].replace(",", "."))
        assert a[2] in text, a[2]
    elif kind == "sum":
        got = sum(Decimal(str(x)) for x in a[1]); ok = got == Decimal(str(a[0]))
    elif kind == "eq":
        got = a[0]; ok = a[0] == a[1]
    elif kind == "le":
        got = a; ok = a[0] <= a[1]
    elif kind == "lt":
        got = a; ok = a[0] < a[1]
    elif kind == "ge":
        got = a; ok = a[0] >= a[1]
    elif kind == "gt":
        got = a; ok = a[0] > a[1]
    elif kind == "near":  # rounded restatement: |x - y| <= 5% of y
        got = a[0]; ok = abs(a[0] - a[1]) <= 0.05 * abs(a[1])
    else:
        raise ValueError(kind)
    return ok, got

def main():
    errors = []
    stats = {}
    for d in DOCS:
        text = "\n".join(l.rstrip() for l in d["text"].strip("\n").split("\n")) + "\n"
        text = unicodedata.normalize("NFC", text)
        n = len(text.rstrip("\n"))
        if not (1800 <= n <= 3500):
            errors.append(f"{d['name']}: length {n}")
        for c in d["checks"]:
            ok, got = run_check(c, text)
            bad = c[-1]
            if bad and ok:
                errors.append(f"{d['name']}: planted check unexpectedly holds {c} -> {got}")
            if not bad and not ok:
                errors.append(f"{d['name']}: correct figure wrong {c} -> {got}")
        nbad = sum(1 for c in d["checks"] if c[-1])
        planted = []
        for code, span, note in d["planted"]:
            cnt = text.count(span)
            if cnt != 1:
                errors.append(f"{d['name']}: span {span!r} occurs {cnt}x")
            if not re.search(r"\d", span):
                errors.append(f"{d['name']}: span without digit {span!r}")
            planted.append({"code": code, "text": span, "note": note})
            stats[code] = stats.get(code, 0) + 1
        if nbad != len(d["planted"]):
            errors.append(f"{d['name']}: {nbad} failing checks vs {len(d['planted'])} planted")
        exp = {"genre": d["genre"], "clean": not planted, "planted": planted, "officials": []}
        with open(os.path.join(OUT, d["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
        print(f"{d['name']:48s} {d['genre']:13s} len={n:5d} planted={len(planted)}")
    print("by code:", json.dumps(stats, ensure_ascii=False), "total", sum(stats.values()))
    from collections import Counter
    print("genres:", Counter(d["genre"] for d in DOCS), "clean:", sum(1 for d in DOCS if not d["planted"]))
    if errors:
        print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
    print("ALL OK")

if __name__ == "__main__":
    main()
