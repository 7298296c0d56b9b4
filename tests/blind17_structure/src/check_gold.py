#!/usr/bin/env python3
"""Validate blind17_structure (adapted from dev6_structure_c): gold schema/order/NFC, arithmetic, percentages,
substrings. Header cells copied from Word may wrap (issuer/title over two lines): those are checked joined."""
import json, os, re, sys, unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gold_data import GOLD  # noqa

TOP = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting",
       "attendance", "decisions", "targets", "tasks", "signers", "recipients", "key_figures",
       "noise_figures"]
MEET = ["name", "kind", "start", "end", "date", "place", "chairs", "secretary", "form"]
ATT = ["total", "official", "probationary", "present", "absent", "absentees"]
DEC = ["kind", "subject", "person", "for", "against", "abstain", "base", "outcome"]
TGT = ["name", "target", "result", "unit", "period", "verdict"]
TSK = ["text", "owner", "deadline"]
SGN = ["role", "position", "name"]
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}
DKINDS = {"vote", "election", "discipline", "resolution"}
VERD = {"đạt", "vượt", "chưa đạt", "tiến độ", None}

# (file, printed percentage as in text, numerator, denominator)
PCT = [
    ("bb01_cb_thon_thuongky_t9_2025", "61,67%", 18.5, 30),
    ("bb01_cb_thon_thuongky_t9_2025", "(94,92%)", 112, 118),
    ("bb03_bch_phuong_lan4_2025", "(91,67%)", 412.5, 450),
    ("bb04_hdnd_xa_kyhop_2024", "106,14%", 14.86, 14),
    ("bb04_hdnd_xa_kyhop_2024", "98,77%", 6420, 6500),
    ("bb05_ubnd_xa_hop_t10_2025", "74,67%", 22.4, 30),
    ("bb05_ubnd_xa_hop_t10_2025", "(98,98%)", 3380, 3415),
    ("bb06_daihoi_cb_2025", "112,5%", 9, 8),
    ("bb07_kiemphieu_bithu_2025", "\t70,83", 17, 24),
    ("bb07_kiemphieu_bithu_2025", "\t16,67", 4, 24),
    ("bc01_du_xa_quy1_2026", "100,27%", 1840, 1835),
    ("bc01_du_xa_quy1_2026", "bằng 24%", 9.6, 40),
    ("bc01_du_xa_quy1_2026", "(95,86%)", 1204, 1256),
    ("bc01_du_xa_quy1_2026", "đạt 100% chỉ tiêu", 31, 31),
    ("bc02_ubnd_phuong_6t_2025", "52,6%", 27.35, 52),
    ("bc02_ubnd_phuong_6t_2025", "đạt 103%", 412, 400),
    ("bc02_ubnd_phuong_6t_2025", "66,25%", 265, 400),
    ("bc03_ubnd_xa_9t_2025", "96,85%", 5230, 5400),
    ("bc03_ubnd_xa_9t_2025", "78,8%", 11.82, 15),
    ("bc04_so_nnmt_nam_2025", "101,5%", 16240, 16000),
    ("bc05_mttq_xa_nam_2025", "(95,88%)", 14612, 15240),
    ("bc06_du_phuong_nam_2024", "89,25%", 35.7, 40),
    ("bc06_du_phuong_nam_2024", "92,31%", 24, 26),
    ("bc07_so_gddt_quy3_2025", "97,08%", 27960, 28800),
    ("bc07_so_gddt_quy3_2025", "71,2%", 356, 500),
    ("nq01_cb_t11_2025", "đạt 90%", 21.6, 24),
    ("kl03_btv_du_phuong_2026", "9,6%", 38.4, 400),
    ("tin01_cb_thon_thuongky_t8_2025", "76%", 38, 50),
    ("tin02_hdnd_phuong_kyhop5_2025", "102,08%", 612.5, 600),
    ("tin03_bch_xa_lan6_2025", "102,5%", 41, 40),
    ("tin04_daihoi_cb_2025", "133,33%", 4, 3),
    ("tin05_ubnd_xa_phienhop_t1_2026", "đạt 106%", 74.2, 70),
    ("tin06_du_phuong_sket_6t_2025", "54,1%", 1082, 2000),
]
# other arithmetic stated in the texts: (file, description, lhs, rhs)
EXTRA = [
    ("bb01_cb_thon_thuongky_t9_2025", "official present 23 - 2 dự bị = 21", 23 - 2, 21),
    ("bb01_cb_thon_thuongky_t9_2025", "năng suất 62 - 60 = vượt 2", 62 - 60, 2),
    ("bb03_bch_phuong_lan4_2025", "31 + 0 + 2 = 33", 31 + 0 + 2, 33),
    ("bb04_hdnd_xa_kyhop_2024", "22 + 0 + 1 = 23", 22 + 0 + 1, 23),
    ("bb05_ubnd_xa_hop_t10_2025", "21 - 2 = 19", 21 - 2, 19),
    ("bb06_daihoi_cb_2025", "official present 29 - 2 dự bị = 27", 29 - 2, 27),
    ("bb07_kiemphieu_bithu_2025", "hợp lệ 21 + 1 = 22 phát ra", 21 + 1, 22),
    ("bb07_kiemphieu_bithu_2025", "17 + 4 = 21 hợp lệ", 17 + 4, 21),
    ("bb07_kiemphieu_bithu_2025", "17 > 24/2 (quá bán so với ĐVCT)", int(17 * 2 > 24), 1),
    ("bb08_kyluat_cb_2026", "ballots 1 + 12 + 4 = 17", 1 + 12 + 4, 17),
    ("bb08_kyluat_cb_2026", "official present 20 - 3 = 17", 20 - 3, 17),
    ("bb08_kyluat_cb_2026", "12 > 20/2", int(12 * 2 > 20), 1),
    ("bc06_du_phuong_nam_2024", "5/6 đạt và vượt", 5, sum(1 for t in GOLD["bc06_du_phuong_nam_2024"]["targets"][:6]
                                                          if t["verdict"] in ("đạt", "vượt"))),
    ("tin01_cb_thon_thuongky_t8_2025", "official present 21 - 2 = 19", 21 - 2, 19),
    ("tin02_hdnd_phuong_kyhop5_2025", "40 + 1 = 41", 40 + 1, 41),
    ("tin03_bch_xa_lan6_2025", "15/17 <= 17", int(15 <= 17), 1),
]
# targets where a lower result is better (ceilings); all other targets: higher is better
LOWER = {("bb03_bch_phuong_lan4_2025", "Tỷ lệ hộ nghèo"), ("bb04_hdnd_xa_kyhop_2024", "tỷ lệ hộ nghèo"),
         ("bc02_ubnd_phuong_6t_2025", "Tỷ lệ hộ nghèo"), ("bc03_ubnd_xa_9t_2025", "người chết do tai nạn giao thông"),
         ("bc06_du_phuong_nam_2024", "Tỷ lệ hộ nghèo"), ("tin03_bch_xa_lan6_2025", "Tỷ lệ hộ nghèo")}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def pct(n, d, dec):
    q = Decimal(1).scaleb(-dec)
    return (Decimal(str(n)) / Decimal(str(d)) * 100).quantize(q, rounding=ROUND_HALF_UP)


def left_cells(txt):
    return [re.split(r"\t| {3,}", l)[0].strip() for l in txt.split("\n")]


def sub(name, txt, s, what):
    if s is None:
        return
    if s not in txt and s not in txt.replace("\n", " ") and s not in " ".join(left_cells(txt)):
        err(name, f"{what} not in text: {s!r}")


def nfc(name, obj, path="$"):
    if isinstance(obj, str):
        if obj != unicodedata.normalize("NFC", obj):
            err(name, f"non-NFC at {path}")
    elif isinstance(obj, dict):
        for k, v in obj.items():
            nfc(name, v, path + "." + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            nfc(name, v, f"{path}[{i}]")


def main():
    for name, g in GOLD.items():
        tp = os.path.join(D, name + ".txt")
        txt = open(tp, encoding="utf-8").read()
        if txt != unicodedata.normalize("NFC", txt):
            err(name, "text not NFC")
        if not 1400 <= len(txt) <= 3700:
            err(name, f"length {len(txt)}")
        on_disk = json.load(open(os.path.join(D, name + ".gold.json"), encoding="utf-8"))
        if on_disk != g or list(on_disk) != TOP:
            err(name, "gold json differs from gold_data.py or key order wrong")
        nfc(name, g)
        if g["genre"] not in GENRES:
            err(name, "genre")
        for k in ("issuer", "issuer_parent", "doc_number", "title"):
            sub(name, txt, g[k], k)
        # header parent must be the line directly above the issuer (documents only)
        if g["genre"] != "tin_hoi_nghi" and g["issuer_parent"]:
            lines = [l for l in left_cells(txt) if l]
            ok = False
            for i in range(1, len(lines)):
                for n in (1, 2):  # issuer on one line, or wrapped over two
                    if " ".join(lines[i:i + n]) == g["issuer"]:
                        ok = ok or lines[i - 1] == g["issuer_parent"] or \
                            " ".join(lines[i - 2:i]) == g["issuer_parent"]
            if not ok:
                err(name, "parent not directly above issuer")
        if g["doc_number"]:
            sub(name, txt, "Số " + g["doc_number"] if ("Số " + g["doc_number"]) in txt else "Số: " + g["doc_number"], "Số line")
        if g["place"]:
            y, m, d = map(int, g["date"].split("-"))
            mm = re.search(re.escape(g["place"]) + r", ngày (\d+) tháng (\d+) năm (\d{4})", txt)
            if not mm or (int(mm.group(3)), int(mm.group(2)), int(mm.group(1))) != (y, m, d):
                err(name, "date line mismatch")
        m = g["meeting"]
        if m is not None:
            if list(m) != MEET or m["kind"] not in KINDS:
                err(name, "meeting keys/kind")
            for k in ("name", "place", "secretary"):
                sub(name, txt, m[k], "meeting." + k)
            if m["date"] and not re.fullmatch(r"\d{4}-\d\d-\d\d", m["date"]):
                err(name, "meeting date format")
            for c in m["chairs"]:
                sub(name, txt, c, "chair")
            for k in ("start", "end"):
                if m[k] is not None and not re.fullmatch(r"\d\d:\d\d", m[k]):
                    err(name, "time format " + k)
            # time strings printed in the text
            for k in ("start", "end"):
                if m[k]:
                    h, mi = m[k].split(":")
                    pats = [f"{int(h)} giờ {mi}", f"{h} giờ {mi}", f"{h}h{mi}", f"{int(h)} giờ {int(mi)}"]
                    if mi == "00":
                        pats.append(f"{h}h00")
                    if not any(p in txt for p in pats):
                        err(name, f"time {m[k]} not printed")
        a = g["attendance"]
        if a is not None:
            if list(a) != ATT:
                err(name, "attendance keys")
            if a["official"] is not None and a["official"] + a["probationary"] != a["total"]:
                err(name, "official+probationary != total")
            if None not in (a["present"], a["absent"], a["total"]) and a["present"] + a["absent"] != a["total"]:
                err(name, "present+absent != total")
            if a["absentees"] and len(a["absentees"]) != a["absent"]:
                err(name, "named absentees != absent")
            for ab in a["absentees"]:
                sub(name, txt, ab["name"], "absentee")
                sub(name, txt, ab["reason"], "reason")
        for dct in g["decisions"]:
            if list(dct) != DEC or dct["kind"] not in DKINDS:
                err(name, "decision keys/kind")
            sub(name, txt, dct["subject"], "decision.subject")
            sub(name, txt, dct["person"], "decision.person")
            tot = sum(x or 0 for x in (dct["for"], dct["against"], dct["abstain"]))
            if dct["base"] is not None and tot > dct["base"]:
                err(name, f"votes exceed base {dct}")
            if dct["base"] is None or dct["for"] is None:
                continue
            if dct["kind"] == "election":
                won = dct["for"] * 2 > dct["base"]
                if won != (dct["outcome"] == "trúng cử"):
                    err(name, f"election outcome {dct['person']}")
            # a discipline base is the chi bộ's official members (may exceed those present)
            lim = a and (a["total"] if dct["kind"] == "discipline" else a["present"])
            if lim is not None and dct["base"] > lim:
                err(name, "base > present")
        for t in g["targets"]:
            if list(t) != TGT or t["verdict"] not in VERD:
                err(name, "target keys/verdict")
            sub(name, txt, t["name"], "target.name")
            v, r, tg = t["verdict"], t["result"], t["target"]
            if r is None and v is not None:
                err(name, "verdict without result")
            if v in ("đạt", "vượt", "chưa đạt"):
                lower_better = (name, t["name"]) in LOWER
                ok = (r <= tg) if lower_better else (r >= tg)
                if v == "chưa đạt" and ok:
                    err(name, f"verdict {t['name']}")
                if v == "vượt" and not (r > tg and not lower_better):
                    err(name, f"vượt {t['name']}")
                if v == "đạt" and not ok:
                    err(name, f"đạt {t['name']}")
        for t in g["tasks"]:
            if list(t) != TSK:
                err(name, "task keys")
            for k in TSK:
                sub(name, txt, t[k], "task." + k)
        for s in g["signers"]:
            if list(s) != SGN:
                err(name, "signer keys")
            for k in SGN:
                sub(name, txt, s[k], "signer." + k)
        for r in g["recipients"]:
            sub(name, txt, "- " + r, "recipient")
        if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6:
            err(name, "too many figures")
        for s in g["key_figures"] + g["noise_figures"]:
            sub(name, txt, s, "figure")
    for name, printed, n, dnm in PCT:
        txt = open(os.path.join(D, name + ".txt"), encoding="utf-8").read()
        if printed not in txt:
            err(name, f"PCT string missing {printed!r}")
        num = re.findall(r"\d+(?:,\d+)?", printed)[-1]
        decs = len(num.split(",")[1]) if "," in num else 0
        want = pct(n, dnm, decs)
        got = Decimal(num.replace(",", "."))
        if want != got:
            err(name, f"PCT {printed!r}: {n}/{dnm} = {want}")
    for name, desc, lhs, rhs in EXTRA:
        if abs(lhs - rhs) > 1e-9:
            err(name, f"EXTRA {desc}: {lhs} != {rhs}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"OK: {len(GOLD)} docs, {sum(len(g['decisions']) for g in GOLD.values())} decisions, "
          f"{sum(len(g['targets']) for g in GOLD.values())} targets, "
          f"{sum(len(g['tasks']) for g in GOLD.values())} tasks, {len(PCT)} percentages")


if __name__ == "__main__":
    main()
