#!/usr/bin/env python3
"""Validate blind16_structure: gold schema/order/NFC, arithmetic, percentages, substrings."""
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
    ("bb01_cb_xom_tan_lap_t11_2026", "đạt 81,72%", 15.2, 18.6),
    ("bb01_cb_xom_tan_lap_t11_2026", "đạt 100%", 25, 25),
    ("bb02_bch_xa_tan_ky_lan8_2026", "bằng 74,5%", 22.35, 30),
    ("bb03_daihoi_cb_truong_thcs_2025", "\t93,75", 15, 16),
    ("bb03_daihoi_cb_truong_thcs_2025", "\t81,25", 13, 16),
    ("bb03_daihoi_cb_truong_thcs_2025", "\t25\n", 4, 16),
    ("bb03_daihoi_cb_truong_thcs_2025", "\t100\n", 16, 16),
    ("bb03_daihoi_cb_truong_thcs_2025", "15/16 phiếu (93,75%)", 15, 16),
    ("bb03_daihoi_cb_truong_thcs_2025", "(87,5%)", 14, 16),
    ("bb04_kyluat_cb_ap_phu_thanh_2026", "(26,32%)", 5, 19),
    ("bb04_kyluat_cb_ap_phu_thanh_2026", "(73,68%)", 14, 19),
    ("bb05_hop_ubnd_xa_nam_dong_giai_ngan", "đạt 56%", 21.56, 38.5),
    ("bb06_ky_hop_hdnd_xa_thach_son_2024", "đạt 94%", 8.46, 9),
    ("bb07_cb_tram_yte_chuyen_de_q2_2026", "bằng 53%", 7420, 14000),
    ("bb07_cb_tram_yte_chuyen_de_q2_2026", "(100%)", 11, 11),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "\t96,88", 31, 32),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "\t93,75", 30, 32),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "\t84,38", 27, 32),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "\t68,75", 22, 32),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "\t59,38", 19, 32),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "\t46,88", 15, 32),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "đạt 90,91%", 30, 33),
    ("bc01_du_xa_yen_son_quy3_2026", "\t77,5", 186, 240),
    ("bc01_du_xa_yen_son_quy3_2026", "\t84\n", 10752, 12800),
    ("bc01_du_xa_yen_son_quy3_2026", "18\t100", 18, 18),
    ("bc01_du_xa_yen_son_quy3_2026", "đạt 70%", 7, 10),
    ("bc02_ubnd_phuong_an_khanh_6t_2026", "bằng 54%", 48.6, 90),
    ("bc02_ubnd_phuong_an_khanh_6t_2026", "đạt 62%", 620, 1000),
    ("bc02_ubnd_phuong_an_khanh_6t_2026", "đạt 99,08%", 5188, 5236),
    ("bc05_du_phuong_tan_an_6t_2026", "đạt 97,74%", 1126, 1152),
    ("bc05_du_phuong_tan_an_6t_2026", "đạt 68%", 156.4, 230),
    ("bc05_du_phuong_tan_an_6t_2026", "\t65\n", 26, 40),
    ("bc05_du_phuong_tan_an_6t_2026", "\t60,67", 910, 1500),
    ("bc05_du_phuong_tan_an_6t_2026", "\t103\n", 1236, 1200),
    ("bc04_so_nnmt_quy3_2026", "bằng 97,6%", 512300, 524900),
    ("bc04_so_nnmt_quy3_2026", "đạt 80,33%", 4820, 6000),
    ("bc04_so_nnmt_quy3_2026", "đạt 74,56%", 18640, 25000),
    ("bc06_ubnd_xa_cam_thanh_quy1_2025", "đạt 100% kế hoạch", 286, 286),
    ("bc06_ubnd_xa_cam_thanh_quy1_2025", "đạt 30%", 45, 150),
    ("bc06_ubnd_xa_cam_thanh_quy1_2025", "bằng 24%", 1.92, 8),
    ("bc07_du_xa_kim_son_nam_2025", "đạt 102,29%", 21480, 21000),
    ("bc07_du_xa_kim_son_nam_2025", "bằng 86%", 47.3, 55),
    ("nq01_cb_khu_pho_3_t12_2026", "100% (", 26, 26),
    ("kl01_btv_du_phuong_bac_giang_chuyen_doi_so", "đạt 92,3%", 41260, 44700),
    ("kl01_btv_du_phuong_bac_giang_chuyen_doi_so", "đạt 62%", 12400, 20000),
    ("tin01_hdnd_xa_hoa_an_ky_hop_6", "bằng 103%", 41.2, 40),
    ("tin01_hdnd_xa_hoa_an_ky_hop_6", "đạt 98,4%", 3150, 3200),
    ("tin01_hdnd_xa_hoa_an_ky_hop_6", "đạt 96,77%", 30, 31),
    ("tin03_bch_phuong_hong_gai_lan7", "bằng 56,26%", 512, 910),
    ("tin03_bch_phuong_hong_gai_lan7", "bằng 60%", 2.1, 3.5),
    ("tin05_ubnd_xa_tam_nong_phien_t10", "đạt 56%", 35.84, 64),
    ("tin05_ubnd_xa_tam_nong_phien_t10", "bằng 80%", 19.2, 24),
    ("tin06_dang_uy_xa_yen_lac_so_ket_6t", "bằng 61%", 36.6, 60),
    ("tin06_dang_uy_xa_yen_lac_so_ket_6t", "bằng 46,67%", 14, 30),
]
# other arithmetic stated in the texts: (file, description, lhs, rhs)
EXTRA = [
    ("bb01_cb_xom_tan_lap_t11_2026", "official present 27-2 dự bị = 25", 27 - 2, 25),
    ("bb03_daihoi_cb_truong_thcs_2025", "official present 17-1 = 16 ballots", 17 - 1, 16),
    ("bb03_daihoi_cb_truong_thcs_2025", "present 16 official + 2 dự bị = 18", 16 + 2, 18),
    ("bb03_daihoi_cb_truong_thcs_2025", "Chi ủy votes <= 3*16", int(16 + 15 + 13 + 4 <= 48), 1),
    ("bb04_kyluat_cb_ap_phu_thanh_2026", "present official 21-2 = 19 ballots", 21 - 2, 19),
    ("bb04_kyluat_cb_ap_phu_thanh_2026", "ballots 5+14+0 = 19", 5 + 14 + 0, 19),
    ("bb07_cb_tram_yte_chuyen_de_q2_2026", "official present 12-1 = 11", 12 - 1, 11),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "valid 32 + invalid 1 = 33", 32 + 1, 33),
    ("bb08_kiemphieu_daihoi_cb_thon_dong_2025", "Chi ủy votes <= 5*32", int(31 + 30 + 27 + 22 + 19 + 15 <= 160), 1),
    ("bc02_ubnd_phuong_an_khanh_6t_2026", "vỉa hè còn lại 5-2,8 = 2,2", round(5 - 2.8, 1), 2.2),
    ("bc01_du_xa_yen_son_quy3_2026", "kết nạp còn lại 10-7 = 3", 10 - 7, 3),
    ("bc04_so_nnmt_quy3_2026", "rừng còn lại 6000-4820 = 1180", 6000 - 4820, 1180),
    ("bc05_du_phuong_tan_an_6t_2026", "kết nạp còn lại 35-19 = 16", 35 - 19, 16),
    ("kl01_btv_du_phuong_bac_giang_chuyen_doi_so", "hộ tịch còn lại 20000-12400 = 7600", 20000 - 12400, 7600),
    ("tin02_cb_thon_khe_lim_chuyen_de", "official present 22-3 = 19", 22 - 3, 19),
    ("tin06_dang_uy_xa_yen_lac_so_ket_6t", "kết nạp còn lại 30-14 = 16", 30 - 14, 16),
    ("nq02_bch_xa_dak_ha_lan10_2026", "hộ nghèo 2026 = 9,5+3 = 12,5 (not stated; consistency only)", 1, 1),
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
        if any(l != l.rstrip() for l in txt.split("\n")):
            err(name, "trailing spaces")
        if not 1500 <= len(txt) <= 3700:
            err(name, f"length {len(txt)}")
        on_disk = json.load(open(os.path.join(D, name + ".gold.json"), encoding="utf-8"))
        if on_disk != g or list(on_disk) != TOP:
            err(name, "gold json differs from gold_data.py or key order wrong")
        nfc(name, g)
        if g["genre"] not in GENRES:
            err(name, "genre")
        head = " ".join(l.split("\t")[0].strip() for l in txt.split("\n")[:8])
        for k in ("issuer", "issuer_parent", "doc_number", "title"):
            if k in ("issuer", "issuer_parent") and g[k] and g[k] not in txt and g[k] in head:
                continue
            sub(name, txt, g[k], k)
        # header parent must be the line directly above the issuer (documents only)
        if g["genre"] != "tin_hoi_nghi" and g["issuer_parent"]:
            lines = [l.split("\t")[0].split("   ")[0].strip() for l in txt.split("\n")]
            i = lines.index(g["issuer"]) if g["issuer"] in lines else 0
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
            if dct["kind"] == "election" and dct["for"] is not None:
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
                lower_better = any(w in t["name"].lower() for w in ("hộ nghèo", "suy dinh dưỡng", "tai nạn"))
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
