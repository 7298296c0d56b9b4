# -*- coding: utf-8 -*-
"""Writes <name>.txt and <name>.expected.json into the set folder from docs_*.py."""
import json, os, unicodedata, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ALL = {}
for m in "abcdefghi":
    mod = importlib.import_module("docs_" + m)
    ALL.update(mod.D)
for name, (genre, text, planted) in sorted(ALL.items()):
    text = unicodedata.normalize("NFC", text.strip("\n"))
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    exp = {"genre": genre, "clean": not planted,
           "planted": [{"code": c, "text": unicodedata.normalize("NFC", t), "note": n} for c, t, n in planted],
           "officials": []}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(ALL), "documents written")
