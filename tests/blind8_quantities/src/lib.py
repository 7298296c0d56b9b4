"""Helpers for the blind8_quantities generator: Vietnamese number formatting,
half-up percentages, and a Doc object that records planted problems and asserts."""
import json
import os
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

CODES = {
    "percent-mismatch", "sum-mismatch", "count-mismatch", "derived-mismatch",
    "figure-inconsistent", "target-status-mismatch", "vote-mismatch",
    "attendance-mismatch", "absentee-count-mismatch", "part-exceeds-whole",
    "resolution-not-passed", "name-inconsistent", "other",
}
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}


def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def fmt(x, k=0):
    """Vietnamese format: '.' thousands, ',' decimals, k decimals, half-up."""
    q = D(x).quantize(Decimal(1).scaleb(-k), rounding=ROUND_HALF_UP)
    s = f"{q:,.{k}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def n(x):
    assert int(x) == x
    return fmt(x, 0)


def pct(a, b, k=1):
    """a/b*100 rounded half-up to k decimals, Vietnamese format (no % sign)."""
    return fmt(D(a) * 100 / D(b), k)


def pctv(a, b, k=1):
    """numeric value of the printed percentage"""
    return (D(a) * 100 / D(b)).quantize(Decimal(1).scaleb(-k), rounding=ROUND_HALF_UP)


def parse(s):
    """parse a Vietnamese-formatted number back to Decimal"""
    return Decimal(s.replace(".", "").replace(",", "."))


class Doc:
    def __init__(self, name, genre, officials=None):
        assert genre in GENRES
        self.name, self.genre, self.officials = name, genre, officials
        self.paras, self.planted = [], []

    def p(self, *lines):
        for t in lines:
            self.paras.append(t)

    def ok(self, cond, msg="figure"):
        assert cond, f"{self.name}: correct figure wrong: {msg}"

    def plant(self, code, text, note, broken):
        assert code in CODES, code
        assert broken, f"{self.name}: planted relation not broken: {text}"
        self.planted.append({"code": code, "text": text, "note": note})

    def text(self):
        return unicodedata.normalize("NFC", "\n".join(self.paras) + "\n")

    def write(self, outdir):
        t = self.text()
        assert 1900 <= len(t) <= 3200, f"{self.name}: length {len(t)}"
        for pl in self.planted:
            c = t.count(pl["text"])
            assert c == 1, f"{self.name}: span occurs {c} times: {pl['text']}"
        if self.planted:
            assert 2 <= len(self.planted) <= 4, f"{self.name}: {len(self.planted)} planted"
        with open(os.path.join(outdir, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(t)
        exp = {"genre": self.genre, "clean": not self.planted,
               "planted": self.planted, "officials": self.officials}
        with open(os.path.join(outdir, self.name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len(t)
