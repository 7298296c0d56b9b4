#!/usr/bin/env python3
"""Write ../<name>.txt from texts*.py (NFC, no trailing spaces) and ../<name>.gold.json from gold_data.py."""
import json, os, unicodedata, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
import sys; sys.path.insert(0, HERE)
T = {}
for i in range(1, 8):
    T.update(importlib.import_module(f"texts{i}").T)
from gold_data import GOLD
for name, txt in T.items():
    txt = unicodedata.normalize("NFC", txt)
    txt = "\n".join(l.rstrip(" ") for l in txt.split("\n"))
    open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write(txt)
for name, g in GOLD.items():
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
print("wrote", len(T), "texts,", len(GOLD), "golds")
