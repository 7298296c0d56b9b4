"""A total (of money, land or a harvest) told with what describes it before it is split: "Tổng giá trị sản xuất ước thực hiện 9 tháng 1.284,6 tỷ
đồng, đạt 76,2% kế hoạch năm (1.686 tỷ đồng), tăng 8,4% so với cùng kỳ, cụ thể: nông - lâm - thủy sản 612,3 tỷ
đồng; …", or "… 1.286,4 tỷ đồng, tăng 8,9% so với năm 2025 (năm 2025 đạt 1.181,3 tỷ). Chia theo ngành: …". The
amounts listed split the total, not the plan or the base year's level written nearer to them (the breakdown reader
takes the nearest amount). Inferred (a warning names the total), and only when the amounts come near it: a list
far from it is of something else, or not all of it.
"""

from __future__ import annotations

import re

from .model import Cue, Quantity, Relation
from .relations import in_bracket

# the split announced in the total's sentence (", cụ thể:") or opening the next ("Chia theo ngành:")
_MARKER = re.compile(r"[,;]\s*(?P<a>cụ\s+thể|chia\s+ra|bao\s+gồm|gồm)\s*:\s*"
                     r"|\.\s+(?P<b>Chia\s+(?:ra|theo\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)|Cụ\s+thể|Cơ\s+cấu(?:\s+[^\W\d_]+){0,3})"
                     r"\s*:\s*", re.IGNORECASE)
_TOTAL = re.compile(r"(?<!\w)tổng(?!\w)", re.IGNORECASE)
_PARTIAL = re.compile(r"(?<!\w)(?:trong\s+đó|riêng|chủ\s+yếu)(?!\w)", re.IGNORECASE)
# "khác", "còn lại": the rest, which closes the list when it labels the last amount ("…; cây trồng khác 30,2 ha")
_REST = re.compile(r"(?<!\w)(?:khác|còn\s+lại)(?!\w)", re.IGNORECASE)
_NEAR = 0.1  # the share of the total the amounts listed may miss it by


def _measured(q: Quantity) -> bool:
    """An amount of money, or of land or a harvest ("2.465,8 ha", "10.236 tấn"): totals split the same way."""
    return q.kind == "money" or q.kind == "count" and q.noun_class in ("area", "mass")


def _alike(q: Quantity, whole: Quantity) -> bool:
    return q.kind == whole.kind and (q.kind == "money" or q.noun_class == whole.noun_class)


def totals_split_past_their_figures(text: str, quantities: list[Quantity], sentences: list[tuple[int, int]],
                                    known: list[Relation]) -> list[Relation]:
    relations = []
    split = {r.whole.start for r in known if r.kind == "sum-of"}
    for index, whole in enumerate(quantities):
        if not _measured(whole) or whole.start in split:
            continue
        at = next((i for i, (a, b) in enumerate(sentences) if a <= whole.start < b), None)
        if at is None or not _TOTAL.search(text, sentences[at][0], whole.start) or in_bracket(text, sentences[at][0],
                                                                                             whole.start):
            continue
        reach = sentences[at + 1][1] if at + 1 < len(sentences) else sentences[at][1]
        marker = _MARKER.search(text, whole.end, reach)
        if marker is None:
            continue
        between = [q for q in quantities[index + 1:] if q.start < marker.start()]
        # only what describes the total between: its percentages, and amounts in brackets (its plan, its base)
        if not between or any(q.kind != "percent" and not (_alike(q, whole) and in_bracket(
                text, sentences[at][0], q.start)) for q in between):
            continue
        end = next((b for a, b in sentences if a <= marker.end() < b), reach)
        parts = [q for q in quantities[index + 1 + len(between):] if marker.end() <= q.start < end]
        if len(parts) < 2 or any(not _alike(q, whole) or in_bracket(text, marker.end(), q.start) for q in parts) \
                or _PARTIAL.search(text, marker.end(), end) or _REST.search(text, marker.end(), parts[-2].end):
            continue
        total = sum(q.value for q in parts)
        if abs(total - whole.value) > _NEAR * whole.value:
            continue
        cue = Cue(marker.start("a") if marker["a"] else marker.start("b"), marker.end(), marker.group().strip(" ,;.:"))
        relations.append(Relation("sum-of", whole, tuple(parts), explicit=False, exhaustive=True, cues=(cue,)))
    return relations
