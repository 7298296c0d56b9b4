"""Build and validate the blind9_structure gold set.
Each docs_*.py module defines DOCS = [dict(name, text, gold, pct=[(a, b, "printed%")])].
Writes <name>.txt and <name>.gold.json one level up, then validates both."""
import json, re, sys, unicodedata, importlib, pathlib
from decimal import Decimal, ROUND_HALF_UP

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
KEYS = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting",
        "attendance", "decisions", "targets", "tasks", "signers", "recipients", "key_figures", "noise_figures"]
MEET = ["name", "kind", "start", "end", "date", "place", "chairs", "secretary", "form"]
ATT = ["total", "official", "probationary", "present", "absent", "absentees"]
DEC = ["kind", "subject", "person", "for", "against", "abstain", "base", "outcome"]
TGT = ["name", "target", "result", "unit", "period", "verdict"]
TSK = ["text", "owner", "deadline"]
SIG = ["role", "position", "name"]
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}
DKINDS = {"vote", "election", "discipline", "resolution"}
VERD = {"đạt", "vượt", "chưa đạt", "tiến độ", None}
errs = []

def E(name, msg):
    errs.append(f"{name}: {msg}")

def verb(name, text, s, where):
    if s is not None and s not in text:
        E(name, f"{where} not verbatim: {s!r}")

def pct(a, b, printed):
    s = printed.rstrip("%")
    n = len(s.split(",")[1]) if "," in s else 0
    v = (Decimal(a) * 100 / Decimal(b)).quantize(Decimal(1).scaleb(-n), ROUND_HALF_UP)
    return str(v).replace(".", ",") == s

def check(d):
    name, text, g = d["name"], d["text"], d["gold"]
    if unicodedata.normalize("NFC", text) != text: E(name, "text not NFC")
    if not (2000 <= len(text) <= 3400): E(name, f"size {len(text)}")
    if "\n\n" in text: E(name, "empty line")
    if list(g) != KEYS: E(name, f"key order {list(g)}")
    if g["genre"] not in GENRES: E(name, "genre")
    for k in ["issuer", "issuer_parent", "doc_number", "title"]:
        verb(name, text, g[k], k)
    if g["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]): E(name, "date")
    m = g["meeting"]
    if m is not None:
        if list(m) != MEET: E(name, "meeting keys")
        if m["kind"] not in KINDS: E(name, "meeting kind")
        for k in ["start", "end"]:
            if m[k] and not re.fullmatch(r"\d{2}:\d{2}", m[k]): E(name, f"time {k}")
        if m["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"]): E(name, "meeting date")
        for k in ["name", "place", "secretary"]:
            verb(name, text, m[k], "meeting." + k)
        for c in m["chairs"]:
            verb(name, text, c, "chair")
    a = g["attendance"]
    if a is not None:
        if list(a) != ATT: E(name, "att keys")
        if a["official"] is not None and a["probationary"] is not None and a["total"] is not None:
            if a["official"] + a["probationary"] != a["total"]: E(name, "official+prob != total")
        if None not in (a["present"], a["absent"], a["total"]) and a["present"] + a["absent"] != a["total"]:
            E(name, "present+absent != total")
        if a["absent"] is not None and a["absentees"] and len(a["absentees"]) != a["absent"]:
            E(name, "absentee count")
        for x in a["absentees"]:
            verb(name, text, x["name"], "absentee"); verb(name, text, x["reason"], "absent reason")
    for x in g["decisions"]:
        if list(x) != DEC: E(name, "dec keys")
        if x["kind"] not in DKINDS: E(name, "dec kind")
        verb(name, text, x["person"], "dec person")
        s = sum(v for v in (x["for"], x["against"], x["abstain"]) if v is not None)
        if x["base"] is not None and s > x["base"]: E(name, f"votes exceed base {x}")
    for t in g["targets"]:
        if list(t) != TGT: E(name, "tgt keys")
        if t["verdict"] not in VERD: E(name, "verdict")
        verb(name, text, t["name"], "target name")
    for t in g["tasks"]:
        if list(t) != TSK: E(name, "task keys")
        for k in TSK: verb(name, text, t[k], "task." + k)
    for s in g["signers"]:
        if list(s) != SIG: E(name, "sig keys")
        for k in SIG: verb(name, text, s[k], "signer." + k)
    for r in g["recipients"]: verb(name, text, r, "recipient")
    if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6: E(name, "too many figures")
    for f in g["key_figures"] + g["noise_figures"]: verb(name, text, f, "figure")
    for a_, b_, p in d.get("pct", []):
        verb(name, text, p, "pct")
        if not pct(a_, b_, p): E(name, f"pct {a_}/{b_} != {p}")

def main():
    docs = []
    for mod in sorted(HERE.glob("docs_*.py")):
        docs += importlib.import_module(mod.stem).DOCS
    names = set()
    for d in docs:
        if d["name"] in names: E(d["name"], "dup")
        names.add(d["name"])
        text = unicodedata.normalize("NFC", d["text"].strip("\n"))
        d["text"] = text
        check(d)
        (OUT / f"{d['name']}.txt").write_text(text + "\n", encoding="utf-8")
        (OUT / f"{d['name']}.gold.json").write_text(json.dumps(d["gold"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for d in docs:
        print(f"{d['name']:40s} {d['gold']['genre']:13s} {len(d['text'])}")
    print(len(docs), "docs;", len(errs), "errors")
    for e in errs: print("ERR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
