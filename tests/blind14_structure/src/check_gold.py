#!/usr/bin/env python3
"""Validate blind14_structure (copied from dev6_structure_c; LOWER keywords and PCT list are this set's): gold schema/order/NFC, arithmetic, percentages, substrings."""
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

from gold_data import PCT  # noqa
EXTRA = []

errors = []
LOWER = ("hộ nghèo", "suy dinh dưỡng", "tai nạn", "vi phạm", "cháy", "sinh con thứ 3", "bỏ học", "nợ đọng", "tội phạm", "thất nghiệp", "tồn đọng")


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
            if dct["base"] is None:  # blind14: a collective election the text gives no count for
                if dct["kind"] != "election" or dct["person"] is not None or dct["for"] is not None:
                    err(name, f"base null outside a collective election {dct}")
                continue
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
                lower_better = any(w in t["name"].lower() for w in LOWER)
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
