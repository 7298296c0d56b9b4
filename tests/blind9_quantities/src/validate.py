"""Re-check the written files of blind9_quantities on their own (schema, NFC, length, spans, codes)."""
import collections, glob, json, os, unicodedata

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch", "derived-mismatch", "sum-mismatch", "count-mismatch",
         "target-status-mismatch", "figure-inconsistent", "attendance-mismatch",
         "absentee-count-mismatch", "vote-mismatch", "part-exceeds-whole",
         "resolution-not-passed", "name-inconsistent", "other"}
GENRES = {"bien_ban", "bao_cao", "nghi_quyet", "tin_hoi_nghi"}

genre_n, code_n, clean_n, total = collections.Counter(), collections.Counter(), 0, 0
for txt in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    name = os.path.basename(txt)[:-4]
    raw = open(txt, "rb").read().decode("utf-8")
    assert raw == unicodedata.normalize("NFC", raw), name
    assert 1900 <= len(raw) <= 3200, (name, len(raw))
    assert "\r" not in raw and "\n\n" not in raw, name
    exp = json.load(open(os.path.join(HERE, name + ".expected.json"), encoding="utf-8"))
    assert set(exp) == {"genre", "clean", "planted", "officials"}, name
    assert exp["genre"] in GENRES, name
    assert exp["officials"] is None or isinstance(exp["officials"], int), name
    assert exp["clean"] == (not exp["planted"]), name
    assert len(exp["planted"]) <= 5, name
    for p in exp["planted"]:
        assert set(p) == {"code", "text", "note"} and p["code"] in CODES, (name, p)
        assert raw.count(p["text"]) == 1, (name, p["text"])
        code_n[p["code"]] += 1
    genre_n[exp["genre"]] += 1
    clean_n += exp["clean"]
    total += 1
print("documents", total, "clean", clean_n, "planted", sum(code_n.values()))
print("genres", dict(genre_n))
print("codes", dict(sorted(code_n.items())))
