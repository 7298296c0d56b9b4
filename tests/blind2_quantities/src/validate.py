#!/usr/bin/env python3
"""Validate the held-out quantities set and (re)write the .expected.json files from spec.py."""
import json, os, re, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spec import DOCS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch", "sum-mismatch", "part-exceeds-whole", "count-mismatch", "figure-inconsistent",
         "target-status-mismatch", "attendance-mismatch", "absentee-count-mismatch", "vote-mismatch",
         "resolution-not-passed"}
NUM = re.compile(r"\d[\d.]*(?:,\d+)?")

def vn(x):  # Vietnamese number string -> Decimal
    return Decimal(x.replace(".", "").replace(",", "."))

def ev(expr):  # small arithmetic expression over Vietnamese numbers
    py = NUM.sub(lambda m: "Decimal('%s')" % vn(m.group()), expr)
    return eval(py, {"Decimal": Decimal})

def decimals(printed):
    return len(printed.split(",")[1]) if "," in printed else 0

def run_check(c):
    kind = c[0]
    if kind == "pct":
        _, num, den, printed, ok, span = c
        q = Decimal(1).scaleb(-decimals(printed))
        val = (ev(num) / ev(den) * 100).quantize(q, rounding=ROUND_HALF_UP)
        return val == vn(printed), ok, span, [num, den, printed]
    if kind == "sum":
        _, parts, total, ok, span = c
        return sum(ev(p) for p in parts) == ev(total), ok, span, parts + [total]
    if kind == "cmp":
        _, a, op, b, ok, span = c
        A, B = ev(a), ev(b)
        if op == "~":
            res = A.quantize(Decimal(1).scaleb(-decimals(b)), rounding=ROUND_HALF_UP) == vn(b)
        else:
            res = {"<=": A <= B, "<": A < B, ">=": A >= B, ">": A > B, "==": A == B}[op]
        return res, ok, span, [a, b]
    if kind == "pass":
        _, yes, den, ok, span = c
        return ev(yes) * 2 > ev(den), ok, span, [yes, den]
    raise ValueError(kind)

def main():
    errors, counts, n_planted = [], {}, 0
    txts = sorted(f[:-4] for f in os.listdir(ROOT) if f.endswith(".txt"))
    if set(txts) != set(DOCS):
        errors.append("txt files vs spec differ: %s" % (set(txts) ^ set(DOCS)))
    for name, d in DOCS.items():
        text = open(os.path.join(ROOT, name + ".txt"), encoding="utf-8").read()
        E = lambda m: errors.append("%s: %s" % (name, m))
        if unicodedata.normalize("NFC", text) != text: E("not NFC")
        if not 2000 <= len(text) <= 3500: E("length %d" % len(text))
        if "\r" in text: E("CR found")
        planted = d["planted"]
        if planted and not 3 <= len(planted) <= 4: E("planted count %d" % len(planted))
        ptexts = [p[1] for p in planted]
        for code, span, note in planted:
            if code not in CODES: E("bad code " + code)
            k = text.count(span)
            if k != 1: E("planted span occurs %d times: %r" % (k, span))
            if not re.search(r"\d", span): E("planted span has no number: %r" % span)
            counts[code] = counts.get(code, 0) + 1
        n_planted += len(planted)
        failing = {}
        for c in d["checks"]:
            res, ok, span, nums = run_check(c)
            if span not in text: E("check span not in text: %r" % span)
            for n in nums:
                for lit in NUM.findall(n):
                    if lit not in text and not re.fullmatch(r"\d+", lit): E("number %s not in text" % lit)
            if res != ok: E("check result %s but expected %s: %r" % (res, ok, c))
            if not res:
                if span not in ptexts: E("failing check not on a planted span: %r" % (c,))
                failing[span] = failing.get(span, 0) + 1
        for span in ptexts:
            if failing.get(span, 0) != 1:
                E("planted span has %d failing checks: %r" % (failing.get(span, 0), span))
        exp = {"genre": d["genre"], "clean": not planted,
               "planted": [{"code": c, "text": t, "note": n} for c, t, n in planted], "officials": []}
        with open(os.path.join(ROOT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2); f.write("\n")
        print("%-45s %-13s len=%4d planted=%d checks=%d" % (name, d["genre"], len(text), len(planted), len(d["checks"])))
    print("planted total:", n_planted)
    for c in sorted(CODES): print("  %-25s %d" % (c, counts.get(c, 0)))
    if any(counts.get(c, 0) < 2 for c in CODES): errors.append("some code has < 2 instances")
    print("clean docs:", sum(1 for d in DOCS.values() if not d["planted"]))
    if errors:
        print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
    print("\nALL OK")

if __name__ == "__main__":
    main()
