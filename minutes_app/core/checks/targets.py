"""Targets against results: what the text claims (đạt, vượt, chưa đạt) must agree with the
numbers it gives for the target and the result (domain.md §6)."""

from __future__ import annotations

from typing import Iterator

from ..model import Severity
from .registry import Issue, ParagraphContext, rule

_MET = {"đạt", "vượt"}


@rule("target-status-mismatch", severity=Severity.ERROR, title="Đánh giá chỉ tiêu trái với số liệu")
def target_status_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Vượt chỉ tiêu" with 92% against a 95% target, or "chưa đạt" with 98% against 95%."""
    for target in ctx.of_kind("target"):
        claimed, computed = target.get("claimed_status"), target.get("status")
        if not claimed or computed in (None, "không rõ") or target.get("target_value") is None:
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

