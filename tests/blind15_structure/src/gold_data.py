#!/usr/bin/env python3
"""Source of truth for blind15_structure. Run to (re)write ../<name>.txt and ../<name>.gold.json."""
import json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_bb, docs_bc, docs_nq, docs_tin  # noqa

TEXTS, GOLD = {}, {}
for mod in (docs_bb, docs_bc, docs_nq, docs_tin):
    for name, (txt, gold) in mod.DOCS.items():
        TEXTS[name] = unicodedata.normalize("NFC", txt)
        GOLD[name] = gold


def main():
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(TEXTS[name] + "\n")
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote", len(GOLD), "documents")


if __name__ == "__main__":
    main()
