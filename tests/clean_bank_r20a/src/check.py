#!/usr/bin/env python3
"""Re-derive every figure relation in clean_bank_r20a.

Texts live in data_passages.py (P: list of (line, checks)) and data_docs.py (D: list of
(name, lines, checks)). `python3 src/check.py --write` regenerates passages.txt and docNN.txt;
without it the files are compared with the texts, linted, and every check re-derived.

A check is a tuple (kind, args...). Number arguments are strings in Vietnamese notation
("1.234", "92,5"); each must occur as a whole number token in the passage (table rows: in
their table; documents: in the document) unless prefixed "=" (a value not printed).
Kinds:
  pct  a b p        round_half_up(a/b*100, decimals(p)) == p
  sum  t x y ...    x + y + ... == t
  dif  a b d        a - b == d
  gro  new old p    round_half_up((new-old)/old*100, decimals(p)) == p   (p may be negative written as "=-…")
  div  a b q        round_half_up(a/b, decimals(q)) == q
  mul  a b q        round_half_up(a*b, decimals(q)) == q
  lt/le/gt/ge a b   comparison
  eq   a b          a == b
  rng  lo x hi      lo <= x <= hi
  dec  new old p    round_half_up((old-new)/old*100, decimals(p)) == p
  fge/fle/fgt/flt/feq a b n d   compare fractions a/b and n/d
  maj  n total      n is the least integer greater than total/2
  tm   h1 m1 h2 m2 n  minutes between two clock times
  rnd  x p          x rounded half-up to the decimals of p
  wd   dd/mm/yyyy w weekday (0 = thứ Hai … 6 = Chủ nhật)
  dys  d1 d2 n      inclusive number of days from d1 to d2
  dur  h1 m1 h2 m2 H M  duration between two clock times printed as H giờ M phút
"""
import re, sys, os, unicodedata
from decimal import Decimal, ROUND_HALF_UP
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_passages import P
from data_docs import D

def num(s):
    s = s.lstrip("=")
    neg = s.startswith("-")
    s = s.lstrip("-")
    v = Decimal(s.replace(".", "").replace(",", "."))
    return -v if neg else v

def decs(s):
    s = s.lstrip("=").lstrip("-")
    return len(s.split(",")[1]) if "," in s else 0

def rhu(v, d):
    q = Decimal(1).scaleb(-d)
    return v.quantize(q, rounding=ROUND_HALF_UP)

def present(tok, text):
    if tok.startswith("="):
        return True
    t = tok.lstrip("-")
    return re.search(r"(?<![\d.,])" + re.escape(t) + r"(?![\d]|[.,]\d)", text) is not None

def run_check(c, text):
    k, a = c[0], c[1:]
    for t in a:
        if not present(t, text):
            return "token %r not in text" % t
    if k == "wd":   # wd dd/mm/yyyy weekday(0=Mon)
        import datetime
        d, m, y = map(int, a[0].lstrip("=").split("/"))
        return None if datetime.date(y, m, d).weekday() == int(a[1].lstrip("=")) else "FAILED"
    if k == "dys":  # dys d1 d2 n : inclusive day count
        import datetime
        def pd(x):
            d, m, y = map(int, x.lstrip("=").split("/")); return datetime.date(y, m, d)
        return None if (pd(a[1]) - pd(a[0])).days + 1 == int(a[2].lstrip("=")) else "FAILED"
    v = [num(x) for x in a]
    if k == "pct":
        ok = rhu(v[0] / v[1] * 100, decs(a[2])) == v[2]
    elif k == "sum":
        ok = sum(v[1:]) == v[0]
    elif k == "dif":
        ok = v[0] - v[1] == v[2]
    elif k == "gro":
        ok = rhu((v[0] - v[1]) / v[1] * 100, decs(a[2])) == v[2]
    elif k == "div":
        ok = rhu(v[0] / v[1], decs(a[2])) == v[2]
    elif k == "mul":
        ok = rhu(v[0] * v[1], decs(a[2])) == v[2]
    elif k == "lt":
        ok = v[0] < v[1]
    elif k == "le":
        ok = v[0] <= v[1]
    elif k == "gt":
        ok = v[0] > v[1]
    elif k == "ge":
        ok = v[0] >= v[1]
    elif k == "eq":
        ok = v[0] == v[1]
    elif k == "dec":
        ok = rhu((v[1] - v[0]) / v[1] * 100, decs(a[2])) == v[2]
    elif k in ("fge", "fle", "fgt", "flt", "feq"):
        l, r = v[0] * v[3], v[2] * v[1]
        ok = {"fge": l >= r, "fle": l <= r, "fgt": l > r, "flt": l < r, "feq": l == r}[k]
    elif k == "maj":   # maj n total : n is the least integer greater than total/2
        ok = v[0] * 2 > v[1] and (v[0] - 1) * 2 <= v[1]
    elif k == "tm":    # tm h1 m1 h2 m2 minutes
        ok = (v[2] * 60 + v[3]) - (v[0] * 60 + v[1]) == v[4]
    elif k == "rnd":   # rnd x p : x rounded half-up to decimals(p) == p
        ok = rhu(v[0], decs(a[1])) == v[1]
    elif k == "dur":   # dur h1 m1 h2 m2 H M : duration printed as H giờ M phút
        ok = (v[2] * 60 + v[3]) - (v[0] * 60 + v[1]) == v[4] * 60 + v[5]
    elif k == "rng":
        ok = v[0] <= v[1] <= v[2]
    else:
        return "unknown kind " + k
    return None if ok else "FAILED (got %s)" % dbg(k, v)

def dbg(k, v):
    try:
        if k == "pct": return rhu(v[0] / v[1] * 100, 3)
        if k in ("gro",): return rhu((v[0] - v[1]) / v[1] * 100, 3)
        if k == "dec": return rhu((v[1] - v[0]) / v[1] * 100, 3)
        if k == "div": return rhu(v[0] / v[1], 4)
        if k == "mul": return v[0] * v[1]
        if k == "sum": return sum(v[1:])
        if k == "dif": return v[0] - v[1]
        if k == "tm": return (v[2] * 60 + v[3]) - (v[0] * 60 + v[1])
    except Exception:
        pass
    return ""

def lint(lines, where, errs):
    seen = set()
    for i, l in enumerate(lines, 1):
        if unicodedata.normalize("NFC", l) != l: errs.append("%s:%d not NFC" % (where, i))
        if l != l.strip() or not l: errs.append("%s:%d whitespace/blank" % (where, i))
        if "  " in l: errs.append("%s:%d double space" % (where, i))
        if l in seen and where == "passages.txt": errs.append("%s:%d duplicate" % (where, i))
        seen.add(l)

def main():
    write = "--write" in sys.argv
    errs = []; nchk = 0
    lines = [p[0] for p in P]
    # table blocks: consecutive lines with TAB
    block_of = {}
    i = 0
    tables = []
    while i < len(lines):
        if "\t" in lines[i]:
            j = i
            while j < len(lines) and "\t" in lines[j]: j += 1
            tables.append((i, j))
            for k in range(i, j): block_of[k] = "\n".join(lines[i:j])
            ncol = len(lines[i].split("\t"))
            for k in range(i, j):
                if len(lines[k].split("\t")) != ncol: errs.append("table row %d: %d cells, header %d" % (k+1, len(lines[k].split("\t")), ncol))
            i = j
        else:
            i += 1
    lint(lines, "passages.txt", errs)
    for idx, (line, checks) in enumerate(P):
        scope = block_of.get(idx, line)
        for c in checks:
            nchk += 1
            r = run_check(c, scope)
            if r: errs.append("passages.txt:%d %s %s" % (idx + 1, c, r))
    docs_txt = {}
    for name, dl, checks in D:
        lint(dl, name, errs)
        text = "\n".join(dl)
        docs_txt[name] = text + "\n"
        n = len(text)
        if not (1900 <= n <= 3600): errs.append("%s length %d" % (name, n))
        for c in checks:
            nchk += 1
            r = run_check(c, text)
            if r: errs.append("%s %s %s" % (name, c, r))
    ptxt = "\n".join(lines) + "\n"
    if write:
        open(os.path.join(ROOT, "passages.txt"), "w", encoding="utf-8").write(ptxt)
        for name, t in docs_txt.items():
            open(os.path.join(ROOT, name), "w", encoding="utf-8").write(t)
    else:
        if open(os.path.join(ROOT, "passages.txt"), encoding="utf-8").read() != ptxt: errs.append("passages.txt differs from data")
        for name, t in docs_txt.items():
            if open(os.path.join(ROOT, name), encoding="utf-8").read() != t: errs.append(name + " differs from data")
    for e in errs: print(e)
    print("tables:", [(a + 1, b) for a, b in tables])
    for name, dl, _ in D: print(name, len("\n".join(dl)), "chars")
    if errs:
        print("%d problems" % len(errs)); sys.exit(1)
    print("all checks passed: %d passage lines, %d documents, %d figure checks" % (len(P), len(D), nchk))

if __name__ == "__main__":
    main()
