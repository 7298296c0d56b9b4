"""The same quantity stated twice must have the same value ("bầu bổ sung 6 Ủy viên Ban Chấp
hành" … later "6 đồng chí Ủy viên Ban Chấp hành")."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ..model import Entity, Severity
from ..numbers import format_vi
from .registry import DocumentContext, Issue, rule

_FILLERS = ("đồng chí ", "các đồng chí ")


@rule("figure-inconsistent", severity=Severity.WARNING, title="Cùng một số liệu ghi khác nhau", scope="document")
def figure_inconsistent(ctx: DocumentContext) -> Iterator[Issue]:
    """Counts of one named thing (a unit naming a body, "Ủy viên Ban Thường vụ") or one
    stated total ("tổng số 27 đảng viên") that disagree in one document. Plain counts of
    common nouns ("13 tổ chức cơ sở đảng", "50 tổ chức cơ sở đảng") are different groups
    and are not compared."""
    groups: dict[str, list[Entity]] = defaultdict(list)
    for figure in ctx.of_kind("figure", "count"):
        key = _key(ctx.text, figure)
        if key:
            groups[key].append(figure)
    for figures in groups.values():
        first = figures[0]
        for later in figures[1:]:
            if later.get("value") != first.get("value"):
                yield Issue(later.start, later.end,
                            f"“{later.text} {later.get('unit')}” khác với “{first.text} {first.get('unit')}” "
                            f"đã nêu trước đó (đoạn {_paragraph_no(ctx, first)}); cùng một số liệu phải ghi "
                            "thống nhất.", _same_style(format_vi(first.get("value"), first.get("decimals") or 0), later.text))


def _key(text: str, figure: Entity) -> str | None:
    unit = figure.get("unit") or ""
    for filler in _FILLERS:
        if unit.lower().startswith(filler):
            unit = unit[len(filler):]
    words = unit.split()
    before = text[max(0, figure.start - 12):figure.start].lower()
    if "tổng số" in before and words:
        return "tổng số " + " ".join(words[:2]).lower()
    capitalised = [w for w in words[1:] if w[0].isupper()]
    if len(words) >= 3 and words[0][0].isupper() and capitalised:
        return " ".join(words[:5]).lower()
    return None


def _same_style(value: str, written: str) -> str:
    """Keep the writer's zero padding ("02" stays two digits)."""
    return value.zfill(len(written)) if written.startswith("0") else value


def _paragraph_no(ctx: DocumentContext, entity: Entity) -> int:
    for paragraph in ctx.paragraphs:
        if paragraph.start <= entity.start <= paragraph.end:
            return paragraph.index + 1
    return 0
