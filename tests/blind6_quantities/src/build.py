# -*- coding: utf-8 -*-
"""Build and validate the blind6_quantities set: writes <name>.txt and <name>.expected.json
into the parent folder, and fails loudly if any check does not hold."""
import json, os, re, sys, unicodedata
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import docs_a, docs_b, docs_c

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
errors = []
codes = Counter()
for d in docs:
    t = unicodedata.normalize("NFC", d["text"]).strip() + "\n"
    if t != d["text"].strip() + "\n":
        errors.append(f"{d['name']}: not NFC")
    if "\n\n" in t:
        errors.append(f"{d['name']}: empty paragraph")
    for code, span, note in d["planted"]:
        n = t.count(span)
        if n != 1:
            errors.append(f"{d['name']}: span {span!r} occurs {n} times")
        if not re.search(r"\d", span) and code not in ("target-status-mismatch",):
            errors.append(f"{d['name']}: span {span!r} has no figure")
        codes[code] += 1
    res = d["checks"]()
    for i, (kind, val) in enumerate(res):
        if kind == "ok" and val is not True:
            errors.append(f"{d['name']}: ok-check #{i} failed")
        if kind == "planted" and val is not False:
            errors.append(f"{d['name']}: planted-check #{i} unexpectedly holds")
    nplanted_checks = sum(1 for k, _ in res if k == "planted")
    if (nplanted_checks == 0) != (len(d["planted"]) == 0):
        errors.append(f"{d['name']}: planted/check mismatch")
    exp = {"genre": d["genre"], "clean": len(d["planted"]) == 0,
           "planted": [{"code": c, "text": s, "note": n} for c, s, n in d["planted"]],
           "officials": d["officials"]}
    with open(os.path.join(OUT, d["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(t)
    with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    pcts = re.findall(r"\d[\d.]*(?:,\d+)?\s?%", t)
    print(f"{d['name']:45s} {len(t):5d} chars  planted={len(d['planted'])}  pct-tokens={len(pcts)}")
print("docs", len(docs), "clean", sum(1 for d in docs if not d["planted"]), "planted", sum(codes.values()))
for c, n in sorted(codes.items()):
    print(f"  {c}: {n}")
if errors:
    print("ERRORS:"); print("\n".join(errors)); sys.exit(1)
print("ALL CHECKS PASSED")
