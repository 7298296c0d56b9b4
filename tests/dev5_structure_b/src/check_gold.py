#!/usr/bin/env python3
"""Validate round6/structure_b: gold schema, key order, NFC, lengths, arithmetic, verbatim quoting."""
import json, os, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["genre","issuer","issuer_parent","doc_number","place","date","title","meeting","attendance","decisions",
       "targets","tasks","signers","recipients","key_figures","noise_figures"]
MEET = ["name","kind","start","end","date","place","chairs","secretary","form"]
ATT = ["total","official","probationary","present","absent","absentees"]
DEC = ["kind","subject","person","for","against","abstain","base","outcome"]
TGT = ["name","target","result","unit","period","verdict"]
TSK = ["text","owner","deadline"]
SIG = ["role","position","name"]
GENRES = {"bien_ban","bao_cao","nghi_quyet","tin_hoi_nghi"}
KINDS = {"thường kỳ","chuyên đề","đại hội","hội nghị BCH","hội nghị",None}
VERDICTS = {"đạt","vượt","chưa đạt","tiến độ",None}
LOWER_BETTER = ("hộ nghèo", "suy dinh dưỡng")

# printed percentages: (numerator, denominator, printed text as in .txt; value = num/den*100 rounded half-up)
PCT = {
 "bc_dang_uy_phuong_quy3": [(1058,1126,"93,96%"),(27,35,"77,14"),(38.6,52,"74,23"),(94.3,94,"100,32"),(446,420,"106,19")],
 "bc_ubnd_xa_9thang": [(2184,2270,"96,2%"),(9870,13500,"73,1%"),(6912,8500,"81,3%")],
 "bc_so_vhttdl_nam": [(2587300,2400000,"107,8"),(5516,5800,"95,1"),(86.2,85,"101,4"),(6,6,"100"),(33,40,"82,5")],
 "kl_btv_dang_uy_xa": [(14.2,16,"88,75%")],
 "nq_hoi_nghi_bch_phuong": [(29,29,"100%")],
 "tin_btv_tinh_uy_truc_tuyen": [(1942,2500,"77,7%")],
 "tin_bch_dang_bo_xa_q3": [(12.4,12,"103,3%"),(19,25,"76%")],
 "tin_ubnd_tinh_phien_hop": [(21846,24000,"91,0%"),(1215,1300,"93,5%"),(3912-3750,3750,"4,3%")],
}
# sums stated in the texts: parts -> total
SUMS = {
 "bc_dang_uy_phuong_quy3": [([1079,47],1126),([28,13],41)],
 "tin_bch_dang_bo_xa_q3": [([14,7],21)],
 "nq_hoi_nghi_bch_phuong": [([29,4],33)],
 "kl_btv_dang_uy_xa": [([8,1],9)],
}

errors = []
def err(doc, msg): errors.append(f"{doc}: {msg}")

def rnd(num, den, printed):
    s = printed.rstrip("%")
    places = len(s.split(",")[1]) if "," in s else 0
    q = Decimal(1).scaleb(-places)
    val = (Decimal(str(num)) / Decimal(str(den)) * 100).quantize(q, rounding=ROUND_HALF_UP)
    return str(val).replace(".", ",") == s, val

def keys(doc, obj, want, where):
    if list(obj.keys()) != want: err(doc, f"{where}: key order {list(obj.keys())} != {want}")

def walk_nfc(doc, x):
    if isinstance(x, str):
        if unicodedata.normalize("NFC", x) != x: err(doc, f"non-NFC string {x!r}")
    elif isinstance(x, list):
        for y in x: walk_nfc(doc, y)
    elif isinstance(x, dict):
        for y in x.values(): walk_nfc(doc, y)

def sub(doc, txt, s, where):
    if s is None: return
    if not isinstance(s, str) or s not in txt: err(doc, f"{where}: not an exact substring: {s!r}")

names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
for doc in names:
    raw = open(os.path.join(HERE, doc + ".txt"), "rb").read()
    txt = raw.decode("utf-8")
    if "\r" in txt: err(doc, "CR in text")
    if unicodedata.normalize("NFC", txt) != txt: err(doc, "text not NFC")
    n = len(txt)
    if not 1800 <= n <= 3800: err(doc, f"length {n} outside 1800-3800")
    gp = os.path.join(HERE, doc + ".gold.json")
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(doc, f"gold does not parse: {e}"); continue
    walk_nfc(doc, g)
    keys(doc, g, TOP, "top")
    if g["genre"] not in GENRES: err(doc, "bad genre")
    for k in ("issuer","issuer_parent","doc_number","place","title"): sub(doc, txt, g[k], k)
    if g["date"] is not None and len(g["date"]) != 10: err(doc, "date not ISO")
    m = g["meeting"]
    if m is not None:
        keys(doc, m, MEET, "meeting")
        if m["kind"] not in KINDS: err(doc, "bad meeting kind")
        for k in ("name","place","secretary"): sub(doc, txt, m[k], "meeting."+k)
        for c in m["chairs"]: sub(doc, txt, c, "chair")
    a = g["attendance"]
    if a is not None:
        keys(doc, a, ATT, "attendance")
        if a["official"] is not None and a["probationary"] is not None and a["official"] + a["probationary"] != a["total"]:
            err(doc, "official+probationary != total")
        if a["present"] is not None and a["absent"] is not None and a["total"] is not None and a["present"] + a["absent"] != a["total"]:
            err(doc, "present+absent != total")
        if a["absentees"] and len(a["absentees"]) != a["absent"]: err(doc, "named absentees != absent")
        for ab in a["absentees"]:
            keys(doc, ab, ["name","reason"], "absentee"); sub(doc, txt, ab["name"], "absentee"); sub(doc, txt, ab["reason"], "reason")
    for d in g["decisions"]:
        keys(doc, d, DEC, "decision")
        sub(doc, txt, d["subject"], "decision.subject"); sub(doc, txt, d["person"], "decision.person")
        tot = sum(x for x in (d["for"], d["against"], d["abstain"]) if x is not None)
        if d["base"] is not None and tot > d["base"]: err(doc, f"votes {tot} > base {d['base']}")
    for t in g["targets"]:
        keys(doc, t, TGT, "target"); sub(doc, txt, t["name"], "target.name")
        v, tg, rs = t["verdict"], t["target"], t["result"]
        if v not in VERDICTS: err(doc, f"bad verdict {v}")
        if rs is None and v is not None: err(doc, f"verdict without result: {t['name']}")
        if rs is not None and v is None: err(doc, f"result without verdict: {t['name']}")
        if rs is not None and tg is not None:
            low = any(w in t["name"].lower() for w in LOWER_BETTER)
            ok = {"đạt": (rs <= tg) if low else (rs >= tg),
                  "vượt": (rs < tg) if low else (rs > tg),
                  "chưa đạt": (rs > tg) if low else (rs < tg),
                  "tiến độ": rs < tg}[v]
            if v == "đạt" and not low and rs > tg: ok = False  # exact hit only; over = vượt
            if not ok: err(doc, f"verdict {v} inconsistent for {t['name']} ({rs} vs {tg})")
    for k in g["tasks"]:
        keys(doc, k, TSK, "task")
        for f in TSK: sub(doc, txt, k[f], "task."+f)
    for s in g["signers"]:
        keys(doc, s, SIG, "signer")
        for f in SIG: sub(doc, txt, s[f], "signer."+f)
    for r in g["recipients"]:
        sub(doc, txt, r, "recipient")
        if r.endswith((";", ".", ",")) or r.startswith("-"): err(doc, f"recipient punctuation: {r!r}")
    if len(g["key_figures"]) > 8: err(doc, "more than 8 key figures")
    if len(g["noise_figures"]) > 6: err(doc, "more than 6 noise figures")
    for x in g["key_figures"] + g["noise_figures"]: sub(doc, txt, x, "figure")
    for num, den, printed in PCT.get(doc, []):
        if printed not in txt: err(doc, f"printed percentage {printed} not in text")
        ok, val = rnd(num, den, printed)
        if not ok: err(doc, f"{num}/{den} = {val}, printed {printed}")
    for parts, total in SUMS.get(doc, []):
        if sum(parts) != total: err(doc, f"sum {parts} != {total}")
    print(f"{doc}: {n} chars, {len(g['decisions'])} decisions, {len(g['targets'])} targets, {len(g['tasks'])} tasks")

missing = [f for f in os.listdir(HERE) if f.endswith(".gold.json") and f[:-10] not in names]
for f in missing: errors.append(f"gold without text: {f}")
print("\n".join(errors) if errors else "OK: all checks passed")
sys.exit(1 if errors else 0)
