#!/usr/bin/env python3
"""Validate blind13_structure: gold schema/order/NFC, arithmetic, percentages, substrings."""
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
    ("bb01_cb_khupho3_t11_2025", "đạt 70%", 42, 60),
    ("bb02_cb_truong_thcs_chuyende_q3_2024", "97,27%", 498, 512),
    ("bb03_bch_dangbo_xa_lan4_2025", "đạt 80%", 14.8, 18.5),
    ("bb03_bch_dangbo_xa_lan4_2025", "đạt 75%", 9, 12),
    ("bb03_bch_dangbo_xa_lan4_2025", "88,46%", 23, 26),
    ("bb04_daihoi_cb_thon_ban_2025", "19/19 phiếu, đạt 100%", 19, 19),
    ("bb04_daihoi_cb_thon_ban_2025", "89,47%", 17, 19),
    ("bb04_daihoi_cb_thon_ban_2025", "78,95%", 15, 19),
    ("bb04_daihoi_cb_thon_ban_2025", "31,58%", 6, 19),
    ("bb04_daihoi_cb_thon_ban_2025", "đạt 90%", 18, 20),
    ("bb04_daihoi_cb_thon_ban_2025", "đạt 80%", 16, 20),
    ("bb05_kiemphieu_dh_dangbo_phuong_2025", "98,97%", 192, 194),
    ("bb05_kiemphieu_dh_dangbo_phuong_2025", "96,39%", 187, 194),
    ("bb05_kiemphieu_dh_dangbo_phuong_2025", "62,37%", 121, 194),
    ("bb05_kiemphieu_dh_dangbo_phuong_2025", "53,61%", 104, 194),
    ("bb05_kiemphieu_dh_dangbo_phuong_2025", "49,48%", 96, 194),
    ("bb05_kiemphieu_dh_dangbo_phuong_2025", "45,36%", 88, 194),
    ("bb05_kiemphieu_dh_dangbo_phuong_2025", "36,60%", 71, 194),
    ("bb06_hoinghi_cbcc_xa_2026", "99,21%", 4281, 4315),
    ("bb06_hoinghi_cbcc_xa_2026", "95,35%", 41, 43),
    ("bb07_kyluat_cb_ubnd_2024", "68,75%", 11, 16),
    ("bb08_cb_thon_thuongky_t3_2019", "91,11%", 41, 45),
    ("bb08_cb_thon_thuongky_t3_2019", "đạt 100% chỉ tiêu", 3, 3),
    ("bc09_dangu_xa_9thang_2025", "bằng 98%", 3920, 4000),
    ("bc09_dangu_xa_9thang_2025", "73,5", 7056, 9600),
    ("bc09_dangu_xa_9thang_2025", "116,67", 14, 12),
    ("bc09_dangu_xa_9thang_2025", "53,33", 8, 15),
    ("bc10_ubnd_phuong_quy1_2026", "bằng 22%", 46.2, 210),
    ("bc11_cb_cty_nam_2023", "102,82%", 8.74, 8.5),
    ("bc11_cb_cty_nam_2023", "95,78%", 61.3, 64),
    ("bc11_cb_cty_nam_2023", "18,18%", 4, 22),
    ("bc11_cb_cty_nam_2023", "72,73%", 16, 22),
    ("bc11_cb_cty_nam_2023", "9,09%", 2, 22),
    ("bc13_hoi_nong_dan_xa_2022", "78,17%", 512, 655),
    ("bc14_dangu_benhvien_6thang_2026", "tiến độ 52%", 218400, 420000),
    ("nq15_cb_thon_t4_2026", "đạt 100% kế hoạch", 62, 62),
    ("nq15_cb_thon_t4_2026", "được 100% đảng viên có mặt", 18, 18),
    ("tb18_ketluan_chutich_ubnd_xa_2026", "đạt 100% chỉ tiêu", 38, 38),
    ("tin19_bch_dangbo_xa_lan3_2025", "vượt 8,5%", 21.7 - 20, 20),
    ("tin20_daihoi_cb_khupho_2022", "97,37%", 37, 38),
    ("tin20_daihoi_cb_khupho_2022", "92,11%", 35, 38),
    ("tin20_daihoi_cb_khupho_2022", "76,32%", 29, 38),
    ("tin21_cb_chuyende_q2_2023", "80,77%", 21, 26),
    ("tin22_hdnd_xa_kyhop_chuyende_2026", "bằng 40%", 18.4, 46),
]
# other arithmetic stated in the texts: (file, description, lhs, rhs)
EXTRA = [
    ("bb01_cb_khupho3_t11_2025", "official present 29 - 4 absent = 25 (absentees official)", 29 - 4, 25),
    ("bb01_cb_khupho3_t11_2025", "24 + 1 + 0 = 25", 24 + 1 + 0, 25),
    ("bb01_cb_khupho3_t11_2025", "camera còn lại 60 - 42 = 18", 60 - 42, 18),
    ("bb03_bch_dangbo_xa_lan4_2025", "kết nạp còn lại 12 - 9 = 3", 12 - 9, 3),
    ("bb04_daihoi_cb_thon_ban_2025", "ballots = present 22 - 2 dự bị", 22 - 2, 20),
    ("bb04_daihoi_cb_thon_ban_2025", "hợp lệ 19 + 1 = 20", 19 + 1, 20),
    ("bb04_daihoi_cb_thon_ban_2025", "Chi ủy votes <= 3*19", int(19 + 17 + 15 + 6 <= 57), 1),
    ("bb05_kiemphieu_dh_dangbo_phuong_2025", "194 + 2 = 196", 194 + 2, 196),
    ("bb07_kyluat_cb_ubnd_2024", "ballots 2+11+3 = 16", 2 + 11 + 3, 16),
    ("bb07_kyluat_cb_ubnd_2024", "official present 18-1 absent -1 Tín = 16", 18 - 1 - 1, 16),
    ("bb08_cb_thon_thuongky_t3_2019", "phải dự 38 - 6 = 32 = 29 + 3", 38 - 6, 29 + 3),
    ("bb08_cb_thon_thuongky_t3_2019", "lúa còn 45 - 41 = 4", 45 - 41, 4),
    ("bc09_dangu_xa_9thang_2025", "kết nạp còn lại 15 - 8 = 7", 15 - 8, 7),
    ("bc11_cb_cty_nam_2023", "xếp loại 4+16+2 = 24 - 2 dự bị", 4 + 16 + 2, 24 - 2),
    ("bc12_so_gddt_hk1_2024", "trường còn lại 330 - 318 = 12", 330 - 318, 12),
    ("bc12_so_gddt_hk1_2024", "phòng còn lại 180 - 146 = 34", 180 - 146, 34),
    ("bc14_dangu_benhvien_6thang_2026", "kết nạp còn lại 15 - 6 = 9", 15 - 6, 9),
    ("kl17_btv_dangu_xa_2025", "lúa còn 4200 - 2940 = 1260", 4200 - 2940, 1260),
    ("kl17_btv_dangu_xa_2025", "kênh còn 18 - 11,5 = 6,5", 18 - 11.5, 6.5),
    ("tin19_bch_dangbo_xa_lan3_2025", "kết nạp còn lại 20 - 14 = 6", 20 - 14, 6),
    ("tin20_daihoi_cb_khupho_2022", "ballots 38 = 41 official - 3 absent", 41 - 3, 38),
    ("tin22_hdnd_xa_kyhop_chuyende_2026", "33 + 1 = 34", 33 + 1, 34),
]
# targets where a lower result is better (ceilings)
LOWER = ("hộ nghèo", "thất thoát", "bỏ học")
# members exempted from attending (miễn sinh hoạt): present + absent + exempt = total
EXEMPT = {"bb08_cb_thon_thuongky_t3_2019": 6}
LEN = (2000, 2400)

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def pct(n, d, dec):
    q = Decimal(1).scaleb(-dec)
    return (Decimal(str(n)) / Decimal(str(d)) * 100).quantize(q, rounding=ROUND_HALF_UP)


def sub(name, txt, s, what):
    if s is None:
        return
    if s not in txt:
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
        if not LEN[0] <= len(txt) <= LEN[1]:
            err(name, f"length {len(txt)}")
        on_disk = json.load(open(os.path.join(D, name + ".gold.json"), encoding="utf-8"))
        if on_disk != g or list(on_disk) != TOP:
            err(name, "gold json differs from gold_data.py or key order wrong")
        nfc(name, g)
        if g["genre"] not in GENRES:
            err(name, "genre")
        joined = txt.replace("\n", " ")  # a title / meeting name wrapped over lines, joined by a space
        for k in ("issuer", "issuer_parent", "doc_number"):
            sub(name, txt, g[k], k)
        sub(name, joined, g["title"], "title")
        # header parent must be the line directly above the issuer (documents only)
        if g["genre"] != "tin_hoi_nghi" and g["issuer_parent"]:
            lines = [l.split("\t")[0].split("   ")[0].strip() for l in txt.split("\n")]
            i = lines.index(g["issuer"])
            if lines[i - 1] != g["issuer_parent"]:
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
            sub(name, joined, m["name"], "meeting.name")
            for k in ("place", "secretary"):
                sub(name, txt, m[k], "meeting." + k)
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
            if a["present"] + a["absent"] + EXEMPT.get(name, 0) != a["total"]:
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
            if tot > dct["base"]:
                err(name, f"votes exceed base {dct}")
            if dct["kind"] == "election":
                won = dct["for"] * 2 > dct["base"]
                if won != (dct["outcome"] == "trúng cử"):
                    err(name, f"election outcome {dct['person']}")
            if a is not None and dct["base"] > a["present"]:
                err(name, "base > present")
        for t in g["targets"]:
            if list(t) != TGT or t["verdict"] not in VERD:
                err(name, "target keys/verdict")
            sub(name, txt, t["name"], "target.name")
            v, r, tg = t["verdict"], t["result"], t["target"]
            if r is None and v is not None:
                err(name, "verdict without result")
            if v in ("đạt", "vượt", "chưa đạt"):
                lower_better = any(w in t["name"] for w in LOWER)
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
