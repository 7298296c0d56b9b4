# -*- coding: utf-8 -*-
"""Build and validate the blind4_quantities held-out set.
All texts live in docs_a.py / docs_b.py / docs_c.py (imported here).
Run: python3 src/build_and_validate.py  (writes ../<name>.txt and ../<name>.expected.json)"""
import json, os, re, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_a, docs_b, docs_c
DOCS = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch","sum-mismatch","part-exceeds-whole","count-mismatch","figure-inconsistent",
         "target-status-mismatch","attendance-mismatch","absentee-count-mismatch","vote-mismatch",
         "resolution-not-passed","other"}

def vn(x, d):
    q = Decimal(1).scaleb(-d) if d else Decimal(1)
    v = Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP) if not isinstance(x, Decimal) else x.quantize(q, rounding=ROUND_HALF_UP)
    s = f"{v:f}"
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    return ip + ("," + fp if fp else "")

def pct(a, b, d):
    return vn(Decimal(repr(a)) * 100 / Decimal(repr(b)), d)

def run_check(doc, c):
    t = doc["text"]; k = c[0]
    if k == "sum":
        assert abs(sum(c[1]) - c[2]) < 1e-9, (doc["name"], c)
    elif k == "wrongsum":
        assert abs(sum(c[1]) - c[2]) > 1e-9, (doc["name"], c)
    elif k == "diff":
        assert abs(c[1] - c[2] - c[3]) < 1e-9, (doc["name"], c)
    elif k == "prod":
        assert c[1] * c[2] == c[3], (doc["name"], c)
    elif k in ("pct", "wrongpct", "growth"):
        a, b, d, s = c[1:]
        val = pct(a, b, d) if k != "growth" else vn((Decimal(repr(a)) / Decimal(repr(b)) - 1) * 100, d)
        printed = re.search(r"(\d[\d.]*(?:,\d+)?)%$", s).group(1)
        if k == "wrongpct":
            assert val != printed, (doc["name"], c, val)
        else:
            assert val == printed, (doc["name"], c, val, printed)
        assert s in t, (doc["name"], "not in text", s)
    elif k == "lt":
        assert c[1] < c[2]
    elif k == "gt":
        assert c[1] > c[2]
    elif k == "le":
        assert c[1] <= c[2]
    else:
        raise ValueError(k)

def main():
    names = set(); total = 0; by_code = {}; genres = {}
    for doc in DOCS:
        n = doc["name"]; assert n not in names; names.add(n)
        t = unicodedata.normalize("NFC", doc["text"]).strip("\n")
        assert t == doc["text"].strip("\n"), n + " not NFC"
        lines = t.split("\n")
        assert all(l.strip() for l in lines), n + " empty line"
        assert 1800 <= len(t) <= 3000, (n, len(t))
        for c in doc["checks"]:
            run_check(doc, c)
        for code, span, note in doc["planted"]:
            assert code in CODES, code
            assert t.count(span) == 1, (n, span, t.count(span))
            assert re.search(r"\d", span), (n, span)
            by_code[code] = by_code.get(code, 0) + 1; total += 1
        for nm, role in doc["officials"]:
            assert nm in t, (n, nm)
        if doc["planted"]:
            assert 2 <= len(doc["planted"]) <= 4, n
        genres[doc["genre"]] = genres.get(doc["genre"], 0) + 1
        with open(os.path.join(OUT, n + ".txt"), "w", encoding="utf-8") as f:
            f.write(t + "\n")
        exp = {"genre": doc["genre"], "clean": not doc["planted"],
               "planted": [{"code": c, "text": s, "note": no} for c, s, no in doc["planted"]],
               "officials": [{"name": nm, "role": r} for nm, r in doc["officials"]]}
        with open(os.path.join(OUT, n + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2); f.write("\n")
        print(f"{n:50s} {doc['genre']:13s} chars={len(t):5d} planted={len(doc['planted'])}")
    assert len(DOCS) == 12 and total >= 27
    print("docs", len(DOCS), "planted", total, "clean", sum(1 for d in DOCS if not d["planted"]))
    print("genres", genres); print("by code", dict(sorted(by_code.items())))

if __name__ == "__main__":
    main()
