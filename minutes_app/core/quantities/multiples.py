"""How many times one figure is another: "có 1.263 hộ khá giàu, gấp 7,9 lần năm 2015 (160 hộ)". A figure, then
"gấp X lần" and the figure it is compared with, written right after (in a bracket, or after "là" / ":"): X is the
first over the second (kind "multiple": ``whole`` the base, ``parts`` the figure, ``share`` the X). Read only when
both figures are of one measure and nothing is hedged ("gấp gần 3 lần", "hơn 2 lần"); with no base written ("gấp 3
lần năm trước") there is nothing to compute.
"""

from __future__ import annotations

import re

from .model import Cue, Quantity, Relation
from .relations import per_unit, unit_end

_TIMES_BEFORE = re.compile(r"(?<!\w)gấp\s*$", re.IGNORECASE)
_HEDGED = re.compile(r"(?<!\w)(?:gần|hơn|khoảng|trên|dưới|xấp\s+xỉ|chừng|ước|tới|đến)\s+(?:gấp\s*)?$|"
                     r"gấp\s+(?:gần|hơn|khoảng|trên|xấp\s+xỉ)\s*$", re.IGNORECASE)
# the figure, a few words about it and a comma, right before "gấp"
_FIGURE_THEN = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*,?\s*(?:tăng\s+|bằng\s+)?$", re.IGNORECASE)
# after "lần": what it is compared with, in words (a year may name it), then its figure in a bracket or after "là"
_BASE_AFTER = re.compile(r"(?:\s+so\s+(?:với|cùng\s+kỳ))?(?:\s+(?:[^\W\d_]+|\d{4})){0,8}?\s*(?:\(\s*(?:[^\W\d_()]+\s*){0,3}:?\s*"
                         r"|(?:\s+là|:)\s*)$", re.IGNORECASE)


def multiples(text: str, quantities: list[Quantity]) -> list[Relation]:
    relations = []
    for index, times in enumerate(quantities):
        if times.kind != "count" or times.head != "lần" or index == 0 or index + 1 >= len(quantities):
            continue
        cue = _TIMES_BEFORE.search(text, max(0, times.start - 12), times.start)
        if cue is None or _HEDGED.search(text, max(0, times.start - 24), times.start):
            continue
        figure, base = quantities[index - 1], quantities[index + 1]
        if figure.kind not in ("count", "money") or base.kind != figure.kind or not base.value or per_unit(
                text, figure) != per_unit(text, base) or not figure.compatible(base) or figure.head != base.head:
            continue
        if figure.modifier is not None or base.modifier is not None:
            continue  # "tăng 30 hộ, gấp 2 lần": a change, not the level
        if not _FIGURE_THEN.fullmatch(text, unit_end(text, figure), cue.start()):
            continue
        if not _BASE_AFTER.fullmatch(text, unit_end(text, times), base.start):
            continue
        if _HEDGED.search(text, max(0, figure.start - 12), figure.start) or _HEDGED.search(
                text, max(0, base.start - 12), base.start):
            continue
        after = text[unit_end(text, base):unit_end(text, base) + 3].lstrip()
        if "(" in text[unit_end(text, times):base.start] and not after.startswith(")"):
            continue  # "(160 hộ, 3 xã)": the bracket holds more than the base
        relations.append(Relation("multiple", base, (figure,), times, explicit=True,
                                  cues=(Cue(cue.start(), cue.end(), cue.group().strip()),)))
    return relations
