#!/usr/bin/env python3
"""Validate the round-3 held-out structure set (own script, independent author).
Usage: python3 src/check_set.py   (run from the set folder or anywhere)."""
import json, os, re, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting",
       "attendance", "decisions", "targets", "tasks", "signers", "recipients", "key_figures", "noise_figures"]
MEET = ["name", "kind", "start", "end", "date", "place", "chairs", "secretary", "form"]
ATT = ["total", "official", "probationary", "present", "absent", "absentees"]
ABS = ["name", "reason"]
DEC = ["kind", "text", "person", "for", "against", "abstain", "base", "outcome"]
TGT = ["name", "target", "result", "unit", "period", "verdict"]
TSK = ["text", "owner", "deadline"]
SIG = ["role", "position", "name"]
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}
DKINDS = {"vote", "election", "discipline", "resolution"}
VERDICTS = {"đạt", "vượt", "chưa đạt", "tiến độ", None}

# Percentages printed in the texts: (file stem, numerator, denominator, printed string)
PCTS = [
    ("bb_bch_xa_iaphu_lan4", 27, 29, "93,10%"),
    ("bb_daihoi_kiemphieu_thhoabinh", 28, 29, "96,55%"),
    ("bb_daihoi_kiemphieu_thhoabinh", 26, 29, "89,66%"),
    ("bb_daihoi_kiemphieu_thhoabinh", 21, 29, "72,41%"),
    ("bb_daihoi_kiemphieu_thhoabinh", 12, 29, "41,38%"),
    ("bb_daihoi_kiemphieu_thhoabinh", 29, 30, "96,67%"),
    ("bb_chibo_ketnap_cty_thanhcong", 18, 21, "85,71%"),
    ("bb_chibo_ketnap_cty_thanhcong", 19, 21, "90,48%"),
    ("bb_chibo_kp5_thang10", 17, 17, "100%"),
    ("bc_dangbo_phuong_tanthoi_9thang", 1052, 1127, "93,35%"),
    ("bc_dangbo_phuong_tanthoi_9thang", 31, 45, "68,89%"),
    ("bc_dangbo_phuong_tanthoi_9thang", Decimal("98.7"), Decimal("126.5"), "78,02%"),
    ("bc_dangbo_phuong_tanthoi_9thang", 20, 20, "100%"),
    ("bc_chibo_thon_khecham_6thang2026", Decimal("38.5"), 60, "64,17%"),
    ("tin_daihoi_chibo_tdp_dongson", 37, 38, "97,37%"),
    ("tin_dangbo_cqd_khanhhoa_tongket2025", 168, 160, "105%"),
]
# Other sums stated in the texts: (stem, list of parts, total, note)
SUMS = [
    ("bb_chibo_kp5_thang10", [21, 3], 24, "chính thức + dự bị"),
    ("bb_chibo_kp5_thang10", [17, 3], 20, "có mặt split"),
    ("bb_chibo_kp5_thang10", [3, 1], 4, "vắng có/không lý do"),
    ("bb_daihoi_kiemphieu_thhoabinh", [31, 2], 33, "triệu tập split"),
    ("bb_daihoi_kiemphieu_thhoabinh", [30, 2], 32, "có mặt split"),
    ("bb_daihoi_kiemphieu_thhoabinh", [29, 1], 30, "phiếu hợp lệ + không hợp lệ"),
    ("bb_daihoi_kiemphieu_thhoabinh", [28, 26, 21, 12], 29 * 3, "3 names on each valid ballot"),
    ("bb_chibo_ketnap_cty_thanhcong", [21, 2], 23, "chính thức + dự bị"),
    ("bb_chibo_ketnap_cty_thanhcong", [19, 2], 21, "có mặt split"),
    ("bb_chibo_ketnap_cty_thanhcong", [18, 1], 19, "phiếu kết nạp"),
    ("bb_bch_xa_iaphu_lan4", [24, 5], 29, "phiếu kỷ luật"),
    ("bb_hop_so_nnmt_hanman", [16, 3], 19, "biểu quyết"),
    ("bc_ubnd_xa_thanhson_nam2025", [10, 2], 12, "chỉ tiêu đạt + chưa đạt"),
    ("bc_chibo_thon_khecham_6thang2026", [17, 2], 19, "đảng viên split"),
    ("bc_dangbo_phuong_tanthoi_9thang", [26, 12], 38, "chi bộ khu vực + cơ quan"),
    ("tin_daihoi_chibo_tdp_dongson", [41, 3], 44, "có mặt + vắng"),
]

errors = []
def err(stem, msg):
    errors.append(f"{stem}: {msg}")

def pct(n, d, decimals):
    q = Decimal(1).scaleb(-decimals)
    return (Decimal(n) * 100 / Decimal(d)).quantize(q, rounding=ROUND_HALF_UP)

def keys(stem, obj, order, where):
    if obj is None:
        return
    if list(obj.keys()) != order:
        err(stem, f"key order in {where}: {list(obj.keys())}")

def sub(stem, txt, s, where):
    if s is None:
        return
    if s not in txt:
        err(stem, f"{where} not a substring: {s!r}")

def lower_better(name):
    return "tỷ lệ hộ nghèo" in name.lower()

def main():
    stems = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    counts = {}
    for stem in stems:
        txt = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
        raw = open(os.path.join(HERE, stem + ".gold.json"), encoding="utf-8").read()
        if unicodedata.normalize("NFC", txt) != txt: err(stem, "txt not NFC")
        if unicodedata.normalize("NFC", raw) != raw: err(stem, "gold not NFC")
        n = len(txt)
        if not 1800 <= n <= 3200: err(stem, f"length {n}")
        if "\r" in txt: err(stem, "CR in text")
        g = json.loads(raw)
        keys(stem, g, TOP, "top")
        if g["genre"] not in GENRES: err(stem, "genre")
        # header fields
        issuer_ok = g["issuer"] in txt or g["issuer"] in txt.replace("\n", " ")
        if not issuer_ok: err(stem, f"issuer {g['issuer']!r}")
        for f in ("issuer_parent", "doc_number", "place", "title"):
            sub(stem, txt, g[f], f)
        if g["doc_number"] and g["doc_number"].startswith("Số"): err(stem, "doc_number has Số")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"] or ""): err(stem, "date format")
        if g["place"]:
            m = re.search(re.escape(g["place"]) + r", ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", txt)
            if not m: err(stem, "no date line")
            elif "%s-%02d-%02d" % (m.group(3), int(m.group(2)), int(m.group(1))) != g["date"]:
                err(stem, "date != date line")
        # meeting
        mt = g["meeting"]
        if g["genre"] == "bao_cao" and mt is not None: err(stem, "report with meeting")
        if mt:
            keys(stem, mt, MEET, "meeting")
            if mt["kind"] not in KINDS: err(stem, "meeting kind")
            for t in ("start", "end"):
                if mt[t] is not None and not re.fullmatch(r"\d{2}:\d{2}", mt[t]): err(stem, f"meeting {t}")
            if mt["start"] and mt["end"] and mt["end"] <= mt["start"]: err(stem, "end <= start")
            sub(stem, txt, mt["name"], "meeting.name"); sub(stem, txt, mt["place"], "meeting.place")
            for c in mt["chairs"]: sub(stem, txt, c, "chair")
            sub(stem, txt, mt["secretary"], "secretary")
            if mt["secretary"] and mt["secretary"] in mt["chairs"]: err(stem, "secretary is chair")
        # attendance
        a = g["attendance"]
        if a:
            keys(stem, a, ATT, "attendance")
            if a["official"] is not None and a["probationary"] is not None and a["official"] + a["probationary"] != a["total"]:
                err(stem, "official+probationary != total")
            if None not in (a["present"], a["absent"], a["total"]) and a["present"] + a["absent"] != a["total"]:
                err(stem, "present+absent != total")
            if a["absentees"] and len(a["absentees"]) != a["absent"]: err(stem, "absentee count")
            for x in a["absentees"]:
                keys(stem, x, ABS, "absentee")
                sub(stem, txt, x["name"], "absentee"); sub(stem, txt, x["reason"], "reason")
                if re.match(r"(đồng chí|đ/c|ông|bà) ", x["name"], re.I): err(stem, "absentee prefix")
        # decisions
        for d in g["decisions"]:
            keys(stem, d, DEC, "decision")
            if d["kind"] not in DKINDS: err(stem, "decision kind")
            sub(stem, txt, d["text"], "decision.text"); sub(stem, txt, d["person"], "decision.person")
            nums = [d[k] for k in ("for", "against", "abstain") if d[k] is not None]
            if d["base"] is not None and sum(nums) > d["base"]: err(stem, f"votes > base in {d['text'][:30]}")
            if a and d["base"] is not None and a["present"] is not None and d["for"] is not None and d["for"] > a["present"]:
                err(stem, "for > present")
        # targets
        for t in g["targets"]:
            keys(stem, t, TGT, "target")
            sub(stem, txt, t["name"], "target.name")
            v = t["verdict"]
            if v not in VERDICTS: err(stem, "verdict")
            if v is None:
                if t["result"] is not None: err(stem, f"future target with result {t['name']}")
                continue
            r, T = t["result"], t["target"]
            if r is None or T is None: err(stem, f"missing numbers {t['name']}"); continue
            better = (r <= T) if lower_better(t["name"]) else (r >= T)
            strictly = (r < T) if lower_better(t["name"]) else (r > T)
            ok = {"đạt": better, "vượt": strictly, "chưa đạt": not better, "tiến độ": not better}[v]
            if not ok: err(stem, f"verdict {v} inconsistent for {t['name']}")
        # tasks, signers, recipients, figures
        for t in g["tasks"]:
            keys(stem, t, TSK, "task")
            for f in TSK: sub(stem, txt, t[f], "task." + f)
        for s in g["signers"]:
            keys(stem, s, SIG, "signer")
            for f in SIG: sub(stem, txt, s[f], "signer." + f)
        lines = txt.split("\n")
        for r in g["recipients"]:
            if not any(re.match(r"-\s*" + re.escape(r) + r"\s*[;,.]?\s*(\t.*)?$", ln) for ln in lines):
                err(stem, f"recipient {r!r}")
        if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6: err(stem, "too many figures")
        for f in g["key_figures"] + g["noise_figures"]: sub(stem, txt, f, "figure")
        if set(g["key_figures"]) & set(g["noise_figures"]): err(stem, "figure both key and noise")
        c = counts.setdefault(g["genre"], [0, 0, 0, 0])
        c[0] += 1; c[1] += len(g["decisions"]); c[2] += len(g["targets"]); c[3] += len(g["tasks"])
        print(f"{stem:42s} {n:5d} chars  dec={len(g['decisions'])} tgt={len(g['targets'])} task={len(g['tasks'])}")
    for stem, num, den, printed in PCTS:
        txt = open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
        if printed not in txt: err(stem, f"printed % {printed} absent")
        body = printed.rstrip("%")
        dec = len(body.split(",")[1]) if "," in body else 0
        want = str(pct(num, den, dec)).replace(".", ",")
        if want != body: err(stem, f"{num}/{den} = {want}% but text says {printed}")
    for stem, parts, total, note in SUMS:
        if sum(parts) != total: err(stem, f"sum {note}: {parts} != {total}")
    print("totals by genre (docs, decisions, targets, tasks):")
    tot = [0, 0, 0, 0]
    for k, v in sorted(counts.items()):
        print(f"  {k:13s} {v}")
        tot = [x + y for x, y in zip(tot, v)]
    print(f"  {'total':13s} {tot}")
    if errors:
        print("\n".join(["ERRORS:"] + errors)); sys.exit(1)
    print("OK")

main()
