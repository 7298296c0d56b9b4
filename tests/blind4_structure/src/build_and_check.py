#!/usr/bin/env python3
"""Dump ../<name>.gold.json from gold_data.GOLD and check it against ../<name>.txt."""
import json, os, sys, unicodedata, re
from decimal import Decimal, ROUND_HALF_UP
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_data import GOLD

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["genre","issuer","issuer_parent","doc_number","place","date","title","meeting","attendance",
       "decisions","targets","tasks","signers","recipients","key_figures","noise_figures"]
GENRES = {"bien_ban","bao_cao","nghi_quyet","tin_hoi_nghi"}
KINDS = {"thường kỳ","chuyên đề","đại hội","hội nghị BCH","hội nghị",None}
VERDICTS = {"đạt","vượt","chưa đạt","tiến độ",None}
errors = []

def err(n, m): errors.append(f"{n}: {m}")

def must_in(n, text, v, where):
    if v is None: return
    if not isinstance(v, str): err(n, f"{where} not a string: {v!r}"); return
    if not unicodedata.is_normalized("NFC", v): err(n, f"{where} not NFC")
    if v not in text: err(n, f"{where} not in text: {v!r}")

def pct(a, b, nd):
    q = Decimal(a) * 100 / Decimal(b)
    return q.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)

for name, g in GOLD.items():
    path = os.path.join(ROOT, name + ".txt")
    text = open(path, encoding="utf-8").read()
    if not unicodedata.is_normalized("NFC", text): err(name, "text not NFC")
    if not (1800 <= len(text) <= 3200): err(name, f"length {len(text)}")
    if "\r" in text: err(name, "CR in text")
    if list(g) != TOP: err(name, "top key order")
    if g["genre"] not in GENRES: err(name, "genre")
    for k in ("issuer","issuer_parent","doc_number","place","title"):
        must_in(name, text, g[k], k)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", g["date"] or ""): err(name, "date format")
    m = g["meeting"]
    if g["genre"] == "bao_cao" and m is not None: err(name, "report with meeting")
    if m:
        if list(m) != ["name","kind","start","end","date","place","chairs","secretary","form"]: err(name, "meeting keys")
        if m["kind"] not in KINDS: err(name, "meeting kind")
        for k in ("start","end"):
            if m[k] is not None and not re.fullmatch(r"\d\d:\d\d", m[k]): err(name, f"meeting {k}")
        for k in ("name","place","secretary","form"): must_in(name, text, m[k], "meeting."+k)
        for c in m["chairs"]: must_in(name, text, c, "chair")
    a = g["attendance"]
    if a:
        if list(a) != ["total","official","probationary","present","absent","absentees"]: err(name, "attendance keys")
        if a["official"] is not None and a["official"] + a["probationary"] != a["total"]: err(name, "official+prob != total")
        if a["absentees"] and len(a["absentees"]) != a["absent"]: err(name, "absentee count")
        for x in a["absentees"]:
            must_in(name, text, x["name"], "absentee"); must_in(name, text, x["reason"], "absent reason")
    for d in g["decisions"]:
        if list(d) != ["kind","subject","person","for","against","abstain","base","outcome"]: err(name, "decision keys")
        if d["kind"] not in {"vote","election","discipline","resolution"}: err(name, "decision kind")
        must_in(name, text, d["subject"], "decision.subject"); must_in(name, text, d["person"], "decision.person")
        if d["for"] is not None and d["base"] is not None:
            s = d["for"] + (d["against"] or 0) + (d["abstain"] or 0)
            if d["kind"] == "vote" and s != d["base"]: err(name, f"vote sum {s} != base {d['base']}")
            if d["for"] > d["base"]: err(name, "for > base")
    for t in g["targets"]:
        if list(t) != ["name","target","result","unit","period","verdict"]: err(name, "target keys")
        if t["verdict"] not in VERDICTS: err(name, "verdict")
        for k in ("name","unit","period"): must_in(name, text, t[k], "target."+k)
        if t["result"] is None and t["verdict"] is not None: err(name, "verdict without result")
    for k in g["tasks"]:
        if list(k) != ["text","owner","deadline"]: err(name, "task keys")
        for f in ("text","owner","deadline"): must_in(name, text, k[f], "task."+f)
    for s in g["signers"]:
        if list(s) != ["role","position","name"]: err(name, "signer keys")
        for f in ("role","position","name"): must_in(name, text, s[f], "signer."+f)
    for r in g["recipients"]: must_in(name, text, r, "recipient")
    if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6: err(name, "too many figures")
    for r in g["key_figures"] + g["noise_figures"]: must_in(name, text, r, "figure")
    with open(os.path.join(ROOT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

# arithmetic printed in the texts: (file, numerator, denominator, printed)
ARITH = [
 ("bb01_chibo_thuongky", "46.8", "60", "78"),
 ("bb02_bch_phuong", "182.4", "240", "76,0"), ("bb02_bch_phuong", "215", "300", "71,7"),
 ("bb03_ubnd_xa", "3120", "3400", "91,8"), ("bb03_ubnd_xa", "21735", "27000", "80,5"), ("bb03_ubnd_xa", "4781", "4790", "99,8"),
 ("bb04_daihoi_chibo", "15", "16", "93,75"), ("bb04_daihoi_chibo", "12", "16", "75"), ("bb04_daihoi_chibo", "5", "16", "31,25"), ("bb04_daihoi_chibo", "16", "16", "100"),
 ("bb05_kyluat", "8", "11", "72,73"), ("bb05_kyluat", "3", "11", "27,27"),
 ("bc01_danguy_xa", "14", "25", "56"), ("bc01_danguy_xa", "6912", "9850", "70,2"), ("bc01_danguy_xa", "126.5", "180", "70,3"),
 ("bc01_danguy_xa", "23655", "41500", "57,0"), ("bc01_danguy_xa", "15600", "15000", "104,0"), ("bc01_danguy_xa", "32", "32", "100"),
 ("bc02_ubnd_phuong", "88.3", "96", "92,0"), ("bc02_ubnd_phuong", "64", "60", "106,7"), ("bc02_ubnd_phuong", "1050", "1200", "87,5"),
 ("bc03_hoinongdan", "22", "28", "78,6"),
 ("tin01_bch_phuong", "1126", "1080", "104,3"),
 ("tin03_ubnd_xa_soket", "1046", "1040", "100,6"), ("tin03_ubnd_xa_soket", "3.42", "9", "38"),
]
for n, a, b, printed in ARITH:
    nd = len(printed.split(",")[1]) if "," in printed else 0
    got = str(pct(a, b, nd)).replace(".", ",")
    if got != printed: err(n, f"{a}/{b} = {got} printed {printed}")
    text = open(os.path.join(ROOT, n + ".txt"), encoding="utf-8").read()
    if printed not in text: err(n, f"printed {printed} not in text")
# other sums
chk = [("bb04 present", 16 + 2, 18), ("nq01 km", Decimal("6.3") + Decimal("1.7"), 8),
       ("bc01 chi bo", 21 + 10, 31), ("bb05 ballots", 10 + 1, 11), ("bb05 form", 8 + 3, 11),
       ("bb02 att", 24 + 3, 27), ("bb03 att", 17 + 2, 19), ("bb01 att", 20 + 2 + 2, 24)]
for lbl, x, y in chk:
    if x != y: errors.append(f"{lbl}: {x} != {y}")

print("\n".join(errors) if errors else f"OK: {len(GOLD)} documents")
sys.exit(1 if errors else 0)
