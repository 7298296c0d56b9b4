#!/usr/bin/env python3
"""Validate the round-4 structure dev set: JSON, key order, NFC, lengths,
arithmetic of attendance/votes/percentages, and that every quoting string is
an exact substring of the .txt. Run: python3 src/check_gold.py [--fix-tabs]"""
import json, os, re, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting",
       "attendance", "decisions", "targets", "tasks", "signers", "recipients", "key_figures",
       "noise_figures"]
MEET = ["name", "kind", "start", "end", "date", "place", "chairs", "secretary", "form"]
ATT = ["total", "official", "probationary", "present", "absent", "absentees"]
ABS = ["name", "reason"]
DEC = ["kind", "subject", "person", "for", "against", "abstain", "base", "outcome"]
TGT = ["name", "target", "result", "unit", "period", "verdict"]
TSK = ["text", "owner", "deadline"]
SIG = ["role", "position", "name"]
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}
DKINDS = {"vote", "election", "discipline", "resolution"}
VERDICTS = {"đạt", "vượt", "chưa đạt", "tiến độ", None}

# (file stem, numerator, denominator, printed percentage as in the text)
PCTS = [
    ("bb_chibo_thcs", 782, 812, "96,3%"), ("bb_chibo_thcs", 19, 19, "100%"),
    ("bb_bch_phuong", 186.4, 180, "103,6%"), ("bb_bch_phuong", 38, 45, "84,4%"),
    ("bb_bch_phuong", 20, 20, "100%"),
    ("bb_daihoi_ccb", 112, 112, "(100%)"),
    ("bb_daihoi_ccb", 108, 110, "98,18%"), ("bb_daihoi_ccb", 104, 110, "94,55%"),
    ("bb_daihoi_ccb", 101, 110, "91,82%"), ("bb_daihoi_ccb", 99, 110, "90,00%"),
    ("bb_daihoi_ccb", 97, 110, "88,18%"), ("bb_daihoi_ccb", 95, 110, "86,36%"),
    ("bb_daihoi_ccb", 90, 110, "81,82%"), ("bb_daihoi_ccb", 84, 110, "76,36%"),
    ("bb_daihoi_ccb", 71, 110, "64,55%"), ("bb_daihoi_ccb", 41, 110, "37,27%"),
    ("bb_ketnap_benhvien", 15, 16, "93,75%"), ("bb_ketnap_benhvien", 16, 16, "(100%)"),
    ("bb_ubnd_xa", 19, 21, "90,48%"), ("bb_ubnd_xa", 21, 21, "100%"),
    ("bc_sokiet_so_nnmt", 842.5, 1620, "| 52,0"), ("bc_sokiet_so_nnmt", 7815, 12500, "| 62,5"),
    ("bc_sokiet_so_nnmt", 7, 18, "| 38,9"),
    ("bc_thang_dangUy_xa", 27, 30, "\t90,0"), ("bc_thang_dangUy_xa", 7962, 8500, "\t93,7"),
    ("bc_thang_dangUy_xa", 702, 650, "\t108,0"), ("bc_thang_dangUy_xa", 12, 12, "\t100"),
    ("bc_hoi_phunu_phuong", 25, 25, "100% kế hoạch"),
    ("kl_btv_phuong", 142, 158, "89,9%"), ("kl_btv_phuong", 64.2, 95.5, "67,2%"),
    ("tin_chibo_khupho", 28, 32, "87,5%"),
    ("tin_daihoi_doan", 35 - 30, 30, "16,7%"),
    ("tin_sokiet_dangUy_xa", 27.3, 48, "56,9%"), ("tin_sokiet_dangUy_xa", 19, 40, "47,5%"),
]
# extra sums stated in texts: (stem, lhs, rhs, note)
SUMS = [
    ("bb_ubnd_xa", 25 * 60 + 12 * 30, 1860, "1,86 tỷ = 25x60 + 12x30 triệu"),
    ("bb_ubnd_xa", 25 + 12, 37, "37 hộ = 25 + 12"),
    ("bb_chibo_thcs", 812 - 782, 30, "30 học sinh còn lại"),
    ("bb_daihoi_ccb", 110 + 2, 112, "phiếu hợp lệ + không hợp lệ = thu về"),
    ("kl_btv_phuong", 158 - 142, 16, "16 hộ còn lại"),
    ("tin_chibo_khupho", 32 - 28, 4, "4 đảng viên còn lại"),
    ("bb_ketnap_benhvien", 15 + 0 + 1, 16, "ketnap vote sum"),
]

errors = []
def err(stem, msg): errors.append(f"{stem}: {msg}")

def pct_ok(num, den, printed):
    m = re.search(r"(\d+(?:,\d+)?)", printed)
    s = m.group(1)
    dec = len(s.split(",")[1]) if "," in s else 0
    q = Decimal(1).scaleb(-dec)
    val = (Decimal(str(num)) * 100 / Decimal(str(den))).quantize(q, rounding=ROUND_HALF_UP)
    return val == Decimal(s.replace(",", "."))

def keys(stem, obj, order, where):
    if obj is None: return
    if list(obj.keys()) != order:
        err(stem, f"key order at {where}: {list(obj.keys())}")

def nfc_all(stem, x, where="json"):
    if isinstance(x, str):
        if unicodedata.normalize("NFC", x) != x: err(stem, f"not NFC at {where}: {x!r}")
    elif isinstance(x, list):
        for i, y in enumerate(x): nfc_all(stem, y, f"{where}[{i}]")
    elif isinstance(x, dict):
        for k, y in x.items(): nfc_all(stem, y, f"{where}.{k}")

def main():
    fix = "--fix-tabs" in sys.argv
    stems = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    totals = {}
    for stem in stems:
        tp = os.path.join(HERE, stem + ".txt")
        raw = open(tp, encoding="utf-8").read()
        if fix:
            new = unicodedata.normalize("NFC", raw.replace("⇥", "\t"))
            if new != raw:
                open(tp, "w", encoding="utf-8").write(new); raw = new
        txt = raw
        if "⇥" in txt: err(stem, "tab placeholder left")
        if unicodedata.normalize("NFC", txt) != txt: err(stem, "txt not NFC")
        if not 1800 <= len(txt) <= 3800: err(stem, f"length {len(txt)} out of 1800-3800")
        if "\n\n" in txt.strip("\n"): err(stem, "blank line inside text")
        if "\r" in txt: err(stem, "CR in text")
        joined = re.sub(r"\s*\n\s*", " ", txt)
        def q(s, where, multi=False):
            if s is None: return
            if s in txt: return
            if multi and s in joined: return
            err(stem, f"not a substring ({where}): {s!r}")
        gp = os.path.join(HERE, stem + ".gold.json")
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except Exception as e:
            err(stem, f"JSON: {e}"); continue
        nfc_all(stem, g)
        keys(stem, g, TOP, "top")
        if g["genre"] not in GENRES: err(stem, "genre")
        totals.setdefault(g["genre"], [0, 0, 0, 0])
        t = totals[g["genre"]]; t[0] += 1; t[1] += len(g["decisions"]); t[2] += len(g["targets"]); t[3] += len(g["tasks"])
        q(g["issuer"], "issuer", True); q(g["issuer_parent"], "issuer_parent", True)
        q(g["doc_number"], "doc_number"); q(g["title"], "title"); q(g["place"], "place")
        for d in ("date",):
            if g[d] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g[d]): err(stem, "date fmt")
        if g["genre"] == "tin_hoi_nghi" and (g["place"] is not None or g["doc_number"] is not None):
            err(stem, "news must have place/doc_number null")
        m = g["meeting"]
        if g["genre"] == "bao_cao" and m is not None: err(stem, "report with meeting")
        if m is not None:
            keys(stem, m, MEET, "meeting")
            if m["kind"] not in KINDS: err(stem, "meeting kind")
            for k in ("start", "end"):
                if m[k] is not None and not re.fullmatch(r"\d{2}:\d{2}", m[k]): err(stem, f"{k} fmt")
            if m["start"] and m["end"] and m["end"] <= m["start"]: err(stem, "end <= start")
            q(m["name"], "meeting.name"); q(m["place"], "meeting.place"); q(m["secretary"], "secretary")
            q(m["form"], "form")
            for c in m["chairs"]: q(c, "chair")
            if m["secretary"] and m["secretary"] in m["chairs"]: err(stem, "secretary == chair")
        a = g["attendance"]
        if a is not None:
            keys(stem, a, ATT, "attendance")
            if a["official"] is not None and a["probationary"] is not None and a["official"] + a["probationary"] != a["total"]:
                err(stem, "official + probationary != total")
            if None not in (a["present"], a["absent"], a["total"]) and a["present"] + a["absent"] != a["total"]:
                err(stem, "present + absent != total")
            if a["absentees"] and len(a["absentees"]) != a["absent"]: err(stem, "absentee count")
            for x in a["absentees"]:
                keys(stem, x, ABS, "absentee"); q(x["name"], "absentee"); q(x["reason"], "reason")
                if re.match(r"(đồng chí|đ/c|ông|bà) ", x["name"], re.I): err(stem, "absentee with honorific")
        for d in g["decisions"]:
            keys(stem, d, DEC, "decision")
            if d["kind"] not in DKINDS: err(stem, "decision kind")
            q(d["subject"], "decision.subject"); q(d["person"], "decision.person")
            nums = [d[k] or 0 for k in ("for", "against", "abstain")]
            if d["base"] is not None and sum(nums) > d["base"]: err(stem, f"votes exceed base: {d}")
            if d["kind"] == "election" and d["person"] and d["for"] is not None:
                elected = d["for"] * 2 > d["base"]
                if elected != (d["outcome"] == "trúng cử"): err(stem, f"election outcome {d['person']}")
            if d["kind"] in ("vote", "resolution") and a is not None and d["base"] is not None and a["present"] is not None:
                if d["base"] > a["present"]: err(stem, "vote base > present")
                if a["official"] is not None and d["base"] > a["official"]: err(stem, "vote base > official")
        for x in g["targets"]:
            keys(stem, x, TGT, "target"); q(x["name"], "target.name")
            if x["verdict"] not in VERDICTS: err(stem, "verdict")
            if x["verdict"] is None and x["result"] is not None: err(stem, "null verdict with result")
        for x in g["tasks"]:
            keys(stem, x, TSK, "task"); q(x["text"], "task.text"); q(x["owner"], "task.owner"); q(x["deadline"], "task.deadline")
        for x in g["signers"]:
            keys(stem, x, SIG, "signer"); q(x["role"], "role"); q(x["position"], "position"); q(x["name"], "signer")
        for r in g["recipients"]:
            q(r, "recipient")
            if r.startswith("-") or r.endswith((";", ".", ",")): err(stem, f"recipient punctuation {r!r}")
        if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6: err(stem, "too many figures")
        for s in g["key_figures"] + g["noise_figures"]: q(s, "figure")
        for st, n, dn, pr in PCTS:
            if st == stem:
                if pr not in txt: err(stem, f"printed pct not in text: {pr!r}")
                if not pct_ok(n, dn, pr): err(stem, f"pct wrong {n}/{dn} -> {pr}")
        for st, l, r, note in SUMS:
            if st == stem and l != r: err(stem, f"sum wrong: {note}")
        print(f"{stem:24s} {g['genre']:13s} len={len(txt)} dec={len(g['decisions'])} tgt={len(g['targets'])} task={len(g['tasks'])}")
    print("totals (docs, decisions, targets, tasks):", totals)
    if errors:
        print("\n".join(errors)); print(f"{len(errors)} error(s)"); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
