#!/usr/bin/env python3
"""Validate the round-5 structure gold set (run from anywhere)."""
import json, os, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting",
       "attendance", "decisions", "targets", "tasks", "signers", "recipients", "key_figures", "noise_figures"]
MEET = ["name", "kind", "start", "end", "date", "place", "chairs", "secretary", "form"]
ATT = ["total", "official", "probationary", "present", "absent", "absentees"]
DEC = ["kind", "subject", "person", "for", "against", "abstain", "base", "outcome"]
TGT = ["name", "target", "result", "unit", "period", "verdict"]
TSK = ["text", "owner", "deadline"]
SIG = ["role", "position", "name"]
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}

# Percentages printed in the texts: (doc, numerator, denominator, printed string) -> half-up check
PCTS = {
    "bb_dai_hoi_chi_bo": [(19, 19, "100%"), (17, 19, "89,47%"), (14, 19, "73,68%"), (7, 19, "36,84%"),
                          (19, 20, "95%"), (20, 20, "100%")],
    "bb_chi_bo_nghi_quyet": [(15, 17, "88,2%"), (17, 17, "100%")],
    "bb_ky_luat": [(11, 14, "78,57%"), (3, 14, "21,43%")],
    "bb_bch_dang_uy_xa": [(13, 13, "100%"), (12, 13, "92,3%")],
    "bb_so_nn_mt": [],
    "bc_uy_ban_xa_nam": [(1512, 1440, "105,0"), (2610, 2700, "96,7"), (412, 400, "103,0"), (654, 620, "105,5")],
    "bc_chi_bo_quy": [],
    "nq_thong_bao_ket_luan": [],
    "tin_chi_bo_chuyen_de": [(28, 31, "90,3%")],
    "tin_dai_hoi_dang_bo": [(142, 146, "97,26%"), (138, 146, "94,52%"), (121, 146, "82,88%")],
}

errs = []
def err(doc, msg): errs.append(f"{doc}: {msg}")

def keys(doc, obj, want, where):
    if not isinstance(obj, dict) or list(obj.keys()) != want:
        err(doc, f"key order at {where}: {list(obj.keys()) if isinstance(obj, dict) else obj}")

def quote(doc, txt, s, where):
    if s is None: return
    if not isinstance(s, str) or s not in txt:
        err(doc, f"not a substring ({where}): {s!r}")

def pct(n, d, places):
    q = Decimal(1).scaleb(-places) if places else Decimal(1)
    return (Decimal(n) * 100 / Decimal(d)).quantize(q, rounding=ROUND_HALF_UP)

def main():
    names = sorted(f[:-4] for f in os.listdir(D) if f.endswith(".txt"))
    for n in names:
        txt = open(os.path.join(D, n + ".txt"), encoding="utf-8").read()
        if unicodedata.normalize("NFC", txt) != txt: err(n, "txt not NFC")
        if not 1600 <= len(txt) <= 3200: err(n, f"length {len(txt)}")
        if "\r" in txt: err(n, "CR in text")
        gp = os.path.join(D, n + ".gold.json")
        raw = open(gp, encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw: err(n, "gold not NFC")
        g = json.loads(raw)
        keys(n, g, TOP, "top")
        if g["genre"] not in GENRES: err(n, "genre")
        for k in ("issuer", "issuer_parent", "doc_number", "place", "title"):
            quote(n, txt, g[k], k)
        m = g["meeting"]
        if g["genre"] == "bao_cao" and m is not None: err(n, "report with meeting")
        if m is not None:
            keys(n, m, MEET, "meeting")
            if m["kind"] not in KINDS: err(n, "meeting kind")
            for k in ("name", "place", "secretary", "form"): quote(n, txt, m[k], "meeting." + k)
            for c in m["chairs"]: quote(n, txt, c, "chair")
            if m["start"] and m["end"] and m["end"] <= m["start"]: err(n, "end <= start")
            if m["secretary"] and m["secretary"] in m["chairs"]: err(n, "secretary is chair")
        a = g["attendance"]
        if a is not None:
            keys(n, a, ATT, "attendance")
            for x in a["absentees"]:
                keys(n, x, ["name", "reason"], "absentee")
                quote(n, txt, x["name"], "absentee"); quote(n, txt, x["reason"], "reason")
            if a["official"] is not None and a["probationary"] is not None and a["official"] + a["probationary"] != a["total"]:
                err(n, "official+probationary != total")
            if None not in (a["total"], a["present"], a["absent"]) and a["present"] + a["absent"] != a["total"]:
                err(n, "present+absent != total")
            if a["absent"] is not None and a["absentees"] and len(a["absentees"]) != a["absent"]:
                err(n, "absentee count")
        for d in g["decisions"]:
            keys(n, d, DEC, "decision")
            quote(n, txt, d["subject"], "decision.subject"); quote(n, txt, d["person"], "decision.person")
            tot = sum(v or 0 for v in (d["for"], d["against"], d["abstain"]))
            if d["base"] is not None and tot > d["base"]: err(n, f"votes {tot} > base {d['base']}")
            if a is not None and a["present"] is not None and d["base"] is not None and d["base"] > a["total"]:
                err(n, "base > total")
        for t in g["targets"]:
            keys(n, t, TGT, "target"); quote(n, txt, t["name"], "target.name")
        for t in g["tasks"]:
            keys(n, t, TSK, "task")
            for k in TSK: quote(n, txt, t[k], "task." + k)
        for s in g["signers"]:
            keys(n, s, SIG, "signer")
            for k in SIG: quote(n, txt, s[k], "signer." + k)
        for r in g["recipients"]: quote(n, txt, r, "recipient")
        if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6: err(n, "too many figures")
        for f in g["key_figures"] + g["noise_figures"]: quote(n, txt, f, "figure")
        for num, den, s in PCTS.get(n, []):
            if s not in txt: err(n, f"pct string missing {s}")
            places = len(s.rstrip("%").split(",")[1]) if "," in s else 0
            want = str(pct(num, den, places)).replace(".", ",") + ("%" if s.endswith("%") else "")
            if want != s: err(n, f"{num}/{den} = {want}, printed {s}")
    print(f"{len(names)} documents checked")
    for e in errs: print("ERROR", e)
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
