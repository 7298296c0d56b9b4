from decimal import Decimal, ROUND_HALF_UP


def P(a, b, d=1):
    """percentage a/b half-up at d decimals, Vietnamese format"""
    q = (Decimal(a) * 100 / Decimal(b)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    return F(q, d)


def F(x, d=0):
    x = Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def N(x):
    return F(x, 0)


DOCS = []


def doc(name, genre, lines, planted):
    DOCS.append((name, genre, "\n".join(lines), planted))
