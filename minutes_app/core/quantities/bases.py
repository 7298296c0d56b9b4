"""Shares of one base the text does not state: "có 459 đại biểu tham gia biểu quyết (bằng 96,03% tổng số đại
biểu Quốc hội), có 455 đại biểu tán thành (bằng 95,19% tổng số đại biểu Quốc hội), …" names one base for
every share; "số phiếu tín nhiệm cao là 68, chiếm 72,34%; số phiếu tín nhiệm là 19, chiếm 20,21% và số phiếu
tín nhiệm thấp là 3, chiếm 3,19%" gives the levels of one tally, each with its share of those who voted.
Each count over its share gives that base, so they must agree (quantities read once by the reader: this
module only pairs each share with the count it follows and groups the pairs that share a base).
"""

from __future__ import annotations

import re

from .model import Quantity, Relation

# a count, then its share: "455 đại biểu tán thành (bằng 95,19%", "là 19, chiếm 20,21%"
_PAIR_GAP = re.compile(r"[^\d;%()]{0,50}?(?:\(\s*|,\s*)(?:bằng|chiếm)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$", re.IGNORECASE)
# the words that open the next item after a base's noun: "(bằng 95,19% tổng số đại biểu và chiếm …)"
_NEXT_ITEM = frozenset(("và", "chiếm", "bằng", "đạt"))
_TRAILING_WORD = re.compile(r"^\s*(?:[,;.)]|và\s|$)", re.IGNORECASE)
_BARE_PAIRS = 3  # labelled numbers with no noun: this many shares of one sentence before their base is read


def named_base(percent: Quantity) -> str | None:
    """The total a percentage names as its base right after it, lower-cased ("tổng số đại biểu quốc hội" of "(bằng
    95,19% tổng số đại biểu Quốc hội)", "chiếm 40% so với tổng số hội viên"); None without one."""
    base = percent.base
    if base is None or base.total is None or not base.counted or not base.words \
            or base.linker is not None and base.linker.text.lower() == "trên":
        return None
    words = [w.text.lower() for w in base.words]
    words = words[:next((i for i, w in enumerate(words) if i and w in _NEXT_ITEM), len(words))]
    return " ".join(["tổng", *base.measure.text.lower().split(), *words])


def shares_of_one_base(text: str, quantities: tuple[Quantity, ...]) -> list[tuple[Relation, ...]]:
    """Groups of (count, its share) pairs, each a "share-open" relation, that are shares of one base: in one
    sentence, shares naming the same base ("tổng số đại biểu Quốc hội"), two or more; or labelled numbers with
    no noun ("số phiếu tín nhiệm là 19, chiếm 20,21%") whose shares name none, three or more. Only a share right
    after its count pairs with it, and not a hedged one ("trên 2%")."""
    groups: dict[tuple[int, str], list[Relation]] = {}
    for before, percent in zip(quantities, quantities[1:]):
        if percent.kind != "percent" or before.kind != "count" or before.sentence != percent.sentence \
                or not 0 < percent.value < 100 or percent.modifier is not None:
            continue
        if not _PAIR_GAP.fullmatch(text, before.end, percent.start):
            continue
        base = named_base(percent)
        if base is not None:
            key = (percent.sentence, base)
        elif before.bare and _TRAILING_WORD.match(text[percent.end:percent.end + 4]):
            key = (percent.sentence, "")
        else:
            continue
        groups.setdefault(key, []).append(Relation("share-open", before, (before,), percent, explicit=False))
    # (counts of two nouns are two groups whatever base their shares name: "3.373 hộ nghèo … (13,13% so với tổng số
    # hộ nghèo DTTS)", "3.508 hộ cận nghèo … (13,63% so với tổng số hộ nghèo DTTS)" is a slip of the words)
    return [tuple(group) for (_, base), group in groups.items() if len(group) >= (2 if base else _BARE_PAIRS)
            and len({r.parts[0].head for r in group}) == 1]
