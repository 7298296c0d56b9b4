#!/usr/bin/env python3
"""Build blind5_structure from src/docs/dNN.py and validate every gold file."""
import importlib.util, json, os, re, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TOP = ["genre","issuer","issuer_parent","doc_number","place","date","title","meeting","attendance",
       "decisions","targets","tasks","signers","recipients","key_figures","noise_figures"]
MEET = ["name","kind","start","end","date","place","chairs","secretary","form"]
ATT = ["total","official","probationary","present","absent","absentees"]
DEC = ["kind","for","against","abstain","base","person","outcome"]
TGT = ["name","target","result","unit","period","verdict"]
TSK = ["text","owner","deadline"]
SIG = ["role","position","name"]
GENRES = {"bien_ban","bao_cao","nghi_quyet","tin_hoi_nghi"}
KINDS = {"thường kỳ","chuyên đề","đại hội","hội nghị BCH","hội nghị",None}
DKINDS = {"vote","election","discipline","resolution"}
VERD = {"đạt","vượt","chưa đạt","tiến độ",None}
errs = []
def err(n, m): errs.append(f"{n}: {m}")
def keys(n, obj, ks, where):
    if list(obj.keys()) != ks: err(n, f"key order {where}: {list(obj.keys())}")
def sub(n, s, txt, where, loose=False):
    if s is None: return
    if s not in txt:
        if loose and re.sub(r"\s+"," ",s) in re.sub(r"\s+"," ",txt.replace("\n"," ")): return
        if loose: print(f"  note {n}: {where} not verbatim: {s!r}")
        else: err(n, f"{where} not substring: {s!r}")
def pct(a, b, printed):
    dec = printed.rstrip("%").strip()
    places = len(dec.split(",")[1]) if "," in dec else 0
    v = (Decimal(str(a))/Decimal(str(b))*100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return str(v).replace(".", ",") == dec
totals = {}
for f in sorted(os.listdir(os.path.join(HERE,"docs"))):
    if not f.endswith(".py"): continue
    spec = importlib.util.spec_from_file_location(f[:-3], os.path.join(HERE,"docs",f))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    n, txt, g = m.NAME, unicodedata.normalize("NFC", m.TEXT), m.GOLD
    if txt != m.TEXT: err(n, "text not NFC in source")
    if not (2000 <= len(txt) <= 3200): err(n, f"length {len(txt)}")
    keys(n, g, TOP, "top")
    if g["genre"] not in GENRES: err(n, "genre")
    for k in ["doc_number","title","issuer_parent"]: sub(n, g[k], txt, k)
    sub(n, g["issuer"], txt, "issuer", loose=True)
    for k in ["date"]:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g[k] or ""): err(n, "date fmt")
    if g["place"]: sub(n, g["place"]+", ngày", txt, "place+date line")
    mt = g["meeting"]
    if mt is not None:
        keys(n, mt, MEET, "meeting")
        if mt["kind"] not in KINDS: err(n, "meeting kind")
        for t in ("start","end"):
            if mt[t] is not None and not re.fullmatch(r"\d{2}:\d{2}", mt[t]): err(n, "time fmt")
        sub(n, mt["place"], txt, "meeting.place"); sub(n, mt["secretary"], txt, "secretary")
        sub(n, mt["name"], txt, "meeting.name", loose=True)
        for c in mt["chairs"]: sub(n, c, txt, "chair")
    elif g["genre"] == "bien_ban": err(n, "bien_ban without meeting")
    a = g["attendance"]
    if a is not None:
        keys(n, a, ATT, "attendance")
        if a["official"] is not None and a["probationary"] is not None and a["official"]+a["probationary"] != a["total"]: err(n,"official+prob")
        if None not in (a["present"],a["absent"],a["total"]) and a["present"]+a["absent"] != a["total"]: err(n,"present+absent")
        if a["absentees"] and a["absent"] is not None and len(a["absentees"]) != a["absent"]: err(n,"absentee count")
        for x in a["absentees"]:
            keys(n, x, ["name","reason"], "absentee"); sub(n, x["name"], txt, "absentee"); sub(n, x["reason"], txt, "reason")
    for d in g["decisions"]:
        keys(n, d, DEC, "decision")
        if d["kind"] not in DKINDS: err(n, "decision kind")
        s = sum(v for v in (d["for"], d["against"], d["abstain"]) if v is not None)
        if d["base"] is not None and s > d["base"]: err(n, "votes exceed base")
        if a and a.get("present") and s > a["present"]: err(n, "votes exceed present")
        sub(n, d["person"], txt, "person")
    for t in g["targets"]:
        keys(n, t, TGT, "target"); sub(n, t["name"], txt, "target.name")
        if t["verdict"] not in VERD: err(n, "verdict")
        if t["result"] is None and t["verdict"] is not None: err(n, "verdict without result")
    for t in g["tasks"]:
        keys(n, t, TSK, "task")
        for k in TSK: sub(n, t[k], txt, "task."+k)
    for s_ in g["signers"]:
        keys(n, s_, SIG, "signer")
        for k in SIG: sub(n, s_[k], txt, "signer."+k)
    for r in g["recipients"]: sub(n, r, txt, "recipient")
    if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6: err(n, "too many figures")
    for k in g["key_figures"] + g["noise_figures"]: sub(n, k, txt, "figure")
    for (x, y, p) in m.RATIOS:
        if p not in txt: err(n, f"ratio string {p} missing")
        if not pct(x, y, p): err(n, f"ratio {x}/{y} != {p}")
    totals[n] = (g["genre"], len(txt), len(g["decisions"]), len(g["targets"]), len(g["tasks"]))
    with open(os.path.join(OUT, n+".txt"), "w", encoding="utf-8") as fh: fh.write(txt)
    with open(os.path.join(OUT, n+".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1); fh.write("\n")
for n,(gen,l,d,t,k) in totals.items(): print(f"{n:45s} {gen:13s} {l:5d} dec={d} tgt={t} task={k}")
print("TOTAL", len(totals), "docs; decisions", sum(v[2] for v in totals.values()), "targets", sum(v[3] for v in totals.values()), "tasks", sum(v[4] for v in totals.values()))
print("\n".join(errs) if errs else "ALL CHECKS PASS"); sys.exit(1 if errs else 0)
