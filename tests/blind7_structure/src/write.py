#!/usr/bin/env python3
"""Write <name>.txt and <name>.gold.json from texts.py / gold_data.py."""
import json, os, unicodedata
from texts import TEXTS
from gold_data import GOLD
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name, t in TEXTS.items():
    t = unicodedata.normalize("NFC", t.strip("\n") + "\n")
    open(os.path.join(D, name + ".txt"), "w", encoding="utf-8").write(t)
    print(name, len(t))
for name, g in GOLD.items():
    with open(os.path.join(D, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
