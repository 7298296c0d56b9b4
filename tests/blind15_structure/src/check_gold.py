#!/usr/bin/env python3
"""Validate blind15_structure: schema/order/NFC, layout hygiene, arithmetic, percentages, substrings,
no huyện in documents dated from 01/7/2025. Adapted from dev6_structure_c/src/check_gold.py."""
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
LOWER_BETTER = ("hộ nghèo", "suy dinh dưỡng", "nợ quá hạn", "tai nạn")

# (file, printed percentage as in text, numerator, denominator)
PCT = [
    ("bb01_cb_thon_trung_thanh_t3_2026", "đạt 101,4% kế hoạch (140 ha)", 142, 140),
    ("bb01_cb_thon_trung_thanh_t3_2026", "đạt 36%", 54, 150),
    ("bb02_cb_kdc3_bich_hoa_t4_2021", "đạt 92% kế hoạch (5.000 con)", 4600, 5000),
    ("bb04_bch_du_phuong_hoa_lu_lan7_2025", "bằng 108,6% dự toán", 412.6, 380),
    ("bb04_bch_du_phuong_hoa_lu_lan7_2025", "đạt 95% chỉ tiêu (40 đảng viên)", 38, 40),
    ("bb05_kiemphieu_dh_cb_ap_phuoc_tan_2020", "23 phiếu, đạt 95,83%", 23, 24),
    ("bb05_kiemphieu_dh_cb_ap_phuoc_tan_2020", "21 phiếu, đạt 87,50%", 21, 24),
    ("bb05_kiemphieu_dh_cb_ap_phuoc_tan_2020", "18 phiếu, đạt 75,00%", 18, 24),
    ("bb05_kiemphieu_dh_cb_ap_phuoc_tan_2020", "8 phiếu, đạt 33,33%", 8, 24),
    ("bb05_kiemphieu_dh_cb_ap_phuoc_tan_2020", "24/25 phiếu, đạt 96,00%", 24, 25),
    ("bb07_hop_so_xd_dak_lak_tuyen_duong_2026", "đạt 65,3% khối lượng", 6.2, 9.5),
    ("bb09_xet_ketnap_cb_tckh_nam_dan_2019", "(đạt 92,86%)", 13, 14),
    ("bc01_du_xa_vinh_loc_quy1_2026", "\t64,5\t17,9\t27,8", 17.9, 64.5),
    ("bc01_du_xa_vinh_loc_quy1_2026", "\t1.120\t1.136\t101,4", 1136, 1120),
    ("bc01_du_xa_vinh_loc_quy1_2026", "\t95\t93,8\t98,7", 93.8, 95),
    ("bc01_du_xa_vinh_loc_quy1_2026", "\t300\t85\t28,3", 85, 300),
    ("bc01_du_xa_vinh_loc_quy1_2026", "đảng viên, đạt 98,6%", 1284, 1302),
    ("bc02_ubnd_phuong_vinh_hung_9t_2025", "bằng 81,4% dự toán", 286.4, 352),
    ("bc02_ubnd_phuong_vinh_hung_9t_2025", "bằng 80,5% kế hoạch năm", 1046, 1300),
    ("bc03_cb_thcs_dai_dong_nam_hoc_2022", "tỷ lệ duy trì 99,51%", 612, 615),
    ("bc03_cb_thcs_dai_dong_nam_hoc_2022", "đạt 98,67%", 148, 150),
    ("bc04_hnd_xa_dong_tam_nam_2019", "đạt 106,7% chỉ tiêu", 64, 60),
    ("bc04_hnd_xa_dong_tam_nam_2019", "bằng 81,2% số hộ", 497, 612),
    ("bc04_hnd_xa_dong_tam_nam_2019", "đạt 85%", 85, 100),
    ("bc05_so_nnmt_phu_tho_6t_2026", "bằng 62,7% kế hoạch năm", 7840, 12500),
    ("bc06_mttq_xa_tung_anh_nam_2023", "tỷ lệ 95,3%", 1796, 1884),
    ("kl03_btv_du_phuong_le_chan_thu_ngan_sach_2025", "bằng 81,0% dự toán", 518.7, 640),
    ("tin02_bch_du_xa_cam_lo_lan4_2025", "bằng 108,7% dự toán", 91.3, 84),
    ("tin04_hdnd_xa_tan_phu_trung_ky_hop_12_2020", "bằng 107,9% dự toán", 38.42, 35.6),
]
# other arithmetic stated in the texts: (file, description, lhs, rhs)
EXTRA = [
    ("bb01_cb_thon_trung_thanh_t3_2026", "29+2 = 31", 29 + 2, 31),
    ("bb01_cb_thon_trung_thanh_t3_2026", "present 23+2 = 25", 23 + 2, 25),
    ("bb01_cb_thon_trung_thanh_t3_2026", "absent 3 miễn + 3 named = 6", 3 + 3, 6),
    ("bb02_cb_kdc3_bich_hoa_t4_2021", "TAB row 17+2+1+2 = 22", 17 + 2 + 1 + 2, 22),
    ("bb02_cb_kdc3_bich_hoa_t4_2021", "official present 17-2 dự bị = 15", 17 - 2, 15),
    ("bb05_kiemphieu_dh_cb_ap_phuoc_tan_2020", "hợp lệ 24 + 1 = 25 phát ra", 24 + 1, 25),
    ("bb05_kiemphieu_dh_cb_ap_phuoc_tan_2020", "votes <= 3*24", int(23 + 21 + 18 + 8 <= 72), 1),
    ("bb06_kyluat_cb_kp6_phu_loi_2023", "ballots 15+5 = 20 = official present", 15 + 5, 20),
    ("bb06_kyluat_cb_kp6_phu_loi_2023", "present 20+1 = 21", 20 + 1, 21),
    ("bb07_hop_so_xd_dak_lak_tuyen_duong_2026", "9,5-6,2 = 3,3 km", round(9.5 - 6.2, 1), 3.3),
    ("bb08_daihoi_cb_ap4_tan_hiep_2027", "present 15+3 = 18", 15 + 3, 18),
    ("bb09_xet_ketnap_cb_tckh_nam_dan_2019", "12+1 = 13 official present", 12 + 1, 13),
    ("bc05_so_nnmt_phu_tho_6t_2026", "12.500-7.840 = 4.660 ha", 12500 - 7840, 4660),
    ("kl03_btv_du_phuong_le_chan_thu_ngan_sach_2025", "15-11,4 = 3,6 km", round(15 - 11.4, 1), 3.6),
    ("nq01_cb_thon_dong_chua_t8_2024", "2,4-1,8 = 0,6 km", round(2.4 - 1.8, 1), 0.6),
    ("tin03_daihoi_cb_tram_y_te_quynh_thach_2022", "ballots = 12 present - 2 dự bị", 12 - 2, 10),
    ("tin05_cb_kdc9_thanh_khe_chuyende_ketnap_2027", "30 + 3 vắng + 9 miễn = 42", 30 + 3 + 9, 42),
    ("tin02_bch_du_xa_cam_lo_lan4_2025", "ballots 33 present", 33, 33),
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
    counts = {}
    for name, g in GOLD.items():
        counts.setdefault(g["genre"], [0, 0, 0, 0])
        c = counts[g["genre"]]
        c[0] += 1; c[1] += len(g["decisions"]); c[2] += len(g["targets"]); c[3] += len(g["tasks"])
        tp = os.path.join(D, name + ".txt")
        txt = open(tp, encoding="utf-8").read()
        if txt != unicodedata.normalize("NFC", txt):
            err(name, "text not NFC")
        if not 1500 <= len(txt) <= 3700:
            err(name, f"length {len(txt)}")
        for i, l in enumerate(txt.split("\n")[:-1]):
            if l != l.rstrip() or not l.strip():
                err(name, f"line {i + 1}: trailing whitespace or empty line")
        if g["date"] >= "2025-07-01" and re.search(r"huyện", txt, re.I):
            err(name, "huyện in a document dated after 01/7/2025")
        on_disk = json.load(open(os.path.join(D, name + ".gold.json"), encoding="utf-8"))
        if on_disk != g or list(on_disk) != TOP:
            err(name, "gold json differs from gold_data.py or key order wrong")
        nfc(name, g)
        if g["genre"] not in GENRES:
            err(name, "genre")
        for k in ("issuer", "issuer_parent", "doc_number", "title"):
            sub(name, txt, g[k], k)
        if g["genre"] != "tin_hoi_nghi" and g["issuer_parent"]:
            lines = [l.split("\t")[0].split("   ")[0].strip() for l in txt.split("\n")]
            i = lines.index(g["issuer"])
            if lines[i - 1] != g["issuer_parent"]:
                err(name, "parent not directly above issuer")
        if g["doc_number"]:
            if not any(p + g["doc_number"] in txt for p in ("Số ", "Số: ")):
                err(name, "Số line")
        if g["place"]:
            y, m, d = map(int, g["date"].split("-"))
            mm = re.search(re.escape(g["place"]) + r", ngày (\d+) tháng (\d+) năm (\d{4})", txt)
            if not mm or (int(mm.group(3)), int(mm.group(2)), int(mm.group(1))) != (y, m, d):
                err(name, "date line mismatch")
        m = g["meeting"]
        if g["genre"] == "bao_cao" and (m is not None or g["attendance"] is not None):
            err(name, "report with meeting/attendance")
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
                if m[k]:
                    h, mi = m[k].split(":")
                    pats = [f"{int(h)} giờ {mi}", f"{h} giờ {mi}", f"{h}h{mi}", f"{int(h)}h{mi}"]
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
            if len(a["absentees"]) > a["absent"]:
                err(name, "more named absentees than absent")
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
            if r is not None and v is None:
                err(name, "result without verdict")
            if v in ("đạt", "vượt", "chưa đạt"):
                lower_better = any(w in t["name"].lower() for w in LOWER_BETTER)
                ok = (r <= tg) if lower_better else (r >= tg)
                if v == "chưa đạt" and ok:
                    err(name, f"verdict {t['name']}")
                if v == "vượt" and not (r > tg and not lower_better):
                    err(name, f"vượt {t['name']}")
                if v == "đạt" and not ok:
                    err(name, f"đạt {t['name']}")
            if v == "tiến độ" and not lower_better_or_below(t):
                err(name, f"tiến độ with result over the level {t['name']}")
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
        pm = re.findall(r"(\d+(?:,\d+)?)%", printed)
        num = pm[0] if pm else re.findall(r"\d+(?:,\d+)?", printed)[-1]
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
    print("| genre | docs | decisions | targets | tasks |")
    print("|---|---|---|---|---|")
    tot = [0, 0, 0, 0]
    for gname in ("bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"):
        c = counts.get(gname, [0, 0, 0, 0])
        tot = [x + y for x, y in zip(tot, c)]
        print(f"| {gname} | {c[0]} | {c[1]} | {c[2]} | {c[3]} |")
    print(f"| total | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} |")
    print(f"OK: {len(GOLD)} docs, {tot[1]} decisions, {tot[2]} targets, {tot[3]} tasks, {len(PCT)} percentages, "
          f"{len(EXTRA)} other sums")


def lower_better_or_below(t):
    """'tiến độ' = a result still below its level (or a count under a ceiling) while the period runs."""
    lb = any(w in t["name"].lower() for w in LOWER_BETTER)
    return True if lb else t["result"] < t["target"]


if __name__ == "__main__":
    main()
