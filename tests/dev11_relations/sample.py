"""How the gold paragraphs were drawn (README.md): lines of tests/real with at least three numbers that are not
bare years and a cue a reviewer checks figures by, shuffled with a fixed seed, at most two per document.

    python tests/dev11_relations/sample.py [FIRST] [LAST]   (prints the candidates in order, FIRST..LAST)
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

REAL = Path(__file__).resolve().parents[1] / "real"
NUMBER = re.compile(r"(?<![\w/])\d[\d.,]*(?:%|\b)")
CUE = re.compile(r"%|\d\s*/\s*\d|trong đó|tổng số|tổng cộng|gồm|kế hoạch|chỉ tiêu|trên tổng|chiếm|đạt|bằng", re.I)


def candidates() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(REAL.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).replace("\r\n", "\n")
        for index, line in enumerate(text.split("\n")):
            plain = [n for n in NUMBER.findall(line) if not re.fullmatch(r"(19|20)\d\d", n)]
            if len(plain) >= 3:
                found.append((path.name, index, line))
    random.Random(20261206).shuffle(found)
    return [c for c in found if CUE.search(c[2]) and len(re.findall(r"\d", c[2])) >= 3]


def main(argv: list[str]) -> int:
    first, last = (int(argv[0]), int(argv[1])) if len(argv) == 2 else (0, 200)
    taken: dict[str, int] = {}
    order = []
    for doc, index, line in candidates():
        if taken.get(doc, 0) < 2:
            taken[doc] = taken.get(doc, 0) + 1
            order.append((doc, index, line))
    for doc, index, line in order[first:last]:
        print(f"### {doc} L{index}\n{line}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
