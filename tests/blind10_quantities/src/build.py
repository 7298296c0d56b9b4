"""Rebuild every <name>.txt / <name>.expected.json of blind10_quantities.

Run from anywhere:  python3 src/build.py
Asserts while writing: right relations hold, planted relations are broken,
every planted text occurs exactly once and contains its wrong figure,
NFC, length bounds, allowed codes and genres.
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
import docs_a, docs_b, docs_c, docs_d, docs_e  # noqa: E402,F401


def build():
    names = set()
    total_planted = 0
    for d in lib.DOCS:
        name, text = d["name"], d["text"]
        assert name not in names, name
        names.add(name)
        assert d["genre"] in lib.GENRES, name
        assert unicodedata.normalize("NFC", text) == text, name
        n = len(text)
        assert lib.MIN_LEN <= n <= lib.MAX_LEN, (name, n)
        for c in d["right"]:
            assert lib.check(c), (name, "right relation fails", c)
        for p in d["planted"]:
            assert p["code"] in lib.CODES, (name, p["code"])
            k = text.count(p["text"])
            assert k == 1, (name, "span count", k, p["text"])
            assert p["fig"] in p["text"], (name, "fig not in span", p["fig"], p["text"])
            assert not lib.check(p["broken"]), (name, "planted relation holds", p["broken"])
            assert p["note"].strip(), name
        total_planted += len(d["planted"])
        if d["officials"] is not None:
            assert isinstance(d["officials"], int) and d["officials"] > 0
        exp = {
            "genre": d["genre"],
            "clean": not d["planted"],
            "planted": [{"code": p["code"], "text": p["text"], "note": p["note"]}
                        for p in d["planted"]],
            # The scorer reads `officials` as a list of names; the author's count of voting
            # members is kept beside it.
            "officials": [],
            "officials_count_author": d["officials"],
        }
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{name:45s} {d['genre']:13s} {n:5d} chars  planted={len(d['planted'])}")
    print(f"{len(lib.DOCS)} documents, {total_planted} planted")


if __name__ == "__main__":
    build()
