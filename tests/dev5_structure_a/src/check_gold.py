#!/usr/bin/env python3
"""Validate round6/structure_a gold files. Run: python3 src/check_gold.py  (exit 1 on any error)."""
import json, os, re, sys, unicodedata
from collections import OrderedDict
from decimal import Decimal, ROUND_HALF_UP

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting", "attendance",
       "decisions", "targets", "tasks", "signers", "recipients", "key_figures", "noise_figures"]
MEET = ["name", "kind", "start", "end", "date", "place", "chairs", "secretary", "form"]
ATT = ["total", "official", "probationary", "present", "absent", "absentees"]
ABS = ["name", "reason"]
DEC = ["kind", "subject", "person", "for", "against", "abstain", "base", "outcome"]
TAR = ["name", "target", "result", "unit", "period", "verdict"]
TASK = ["text", "owner", "deadline"]
SIG = ["role", "position", "name"]
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}
DKINDS = {"vote", "election", "discipline", "resolution"}
VERDICTS = {"đạt", "vượt", "chưa đạt", "tiến độ", None}

# Every printed percentage / ratio in the texts: (numerator, denominator, printed %, verbatim context)
PCT = {
    "bb_chi_bo_thuong_ky": [(18500000, 20000000, "92,5", "đạt 92,5%"), (212, 212, "100", "đạt 100%"),
                            (21, 21, "100", "tán thành, đạt 100%")],
    "bb_bch_dang_uy_xa": [(12.84, 16.5, "77,82", "bằng 77,82%"), (215, 250, "86", "(86%)"),
                          (16, 17, "94,12", "đạt 94,12%"), (15, 16, "93,75", "tỷ lệ 93,75%"),
                          (12, 17, "70,59", "12 phiếu (70,59%)"), (5, 17, "29,41", "5 phiếu (29,41%)"),
                          (17, 17, "100", "tỷ lệ 100%")],
    "bb_dai_hoi_chi_bo": [(23, 25, "92", "23\t92%"), (20, 25, "80", "20\t80%"), (12, 25, "48", "12\t48%"),
                          (11, 25, "44", "11\t44%"), (17, 26, "65,38", "17 phiếu = 65,38%"),
                          (9, 26, "34,62", "9 phiếu = 34,62%"), (24, 26, "92,31", "24 phiếu (92,31%)"),
                          (26, 26, "100", "tán thành (100%)")],
    "bb_hop_ban_qlda": [(39, 46, "84,78", "39/46 hộ (đạt 84,78%)"), (61.2, 80, "76,5", "đạt 76,5%")],
    "bb_ky_luat": [(1, 11, "9,09", "01 phiếu (9,09%)"), (7, 11, "63,64", "07 phiếu (63,64%)"),
                   (3, 11, "27,27", "03 phiếu (27,27%)")],
    "bb_chi_bo_truc_tuyen": [(41630, 45000, "92,51", "đạt 92,51%"), (1254.6, 1300, "96,5", "đạt 96,5%"),
                             (18, 18, "100", "18/18 tán thành (100%)")],
    "nq_chi_bo_thang": [(46200000, 52000000, "88,85", "đạt 88,85%"), (17, 17, "100", "tán thành (100%)")],
    "tin_hoi_nghi_bch_phuong": [(186.4, 172.9, "107,8", "bằng 107,8%"), (42 - 35, 35, "20", "vượt 20%"),
                                (30, 31, "96,77", "30/31 phiếu (96,77%)"), (31, 31, "100", "100% ủy viên")],
}
# Extra arithmetic the texts rely on (description, boolean)
EXTRA = {
    "bb_chi_bo_thuong_ky": [("present split 21+2", 21 + 2 == 23), ("absent split 2+1+1", 2 + 1 + 1 == 4),
                            ("official absent 24-21=3 (Lộc,Mận,Tiến)", 24 - 21 == 3),
                            ("probationary absent 3-2=1 (Sinh)", 3 - 2 == 1), ("20+1 = 21 voters", 20 + 1 == 21)],
    "bb_bch_dang_uy_xa": [("ballots 16+1=17 (PBT)", 16 + 1 == 17), ("15+2+0=17", 15 + 2 + 0 == 17),
                          ("UBKT 12+5=17", 12 + 5 == 17)],
    "bb_dai_hoi_chi_bo": [("present 26 official + 2 probationary", 26 + 2 == 28), ("official 29-3=26", 29 - 3 == 26),
                          ("ballots 25+1=26", 25 + 1 == 26), ("round 2: 17+9=26", 17 + 9 == 26),
                          ("round 1 votes ≤ 3 names x 25", 23 + 20 + 12 + 11 <= 75),
                          ("12/25 not over half", 12 * 2 <= 25), ("17/26 over half", 17 * 2 > 26)],
    "bb_hop_ban_qlda": [("46-39=7 hộ", 46 - 39 == 7), ("15-13=2", 15 - 13 == 2)],
    "bb_ky_luat": [("official present 13-1=12", 13 - 1 == 12), ("voters 12-1 (đương sự)=11", 12 - 1 == 11),
                   ("1+7+3=11", 1 + 7 + 3 == 11), ("7 > 13/2", 7 * 2 > 13), ("14 = 12+2", 12 + 2 == 14)],
    "bb_chi_bo_truc_tuyen": [("9+7+4=20", 9 + 7 + 4 == 20), ("official 20-2=18", 20 - 2 == 18),
                             ("probationary 3-1=2", 3 - 1 == 2), ("17+0+1=18", 17 + 0 + 1 == 18),
                             ("41630+3400 >= 45000", 41630 + 3400 >= 45000)],
    "nq_chi_bo_thang": [("18+2=20", 18 + 2 == 20)],
    "tin_hoi_nghi_bch_phuong": [("31+2=33", 31 + 2 == 33), ("0,38 < 0,5", 0.38 < 0.5)],
}

errors = []
def err(doc, msg): errors.append(f"{doc}: {msg}")

def fmt_pct(num, den, printed):
    dec = len(printed.split(",")[1]) if "," in printed else 0
    q = Decimal(1).scaleb(-dec)
    v = (Decimal(str(num)) / Decimal(str(den)) * 100).quantize(q, rounding=ROUND_HALF_UP)
    return str(v).replace(".", ",")

def keys(doc, obj, expected, where):
    if list(obj.keys()) != expected:
        err(doc, f"key order in {where}: {list(obj.keys())}")

def sub(doc, text, s, where):
    if s is None: return
    if not isinstance(s, str): err(doc, f"{where} not a string: {s!r}"); return
    if s not in text: err(doc, f"{where} not a substring: {s!r}")

def walk_strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for k, v in o.items(): yield k; yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o: yield from walk_strings(v)

def check(doc):
    text = open(os.path.join(DIR, doc + ".txt"), encoding="utf-8").read()
    raw = open(os.path.join(DIR, doc + ".gold.json"), encoding="utf-8").read()
    g = json.loads(raw, object_pairs_hook=OrderedDict)
    if unicodedata.normalize("NFC", text) != text: err(doc, "txt not NFC")
    if unicodedata.normalize("NFC", raw) != raw: err(doc, "gold not NFC")
    if "\r" in text: err(doc, "CR in text")
    if not 1800 <= len(text) <= 3800: err(doc, f"length {len(text)} outside 1800-3800")
    keys(doc, g, TOP, "top")
    if g["genre"] not in GENRES: err(doc, "genre")
    for f in ("issuer", "issuer_parent", "doc_number", "title"):
        sub(doc, text, g[f], f)
    if g["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]): err(doc, "date format")
    if g["place"] is not None:
        m = re.search(re.escape(g["place"]) + r", ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)
        if not m: err(doc, "no date line for place")
        elif "%s-%02d-%02d" % (m.group(3), int(m.group(2)), int(m.group(1))) != g["date"]:
            err(doc, f"date line {m.group(0)!r} != {g['date']}")
    mt = g["meeting"]
    if mt is not None:
        keys(doc, mt, MEET, "meeting")
        if mt["kind"] not in KINDS: err(doc, "meeting kind")
        for t in ("start", "end"):
            if mt[t] is not None and not re.fullmatch(r"\d{2}:\d{2}", mt[t]): err(doc, f"meeting {t} format")
        sub(doc, text, mt["name"], "meeting.name"); sub(doc, text, mt["place"], "meeting.place")
        for c in mt["chairs"]: sub(doc, text, c, "chair")
        sub(doc, text, mt["secretary"], "secretary")
    at = g["attendance"]
    if at is not None:
        keys(doc, at, ATT, "attendance")
        if at["official"] is not None and at["probationary"] is not None \
                and at["official"] + at["probationary"] != at["total"]:
            err(doc, "official+probationary != total")
        if at["present"] is not None and at["absent"] is not None and at["present"] + at["absent"] != at["total"]:
            err(doc, "present+absent != total")
        if at["absentees"] and len(at["absentees"]) != at["absent"]:
            err(doc, "named absentees != absent")
        for a in at["absentees"]:
            keys(doc, a, ABS, "absentee"); sub(doc, text, a["name"], "absentee.name"); sub(doc, text, a["reason"], "absentee.reason")
    for d in g["decisions"]:
        keys(doc, d, DEC, "decision")
        if d["kind"] not in DKINDS: err(doc, "decision kind")
        sub(doc, text, d["subject"], "decision.subject"); sub(doc, text, d["person"], "decision.person")
        tot = sum(x for x in (d["for"], d["against"], d["abstain"]) if x is not None)
        if d["base"] is not None and tot > d["base"]: err(doc, f"votes {tot} > base {d['base']} ({d['subject']})")
        if d["kind"] == "election" and d["for"] is not None and d["base"]:
            won = d["for"] * 2 > d["base"]
            if (d["outcome"] == "trúng cử") != won:
                err(doc, f"election outcome vs majority for {d['person']}")
    for t in g["targets"]:
        keys(doc, t, TAR, "target"); sub(doc, text, t["name"], "target.name")
        if t["verdict"] not in VERDICTS: err(doc, "verdict")
        if t["result"] is None and t["verdict"] is not None: err(doc, "verdict without result")
        if t["result"] is not None and t["target"] is not None:
            r, q, v = t["result"], t["target"], t["verdict"]
            if v == "tiến độ" and not r < q: err(doc, f"tiến độ but result>=target ({t['name']})")
            if v == "vượt" and not r > q: err(doc, f"vượt but result<=target ({t['name']})")
    for k in g["tasks"]:
        keys(doc, k, TASK, "task")
        for f in TASK: sub(doc, text, k[f], "task." + f)
    for s in g["signers"]:
        keys(doc, s, SIG, "signer")
        for f in SIG: sub(doc, text, s[f], "signer." + f)
    for r in g["recipients"]:
        sub(doc, text, r, "recipient")
        if r.startswith("-") or r.endswith((";", ".")): err(doc, f"recipient punctuation {r!r}")
    if len(g["key_figures"]) > 8: err(doc, "more than 8 key figures")
    if len(g["noise_figures"]) > 6: err(doc, "more than 6 noise figures")
    for f in g["key_figures"] + g["noise_figures"]: sub(doc, text, f, "figure")
    for s in walk_strings(g):
        if unicodedata.normalize("NFC", s) != s: err(doc, f"non-NFC string {s!r}")
    for num, den, printed, ctx in PCT.get(doc, []):
        if ctx not in text: err(doc, f"pct context missing {ctx!r}")
        if printed + "%" not in ctx: err(doc, f"pct {printed} not in its context {ctx!r}")
        if fmt_pct(num, den, printed) != printed: err(doc, f"{num}/{den} -> {fmt_pct(num, den, printed)} != {printed}")
    for desc, ok in EXTRA.get(doc, []):
        if not ok: err(doc, "arithmetic: " + desc)
    return g

docs = sorted(f[:-4] for f in os.listdir(DIR) if f.endswith(".txt"))
n = {"decisions": 0, "targets": 0, "tasks": 0}
for d in docs:
    if not os.path.exists(os.path.join(DIR, d + ".gold.json")): err(d, "missing gold"); continue
    g = check(d)
    for k in n: n[k] += len(g[k])
    print(f"{d:28s} {g['genre']:13s} chars={len(open(os.path.join(DIR, d + '.txt'), encoding='utf-8').read()):5d} "
          f"dec={len(g['decisions'])} tar={len(g['targets'])} tasks={len(g['tasks'])}")
print(f"{len(docs)} docs; totals {n}")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
