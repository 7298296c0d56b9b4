"""Helpers for blind9_quantities: Vietnamese number formatting and checks."""
from decimal import Decimal, ROUND_HALF_UP


def dec(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def D(x, d):
    """Format a number half-up with d decimals, '.' thousands, ',' decimals."""
    q = dec(x).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    s = f"{q:,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def P(a, b, d=2):
    """Percent a/b*100, half-up, printed with d decimals."""
    return D(dec(a) * 100 / dec(b), d)


def N(n):
    return D(n, 0)


class Checks:
    def __init__(self, name):
        self.name = name
        self.items = []

    def ok(self, label, computed, printed):
        self.items.append((True, label, computed, printed))

    def bad(self, label, computed, printed):
        self.items.append((False, label, computed, printed))

    def run(self, text):
        for good, label, computed, printed in self.items:
            if good:
                assert computed == printed, f"{self.name}: {label}: computed {computed!r} != printed {printed!r}"
            else:
                assert computed != printed, f"{self.name}: {label}: planted value {printed!r} is actually right"
            if isinstance(printed, str) and printed:
                assert printed in text, f"{self.name}: {label}: printed {printed!r} not in text"
