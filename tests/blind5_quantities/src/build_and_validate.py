# -*- coding: utf-8 -*-
"""Regenerate blind5_quantities files and assert every correct figure and every planted error."""
import json, os, re, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP
sys.path.insert(0, os.path.dirname(__file__))
import docs_a, docs_b, docs_c

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS

def parse_pct(s):
    m = re.match(r"^\s*(\d+(?:,\d+)?)\s*%$", s)
    assert m, s
    t = m.group(1)
    dec = len(t.split(",")[1]) if "," in t else 0
    return Decimal(t.replace(",", ".")), dec

def half_up(x, dec):
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)

def eval_check(c):
    kind = c[0]
    if kind == "pct":
        _, part, whole, printed = c[:4]
        val, dec = parse_pct(printed)
        true = half_up(Decimal(str(part)) * 100 / Decimal(str(whole)), dec)
        return true == val, "pct %s/%s=%s printed %s" % (part, whole, true, printed)
    if kind == "growth":
        _, new, old, printed = c[:4]
        val, dec = parse_pct(printed)
        true = half_up((Decimal(str(new)) / Decimal(str(old)) - 1) * 100, dec)
        return true == val, "growth %s vs %s=%s printed %s" % (new, old, true, printed)
    if kind == "sum":
        _, parts, total = c[:3]
        s = sum(Decimal(str(p)) for p in parts)
        return s == Decimal(str(total)), "sum %s=%s vs %s" % (parts, s, total)
    if kind == "eq":
        return Decimal(str(c[1])) == Decimal(str(c[2])), "eq %s vs %s" % (c[1], c[2])
    if kind == "cnt":
        return c[1] == c[2], "cnt %s vs %s" % (c[1], c[2])
    if kind == "cmp":
        return bool(c[1]), "cmp"
    raise ValueError(kind)

def main():
    errors = []
    table = []
    codes = {}
    for d in ALL:
        text = unicodedata.normalize("NFC", "\n".join(d["paras"]) + "\n")
        n = len(text)
        if not (1800 <= n <= 2800):
            errors.append("%s length %d" % (d["name"], n))
        # printed strings of correct checks must appear
        for c in d["checks"]:
            ok, msg = eval_check(c)
            if not ok:
                errors.append("%s CORRECT check fails: %s" % (d["name"], msg))
            if c[0] in ("pct", "growth") and c[3] not in text:
                errors.append("%s printed %s not in text" % (d["name"], c[3]))
        planted = []
        for code, span, note, chk in d["planted"]:
            ok, msg = eval_check(chk)
            if ok:
                errors.append("%s PLANTED check does not fail: %s %s" % (d["name"], code, msg))
            if text.count(span) != 1:
                errors.append("%s span %r occurs %d times" % (d["name"], span, text.count(span)))
            if not re.search(r"\d", span):
                errors.append("%s span has no digit %r" % (d["name"], span))
            if chk[0] in ("pct", "growth") and chk[3] not in span:
                errors.append("%s planted printed %s not in span" % (d["name"], chk[3]))
            planted.append({"code": code, "text": span, "note": note})
            codes[code] = codes.get(code, 0) + 1
        exp = {"genre": d["genre"], "clean": not planted, "planted": planted, "officials": d["officials"]}
        for o in d["officials"]:
            if o not in text:
                errors.append("%s official %s not in text" % (d["name"], o))
        with open(os.path.join(OUT, d["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
        table.append((d["name"], d["genre"], len(planted), n))
    for row in table:
        print("%-55s %-13s %d %d" % row)
    print(codes, sum(codes.values()))
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("ALL OK")

if __name__ == "__main__":
    main()
