"""Build blind9_quantities from docs_*.py and assert every check."""
import json, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from lib import Checks
import docs_a, docs_b, docs_c, docs_d

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch", "derived-mismatch", "sum-mismatch", "count-mismatch",
         "target-status-mismatch", "figure-inconsistent", "attendance-mismatch",
         "absentee-count-mismatch", "vote-mismatch", "part-exceeds-whole",
         "resolution-not-passed", "name-inconsistent", "other"}


def main():
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    names = set()
    for d in docs:
        assert d["name"] not in names
        names.add(d["name"])
        text = unicodedata.normalize("NFC", "\n".join(d["lines"]) + "\n")
        assert 1900 <= len(text) <= 3200, (d["name"], len(text))
        C = Checks(d["name"])
        d["check"](C)
        C.run(text)
        planted = []
        for code, span, note in d["planted"]:
            assert code in CODES, code
            span = unicodedata.normalize("NFC", span)
            assert text.count(span) == 1, (d["name"], span, text.count(span))
            planted.append({"code": code, "text": span, "note": note})
        exp = {"genre": d["genre"], "clean": not planted, "planted": planted,
               "officials": d["officials"]}
        with open(os.path.join(OUT, d["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{d['name']:40s} {d['genre']:13s} len={len(text):5d} planted={len(planted)}")
    print(len(docs), "documents")


if __name__ == "__main__":
    main()
