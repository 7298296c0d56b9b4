from decimal import Decimal, ROUND_HALF_UP
def p(a, b, d=1):
    v = (Decimal(str(a)) * 100 / Decimal(str(b))).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    s = f"{v:.{d}f}".replace(".", ",")
    return s + "%"
def n(x):
    return f"{x:,}".replace(",", ".")
DOCS = {}
def add(name, genre, text, planted):
    DOCS[name] = dict(genre=genre, text=text.strip("\n"), planted=[dict(code=c, text=t, note=no) for c, t, no in planted])
