#!/usr/bin/env python3
"""Write the blind10_structure documents (<name>.txt, <name>.gold.json) and validate them.

Usage: python3 src/build.py            # write + validate
       python3 src/build.py --check    # validate the files already on disk
"""
import json, os, re, sys, unicodedata, datetime
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs1, docs2, docs3, docs4, docs5, docs6  # noqa: E402

DOCS = docs1.DOCS + docs2.DOCS + docs3.DOCS + docs4.DOCS + docs5.DOCS + docs6.DOCS

GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
KINDS = {"thường kỳ", "chuyên đề", "đại hội", "hội nghị BCH", "hội nghị", None}
DKINDS = {"vote", "election", "discipline", "resolution"}
VERDICTS = {"đạt", "vượt", "chưa đạt", "tiến độ", None}
TOP = ["genre", "issuer", "issuer_parent", "doc_number", "place", "date", "title", "meeting", "attendance",
       "decisions", "targets", "tasks", "signers", "recipients", "key_figures", "noise_figures"]


def nfc_ok(obj):
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj) == obj
    if isinstance(obj, dict):
        return all(nfc_ok(k) and nfc_ok(v) for k, v in obj.items())
    if isinstance(obj, list):
        return all(nfc_ok(v) for v in obj)
    return True


def iso(d):
    try:
        datetime.date.fromisoformat(d)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) is not None
    except Exception:
        return False


def pct(a, b, decimals):
    q = Decimal(1).scaleb(-decimals)
    return (Decimal(str(a)) * 100 / Decimal(str(b))).quantize(q, rounding=ROUND_HALF_UP)


def wrapped_in_header(value, text):
    """Issuer written over two header lines (e.g. 'ỦY BAN NHÂN DÂN' / 'HUYỆN TÂN CHÂU'): the left
    cells of two consecutive header lines, joined by a space, give the value."""
    lines = text.split("\n")[:6]
    cells = [re.split(r"\t| \| ", l)[0].strip() for l in lines]
    return any(cells[i] + " " + cells[i + 1] == value for i in range(len(cells) - 1))


def validate(d, text, g):
    errs = []
    n = d["name"]
    def E(msg):
        errs.append(f"{n}: {msg}")
    if unicodedata.normalize("NFC", text) != text:
        E("text not NFC")
    if not nfc_ok(g):
        E("gold not NFC")
    if not 2000 <= len(text) <= 3400:
        E(f"size {len(text)} outside 2000-3400")
    if list(g.keys()) != TOP:
        E("top-level keys differ from schema order")
    if g["genre"] not in GENRES:
        E("genre")
    for k in ("date",):
        if g[k] is not None and not iso(g[k]):
            E(f"{k} not ISO")

    def verb(v, what):
        if v is None:
            return
        if v not in text:
            if what == "issuer" and wrapped_in_header(v, text):
                return
            E(f"{what} not verbatim: {v!r}")
    for k in ("issuer", "issuer_parent", "doc_number", "place", "title"):
        verb(g[k], k)
    m = g["meeting"]
    if m is not None:
        if m["kind"] not in KINDS:
            E("meeting.kind")
        for k in ("start", "end"):
            if m[k] is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", m[k]):
                E(f"meeting.{k} not HH:MM")
        if m["start"] and m["end"] and m["end"] <= m["start"]:
            E("meeting end before start")
        if m["date"] is not None and not iso(m["date"]):
            E("meeting.date not ISO")
        verb(m["name"], "meeting.name")
        verb(m["place"], "meeting.place")
        verb(m["secretary"], "meeting.secretary")
        for c in m["chairs"] or []:
            verb(c, "chair")
        if m["secretary"] and m["chairs"] and m["secretary"] in m["chairs"]:
            E("secretary is a chair")
    elif g["genre"] in ("bien_ban", "tin_hoi_nghi"):
        E("meeting missing")
    a = g["attendance"]
    if a is not None:
        if a["official"] is not None and a["probationary"] is not None and a["total"] is not None:
            if a["official"] + a["probationary"] != a["total"]:
                E("official + probationary != total")
        if None not in (a["present"], a["absent"], a["total"]):
            if a["present"] + a["absent"] != a["total"]:
                E("present + absent != total")
        if a["absentees"] is not None:
            if a["absent"] is not None and len(a["absentees"]) != a["absent"]:
                E("absentee list length != absent")
            for x in a["absentees"]:
                verb(x["name"], "absentee.name")
                verb(x["reason"], "absentee.reason")
    for v in g["decisions"]:
        if v["kind"] not in DKINDS:
            E("decision kind")
        s = sum(x or 0 for x in (v["for"], v["against"], v["abstain"]))
        if v["base"] is not None and s > v["base"]:
            E(f"vote sum {s} > base {v['base']}")
        if v["person"] is not None:
            verb(v["person"], "decision.person")
        if v["kind"] == "vote" and a is not None and a["present"] is not None and v["for"] is not None:
            if v["for"] > a["present"]:
                E("more votes for than present")
    for t in g["targets"]:
        if t["verdict"] not in VERDICTS:
            E("verdict enum")
        verb(t["name"], "target.name")
        if t["verdict"] is None and t["result"] is not None:
            E("future target with a result")
        if t["verdict"] in ("đạt", "vượt", "chưa đạt", "tiến độ") and (t["target"] is None or t["result"] is None):
            E("verdict without plan/result")
    for t in g["tasks"]:
        verb(t["text"], "task.text")
        verb(t["owner"], "task.owner")
        verb(t["deadline"], "task.deadline")
    for s_ in g["signers"]:
        verb(s_["role"], "signer.role")
        verb(s_["position"], "signer.position")
        verb(s_["name"], "signer.name")
    for r in g["recipients"]:
        verb(r, "recipient")
        if r.startswith("-") or r.endswith((";", ".", ",")):
            E(f"recipient punctuation {r!r}")
    if len(g["key_figures"]) > 8 or len(g["noise_figures"]) > 6:
        E("too many key/noise figures")
    for f in g["key_figures"] + g["noise_figures"]:
        verb(f, "figure")
    for num, den, printed in d["pct"]:
        if printed not in text:
            E(f"printed percent {printed!r} not in text")
        p = printed.rstrip("%")
        dec = len(p.split(",")[1]) if "," in p else 0
        want = str(pct(num, den, dec)).replace(".", ",")
        if want != p:
            E(f"percent {num}/{den} = {want}, printed {printed}")
    return errs


def main():
    check_only = "--check" in sys.argv
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate names"
    errs = []
    for d in DOCS:
        tp = os.path.join(OUT, d["name"] + ".txt")
        gp = os.path.join(OUT, d["name"] + ".gold.json")
        if not check_only:
            with open(tp, "w", encoding="utf-8") as f:
                f.write(unicodedata.normalize("NFC", d["text"]) + "\n")
            with open(gp, "w", encoding="utf-8") as f:
                json.dump(d["gold"], f, ensure_ascii=False, indent=2)
                f.write("\n")
        text = open(tp, encoding="utf-8").read().rstrip("\n")
        g = json.load(open(gp, encoding="utf-8"))
        errs += validate(d, text, g)
    from collections import Counter
    c = Counter(d["gold"]["genre"] for d in DOCS)
    print(f"{len(DOCS)} documents:", dict(c))
    for d in DOCS:
        print(f"  {d['name']:40s} {len(d['text']):5d} chars")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
