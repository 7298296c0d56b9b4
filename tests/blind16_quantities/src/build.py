import json, os, unicodedata
import d1, d2, d3, d4, d5, d6
from h import DOCS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name, genre, text, planted in DOCS:
    text = unicodedata.normalize("NFC", "\n".join(l.rstrip() for l in text.split("\n"))) + "\n"
    for p in planted:
        p["text"] = unicodedata.normalize("NFC", p["text"]); p["note"] = unicodedata.normalize("NFC", p["note"])
    open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8").write(text)
    json.dump({"genre": genre, "clean": not planted, "planted": planted, "officials": []},
              open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(DOCS), "docs written")
