#!/usr/bin/env python3
"""Write <name>.txt and <name>.expected.json for every document of blind11_quantities."""
import json, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import data_bb, data_bc, data_nq, data_tin  # noqa: F401  (register documents)

OUT = os.path.dirname(HERE)


def main():
    for d in common.DOCS:
        text = unicodedata.normalize("NFC", d["text"])
        with open(os.path.join(OUT, d["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        exp = {
            "genre": d["genre"],
            "clean": not d["planted"],
            "planted": [{"code": p["code"], "text": unicodedata.normalize("NFC", p["text"]),
                         "note": p["note"]} for p in d["planted"]],
            "officials": [],
        }
        with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(common.DOCS)} documents to {OUT}")


if __name__ == "__main__":
    main()
