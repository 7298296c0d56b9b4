import json, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bb, gen_bc, gen_nq, gen_tin
from common import DOCS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name, d in sorted(DOCS.items()):
    text = unicodedata.normalize("NFC", "\n".join(l.rstrip() for l in d["text"].split("\n"))) + "\n"
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    exp = {"genre": d["genre"], "clean": not d["planted"],
           "planted": [{k: unicodedata.normalize("NFC", v) for k, v in pl.items()} for pl in d["planted"]],
           "officials": []}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(DOCS), "documents written")
