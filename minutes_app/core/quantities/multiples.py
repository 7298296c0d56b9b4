"""How many times one figure is another: "có 1.263 hộ khá giàu, gấp 7,9 lần năm 2015 (160 hộ)". A figure, then
"gấp X lần" and the figure it is compared with, written right after (in a bracket, or after "là" / ":"): X is the
first over the second (kind "multiple": ``whole`` the base, ``parts`` the figure, ``share`` the X). Read only when
both figures are of one measure and nothing is hedged ("gấp gần 3 lần", "hơn 2 lần"); with no base written ("gấp 3
lần năm trước") there is nothing to compute.
"""

from __future__ import annotations

import re

from .estimates import estimated
from .model import Cue, Quantity, Relation
from .relations import per_unit, unit_end

_RATE_TAIL = re.compile(r"(?:\s*/\s*[^\W\d_]+)*")  # "/người/năm" after an amount
_TIMES_BEFORE = re.compile(r"(?<!\w)gấp\s*$", re.IGNORECASE)
# a bound ("gần 3.000 hộ", "hơn 2 lần"); an estimate ("ước 48,6 triệu đồng", "ước gấp 2 lần") is read by estimates.py
_HEDGED = re.compile(r"(?<!\w)(?:gần|hơn|khoảng|trên|dưới|xấp\s+xỉ|chừng|tới|đến)\s+(?:gấp\s*)?$|"
                     r"gấp\s+(?:gần|hơn|khoảng|trên|xấp\s+xỉ)\s*$", re.IGNORECASE)
# the figure, a few words about it and a comma, right before "gấp"; a longer description of what it counts closed by
# a comma ("2.460 hộ sử dụng nước sạch từ công trình cấp nước tập trung, gấp 3 lần")
_FIGURE_THEN = re.compile(r"(?:/\s*[^\W\d_]+){0,2}(?:(?:\s+[^\W\d_]+){0,4}\s*,?|(?:\s+[^\W\d_]+){5,12}\s*,)\s*(?:tăng\s+|bằng\s+)?$",
                          re.IGNORECASE)
# after "lần": what it is compared with, in words (a year may name it), then its figure in a bracket or after "là"
_BASE_AFTER = re.compile(r"(?:\s+so\s+(?:với|cùng\s+kỳ))?(?:\s+(?:[^\W\d_]+|\d{4})){0,8}?\s*(?:\(\s*(?:[^\W\d_()]+\s*){0,3}:?\s*"
                         r"|(?:\s+là|:)\s*)$", re.IGNORECASE)


def multiples(text: str, quantities: list[Quantity]) -> list[Relation]:
    relations = []
    for index, times in enumerate(quantities):
        if times.kind != "count" or times.head != "lần" or index == 0 or index + 1 >= len(quantities):
            continue
        cue = _TIMES_BEFORE.search(text, max(0, times.start - 12), times.start)
        if cue is None or _hedged_times(text, times, cue.start()):
            continue
        figure, base = quantities[index - 1], quantities[index + 1]
        if figure.kind not in ("count", "money") or base.kind != figure.kind or not base.value or not _rates_agree(
                text, figure, base) or not figure.compatible(base) or figure.head != base.head:
            continue
        if figure.modifier is not None or base.modifier is not None:
            continue  # "tăng 30 hộ, gấp 2 lần": a change, not the level
        if not _FIGURE_THEN.fullmatch(text, unit_end(text, figure), cue.start()):
            continue
        if not _BASE_AFTER.fullmatch(text, unit_end(text, times), base.start):
            continue
        if _hedged_figure(text, figure) or _hedged_figure(text, base):
            continue
        rate = _RATE_TAIL.match(text, unit_end(text, base))
        if rate.group() and rate.group().replace(" ", "") != _RATE_TAIL.match(text, unit_end(text, figure)).group().replace(" ", ""):
            continue  # "/tháng" of the base against "/năm" of the figure: two measures
        after = text[rate.end():rate.end() + 3].lstrip()
        if "(" in text[unit_end(text, times):base.start] and not after.startswith(")"):
            continue  # "(160 hộ, 3 xã)": the bracket holds more than the base
        relations.append(Relation("multiple", base, (figure,), times, explicit=True,
                                  cues=(Cue(cue.start(), cue.end(), cue.group().strip()),)))
    return relations


# after "lần": the plan named, nothing after it but the rest of its name ("gấp 1,8 lần dự toán được giao.")
_PLAN_NAMED = re.compile(r"\s+(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu)((?:\s+[^\W\d_]+){0,4})\s*(?=[.;,]|$)",
                         re.IGNORECASE)
_PLAN_WORD = re.compile(r"dự\s+toán|kế\s+hoạch|chỉ\s+tiêu", re.IGNORECASE)
# words of a plan's name that name no one plan apart from another ("dự toán được giao", "kế hoạch đề ra")
_PLAN_PLAIN = frozenset(("được", "giao", "đã", "đề", "ra", "là"))


_TIMES_WORD = re.compile(r"\s*lần(?!\w)", re.IGNORECASE)


def multiples_of_the_plan(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """"Thu ngân sách đạt 94,8 tỷ đồng, bằng 181,3% dự toán (52,3 tỷ đồng), gấp 1,8 lần dự toán được giao": the times
    of a plan named after "lần" with no figure of its own, its figure the one plan of the sentence before it (kind
    "multiple": ``whole`` that plan, ``parts`` the result it is the plan of)."""
    relations = []
    for index, times in enumerate(quantities):
        if times.kind != "count" or times.head != "lần" or index < 2:
            continue
        cue = _TIMES_BEFORE.search(text, max(0, times.start - 12), times.start)
        word = _TIMES_WORD.match(text, times.end)
        named = _PLAN_NAMED.match(text, word.end()) if word is not None else None
        if cue is None or named is None or _hedged_times(text, times, cue.start()):
            continue
        s_start = next((a for a, b in sentences if a <= times.start < b), 0)
        before = [q for q in quantities[:index] if q.start >= s_start and q.kind in ("count", "money")]
        plans = [q for q in before if q.role == "plan"]
        if len(plans) != 1:
            continue
        plan = plans[0]
        if not _same_plan(text, plan, named.group(1)):
            continue  # "bằng 181,3% dự toán tỉnh giao (52,3 tỷ đồng), gấp 1,5 lần dự toán huyện giao": another plan
        results = [q for q in before if q.start < plan.start and q.role in ("result", None) and q.modifier is None
                   and q.kind == plan.kind and q.compatible(plan) and not per_unit(text, q)]
        if not results or not plan.value or _hedged_figure(text, plan) or _hedged_figure(text, results[-1]):
            continue
        relations.append(Relation("multiple", plan, (results[-1],), times, explicit=False,
                                  cues=(Cue(cue.start(), cue.end(), cue.group().strip()),)))
    return relations


def _same_plan(text: str, plan: Quantity, named: str) -> bool:
    """The plan named after "lần" is the plan of the figure: bare ("dự toán được giao"), or naming what the figure's
    own label names ("kế hoạch huyện giao (4 tỷ đồng)" … "gấp 1,2 lần kế hoạch huyện")."""
    words = {w for w in named.lower().split() if w not in _PLAN_PLAIN}
    if not words:
        return True
    cue = next((c for c in plan.cues if _PLAN_WORD.search(c.text)), None)
    if cue is None:
        return False
    label = text[cue.start:plan.start].lower()
    return all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", label) for w in words)


def _hedged_figure(text: str, figure: Quantity) -> bool:
    """"gần 3.000 hộ", "trên 50 tỷ đồng": a bound, not the figure; an estimate ("ước 48,6 triệu đồng") is the figure
    the writer computed with."""
    return _HEDGED.search(text, max(0, figure.start - 12), figure.start) is not None


def _hedged_times(text: str, times: Quantity, cue_start: int) -> bool:
    """"gần gấp 3 lần", "gấp hơn 2 lần" (a bound) or "ước gấp 2 lần" (an estimate of the times, not worked out)."""
    return (_HEDGED.search(text, max(0, times.start - 24), times.start) is not None
            or estimated(text, cue_start) or estimated(text, times.start))


def _rates_agree(text: str, figure: Quantity, base: Quantity) -> bool:
    """Both amounts, or both rates ("… /năm"); a base in the bracket after the times leaves out the rate its figure
    names ("48,6 triệu đồng/năm, gấp 1,5 lần năm 2018 (30,2 triệu đồng)")."""
    if per_unit(text, figure) == per_unit(text, base):
        return True
    return per_unit(text, figure) and text[unit_end(text, base):unit_end(text, base) + 2].lstrip().startswith(")")


# "… 571 ổ dịch …. So với tháng 6, số ổ dịch tăng 347 ổ, tương đương gấp 2,54 lần": a rise and how many times the earlier
# level the current one is; the earlier level is the current one less the rise
_RISE_THEN = re.compile(r"\s*,?\s*(?:(?:tương\s+đương|tức\s+là|hay|bằng)\s+)?$", re.IGNORECASE)
_RISE_CUE = re.compile(r"(?<!\w)tăng(?:\s+thêm)?\s*$", re.IGNORECASE)


def multiples_of_a_rise(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]]) -> list[Relation]:
    """(kind "rise-multiple": ``whole`` the current level, ``parts`` the rise, ``share`` the times; inferred) for "tăng
    Y, (tương đương) gấp Z lần" with no base of its own after it, the level the nearest count of the rise's noun before
    it, in its sentence or the one before (nothing else of that noun between)."""
    relations = []
    for index, times in enumerate(quantities):
        if times.kind != "count" or times.head != "lần" or index < 2:
            continue
        cue = _TIMES_BEFORE.search(text, max(0, times.start - 12), times.start)
        if cue is None or _hedged_times(text, times, cue.start()):
            continue
        rise = quantities[index - 1]
        if rise.kind not in ("count", "money") or rise.modifier != "change" or not _RISE_CUE.search(
                text, max(0, rise.start - 16), rise.start) or not _RISE_THEN.fullmatch(text, unit_end(text, rise), cue.start()):
            continue
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        if following is not None and _BASE_AFTER.fullmatch(text, unit_end(text, times), following.start):
            continue  # the base is written after it: the plain multiple's
        sentence = next((i for i, (a, b) in enumerate(sentences) if a <= rise.start < b), None)
        if sentence is None:
            continue
        floor = sentences[max(0, sentence - 1)][0]
        before = [q for q in quantities[:index - 1] if q.start >= floor and q.kind == rise.kind and q.modifier is None
                  and _kin(q, rise) and "(" not in text[q.end:q.end + 2]]
        if not before or before[-1].value <= rise.value:
            continue
        level = before[-1]
        if any(q.kind == rise.kind and q.modifier is None and _kin(q, rise) for q in quantities[quantities.index(level) + 1:index - 1]):
            continue
        relations.append(Relation("rise-multiple", level, (rise,), times, explicit=False,
                                  cues=(Cue(cue.start(), cue.end(), cue.group().strip()),)))
    return relations


def _kin(a: Quantity, b: Quantity) -> bool:
    """Of one measure: money, or counts whose nouns open alike ("571 ổ dịch" … "347 ổ")."""
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind
    return bool(a.head and b.head) and a.head.split()[0] == b.head.split()[0]
