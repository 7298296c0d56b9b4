"""Targets against results: what the text claims (đạt, vượt, chưa đạt) must agree with the
numbers it gives for the target and the result (domain.md §6).

The target detector reads each target clause (its value, comparator and result); the
quantity layer adds the period: a result for part of the plan's period ("6 tháng đầu năm
đạt 48% kế hoạch năm", "lũy kế 9 tháng", "quý I") is progress, and gets no đạt/chưa đạt
verdict from its percentage.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..detectors.targets import CLAIM, _claim_of
from ..model import Related, Severity
from ..quantities import quantities_of, unit_end
from .registry import Example, Issue, ParagraphContext, rule

_MET = {"đạt", "vượt"}
_PLAN_WORD = re.compile(r"chỉ tiêu|kế hoạch|dự toán|mục tiêu", re.IGNORECASE)
_COUNTED_TARGETS = re.compile(r"\d+\s+(?:chỉ tiêu|mục tiêu|nhiệm vụ)", re.IGNORECASE)
_PART_PERIOD = re.compile(r"\b(?:\d{1,2}|sáu|chín|ba)\s+tháng\b|\bquý\s+[IV\d]+|\blũy kế\b|\bluỹ kế\b|\btháng\s+\d{1,2}\b|"
                          r"\bnửa\s+(?:năm|nhiệm kỳ)\b|\bgiữa\s+nhiệm kỳ\b|\bđến nay\b|\btiến độ\b", re.IGNORECASE)


@rule("target-status-mismatch", severity=Severity.ERROR, title="Đánh giá chỉ tiêu trái với số liệu", examples=(
    Example("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 81,3%, vượt chỉ tiêu đề ra (85%).", "81,3%"),
    Example("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 88,3%, vượt chỉ tiêu đề ra (85%)."),
    Example("Tỷ lệ hộ nghèo giảm còn 3,2%, đạt chỉ tiêu đề ra (không quá 2,5%).", "3,2%"),
    Example("Tỷ lệ hộ nghèo giảm còn 2,1%, vượt chỉ tiêu đề ra (không quá 2,5%)."),
    Example("Tỷ lệ tham gia bảo hiểm y tế đạt 96%, chưa đạt chỉ tiêu (95% trở lên).", "96%"),
    Example("Tỷ lệ tham gia bảo hiểm y tế đạt 93%, chưa đạt chỉ tiêu (95% trở lên)."),
    Example("Thu ngân sách cả năm đạt 95% dự toán, vượt chỉ tiêu đề ra.", "95%"),
    Example("Thu ngân sách cả năm đạt 105% dự toán, vượt chỉ tiêu đề ra."),
    # Mid-period progress gets no verdict from its percentage.
    Example("6 tháng đầu năm thu ngân sách đạt 48% kế hoạch năm, đạt tiến độ đề ra."),
    Example("Lũy kế 9 tháng thu ngân sách bằng 81,3% dự toán năm, đạt kế hoạch đề ra."),
    Example("Quý I kết nạp 5 đảng viên, đạt 25% kế hoạch năm, đạt chỉ tiêu quý."),
    # Plan and result read by the quantity layer, in either order.
    Example("Kết nạp 28 đảng viên trên chỉ tiêu 30, vượt kế hoạch đề ra.", "28"),
    Example("Kết nạp 32 đảng viên trên chỉ tiêu 30, vượt kế hoạch đề ra."),
    Example("Chỉ tiêu 1.200 triệu đồng; thực hiện 1.150 triệu đồng, vượt chỉ tiêu.", "1.150"),
    Example("Chỉ tiêu 1.200 triệu đồng; thực hiện 1.250 triệu đồng, vượt chỉ tiêu."),
    Example("Thu ngân sách đạt 4.150 triệu đồng/kế hoạch 4.500 triệu đồng, hoàn thành vượt chỉ tiêu.", "4.150"),
    Example("Thu ngân sách đạt 4.650 triệu đồng/kế hoạch 4.500 triệu đồng, hoàn thành vượt chỉ tiêu."),
    Example("Chỉ tiêu phát triển đảng viên năm 2024 là 25 đồng chí; kết quả kết nạp được 22 đồng chí, vượt chỉ tiêu.",
            "kết quả kết nạp"),
    Example("Chỉ tiêu phát triển đảng viên năm 2024 là 25 đồng chí; kết quả kết nạp được 27 đồng chí, vượt chỉ tiêu."),
    # A rate and its plan in two clauses, then the claim.
    Example("Tỷ lệ che phủ rừng đạt 42,1%; chỉ tiêu Nghị quyết đề ra là 45%, như vậy đã hoàn thành chỉ tiêu.",
            "42,1%"),
    Example("Tỷ lệ che phủ rừng đạt 46,1%; chỉ tiêu Nghị quyết đề ra là 45%, như vậy đã hoàn thành chỉ tiêu."),
    Example("Tỷ lệ che phủ rừng đạt 44,1%; chỉ tiêu Nghị quyết đề ra là 45%, chưa đạt chỉ tiêu."),
))
def target_status_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Vượt chỉ tiêu" with 92% against a 95% target, or "chưa đạt" with 98% against 95%;
    "vượt dự toán" with "đạt 95% dự toán". "Giảm còn", "không quá", "dưới" make the target
    a ceiling; "trở lên", "ít nhất" a floor."""
    handled = [(t.start, t.end) for t in ctx.of_kind("target")
               if t.get("claimed_status") and t.get("status") not in (None, "không rõ")]
    yield from _plan_claims(ctx, handled)
    yield from _percent_plan_claims(ctx, handled)
    for target in ctx.of_kind("target"):
        claimed, computed = target.get("claimed_status"), target.get("status")
        if not claimed or computed in (None, "không rõ"):
            continue
        if target.get("target_value") is None:
            yield from _attainment_claim(ctx, target, claimed, computed)
            continue
        numbers = f"kết quả {target.get('actual_text')} so với chỉ tiêu {target.get('target_text')}"
        if claimed in _MET and computed == "chưa đạt":
            yield Issue(target.start, target.end, f"Văn bản ghi “{claimed}” nhưng {numbers} là chưa đạt.")
        elif claimed == "chưa đạt" and computed in _MET:
            yield Issue(target.start, target.end, f"Văn bản ghi “chưa đạt” nhưng {numbers} là {computed}.")
        elif claimed == "vượt" and computed == "đạt" and not (
                target.get("comparator") == "<=" and target.get("actual_value") < target.get("target_value")):
            yield Issue(target.start, target.end,
                        f"Văn bản ghi “vượt” nhưng {numbers} là vừa đạt, không vượt.", None, Severity.WARNING)


def _plan_claims(ctx: ParagraphContext, handled: list[tuple[int, int]]) -> Iterator[Issue]:
    """"Kết nạp 28 đảng viên trên chỉ tiêu 30, vượt kế hoạch", "chỉ tiêu 1.200 triệu đồng;
    thực hiện 1.150 triệu đồng, vượt chỉ tiêu": a claim against the plan and the result the
    quantity layer reads in the same sentence (counts and money; percentage targets with a
    comparator are the target detector's)."""
    text = ctx.text
    if not _PLAN_WORD.search(text):
        return
    layer = quantities_of(ctx)
    for s_start, s_end, _, claim in _claim_sentences(ctx, handled):
        claimed = _claim_of(claim)
        at = s_start + claim.start()
        inside = [q for q in layer.quantities if s_start <= q.start < at and q.kind in ("count", "money")]
        plans = [q for q in inside if q.role == "plan"]
        if len(plans) != 1:
            continue
        plan = plans[0]
        results = [q for q in inside if q.role != "plan" and q.kind == plan.kind
                   and (plan.kind == "money" or q.head is None or plan.head is None or q.head == plan.head)
                   and (plan.kind == "money" or q.noun_class == plan.noun_class or plan.noun_class is None)]
        if len(results) != 1:
            continue
        result = results[0]
        related = (Related(plan.start, unit_end(text, plan), "plan"), Related(result.start, unit_end(text, result),
                                                                              "result"))
        yield from _verdict(s_start, s_end, claimed, result, plan, related,
                            f"kết quả {result.text} so với kế hoạch {plan.text}")


def _claim_sentences(ctx: ParagraphContext, handled: list[tuple[int, int]]):
    """(start, end, sentence, claim) of each sentence not read yet that claims a verdict
    ("vượt chỉ tiêu", "chưa đạt") over the whole period of a plan."""
    text = ctx.text
    for s_start, s_end in ctx.reading.sentences:
        if any(a < s_end and s_start < b for a, b in handled):
            continue
        sentence = text[s_start:s_end]
        claim = CLAIM.search(sentence)
        if claim and not _PART_PERIOD.search(sentence) and not _COUNTED_TARGETS.search(sentence):
            yield s_start, s_end, sentence, claim


def _verdict(s_start: int, s_end: int, claimed: str, result, plan, related, numbers: str) -> Iterator[Issue]:
    """The claim against what the result and the plan say."""
    computed = "vượt" if result.value > plan.value else "đạt" if result.value == plan.value else "chưa đạt"
    if claimed in _MET and computed == "chưa đạt":
        yield Issue(s_start, s_end, f"Văn bản ghi “{claimed}” nhưng {numbers} là chưa đạt.", None, None, related)
    elif claimed == "chưa đạt" and computed in _MET:
        yield Issue(s_start, s_end, f"Văn bản ghi “chưa đạt” nhưng {numbers} là {computed}.", None, None, related)


_PERCENT_PLAN_BEFORE = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu)[^\d;()]{0,40}?(?:là|đề ra|:|giao)\s*+:?\s*+$",
                                  re.IGNORECASE)
_PERCENT_RESULT_BEFORE = re.compile(r"(?:tỷ lệ|tỉ lệ)\s[^\d;()]{0,60}?\sđạt\s*$", re.IGNORECASE)
_BOUND_WORDS = re.compile(r"không quá|dưới|trên|trở lên|trở xuống|ít nhất|tối thiểu|tối đa|giảm|còn|tăng",
                          re.IGNORECASE)


def _percent_plan_claims(ctx: ParagraphContext, handled: list[tuple[int, int]]) -> Iterator[Issue]:
    """"Tỷ lệ che phủ rừng đạt 42,1%; chỉ tiêu Nghị quyết đề ra là 45%, như vậy đã hoàn thành
    chỉ tiêu": a rate and its plan stated in two clauses of one sentence, then the claim. Only
    a plain rate ("tỷ lệ … đạt") against a plain plan; a ceiling or floor is the target
    detector's to read."""
    text = ctx.text
    if "%" not in text or not _PLAN_WORD.search(text):
        return
    layer = quantities_of(ctx)
    for s_start, s_end, sentence, claim in _claim_sentences(ctx, handled):
        if _BOUND_WORDS.search(sentence):
            continue
        at = s_start + claim.start()
        percents = [q for q in layer.quantities if s_start <= q.start < at and q.kind == "percent"]
        if len(percents) != 2:
            continue
        kinds = []
        for q in percents:
            before = text[s_start:q.start]
            before = before[max(before.rfind(";"), before.rfind(","), before.rfind("(")) + 1:]
            kinds.append("plan" if _PERCENT_PLAN_BEFORE.search(before) else
                         "result" if _PERCENT_RESULT_BEFORE.search(before) else None)
        if sorted(k or "" for k in kinds) != ["plan", "result"]:
            continue
        result, plan = percents if kinds[0] == "result" else percents[::-1]
        related = (Related(plan.start, plan.end, "plan"), Related(result.start, result.end, "result"))
        yield from _verdict(s_start, s_end, _claim_of(claim), result, plan, related,
                            f"kết quả {result.text} so với chỉ tiêu {plan.text}")


def _attainment_claim(ctx: ParagraphContext, target, claimed: str, computed: str) -> Iterator[Issue]:
    """"Đạt 95% dự toán, vượt chỉ tiêu": the attainment percentage alone decides, unless the
    result covers only part of the plan's period (then it is progress, not a verdict)."""
    text = ctx.text
    clause = text[target.start:target.end]
    if _PART_PERIOD.search(clause) or _COUNTED_TARGETS.search(clause):
        return  # progress over part of the period; "18 chỉ tiêu đạt …, đạt 64,3%": a share of targets
    offset = target.get("attainment_offset")
    percent = next((q for q in quantities_of(ctx).quantities
                    if q.kind == "percent" and q.start == target.start + (offset or 0)), None)
    if percent is None:
        return
    related = (Related(percent.start, percent.end, "share"),)
    if claimed in _MET and computed == "chưa đạt":
        yield Issue(target.start, target.end,
                    f"Văn bản ghi “{claimed}” nhưng kết quả mới bằng {percent.text} kế hoạch: chưa đạt.",
                    None, None, related)
    elif claimed == "chưa đạt" and computed in _MET:
        yield Issue(target.start, target.end,
                    f"Văn bản ghi “chưa đạt” nhưng kết quả bằng {percent.text} kế hoạch: đã {computed}.",
                    None, None, related)
