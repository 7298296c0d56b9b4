#!/usr/bin/env python3
"""Validate dev13_structure (adapted from dev6_structure_c): schema/order/NFC, arithmetic, percentages, substrings.

Header names that wrap onto two lines (issuer, parent, title) are checked against the lines joined by a space."""
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
    ("bb02_bch_xa_lan_thu_6_2026", "(đạt 40%)", 6.12, 15.3),
    ("bb02_bch_xa_lan_thu_6_2026", "91,3%", 21, 23),
    ("bb03_kiem_phieu_dh_cb_thcs_2025", "95,45%", 21, 22),
    ("bb03_kiem_phieu_dh_cb_thcs_2025", "86,36%", 19, 22),
    ("bb03_kiem_phieu_dh_cb_thcs_2025", "68,18%", 15, 22),
    ("bb03_kiem_phieu_dh_cb_thcs_2025", "31,82%", 7, 22),
    ("bb03_kiem_phieu_dh_cb_thcs_2025", "95,65%", 22, 23),
    ("bb04_ky_luat_cb_trung_tam_y_te_2024", "72,22%", 13, 18),
    ("bb06_ky_hop_hdnd_xa_chuyen_de_2026", "18,9%", 9.18, 48.6),
    ("bb06_ky_hop_hdnd_xa_chuyen_de_2026", "88,57%", 31, 35),
    ("bb06_ky_hop_hdnd_xa_chuyen_de_2026", "93,75%", 30, 32),
    ("bc01_dang_uy_xa_quy_i_2026", "97,9%", 1126, 1150),
    ("bc01_dang_uy_xa_quy_i_2026", "21,5%", 2.37, 11),
    ("bc04_dang_uy_phuong_6_thang_2026", "58,05%", 74.3, 128),
    ("kl01_btv_dang_uy_xa_chuyen_doi_so_2026", "19/19 ấp, đạt 100%", 19, 19),
    ("tbkl01_vp_ubnd_tinh_pct_giai_phong_mat_bang_2024", "85,14%", 351.2, 412.5),
    ("tin02_dai_hoi_cb_ban_hang_2025", "96,67%", 29, 30),
    ("tin02_dai_hoi_cb_ban_hang_2025", "(27 phiếu, 90%)", 27, 30),
    ("tin02_dai_hoi_cb_ban_hang_2025", "(24 phiếu, 80%)", 24, 30),
    ("tin02_dai_hoi_cb_ban_hang_2025", "(33,33%)", 10, 30),
    ("tin02_dai_hoi_cb_ban_hang_2025", "(93,33%)", 28, 30),
    ("tin02_dai_hoi_cb_ban_hang_2025", "(86,67%)", 26, 30),
    ("tin03_giao_ban_dang_uy_phuong_quy_iii_2026", "92,9%", 26, 28),
    ("tin03_giao_ban_dang_uy_phuong_quy_iii_2026", "bằng 76%", 486.4, 640),
]
# other arithmetic stated in the texts: (file, description, lhs, rhs)
EXTRA = [
    ("bb01_cb_khu_pho_thuong_ky_t3_2026", "present 27 chính thức + 1 dự bị = 28", 27 + 1, 28),
    ("bb01_cb_khu_pho_thuong_ky_t3_2026", "kết nạp vote 26 + 1 = 27 official present", 26 + 1, 27),
    ("bb03_kiem_phieu_dh_cb_thcs_2025", "Chi ủy: hợp lệ 22 + không hợp lệ 1 = 23 phát ra", 22 + 1, 23),
    ("bb03_kiem_phieu_dh_cb_thcs_2025", "Chi ủy votes <= 3*22", int(21 + 19 + 15 + 7 <= 3 * 22), 1),
    ("bb04_ky_luat_cb_trung_tam_y_te_2024", "ballots 17 = 18 official present - Hạnh", 18 - 1, 17),
    ("bb04_ky_luat_cb_trung_tam_y_te_2024", "0 + 13 + 4 = 17 hợp lệ", 0 + 13 + 4, 17),
    ("bb05_hoi_nghi_cbcc_phong_gddt_2024", "15 + 1 = 16 present", 15 + 1, 16),
    ("bb06_ky_hop_hdnd_xa_chuyen_de_2026", "31 + 1 + 0 = 32 present", 31 + 1 + 0, 32),
    ("tbkl01_vp_ubnd_tinh_pct_giai_phong_mat_bang_2024", "412,5 - 351,2 = 61,3", round(412.5 - 351.2, 1), 61.3),
    ("tin02_dai_hoi_cb_ban_hang_2025", "37 - 3 dự bị - 2 miễn = 32 summoned", 37 - 3 - 2, 32),
    ("tin02_dai_hoi_cb_ban_hang_2025", "Chi ủy votes <= 3*30", int(29 + 27 + 24 + 10 <= 90), 1),
    ("tin03_giao_ban_dang_uy_phuong_quy_iii_2026", "27 + 1 = 28 bí thư", 27 + 1, 28),
]
# targets whose level is a ceiling (lower is better)
LOWER = ("hộ nghèo", "bỏ học", "suy dinh dưỡng", "trễ hạn", "cháy rừng", "kỷ luật", "thời gian chờ")

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
        if not 1600 <= len(txt) <= 2400:
            err(name, f"length {len(txt)}")
        on_disk = json.load(open(os.path.join(D, name + ".gold.json"), encoding="utf-8"))
        if on_disk != g or list(on_disk) != TOP:
            err(name, "gold json differs from gold_data.py or key order wrong")
        nfc(name, g)
        if g["genre"] not in GENRES:
            err(name, "genre")
        cells = [l.split("\t")[0].split("   ")[0].strip() for l in txt.split("\n")]
        joined = txt + "\n" + " ".join(cells) + "\n" + txt.replace("\n", " ")
        for k in ("issuer", "issuer_parent", "doc_number", "title"):
            sub(name, joined, g[k], k)
        # header parent must be the line directly above the issuer (documents only)
        if g["genre"] != "tin_hoi_nghi" and g["issuer_parent"]:
            def span(target, upto=None):
                # (first, last) line index of target as one line or as consecutive lines joined by a space
                for i in range(len(cells)):
                    for j in range(i, min(i + 3, len(cells))):
                        if " ".join(cells[i:j + 1]) == target and (upto is None or j == upto):
                            return i, j
                return None
            si = span(g["issuer"])
            sp = span(g["issuer_parent"], si[0] - 1) if si else None
            if not si or not sp:
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
            if a is not None and dct["base"] > a["present"] and dct["base"] != a["total"]:
                err(name, "base > present (and not the whole membership)")
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
