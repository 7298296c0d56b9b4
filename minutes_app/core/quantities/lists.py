"""Relations from a lead line to the list lines under it (structure.lines):

    Kết quả xếp loại 80 đảng viên:
    - Hoàn thành xuất sắc nhiệm vụ: 12 đồng chí (15%);
    - Hoàn thành tốt nhiệm vụ: 55 đồng chí (68,8%); …

The lead's last counted whole (before its colon) is the whole of each item's first count of
the same kind; each item's percentage is that count's share of it; the items add up to it
when they are the levels of one classification or the lead says "gồm", "bao gồm", "cụ thể",
"như sau". Offsets are the document's.
"""

from __future__ import annotations

import re

from ..structure import LineKind
from . import ParagraphQuantities, layer_of
from .attendance_blocks import once_per_document
from .levels import phrase_levels
from .model import Cue, Quantity, Relation
from .relations import (
    bracket_split_whole,
    heads_agree,
    in_bracket,
    named_plan,
    of_another_period,
    one_noun_head,
    per_unit,
    same_classification,
)

_EXHAUSTIVE_LEAD = re.compile(r"\b(?:bao gồm|gồm|cụ thể|như sau|chia ra)\b", re.IGNORECASE)
_RESULT_LEAD = re.compile(r",\s*(?:kết\s+quả|qua\s+đó)\s*(?:như\s+sau\s*)?:\s*$", re.IGNORECASE)
# (the members named once: looked up through the enum's class, each costs ~0.4 µs, and a re-check asks for every line)
_LIST_ITEM, _HEADING, _BODY = LineKind.LIST_ITEM, LineKind.HEADING, LineKind.BODY
_SHARE_GAP = re.compile(r"^[^\d;]{0,40}?(?:\(\s*|,\s*(?:đạt|chiếm|bằng)(?:\s+tỷ\s+lệ)?\s*|\s(?:đạt|chiếm|bằng)\s+)$",
                        re.IGNORECASE)


def paragraph_layer(ctx, paragraph) -> ParagraphQuantities:
    return layer_of(ctx.reading(paragraph), ctx.paragraph_entities.get(paragraph.index, ()))


@once_per_document  # (the share and the sum rules both read them)
def lead_list_relations(ctx) -> list[tuple[Relation, str]]:
    """(relation, lead text) for every lead line ending in ":" with a counted whole and the
    list lines under it. Relations are in document offsets."""
    lines = ctx.lines
    paragraphs = ctx.paragraphs
    if not lines or len(lines) != len(paragraphs):
        return []
    found = []
    for index, paragraph in enumerate(paragraphs):
        if index + 1 >= len(lines) or not _item(lines, paragraphs, index + 1):
            continue
        text = paragraph.text.rstrip()
        colon = text.endswith(":")
        if not any(c.isdigit() for c in text):
            if colon:
                found.extend(_levels_without_whole(ctx, index, text))
            continue
        if not colon and not _colonless_lead(text, lines[index].kind):
            continue
        lead = paragraph_layer(ctx, paragraph)
        # A sum of money, or a bare number ("xếp loại: 38"), is the whole of the lines only when
        # the lead says so: a total ("tổng …") announcing its breakdown ("gồm:", "cụ thể:").
        announced = bool(_ANNOUNCED_TOTAL.search(text))
        # "Phương án phân phối lợi nhuận (256,9 triệu đồng):": the amount the lines split, in brackets before the
        # colon; its shares are read as inferred (a warning names the amount)
        bracketed = colon and bool(_BRACKETED_AMOUNT.search(text))
        # (never the figure of the period the total is compared with: "tăng 10,4% so với cùng kỳ (4.612 triệu đồng).
        # Cụ thể:")
        wholes = [q for q in lead.quantities if q.role != "plan" and not of_another_period(text, q) and (
            (q.kind == "count" and q.head is not None) or (announced and (q.kind == "money" or q.bare))
            or bracketed and q.kind == "money" and q.end >= len(text) - _BRACKET_TAIL)]
        if not wholes:
            if colon:
                found.extend(_levels_without_whole(ctx, index, text))
            continue
        wholes = _of_the_items_kind(wholes, paragraph_layer(ctx, paragraphs[index + 1]).quantities)
        whole = wholes[-1].shifted(paragraph.start)
        parts: list[Quantity] = []
        levels: list[frozenset[int]] = []
        shares: list[tuple[Quantity, Quantity]] = []
        complete = True
        lead_rank, items_rank = marker_rank(text[:lines[index].marker_end]), None
        for item_index in range(index + 1, len(lines)):
            if not _item(lines, paragraphs, item_index):
                break
            item = paragraphs[item_index]
            rank = marker_rank(item.text[:lines[item_index].marker_end])
            if rank is not None and lead_rank is not None and rank <= lead_rank:
                break  # "3. Tổng chi …" after "2. Tổng thu …, gồm:" and its a) b) c): the lead's sibling, not its item
            if item_index == index + 1:
                items_rank = rank
            elif rank != items_rank:
                if rank is not None and items_rank is not None and rank > items_rank:
                    continue  # "+ Miễn sinh hoạt: 1 đồng chí" under "- Chính thức: 36 đồng chí, trong đó:": some of that item
                if rank is None or items_rank is None:
                    complete = False  # markers out of the usual order: not a plain list of one level
                break  # a level above the items ends their list
            layer = paragraph_layer(ctx, item)
            counts = [q for q in layer.quantities if q.kind == whole.kind and (
                q.bare or q.kind == "money" or one_kind(q.noun_class, q.head, whole.noun_class, whole.head) or (whole.bare and announced))
                and q.role != "plan" and not per_unit(item.text, q)]  # not "mỗi nhà 40 triệu đồng", a rate
            if not counts:
                complete = False
                continue
            part = counts[0]
            parts.append(part.shifted(item.start))
            marker_end = lines[item_index].marker_end
            levels.append(phrase_levels(item.text[marker_end:part.start]) or phrase_levels(
                re.split(r"[,;(]", item.text[part.end:])[0]))
            percent = next((q for q in layer.quantities if q.kind == "percent" and q.start > part.end), None)
            # ("- Thu tiền sử dụng đất: 960 triệu đồng, đạt 40,0% dự toán": of its own plan)
            if percent is not None and _SHARE_GAP.match(item.text[part.end:percent.start]) and not named_plan(percent):
                shares.append((part.shifted(item.start), percent.shifted(item.start)))
            elif bracketed:  # "+ Chia theo vốn góp 20% (38,5 triệu đồng);": the share, then its amount in brackets
                before = next((q for q in reversed(layer.quantities) if q.kind == "percent" and q.end <= part.start),
                              None)
                if before is not None and _AMOUNT_AFTER_SHARE.fullmatch(item.text, before.end, part.start):
                    shares.append((part.shifted(item.start), before.shifted(item.start)))
        if not parts:
            continue
        split = bracket_split_whole(lead.relations, wholes[-1], parts, text, len(text)) if colon else None
        if split is not None and split is not wholes[-1]:
            # "xếp loại 545 đảng viên (543 được đánh giá, 2 miễn đánh giá):": the lines split the count the
            # bracket split, or the bracket's part they add up to, not the bracket's last count
            whole = split.shifted(paragraph.start)
        elif split is None and in_bracket(text, lines[index].marker_end, wholes[-1].start):
            # "… xếp loại 180 đồng chí (06 đồng chí miễn đánh giá …). Trong đó:": a bracket that splits nothing is an
            # aside about those left out; the lines split the count it follows
            outside = [q for q in wholes if not in_bracket(text, lines[index].marker_end, q.start)]
            if outside:
                whole = outside[-1].shifted(paragraph.start)
        # a heading without a colon announces its list less surely: the relation is inferred
        cue = Cue(paragraph.start + len(text) - 1, paragraph.start + len(text), ":") if colon else Cue(
            whole.start, whole.end, whole.text)
        sure = colon and not (bracketed and not announced and whole.kind == "money")
        for part in parts:
            found.append((Relation("part-of", whole, (part,), explicit=sure, cues=(cue,)), text))
        for part, percent in shares:
            found.append((Relation("share-of", whole, (part,), percent, explicit=sure, cues=(cue,)), text))
        if complete and len(parts) >= 2:
            if same_classification(levels) or colon and _EXHAUSTIVE_LEAD.search(text):
                found.append((Relation("sum-of", whole, tuple(parts), explicit=colon, exhaustive=True,
                                       cues=(cue,)), text))
            elif colon and len(parts) >= 3 and _RESULT_LEAD.search(text) and all(
                    p.head == whole.head or p.bare for p in parts):
                # "kiểm tra 64 cơ sở …, kết quả:" then a line for each outcome: the outcomes are likely all of
                # the checked (inferred: a warning naming the whole)
                found.append((Relation("sum-of", whole, tuple(parts), explicit=False, exhaustive=True,
                                       cues=(cue,)), text))
    found.extend(_totals_after_lists(ctx))
    return found


def _of_the_items_kind(wholes: list[Quantity], first_item: tuple[Quantity, ...]) -> list[Quantity]:
    """"… là 1.326 hộ với 4.870 nhân khẩu, cụ thể:" then "- Xã Tả Van: 412 hộ;": the lead's counts of the kind its
    first line counts, when its last count is of another kind and an earlier one is of that kind."""
    counted = [q for q in first_item if q.kind == "count" and q.noun_class]
    if not counted or not wholes[-1].noun_class or any(
            one_kind(q.noun_class, q.head, wholes[-1].noun_class, wholes[-1].head) for q in counted):
        return wholes
    # (the same noun, not only the same kind: "Tổ gồm 4 đại biểu … với tổng số 242 lượt cử tri" then "64 cử tri" per
    # line: the 4 members are no whole of the voters)
    kin = [w for w in wholes if w.kind == "count" and w.noun_class and any(
        one_kind(q.noun_class, q.head, w.noun_class, w.head) and one_noun_head(q.head, w.head) for q in counted)]
    return kin or wholes


_RANKED_MARKERS = (re.compile(r"[IVXLC]{1,6}\s*[.\-–:)]"), re.compile(r"\(?\d{1,2}(?:\.\d{1,2}){0,2}\s*[.\-–)]?"),
                   re.compile(r"[a-zđ]\s*[).]"), re.compile(r"[-–—]"), re.compile(r"\+"))


def marker_rank(marker: str) -> int | None:
    """How deep a line's marker sits in the order reports nest their lists (I. above 1. above a) above - above +):
    1 to 5, None for an unmarked line or a marker that order does not place (•, *)."""
    marker = marker.strip()
    return next((rank for rank, shape in enumerate(_RANKED_MARKERS, 1) if shape.fullmatch(marker)), None) if marker \
        else None


def one_kind(item_class: str | None, item_head: str | None, whole_class: str | None, whole_head: str | None) -> bool:
    """Counts of one kind of thing: one noun class, and, in the catch-all class of things counted ("item": lớp, lượt,
    cuộc, văn bản …), one noun ("04 lớp tập huấn, gồm:" then "- Trồng xoài …: 48 lượt;": the lines count
    attendances, not classes)."""
    if item_class != whole_class:
        return False
    if item_class != "item" or not item_head or not whole_head:
        return True
    return heads_agree(item_head, whole_head) or heads_agree(whole_head, item_head) or \
        item_head.split()[0] == whole_head.split()[0]


_LIST_TOTAL = re.compile(r"\s*[-–+•]?\s*(?P<label>tổng\s+cộng|cộng|tổng\s+số|tổng)\s*:\s*\d", re.IGNORECASE)
_NUMBERED_LABEL = re.compile(r"\s*\d{1,2}[.)]\s+[^\W\d_][^\d:;]{1,60}:\s*\d")  # "2. Hoàn thành tốt nhiệm vụ: 20 đồng chí."
_MARKER_SHAPE = re.compile(r"\d+|[a-zđ]|[IVX]+")


def _totals_after_lists(ctx) -> list[tuple[Relation, str]]:
    """A list closed by its total line ("Tổng cộng: 30 đồng chí." under "1. …: 6 đồng chí.",
    "2. …"): the items' counts are the parts of that total. "Tổng cộng"/"Cộng" says the lines
    add up (explicit); a bare "Tổng số:" is taken as their total only when the items are the
    levels of one classification, else it is inferred (a warning naming the total)."""
    lines, paragraphs = ctx.lines, ctx.paragraphs
    found: list[tuple[Relation, str]] = []
    for index, paragraph in enumerate(paragraphs):
        match = _LIST_TOTAL.match(paragraph.text)
        if match is None or index < 3 or len(paragraph.text) > 120:
            continue
        layer = paragraph_layer(ctx, paragraph)
        totals = [q for q in layer.quantities if q.kind in ("count", "money") and q.role != "plan"]
        if not totals or totals[0].start != match.end() - 1:
            continue
        whole = totals[0].shifted(paragraph.start)
        parts: list[Quantity] = []
        levels: list[frozenset[int]] = []
        shapes: set[str] = set()
        item_index = index - 1
        while item_index >= 0 and lines[item_index].marker_end and (lines[item_index].kind == _LIST_ITEM or (
                _NUMBERED_LABEL.match(paragraphs[item_index].text) and len(paragraphs[item_index].text) < 120)):
            item = paragraphs[item_index]
            marker_end = lines[item_index].marker_end
            shapes.add(_MARKER_SHAPE.sub("N", item.text[:marker_end].strip()))
            counts = [q for q in paragraph_layer(ctx, item).quantities if q.role != "plan" and (
                q.kind == whole.kind == "money" or q.kind == "count" == whole.kind and (
                    q.bare or whole.bare or q.noun_class == whole.noun_class))]
            if not counts or len(counts) > 1 and counts[1].kind == "count" and whole.kind == "count":
                parts = []  # a line without a count of the kind, or with several: not a plain list
                break
            parts.insert(0, counts[0].shifted(item.start))
            levels.insert(0, phrase_levels(item.text[marker_end:counts[0].start]))
            item_index -= 1
        if len(parts) < 2 or len(shapes) != 1:
            continue
        explicit = "cộng" in match.group("label").lower() or same_classification(levels)
        cue = Cue(paragraph.start + match.start("label"), paragraph.start + match.end("label"), match.group("label"))
        found.append((Relation("sum-of", whole, tuple(parts), explicit=explicit, exhaustive=True, cues=(cue,)),
                      paragraph.text))
    return found


_BRACKETED_AMOUNT = re.compile(r"\(\s*\d[\d.,]*\s*(?:nghìn\s+|triệu\s+|tỷ\s+)?đồng\s*\)\s*:\s*$", re.IGNORECASE)
_BRACKET_TAIL = 6  # the amount ends at most this far from the end of the lead ("… đồng):")
_AMOUNT_AFTER_SHARE = re.compile(r"\s*\(\s*")
_ANNOUNCED_TOTAL = re.compile(r"(?<!\w)tổng(?!\w).*(?<!\w)(?:gồm|bao gồm|cụ thể|chia ra)\s*:?\s*$", re.IGNORECASE)
_LABELLED_LINE = re.compile(r"^[^\W\d_][^\d:;.]{1,50}:\s*\d")  # "Khiển trách: 4 đồng chí;"


def _item(lines, paragraphs, index: int) -> bool:
    """A list line: a marked item, or a line "Label: number …" under a lead."""
    text = paragraphs[index].text
    if lines[index].kind == _LIST_ITEM or _LABELLED_LINE.match(text) and len(text) < 120:
        return True
    # "3. Hoàn thành nhiệm vụ: 4 tổ chức." after "2. …": the last numbered item, not a heading
    return bool(index and _NUMBERED.match(text) and len(text) < 120 and _NUMBERED.match(paragraphs[index - 1].text)
                and lines[index - 1].kind == _LIST_ITEM)


_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")


def _levels_without_whole(ctx, index: int, lead_text: str) -> list[tuple[Relation, str]]:
    """"Kết quả xếp loại đảng viên:" and under it every level with its count and share: the
    levels of one classification are all of the members rated, so their sum is the whole
    each share is of (a "distribution" relation: whole = the first part, parts = all parts,
    share = None; the shares are read again by the rule)."""
    lines, paragraphs = ctx.lines, ctx.paragraphs
    parts: list[Quantity] = []
    levels: list[frozenset[int]] = []
    shares: list[Quantity] = []
    for item_index in range(index + 1, len(lines)):
        if lines[item_index].kind != _LIST_ITEM:
            break
        item = paragraphs[item_index]
        layer = paragraph_layer(ctx, item)
        counts = [q for q in layer.quantities if q.kind == "count" and q.role != "plan"]
        if not counts:
            return []
        part = counts[0]
        percent = next((q for q in layer.quantities if q.kind == "percent" and q.start > part.end), None)
        if percent is None or not _SHARE_GAP.match(item.text[part.end:percent.start]):
            return []
        marker_end = lines[item_index].marker_end
        levels.append(phrase_levels(item.text[marker_end:part.start]) or phrase_levels(
            re.split(r"[,;(]", item.text[part.end:])[0]))
        parts.append(part.shifted(item.start))
        shares.append(percent.shifted(item.start))
    if len(parts) < 3 or not same_classification(levels) or len({p.noun_class for p in parts}) != 1:
        return []
    relation = Relation("distribution", parts[0], tuple(parts), None, explicit=False, exhaustive=True,
                        cues=tuple(Cue(s.start, s.end, s.text) for s in shares), levels=True)
    return [(relation, lead_text)]


_LEAD_END = re.compile(r"(?:bao gồm|gồm|cụ thể|như sau|chia ra|kết quả|xếp loại|[^\W\d_])\s*$", re.IGNORECASE)


def _colonless_lead(text: str, kind) -> bool:
    """A heading ("2. Kết quả xếp loại 80 đảng viên") or a short lead line that does not end
    a sentence ("Kết quả xếp loại 80 đảng viên như sau") may head the list under it."""
    if len(text) > 160 or text.endswith((".", ";", "!", "?", ")")):
        return False
    return kind == _HEADING or bool(_LEAD_END.search(text)) and kind == _BODY
