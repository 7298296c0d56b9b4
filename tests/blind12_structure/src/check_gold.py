#!/usr/bin/env python3
"""Validate blind12_structure (copied from dev6_structure_c; PCT/EXTRA replaced, None-safe counts): gold schema/order/NFC, arithmetic, percentages, substrings."""
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
    ("bb01_cb_thon_na_chuong_t3_2019", "đạt 78%", 19.5, 25),
    ("bb01_cb_thon_na_chuong_t3_2019", "kết quả 100%", 15, 15),
    ("bb03_bch_dangu_xa_van_du_lan7_2026", "27,4%", 6.85, 25),
    ("bb03_bch_dangu_xa_van_du_lan7_2026", "đạt 35%", 7, 20),
    ("bb03_bch_dangu_xa_van_du_lan7_2026", "(93,10%)", 27, 29),
    ("bb04_daihoi_cb_ban_pa_khoang_2025", "(95,65%)", 22, 23),
    ("bb04_daihoi_cb_ban_pa_khoang_2025", "(86,96%)", 20, 23),
    ("bb04_daihoi_cb_ban_pa_khoang_2025", "(73,91%)", 17, 23),
    ("bb04_daihoi_cb_ban_pa_khoang_2025", "(34,78%)", 8, 23),
    ("bb04_daihoi_cb_ban_pa_khoang_2025", "(91,30%)", 21, 23),
    ("bb04_daihoi_cb_ban_pa_khoang_2025", "23/23 phiếu (100%)", 23, 23),
    ("bb05_kiemphieu_btv_phu_cuong_2020", "\t93,33\n", 14, 15),
    ("bb05_kiemphieu_btv_phu_cuong_2020", "\t86,67\n", 13, 15),
    ("bb05_kiemphieu_btv_phu_cuong_2020", "\t80,00\n", 12, 15),
    ("bb05_kiemphieu_btv_phu_cuong_2020", "\t40,00", 6, 15),
    ("bb05_kiemphieu_btv_phu_cuong_2020", "\t15\t100\n", 15, 15),
    ("bb05_kiemphieu_btv_phu_cuong_2020", "đạt 93,33%", 14, 15),
    ("bb05_kiemphieu_btv_phu_cuong_2020", "đạt 86,67%", 13, 15),
    ("bb06_kyluat_cb_kp3_tan_phong_2022", "(66,67%)", 14, 21),
    ("bb07_hdnd_xa_dong_tien_kyhop9_2023", "đạt 104%", 312, 300),
    ("bb07_hdnd_xa_dong_tien_kyhop9_2023", "đạt 53,5%", 2.14, 4),
    ("bb07_hdnd_xa_dong_tien_kyhop9_2023", "bằng 92%", 23, 25),
    ("bb07_hdnd_xa_dong_tien_kyhop9_2023", "(91,30%)", 21, 23),
    ("bb07_hdnd_xa_dong_tien_kyhop9_2023", "(95,65%)", 22, 23),
    ("bb08_cb_kdc12_le_chan_t6_2026", "(96,67%)", 29, 30),
    ("bb08_cb_kdc12_le_chan_t6_2026", "(100%)", 30, 30),
    ("bb09_cb_phong_qlns_so_tai_chinh_q3_2012", "90,67%", 68, 75),
    ("bc10_dangu_xa_tan_loi_quy1_2026", "\t28,16\n", 5.21, 18.5),
    ("bc10_dangu_xa_tan_loi_quy1_2026", "\t25,00\n", 6, 24),
    ("bc10_dangu_xa_tan_loi_quy1_2026", "\t29,14\n", 102, 350),
    ("bc11_ubnd_xa_hai_binh_6thang_2021", "61,53%", 1846, 3000),
    ("bc11_ubnd_xa_hai_binh_6thang_2021", "đạt 100% kế hoạch", 645, 645),
    ("bc12_cb_thon_pa_vi_nam_2023", "86,36%", 19, 22),
    ("bc13_so_nnptnt_yen_bai_9thang_2018", "75,03%", 232600, 310000),
    ("bc13_so_nnptnt_yen_bai_9thang_2018", "đạt 95%", 12350, 13000),
    ("bc14_dangu_phuong_son_thuy_nam_2025", "102,5%", 82, 80),
    ("bc14_dangu_phuong_son_thuy_nam_2025", "92,68%", 38, 41),
    ("bc15_dangu_so_gddt_6thang_2024", "37,5%", 3, 8),
    ("bc15_dangu_so_gddt_6thang_2024", "85,83%", 412, 480),
    ("kl18_btv_dangu_xa_hoa_tien_2025", "72,86%", 10.2, 14),
    ("nq16_cb_thon4_nghia_trung_t6_2017", "được 100%", 14, 14),
    ("tin20_hdnd_xa_phu_lam_kyhop_2022", "112,67%", 8.45, 7.5),
    ("tin21_bch_dangbo_xa_an_phu_lan3_2025", "bằng 80%", 21.6, 27),
    ("tin22_daihoi_cb_trung_tam_yte_2022", "(95,24%)", 20, 21),
    ("tin22_daihoi_cb_trung_tam_yte_2022", "(90,48%)", 19, 21),
]
# other arithmetic stated in the texts: (file, description, lhs, rhs)
EXTRA = [
    ("bb01_cb_thon_na_chuong_t3_2019", "official present 16 - 1 dự bị = 15", 16 - 1, 15),
    ("bb04_daihoi_cb_ban_pa_khoang_2025", "chi ủy votes 22+20+17+8 <= 3*23", int(22 + 20 + 17 + 8 <= 69), 1),
    ("bb04_daihoi_cb_ban_pa_khoang_2025", "official present 23 = 25 - 2 absent", 25 - 2, 23),
    ("bb05_kiemphieu_btv_phu_cuong_2020", "BTV votes 15+14+13+12+6 <= 4*15", int(15 + 14 + 13 + 12 + 6 <= 60), 1),
    ("bb06_kyluat_cb_kp3_tan_phong_2022", "ballots 6+14+1 = 21 official present", 6 + 14 + 1, 21),
    ("bb06_kyluat_cb_kp3_tan_phong_2022", "14 > 24/2", int(14 * 2 > 24), 1),
    ("bb08_cb_kdc12_le_chan_t6_2026", "official absent 5+1+1 = 37-30", 5 + 1 + 1, 37 - 30),
    ("bb08_cb_kdc12_le_chan_t6_2026", "probationary absent 1 = 4-3", 1, 4 - 3),
    ("bc12_cb_thon_pa_vi_nam_2023", "vượt 2 ha = 12-10", 12 - 10, 2),
    ("bc12_cb_thon_pa_vi_nam_2023", "19 + 3 = 22 rated", 19 + 3, 22),
    ("bc13_so_nnptnt_yen_bai_9thang_2018", "650 ha còn lại = 13000-12350", 13000 - 12350, 650),
    ("nq16_cb_thon4_nghia_trung_t6_2017", "23 hộ nợ = 84-61", 84 - 61, 23),
    ("bb09_cb_phong_qlns_so_tai_chinh_q3_2012", "7 dự án chậm = 75-68", 75 - 68, 7),
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
            if dct["base"] is None:
                if tot:
                    err(name, f"counts without base {dct}")
                continue
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
