"""Targets against results: what the text claims (đạt, vượt, chưa đạt) must agree with the
numbers it gives for the target and the result (domain.md §6)."""

from __future__ import annotations

from typing import Iterator

from ..model import Severity
from ..numbers import format_vi, parse_number, round_half_up
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
        elif claimed == "vượt" and computed == "đạt":
            yield Issue(target.start, target.end,
                        f"Văn bản ghi “vượt” nhưng {numbers} là vừa đạt, không vượt.", None, Severity.WARNING)


@rule("attainment-mismatch", severity=Severity.ERROR, title="Tỷ lệ % kế hoạch không khớp")
def attainment_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Kết nạp 45 đảng viên, đạt 110% chỉ tiêu (chỉ tiêu 40)": đạt X% kế hoạch means
    result ÷ target × 100 (domain.md §6), here 112,5%."""
    for target in ctx.of_kind("target"):
        stated_text, offset = target.get("attainment_text"), target.get("attainment_offset")
        planned, actual = target.get("target_value"), target.get("actual_value")
        if stated_text is None or not planned or actual is None or target.get("unit") != "count":
            continue
        stated = parse_number(stated_text)
        true = actual / planned * 100
        if stated is None or abs(round_half_up(true, stated.decimals) - stated.value) < 1e-9:
            continue
        start = target.start + offset
        expected = format_vi(true, stated.decimals)
        yield Issue(start, start + len(stated_text),
                    f"Kết quả {target.get('actual_text')} so với chỉ tiêu {target.get('target_text')} là "
                    f"{expected}%, không phải {stated_text}%.", expected)
