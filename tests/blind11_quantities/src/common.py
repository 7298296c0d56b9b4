"""Helpers shared by the data modules, build.py and validate.py (blind11_quantities)."""
from decimal import Decimal, ROUND_HALF_UP

DOCS = []


def num(s):
    """Parse a Vietnamese-formatted number: '.' groups thousands, ',' is the decimal mark."""
    return Decimal(str(s).replace(".", "").replace(",", "."))


def pct(a, b, dec):
    """Percentage a/b*100 rounded half-up to `dec` decimals, Vietnamese formatting."""
    v = (num(a) * 100 / num(b))
    q = Decimal(1).scaleb(-dec)
    r = v.quantize(q, rounding=ROUND_HALF_UP)
    return str(r).replace(".", ",")


def rnd(x, dec):
    q = Decimal(1).scaleb(-dec)
    return str(Decimal(x).quantize(q, rounding=ROUND_HALF_UP)).replace(".", ",")


def P(a, b, shown):
    """True iff `shown` (e.g. '75,5') equals a/b in %, at the printed decimals."""
    dec = len(shown.split(",")[1]) if "," in shown else 0
    return pct(a, b, dec) == shown


def G(new, old, shown):
    """Growth rate (new-old)/old*100 equals `shown` at printed decimals."""
    dec = len(shown.split(",")[1]) if "," in shown else 0
    return rnd((num(new) - num(old)) * 100 / num(old), dec) == shown


def S(*parts):
    return sum(num(p) for p in parts)


def doc(name, genre, text, planted=(), checks=()):
    """planted: (code, text, note, broken) where broken must be True (relation really fails).
    checks: (description, ok) where ok must be True (intended relation holds)."""
    DOCS.append({
        "name": name,
        "genre": genre,
        "text": text.strip("\n"),
        "planted": [dict(code=c, text=t, note=n, broken=b) for (c, t, n, b) in planted],
        "checks": list(checks),
    })
