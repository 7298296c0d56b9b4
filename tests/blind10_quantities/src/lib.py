"""Helpers for the blind10_quantities generator.

Numbers are passed as they are printed in the documents (Vietnamese style:
"." groups thousands, "," marks decimals) so every check mirrors the text.
Percentages are rounded half-up to the number of decimals printed.
"""
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

CODES = {
    "percent-mismatch", "derived-mismatch", "sum-mismatch", "count-mismatch",
    "target-status-mismatch", "figure-inconsistent", "attendance-mismatch",
    "absentee-count-mismatch", "vote-mismatch", "part-exceeds-whole",
    "resolution-not-passed", "name-inconsistent", "other",
}
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
MIN_LEN, MAX_LEN = 1900, 3400

DOCS = []


def D(x):
    """Parse a printed Vietnamese number ("3.880", "88,7", 52) into Decimal."""
    if isinstance(x, (int, Decimal)):
        return Decimal(x)
    s = str(x).strip().replace(".", "").replace(",", ".")
    return Decimal(s)


def ndec(printed):
    s = str(printed)
    return len(s.split(",")[1]) if "," in s else 0


def rnd(x, dec):
    q = Decimal(1).scaleb(-dec)
    return Decimal(x).quantize(q, rounding=ROUND_HALF_UP)


def pct_of(part, whole, dec):
    return rnd(D(part) * 100 / D(whole), dec)


def check(c):
    """Evaluate one relation. Returns True when the relation holds."""
    k = c[0]
    if k == "pct":            # part/whole*100 == printed (rounded half-up)
        _, part, whole, printed = c
        return pct_of(part, whole, ndec(printed)) == D(printed)
    if k == "growth":         # (new-old)/old*100 == printed
        _, new, old, printed = c
        return rnd((D(new) - D(old)) * 100 / D(old), ndec(printed)) == D(printed)
    if k == "decline":        # (old-new)/old*100 == printed
        _, new, old, printed = c
        return rnd((D(old) - D(new)) * 100 / D(old), ndec(printed)) == D(printed)
    if k == "ratio":          # a/b == printed (rounded)
        _, a, b, printed = c
        return rnd(D(a) / D(b), ndec(printed)) == D(printed)
    if k == "prod":           # a*b == printed (rounded)
        _, a, b, printed = c
        return rnd(D(a) * D(b), ndec(printed)) == D(printed)
    if k == "sum":            # sum(parts) == total
        _, parts, total = c
        return sum(D(p) for p in parts) == D(total)
    if k == "sumle":          # sum(parts) <= bound
        _, parts, bound = c
        return sum(D(p) for p in parts) <= D(bound)
    if k == "diff":           # a - b == printed
        _, a, b, printed = c
        return D(a) - D(b) == D(printed)
    if k == "eq":
        _, a, b = c
        if isinstance(a, str) and not any(ch.isdigit() for ch in a):
            return a == b
        return D(a) == D(b)
    if k in ("le", "lt", "ge", "gt"):
        _, a, b = c
        a, b = D(a), D(b)
        return {"le": a <= b, "lt": a < b, "ge": a >= b, "gt": a > b}[k]
    if k == "count":          # len(list) == stated
        _, items, stated = c
        return len(items) == D(stated)
    raise ValueError(c)


def P(code, text, fig, note, broken):
    """A planted problem: `broken` is a relation that must NOT hold."""
    return {"code": code, "text": text, "fig": fig, "note": note, "broken": broken}


def doc(name, genre, text, officials=None, right=(), planted=()):
    text = unicodedata.normalize("NFC", text.strip("\n"))
    DOCS.append({
        "name": name, "genre": genre, "text": text, "officials": officials,
        "right": list(right), "planted": list(planted),
    })


def nfc(s):
    return unicodedata.normalize("NFC", s)
