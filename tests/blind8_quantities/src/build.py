"""Regenerate every document of blind8_quantities and validate it. Run: python3 src/build.py"""
import collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docs_bien_ban, docs_bao_cao, docs_other

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def main():
    docs = [f() for mod in (docs_bien_ban, docs_bao_cao, docs_other) for f in mod.DOCS]
    names = [d.name for d in docs]
    assert len(set(names)) == len(names)
    g = collections.Counter(); c = collections.Counter(); clean = 0
    for d in docs:
        L = d.write(OUT)
        g[d.genre] += 1; clean += not d.planted
        for p in d.planted: c[p["code"]] += 1
        print(f"{d.name:50s} {d.genre:13s} len={L:5d} planted={len(d.planted)}")
    print("genres", dict(g)); print("clean", clean); print("codes", dict(c), "total", sum(c.values()))
    assert len(docs) >= 14 and clean >= 4 and sum(c.values()) >= 32

if __name__ == "__main__":
    main()
