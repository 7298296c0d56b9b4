#!/usr/bin/env python3
"""Validate the structure dev set: JSON, key order, NFC, length, arithmetic, verbatim strings."""
import json, sys, os, re, unicodedata, glob
from decimal import Decimal, ROUND_HALF_UP
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["genre","issuer","issuer_parent","doc_number","place","date","title","meeting","attendance",
       "decisions","targets","tasks","signers","recipients","key_figures","noise_figures"]
MEET = ["name","kind","start","end","date","place","chairs","secretary","form"]
ATT = ["total","official","probationary","present","absent","absentees"]
DEC = ["kind","subject","person","for","against","abstain","base","outcome"]
TGT = ["name","target","result","unit","period","verdict"]
TSK = ["text","owner","deadline"]
SIG = ["role","position","name"]
GENRES = {"bien_ban","bao_cao","nghi_quyet","tin_hoi_nghi"}
KINDS = {"thường kỳ","chuyên đề","đại hội","hội nghị BCH","hội nghị",None}
DKINDS = {"vote","election","discipline","resolution"}
VERD = {"đạt","vượt","chưa đạt","tiến độ",None}
errs = []
def err(f, m): errs.append(f"{f}: {m}")
def keys(f, obj, want, where):
    if list(obj.keys()) != want: err(f, f"{where} keys {list(obj.keys())} != {want}")
def pct_ok(txt):
    # every "a/b ... (x,y%)" or "N phiếu (x,y%)" is checked by per-file hooks below
    pass
def verb(f, txt, s, where):
    if s is None: return
    if s not in txt: err(f, f"{where} not verbatim: {s!r}")
def chk(a, b, printed, needpct=True):
    """printed percentage must be a/b*100 rounded half-up to its decimals, and occur in the text"""
    def h(f, txt, g):
        dec = len(printed.split(",")[1]) if "," in printed else 0
        q = (Decimal(a) * 100 / Decimal(b)).quantize(Decimal(1).scaleb(-dec), ROUND_HALF_UP)
        if str(q).replace(".", ",") != printed: err(f, f"pct {a}/{b} printed {printed} expected {q}")
        if needpct and printed + "%" not in txt: err(f, f"pct {printed}% not in text")
    return h
def dec_sum(f, txt, g):
    pass
EXEMPT = {"bb01_chibo_t10": 2}  # miễn sinh hoạt, not attending, neither present nor absent
HOOKS = {
 "bb01_chibo_t10": [chk(118,120,"98,3"), chk(25,25,"100")],
 "bb02_bch_lan12": [chk(412,520,"79,2"), chk(16,17,"94,1"), chk(15,17,"88,2"), chk(2,17,"11,8")],
 "bb03_daihoi_kiemphieu": [chk(35,36,"97,2"), chk(33,36,"91,7"), chk(30,36,"83,3"), chk(10,36,"27,8"), chk(34,36,"94,4"), chk(37,37,"100")],
 "bc01_dangu_thang10": [chk(31,40,"77,5"), chk(1126,1163,"96,8")],
 "bc02_ubnd_phuong_kt": [chk(3987,4120,"96,8",False), chk(171,150,"114,0",False), chk(932,950,"98,1",False), chk(1865,1800,"103,6",False), chk(100,100,"100,0",False)],
 "bc03_chibo_kiemdiem": [chk(18,21,"85,7")],
 "nq01_chibo_t12": [chk(19,19,"100",False)],
 "tin01_phuong_soket": [chk(9317,9482,"98,3")],
 "tin02_hdnd_kyhop5": [chk(27,28,"96,4"), chk(28,28,"100")],
 "tin03_chibo_chuyende": [chk(38,38,"100")],
 "bb05_kyluat": [chk(12,16,"75,0"), chk(3,16,"18,8"), chk(1,16,"6,3")],
}
files = sorted(glob.glob(os.path.join(D, "*.gold.json")))
counts = {}
for gp in files:
    name = os.path.basename(gp)[:-10]
    tp = os.path.join(D, name + ".txt")
    txt = open(tp, encoding="utf-8").read()
    raw = open(gp, encoding="utf-8").read()
    f = name
    if unicodedata.normalize("NFC", txt) != txt: err(f, "txt not NFC")
    if unicodedata.normalize("NFC", raw) != raw: err(f, "gold not NFC")
    n = len(txt)
    if not (1800 <= n <= 3200): err(f, f"length {n} outside 1800-3200")
    try: g = json.loads(raw)
    except Exception as e: err(f, f"JSON: {e}"); continue
    keys(f, g, TOP, "top")
    if g["genre"] not in GENRES: err(f, "genre")
    for k in ("issuer","issuer_parent","doc_number","place","title"): verb(f, txt, g[k], k)
    if g["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["date"]): err(f, "date fmt")
    m = g["meeting"]
    if g["genre"] == "bao_cao":
        if m is not None: err(f, "report meeting must be null")
    elif m is not None:
        keys(f, m, MEET, "meeting")
        if m["kind"] not in KINDS: err(f, "meeting.kind")
        verb(f, txt, m["name"], "meeting.name"); verb(f, txt, m["place"], "meeting.place")
        verb(f, txt, m["secretary"], "secretary")
        for c in m["chairs"]: verb(f, txt, c, "chair")
        for t in ("start","end"):
            if m[t] and not re.fullmatch(r"\d\d:\d\d", m[t]): err(f, f"meeting.{t} fmt")
        if m["start"] and m["end"] and m["end"] <= m["start"]: err(f, "end<=start")
    a = g["attendance"]
    if a is not None:
        keys(f, a, ATT, "attendance")
        if a["official"] is not None and a["probationary"] is not None and a["total"] is not None:
            if a["official"] + a["probationary"] != a["total"]: err(f, "official+prob != total")
        if a["absent"] is not None and a["absentees"] and len(a["absentees"]) != a["absent"]:
            err(f, "absentee count mismatch")
        if None not in (a["total"], a["present"], a["absent"]):
            if a["present"] + a["absent"] + EXEMPT.get(name, 0) != a["total"]:
                err(f, "present+absent(+exempted) != total")
        for x in a["absentees"]:
            verb(f, txt, x["name"], "absentee"); verb(f, txt, x["reason"], "absentee reason")
    for d in g["decisions"]:
        keys(f, d, DEC, "decision")
        if d["kind"] not in DKINDS: err(f, "decision kind")
        if d["kind"] == "resolution" and any(d[k] is not None for k in ("for","against","abstain","base")):
            err(f, "resolution must be uncounted (counted adoption = vote)")
        if d["kind"] == "vote" and d["for"] is None: err(f, "vote without count")
        verb(f, txt, d["subject"], "decision.subject"); verb(f, txt, d["person"], "decision.person")
        s = sum(v for v in (d["for"], d["against"], d["abstain"]) if v is not None)
        if d["base"] is not None and s > d["base"]: err(f, f"votes {s} > base {d['base']}")
    for t in g["targets"]:
        keys(f, t, TGT, "target"); verb(f, txt, t["name"], "target.name")
        if t["verdict"] not in VERD: err(f, "verdict")
        if t["verdict"] is None and t["result"] is not None: err(f, "result without verdict")
        if t["verdict"] == "vượt" and not (t["result"] > t["target"]): err(f, f"vượt wrong {t}")
        if t["verdict"] == "chưa đạt" and not (t["result"] < t["target"]): err(f, f"chưa đạt wrong {t}")
    for t in g["tasks"]:
        keys(f, t, TSK, "task")
        for k in TSK: verb(f, txt, t[k], "task." + k)
    for s_ in g["signers"]:
        keys(f, s_, SIG, "signer")
        for k in SIG: verb(f, txt, s_[k], "signer." + k)
    for r in g["recipients"]: verb(f, txt, r, "recipient")
    if len(g["key_figures"]) > 8: err(f, "too many key_figures")
    if len(g["noise_figures"]) > 6: err(f, "too many noise_figures")
    for k in g["key_figures"]: verb(f, txt, k, "key_figure")
    for k in g["noise_figures"]: verb(f, txt, k, "noise_figure")
    if set(g["key_figures"]) & set(g["noise_figures"]): err(f, "figure both key and noise")
    # printed percentages next to "a/b" or "N phiếu" must be half-up right
    for mm in re.finditer(r"(\d+)/(\d+)[^()\n]{0,40}?\((?:đạt )?(\d+(?:,\d+)?)%", txt):
        a_, b_, p = int(mm.group(1)), int(mm.group(2)), mm.group(3)
        dec = len(p.split(",")[1]) if "," in p else 0
        q = (Decimal(a_) * 100 / Decimal(b_)).quantize(Decimal(1).scaleb(-dec), ROUND_HALF_UP)
        if str(q).replace(".", ",") != p: err(f, f"pct {a_}/{b_} printed {p} expected {q}")
    counts[name] = (g["genre"], n, len(g["decisions"]), len(g["targets"]), len(g["tasks"]))
    for hook in HOOKS.get(name, []): hook(f, txt, g)
for e in errs: print("ERR", e)
for k, v in counts.items(): print(k, v)
print("files", len(counts), "errors", len(errs))
sys.exit(1 if errs else 0)
