"""A rate measured against a target that is a rate too: "tỷ lệ hộ nghèo giảm 1,8%, đạt 120% so với chỉ tiêu (chỉ tiêu
là 1,5%)". The attainment is the rate over the target (kind "rate-vs-plan": ``whole`` the target, ``parts`` the rate,
``share`` the attainment). Read only when the three follow each other: the rate, ", đạt" or ", bằng" and the
attainment, the plan's name and the target in a bracket that names it again.
"""

from __future__ import annotations

import re

from .model import Cue, Quantity, Relation

_ATTAINED = re.compile(r"\s*,\s*(?:đạt|bằng)\s*$", re.IGNORECASE)
_TARGET_BETWEEN = re.compile(r"\s*(?:so\s+với\s+)?(?P<plan>kế\s+hoạch|chỉ\s+tiêu)[^()\d;]{0,30}\(\s*(?:kế\s+hoạch|chỉ\s+tiêu)"
                             r"(?:\s+(?:là|đề\s+ra|giao|năm))?\s*:?\s*", re.IGNORECASE)


def rate_targets(text: str, quantities: list[Quantity]) -> list[Relation]:
    relations = []
    for rate, attained, target in zip(quantities, quantities[1:], quantities[2:]):
        if not rate.kind == attained.kind == target.kind == "percent" or not target.value:
            continue
        if not _ATTAINED.search(text, rate.end, attained.start) or attained.modifier is not None:
            continue
        between = _TARGET_BETWEEN.fullmatch(text, attained.end, target.start)
        if between is None or not 10 <= attained.value <= 1000:
            continue
        relations.append(Relation("rate-vs-plan", target, (rate,), attained, explicit=True,
                                  cues=(Cue(attained.end + between.start("plan"), attained.end + between.end("plan"),
                                            between["plan"]),)))
    return relations
