"""A rate measured against a target that is a rate too: "tỷ lệ hộ nghèo giảm 1,8%, đạt 120% so với chỉ tiêu (chỉ tiêu
là 1,5%)". The attainment is the rate over the target (kind "rate-vs-plan": ``whole`` the target, ``parts`` the rate,
``share`` the attainment). Read only when the three follow each other: the rate, ", đạt" or ", bằng" and the
attainment, the plan's name and the target in a bracket that names it again.

A rate and the plan it is held to, both levels: "tỷ lệ bao phủ 93,6%, chỉ tiêu Nghị quyết Đại hội là 95%", "đạt 86,5%,
chỉ tiêu 90%", "(66,5% so với kế hoạch là 65%)" (kind "level-vs-plan": ``whole`` the plan, ``parts`` the rate, no
share). Read only when the plan's clause opens with the plan's name and holds no other figure, right after the rate's,
and neither figure is bounded, a change, or names a base of its own (those are other readers').
"""

from __future__ import annotations

import re

from .model import Cue, Quantity, Relation

_ATTAINED = re.compile(r"\s*,\s*(?:đạt|bằng)\s*$", re.IGNORECASE)
_TARGET_BETWEEN = re.compile(r"\s*(?:so\s+với\s+)?(?P<plan>kế\s+hoạch|chỉ\s+tiêu)[^()\d;]{0,30}\(\s*(?:kế\s+hoạch|chỉ\s+tiêu)"
                             r"(?:\s+(?:là|đề\s+ra|giao|năm))?\s*:?\s*", re.IGNORECASE)


# the rate's clause closed, then the plan named and nothing else counted before its figure
_PLAN_CLAUSE = re.compile(r"\s*(?:[,;]\s*(?:(?:so\s+)?với\s+)?|\s+so\s+với\s+)(?P<plan>chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)"
                          r"(?:\s+[^\W\d_]+){0,6}?(?:\s+năm\s+\d{4})?\s*(?:(?:là|đề\s+ra|giao|:)\s*)?", re.IGNORECASE)


def level_plans(text: str, quantities: list[Quantity]) -> list[Relation]:
    """A rate, then the plan it is held to in the next clause: "level-vs-plan" relations."""
    relations = []
    for rate, plan in zip(quantities, quantities[1:]):
        if not rate.kind == plan.kind == "percent" or rate.sentence != plan.sentence:
            continue
        if rate.modifier is not None or plan.modifier is not None or rate.base is not None or plan.base is not None:
            continue
        between = _PLAN_CLAUSE.fullmatch(text, rate.end, plan.start)
        if between is None:
            continue
        relations.append(Relation("level-vs-plan", plan, (rate,), None, explicit=True,
                                  cues=(Cue(rate.end + between.start("plan"), rate.end + between.end("plan"),
                                            between["plan"]),)))
    return relations


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
