import json, os, sys, glob, unicodedata, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"percent-mismatch","sum-mismatch","count-mismatch","part-exceeds-whole","derived-mismatch",
         "target-status-mismatch","vote-mismatch","attendance-mismatch","absentee-count-mismatch",
         "resolution-not-passed","figure-inconsistent","name-inconsistent","other"}
GENRES = {"bien_ban","bao_cao","nghi_quyet","tin_hoi_nghi"}
errs = []; codes = collections.Counter(); genres = collections.Counter(); clean = 0; total = 0
for t in sorted(glob.glob(os.path.join(D, "*.txt"))):
    name = os.path.basename(t)[:-4]
    raw = open(t, "rb").read()
    try: text = raw.decode("utf-8")
    except UnicodeDecodeError: errs.append(f"{name}: not UTF-8"); continue
    if unicodedata.normalize("NFC", text) != text: errs.append(f"{name}: not NFC")
    if not (1900 <= len(text) <= 3600): errs.append(f"{name}: length {len(text)}")
    for i, l in enumerate(text.split("\n")):
        if l != l.rstrip(): errs.append(f"{name}: trailing space line {i+1}")
    ep = os.path.join(D, name + ".expected.json")
    if not os.path.exists(ep): errs.append(f"{name}: no expected.json"); continue
    e = json.load(open(ep, encoding="utf-8"))
    if set(e) != {"genre","clean","planted","officials"}: errs.append(f"{name}: keys {sorted(e)}")
    if e["genre"] not in GENRES: errs.append(f"{name}: genre {e['genre']}")
    genres[e["genre"]] += 1
    if e["clean"] != (e["planted"] == []): errs.append(f"{name}: clean flag")
    clean += e["clean"]
    for pl in e["planted"]:
        total += 1
        if pl["code"] not in CODES: errs.append(f"{name}: code {pl['code']}")
        codes[pl["code"]] += 1
        c = text.count(pl["text"])
        if c != 1: errs.append(f"{name}: planted text occurs {c}x: {pl['text']!r}")
        if not pl.get("note"): errs.append(f"{name}: empty note")
        if len(pl["text"].split()) > 8: errs.append(f"{name}: long text {pl['text']!r}")
print("docs", sum(genres.values()), dict(genres), "clean", clean, "planted", total)
print(dict(sorted(codes.items())))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
