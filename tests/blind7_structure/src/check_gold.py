#!/usr/bin/env python3
"""Validate blind7_structure (copied from dev6_structure_c, PCT/EXTRA rewritten for this set):
gold schema/order/NFC, arithmetic, percentages, substrings."""
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
    ("bb_cb_kp3_an_phu_t11_2025", "(108%)", 48.6, 45),
    ("bb_cb_kp3_an_phu_t11_2025", "tỷ lệ 93,9%", 612, 652),
    ("bb_cb_thcs_nguyen_du_chuyen_de_q4", "đạt 87,4%", 594, 680),
    ("bb_bch_du_xa_tan_lap_lan6", "113,6%", 14.2, 12.5),
    ("bb_bch_du_xa_tan_lap_lan6", "đạt 85%", 17, 20),
    ("bb_bch_du_xa_tan_lap_lan6", "(96%)", 24, 25),
    ("bb_bch_du_xa_tan_lap_lan6", "92,59%", 25, 27),
    ("bb_daihoi_cb_thon_dong_mai_2025", "103,3%", 62, 60),
    ("bb_daihoi_cb_thon_dong_mai_2025", "97,06%", 33, 34),
    ("bb_daihoi_cb_thon_dong_mai_2025", "91,18%", 31, 34),
    ("bb_daihoi_cb_thon_dong_mai_2025", "79,41%", 27, 34),
    ("bb_daihoi_cb_thon_dong_mai_2025", "32,35%", 11, 34),
    ("bb_daihoi_cb_thon_dong_mai_2025", "91,43%", 32, 35),
    ("bb_mttq_phuong_vy_da_nha_dai_doan_ket", "82,1%", 287.5, 350),
    ("bc_du_phuong_kien_an_quy3_2025", "68,9%", 31, 45),
    ("bc_du_phuong_kien_an_quy3_2025", "79,3%", 186.4, 235),
    ("bc_du_phuong_kien_an_quy3_2025", "99,1%", 1526, 1540),
    ("bc_ubnd_xa_tra_giang_nam_2025", "103,8%", 12450, 12000),
    ("bc_ubnd_xa_tra_giang_nam_2025", "106,7%", 320, 300),
    ("bc_ubnd_xa_tra_giang_nam_2025", "121,5%", 8.75, 7.2),
    ("bc_ubnd_xa_tra_giang_nam_2025", "18,6%", 297, 1598),
    ("bc_thpt_dong_hieu_hk1_2025_2026", "99,35%", 1218, 1226),
    ("bc_thpt_dong_hieu_hk1_2025_2026", "72,4%", 882, 1218),
    ("bc_thpt_dong_hieu_hk1_2025_2026", "(0,49%)", 6, 1218),
    ("bc_thpt_dong_hieu_hk1_2025_2026", "76,7%", 23, 30),
    ("bc_cb_ban_phieng_ban_kiem_diem_2025", "đạt 75%", 15, 20),
    ("bc_cb_ban_phieng_ban_kiem_diem_2025", "(10,71%)", 12, 112),
    ("bc_cb_ban_phieng_ban_kiem_diem_2025", "8,04%", 9, 112),
    ("nq_cb_khoi_noi_bvdk_lam_dong_t12_2025", "88,4%", 48620, 55000),
    ("nq_cb_khoi_noi_bvdk_lam_dong_t12_2025", "95,65%", 22, 23),
    ("tb_kl_btv_du_xa_tan_hoi_trung_t10_2025", "63,2%", 2150, 3400),
    ("tb_kl_btv_du_xa_tan_hoi_trung_t10_2025", "(76,8%)", 86, 112),
    ("tin_cb_thon_na_khoang_chuyen_de_ket_nap", "120%", 42, 35),
    ("tin_du_phuong_an_hai_bch_lan4_tong_ket_2025", "110,9%", 1386.5, 1250),
    ("tin_du_phuong_an_hai_bch_lan4_tong_ket_2025", "96,7%", 58, 60),
    ("tin_hdnd_xa_quang_phu_ky_hop_9", "115,8%", 46.3, 40),
    ("tin_hdnd_xa_quang_phu_ky_hop_9", "(93,1%)", 27, 29),
    ("tin_hdnd_xa_quang_phu_ky_hop_9", "(96,55%)", 28, 29),
    ("tin_hu_muong_ang_bch_lan19_6t_2024", "54,7%", 18.6, 34),
    ("tin_hu_muong_ang_bch_lan19_6t_2024", "52%", 260, 500),
    ("tin_hu_muong_ang_bch_lan19_6t_2024", "52,2%", 47, 90),
]
# other arithmetic stated in the texts: (file, description, lhs, rhs)
EXTRA = [
    ("bb_cb_kp3_an_phu_t11_2025", "present 27 chính thức + 3 dự bị = 30", 27 + 3, 30),
    ("bb_cb_kp3_an_phu_t11_2025", "official present 31 - 4 absent = 27", 31 - 4, 27),
    ("bb_cb_kp3_an_phu_t11_2025", "40 hộ chưa đạt = 652 - 612", 652 - 612, 40),
    ("bb_cb_kp3_an_phu_t11_2025", "26 + 1 = 27", 26 + 1, 27),
    ("bb_cb_thcs_nguyen_du_chuyen_de_q4", "16 + 2 = 18; 17 - 1 = 16", (16 + 2, 17 - 1), (18, 16)),
    ("bb_cb_thcs_nguyen_du_chuyen_de_q4", "15 + 1 ý kiến khác = 16", 15 + 1, 16),
    ("bb_bch_du_xa_tan_lap_lan6", "discipline 21 + 4 = 25", 21 + 4, 25),
    ("bb_daihoi_cb_thon_dong_mai_2025", "ballots = official present 38 - 3 = 35", 38 - 3, 35),
    ("bb_daihoi_cb_thon_dong_mai_2025", "35 + 4 dự bị = 39", 35 + 4, 39),
    ("bb_daihoi_cb_thon_dong_mai_2025", "hợp lệ 34 + 1 = 35", 34 + 1, 35),
    ("bb_daihoi_cb_thon_dong_mai_2025", "Chi ủy votes <= 3*34", int(33 + 31 + 27 + 11 <= 3 * 34), 1),
    ("bb_mttq_phuong_vy_da_nha_dai_doan_ket", "4 + 5 + 6 = 15 mời", 4 + 5 + 6, 15),
    ("bb_mttq_phuong_vy_da_nha_dai_doan_ket", "5 nhà - 2 = 3 chưa khởi công", 5 - 2, 3),
    ("bb_mttq_phuong_vy_da_nha_dai_doan_ket", "12 + 1 = 13", 12 + 1, 13),
    ("bc_du_phuong_kien_an_quy3_2025", "45 - 31 = 14 còn phải kết nạp", 45 - 31, 14),
    ("bc_thpt_dong_hieu_hk1_2025_2026", "1226 - 1218 = 8 nghỉ học", 1226 - 1218, 8),
    ("bc_cb_ban_phieng_ban_kiem_diem_2025", "26 + 2 = 28; 20 - 15 = 5 ha còn lại", (26 + 2, 20 - 15), (28, 5)),
    ("tb_kl_btv_du_xa_tan_hoi_trung_t10_2025", "112 - 86 = 26 hộ", 112 - 86, 26),
    ("tin_cb_thon_na_khoang_chuyen_de_ket_nap", "27 + 2 = 29; 31 - 29 = 2 vắng", (27 + 2, 31 - 29), (29, 2)),
    ("tin_hdnd_xa_quang_phu_ky_hop_9", "27 + 2 không biểu quyết = 29", 27 + 2, 29),
]

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
        if not 2000 <= len(txt) <= 3200:
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
            for k in ("name", "place", "secretary"):
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
            if a["present"] + a["absent"] != a["total"]:
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
                lower_better = "hộ nghèo" in t["name"]
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
        if (lhs != rhs) if isinstance(lhs, tuple) else abs(lhs - rhs) > 1e-9:
            err(name, f"EXTRA {desc}: {lhs} != {rhs}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"OK: {len(GOLD)} docs, {sum(len(g['decisions']) for g in GOLD.values())} decisions, "
          f"{sum(len(g['targets']) for g in GOLD.values())} targets, "
          f"{sum(len(g['tasks']) for g in GOLD.values())} tasks, {len(PCT)} percentages")


if __name__ == "__main__":
    main()
