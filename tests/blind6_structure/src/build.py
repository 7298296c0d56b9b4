#!/usr/bin/env python3
"""Write <name>.txt and <name>.expected.json for every document, then validate them.

Checks: JSON round-trip, fixed key order, NFC, every quoting string occurs in the text (titles and
names are compared after joining lines with a space), attendance and vote arithmetic, and
percentages printed in the texts (listed in PCT below) recomputed half-up.
Run: python3 src/build.py
"""
import json
import os
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import d1, d2, d3, d4, d5  # noqa: E402

DOCS = {}
for mod in (d1, d2, d3, d4, d5):
    DOCS.update(mod.DOCS)

KEYS = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting",
        "attendance", "decisions", "targets", "tasks", "signers", "recipients", "key_figures",
        "noise_figures"]
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}
VERDICTS = {"đạt", "vượt", "chưa đạt", "tiến độ", None}

# (doc, part, whole, printed "xx,yy") — every share printed in a text, recomputed half-up
PCT = [
    ("bb_chibo_thuongky_t11", 18.4, 20, "92"), ("bb_chibo_thuongky_t11", 18, 21, "85,71"),
    ("bb_kyluat_chuyende", 8, 10, "80"),
    ("bb_hnbch_lan9_morong", 7.35, 9.2, "79,9"), ("bb_hnbch_lan9_morong", 21, 30, "70"),
    ("bb_ubnd_xa_hop_t10", 31.62, 36, "87,8"), ("bb_ubnd_xa_hop_t10", 214, 260, "82,3"),
    ("bb_ubnd_xa_hop_t10", 1812, 1846, "98,16"),
    ("bb_kiemphieu_daihoi_chibo", 28, 29, "96,55"), ("bb_kiemphieu_daihoi_chibo", 27, 29, "93,10"),
    ("bb_kiemphieu_daihoi_chibo", 21, 29, "72,41"), ("bb_kiemphieu_daihoi_chibo", 11, 29, "37,93"),
    ("bb_kiemphieu_daihoi_chibo", 29, 30, "96,67"),
    ("bc_dangy_phuong_quy3", 19, 26, "73,08"), ("bc_dangy_phuong_quy3", 64.73, 80, "80,9"),
    ("bc_dangy_phuong_quy3", 4, 4, "100"),
    ("bc_ubnd_xa_9thang", 5712, 5850, "97,6"), ("bc_ubnd_xa_9thang", 2115, 9400, "22,5"),
    ("bc_ubnd_xa_9thang", 9954, 12600, "79,0"), ("bc_ubnd_xa_9thang", 31, 45, "68,9"),
    ("nq_chibo_thang12", 1119, 1126, "99,38"),
    ("tin_hnbch_xa_lan5", 6.1, 8, "76,25"), ("tin_hnbch_xa_lan5", 11, 15, "73,3"),
    ("tin_hnbch_xa_lan5", 20, 21, "95,24"),
    ("tin_chibo_chuyende_khudancu", 418, 612, "68,3"),
    ("bc_dangy_xa_6thang_2025", 2465, 2500, "98,6"), ("bc_dangy_xa_6thang_2025", 1840, 4000, "46"),
    ("bb_hnbch_phuong_lan3", 24, 25, "96"), ("tin_ubnd_xa_tongket_tructuyen", 41.3, 36, "114,7"),
    ("bc_dangy_xa_6thang_2025", 3.26, 6.2, "52,58"), ("bc_dangy_xa_6thang_2025", 612, 640, "95,63"),
]

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def pct_ok(part, whole, printed):
    dec = len(printed.split(",")[1]) if "," in printed else 0
    q = Decimal(1).scaleb(-dec)
    v = (Decimal(str(part)) * 100 / Decimal(str(whole))).quantize(q, rounding=ROUND_HALF_UP)
    return str(v).replace(".", ",") == printed


def occurs(s, text, flat, ci=False):
    if s is None:
        return True
    if ci:
        return s.lower() in text.lower() or s.lower() in flat.lower()
    return s in text or s in flat


def main():
    for name, (raw, gold) in DOCS.items():
        text = raw.replace("⇥", "\t")
        if unicodedata.normalize("NFC", text) != text:
            err(name, "text not NFC")
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        js = json.dumps(gold, ensure_ascii=False, indent=1)
        if unicodedata.normalize("NFC", js) != js:
            err(name, "gold not NFC")
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(js + "\n")
        back = json.loads(open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8").read())
        if list(back.keys()) != KEYS:
            err(name, "key order")
        g = back
        flat = " ".join(l.strip() for l in text.split("\n"))
        news = g["genre"] == "tin_hoi_nghi"
        if g["genre"] not in GENRES:
            err(name, "genre")
        for k in ("issuer", "issuer_parent"):
            if not occurs(g[k], text, flat, ci=news):
                err(name, f"{k} not in text: {g[k]}")
        for k in ("doc_number", "place", "title"):
            if not occurs(g[k], text, flat):
                err(name, f"{k} not in text: {g[k]}")
        m = g["meeting"]
        if m is not None:
            if m["kind"] not in KINDS:
                err(name, "meeting kind")
            for s in [m["name"], m["place"], m["secretary"]] + m["chairs"]:
                if not occurs(s, text, flat):
                    err(name, f"meeting string not in text: {s}")
        a = g["attendance"]
        if a is not None:
            if a["present"] is not None and a["absent"] is not None and a["total"] is not None:
                if a["present"] + a["absent"] != a["total"]:
                    err(name, "present+absent != total")
            if a["official"] is not None and a["probationary"] is not None and a["official"] + a["probationary"] != a["total"]:
                err(name, "official+probationary != total")
            if len(a["absentees"]) > (a["absent"] or 0):
                err(name, "more absentees than absent")
            for x in a["absentees"]:
                if not occurs(x["name"], text, flat):
                    err(name, f"absentee not in text: {x['name']}")
                if x["reason"] and not occurs(x["reason"], text, flat):
                    err(name, f"reason not in text: {x['reason']}")
        for d in g["decisions"]:
            if d["kind"] not in {"vote", "election", "discipline", "resolution"}:
                err(name, "decision kind")
            if d["person"] and not occurs(d["person"], text, flat):
                err(name, f"person not in text: {d['person']}")
            tot = sum(v for v in (d["for"], d["against"], d["abstain"]) if v is not None)
            if d["base"] is not None and tot > d["base"]:
                err(name, f"votes exceed base: {d}")
            if a is not None and d["base"] is not None and a["present"] is not None and d["kind"] != "election":
                if d["base"] > max(a["present"], a["total"] or 0):
                    err(name, f"base larger than attendance: {d}")
        for t in g["targets"]:
            if not occurs(t["name"], text, flat):
                err(name, f"target name not in text: {t['name']}")
            if t["verdict"] not in VERDICTS:
                err(name, "verdict")
            if t["result"] is None and t["verdict"] is not None:
                err(name, f"verdict without result: {t['name']}")
            if t["verdict"] in ("đạt", "vượt", "chưa đạt") and t["result"] is not None and t["name"].lower() != "tỷ lệ hộ nghèo":
                exp = "vượt" if t["result"] > t["target"] else ("đạt" if t["result"] == t["target"] else "chưa đạt")
                if exp != t["verdict"]:
                    err(name, f"verdict {t['verdict']} vs numbers {t}")
        for t in g["tasks"]:
            for s in (t["text"], t["owner"], t["deadline"]):
                if not occurs(s, text, flat):
                    err(name, f"task string not in text: {s}")
        for s in g["signers"]:
            for v in (s["role"], s["position"], s["name"]):
                if not occurs(v, text, flat):
                    err(name, f"signer string not in text: {v}")
        for r in g["recipients"]:
            if not occurs(r, text, flat):
                err(name, f"recipient not in text: {r}")
        if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6:
            err(name, "too many figures")
        for s in g["key_figures"] + g["noise_figures"]:
            if s not in text:
                err(name, f"figure not in text: {s}")
        n = len(text)
        if not 1500 <= n <= 3700:
            err(name, f"text length {n}")
        if not 1500 <= len(js) <= 6000:
            err(name, f"gold length {len(js)}")
    for doc, p, w, printed in PCT:
        if not pct_ok(p, w, printed):
            err(doc, f"percentage {p}/{w} printed {printed}")
        raw = DOCS[doc][0]
        if printed + "%" not in raw and printed + " %" not in raw and not (printed in raw):
            err(doc, f"printed percentage {printed} not in text")
    # summary
    tot = {"docs": 0, "decisions": 0, "targets": 0, "tasks": 0}
    rows = []
    for name, (raw, g) in DOCS.items():
        tot["docs"] += 1
        tot["decisions"] += len(g["decisions"])
        tot["targets"] += len(g["targets"])
        tot["tasks"] += len(g["tasks"])
        rows.append((name, g["genre"], len(raw), len(g["decisions"]), len(g["targets"]), len(g["tasks"])))
    for r in rows:
        print("%-32s %-13s %5d chars  dec=%d tgt=%d task=%d" % r)
    print(tot)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
