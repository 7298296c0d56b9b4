#!/usr/bin/env python3
"""Generate and validate the blind8_structure gold set.

Usage: python3 src/build.py          (writes ../<name>.txt and ../<name>.gold.json, then validates)
       python3 src/build.py --check  (validates the files already on disk)
"""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import docs_bb  # noqa: E402
import docs_bc  # noqa: E402
import docs_nq_tin  # noqa: E402
import docs_extra  # noqa: E402

DOCS = docs_bb.DOCS + docs_bc.DOCS + docs_nq_tin.DOCS + docs_extra.DOCS

TOP = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting", "attendance",
       "decisions", "targets", "tasks", "signers", "recipients", "key_figures", "noise_figures"]
MEET = ["name", "kind", "start", "end", "date", "place", "chairs", "secretary", "form"]
ATT = ["total", "official", "probationary", "present", "absent", "absentees"]
DEC = ["kind", "for", "against", "abstain", "base", "person", "outcome"]
TGT = ["name", "target", "result", "unit", "period", "verdict"]
TSK = ["text", "owner", "deadline"]
SGN = ["role", "position", "name"]
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}
DKINDS = {"vote", "election", "discipline", "resolution"}
VERDICTS = {"đạt", "vượt", "chưa đạt", "tiến độ", None}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
PCT_RE = re.compile(r"\d+(?:[.,]\d+)?\s?%")

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def verb(name, text, s, what, ci=False):
    if s is None:
        return
    t, v = norm(text), norm(s)
    if ci:
        t, v = t.lower(), v.lower()
    if v not in t:
        err(name, f"{what} not verbatim: {s!r}")


def half_up(num, den, decimals):
    q = Decimal(1).scaleb(-decimals)
    return (Decimal(str(num)) * 100 / Decimal(str(den))).quantize(q, rounding=ROUND_HALF_UP)


def check_doc(d, text, gold):
    n = d["name"]
    if unicodedata.normalize("NFC", text) != text:
        err(n, "text not NFC")
    if not (2000 <= len(text) <= 3400):
        err(n, f"size {len(text)} outside 2000-3400")
    if list(gold) != TOP:
        err(n, f"top key order {list(gold)}")
    if gold["genre"] not in GENRES:
        err(n, "genre")
    for f in ("issuer", "issuer_parent", "doc_number", "place", "title"):
        verb(n, text, gold[f], f)
    if gold["date"] is not None and not DATE_RE.match(gold["date"]):
        err(n, "date format")
    m = gold["meeting"]
    if m is not None:
        if list(m) != MEET:
            err(n, "meeting key order")
        if m["kind"] not in KINDS:
            err(n, f"meeting kind {m['kind']}")
        for f in ("start", "end"):
            if m[f] is not None and not TIME_RE.match(m[f]):
                err(n, f"meeting {f} format")
        if m["start"] and m["end"] and m["end"] <= m["start"]:
            err(n, "end before start")
        if m["date"] is not None and not DATE_RE.match(m["date"]):
            err(n, "meeting date format")
        for f in ("name", "place", "secretary", "form"):
            verb(n, text, m[f], "meeting." + f)
        if not isinstance(m["chairs"], list):
            err(n, "chairs not list")
        for c in m["chairs"]:
            verb(n, text, c, "chair")
        if m["secretary"] and m["secretary"] in m["chairs"]:
            err(n, "secretary is a chair")
    elif gold["genre"] in ("bien_ban", "tin_hoi_nghi"):
        err(n, "meeting missing")
    a = gold["attendance"]
    if a is not None:
        if list(a) != ATT:
            err(n, "attendance key order")
        if None not in (a["total"], a["official"], a["probationary"]) and a["official"] + a["probationary"] != a["total"]:
            err(n, "official + probationary != total")
        if None not in (a["total"], a["present"], a["absent"]) and a["present"] + a["absent"] != a["total"]:
            err(n, "present + absent != total")
        if a["absentees"] is not None:
            if a["absent"] is not None and len(a["absentees"]) != a["absent"]:
                err(n, "absentee count")
            for ab in a["absentees"]:
                if list(ab) != ["name", "reason"]:
                    err(n, "absentee keys")
                verb(n, text, ab["name"], "absentee")
                verb(n, text, ab["reason"], "absentee reason", ci=True)
    for dc in gold["decisions"]:
        if list(dc) != DEC:
            err(n, "decision key order")
        if dc["kind"] not in DKINDS:
            err(n, "decision kind")
        verb(n, text, dc["person"], "decision person")
        b = dc["base"]
        vals = [dc[k] for k in ("for", "against", "abstain") if dc[k] is not None]
        if b is not None:
            if any(v > b for v in vals) or sum(vals) > b:
                err(n, f"votes exceed base {dc}")
    for t in gold["targets"]:
        if list(t) != TGT:
            err(n, "target key order")
        if t["verdict"] not in VERDICTS:
            err(n, "verdict")
        verb(n, text, t["name"], "target name")
        verb(n, text, t["period"], "target period")
        if t["verdict"] is None and t["result"] is not None:
            err(n, f"result without verdict {t['name']}")
    for k in gold["tasks"]:
        if list(k) != TSK:
            err(n, "task key order")
        for f in TSK:
            verb(n, text, k[f], "task " + f)
    for s in gold["signers"]:
        if list(s) != SGN:
            err(n, "signer key order")
        for f in SGN:
            verb(n, text, s[f], "signer " + f)
    for r in gold["recipients"]:
        verb(n, text, r, "recipient")
        if r.startswith("-") or r.endswith((";", ".")):
            err(n, f"recipient punctuation {r!r}")
    if len(gold["key_figures"]) > 8 or len(gold["noise_figures"]) > 6:
        err(n, "too many figures")
    for f in gold["key_figures"] + gold["noise_figures"]:
        verb(n, text, f, "figure")
    # every printed percentage is either checked against its counts or declared free-standing
    declared = {}
    for printed, num, den in d["pcts"]:
        if printed not in text:
            err(n, f"pct {printed} not in text")
        # the printed value is the last number of the (possibly context-carrying) printed string
        mnum = re.search(r"(\d+(?:,\d+)?)\s?%?$", printed)
        digits = mnum.group(1)
        dec = len(digits.split(",")[1]) if "," in digits else 0
        want = half_up(num, den, dec)
        got = Decimal(digits.replace(",", "."))
        if want != got:
            err(n, f"pct {printed}: {num}/{den} = {want}")
        declared[digits + "%"] = True
    for printed in d["free_pcts"]:
        if printed not in text:
            err(n, f"free pct {printed} not in text")
        declared[printed] = True
    for mm in PCT_RE.finditer(text):
        if mm.group(0).replace(" ", "") not in declared:
            err(n, f"undeclared percentage {mm.group(0)!r}")
    for extra in d.get("checks", []):
        ok, msg = extra
        if not ok:
            err(n, "check failed: " + msg)


def main():
    check_only = "--check" in sys.argv
    names = set()
    for d in DOCS:
        if d["name"] in names:
            err(d["name"], "duplicate name")
        names.add(d["name"])
        tp = os.path.join(OUT, d["name"] + ".txt")
        gp = os.path.join(OUT, d["name"] + ".gold.json")
        if not check_only:
            text = unicodedata.normalize("NFC", d["text"])
            with open(tp, "w", encoding="utf-8") as fh:
                fh.write(text)
            with open(gp, "w", encoding="utf-8") as fh:
                json.dump(d["gold"], fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        with open(tp, encoding="utf-8") as fh:
            text = fh.read()
        with open(gp, encoding="utf-8") as fh:
            gold = json.load(fh)
        with open(gp, encoding="utf-8") as fh:
            raw = fh.read()
        if unicodedata.normalize("NFC", raw) != raw:
            err(d["name"], "gold not NFC")
        check_doc(d, text, gold)
        print(f"{d['name']:40s} {gold['genre']:13s} {len(text):5d} chars")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(DOCS)} documents")


if __name__ == "__main__":
    main()
