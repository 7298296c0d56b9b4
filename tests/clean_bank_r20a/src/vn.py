"""Helpers: Vietnamese number notation and half-up rounding (used only to build texts)."""
from decimal import Decimal, ROUND_HALF_UP
import datetime

def r(v, d=1):
    return Decimal(str(v)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)

def f(v, d=0):
    """format a number Vietnamese style with d decimals"""
    x = r(v, d)
    s = "{:,.{}f}".format(x, d)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

def pc(a, b, d=1):
    return f(Decimal(a) / Decimal(b) * 100, d)

WD = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
def wd(d, m, y):
    return datetime.date(y, m, d).weekday()
