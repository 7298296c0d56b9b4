# -*- coding: utf-8 -*-
from decimal import Decimal, ROUND_HALF_UP


def fmt_pct(a, b, decimals):
    v = Decimal(repr(a)) * 100 / Decimal(repr(b))
    q = Decimal(1) if decimals == 0 else Decimal("0." + "0" * (decimals - 1) + "1")
    s = str(v.quantize(q, rounding=ROUND_HALF_UP))
    return s.replace(".", ",")


def pct_ok(a, b, printed):
    """printed like '94,1' or '70'; True iff a/b*100 rounded half-up to printed decimals == printed"""
    dec = len(printed.split(",")[1]) if "," in printed else 0
    return fmt_pct(a, b, dec) == printed


def eq(a, b, tol=1e-9):
    return abs(a - b) < tol
