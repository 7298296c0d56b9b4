"""Rebuild tests/dev10_structure/*.txt and *.gold.json from docs_*.py and check the gold
(NFC, verbatim spans, key order). Run: python3 tests/dev10_structure/src/build.py"""
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import docs_a  # noqa: E402
import docs_b  # noqa: E402,F401
import docs_c  # noqa: E402,F401
import docs_d  # noqa: E402,F401

MEETING = ("name", "kind", "start", "end", "date", "place", "chairs", "secretary", "form")
ATTENDANCE = ("total", "official", "probationary", "present", "absent", "absentees")
DECISION = ("kind", "subject", "person", "for", "against", "abstain", "base", "outcome")


def gold_of(text, g):
    meeting = g.get("meeting")
    if meeting is not None:
        meeting = {k: meeting.get(k, [] if k == "chairs" else None) for k in MEETING}
    att = g.get("attendance")
    if att is not None:
        att = {k: att.get(k, [] if k == "absentees" else None) for k in ATTENDANCE}
    out = {
        "genre": g["genre"], "issuer": g.get("issuer"), "issuer_parent": g.get("issuer_parent"),
        "doc_number": g.get("doc_number"), "place": g.get("place"), "date": g.get("date"),
        "title": g.get("title"), "meeting": meeting, "attendance": att,
        "decisions": [{k: d.get(k) for k in DECISION} for d in g.get("decisions", [])],
        "targets": g.get("targets", []), "tasks": g.get("tasks", []), "signers": g.get("signers", []),
        "recipients": g.get("recipients", []), "key_figures": g.get("key_figures", []),
        "noise_figures": g.get("noise_figures", []),
    }
    flat = " ".join(text.split())
    for span in [out["issuer"], out["issuer_parent"], out["title"], (meeting or {}).get("name"),
                 (meeting or {}).get("place")] + [t["text"] for t in out["tasks"]] + \
            [t["owner"] for t in out["tasks"]] + out["key_figures"] + out["noise_figures"]:
        if span and " ".join(span.split()) not in flat:
            raise SystemExit(f"not verbatim: {span!r}")
    return out


def main():
    sources = []
    for name, url, text, g in docs_a.DOCS:
        text = unicodedata.normalize("NFC", text)
        (HERE.parent / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = gold_of(text, g)
        (HERE.parent / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                        encoding="utf-8")
        sources.append({"file": f"{name}.txt", "url": url})
    (HERE.parent / "sources.json").write_text(json.dumps(sources, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
    print(len(sources), "documents")


main()
