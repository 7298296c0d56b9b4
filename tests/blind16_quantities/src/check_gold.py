import json, os, glob, unicodedata, collections, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch","sum-mismatch","count-mismatch","part-exceeds-whole","derived-mismatch","target-status-mismatch",
 "vote-mismatch","attendance-mismatch","absentee-count-mismatch","resolution-not-passed","figure-inconsistent","name-inconsistent","other"}
GEN = {"bien_ban","bao_cao","nghi_quyet","tin_hoi_nghi"}
errs = []; codes = collections.Counter(); genres = collections.Counter(); clean = 0; n = 0
for t in sorted(glob.glob(os.path.join(D, "*.txt"))):
    n += 1; name = os.path.basename(t)[:-4]
    raw = open(t, "rb").read()
    try: s = raw.decode("utf-8")
    except Exception: errs.append(f"{name}: not utf-8"); continue
    if unicodedata.normalize("NFC", s) != s: errs.append(f"{name}: not NFC")
    body = s.rstrip("\n")
    if not (1900 <= len(body) <= 3600): errs.append(f"{name}: length {len(body)}")
    for i, l in enumerate(body.split("\n")):
        if l != l.rstrip(): errs.append(f"{name}: trailing space line {i+1}")
        if not l.strip(): errs.append(f"{name}: empty line {i+1}")
    j = json.load(open(os.path.join(D, name + ".expected.json"), encoding="utf-8"))
    if set(j) != {"genre","clean","planted","officials"}: errs.append(f"{name}: keys {set(j)}")
    if j["genre"] not in GEN: errs.append(f"{name}: genre")
    genres[j["genre"]] += 1
    if j["clean"] != (j["planted"] == []): errs.append(f"{name}: clean flag")
    clean += j["clean"]
    for p in j["planted"]:
        if p["code"] not in CODES: errs.append(f"{name}: code {p['code']}")
        codes[p["code"]] += 1
        c = s.count(p["text"])
        if c != 1: errs.append(f"{name}: planted text occurs {c}x: {p['text']!r}")
        if unicodedata.normalize("NFC", p["text"]) != p["text"]: errs.append(f"{name}: planted not NFC")
        if not p.get("note"): errs.append(f"{name}: no note")
print(f"docs={n} clean={clean} planted={sum(codes.values())}")
print("genres:", dict(genres))
for k in sorted(CODES): print(f"  {k}: {codes[k]}")
print("ERRORS:" if errs else "OK: no errors")
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
