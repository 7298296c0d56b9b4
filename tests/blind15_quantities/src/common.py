from decimal import Decimal, ROUND_HALF_UP
import json, os, unicodedata
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = []
def P(a, b, d=1):
    q = (Decimal(a) * 100 / Decimal(b)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    return f"{q:.{d}f}".replace('.', ',')
def N(x):
    return f"{x:,}".replace(',', '.')
def D(x, d=1):
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    s = f"{q:.{d}f}"
    i, f = s.split('.')
    return N(int(i)) + ',' + f
def doc(name, genre, text, planted=()):
    text = unicodedata.normalize('NFC', text.strip('\n'))
    DOCS.append((name, genre, text, [dict(code=c, text=unicodedata.normalize('NFC', t), note=n) for c, t, n in planted]))
def write():
    for name, genre, text, planted in DOCS:
        with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text + '\n')
        with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(dict(genre=genre, clean=not planted, planted=planted, officials=[]), f, ensure_ascii=False, indent=1)
            f.write('\n')
