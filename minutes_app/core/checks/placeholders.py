"""unfilled-placeholder: a field of a template («Tên chi bộ», core/templates.py) still in the
text. Info only: the document is being drafted; the finding goes once the field is filled."""

from __future__ import annotations

from typing import Iterator

from ..model import Severity
from ..templates import PLACEHOLDER
from .registry import Example, Issue, ParagraphContext, rule


@rule("unfilled-placeholder", severity=Severity.INFO, title="Ô của mẫu chưa điền", examples=(
    Example("CHI BỘ «TÊN CHI BỘ»", "«TÊN CHI BỘ»"),
    Example("- Thời gian: bắt đầu lúc «giờ» giờ 30 phút.", "«giờ»"),
    Example("CHI BỘ TỔ DÂN PHỐ 5"),
    Example("Chi bộ học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”."),
))
def unfilled_placeholder(ctx: ParagraphContext) -> Iterator[Issue]:
    for match in PLACEHOLDER.finditer(ctx.text):
        yield Issue(match.start(), match.end(), f"Chưa điền “{match.group()[1:-1]}” (ô của mẫu văn bản).")
