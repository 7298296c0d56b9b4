# -*- coding: utf-8 -*-
"""Build officials.jsonl and spelling.jsonl from the data modules and validate them."""
import json, os, random, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from officials_data import OFFICIALS, TRAPS
from spelling_data import MIS, COR

errors = []
def err(msg):
    errors.append(msg)

def nfc(s):
    return unicodedata.normalize("NFC", s) == s

PCT = re.compile(r"(\d+)/(\d+)[^%]{0,40}?(\d+(?:,\d+)?)%")

def check_pct(text):
    # "a/b ... x,yz%" : x,yz must be a/b*100 rounded half-up to the printed decimals
    from decimal import Decimal, ROUND_HALF_UP
    for m in PCT.finditer(text):
        a, b, p = int(m.group(1)), int(m.group(2)), m.group(3)
        if b == 0 or a > b or b in (2025, 2026):
            continue
        dec = len(p.split(",")[1]) if "," in p else 0
        q = Decimal(1).scaleb(-dec)
        v = (Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP)
        if str(v).replace(".", ",") != p:
            err(f"percent {a}/{b} -> {v} but printed {p}: {text}")

# ---------------- officials
off_lines = []
seen = set()
for text, offs in OFFICIALS:
    if not nfc(text): err("not NFC: " + text)
    if "\n" in text: err("newline: " + text)
    if text in seen: err("dup: " + text)
    seen.add(text)
    if not offs: err("official line without officials: " + text)
    check_pct(text)
    rec = []
    names = set()
    for name, titles, former in offs:
        if name not in text: err(f"name {name!r} not in {text!r}")
        if name in names: err(f"person twice: {name}")
        names.add(name)
        if not titles: err(f"no titles for {name}")
        for t in titles:
            if t not in text: err(f"title {t!r} not in {text!r}")
            if re.search(r"(?i)\bnguyên\b", t): err(f"'nguyên' inside title {t!r}")
            if t.lower() in ("ông", "bà", "anh", "chị", "cụ", "đồng chí", "đ/c", "quần chúng", "cử tri"):
                err(f"honorific as title {t!r}")
            if t in ("T/M", "TM.", "K/T", "KT."): err("authority line as title")
            if not nfc(t) or not nfc(name): err("not NFC in record")
        if former and not re.search(r"(?i)nguyên", text):
            err(f"former without 'nguyên': {text}")
        rec.append({"name": name, "titles": list(titles), "former": bool(former)})
    if not any(f for _, _, f in offs) and re.search(r"(?<![A-Za-zÀ-ỹ])[Nn]guyên (?!đán)", text):
        err(f"'nguyên' in text but nobody former: {text}")
    off_lines.append({"text": text, "officials": rec})
for text in TRAPS:
    if not nfc(text): err("not NFC: " + text)
    if text in seen: err("dup: " + text)
    seen.add(text)
    check_pct(text)
    off_lines.append({"text": text, "officials": []})

# ---------------- spelling
TYPES = {"real-word", "non-word", "split-word", "acronym", "repeated-word", "legacy-damage"}
sp_lines = []
seen = set()
for text, wrong, right, typ in MIS:
    if not nfc(text) or not nfc(wrong) or not nfc(right): err("not NFC: " + text)
    if text in seen: err("dup: " + text)
    seen.add(text)
    if typ not in TYPES: err("bad type " + typ)
    c = text.count(wrong)
    if c != 1: err(f"wrong {wrong!r} occurs {c} times in {text!r}")
    if wrong == right: err("wrong == right: " + text)
    if right in text and typ not in ("repeated-word",) and not right in wrong:
        # the corrected form should not already be sitting next to it by accident
        pass
    if typ == "split-word" and wrong.replace(" ", "") != right: err("split mismatch " + wrong)
    if typ == "repeated-word":
        toks = wrong.split()
        half = len(toks) // 2
        if len(toks) % 2 or toks[:half] != toks[half:]: err("not a repeat: " + wrong)
        if right.replace(",", "") not in (" ".join(toks[:half]), wrong): err("repeat right? " + right)
    if typ == "legacy-damage":
        # right must be wrong with ươ/ư restored: dropping the horn-u gives back wrong
        if right.replace("ư", "", 1) != wrong and right.replace("Ư", "", 1) != wrong:
            err(f"legacy mismatch {wrong}->{right}")
    if typ == "acronym":
        if not (wrong.isupper() and right.isupper() and len(wrong) == len(right) + 1):
            err("acronym shape " + wrong)
    if typ in ("real-word", "non-word") and (" " in wrong or " " in right):
        err("multi-token real/non-word " + wrong)
    check_pct(text)
    fixed = text.replace(wrong, right)
    if not nfc(fixed): err("fixed not NFC")
    sp_lines.append({"kind": "misspelling", "text": text, "wrong": wrong, "right": right, "type": typ})
for text, trap in COR:
    if not nfc(text) or not nfc(trap): err("not NFC: " + text)
    if text in seen: err("dup: " + text)
    seen.add(text)
    if not trap: err("empty trap: " + text)
    for part in trap.split("; "):
        if part not in text: err(f"trap part {part!r} not in {text!r}")
    check_pct(text)
    sp_lines.append({"kind": "correct", "text": text, "trap": trap})

rng = random.Random(20261206)
rng.shuffle(off_lines)
rng.shuffle(sp_lines)

n_with = sum(1 for l in off_lines if l["officials"])
n_persons = sum(len(l["officials"]) for l in off_lines)
n_former = sum(1 for l in off_lines for o in l["officials"] if o["former"])
n_multi = sum(1 for l in off_lines for o in l["officials"] if len(o["titles"]) > 1)
print(f"officials: {len(off_lines)} lines, {n_with} with officials, {len(off_lines)-n_with} empty, "
      f"{n_persons} persons, {n_former} former, {n_multi} with >1 title")
print("spelling:", len(sp_lines), Counter(l.get("type", "correct") for l in sp_lines))

if len(off_lines) != 90: err(f"officials count {len(off_lines)} != 90")
if len(sp_lines) != 100: err(f"spelling count {len(sp_lines)} != 100")
if sum(1 for l in sp_lines if l["kind"] == "misspelling") != 60: err("misspelling count != 60")

if errors:
    print("ERRORS:")
    for e in errors: print(" -", e)
    sys.exit(1)

for fn, lines in (("officials.jsonl", off_lines), ("spelling.jsonl", sp_lines)):
    with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
# re-read check
for fn in ("officials.jsonl", "spelling.jsonl"):
    with open(os.path.join(OUT, fn), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            json.loads(line)
print("OK, written")
