#!/usr/bin/env python3
"""Validate round7/structure_c: gold schema/order/NFC, arithmetic, percentages, substrings."""
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
    ("bb_chi_bo_chuyen_de_tram_y_te", "82,05%", 9846, 12000),
    ("bb_chi_bo_chuyen_de_tram_y_te", "đạt 100%", 13, 13),
    ("bb_hoi_nghi_bch_phuong", "đạt 93%", 48.36, 52),
    ("bb_hoi_nghi_bch_phuong", "đạt 84%", 21, 25),
    ("bb_hoi_nghi_bch_phuong", "73,91%", 17, 23),
    ("bb_hoi_nghi_bch_phuong", "91,67%", 22, 24),
    ("bb_hoi_nghi_bch_phuong", "(100%)", 24, 24),
    ("bb_hop_so_nnmt", "78,5%", 251.2, 320),
    ("bb_hop_so_nnmt", "84,35%", 1046, 1240),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "19 | 100", 19, 19),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "89,47", 17, 19),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "73,68", 14, 19),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "31,58", 6, 19),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "đạt 90%", 18, 20),
    ("bc_dang_uy_xa_nam", "(91,67%)", 137.5, 150),
    ("bc_dang_uy_xa_nam", "108,7%", 21.74, 20),
    ("bc_dang_uy_xa_nam", "95,63%", 612, 640),
    ("bc_dang_uy_xa_nam", "(đạt 100% NQ)", 18, 18),
    ("bc_ubnd_phuong_11_thang", "91,61", 79.24, 86.5),
    ("bc_ubnd_phuong_11_thang", "\t73\n", 30.66, 42),
    ("bc_ubnd_phuong_11_thang", "95,38", 248, 260),
    ("bc_hoi_phu_nu_6_thang", "77,18%", 1468, 1902),
    ("bc_hoi_phu_nu_6_thang", "71,25", 57, 80),
    ("bc_hoi_phu_nu_6_thang", "64,17", 38500000, 60000000),
    ("bc_hoi_phu_nu_6_thang", "\t75\n", 9, 12),
    ("tb_ket_luan_btv_dang_uy_xa", "87,1%", 16.2, 18.6),
    ("tin_ky_hop_hdnd_xa", "113,71%", 39.8, 35),
    ("tin_ky_hop_hdnd_xa", "104%", 312, 300),
    ("tin_ky_hop_hdnd_xa", "92,86%", 26, 28),
]
# other arithmetic stated in the texts: (file, description, lhs, rhs)
EXTRA = [
    ("bb_hoi_nghi_bch_phuong", "discipline ballots 5+17+1 = 23 = present 24 - Bảo", 5 + 17 + 1, 24 - 1),
    ("bb_hop_so_nnmt", "rừng còn lại 320-251,2 = 68,8", round(320 - 251.2, 1), 68.8),
    ("bb_hop_so_nnmt", "GCN còn lại 1240-1046 = 194", 1240 - 1046, 194),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "ballots = present 22 - dự bị 2", 22 - 2, 20),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "hợp lệ 19 + không hợp lệ 1 = 20", 19 + 1, 20),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "Chi ủy votes <= 3*19", int(19 + 17 + 14 + 6 <= 57), 1),
    ("bb_kiem_phieu_dai_hoi_chi_bo", "Bí thư 18 + 2 không bầu = 20", 18 + 2, 20),
    ("bb_chi_bo_chuyen_de_tram_y_te", "official present 15-2 = 13 (dự bị absent)", 15 - 2, 13),
    ("bc_dang_uy_xa_nam", "4/6 đạt và vượt", 4, sum(1 for t in GOLD["bc_dang_uy_xa_nam"]["targets"][:6]
                                                     if t["verdict"] in ("đạt", "vượt"))),
    ("bc_dang_uy_xa_nam", "trồng bù 150-137,5 = 12,5", 150 - 137.5, 12.5),
    ("bc_ubnd_phuong_11_thang", "còn lại 42-30,66 = 11,34", round(42 - 30.66, 2), 11.34),
    ("bc_hoi_phu_nu_6_thang", "80-57 = 23", 80 - 57, 23),
    ("bc_hoi_phu_nu_6_thang", "60tr-38,5tr = 21,5tr", 60000000 - 38500000, 21500000),
    ("tin_chi_bo_thon_khe_ma", "official present = 31 - 2 dự bị = 29", 31 - 2, 29),
    ("tin_chi_bo_thon_khe_ma", "absent 2 miễn + 2 làm ăn xa = 4", 2 + 2, 4),
    ("tin_chi_bo_thon_khe_ma", "năng suất 58-55 = 3", 58 - 55, 3),
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
