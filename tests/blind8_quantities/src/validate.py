"""Independent check of the written files (no generator import): format, NFC, spans, counts.
Run: python3 src/validate.py"""
import collections, glob, json, os, unicodedata
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch", "sum-mismatch", "count-mismatch", "derived-mismatch", "figure-inconsistent",
         "target-status-mismatch", "vote-mismatch", "attendance-mismatch", "absentee-count-mismatch",
         "part-exceeds-whole", "resolution-not-passed", "name-inconsistent", "other"}
g = collections.Counter(); c = collections.Counter(); clean = 0; total = 0
for tp in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    name = os.path.basename(tp)[:-4]
    t = open(tp, encoding="utf-8").read()
    e = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
    assert set(e) == {"genre", "clean", "planted", "officials"}, name
    assert unicodedata.normalize("NFC", t) == t, name
    assert 1900 <= len(t) <= 3200, (name, len(t))
    assert "\r" not in t and "\t" not in t, name
    assert e["genre"] in {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}
    assert e["clean"] == (not e["planted"]), name
    assert e["officials"] is None or isinstance(e["officials"], int)
    if e["planted"]:
        assert 2 <= len(e["planted"]) <= 4, name
    for p in e["planted"]:
        assert set(p) == {"code", "text", "note"} and p["code"] in CODES, (name, p)
        assert t.count(p["text"]) == 1, (name, p["text"])
        assert any(ch.isdigit() for ch in p["text"]) or p["code"] in ("name-inconsistent", "target-status-mismatch"), (name, p["text"])
        c[p["code"]] += 1
    g[e["genre"]] += 1; clean += e["clean"]; total += 1
print("documents", total, dict(g), "clean", clean)
print("planted", sum(c.values()), dict(sorted(c.items())))
assert total >= 14 and clean >= 4 and sum(c.values()) >= 32
print("OK")
