"""Arithmetic on ratios and totals: a percentage must match its ratio, parts must add up to
their total, and a part cannot exceed its whole."""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Entity, Severity
from ..numbers import NUMBER_PATTERN, format_vi, parse_number, round_half_up, truncate
from ..resources import word_set
from .ballots import ballot_rounds
from .registry import DocumentContext, Example, Issue, ParagraphContext, rule

_MAX_GAP = 60  # characters between a ratio and the percentage that restates it
# Farther away, only "…, đạt 93,2%" / "chiếm", "bằng", "tỷ lệ" still restate the ratio.
_MAX_LONG_GAP = 160
_RESTATES = re.compile(r",\s*(?:đạt|chiếm|bằng|đạt tỷ lệ|tỷ lệ)\s*$")


def _percent_for(ctx: ParagraphContext, ratio: Entity) -> Entity | None:
    """The percentage that restates ``ratio``: right after it ("62/80 tổ chức (đạt 75,5%)")
    or right before it ("86,5% (45/52 chi bộ)"), with no other number or clause break between."""
    figures = [f for f in ctx.entities if f.kind == "figure"]
    after = [f for f in figures if f.start >= ratio.end]
    before = [f for f in figures if f.end <= ratio.start]
    if after:
        following = min(after, key=lambda f: f.start)
        gap = ctx.text[ratio.end:following.start]
        if following.get("type") == "percent" and not re.search(r"[;.!?\d]|\btrong đó\b", gap) and (
            len(gap) <= _MAX_GAP or (len(gap) <= _MAX_LONG_GAP and _RESTATES.search(gap))
        ):
            return following
    if before:
        preceding = max(before, key=lambda f: f.end)
        gap = ctx.text[preceding.end:ratio.start]
        if preceding.get("type") == "percent" and re.fullmatch(r"\s*\(\s*", gap):
            return preceding
    return None


@rule("percent-mismatch", severity=Severity.ERROR, title="Tỷ lệ % không khớp với phân số", examples=(
    Example("Đoàn đã kiểm tra được 62/80 tổ chức (đạt 75,5%).", "75,5%", "77,5%"),
    Example("Đoàn đã kiểm tra được 62/80 tổ chức (đạt 77,5%)."),
))
def percent_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """62/80 is 77,5%: a stated 75,5% is wrong. Judged at the printed precision (one decimal
    printed → rounded to one decimal); truncating instead of rounding is only a warning.
    A target's "đạt X% chỉ tiêu" is the same kind of claim: result ÷ target."""
    yield from _attainment_issues(ctx)
    for ratio in ctx.of_kind("figure", "ratio"):
        percent = _percent_for(ctx, ratio)
        if percent is None or not ratio.get("total"):
            continue
        true = ratio.get("value") / ratio.get("total") * 100
        stated, decimals = percent.get("value"), percent.get("decimals")
        if abs(round_half_up(true, decimals) - stated) < 1e-9:
            continue
        expected = format_vi(true, decimals)
        suggestion = expected + percent.text[len(percent.text.rstrip("% ")):]  # keep "%" or " %"
        exact = format_vi(true, 2).rstrip("0").rstrip(",")
        computed = f"{ratio.text} = {exact}%" + ("" if exact == expected else f", làm tròn thành {expected}%")
        if abs(truncate(true, decimals) - stated) < 1e-9:
            yield Issue(percent.start, percent.end,
                        f"{computed}; ghi {percent.text} là cắt bỏ phần lẻ thay vì làm tròn.",
                        suggestion, Severity.WARNING)
        else:
            yield Issue(percent.start, percent.end,
                        f"{computed}, không phải {percent.text}: tỷ lệ bằng phần chia cho tổng, làm tròn đến "
                        f"{decimals} chữ số thập phân như số đã ghi.", suggestion)


@rule("percent-mismatch", severity=Severity.ERROR, title="Tỷ lệ % không khớp với phân số", scope="document")
def candidate_share_mismatch(ctx: DocumentContext) -> Iterator[Issue]:
    """In an election, "50 phiếu, đạt 79,37%" is a share of the valid ballots stated
    elsewhere in the minutes (62 → 80,65%)."""
    for ballots in ballot_rounds(ctx):
        valid = ballots.counts.get("valid")
        if not valid or not valid[0]:
            continue
        for votes, stated_text, start, end in ballots.shares:
            stated = parse_number(stated_text)
            true = votes / valid[0] * 100
            if stated is None or abs(round_half_up(true, stated.decimals) - stated.value) < 1e-9:
                continue
            expected = format_vi(true, stated.decimals)
            yield Issue(start, end, f"{votes}/{valid[0]} phiếu hợp lệ = {expected}%, không phải {stated_text}%: "
                        "tỷ lệ phiếu bầu tính trên tổng số phiếu hợp lệ.", expected)


def _attainment_issues(ctx: ParagraphContext) -> Iterator[Issue]:
    """"Kết nạp 45 đảng viên, đạt 110% chỉ tiêu (chỉ tiêu 40)": 45 ÷ 40 is 112,5%
    (domain.md §6: đạt X% kế hoạch = result ÷ target × 100)."""
    for target in ctx.of_kind("target"):
        stated_text, offset = target.get("attainment_text"), target.get("attainment_offset")
        planned, actual = target.get("target_value"), target.get("actual_value")
        if stated_text is None or not planned or actual is None or target.get("unit") == "%":
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


@rule("part-exceeds-whole", severity=Severity.ERROR, title="Phần lớn hơn tổng")
def part_exceeds_whole(ctx: ParagraphContext) -> Iterator[Issue]:
    """"85 đảng viên trên tổng số 75" or "85/75 chi bộ": a part cannot exceed its whole."""
    for ratio in ctx.of_kind("figure", "ratio"):
        part, whole = ratio.get("value"), ratio.get("total")
        if whole and part > whole:
            severity = None if ratio.get("unit") else Severity.WARNING
            yield Issue(ratio.start, ratio.end,
                        f"Trong {ratio.text}, số phần ({format_vi(part)}) lớn hơn tổng ({format_vi(whole)}).",
                        None, severity)
    pattern = re.compile(
        r"(?P<part>" + NUMBER_PATTERN + r")\s+(?P<unit>[^\W\d_][^\d;.:()]{0,40}?)\s+(?:trên|trong)\s+tổng\s+số\s+"
        r"(?:(?:là|có)\s+)?(?P<whole>" + NUMBER_PATTERN + r")"
    )
    for match in [*pattern.finditer(ctx.text), *_WHOLE_THEN_PART.finditer(ctx.text)]:
        part, whole = parse_number(match["part"]), parse_number(match["whole"])
        if part and whole and part.value > whole.value:
            yield Issue(match.start(), match.end(),
                        f"{match['part']} {match['unit']} lớn hơn tổng số {match['whole']}: phần không thể vượt tổng.")


_WHOLE_THEN_PART = re.compile(
    r"(?:[Tt]rong|[Tt]rên)\s+tổng\s+số\s+(?P<whole>" + NUMBER_PATTERN + r")\s+[^\d;.:]{1,80}?,\s*(?:thì\s+)?có\s+"
    r"(?P<part>" + NUMBER_PATTERN + r")\s+(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
)
_PART_MARKER = re.compile(r"[\s,]*(?:(?:trong\s+đó|bao\s+gồm|gồm)(?:\s+có)?)\b[\s:]*", re.IGNORECASE)


@rule("sum-mismatch", severity=Severity.ERROR, title="Các phần không cộng đúng tổng")
def sum_mismatch(ctx: ParagraphContext) -> Iterator[Issue]:
    """"36 TCCS đảng, trong đó có 22 đảng bộ … và 14 chi bộ cơ sở": 22 + 14 must be 36;
    "thu 812,6 tỷ đồng, gồm: … 369,4 tỷ đồng và … 433,2 tỷ đồng" likewise for money.

    Only a list of two or more figures of the total's kind right after "trong đó"/"gồm", in
    the same clause, is read as a breakdown; a figure after "với" describes a part ("22 đảng
    bộ với 141 chi bộ") and one after a comparison ("nhiều hơn năm trước 3 giải") is not a
    part. Categories that overlap (nữ, dân tộc thiểu số…) are never summed. A "trong đó"
    list that falls short may be partial, so that is a warning; more than the total, or a
    "gồm" list that falls short, is an error.
    """
    overlapping = word_set("overlapping_categories")
    for kind in ("count", "money"):
        figures = sorted(ctx.of_kind("figure", kind), key=lambda e: e.start)
        for index, total in enumerate(figures):
            unit_end = total.end + (len(total.get("unit")) + 1 if kind == "count" else 0)
            marker = _PART_MARKER.match(ctx.text, unit_end)
            if not marker:
                continue
            parts = _parts(ctx.text, figures[index + 1:], marker.end(), marker.group().rstrip().endswith(":"))
            if len(parts) < 2 or any(_mentions_any(p.get("unit") or "", overlapping) for p in parts):
                continue
            total_value = total.get("value")
            parts_sum = sum(p.get("value") for p in parts)
            if abs(parts_sum - total_value) <= _tolerance([total, *parts]):
                continue
            listed = " + ".join(p.text for p in parts)
            exhaustive = "gồm" in marker.group().lower() and "trong" not in marker.group().lower()
            severity = Severity.WARNING if parts_sum < total_value and not exhaustive else None
            fix = _restated_sum(total, parts_sum)
            yield Issue(total.start, total.end,
                        f"Tổng là {total.text} {total.get('unit') or ''}".rstrip()
                        + f" nhưng các phần liệt kê cộng lại {listed} = {fix}.", fix, severity)


def _parts(text: str, candidates: list[Entity], start: int, listed: bool) -> list[Entity]:
    """The parts of a breakdown from ``start``; ``listed`` ("trong đó:" with a colon) lets
    them run over ";" to the end of the sentence."""
    clause_end = _sentence_end(text, start) if listed else _clause_end(text, start)
    parts: list[Entity] = []
    previous = start
    for candidate in candidates:
        if candidate.start >= clause_end:
            break
        gap = text[previous:candidate.start]
        previous = candidate.end
        if _COMPARISON.search(gap):
            break
        if re.search(r"\bvới\b|tổng số", gap):
            continue  # "22 đảng bộ với 141 chi bộ", ", với tổng số 3.412"
        if parts and "(" in gap and ")" not in gap:
            return []  # a part opens a bracket: a nested breakdown, not the list itself
        parts.append(candidate)
    return parts


def _tolerance(figures: list[Entity]) -> float:
    """Parts printed with d decimals may each be off by half a unit of the last place."""
    return sum(0.5 * 10 ** -(f.get("decimals") or 0) * _scale(f) for f in figures) if any(
        f.get("decimals") for f in figures) else 1e-9


def _scale(figure: Entity) -> float:
    amount = figure.get("amount")
    return figure.get("value") / amount if amount else 1.0


def _restated_sum(total: Entity, parts_sum: float) -> str:
    """The sum written as the total is written: "37", or "802,6 tỷ đồng" for "812,6 tỷ đồng"."""
    number = format_vi(parts_sum / _scale(total), total.get("decimals") or 0)
    if total.get("type") == "money":
        number += total.text[len(total.text.split()[0]):]  # keep the scale and currency words
    return number


_COMPARISON = re.compile(r"\b(?:nhiều hơn|ít hơn|cao hơn|thấp hơn|hơn|tăng|giảm|so với|bằng)\b", re.IGNORECASE)


def _mentions_any(unit: str, phrases: frozenset[str]) -> bool:
    padded = f" {unit.lower()} "
    return any(f" {phrase} " in padded for phrase in phrases)


def _sentence_end(text: str, start: int) -> int:
    match = re.compile(r"[!?]|\.(?!\d)|$").search(text, start)
    return match.start()


def _clause_end(text: str, start: int) -> int:
    match = re.compile(r"[;:!?]|\.(?!\d)|$").search(text, start)
    return match.start()
