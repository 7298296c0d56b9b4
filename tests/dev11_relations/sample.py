import random, re, unicodedata, json, sys
from pathlib import Path
root = Path("/work/wt-q12/tests/real")
NUM = re.compile(r"(?<![\w/])\d[\d.,]*(?:%|\b)")
cands = []
for p in sorted(root.glob("*.txt")):
    text = unicodedata.normalize("NFC", p.read_text(encoding="utf-8")).replace("\r\n", "\n")
    for i, line in enumerate(text.split("\n")):
        nums = [m.group() for m in NUM.finditer(line)]
        # figures a reviewer could cross-check: at least three numbers, not all of them years/dates
        plain = [n for n in nums if not re.fullmatch(r"(19|20)\d\d", n)]
        if len(plain) >= 3:
            cands.append((p.name, i, line))
rng = random.Random(20261206)
rng.shuffle(cands)
print(len(cands), file=sys.stderr)
json.dump(cands, open("/tmp/cands.json", "w"), ensure_ascii=False)
